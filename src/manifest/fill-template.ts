// Fills `{{NAME}}` placeholders inside the string values of a parsed JSON template.
export type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };

const PLACEHOLDER = /\{\{([A-Z_]+)\}\}/g;

/**
 * Works on parsed JSON rather than text, so a value holding a quote or backslash cannot break
 * the file. A placeholder without a value is a template bug and throws.
 */
export function fillTemplate(template: Json, values: Readonly<Record<string, string>>): Json {
  if (typeof template === 'string') {
    return template.replace(PLACEHOLDER, (_match, name: string) => {
      const value = values[name];
      if (value === undefined) throw new Error(`Template placeholder {{${name}}} has no value`);
      return value;
    });
  }
  if (Array.isArray(template)) return template.map((item: Json) => fillTemplate(item, values));
  if (template !== null && typeof template === 'object') {
    return Object.fromEntries(Object.entries(template).map(([key, item]) => [key, fillTemplate(item, values)]));
  }
  return template;
}

/** Placeholders a template uses, for checking a template against the values on offer. */
export function placeholdersIn(template: Json): ReadonlySet<string> {
  return new Set([...JSON.stringify(template).matchAll(PLACEHOLDER)].map((match) => match[1] ?? ''));
}
