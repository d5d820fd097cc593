import { describe, expect, it } from 'vitest';
import { GUID_PATTERN, deriveAppId, uuidV5 } from '../../src/manifest/app-id.js';
import { BOT_ID } from './fixtures.js';

describe('app id', () => {
  it('computes RFC 4122 version-5 UUIDs (DNS namespace test vector)', () => {
    expect(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('derives the same GUID for the same bot and municipality, whatever the bot id\'s case', () => {
    const id = deriveAppId(BOT_ID, 'gladsaxe');
    expect(id).toMatch(GUID_PATTERN);
    expect(deriveAppId(BOT_ID.toUpperCase(), 'gladsaxe')).toBe(id);
  });

  it('derives different app ids for different municipalities and bots', () => {
    const ids = new Set([
      deriveAppId(BOT_ID, 'gladsaxe'),
      deriveAppId(BOT_ID, 'aalborg'),
      deriveAppId('11111111-2222-4333-8444-555555555555', 'gladsaxe'),
    ]);
    expect(ids.size).toBe(3);
  });
});
