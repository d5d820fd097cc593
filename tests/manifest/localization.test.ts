import { describe, expect, it } from 'vitest';
import { MUNICIPALITY_IDS } from '../../src/guide/index.js';
import { builtFor, sources, type Loose } from './fixtures.js';
import { localizableKeyMatcher, stringLeaves } from './localization-keys.js';

const isLocalizable = localizableKeyMatcher(sources.localizationSchema as Loose);

describe.each(MUNICIPALITY_IDS)('the %s English localization', (municipality) => {
  const { manifest, localization } = builtFor(municipality);
  const manifestStrings = stringLeaves(manifest);
  const keys = Object.keys(localization).filter((key) => key !== '$schema');

  it('is the file the manifest lists for en-us', () => {
    expect(manifest.localizationInfo).toEqual({
      defaultLanguageTag: 'da-dk',
      additionalLanguages: [{ languageTag: 'en-us', file: 'en-us.json' }],
    });
  });

  it('uses the localization schema of the manifest version', () => {
    expect(localization.$schema).toContain(`/v${manifest.manifestVersion}/MicrosoftTeams.Localization.schema.json`);
  });

  it('translates every localizable string of the manifest', () => {
    const localizable = [...manifestStrings.keys()].filter(isLocalizable);
    expect(localizable.length).toBeGreaterThan(30);
    expect(localizable.filter((key) => !(key in localization))).toEqual([]);
  });

  it('has only keys that point at a string in the manifest', () => {
    expect(keys.filter((key) => !manifestStrings.has(key))).toEqual([]);
  });

  it('translates rather than copies the Danish', () => {
    const copied = keys.filter((key) => localization[key] === manifestStrings.get(key));
    expect(copied).toEqual([]);
  });
});

it('keeps Danish letters out of the English template', () => {
  expect(JSON.stringify(sources.localizationTemplate)).not.toMatch(/[æøåÆØÅ]/);
});
