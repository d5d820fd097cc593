import { describe, expect, it } from 'vitest';
import { PLACEHOLDERS } from '../../src/manifest/fill-manifest.js';
import { fillTemplate, placeholdersIn } from '../../src/manifest/fill-template.js';
import { sources } from './fixtures.js';

describe('fillTemplate', () => {
  it('fills placeholders in nested strings and leaves other values alone', () => {
    const template = { url: '{{BASE}}/tab?m={{M}}', list: ['{{M}}', 3, true, null] };
    expect(fillTemplate(template, { BASE: 'https://x.dk', M: 'gladsaxe' })).toEqual({
      url: 'https://x.dk/tab?m=gladsaxe',
      list: ['gladsaxe', 3, true, null],
    });
  });

  it('keeps values with quotes and backslashes as data, not JSON syntax', () => {
    const filled = fillTemplate({ name: '{{NAME}}' }, { NAME: 'A "quoted" \\ name' });
    expect(JSON.parse(JSON.stringify(filled))).toEqual({ name: 'A "quoted" \\ name' });
  });

  it('throws on a placeholder without a value', () => {
    expect(() => fillTemplate({ id: '{{APP_ID}}' }, {})).toThrow('{{APP_ID}}');
  });

  it('uses only known placeholders in the committed templates', () => {
    const used = new Set([...placeholdersIn(sources.manifestTemplate), ...placeholdersIn(sources.localizationTemplate)]);
    expect([...used].filter((name) => !(PLACEHOLDERS as readonly string[]).includes(name))).toEqual([]);
    expect(used.size).toBeGreaterThan(0);
  });
});
