import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type BotHarness } from '../helpers/bot-harness.js';
import { cardProblems } from '../helpers/validate-card.js';

let bot: BotHarness;
// Monday 10:00 and Saturday 23:00 in Copenhagen.
let now = new Date('2026-11-23T09:00:00Z');

beforeAll(async () => {
  bot = await startBot({ MUNICIPALITY: 'gladsaxe' }, { now: () => now });
});
afterAll(() => bot.close());

interface InvokeResult {
  composeExtension: { type: string; attachmentLayout: string; attachments: { contentType: string; content: Record<string, unknown>; preview: { content: { title: string; text: string } } }[] };
}

async function query(text: string | undefined, locale = 'da-DK'): Promise<{ status: number; result: InvokeResult }> {
  const { status, body } = await bot.post({
    type: 'invoke', name: 'composeExtension/query', id: `q-${Math.random()}`, channelId: 'msteams', serviceUrl: bot.connector.url, locale,
    from: { id: 'u-me' }, recipient: { id: 'bot-id' }, conversation: { id: 'me-conv' },
    value: { commandId: 'searchContacts', parameters: text === undefined ? [] : [{ name: 'query', value: text }], queryOptions: { skip: 0, count: 25 } },
  });
  return { status, result: JSON.parse(body) as InvokeResult };
}

const titles = (result: InvokeResult) => result.composeExtension.attachments.map((a) => a.preview.content.title);

describe('composeExtension/query (contact search)', () => {
  it('returns matching contacts as cards with a preview', async () => {
    const { status, result } = await query('politi');
    expect(status).toBe(200);
    expect(result.composeExtension.type).toBe('result');
    expect(titles(result)).toEqual(['Københavns Vestegns Politi']);
    const attachment = result.composeExtension.attachments[0]!;
    expect(attachment.preview.content.text).toContain('43 86 14 48');
    expect(JSON.stringify(attachment.content)).toContain('https://teams.microsoft.com/l/call/0/0?users=4:+4543861448');
    expect(cardProblems(attachment.content)).toEqual([]);
  });

  it.each([
    ['pol', 'Københavns Vestegns Politi'],
    ['police', 'Københavns Vestegns Politi'],
    ['randi', 'Randi Vang'],
    ['3957', 'Den Sociale Døgnvagt'],
    ['39 57 54', 'Den Sociale Døgnvagt'],
    ['jevaja', 'Jeanette V. Jacobsen'],
  ])('finds "%s" as you type', async (text, name) => {
    const { result } = await query(text);
    expect(titles(result)[0]).toContain(name.split(' ')[0]);
  });

  it('returns the acute contacts first for an empty query', async () => {
    const { result } = await query('');
    expect(titles(result).slice(0, 2)).toEqual(expect.arrayContaining(['Den Sociale Døgnvagt', 'Københavns Vestegns Politi']));
    expect(titles(result).length).toBeGreaterThan(4);
  });

  it('answers an empty result set for nonsense, not an error', async () => {
    const { status, result } = await query('zzzqqq');
    expect(status).toBe(200);
    expect(result.composeExtension.attachments).toEqual([]);
  });

  it('copes with a missing query parameter', async () => {
    const { status } = await query(undefined);
    expect(status).toBe(200);
  });

  it('uses the Teams locale for the cards', async () => {
    const { result } = await query('politi', 'en-US');
    expect(JSON.stringify(result)).toMatch(/Call 43 86 14 48/);
  });

  it('puts after-hours contacts first when the municipality is closed', async () => {
    now = new Date('2026-11-21T22:00:00Z');
    const { result } = await query('');
    expect(JSON.stringify(result.composeExtension.attachments[0]?.content)).toMatch(/lukket/);
    now = new Date('2026-11-23T09:00:00Z');
  });
});
