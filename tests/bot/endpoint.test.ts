import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type BotHarness } from '../helpers/bot-harness.js';
import { cardStrings, levelOf } from '../helpers/evaluate.js';
import { cardProblems } from '../helpers/validate-card.js';

let gladsaxe: BotHarness;
let aalborg: BotHarness;

beforeAll(async () => {
  gladsaxe = await startBot({ MUNICIPALITY: 'gladsaxe' });
  aalborg = await startBot({ MUNICIPALITY: 'aalborg' });
});
afterAll(async () => {
  await gladsaxe.close();
  await aalborg.close();
});

const textOf = (cards: readonly Record<string, unknown>[]) => cardStrings(cards).join('\n');
const openUrls = (cards: readonly Record<string, unknown>[]) =>
  JSON.stringify(cards).match(/"url":"[^"]+"/g)?.map((u) => u.slice(7, -1)) ?? [];

describe('POST /api/messages', () => {
  it('answers GET /healthz with 200', async () => {
    const response = await fetch(`${gladsaxe.url}/healthz`);
    expect(response.status).toBe(200);
  });

  it('answers "what do I do if the citizen is never alone" with the yellow level, in English, with the next action', async () => {
    const reply = await gladsaxe.ask('what do I do if the citizen is never alone?', { locale: 'da-DK' });
    expect(reply.status).toBe(200);
    expect(levelOf(reply)).toBe('yellow');
    const first = cardStrings(reply.cards[0]);
    expect(first.find((s) => /early concern/i.test(s))).toBe('Early concern');
    expect(textOf(reply.cards)).toMatch(/Talk to the citizen alone/i);
  });

  it('answers "Hun skal tvangsgiftes i sommerferien" red, with the acute contacts as call buttons', async () => {
    const reply = await gladsaxe.ask('Hun skal tvangsgiftes i sommerferien');
    expect(levelOf(reply)).toBe('red');
    expect(textOf(reply.cards)).toContain('39 57 54 10');
    expect(openUrls(reply.cards)).toContain('https://teams.microsoft.com/l/call/0/0?users=4:+4539575410');
    expect(textOf(reply.cards)).toMatch(/børn under 18 år i hjemmet/);
  });

  it('uses tel: links on Teams mobile', async () => {
    const reply = await gladsaxe.ask('tvangsægteskab', { platform: 'android' });
    expect(openUrls(reply.cards)).toContain('tel:+4539575410');
    expect(openUrls(reply.cards).some((u) => u.startsWith('https://teams.microsoft.com/l/call'))).toBe(false);
  });

  it('makes every e-mail a mailto: button and keeps the address visible', async () => {
    const reply = await gladsaxe.ask('Jeanettes telefonnummer');
    expect(textOf(reply.cards)).toContain('jevaja@gladsaxe.dk');
    expect(textOf(reply.cards)).toContain('24 94 88 19');
    expect(openUrls(reply.cards)).toContain('mailto:jevaja@gladsaxe.dk');
  });

  it('strips the @mention in a channel before matching', async () => {
    const activity = {
      type: 'message', id: 'm1', channelId: 'msteams', serviceUrl: gladsaxe.connector.url, locale: 'da-DK',
      from: { id: 'u1' }, recipient: { id: 'bot-id', name: 'Handlekort' },
      conversation: { id: 'channel-conv-1', conversationType: 'channel', isGroup: true },
      text: '<at>Handlekort</at> tvangsægteskab',
      entities: [{ type: 'mention', text: '<at>Handlekort</at>', mentioned: { id: 'bot-id', name: 'Handlekort' } }],
    };
    const { status, replies } = await gladsaxe.post(activity);
    expect(status).toBe(200);
    expect(levelOf({ status, activities: [], cards: replies.flatMap((r) => (r.activity.attachments as { content: Record<string, unknown> }[]).map((a) => a.content)) })).toBe('red');
  });

  it('welcomes on install with the help card', async () => {
    const { replies } = await gladsaxe.post({
      type: 'conversationUpdate', id: 'cu1', channelId: 'msteams', serviceUrl: gladsaxe.connector.url,
      from: { id: 'u1' }, recipient: { id: 'bot-id' }, conversation: { id: 'welcome-1', conversationType: 'personal' },
      membersAdded: [{ id: 'bot-id' }],
    });
    expect(replies).toHaveLength(1);
    expect(JSON.stringify(replies[0]?.activity)).toMatch(/Handlekort om negativ social kontrol/);
  });

  it.each(['hjælp', 'help'])('answers "%s" with the help card in that language', async (text) => {
    const reply = await gladsaxe.ask(text, { locale: 'da-DK' });
    expect(textOf(reply.cards)).toMatch(text === 'help' ? /Describe briefly/ : /Beskriv kort/);
  });

  it('answers follow-up buttons: the other levels, all contacts, the whole card', async () => {
    const post = (value: Record<string, unknown>) =>
      gladsaxe.post({ type: 'message', id: 'b1', channelId: 'msteams', serviceUrl: gladsaxe.connector.url, locale: 'da-DK', from: { id: 'u2' }, recipient: { id: 'bot-id' }, conversation: { id: `btn-${JSON.stringify(value)}` }, value });
    const level = await post({ verb: 'level', levelId: 'orange' });
    expect(JSON.stringify(level.replies)).toContain('Mistanke');
    const contacts = await post({ verb: 'contacts' });
    expect(JSON.stringify(contacts.replies)).toContain('ssp@gladsaxe.dk');
    const overview = await post({ verb: 'overview' });
    expect(JSON.stringify(overview.replies)).toContain('Tidlig bekymring');
  });

  it.each([{ verb: 'level', levelId: 'purple' }, { verb: 'nonsense' }, { verb: 'contact', contactId: 'nobody' }, { foo: 1 }, 'text'])(
    'answers a malformed card payload %o with a friendly card, not an error',
    async (value) => {
      const { status, replies } = await gladsaxe.post({ type: 'message', id: 'b2', channelId: 'msteams', serviceUrl: gladsaxe.connector.url, from: { id: 'u3' }, recipient: { id: 'bot-id' }, conversation: { id: `bad-${JSON.stringify(value)}` }, value });
      expect(status).toBe(200);
      expect(replies).toHaveLength(1);
      expect(JSON.stringify(replies[0]?.activity)).toContain('AdaptiveCard');
    },
  );
});

describe('Aalborg audiences', () => {
  it('asks case workers for the age group, with the acute contacts on the same card, and remembers the choice', async () => {
    const conversationId = 'aalborg-memory-1';
    const first = await aalborg.ask('jeg er myndighedsrådgiver, hvad gør jeg?', { conversationId });
    const text = textOf(first.cards);
    expect(text).toMatch(/Hvem gælder det/);
    expect(text).toContain('99 31 27 22');
    const choose = await aalborg.post({ type: 'message', id: 'c1', channelId: 'msteams', serviceUrl: aalborg.connector.url, locale: 'da-DK', from: { id: 'u4' }, recipient: { id: 'bot-id' }, conversation: { id: conversationId }, value: { verb: 'audience', audienceId: 'caseworker-over-18' } });
    expect(JSON.stringify(choose.replies)).toContain('70 20 30 82');
    const later = await aalborg.ask('jeg er myndighedsrådgiver og det er akut', { conversationId });
    expect(textOf(later.cards)).toContain('45 11 78 00');
  });

  it('says "Behov for akut handling" first when an acute case worker question leaves the age open, acute contacts before the choice', async () => {
    const reply = await aalborg.ask('jeg er myndighedsrådgiver, en ung ringer og siger at brødrene vil tage ham med til Somalia i morgen, og at han ikke kommer hjem igen', { conversationId: 'aalborg-acute-ask' });
    expect(levelOf(reply)).toBe('red');
    const card = reply.cards[0] as { body: { text?: string }[] };
    expect(card.body[0]?.text).toBe('Behov for akut handling');
    const strings = cardStrings(card);
    const phone = strings.findIndex((s) => s.includes('99 31 27 22'));
    const choice = strings.findIndex((s) => s === 'For myndighedsrådgiver (under 18 år)');
    expect(phone).toBeGreaterThan(0);
    expect(choice).toBeGreaterThan(phone);
    expect(cardProblems(reply.cards[0]!)).toEqual([]);
  });

  it('reads an age in brackets from a case note ("En ung mand (19)") and answers the over-18 case workers\' acute workflow', async () => {
    const reply = await aalborg.ask('Jeg er myndighedsrådgiver. En ung mand (19) siger, at brødrene vil tage ham med til Somalia i morgen, og at han ikke kommer hjem igen.', { conversationId: 'aalborg-acute-19' });
    expect(levelOf(reply)).toBe('red');
    expect(textOf(reply.cards)).not.toMatch(/Hvem gælder det/);
    expect(textOf(reply.cards)).toMatch(/over 18/);
  });

  it('does not read "Hvis der er behov for akut handling, skal du kontakte …" in a non-acute answer as the acute level', async () => {
    const reply = await aalborg.ask('En 16-årig skal på ferie i hjemlandet og glæder sig til at se sine bedsteforældre. Jeg er lærer.');
    expect(textOf(reply.cards)).toMatch(/behov for akut handling/i);
    expect(levelOf(reply)).toBeUndefined();
  });

  it('shows a contact asked for by name first in an acute workflow answer ("RED Safehouse" beside a threat)', async () => {
    const reply = await aalborg.ask('Hvad er nummeret til RED Safehouse? En 19-årig har sagt nej til et arrangeret ægteskab, og familien har truet ham.');
    expect(levelOf(reply)).toBe('red');
    expect(textOf(reply.cards)).toContain('45 11 78 00');
  });

  it('answers a teacher worried about a 14-year-old with the professionals\' workflow and the duty to notify (SEL § 153)', async () => {
    const reply = await aalborg.ask("I'm a teacher and worried about a 14 year old", { locale: 'en-US' });
    const text = textOf(reply.cards);
    expect(text).toMatch(/153/);
    expect(text).toMatch(/Etnisk Ung/);
  });

  it('shows the "do not" points when asked about texting the citizen', async () => {
    const reply = await aalborg.ask('må jeg sende sms til borgeren?');
    expect(textOf(reply.cards)).toMatch(/Send ikke/);
  });
});

describe('every card the bot sends', () => {
  const questions = [
    'hej', 'tvangsægteskab', 'aflyste møder', 'e-boks kontrolleres', 'politi telefon', 'kontakter', 'hvem ringer jeg til uden for åbningstid',
    'jeg er myndighedsrådgiver', 'sikkerhedsplan', 'xyzzy', 'rødt felt', 'handlekort', '010190-1234 hun er isoleret', 'I am a teacher, a girl of 15 is threatened',
  ];
  it.each(questions)('is a valid Adaptive Card 1.5 well under the size limit ("%s", both municipalities)', async (text) => {
    for (const bot of [gladsaxe, aalborg]) {
      const reply = await bot.ask(text);
      expect(reply.cards.length).toBeGreaterThan(0);
      for (const card of reply.cards) expect(cardProblems(card)).toEqual([]);
    }
  });
});

describe('privacy', () => {
  it('never logs message text', async () => {
    const secret = 'Fatimasecretword tvangsægteskab';
    await gladsaxe.ask(secret);
    expect(gladsaxe.logs.some((line) => line.includes('Fatimasecretword'))).toBe(false);
    expect(gladsaxe.logs.some((line) => line.includes('"event":"turn"'))).toBe(true);
  });

  it('answers a message with a CPR number, warns, and never echoes or logs the number', async () => {
    // A fixed conversation id: the default one holds the process id, which can itself contain "1234".
    const reply = await gladsaxe.ask('Borgeren 010190-1234 skal tvangsgiftes', { conversationId: 'cpr-check' });
    expect(levelOf(reply)).toBe('red');
    const all = JSON.stringify(reply.activities);
    expect(all).toMatch(/CPR/);
    expect(all).not.toMatch(/010190|\b1234\b/);
    expect(gladsaxe.logs.join('\n')).not.toMatch(/010190/);
  });
});

describe('long messages', () => {
  const background = 'Hun har været i forløb siden januar og har haft en god praktik i et bageri, og vi har talt om boligstøtte og transport. '.repeat(20);

  it('reads a pasted e-mail to its end: the detail that decides the level comes last', async () => {
    expect(background.length).toBeGreaterThan(2_000);
    const reply = await gladsaxe.ask(`${background}I dag fortalte hun, at hendes far har aftalt at hun skal tvangsgiftes i Irak, og at broren har hendes pas.`);
    expect(levelOf(reply)).toBe('red');
    expect(JSON.stringify(reply.activities)).not.toMatch(/4\.000 tegn/);
  });

  it('says so when a message is longer than it reads, and still answers from its beginning', async () => {
    const reply = await gladsaxe.ask(`Hendes bror har truet med at slå hende ihjel. ${background.repeat(2)}`);
    expect(levelOf(reply)).toBe('red');
    expect(JSON.stringify(reply.activities)).toMatch(/de første 4\.000 tegn/);
  });
});

describe('follow-up buttons', () => {
  it('answer in the language of the card they came from, whatever the client locale', async () => {
    const reply = await gladsaxe.ask('tvangsægteskab', { locale: 'en-US' });
    const actions = (reply.cards[0] as { actions: { data: Record<string, unknown> }[] }).actions;
    const overview = actions.find((a) => a.data.verb === 'overview');
    expect(overview?.data.lang).toBe('da');
    const { replies } = await gladsaxe.post({ type: 'message', id: 'l1', channelId: 'msteams', serviceUrl: gladsaxe.connector.url, locale: 'en-US', from: { id: 'u-lang' }, recipient: { id: 'bot-id' }, conversation: { id: 'lang-1' }, value: overview?.data });
    expect(JSON.stringify(replies)).toContain('Tidlig bekymring');
  });
});

describe('a situation and a law in one message', () => {
  it('answers the situation at its level and shows the law the question names', async () => {
    const reply = await gladsaxe.ask('Hvad står der i servicelovens §12A? En borger har ikke været ude af lejligheden i tre uger, svigerfamilien låser hoveddøren når manden går på arbejde.');
    expect(levelOf(reply)).toBe('red');
    expect(JSON.stringify(reply.cards)).toMatch(/§12A/);
  });
});
