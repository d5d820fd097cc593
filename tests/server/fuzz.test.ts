import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageActivity, startBot, type BotHarness } from '../helpers/bot-harness.js';
import { levelOf } from '../helpers/evaluate.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const PARALLEL = 8;

let bot: BotHarness;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  // Limits high so every fuzzed message goes the whole way through the bot.
  bot = await startBot({ LOG_LEVEL: 'warn', MAX_BODY_BYTES: '65536', RATE_LIMIT_USER_PER_MINUTE: '100000', RATE_LIMIT_CONVERSATION_PER_MINUTE: '1000000' });
});
afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  await bot.close();
});

const KEYS = ['type', 'text', 'value', 'name', 'locale', 'entities', 'from', 'recipient', 'conversation', 'serviceUrl', 'membersAdded', 'channelData', 'attachments', 'id', 'replyToId', 'textFormat'];
const TYPES = ['message', 'invoke', 'conversationUpdate', 'messageReaction', 'installationUpdate', 'typing', 'event', 'endOfConversation'];
const INVOKES = ['composeExtension/query', 'composeExtension/selectItem', 'adaptiveCard/action', 'task/fetch', 'signin/verifyState', 'config/fetch'];

/** A valid activity of some kind, then a few random mutations. */
function mutatedActivity(serviceUrl: string) {
  const text = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 300 }), fc.constantFrom('tvangsægteskab', 'hjælp', '010190-1234', '<at>Bot</at> hej', '', '   ', 'politi'));
  const base = fc.record({
    type: fc.constantFrom(...TYPES),
    text,
    name: fc.constantFrom(...INVOKES),
    value: fc.oneof(fc.jsonValue(), fc.record({ verb: fc.constantFrom('level', 'contacts', 'audience', 'sign', 'contact', 'overview', 'help', 'x'), levelId: fc.string(), audienceId: fc.string(), contactId: fc.string() }), fc.record({ commandId: fc.constantFrom('searchContacts', 'x'), parameters: fc.jsonValue() })),
    locale: fc.constantFrom('da-DK', 'en-US', 'xx', ''),
    user: fc.string({ minLength: 1, maxLength: 12 }),
    conversation: fc.string({ minLength: 1, maxLength: 12 }),
    platform: fc.constantFrom('web', 'android', 'ios', 'desktop', ''),
  });
  const mutation = fc.record({ key: fc.constantFrom(...KEYS), action: fc.constantFrom('delete', 'replace'), replacement: fc.jsonValue({ maxDepth: 3 }) });
  return fc.tuple(base, fc.array(mutation, { maxLength: 3 })).map(([b, mutations]) => {
    const activity: Record<string, unknown> = {
      ...messageActivity(b.text, serviceUrl, { conversationId: `fz-${b.conversation}`, userId: `fz-${b.user}`, locale: b.locale, platform: b.platform }),
      type: b.type,
      ...(b.type === 'invoke' ? { name: b.name } : {}),
      ...(b.type !== 'conversationUpdate' ? { value: b.value } : { membersAdded: [{ id: 'bot-id' }] }),
    };
    for (const m of mutations) {
      // serviceUrl stays on loopback (or is garbage): fuzz traffic never leaves this machine.
      const replacement = m.key === 'serviceUrl' && typeof m.replacement === 'string' ? `not a url ${m.replacement}` : m.replacement;
      if (m.action === 'delete') delete activity[m.key];
      else activity[m.key] = replacement;
    }
    return JSON.stringify(activity);
  });
}

const body = (serviceUrl: string) =>
  fc.oneof(
    { weight: 6, arbitrary: mutatedActivity(serviceUrl) },
    { weight: 1, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)) },
    { weight: 1, arbitrary: fc.string({ maxLength: 300 }) },
  );

describe('fuzzing POST /api/messages', () => {
  it(`survives ${RUNS} random and mutated activities: no 5xx, no unhandled rejection, and still answers`, async () => {
    const samples = fc.sample(body(bot.connector.url), { numRuns: RUNS, seed: 20261121 });
    const statuses = new Map<number, number>();
    const serverErrors: string[] = [];
    let next = 0;
    const worker = async () => {
      while (next < samples.length) {
        const sample = samples[next++]!;
        const response = await fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: sample });
        await response.arrayBuffer();
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        if (response.status >= 500 && serverErrors.length < 5) serverErrors.push(`${response.status}: ${sample}`);
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));

    expect(serverErrors).toEqual([]);
    expect(unhandled).toEqual([]);
    expect([...statuses.values()].reduce((a, b) => a + b, 0)).toBe(RUNS);
    const after = await bot.ask('Hun skal tvangsgiftes i sommerferien');
    expect(levelOf(after)).toBe('red');
    console.info(`fuzz statuses: ${JSON.stringify(Object.fromEntries(statuses))}`);
  }, 300_000);
});
