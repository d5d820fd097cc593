// The core in one call: question text (+ remembered audience, clock) → Answer. Index built once per guide.
import { LRUCache } from 'lru-cache';
import type { AudienceId, Guide, Lang } from '../guide/types.js';
import { buildGuideIndex, type GuideIndex } from '../matching/guide-index.js';
import { matchQuestion, type QuestionMatch } from '../matching/match-question.js';
import { buildAnswer, type AnswerContext, type FollowUpRequest } from './build-answer.js';
import { answerFollowUp, unknownFollowUpAnswer } from './follow-up.js';
import { isOpen } from './opening-hours.js';
import type { Answer } from './types.js';

export interface AskOptions {
  readonly fallbackLang: Lang;
  readonly rememberedAudience?: AudienceId;
  readonly now: Date;
}

export interface GuideService {
  readonly guide: Guide;
  readonly openingHours: { readonly open: string; readonly close: string };
  ask(text: string, options: AskOptions): { readonly match: QuestionMatch; readonly answer: Answer };
  /** Undefined request (malformed payload) or unknown id → a friendly overview, never an exception. */
  followUp(request: FollowUpRequest | undefined, lang: Lang, options: Omit<AskOptions, 'fallbackLang'>): Answer;
}

/**
 * Answers repeat (items × languages × audiences); 500 keep the common ones. An answer model (no cards in it) holds about
 * 2.3 KB of heap besides the guide's own strings (measured over the 3,248 different answers of the project question set),
 * so the cache stays near 1.2 MB. The set's 12,023 questions in a row, as the benchmark asks them, miss it every time.
 */
const MAX_CACHED_ANSWERS = 500;

export function createGuideService(guide: Guide, openingHours = guide.openingHours.weekdays): GuideService {
  const index: GuideIndex = buildGuideIndex(guide);
  // Keyed by what was matched (ids, enums, flags), never by the text: the cache holds guide content only.
  const answers = new LRUCache<string, Answer>({ max: MAX_CACHED_ANSWERS });
  const context = (options: Omit<AskOptions, 'fallbackLang'>): AnswerContext => ({
    guide,
    open: isOpen(options.now, { weekdays: openingHours }),
    rememberedAudience: options.rememberedAudience,
  });
  return {
    guide,
    openingHours,
    ask(text, options) {
      const match = matchQuestion(index, text, options.fallbackLang);
      const answerContext = context(options);
      const key = answerKey(match, answerContext);
      let answer = answers.get(key);
      if (!answer) {
        answer = buildAnswer(match, answerContext);
        answers.set(key, answer);
      }
      return { match, answer };
    },
    followUp(request, lang, options) {
      const answerContext = context(options);
      return (request && answerFollowUp(request, answerContext, lang)) ?? unknownFollowUpAnswer(answerContext, lang);
    },
  };
}

/** Everything buildAnswer reads besides the guide: the match's ids and flags, the remembered audience, open or not. */
function answerKey(match: QuestionMatch, context: AnswerContext): string {
  return JSON.stringify([match.intent, match.lang, match.ageGroup, match.audienceIds, match.caseworker, match.cpr, match.truncated, context.rememberedAudience, context.open]);
}
