// Pure: a matched question (or a follow-up button) + remembered audience + clock → the Answer to send.
import type { AudienceId, Guide, Level, LevelId } from '../guide/types.js';
import type { QuestionMatch } from '../matching/match-question.js';
import { contactsAnswer } from './contacts-answer.js';
import { label } from './labels.js';
import { levelAnswer } from './level-answer.js';
import { candidatesAnswer, chooseAudienceAnswer, helpAnswer, overviewAnswer } from './overview-answer.js';
import type { Answer, AnswerBody, Warning } from './types.js';
import { focusSection, workflowAnswer } from './workflow-answer.js';

export interface AnswerContext {
  readonly guide: Guide;
  /** Whether the municipality is open now (the caller reads the clock once per turn). */
  readonly open: boolean;
  readonly rememberedAudience?: AudienceId;
}

type AudienceChoice =
  | { readonly kind: 'none' }
  | { readonly kind: 'chosen'; readonly id: AudienceId; readonly assumed: boolean }
  | { readonly kind: 'ask'; readonly ids: readonly AudienceId[] };

export function buildAnswer(match: QuestionMatch, context: AnswerContext): Answer {
  const { guide } = context;
  const lang = match.lang;
  const { open } = context;
  const warnings: Warning[] = [...(match.cpr ? (['cpr'] as const) : []), ...(match.truncated ? (['long'] as const) : [])];
  const reply = (body: AnswerBody, extra: AnswerBody[] = [], audienceId?: AudienceId): Answer => ({ lang, warnings, body, extra, audienceId });
  const intent = match.intent;
  switch (intent.kind) {
    case 'situation': {
      const level = guide.levels.find((l) => l.id === intent.levelId) ?? levelCiting(guide, intent.legalRefIds);
      if (level) {
        return reply(levelAnswer(guide, level, { signIds: intent.signIds, contactIds: intent.contactIds, legalRefIds: intent.legalRefIds, lang, open }));
      }
      const choice = chooseAudience(guide, match, context.rememberedAudience);
      switch (choice.kind) {
        case 'none':
          return reply(overviewAnswer(guide, lang));
        case 'ask': {
          const candidates = guide.audiences.filter((a) => choice.ids.includes(a.id));
          const focus = focusSection(guide, candidates, { focusTextIds: intent.textIds, legalRefIds: intent.legalRefIds, lang });
          return reply(chooseAudienceAnswer(guide, lang, { audienceIds: choice.ids, focus, acute: intent.acute }));
        }
        case 'chosen': {
          const audience = guide.audiences.find((a) => a.id === choice.id);
          if (!audience) return reply(overviewAnswer(guide, lang));
          const body = workflowAnswer(guide, audience, {
            acute: intent.acute,
            topics: intent.topics,
            focusTextIds: intent.textIds,
            legalRefIds: intent.legalRefIds,
            contactIds: intent.contactIds,
            ageGroup: match.ageGroup,
            lang,
            open,
            assumed: choice.assumed,
          });
          return reply(body, [], choice.assumed ? undefined : choice.id);
        }
      }
      break;
    }
    case 'contact':
      return reply(contactsAnswer(guide, intent.contactIds, intent.afterHours || !open, lang));
    case 'all-contacts':
      return reply(contactsAnswer(guide, undefined, intent.afterHours || !open, lang, intent.guidanceFirst));
    case 'level': {
      const level = guide.levels.find((l) => l.id === intent.levelId);
      return reply(level ? levelAnswer(guide, level, { signIds: [], contactIds: [], lang, open }) : overviewAnswer(guide, lang));
    }
    case 'overview':
      return reply(overviewAnswer(guide, lang));
    case 'help':
      return reply(helpAnswer(guide, lang));
    case 'candidates':
      return reply(candidatesAnswer(guide, intent.candidates, lang), [overviewAnswer(guide, lang)]);
    case 'none':
      return reply(overviewAnswer(guide, lang, label('notFoundIntro', lang)));
  }
}

/** A question about a legal reference answers with the level whose actions cite it. */
function levelCiting(guide: Guide, legalRefIds: readonly string[]): Level | undefined {
  if (legalRefIds.length === 0) return undefined;
  return guide.levels.find((level) => [...level.legalRefIds, ...level.actions.flatMap((a) => a.legalRefIds ?? [])].some((id) => legalRefIds.includes(id)));
}

function chooseAudience(guide: Guide, match: QuestionMatch, remembered: AudienceId | undefined): AudienceChoice {
  const known = new Set(guide.audiences.map((a) => a.id));
  if (known.size === 0) return { kind: 'none' };
  const caseworkers = guide.audiences.map((a) => a.id).filter((id) => id.startsWith('caseworker'));
  const saidCaseworker = match.caseworker || match.audienceIds.some((id) => caseworkers.includes(id));
  if (saidCaseworker && caseworkers.length > 0) {
    const byAge = guide.audiences.find((a) => caseworkers.includes(a.id) && a.ageGroup === match.ageGroup);
    if (byAge) return { kind: 'chosen', id: byAge.id, assumed: false };
    if (remembered && caseworkers.includes(remembered)) return { kind: 'chosen', id: remembered, assumed: false };
    return { kind: 'ask', ids: caseworkers };
  }
  const said = match.audienceIds.find((id) => known.has(id) && !caseworkers.includes(id));
  if (said) return { kind: 'chosen', id: said, assumed: false };
  if (remembered && known.has(remembered)) return { kind: 'chosen', id: remembered, assumed: false };
  const fallback = guide.audiences.find((a) => !caseworkers.includes(a.id)) ?? guide.audiences[0];
  return fallback ? { kind: 'chosen', id: fallback.id, assumed: true } : { kind: 'none' };
}

/** Answers for the follow-up buttons on cards. */
export type FollowUpRequest =
  | { readonly verb: 'contacts'; readonly afterHours?: boolean }
  | { readonly verb: 'overview' }
  | { readonly verb: 'help' }
  | { readonly verb: 'level'; readonly levelId: LevelId }
  | { readonly verb: 'sign'; readonly signId: string }
  | { readonly verb: 'contact'; readonly contactId: string }
  | { readonly verb: 'audience'; readonly audienceId: AudienceId };
