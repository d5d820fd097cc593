import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageActivity, startBot, type BotHarness } from '../helpers/bot-harness.js';
import { startTokenIssuer, type TokenIssuer } from '../helpers/token-issuer.js';

const APP_ID = '11111111-2222-3333-4444-555555555555';
let issuer: TokenIssuer;
let bot: BotHarness;

beforeAll(async () => {
  issuer = await startTokenIssuer();
  bot = await startBot({
    MicrosoftAppId: APP_ID,
    MicrosoftAppPassword: 'not-used-offline',
    ToBotFromChannelOpenIdMetadataUrl: issuer.metadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: issuer.metadataUrl,
  });
});
afterAll(async () => {
  await bot.close();
  await issuer.close();
});

async function postWith(authorization: string | undefined, conversationId: string) {
  const activity = messageActivity('tvangsægteskab', bot.connector.url, { conversationId });
  const response = await fetch(`${bot.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify(activity),
  });
  return { status: response.status, replies: bot.connector.take(conversationId) };
}

const claims = (serviceUrl: string) => ({ iss: 'https://api.botframework.com', aud: APP_ID, serviceurl: serviceUrl });

describe('with MicrosoftAppId set, POST /api/messages', () => {
  it.each([
    ['no Authorization header', undefined],
    ['a malformed token', 'Bearer not.a.jwt'],
    ['a non-Bearer scheme', 'Basic dXNlcjpwYXNz'],
    ['an empty Bearer token', 'Bearer '],
  ])('rejects a request with %s (401) and answers nothing', async (_case, header) => {
    const result = await postWith(header, `auth-${_case}`);
    expect(result.status).toBe(401);
    expect(result.replies).toEqual([]);
  });

  it('rejects a token signed with the wrong key (401)', async () => {
    const token = issuer.token(claims(bot.connector.url), { forged: true });
    const result = await postWith(`Bearer ${token}`, 'auth-forged');
    expect(result.status).toBe(401);
    expect(result.replies).toEqual([]);
  });

  it('rejects a validly signed token for another bot (401)', async () => {
    const token = issuer.token({ ...claims(bot.connector.url), aud: 'another-bot' });
    expect((await postWith(`Bearer ${token}`, 'auth-audience')).status).toBe(401);
  });

  it('rejects an expired token (401)', async () => {
    const token = issuer.token({ ...claims(bot.connector.url), exp: Math.floor(Date.now() / 1000) - 3600, nbf: 0, iat: 0 });
    expect((await postWith(`Bearer ${token}`, 'auth-expired')).status).toBe(401);
  });

  it('accepts a token signed by the published key and runs the turn (the check is real, not a blanket 401)', async () => {
    const turnsBefore = bot.logs.filter((line) => line.includes('"event":"turn"')).length;
    const token = issuer.token(claims(bot.connector.url));
    const result = await postWith(`Bearer ${token}`, 'auth-valid');
    expect(result.status).toBe(200);
    // The answer was built (level red); sending it needs an AAD token from login.microsoftonline.com, unreachable offline.
    const turns = bot.logs.filter((line) => line.includes('"event":"turn"')).slice(turnsBefore);
    expect(turns.some((line) => line.includes('"level":"red"'))).toBe(true);
  });
});
