// Text → comparable word forms: Snowball stems (Danish and English) folded so æ/ø/å typed as ae/oe/aa, o or a still meet.
import { newStemmer } from 'snowball-stemmers';

const danish = newStemmer('danish');
const english = newStemmer('english');

/** Longest question text that is matched; the rest is ignored so cost per message stays bounded. */
export const MAX_QUESTION_CHARS = 600;

const WORD = /[\p{L}\p{N}]+/gu;

export function tokenize(text: string): string[] {
  // "§" is a word here: "§ 52" and "paragraf 52" ask the same.
  return text.slice(0, MAX_QUESTION_CHARS).toLowerCase().normalize('NFC').replace(/§/g, ' paragraf ').match(WORD) ?? [];
}

/** Canonical spelling: accents dropped, æ/ø/å and their ASCII spellings collapsed to one letter. */
export function fold(word: string): string {
  return word
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ae/g, 'e')
    .replace(/oe/g, 'o')
    .replace(/aa/g, 'a');
}

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
  const forms = new Set([fold(word), fold(danish.stem(word)), fold(english.stem(word))]);
  return [...forms].filter((form) => form.length > 0);
}
