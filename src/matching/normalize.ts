// Text → comparable word forms: Snowball stems (Danish and English) folded so æ/ø/å typed as ae/oe/aa, o or a still meet.
// Snowball's Danish algorithm (Orama's build of the official JavaScript output) and Porter2 for English: both give
// the same stems as the reference snowball-stemmers port (tests/matching/stemmers.test.ts), 10-30x faster.
import type * as OramaDanish from '@orama/stemmers/danish' with { 'resolution-mode': 'import' };
import { stem as englishStem } from 'porter2';

// The package's type declarations are ES-module only; at run time `require` loads its CommonJS build (dist/dk.cjs).
const { stemmer: danishStem } = require('@orama/stemmers/danish') as typeof OramaDanish;

/** The stemmers every word form is made with (exported for the test that holds them to the reference port). */
export const STEMMERS = { danish: danishStem, english: englishStem } as const;

/**
 * Longest question text that is matched; the rest is ignored so cost per message stays bounded, and the answer says so.
 * A long e-mail pasted in whole fits: the detail that decides the level is often in its last lines.
 */
export const MAX_QUESTION_CHARS = 4000;

const WORD = /[\p{L}\p{N}]+/gu;

export function tokenize(text: string): string[] {
  // "§" is a word here: "§ 52" and "paragraf 52" ask the same.
  // "hasn't", "doesn’t": the denial is a word of its own, as in "has not".
  return text.slice(0, MAX_QUESTION_CHARS).toLowerCase().normalize('NFC').replace(/§/g, ' paragraf ').replace(/n['’]t\b/g, ' not').match(WORD) ?? [];
}

/** Canonical spelling: accents dropped, æ/ø/å and their ASCII spellings collapsed to one letter. */
export function fold(word: string): string {
  // Most words are plain ASCII without a digraph: the steps below would leave them as they are.
  const spelled = NON_ASCII.test(word)
    ? word.replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa').normalize('NFD').replace(/\p{M}/gu, '')
    : word;
  return DIGRAPH.test(spelled) ? spelled.replace(/ae/g, 'e').replace(/oe/g, 'o').replace(/aa/g, 'a') : spelled;
}

const NON_ASCII = /[^\u0000-\u007f]/;
const DIGRAPH = /ae|oe|aa/;

// Forms of the vocabulary's and the common words, stemmed once at start-up: stemming is most of a question's cost.
// Only our own word lists go in here, never words from messages.
const knownForms = new Map<string, readonly string[]>();

/** Every form a word is compared by: itself, its Danish stem and its English stem, folded. */
export function wordForms(word: string): readonly string[] {
  return knownForms.get(word) ?? stemAndFold(word);
}

export function isKnownWord(word: string): boolean {
  return knownForms.has(word);
}

export function rememberWordForms(words: Iterable<string>): void {
  for (const word of words) if (!knownForms.has(word)) knownForms.set(word, stemAndFold(word));
}

function stemAndFold(word: string): string[] {
  const forms = new Set([fold(word), fold(danishStem(word)), fold(englishStem(word))]);
  return [...forms].filter((form) => form.length > 0);
}
