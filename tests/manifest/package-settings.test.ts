import { describe, expect, it } from 'vitest';
import { deriveAppId } from '../../src/manifest/app-id.js';
import { readPackageSettings, type Env } from '../../src/manifest/package-settings.js';
import { BOT_ID, PUBLIC_BASE_URL } from './fixtures.js';

const DEFAULTS = { version: '0.1.0' } as const;
const read = (env: Env) => readPackageSettings(env, DEFAULTS);
const ok = (env: Env) => {
  const result = read(env);
  if (result.kind !== 'ok') throw new Error(`expected ok, got ${result.errors.join('; ')}`);
  return result.settings;
};
const errorsOf = (env: Env) => {
  const result = read(env);
  if (result.kind !== 'invalid') throw new Error('expected invalid settings');
  return result.errors.join('\n');
};

describe('readPackageSettings', () => {
  it('defaults to Gladsaxe, the package.json version and a derived app id', () => {
    expect(ok({ BOT_ID, PUBLIC_BASE_URL })).toEqual({
      botId: BOT_ID,
      publicBaseUrl: PUBLIC_BASE_URL,
      publicHost: 'handlekort.example.dk',
      municipality: 'gladsaxe',
      appId: deriveAppId(BOT_ID, 'gladsaxe'),
      appIdSource: 'derived',
      version: '0.1.0',
    });
  });

  it('accepts botbuilder\'s MicrosoftAppId when BOT_ID is unset, and prefers BOT_ID when both are set', () => {
    const other = '11111111-2222-4333-8444-555555555555';
    expect(ok({ MicrosoftAppId: BOT_ID, PUBLIC_BASE_URL }).botId).toBe(BOT_ID);
    expect(ok({ BOT_ID, MicrosoftAppId: other, PUBLIC_BASE_URL }).botId).toBe(BOT_ID);
  });

  it('treats empty variables as unset', () => {
    expect(ok({ BOT_ID, PUBLIC_BASE_URL, MUNICIPALITY: '', APP_ID: ' ', APP_VERSION: '' })).toMatchObject({
      municipality: 'gladsaxe',
      appIdSource: 'derived',
      version: '0.1.0',
    });
  });

  it.each([
    ['https://handlekort.example.dk/', 'https://handlekort.example.dk', 'handlekort.example.dk'],
    ['https://Example.DK/handlekort//', 'https://example.dk/handlekort', 'example.dk'],
    ['https://abc123.euw.devtunnels.ms:8443', 'https://abc123.euw.devtunnels.ms:8443', 'abc123.euw.devtunnels.ms:8443'],
  ])('normalises PUBLIC_BASE_URL %s to %s with host %s', (input, url, host) => {
    expect(ok({ BOT_ID, PUBLIC_BASE_URL: input })).toMatchObject({ publicBaseUrl: url, publicHost: host });
  });

  it.each([
    [{ PUBLIC_BASE_URL }, /BOT_ID \(or MicrosoftAppId\) is required/],
    [{ BOT_ID: 'not-a-guid', PUBLIC_BASE_URL }, /BOT_ID must be a GUID/],
    [{ BOT_ID }, /PUBLIC_BASE_URL is required/],
    [{ BOT_ID, PUBLIC_BASE_URL: 'http://handlekort.example.dk' }, /PUBLIC_BASE_URL must be an https URL/],
    [{ BOT_ID, PUBLIC_BASE_URL: 'https://example.dk/?x=1' }, /PUBLIC_BASE_URL must be an https URL/],
    [{ BOT_ID, PUBLIC_BASE_URL: 'handlekort.example.dk' }, /PUBLIC_BASE_URL must be an https URL/],
    [{ BOT_ID, PUBLIC_BASE_URL, MUNICIPALITY: 'odense' }, /MUNICIPALITY must be one of gladsaxe/],
    [{ BOT_ID, PUBLIC_BASE_URL, APP_ID: 'app' }, /APP_ID must be a GUID/],
    [{ BOT_ID, PUBLIC_BASE_URL, APP_VERSION: '1.0' }, /APP_VERSION must be MAJOR.MINOR.PATCH/],
    [{ BOT_ID, PUBLIC_BASE_URL, APP_VERSION: '1.0.0-beta.1' }, /APP_VERSION must be MAJOR.MINOR.PATCH/],
  ])('rejects %o with a message naming the setting', (env, message) => {
    expect(errorsOf(env)).toMatch(message);
  });

  it('reports every problem at once', () => {
    const errors = errorsOf({ MUNICIPALITY: 'odense', APP_VERSION: 'x' });
    for (const name of ['BOT_ID', 'PUBLIC_BASE_URL', 'MUNICIPALITY', 'APP_VERSION']) expect(errors).toContain(name);
  });

  it('uses APP_ID and APP_VERSION when they are set', () => {
    const appId = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';
    expect(ok({ BOT_ID, PUBLIC_BASE_URL, APP_ID: appId, APP_VERSION: '2.0.1' })).toMatchObject({
      appId,
      appIdSource: 'env',
      version: '2.0.1',
    });
  });
});
