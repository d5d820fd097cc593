// Offline validation of the filled manifest and localization file against Microsoft's JSON schemas.
import Ajv, { type ErrorObject } from 'ajv-draft-04';

export type SchemaCheck = { readonly kind: 'valid' } | { readonly kind: 'invalid'; readonly errors: readonly string[] };

export type SchemaValidator = (data: unknown) => SchemaCheck;

/** The only format the Teams schemas use ($schema: uri); ajv-formats is not a dependency. */
function isAbsoluteUri(value: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(value) && URL.canParse(value);
}

function describe(error: ErrorObject): string {
  const where = error.instancePath || '/';
  const extra = 'additionalProperty' in error.params ? ` "${String(error.params.additionalProperty)}"` : '';
  return `${where} ${error.message ?? 'is invalid'}${extra}`;
}

/**
 * Draft-04 via ajv-draft-04. Unknown keywords and formats still fail (nothing silently skipped);
 * strictTypes/strictRequired are off because Microsoft's schemas do not meet them, and
 * unicodeRegExp is off because the localization schema has patterns (`\b]`) that are invalid with /u.
 */
export function createSchemaValidator(schema: object): SchemaValidator {
  const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false, strictRequired: false, unicodeRegExp: false });
  ajv.addFormat('uri', isAbsoluteUri);
  const validate = ajv.compile(schema);
  return (data) =>
    validate(data) ? { kind: 'valid' } : { kind: 'invalid', errors: (validate.errors ?? []).map(describe) };
}
