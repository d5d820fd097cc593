// Compiles match phrases once; answers "which vocabulary words does this question contain, and how surely".
import { COMMON_WORDS } from './common-words.js';
import { fold, isKnownWord, rememberWordForms, wordForms } from './normalize.js';

/** How surely a question token stands for a vocabulary word. */
export const QUALITY = { exact: 1, prefix: 0.9, inner: 0.85, typo: 0.8 } as const;

const MIN_PREFIX = 4;
const MIN_INNER = 6;
const MIN_TYPO = 5;
const SLOT_BONUS = 0.25;
/** A "+" slot's word must come within this many tokens after the word of the slot before it. */
const NEAR = 2;

export interface CompiledPhrase {
  readonly id: number;
  /** Each slot lists the vocabulary word ids that satisfy it. */
  readonly slots: readonly (readonly number[])[];
  /**
   * Slots written with a leading "+" ("ende|afslutte +det +hele"): true where the slot's word must follow the word of the
   * slot before it within NEAR tokens. The other slots may stand anywhere in the question.
   */
  readonly near?: readonly boolean[];
}

export interface PhraseHit extends PhraseScore {
  /** The phrase's id, as compile returned it. */
  readonly id: number;
}

export interface PhraseScore {
  /** When every slot is present: mean slot quality, plus a quarter per extra slot (longer phrases are more specific); else 0. */
  readonly full: number;
  /** Share of slots present, for near-misses offered as candidates. */
  readonly partial: number;
  /** Mean slot quality of a full match (1 = every word exact), else 0. */
  readonly sureness: number;
}

export class PhraseIndex {
  private readonly forms: string[] = [];
  private readonly allForms: (readonly string[])[] = [];
  private readonly exact = new Map<string, number[]>();
  private readonly deletes = new Map<string, number[]>();
  /** Shortest form → word ids, for compound lookups (a token's prefixes and inner parts). */
  private readonly byShortest = new Map<string, number[]>();
  /** First three letters of every form: the gate for stemming unknown words. */
  private readonly formStarts = new Set<string>();
  /** Results for known words; cleared when the vocabulary grows. */
  private readonly knownTokens = new Map<string, readonly number[]>();
  private readonly wordIds = new Map<string, number>();
  /** Word id → ids of the phrases that use it: a question scores only phrases with a word it contains. */
  private readonly phrasesOfWord: number[][] = [];
  private readonly phrases: CompiledPhrase[] = [];
  /** The phrases and their words as flat arrays, with scratch space for one question; rebuilt after a compile. */
  private packed: Packed | undefined;

  compile(phrase: string): CompiledPhrase {
    const written = phrase.trim().toLowerCase().split(/\s+/).filter(Boolean);
    const slots = written.map((slot) => slot.replace(/^\+/, '').split('|').filter(Boolean).map((word) => this.addWord(word)));
    const near = written.map((slot, i) => i > 0 && slot.startsWith('+'));
    const compiled: CompiledPhrase = near.some(Boolean) ? { id: this.phrases.length, slots, near } : { id: this.phrases.length, slots };
    this.phrases.push(compiled);
    for (const wordId of new Set(slots.flat())) this.phrasesOfWord[wordId]?.push(compiled.id);
    this.packed = undefined;
    return compiled;
  }

  /**
   * Every phrase with at least one word of the question, by ascending id, with its score; the phrases left out score
   * zero. The question's words go into scratch arrays indexed by word id, and are cleared before returning.
   */
  scorePhrases(tokens: readonly string[]): PhraseHit[] {
    const packed = (this.packed ??= pack(this.phrases, this.phrasesOfWord));
    const { quality, foundIds, seen, phraseIds } = packed;
    let foundCount = 0;
    let phraseCount = 0;
    const perToken: (readonly number[])[] = [];
    try {
      for (const token of tokens) {
        const matches = this.tokenMatches(token);
        perToken.push(matches);
        for (let i = 0; i < matches.length; i += 2) {
          const id = matches[i]!;
          const q = matches[i + 1]!;
          if (quality[id]! >= q) continue;
          if (quality[id] === 0) foundIds[foundCount++] = id;
          quality[id] = q;
        }
      }
      for (let f = 0; f < foundCount; f += 1) {
        const word = foundIds[f]!;
        for (let i = packed.wordPhraseStart[word]!; i < packed.wordPhraseStart[word + 1]!; i += 1) {
          const phrase = packed.wordPhrases[i]!;
          if (seen[phrase] === 0) {
            seen[phrase] = 1;
            phraseIds[phraseCount++] = phrase;
          }
        }
      }
      const ids = phraseIds.subarray(0, phraseCount).sort();
      const hits: PhraseHit[] = [];
      for (const id of ids) {
        const hit = scorePacked(packed, id);
        const near = this.phrases[id]!.near;
        // A full match whose "+" words stand apart ("et andet sted end … hele tiden") is not the phrase.
        hits.push(hit.full > 0 && near && !inOrderNear(this.phrases[id]!.slots, near, perToken) ? { ...hit, full: 0, sureness: 0 } : hit);
      }
      return hits;
    } finally {
      for (let f = 0; f < foundCount; f += 1) quality[foundIds[f]!] = 0;
      for (let p = 0; p < phraseCount; p += 1) seen[phraseIds[p]!] = 0;
    }
  }

  /** Word id → best quality with which some token of the question matched it (the plain form of what scorePhrases reads). */
  matchTokens(tokens: readonly string[]): Map<number, number> {
    const found = new Map<number, number>();
    for (const token of tokens) {
      const matches = this.tokenMatches(token);
      for (let i = 0; i < matches.length; i += 2) if ((found.get(matches[i]!) ?? 0) < matches[i + 1]!) found.set(matches[i]!, matches[i + 1]!);
    }
    return found;
  }

  /** The vocabulary word behind an id, as stored (folded; "=form" when only its written form counts): for tests. */
  wordOf(id: number): string | undefined {
    for (const [word, wordId] of this.wordIds) if (wordId === id) return word;
    return undefined;
  }

  /** Ids of the compiled phrases that use a vocabulary word. */
  phrasesWith(wordId: number): readonly number[] {
    return this.phrasesOfWord[wordId] ?? [];
  }

  /**
   * What one token matches, as flat pairs: word id, quality, word id, quality… Known words (our vocabulary and common
   * words, never message words) are worked out once.
   */
  private tokenMatches(token: string): readonly number[] {
    const known = this.knownTokens.get(token);
    if (known) return known;
    const matches: number[] = [];
    const note = (id: number, quality: number): void => {
      matches.push(id, quality);
    };
    const folded = fold(token);
    // A stem keeps its word's first letters: a word no vocabulary form starts like cannot meet one by stem.
    const tokenForms = isKnownWord(token) || this.formStarts.has(folded.slice(0, 3)) ? wordForms(token) : [folded];
    let exactHit = false;
    for (const form of tokenForms) {
      for (const id of this.exact.get(form) ?? []) {
        note(id, QUALITY.exact);
        exactHit = true;
      }
    }
    this.matchCompoundParts(folded, note);
    // A real word ("meget") is never read as a typo of a vocabulary word ("merete").
    if (!exactHit && folded.length >= MIN_TYPO && !COMMON_WORDS.has(token)) this.matchTypos(tokenForms, note);
    if (isKnownWord(token)) this.knownTokens.set(token, matches);
    return matches;
  }

  private addWord(word: string): number {
    const literal = word.startsWith('=');
    const key = literal ? word : fold(word);
    const known = this.wordIds.get(key);
    if (known !== undefined) return known;
    const id = this.forms.length;
    this.wordIds.set(key, id);
    this.phrasesOfWord.push([]);
    this.knownTokens.clear();
    if (literal) {
      const form = fold(word.slice(1));
      this.forms.push(form);
      this.allForms.push([form]);
      this.formStarts.add(form.slice(0, 3));
      push(this.exact, form, id);
      return id;
    }
    // Vocabulary is compared by its Danish stem when that is shorter; the folded word otherwise.
    rememberWordForms([word]);
    const forms = wordForms(word);
    const shortest = forms.reduce((a, b) => (b.length < a.length ? b : a));
    this.forms.push(shortest);
    this.allForms.push(forms);
    push(this.byShortest, shortest, id);
    for (const form of forms) {
      this.formStarts.add(form.slice(0, 3));
      push(this.exact, form, id);
      if (form.length >= MIN_TYPO) for (const variant of deletionsOf(form)) push(this.deletes, variant, id);
    }
    return id;
  }

  /** Danish compounds: a vocabulary word at the start of a token ("tvangsgift|es") or inside it ("tvangs|ægteskab"). */
  private matchCompoundParts(folded: string, note: (id: number, quality: number) => void): void {
    for (let end = MIN_PREFIX; end < folded.length; end += 1) {
      for (const id of this.byShortest.get(folded.slice(0, end)) ?? []) note(id, QUALITY.prefix);
    }
    for (let start = 1; start + MIN_INNER <= folded.length; start += 1) {
      for (let end = start + MIN_INNER; end <= folded.length; end += 1) {
        for (const id of this.byShortest.get(folded.slice(start, end)) ?? []) note(id, QUALITY.inner);
      }
    }
  }

  private matchTypos(tokenForms: readonly string[], note: (id: number, quality: number) => void): void {
    for (const form of tokenForms) {
      if (form.length < MIN_TYPO) continue;
      for (const variant of [form, ...deletionsOf(form)]) {
        for (const id of this.deletes.get(variant) ?? []) {
          if (this.allForms[id]?.some((target) => withinOneEdit(form, target))) note(id, QUALITY.typo);
        }
      }
    }
  }
}

/** Phrases, slots and words in flat arrays (one pass over contiguous memory per question), with scratch space. */
interface Packed {
  /** Word id → its range in wordPhrases: the ids of the phrases that use the word. */
  readonly wordPhraseStart: Int32Array;
  readonly wordPhrases: Int32Array;
  /** Phrase id → its range of slots; slot → its range in slotWords. */
  readonly phraseSlotStart: Int32Array;
  readonly slotWordStart: Int32Array;
  readonly slotWords: Int32Array;
  /** Scratch, zero between questions: best quality per word id, the word ids set, phrase marks, the phrase ids marked. */
  readonly quality: Float64Array;
  readonly foundIds: Int32Array;
  readonly seen: Uint8Array;
  readonly phraseIds: Int32Array;
}

function pack(phrases: readonly CompiledPhrase[], phrasesOfWord: readonly (readonly number[])[]): Packed {
  const slots = phrases.flatMap((phrase) => phrase.slots);
  return {
    wordPhraseStart: starts(phrasesOfWord),
    wordPhrases: Int32Array.from(phrasesOfWord.flat()),
    phraseSlotStart: starts(phrases.map((phrase) => phrase.slots)),
    slotWordStart: starts(slots),
    slotWords: Int32Array.from(slots.flat()),
    quality: new Float64Array(phrasesOfWord.length),
    foundIds: new Int32Array(phrasesOfWord.length),
    seen: new Uint8Array(phrases.length),
    phraseIds: new Int32Array(phrases.length),
  };
}

/**
 * True when every run of "+" slots is found in the question in order, each word within NEAR tokens after the one
 * before it. perToken holds each token's matches as flat pairs (word id, quality).
 */
function inOrderNear(slots: readonly (readonly number[])[], near: readonly boolean[], perToken: readonly (readonly number[])[]): boolean {
  const matchesSlot = (position: number, slot: number): boolean => {
    const matches = perToken[position];
    if (!matches) return false;
    for (let i = 0; i < matches.length; i += 2) if (slots[slot]!.includes(matches[i]!)) return true;
    return false;
  };
  // From a token matching slot `slot`, the run continues through the "+" slots that follow it.
  const runFrom = (position: number, slot: number): boolean => {
    if (slot + 1 >= slots.length || !near[slot + 1]) return true;
    for (let next = position + 1; next <= position + NEAR; next += 1) if (matchesSlot(next, slot + 1) && runFrom(next, slot + 1)) return true;
    return false;
  };
  for (let slot = 0; slot < slots.length; slot += 1) {
    if (near[slot] || !near[slot + 1]) continue; // only where a run starts
    let found = false;
    for (let position = 0; position < perToken.length && !found; position += 1) found = matchesSlot(position, slot) && runFrom(position, slot);
    if (!found) return false;
  }
  return true;
}

/** Offsets of each list in the concatenation of all of them, plus the total at the end. */
function starts(lists: readonly (readonly unknown[])[]): Int32Array {
  const offsets = new Int32Array(lists.length + 1);
  lists.forEach((list, i) => (offsets[i + 1] = offsets[i]! + list.length));
  return offsets;
}

/** When every slot is present: mean slot quality, plus a quarter per extra slot; the share of slots present either way. */
function scorePacked(packed: Packed, id: number): PhraseHit {
  const { phraseSlotStart, slotWordStart, slotWords, quality } = packed;
  let sum = 0;
  let present = 0;
  const first = phraseSlotStart[id]!;
  const total = phraseSlotStart[id + 1]! - first;
  for (let slot = first; slot < first + total; slot += 1) {
    let best = 0;
    for (let i = slotWordStart[slot]!; i < slotWordStart[slot + 1]!; i += 1) best = Math.max(best, quality[slotWords[i]!]!);
    if (best > 0) present += 1;
    sum += best;
  }
  const sureness = total > 0 && present === total ? sum / total : 0;
  return { id, full: sureness * (1 + SLOT_BONUS * (total - 1)), partial: total > 0 ? present / total : 0, sureness };
}

function push(map: Map<string, number[]>, key: string, id: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [id]);
  else if (!list.includes(id)) list.push(id);
}

/** The word itself and every string one deletion away (symmetric-delete typo lookup). */
function deletionsOf(word: string): string[] {
  const variants = [word];
  for (let i = 0; i < word.length; i += 1) variants.push(word.slice(0, i) + word.slice(i + 1));
  return variants;
}

/** True when a and b differ by one insertion, deletion, substitution or adjacent transposition. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
