// teams-ai Application on TeamsAdapter: thin handlers over the pure core (ask → answer → cards).
import { Application } from '@microsoft/teams-ai/lib/Application';
import type { TeamsAdapter } from '@microsoft/teams-ai/lib/TeamsAdapter';
import { ActivityTypes, ConfigurationServiceClientCredentialFactory, type Storage, type TurnContext } from 'botbuilder';
import type { GuideService } from '../answer/ask.js';
import { FOLLOW_UP_VERBS, followUpLang, parseFollowUp } from '../answer/follow-up.js';
import type { Answer } from '../answer/types.js';
import type { QuestionMatch } from '../matching/match-question.js';
import { levelColoursOf, renderAnswer } from '../cards/render-card.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { activityLang, isMobileClient, questionText } from './activity.js';
import { registerMessageExtension } from './message-extension.js';
import type { AppTurnState } from './state.js';
import { createTurnLimiter } from './rate-limit.js';
import { StrictTeamsAdapter } from './teams-adapter.js';

const RATE_LIMITED = {
  da: 'Du har sendt mange beskeder på kort tid. Vent et minut, så svarer jeg igen. Hele handlekortet med kontakterne ligger også i fanen Handlekort.',
  en: 'You have sent many messages in a short time. Wait a minute and I will answer again. The whole action card with its contacts is also in the Handlekort tab.',
} as const;

export interface BotDeps {
  readonly config: Config;
  readonly logger: Logger;
  readonly storage: Storage;
  readonly service: GuideService;
  readonly now?: () => Date;
}

export interface Bot {
  readonly adapter: TeamsAdapter;
  readonly app: Application<AppTurnState>;
}

export function createBot(deps: BotDeps): Bot {
  const { config, logger, service } = deps;
  const now = deps.now ?? (() => new Date());
  const credentials = config.credentials;
  const adapter = new StrictTeamsAdapter(
    { ...credentials?.endpoints },
    new ConfigurationServiceClientCredentialFactory({
      MicrosoftAppId: credentials?.appId ?? '',
      MicrosoftAppPassword: credentials?.appPassword ?? '',
      MicrosoftAppType: credentials?.appType ?? 'MultiTenant',
      MicrosoftAppTenantId: credentials?.tenantId ?? '',
    }),
  );
  const app = new Application<AppTurnState>({ adapter, storage: deps.storage, startTypingTimer: false, removeRecipientMention: true });
  const levelColours = levelColoursOf(service.guide);

  const limiter = createTurnLimiter({ perUser: config.rateLimit.messagesPerMinutePerUser, perConversation: config.rateLimit.messagesPerMinutePerConversation });
  /** False when the sender is over a limit; the first time in a minute they are told so, kindly. */
  const withinLimits = async (context: TurnContext): Promise<boolean> => {
    const { from, conversation } = context.activity;
    const verdict = await limiter.check(from.aadObjectId ?? from.id, conversation.id);
    if (verdict === 'ok') return true;
    logger.warn({ event: 'rate-limited', first: verdict === 'limited-first' });
    if (verdict === 'limited-first') await context.sendActivity(activityLang(context.activity) === 'en' ? RATE_LIMITED.en : RATE_LIMITED.da);
    return false;
  };

  const send = async (context: TurnContext, answer: Answer): Promise<void> => {
    const attachments = renderAnswer(answer, { mobile: isMobileClient(context.activity), levelColours });
    await context.sendActivity({ type: ActivityTypes.Message, attachments: [...attachments] });
  };

  registerMessageExtension(app, { guide: service.guide, openingHours: service.openingHours, levelColours, logger, now });

  app.adaptiveCards.actionSubmit([...FOLLOW_UP_VERBS], async (context, state, data) => {
    const started = performance.now();
    if (!(await withinLimits(context))) return;
    const request = parseFollowUp(data);
    const lang = followUpLang(data) ?? activityLang(context.activity);
    const answer = service.followUp(request, lang, { now: now(), rememberedAudience: state.conversation.audienceId });
    if (answer.audienceId) state.conversation.audienceId = answer.audienceId;
    await send(context, answer);
    logger.info({ event: 'turn', kind: 'card-action', verb: request?.verb ?? 'invalid', answer: answer.body.kind, ms: elapsed(started) });
  });

  app.conversationUpdate('membersAdded', async (context) => {
    const botId = context.activity.recipient?.id;
    const added = context.activity.membersAdded ?? [];
    const personal = context.activity.conversation?.conversationType === 'personal';
    if (!added.some((member) => member.id === botId) && !personal) return;
    const { answer } = service.ask('', { fallbackLang: activityLang(context.activity), now: now() });
    await send(context, answer);
    logger.info({ event: 'turn', kind: 'welcome' });
  });

  app.activity(ActivityTypes.Message, async (context, state) => {
    const started = performance.now();
    if (!(await withinLimits(context))) return;
    const text = questionText(context.activity);
    if (!text && context.activity.value !== undefined) {
      // A card button whose payload is not one we sent: answer kindly instead of failing.
      await send(context, service.followUp(undefined, activityLang(context.activity), { now: now() }));
      logger.info({ event: 'turn', kind: 'card-action', verb: 'invalid', ms: elapsed(started) });
      return;
    }
    const { match, answer } = service.ask(text, {
      fallbackLang: activityLang(context.activity),
      rememberedAudience: state.conversation.audienceId,
      now: now(),
    });
    if (answer.audienceId) state.conversation.audienceId = answer.audienceId;
    let sent = false;
    try {
      await send(context, answer);
      sent = true;
    } finally {
      logTurn(match, answer, sent, started, state.conversation.audienceId);
    }
  });

  const logTurn = (match: QuestionMatch, answer: Answer, sent: boolean, started: number, remembered: string | undefined): void => {
    const intent = match.intent;
    logger.info({
      event: 'turn',
      kind: 'message',
      intent: intent.kind,
      level: intent.kind === 'situation' || intent.kind === 'level' ? intent.levelId : undefined,
      items: intent.kind === 'situation' ? intent.signIds : intent.kind === 'contact' ? intent.contactIds : undefined,
      audience: answer.audienceId ?? remembered,
      answer: answer.body.kind,
      lang: answer.lang,
      cpr: match.cpr || undefined,
      sent,
      ms: elapsed(started),
    });
  };

  // Invokes nobody handles (unknown names, commands or payloads) are the caller's error: 400, not botbuilder's 501.
  app.activity(ActivityTypes.Invoke, async (context) => {
    logger.warn({ event: 'unsupported-invoke', name: String(context.activity.name ?? '').slice(0, 64) });
    await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 400, body: { error: 'Unsupported invoke.' } } });
  });

  app.error(async (context, error) => {
    // Never log the activity: it may hold the user's text. Name and stack only.
    logger.error({ event: 'turn-error', error: error?.name, stack: error?.stack?.split('\n').slice(0, 6).join(' | ') }, 'turn failed');
    try {
      if (context.activity.type === ActivityTypes.Invoke) {
        // An invoke needs an invoke response; without one botbuilder answers 501, which would misname a server error.
        await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 500, body: { error: 'Internal error.' } } });
      } else {
        await context.sendActivity(activityLang(context.activity) === 'en' ? 'Sorry, something went wrong. Please try again.' : 'Beklager, noget gik galt. Prøv igen.');
      }
    } catch {
      // The connector may be the thing that failed; the error is logged above.
    }
  });

  return { adapter, app };
}

function elapsed(started: number): number {
  return Math.round((performance.now() - started) * 100) / 100;
}
