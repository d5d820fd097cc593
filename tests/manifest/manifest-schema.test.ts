import { describe, expect, it } from 'vitest';
import { MUNICIPALITY_IDS } from '../../src/guide/index.js';
import { createSchemaValidator } from '../../src/manifest/validate-manifest.js';
import { builtFor, sources, type Loose } from './fixtures.js';

const validateManifest = createSchemaValidator(sources.manifestSchema);
const validateLocalization = createSchemaValidator(sources.localizationSchema);
const clone = <T>(value: T): Loose => structuredClone(value);

describe.each(MUNICIPALITY_IDS)('the %s app package', (municipality) => {
  const { manifest, localization } = builtFor(municipality);

  it('has a manifest that the official v1.23 schema accepts', () => {
    expect(validateManifest(manifest)).toEqual({ kind: 'valid' });
  });

  it('has an English localization file that the official v1.23 localization schema accepts', () => {
    expect(validateLocalization(localization)).toEqual({ kind: 'valid' });
  });
});

// Negative controls: a validator that accepts everything would pass the tests above.
describe('schema validation', () => {
  const { manifest, localization } = builtFor('gladsaxe');

  it.each([
    ['a manifest without developer info', (m: Loose) => delete m.developer, /required property 'developer'/],
    ['another manifest version', (m: Loose) => (m.manifestVersion = '1.22'), /manifestVersion must be equal to constant/],
    ['a bot id that is not a GUID', (m: Loose) => (m.bots[0].botId = 'bot'), /botId must match pattern/],
    ['an unknown property', (m: Loose) => (m.webApplicationInfoX = {}), /additional properties/],
    ['a configurable tab in personal scope', (m: Loose) => m.configurableTabs[0].scopes.push('personal'), /scopes/],
    ['a $schema that is not a URI', (m: Loose) => (m.$schema = 'teams schema'), /must match format "uri"/],
  ])('rejects %s', (_name, breakIt, message) => {
    const broken = clone(manifest);
    breakIt(broken);
    const check = validateManifest(broken);
    expect(check.kind).toBe('invalid');
    expect(check.kind === 'invalid' ? check.errors.join('\n') : '').toMatch(message);
  });

  it.each([
    ['a short name over 30 characters', (l: Loose) => (l['name.short'] = 'x'.repeat(31)), /name.short/],
    ['a blank full description', (l: Loose) => (l['description.full'] = '  '), /description.full/],
    ['a key the schema does not know', (l: Loose) => (l['bots[0].commandLists[3].commands[0].title'] = 'x'), /additional/],
  ])('rejects a localization file with %s', (_name, breakIt, message) => {
    const broken = clone(localization);
    breakIt(broken);
    const check = validateLocalization(broken);
    expect(check.kind === 'invalid' ? check.errors.join('\n') : 'valid').toMatch(message);
  });
});
