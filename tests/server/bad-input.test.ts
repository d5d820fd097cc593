import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardActivity } from '../../src/server/activity-guard.js';
import { messageActivity, startBot, type BotHarness } from '../helpers/bot-harness.js';

let bot: BotHarness;
beforeAll(async () => {
  bot = await startBot({ MAX_BODY_BYTES: '8192', RATE_LIMIT_USER_PER_MINUTE: '5', RATE_LIMIT_CONVERSATION_PER_MINUTE: '1000' });
});
afterAll(() => bot.close());

const raw = async (body: string, contentType = 'application/json') => {
  const response = await fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': contentType }, body });
  return { status: response.status, body: await response.text() };
};
const base = () => ({ channelId: 'msteams', serviceUrl: bot.connector.url, from: { id: 'u-bad' }, recipient: { id: 'bot' }, conversation: { id: `bad-${Math.random()}` } });

describe('bad input on POST /api/messages', () => {
  it.each([
    ['malformed JSON', '{"type":', 400],
    ['a JSON array', '[1,2]', 400],
    ['a JSON string', '"hej"', 400],
  ])('answers %s with %i', async (_name, body, status) => {
    expect((await raw(body)).status).toBe(status);
  });

  it('answers a body over the limit with 413', async () => {
    const result = await raw(JSON.stringify({ ...base(), type: 'message', text: 'x'.repeat(20_000) }));
    expect(result.status).toBe(413);
  });

  it.each([
    ['no type', {}],
    ['a numeric type', { type: 5 }],
    ['no conversation', { type: 'message', text: 'hej', conversation: undefined }],
    ['a null sender', { type: 'message', text: 'hej', from: null }],
    ['a numeric text', { type: 'message', text: 12345 }],
    ['membersAdded that is not a list', { type: 'conversationUpdate', membersAdded: 'x' }],
  ])('answers an activity with %s with 400 and a reason', async (_name, patch) => {
    const result = await raw(JSON.stringify({ ...base(), ...patch }));
    expect(result.status).toBe(400);
    expect(result.body).toMatch(/Not a valid activity/);
  });

  it('ignores malformed entities but still answers the question', async () => {
    const activity = { ...base(), type: 'message', text: 'tvangsægteskab', entities: ['x', null, { type: 'clientInfo', platform: 'ios' }] };
    const { status, replies } = await bot.post(activity);
    expect(status).toBe(200);
    expect(JSON.stringify(replies)).toContain('tel:+4539575410');
  });

  it('answers an empty message with the help card', async () => {
    const reply = await bot.ask('   ');
    expect(JSON.stringify(reply.cards)).toMatch(/Beskriv kort/);
  });

  it('matches a very long message on its beginning and still answers', async () => {
    const reply = await bot.ask(`hun skal tvangsgiftes ${'bla '.repeat(1500)}`);
    expect(reply.status).toBe(200);
    expect(JSON.stringify(reply.cards)).toContain('Behov for akut handling');
  });

  it('accepts unknown activity types without answering', async () => {
    const { status, replies } = await bot.post({ ...base(), type: 'somethingNew' });
    expect(status).toBe(200);
    expect(replies).toEqual([]);
  });

  it.each([
    ['an unknown invoke', { name: 'foo/bar' }],
    ['a search with another command', { name: 'composeExtension/query', value: { commandId: 'other' } }],
    ['a search with a broken payload', { name: 'composeExtension/query', value: 5 }],
    ['a search whose parameters are not a list', { name: 'composeExtension/query', value: { commandId: 'searchContacts', parameters: '' } }],
    ['a universal action', { name: 'adaptiveCard/action', value: { action: { verb: 'x' } } }],
  ])('answers %s with 400, not a 5xx', async (_name, patch) => {
    const { status } = await bot.post({ ...base(), type: 'invoke', ...patch });
    expect(status).toBe(400);
  });
});

describe('rate limits', () => {
  it('tells a user once, kindly, when they send too much, then drops quietly until the minute is over', async () => {
    const conversationId = 'flood-1';
    const replies = [];
    for (let i = 0; i < 8; i += 1) replies.push(await bot.ask('tvangsægteskab', { conversationId, userId: 'flooder' }));
    expect(replies.slice(0, 5).every((r) => r.cards.length === 1)).toBe(true);
    expect(replies[5]?.activities.map((a) => a.text)).toEqual([expect.stringMatching(/mange beskeder/)]);
    expect(replies.slice(6).every((r) => r.status === 200 && r.activities.length === 0)).toBe(true);
    expect((await bot.ask('tvangsægteskab', { userId: 'someone-else' })).cards).toHaveLength(1);
  });
});

describe('guardActivity', () => {
  it('keeps a well-formed activity and drops only malformed entities', () => {
    const activity = messageActivity('hej', 'http://127.0.0.1:1');
    const result = guardActivity({ ...activity, entities: [{ type: 'clientInfo' }, 7] });
    expect(result).toEqual({ ok: true, activity: { ...activity, entities: [{ type: 'clientInfo' }] } });
  });
});
