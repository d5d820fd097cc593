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
    expect(PhraseIndex.score(phrase, index.matchTokens(tokenize('hun er aldrig alene'))).full).toBe(2);
    expect(PhraseIndex.score(phrase, index.matchTokens(tokenize('hun er alene'))).full).toBe(0);
    expect(PhraseIndex.score(phrase, index.matchTokens(tokenize('hun er alene'))).partial).toBe(0.5);
  });

  it('matches across languages, stems and typos, with lower quality for typos', () => {
    expect(PhraseIndex.score(phrase, index.matchTokens(tokenize('never comes alone'))).full).toBe(2);
    const typo = PhraseIndex.score(phrase, index.matchTokens(tokenize('aldrig alnee'))).full;
    expect(typo).toBeGreaterThan(1.5);
    expect(typo).toBeLessThan(2);
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
    expect(PhraseIndex.score(danger, index.matchTokens(tokenize('hun er i fare'))).full).toBe(2);
  });

  it('do not match words that only share their stem ("far", "får")', () => {
    expect(PhraseIndex.score(danger, index.matchTokens(tokenize('hendes far er altid med i jobcenteret'))).full).toBe(0);
    expect(PhraseIndex.score(danger, index.matchTokens(tokenize('hun får ikke lov til at gå i praktik'))).full).toBe(0);
  });
});
