// The core in one call: question text (+ remembered audience, clock) → Answer. Index built once per guide.
import type { AudienceId, Guide, Lang } from '../guide/types.js';
import { buildGuideIndex, type GuideIndex } from '../matching/guide-index.js';
import { matchQuestion, type QuestionMatch } from '../matching/match-question.js';
import { buildAnswer, type AnswerContext, type FollowUpRequest } from './build-answer.js';
import { answerFollowUp, unknownFollowUpAnswer } from './follow-up.js';
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

export function createGuideService(guide: Guide, openingHours = guide.openingHours.weekdays): GuideService {
  const index: GuideIndex = buildGuideIndex(guide);
  const context = (options: Omit<AskOptions, 'fallbackLang'>): AnswerContext => ({
    guide,
    now: options.now,
    openingHours,
    rememberedAudience: options.rememberedAudience,
  });
  return {
    guide,
    openingHours,
    ask(text, options) {
      const match = matchQuestion(index, text, options.fallbackLang);
      return { match, answer: buildAnswer(match, context(options)) };
    },
    followUp(request, lang, options) {
      return (request && answerFollowUp(request, context(options), lang)) ?? unknownFollowUpAnswer(context(options), lang);
    },
  };
}
