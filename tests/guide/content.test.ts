import { describe, expect, it } from 'vitest';
import { GUIDES, findContact } from '../../src/guide/index.js';
import { LEVEL_IDS, type Contact, type Guide, type LevelId, type Phone, type Text } from '../../src/guide/types.js';
import {
  emailsInText, isText, itemsOf, nodesOf, normalise, phonesInText, sourceTextOf, textsOf,
} from './guide-walk.js';

const GUIDE_CASES = Object.entries(GUIDES) as [string, Guide][];

// PRODUCT.md: the answer card names the level by exactly these titles.
const LEVEL_TITLES: Record<LevelId, Text> = {
  yellow: { da: 'Tidlig bekymring', en: 'Early concern' },
  orange: { da: 'Mistanke', en: 'Suspicion' },
  red: { da: 'Behov for akut handling', en: 'Acute action needed' },
};
// Texts that are proper names and so read the same in Danish and English.
const SAME_IN_BOTH_LANGUAGES = new Set<string>();

const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PHONE = /^(?:[2-9]\d{7}|11[24])$/;
const EMAIL = /^[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/;
// The matcher tokenizes questions into letters and digits, so a vocabulary word with '-' or an apostrophe never matches.
// A slot: |-separated plain words, each optionally "=" (matched by its written form only).
// A slot may begin with "+": its word must follow the slot before it (phrase-index.ts).
const SLOT = /^\+?=?[\p{L}\p{N}]+(?:\|=?[\p{L}\p{N}]+)*$/u;
const REF_KEYS = { contactIds: 'contacts', afterHoursContactIds: 'contacts', legalRefIds: 'legalRefs' } as const;

const phonesOf = (contacts: readonly Contact[]): Phone[] => contacts.flatMap((c) => c.phones);
const digits = (text: string) => text.replace(/\s/g, '');

describe.each(GUIDE_CASES)('the %s guide', (_name, guide) => {
  const items = itemsOf(guide);
  const sourceText = sourceTextOf(guide);

  it('gives every item a unique kebab-case id', () => {
    const ids = items.map(({ node }) => node.id as string);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(ids.filter((id) => !KEBAB_ID.test(id))).toEqual([]);
  });

  it('resolves every contact and legal reference by id', () => {
    const known = { contacts: new Set(guide.contacts.map((c) => c.id)), legalRefs: new Set(guide.legalRefs.map((l) => l.id)) };
    const unresolved = nodesOf(guide).flatMap(({ node, at }) =>
      Object.entries(REF_KEYS).flatMap(([key, table]) =>
        ((node[key] as string[] | undefined) ?? []).filter((id) => !known[table].has(id)).map((id) => `${at}.${key}: ${id}`),
      ),
    );
    expect(unresolved).toEqual([]);
  });

  it('leaves no contact or legal reference that nothing points to', () => {
    const referenced = new Set(nodesOf(guide).flatMap(({ node }) => Object.keys(REF_KEYS).flatMap((key) => (node[key] as string[] | undefined) ?? [])));
    expect([...guide.contacts, ...guide.legalRefs].map((item) => item.id).filter((id) => !referenced.has(id))).toEqual([]);
  });

  it('traces every item to a section of one of its sources', () => {
    const sourceIds = new Set(guide.sources.map((s) => s.id));
    const sourced = items.filter(({ at }) => at !== '$' && !at.startsWith('$.sources['));
    expect(sourced.filter(({ node }) => typeof node.source !== 'object').map(({ at }) => at)).toEqual([]);
    const refs = sourced.map(({ node, at }) => ({ ref: node.source as { source: string; section: string }, at }));
    expect(refs.filter(({ ref }) => !sourceIds.has(ref.source)).map(({ at }) => at)).toEqual([]);
    // A section is a heading path "Heading – Subheading"; each part must stand in the source text.
    const text = normalise(sourceText);
    const missing = refs.flatMap(({ ref, at }) => ref.section.split(' – ').filter((part) => !text.includes(normalise(part))).map((part) => `${at}: ${part}`));
    expect(missing).toEqual([]);
  });

  it('has only valid Danish phone numbers (8 digits, first 2-9) or 112/114', () => {
    expect(phonesOf(guide.contacts).map((p) => p.number).filter((n) => !PHONE.test(n))).toEqual([]);
  });

  it('has only valid e-mail addresses and https urls', () => {
    const emails = guide.contacts.flatMap((c) => (c.email ? [c.email] : []));
    expect(emails.filter((e) => !EMAIL.test(e))).toEqual([]);
    const urls = [guide.municipality.url, ...guide.sources.map((s) => s.url), ...guide.contacts.map((c) => c.url)].filter((u) => u !== undefined);
    expect(urls.filter((u) => new URL(u).protocol !== 'https:')).toEqual([]);
  });

  it('has every text in Danish and English, and English is a translation', () => {
    const texts = textsOf(guide);
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.filter(({ text }) => !text.da.trim() || !text.en.trim()).map(({ at }) => at)).toEqual([]);
    expect(texts.filter(({ text }) => text.da === text.en && !SAME_IN_BOTH_LANGUAGES.has(text.da)).map(({ at }) => at)).toEqual([]);
    const untidy = texts.filter(({ text }) => [text.da, text.en].some((t) => t !== t.trim() || /\s{2}/.test(t)));
    expect(untidy.map(({ at }) => at)).toEqual([]);
  });

  it('gives every level, sign, contact and audience match phrases', () => {
    const matchable = [...guide.levels, ...guide.levels.flatMap((l) => l.signs), ...guide.contacts, ...guide.audiences];
    expect(matchable.filter((item) => item.match.phrases.length === 0).map((item) => item.id)).toEqual([]);
    expect(guide.acuteCues.phrases.length).toBeGreaterThan(0);
  });

  it('writes match phrases as lower-case slots of |-separated plain (or =literal) words, a slot after the first may be "+"-led', () => {
    const phraseLists = nodesOf(guide).filter(({ node }) => Array.isArray(node.phrases));
    const bad = phraseLists.flatMap(({ node, at }) => {
      const phrases = node.phrases as string[];
      return phrases
        .filter((p, i) => p !== p.toLowerCase() || p.startsWith('+') || !p.split(' ').every((slot) => SLOT.test(slot)) || phrases.indexOf(p) !== i)
        .map((p) => `${at}: "${p}"`);
    });
    expect(bad).toEqual([]);
  });

  it('titles and colours its levels as the product defines them', () => {
    if (guide.levels.length === 0) return;
    expect(guide.levels.map((l) => l.id)).toEqual([...LEVEL_IDS]);
    for (const level of guide.levels) {
      expect(level.title).toEqual(LEVEL_TITLES[level.id]);
      expect(level.colour).toMatch(/^#[0-9A-F]{6}$/i);
      expect(level.signs.length).toBeGreaterThan(0);
      expect(level.actions.length).toBeGreaterThan(0);
    }
  });

  it('names who has the duty to act at every step of every workflow', () => {
    const steps = guide.audiences.flatMap((a) => a.steps);
    expect(steps.filter((s) => !s.duty).map((s) => s.id)).toEqual([]);
  });

  it('limits contacts only to audiences the guide has', () => {
    const audienceIds = new Set<string>(guide.audiences.map((a) => a.id));
    expect(guide.contacts.filter((c) => c.audiences?.some((a) => !audienceIds.has(a))).map((c) => c.id)).toEqual([]);
  });

  it('quotes in its texts only numbers of the contacts that text points to', () => {
    const all = new Set(phonesOf(guide.contacts).map((p) => p.number));
    const stray = nodesOf(guide).flatMap(({ node, at }) => {
      const texts = Object.values(node).filter((v): v is { da: string; en: string } => typeof v === 'object' && v !== null && isText(v as never));
      const own = Array.isArray(node.contactIds)
        ? new Set(phonesOf((node.contactIds as string[]).map((id) => findContact(guide, id)!).filter(Boolean)).map((p) => p.number))
        : Array.isArray(node.phones) ? new Set((node.phones as Phone[]).map((p) => p.number)) : all;
      return texts.flatMap((t) => [...phonesInText(t.da), ...phonesInText(t.en)]).filter((n) => !own.has(n)).map((n) => `${at}: ${n}`);
    });
    expect(stray).toEqual([]);
  });

  it('takes every phone number, e-mail and url from its source (traceability)', () => {
    const flat = digits(sourceText);
    expect(phonesOf(guide.contacts).map((p) => p.number).filter((n) => !flat.includes(n))).toEqual([]);
    const lower = sourceText.toLowerCase();
    expect(guide.contacts.flatMap((c) => (c.email ? [c.email] : [])).filter((e) => !lower.includes(e))).toEqual([]);
    const urls = [guide.municipality.url, ...guide.contacts.map((c) => c.url)].filter((u) => u !== undefined);
    expect(urls.filter((u) => !lower.includes(u.replace(/^https:\/\//, '')))).toEqual([]);
  });

  it('carries every phone number and e-mail its source gives (completeness)', () => {
    const numbers = new Set(phonesOf(guide.contacts).map((p) => p.number));
    expect(phonesInText(sourceText).filter((n) => !numbers.has(n))).toEqual([]);
    const emails = new Set(guide.contacts.map((c) => c.email));
    expect(emailsInText(sourceText).filter((e) => !emails.has(e))).toEqual([]);
  });

  it('documents opening hours as a default with a note', () => {
    const { open, close } = guide.openingHours.weekdays;
    expect(open).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
    expect(close).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
    expect(open < close).toBe(true);
  });
});

describe('the Gladsaxe guide', () => {
  const gladsaxe: Guide = GUIDES.gladsaxe;
  const level = (id: LevelId) => gladsaxe.levels.find((l) => l.id === id)!;

  it('asks at red whether there are children under 18 in the home', () => {
    const checks = level('red').checks;
    expect(checks.some((c) => c.text.da.includes('børn under 18 år i hjemmet') && c.text.en.includes('under 18'))).toBe(true);
  });

  it('sends red to Den Sociale Døgnvagt and Københavns Vestegns Politi', () => {
    const phones = phonesOf(level('red').contactIds.map((id) => findContact(gladsaxe, id)!));
    expect(phones.map((p) => p.number)).toEqual(['39575410', '43861448', '114']);
  });

  it('sends yellow and orange to the resource network, but not the talk with the nearest manager', () => {
    expect(level('yellow').contactIds).toEqual(['resource-network']);
    expect(level('orange').contactIds).toEqual(['resource-network']);
    const leaderTalk = level('orange').actions.find((a) => a.text.da.startsWith('Drøftelse med nærmeste leder'));
    expect(leaderTalk).toBeDefined();
    expect(leaderTalk).not.toHaveProperty('contactIds');
  });

  it('cites Servicelovens §12A and §49A under Mistanke', () => {
    expect(level('orange').legalRefIds.map((id) => gladsaxe.legalRefs.find((l) => l.id === id)?.citation)).toEqual([
      'Servicelovens §12A',
      'Servicelovens §49A',
    ]);
  });

  it('serves everyone alike, without audiences', () => {
    expect(gladsaxe.audiences).toEqual([]);
  });
});

describe('the Aalborg guide', () => {
  const aalborg: Guide = GUIDES.aalborg;
  const contact = (id: string) => findContact(aalborg, id)!;
  const audience = (id: string) => aalborg.audiences.find((a) => a.id === id)!;

  it('flags that the source gives VISO two different numbers, and labels each', () => {
    const viso = contact('viso');
    expect(viso.phones.map((p) => p.number)).toEqual(['72414000', '72424000']);
    expect(viso.phones.every((p) => p.label?.da && p.label.en)).toBe(true);
    for (const text of [viso.needsVerification!.da, viso.needsVerification!.en]) {
      expect(digits(text)).toContain('72414000');
      expect(digits(text)).toContain('72424000');
    }
  });

  it('flags that the person on 25 20 28 49 is called both Fiolla and Anne', () => {
    const person = contact('fiolla-anne');
    expect(person.phones.map((p) => p.number)).toEqual(['25202849']);
    for (const text of [person.name, person.needsVerification!.da, person.needsVerification!.en]) {
      expect(text).toContain('Fiolla');
      expect(text).toContain('Anne');
    }
  });

  it('has the three audiences with ordered steps, concern before acute', () => {
    expect(aalborg.audiences.map((a) => a.id)).toEqual(['caseworker-under-18', 'caseworker-over-18', 'professional']);
    expect(aalborg.levels).toEqual([]);
    for (const a of aalborg.audiences) {
      expect(a.steps[0]!.stage).toBe('concern');
      expect(a.steps.some((s) => s.stage === 'acute' && s.contactIds?.includes('merete-lykke-aagaard'))).toBe(true);
    }
  });

  it.each(['caseworker-under-18', 'caseworker-over-18', 'professional'])('tells %s not to discuss the concern with the family nor write to the home', (id) => {
    const doNot = audience(id).attentionPoints.filter((p) => p.kind === 'do-not').map((p) => p.text.da);
    expect(doNot.some((t) => t.startsWith('Drøft ikke'))).toBe(true);
    expect(doNot.some((t) => t.startsWith('Send ikke') && t.includes('sms'))).toBe(true);
  });

  it('allows ordinary letters only for citizens over 18', () => {
    const dos = aalborg.audiences.flatMap((a) => a.attentionPoints.filter((p) => p.kind === 'do').map(() => a.id));
    expect(dos).toEqual(['caseworker-over-18']);
  });

  it('gives police 114 and Den Sociale Døgnvagt (under 18) outside opening hours', () => {
    for (const id of ['caseworker-under-18', 'professional']) expect(audience(id).afterHoursContactIds).toEqual(['politi', 'den-sociale-doegnvagt']);
    expect(contact('politi').phones.map((p) => p.number)).toEqual(['114']);
    expect(contact('den-sociale-doegnvagt')).toMatchObject({ ageGroup: 'under-18', phones: [{ number: '96301448' }] });
  });

  it('flags that the source names no after-hours contacts for case workers over 18', () => {
    expect(audience('caseworker-over-18').afterHoursContactIds).toEqual([]);
    const note = aalborg.notes.find((n) => n.id === 'note-no-after-hours-over-18');
    expect(note?.needsVerification?.da).toBeTruthy();
    expect(note?.needsVerification?.en).toBeTruthy();
  });

  it('keeps the crisis centre and RED Safehouse to case workers over 18', () => {
    for (const id of ['krisecenter', 'red-safehouse']) expect(contact(id).audiences).toEqual(['caseworker-over-18']);
  });

  it('marks the professional steps on notification under SEL § 153 as under 18 only', () => {
    const notification = audience('professional').steps.find((s) => s.legalRefIds?.includes('sel-153'));
    expect(notification?.ageGroup).toBe('under-18');
  });

  it('lists the safety plan questions for every audience', () => {
    for (const a of aalborg.audiences) {
      expect(a.safetyPlan.filter((q) => q.text.da.endsWith('?'))).toHaveLength(3);
    }
  });
});
