// Pure: question text → what is asked (intent) and which guide items answer it, with a confidence.
import type { AgeGroup, AudienceId, Lang, LevelId } from '../guide/types.js';
import { LEVEL_IDS } from '../guide/types.js';
import { containsCpr, redactCpr } from './cpr.js';
import { withoutDistantDanger } from './distant-danger.js';
import { withoutAnsweredFields } from './form-fields.js';
import { plainWords, withoutDeniedWedding } from './idioms.js';
import { withLoanwordsRead } from './loanwords.js';
import { withoutTakenBack } from './taken-back.js';
import { detectLanguage, isChildMarriage, readAgeGroup } from './cues.js';
import type { Entry, EntryKey, GuideIndex } from './guide-index.js';
import { MAX_QUESTION_CHARS, tokenize } from './normalize.js';
import type { CueId } from './vocabulary.js';

export const TOPIC_CUES = ['safety-plan', 'message-home', 'family-talk', 'duty', 'legal', 'report', 'sparring', 'children', 'after-hours'] as const;
export type Topic = (typeof TOPIC_CUES)[number];

export interface Candidate {
  readonly type: 'sign' | 'level' | 'contact';
  readonly id: string;
}

export type Intent =
  | {
      readonly kind: 'situation';
      /** The level to answer with; undefined when the question names no sign (e.g. a workflow or topic question). */
      readonly levelId: LevelId | undefined;
      readonly signIds: readonly string[];
      readonly acute: boolean;
      readonly topics: readonly Topic[];
      readonly textIds: readonly string[];
      readonly legalRefIds: readonly string[];
      readonly contactIds: readonly string[];
    }
  | { readonly kind: 'contact'; readonly contactIds: readonly string[]; readonly afterHours: boolean }
  | { readonly kind: 'all-contacts'; readonly afterHours: boolean; readonly guidanceFirst?: boolean }
  | { readonly kind: 'level'; readonly levelId: LevelId }
  | { readonly kind: 'overview' }
  | { readonly kind: 'help' }
  | { readonly kind: 'candidates'; readonly candidates: readonly Candidate[] }
  | { readonly kind: 'none' };

export interface QuestionMatch {
  readonly lang: Lang;
  readonly ageGroup: AgeGroup | undefined;
  /** Audiences whose role words the question used, strongest first. */
  readonly audienceIds: readonly AudienceId[];
  readonly caseworker: boolean;
  readonly cpr: boolean;
  /** Longer than MAX_QUESTION_CHARS: only its beginning was read. */
  readonly truncated: boolean;
  readonly intent: Intent;
}

interface Scored {
  readonly key: EntryKey;
  readonly full: number;
  readonly partial: number;
  /** Average quality per slot of the best full phrase (1 = every word exact). */
  readonly sureness: number;
}

/** A sign at a lower level still wins if it scores at least this share of the best sign (over- beats under-triage). */
const HIGHER_LEVEL_SHARE = 0.6;
const LOW_SURENESS = 0.85;
const MAX_CONTACTS = 4;
/**
 * In a guide without levels (Aalborg), a message this long that names a contact and tells whose situation it is ("Har
 * allerede givet hende Etnisk Ungs nummer. Hun er 17, forældrene bestemmer …") is answered as that situation, the
 * named contact first: the workflow's steps still apply. A short request stays a contact request.
 */
const TOLD_SITUATION_WORDS = 15;
/**
 * "Hjælp", "hvad kan du?": a request for the bot's introduction is short. A longer message with "hjælp" in it tells
 * something ("hørte hende kalde på hjælp indefra", set 79) and is never answered with the introduction.
 */
const HELP_WORDS = 10;

export function matchQuestion(index: GuideIndex, text: string, fallbackLang: Lang): QuestionMatch {
  const cpr = containsCpr(text);
  const redacted = cpr ? redactCpr(text) : text;
  // Words quoted in the family's language are read as the vocabulary's words; then what a form answers no to, what the
  // writer takes back, and what is someone else's or long over, is read out of the message before anything else.
  const placed = withoutDistantDanger(withoutTakenBack(withoutAnsweredFields(withLoanwordsRead(redacted))));
  const clean = plainWords(placed);
  const tokens = tokenize(clean);
  const lang = detectLanguage(tokens, fallbackLang);
  const scored = scoreEntries(index, tokens);
  const cues = new Set(scored.filter((s) => s.key.type === 'cue' && s.full > 0).map((s) => (s.key as { id: CueId }).id));
  const audiences = scored
    .filter((s) => s.key.type === 'audience' && s.full > 0)
    .sort((a, b) => b.full - a.full)
    .map((s) => (s.key as { id: AudienceId }).id);
  const ageGroup = readAgeGroup(clean);
  // Read before the idioms: a child's wedding is acute even when she chose it and looks forward to it; only a wedding
  // the message denies ("der blev ikke talt om ægteskab"), answers no to or places elsewhere is not one.
  const childMarriage = isChildMarriage(withoutDeniedWedding(placed), ageGroup);
  return {
    lang,
    ageGroup,
    audienceIds: audiences,
    caseworker: cues.has('caseworker'),
    cpr,
    truncated: clean.length > MAX_QUESTION_CHARS,
    intent:
      tokens.length === 0
        ? { kind: 'help' }
        : decideIntent(index, scored, cues, audiences.length > 0, ageGroup !== undefined, contactsByNumber(index, clean), childMarriage, tokens.length),
  };
}

/** Scores only the phrases that contain a word of the question; every other entry scores zero and is left out. */
function scoreEntries(index: GuideIndex, tokens: readonly string[]): Scored[] {
  const best = new Map<Entry, { key: EntryKey; full: number; partial: number; sureness: number }>();
  // In index order, so ties between entries break the same way whatever word was found first.
  for (const score of index.phrases.scorePhrases(tokens)) {
    const owner = index.phraseList[score.id];
    if (!owner) continue;
    let current = best.get(owner.entry);
    if (!current) {
      current = { key: owner.entry.key, full: 0, partial: 0, sureness: 0 };
      best.set(owner.entry, current);
    }
    if (score.full > current.full) {
      current.full = score.full;
      current.sureness = score.sureness;
    }
    if (score.partial > current.partial) current.partial = score.partial;
  }
  return [...best.values()];
}

function decideIntent(
  index: GuideIndex,
  scored: readonly Scored[],
  cues: ReadonlySet<CueId>,
  roleCue: boolean,
  ageCue: boolean,
  dialled: readonly string[],
  childMarriage: boolean,
  wordCount: number,
): Intent {
  const hits = (type: EntryKey['type']) => scored.filter((s) => s.key.type === type && s.full > 0).sort((a, b) => b.full - a.full);
  const signs = hits('sign');
  const acute = hits('acute').length > 0 || childMarriage;
  const contacts = hits('contact');
  const texts = hits('text');
  const levels = hits('level');
  // Control the card names no sign for: it sets the level as a sign would, and alone it is answered with the level.
  const controls = hits('control');
  const legalRefIds = hits('legal').map((s) => idOf(s.key));
  const textIds = texts.map((s) => idOf(s.key));
  const topics = TOPIC_CUES.filter((topic) => cues.has(topic));
  const afterHours = cues.has('after-hours');
  const contactIds = [...new Set([...dialled, ...topContacts(contacts)])].slice(0, MAX_CONTACTS);

  if (signs.length > 0 || acute) {
    const level = chooseLevel([...signs, ...controls].sort((a, b) => b.full - a.full), acute, index.guide.levels.length > 0);
    const chosen = signs.find((s) => levelOf(s.key) === level) ?? signs[0];
    const sureness = acute ? 1 : (chosen?.sureness ?? 0);
    // Red is never held back for low confidence; an unsure match for a lower level is offered, not asserted.
    if (level !== 'red' && sureness < LOW_SURENESS) {
      return { kind: 'candidates', candidates: candidatesFrom(scored) };
    }
    const signIds = [...signs].sort((a, b) => rank(levelOf(b.key)) - rank(levelOf(a.key)) || b.full - a.full).map((s) => idOf(s.key));
    return { kind: 'situation', levelId: level, signIds, acute: acute || level === 'red', topics, textIds, legalRefIds, contactIds };
  }
  // Two levels named at once ("yellow or red?"): the higher one leads.
  const askedLevel = [...levels, ...controls].sort((a, b) => b.full - a.full || rank(levelOf(b.key)) - rank(levelOf(a.key)))[0];
  if (askedLevel && !(contacts.length > 0 && (cues.has('contact-word') || !cues.has('level-word')))) {
    return { kind: 'level', levelId: levelOf(askedLevel.key) ?? 'yellow' };
  }
  // "Sikkert ophold – hvilken paragraf?" asks for the law, not the shelter's number.
  const asksForLaw = (cues.has('legal') || cues.has('report')) && !cues.has('contact-word') && dialled.length === 0;
  const situationCue = roleCue || ageCue || cues.has('caseworker') || cues.has('guide-question');
  const toldSituation = index.guide.levels.length === 0 && (roleCue || ageCue) && wordCount >= TOLD_SITUATION_WORDS;
  // A name read only through a typo is a contact request only if the question asks for a contact.
  if (!asksForLaw && !toldSituation && (dialled.length > 0 || (contactIds.length > 0 && ((contacts[0]?.sureness ?? 0) >= LOW_SURENESS || cues.has('contact-word'))))) {
    return { kind: 'contact', contactIds, afterHours };
  }
  if (!toldSituation && cues.has('who') && (cues.has('sparring') || cues.has('contact-word'))) return { kind: 'all-contacts', afterHours, guidanceFirst: cues.has('sparring') && !afterHours };
  if (cues.has('all-contacts') || (afterHours && (cues.has('contact-word') || (topics.length === 1 && !situationCue)))) return { kind: 'all-contacts', afterHours };
  // A greeting word is the whole message ("hej", "tak") only when nothing else in it points at the guide: "take" stems
  // to "tak", and "hi, she was taken abroad" is not a request for the bot's introduction.
  const help = cues.has('help') || (cues.has('greeting') && candidatesFrom(scored).length === 0);
  if (help && wordCount <= HELP_WORDS && topics.length === 0 && texts.length === 0 && !roleCue && !ageCue) return { kind: 'help' };
  if (topics.length > 0 || texts.length > 0 || legalRefIds.length > 0 || situationCue) {
    return { kind: 'situation', levelId: undefined, signIds: [], acute: false, topics, textIds, legalRefIds, contactIds };
  }
  if (cues.has('overview')) return { kind: 'overview' };
  if (cues.has('contact-word')) return { kind: 'all-contacts', afterHours: false };
  const candidates = candidatesFrom(scored);
  return candidates.length > 0 ? { kind: 'candidates', candidates } : { kind: 'none' };
}

/** "hvem er 24948819?": contacts whose number the question contains, spaces and +45 allowed. */
function contactsByNumber(index: GuideIndex, text: string): string[] {
  const digits = text.replace(/\+45/g, ' ').replace(/(\d)[\s.-]+(?=\d)/g, '$1').match(/\d{3,8}/g) ?? [];
  return [...new Set(digits.flatMap((number) => index.contactsByPhone.get(number) ?? []))];
}

function chooseLevel(signs: readonly Scored[], acute: boolean, hasLevels: boolean): LevelId | undefined {
  if (!hasLevels) return acute ? 'red' : undefined;
  if (acute || signs.some((s) => levelOf(s.key) === 'red')) return 'red';
  const best = signs[0]?.full ?? 0;
  const eligible = signs.filter((s) => s.full >= best * HIGHER_LEVEL_SHARE);
  return eligible.map((s) => levelOf(s.key)).sort((a, b) => rank(b) - rank(a))[0];
}

/** Every contact the question names, best first; a handful at most so the card stays short. */
function topContacts(contacts: readonly Scored[]): string[] {
  return contacts.slice(0, MAX_CONTACTS).map((s) => idOf(s.key));
}

function candidatesFrom(scored: readonly Scored[]): Candidate[] {
  return scored
    .filter((s) => (s.key.type === 'sign' || s.key.type === 'contact' || s.key.type === 'level') && (s.full > 0 || s.partial >= 0.5))
    .sort((a, b) => b.full + b.partial - (a.full + a.partial) || rank(levelOf(b.key)) - rank(levelOf(a.key)))
    .slice(0, 3)
    .map((s) => ({ type: s.key.type as Candidate['type'], id: idOf(s.key) }));
}

function levelOf(key: EntryKey): LevelId | undefined {
  return key.type === 'sign' ? key.levelId : key.type === 'level' || key.type === 'control' ? key.id : undefined;
}

function idOf(key: EntryKey): string {
  return 'id' in key ? key.id : key.type;
}

function rank(level: LevelId | undefined): number {
  return level === undefined ? -1 : LEVEL_IDS.indexOf(level);
}
