// Built once per guide at start-up: every matchable item with its compiled phrases.
import type { AudienceId, Guide, LevelId, MatchTerms } from '../guide/types.js';
import { COMMON_WORDS } from './common-words.js';
import { LANGUAGE_WORDS } from './cues.js';
import { rememberWordForms } from './normalize.js';
import { PhraseIndex, type CompiledPhrase } from './phrase-index.js';
import { CUES, CUE_IDS, LEGAL_WORDS, LEVEL_COLOUR_WORDS, LEVEL_QUESTION_WORDS, type CueId } from './vocabulary.js';

export type EntryKey =
  | { readonly type: 'sign'; readonly id: string; readonly levelId: LevelId }
  | { readonly type: 'level'; readonly id: LevelId }
  | { readonly type: 'control'; readonly id: LevelId }
  | { readonly type: 'contact'; readonly id: string }
  | { readonly type: 'audience'; readonly id: AudienceId }
  | { readonly type: 'text'; readonly id: string }
  | { readonly type: 'legal'; readonly id: string }
  | { readonly type: 'acute' }
  | { readonly type: 'cue'; readonly id: CueId };

export interface Entry {
  readonly key: EntryKey;
  readonly phrases: readonly CompiledPhrase[];
}

export interface GuideIndex {
  readonly guide: Guide;
  readonly phrases: PhraseIndex;
  readonly entries: readonly Entry[];
  /** Phrase id → its compiled phrase and the entry it belongs to. */
  readonly phraseList: readonly { readonly phrase: CompiledPhrase; readonly entry: Entry }[];
  /** Phone number (digits) → contact ids, for questions that quote a number. */
  readonly contactsByPhone: ReadonlyMap<string, readonly string[]>;
}

export function buildGuideIndex(guide: Guide): GuideIndex {
  const phrases = new PhraseIndex();
  const entries: Entry[] = [];
  const add = (key: EntryKey, terms: MatchTerms | readonly string[] | undefined): void => {
    const list = terms === undefined ? [] : 'phrases' in terms ? terms.phrases : terms;
    if (list.length > 0) entries.push({ key, phrases: list.map((phrase) => phrases.compile(phrase)) });
  };
  for (const level of guide.levels) {
    // A colour word alone asks about the level ("when does something count as red?"); with "felt"/"level" even more so.
    add({ type: 'level', id: level.id }, [...level.match.phrases, LEVEL_COLOUR_WORDS[level.id], `${LEVEL_COLOUR_WORDS[level.id]} ${LEVEL_QUESTION_WORDS}`]);
    add({ type: 'control', id: level.id }, level.control);
    for (const sign of level.signs) add({ type: 'sign', id: sign.id, levelId: level.id }, sign.match);
  }
  for (const contact of guide.contacts) add({ type: 'contact', id: contact.id }, contact.match);
  for (const audience of guide.audiences) {
    add({ type: 'audience', id: audience.id }, audience.match);
    for (const text of [...audience.steps, ...audience.attentionPoints, ...audience.safetyPlan]) add({ type: 'text', id: text.id }, text.match);
  }
  for (const ref of guide.legalRefs) add({ type: 'legal', id: ref.id }, legalPhrases(ref.citation));
  add({ type: 'acute' }, guide.acuteCues);
  for (const id of CUE_IDS) add({ type: 'cue', id }, CUES[id]);
  const phraseList = entries.flatMap((entry) => entry.phrases.map((phrase) => ({ phrase, entry }))).sort((a, b) => a.phrase.id - b.phrase.id);
  rememberWordForms([...COMMON_WORDS, ...LANGUAGE_WORDS]);
  const contactsByPhone = new Map<string, string[]>();
  for (const contact of guide.contacts) {
    for (const phone of contact.phones) contactsByPhone.set(phone.number, [...(contactsByPhone.get(phone.number) ?? []), contact.id]);
  }
  return { guide, phrases, entries, phraseList, contactsByPhone };
}

/** "SEL § 50, stk. 3" → "50 paragraf|sel|…" and "50 3 stk|stykke": the number with a legal word, the subsection more specific. */
function legalPhrases(citation: string): string[] {
  const match = /§\s*(\d+\s*[a-z]?)(?:,?\s*(?:stk\.?|stykke)\s*(\d+))?/i.exec(citation);
  if (!match?.[1]) return [];
  const section = match[1].replace(/\s+/g, '').toLowerCase();
  return [`${section} ${LEGAL_WORDS}`, ...(match[2] ? [`${section} ${match[2]} stk|stykke`] : [])];
}
