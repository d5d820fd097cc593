import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsCpr, redactCpr } from '../../src/matching/cpr.js';
import { fold, tokenize, MAX_QUESTION_CHARS } from '../../src/matching/normalize.js';
import { PhraseIndex, withinOneEdit } from '../../src/matching/phrase-index.js';

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
  const index = new PhraseIndex();
  const phrase = index.compile('aldrig|never alene|alone');

  it('scores a phrase only when every slot is present', () => {
    expect(PhraseIndex.score(phrase, index.matchTokens(tokenize('hun er aldrig alene')))).toEqual({ full: 1.25, partial: 1, sureness: 1 });
    expect(PhraseIndex.score(phrase, index.matchTokens(tokenize('hun er alene')))).toEqual({ full: 0, partial: 0.5, sureness: 0 });
  });

  it('rates a longer phrase above a shorter one with the same words', () => {
    const short = index.compile('alene');
    const found = index.matchTokens(tokenize('aldrig alene'));
    expect(PhraseIndex.score(phrase, found).full).toBeGreaterThan(PhraseIndex.score(short, found).full);
  });

  it('matches across languages, stems and typos, with lower quality for typos', () => {
    expect(PhraseIndex.score(phrase, index.matchTokens(tokenize('never comes alone'))).sureness).toBe(1);
    const typo = PhraseIndex.score(phrase, index.matchTokens(tokenize('aldrig alnee'))).sureness;
    expect(typo).toBeGreaterThan(0.85);
    expect(typo).toBeLessThan(1);
  });

  it('never reads a common word as a typo of a name ("meget" is not "merete")', () => {
    const name = index.compile('merete');
    expect(PhraseIndex.score(name, index.matchTokens(tokenize('virker meget kontrolleret'))).full).toBe(0);
    expect(PhraseIndex.score(name, index.matchTokens(tokenize('mereet telefon'))).full).toBeGreaterThan(0);
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
    expect(PhraseIndex.score(danger, index.matchTokens(tokenize('hun er i fare'))).sureness).toBe(1);
  });

  it('do not match words that only share their stem ("far", "får")', () => {
    expect(PhraseIndex.score(danger, index.matchTokens(tokenize('hendes far er altid med i jobcenteret'))).full).toBe(0);
    expect(PhraseIndex.score(danger, index.matchTokens(tokenize('hun får ikke lov til at gå i praktik'))).full).toBe(0);
  });
});
