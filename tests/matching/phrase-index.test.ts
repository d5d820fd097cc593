import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsCpr, redactCpr } from '../../src/matching/cpr.js';
import { fold, tokenize, MAX_QUESTION_CHARS } from '../../src/matching/normalize.js';
import { getGuide, MUNICIPALITY_IDS } from '../../src/guide/index.js';
import { buildGuideIndex } from '../../src/matching/guide-index.js';
import { PhraseIndex, withinOneEdit, type CompiledPhrase, type PhraseScore } from '../../src/matching/phrase-index.js';

/** The phrase's score for a question: what scorePhrases reports for it, or zero when it leaves the phrase out. */
function scoreOf(index: PhraseIndex, phrase: CompiledPhrase, text: string): PhraseScore {
  const hit = index.scorePhrases(tokenize(text)).find((h) => h.id === phrase.id);
  return hit ? { full: hit.full, partial: hit.partial, sureness: hit.sureness } : { full: 0, partial: 0, sureness: 0 };
}

/**
 * The plain definition of a phrase's score, from the word qualities in a Map: the oracle for the packed arrays. A "+" slot
 * must match a token one or two places after a token matching the slot before it (perToken: the word ids of each token).
 */
function plainScore(phrase: CompiledPhrase, found: ReadonlyMap<number, number>, perToken: readonly ReadonlySet<number>[] = []): PhraseScore {
  let sum = 0;
  let present = 0;
  for (const slot of phrase.slots) {
    const best = Math.max(0, ...slot.map((id) => found.get(id) ?? 0));
    if (best > 0) present += 1;
    sum += best;
  }
  const total = phrase.slots.length;
  const near = phrase.near ?? [];
  const positionsOf = (slot: number) => perToken.flatMap((ids, position) => (phrase.slots[slot]!.some((id) => ids.has(id)) ? [position] : []));
  // Every run of "+" slots: some chain of positions, each one or two after the one before.
  const runsHold = phrase.slots.every((_, slot) => {
    if (near[slot] || !near[slot + 1]) return true;
    let ends = positionsOf(slot);
    for (let next = slot + 1; near[next]; next += 1) {
      const candidates = positionsOf(next);
      ends = candidates.filter((position) => ends.some((end) => position - end >= 1 && position - end <= 2));
    }
    return ends.length > 0;
  });
  const sureness = present === total && runsHold ? sum / total : 0;
  return { full: sureness * (1 + 0.25 * (total - 1)), partial: present / total, sureness };
}

describe('fold', () => {
  it.each([
    ['tvangsægteskab', 'tvangsaegteskab'],
    ['møder', 'moeder'],
    ['møder', 'moder'],
    ['åbningstid', 'aabningstid'],
    ['åbningstid', 'abningstid'],
  ])('spells "%s" and "%s" alike', (a, b) => {
    expect(fold(a)).toBe(fold(b));
  });

  it('gives what the full chain of replacements gives, for any word (its ASCII fast path changes nothing)', () => {
    const slow = (word: string) =>
      word.replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa').normalize('NFD').replace(/\p{M}/gu, '').replace(/ae/g, 'e').replace(/oe/g, 'o').replace(/aa/g, 'a');
    const letters = fc.constantFrom(...'aeoæøåéüxyz1'.split(''), 'e\u0301');
    fc.assert(fc.property(fc.array(letters, { maxLength: 12 }).map((parts) => parts.join('')), (word) => fold(word) === slow(word)), { numRuns: 2_000 });
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 12 }), (word) => fold(word) === slow(word)), { numRuns: 2_000 });
  });
});

describe('withinOneEdit', () => {
  it.each([
    ['isoleret', 'isoleret', true],
    ['isoleret', 'isolerte', true],
    ['isoleret', 'isloeret', true],
    ['isoleret', 'isolret', true],
    ['isoleret', 'isolerett', true],
    ['isoleret', 'isolerxt', true],
    ['isoleret', 'ixolerxt', false],
    ['abc', 'abcde', false],
  ] as const)('%s ~ %s is %s', (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
  });
});

describe('PhraseIndex', () => {
  it('holds a "+" slot to within two tokens after the slot before it, in order; the other slots may stand anywhere', () => {
    const index = new PhraseIndex();
    const phrase = index.compile('vil|ønsker ende|afslutte +det +hele');
    expect(scoreOf(index, phrase, 'hun vil ende det hele').full).toBeGreaterThan(0);
    expect(scoreOf(index, phrase, 'hun ønsker at afslutte altså det hele').full).toBeGreaterThan(0);
    expect(scoreOf(index, phrase, 'det hele vil hun ende').full).toBe(0);
    expect(scoreOf(index, phrase, 'hun vil et andet sted end skolen, og det ringer han om hele tiden').full).toBe(0);
    expect(scoreOf(index, phrase, 'hun vil et andet sted end skolen, og det ringer han om hele tiden').partial).toBe(1);
    expect(phrase.near).toEqual([false, false, true, true]);
    expect(index.compile('vil ende det hele').near).toBeUndefined();
  });

  const index = new PhraseIndex();
  const phrase = index.compile('aldrig|never alene|alone');

  it('scores a phrase only when every slot is present', () => {
    expect(scoreOf(index, phrase, 'hun er aldrig alene')).toEqual({ full: 1.25, partial: 1, sureness: 1 });
    expect(scoreOf(index, phrase, 'hun er alene')).toEqual({ full: 0, partial: 0.5, sureness: 0 });
  });

  it('rates a longer phrase above a shorter one with the same words', () => {
    const short = index.compile('alene');
    expect(scoreOf(index, phrase, 'aldrig alene').full).toBeGreaterThan(scoreOf(index, short, 'aldrig alene').full);
  });

  it('matches across languages, stems and typos, with lower quality for typos', () => {
    expect(scoreOf(index, phrase, 'never comes alone').sureness).toBe(1);
    const typo = scoreOf(index, phrase, 'aldrig alnee').sureness;
    expect(typo).toBeGreaterThan(0.85);
    expect(typo).toBeLessThan(1);
  });

  it('never reads a common word as a typo of a name ("meget" is not "merete")', () => {
    const name = index.compile('merete');
    expect(scoreOf(index, name, 'virker meget kontrolleret').full).toBe(0);
    expect(scoreOf(index, name, 'mereet telefon').full).toBeGreaterThan(0);
  });

  it.each(MUNICIPALITY_IDS)('scores as the plain definition does, question after question (%s: packed arrays, scratch cleared)', (municipality) => {
    const guide = getGuide(municipality);
    const index = buildGuideIndex(guide);
    const phrases = index.phraseList.map((owner) => owner.phrase);
    const phraseTexts = [...guide.levels.flatMap((level) => level.signs.flatMap((sign) => sign.match.phrases)), ...guide.contacts.flatMap((contact) => contact.match.phrases)];
    const words = [...new Set(phraseTexts.flatMap((text) => text.split(/[\s|]+/)).map((word) => word.replace(/^\+?=?/, '')))];
    const typo = (word: string) => (word.length > 5 ? word.slice(0, 2) + word.slice(3) : word);
    const word = fc.oneof(fc.constantFrom(...words), fc.constantFrom(...words).map(typo), fc.constantFrom('hun', 'er', 'aldrig', 'xyzzy', 'tvangsægteskabet', 'never', 'kommer', 'ud'));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), (parts) => {
        const tokens = tokenize(parts.join(' '));
        const found = index.phrases.matchTokens(tokens);
        const perToken = tokens.map((token) => new Set(index.phrases.matchTokens([token]).keys()));
        const expected = phrases.map((phrase) => ({ id: phrase.id, ...plainScore(phrase, found, perToken) })).filter((hit) => hit.partial > 0);
        expect(index.phrases.scorePhrases(tokens)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('bounds the text it reads', () => {
    expect(tokenize('a '.repeat(10_000)).length).toBeLessThanOrEqual(MAX_QUESTION_CHARS / 2);
  });
});

describe('CPR numbers', () => {
  it.each(['010190-1234', '0101901234', '010190 1234', 'cpr 311299-4321 her'])('finds one in "%s"', (text) => {
    expect(containsCpr(text)).toBe(true);
    expect(redactCpr(text)).not.toMatch(/\d{4}/);
  });

  it.each(['39 57 54 10', '114', '2026-11-21', '999999-1234', '12345678901'])('does not flag "%s"', (text) => {
    expect(containsCpr(text)).toBe(false);
  });
});

describe('literal words ("=word")', () => {
  const index = new PhraseIndex();
  const danger = index.compile('i =fare');

  it('match their written form', () => {
    expect(scoreOf(index, danger, 'hun er i fare').sureness).toBe(1);
  });

  it('do not match words that only share their stem ("far", "får")', () => {
    expect(scoreOf(index, danger, 'hendes far er altid med i jobcenteret').full).toBe(0);
    expect(scoreOf(index, danger, 'hun får ikke lov til at gå i praktik').full).toBe(0);
  });
});
