// Follow-up buttons: validate the untrusted card payload, then answer it from the guide.
import { AUDIENCE_IDS, LEVEL_IDS, type AudienceId, type Lang, type LevelId } from '../guide/types.js';
import type { AnswerContext, FollowUpRequest } from './build-answer.js';
import { contactsAnswer } from './contacts-answer.js';
import { label } from './labels.js';
import { levelAnswer } from './level-answer.js';
import { chooseAudienceAnswer, helpAnswer, overviewAnswer } from './overview-answer.js';
import type { Answer, AnswerBody } from './types.js';
import { workflowAnswer } from './workflow-answer.js';

export const FOLLOW_UP_VERBS = ['contacts', 'overview', 'help', 'level', 'sign', 'contact', 'audience'] as const;
const MAX_ID = 80;

/** Returns undefined for anything that is not a well-formed follow-up (unknown verb, missing or odd id). */
export function parseFollowUp(value: unknown): FollowUpRequest | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const data = value as Record<string, unknown>;
  const id = (key: string) => (typeof data[key] === 'string' && (data[key] as string).length <= MAX_ID ? (data[key] as string) : undefined);
  switch (data.verb) {
    case 'contacts':
      return { verb: 'contacts', afterHours: data.afterHours === true };
    case 'overview':
    case 'help':
      return { verb: data.verb };
    case 'level': {
      const levelId = id('levelId');
      return levelId && (LEVEL_IDS as readonly string[]).includes(levelId) ? { verb: 'level', levelId: levelId as LevelId } : undefined;
    }
    case 'audience': {
      const audienceId = id('audienceId');
      return audienceId && (AUDIENCE_IDS as readonly string[]).includes(audienceId) ? { verb: 'audience', audienceId: audienceId as AudienceId } : undefined;
    }
    case 'sign': {
      const signId = id('signId');
      return signId ? { verb: 'sign', signId } : undefined;
    }
    case 'contact': {
      const contactId = id('contactId');
      return contactId ? { verb: 'contact', contactId } : undefined;
    }
    default:
      return undefined;
  }
}

/** The language a follow-up button was sent in, if it says so. */
export function followUpLang(value: unknown): Lang | undefined {
  const lang = typeof value === 'object' && value !== null ? (value as { lang?: unknown }).lang : undefined;
  return lang === 'da' || lang === 'en' ? lang : undefined;
}

/** Undefined when the request names an item this guide does not have. */
export function answerFollowUp(request: FollowUpRequest, context: AnswerContext, lang: Lang): Answer | undefined {
  const { guide } = context;
  const { open } = context;
  const reply = (body: AnswerBody | undefined, audienceId?: AudienceId): Answer | undefined =>
    body && { lang, warnings: [], body, extra: [], audienceId };
  switch (request.verb) {
    case 'contacts':
      return reply(contactsAnswer(guide, undefined, request.afterHours === true || !open, lang));
    case 'overview':
      return reply(overviewAnswer(guide, lang));
    case 'help':
      return reply(helpAnswer(guide, lang));
    case 'level': {
      const level = guide.levels.find((l) => l.id === request.levelId);
      return reply(level && levelAnswer(guide, level, { signIds: [], contactIds: [], lang, open }));
    }
    case 'sign': {
      const level = guide.levels.find((l) => l.signs.some((s) => s.id === request.signId));
      return reply(level && levelAnswer(guide, level, { signIds: [request.signId], contactIds: [], lang, open }));
    }
    case 'contact':
      return reply(guide.contacts.some((c) => c.id === request.contactId) ? contactsAnswer(guide, [request.contactId], !open, lang) : undefined);
    case 'audience': {
      const audience = guide.audiences.find((a) => a.id === request.audienceId);
      const body = audience && workflowAnswer(guide, audience, { acute: false, topics: [], ageGroup: audience.ageGroup, lang, open, assumed: false });
      return reply(body, audience?.id);
    }
  }
}

/** The friendly reply to a button whose payload is stale or malformed. */
export function unknownFollowUpAnswer(context: AnswerContext, lang: Lang): Answer {
  return { lang, warnings: [], body: context.guide.levels.length > 0 ? overviewAnswer(context.guide, lang, label('candidatesIntro', lang)) : chooseAudienceAnswer(context.guide, lang), extra: [] };
}
