// Search-based message extension: contacts from the compose box, the command box and the meeting side panel.
import type { Application } from '@microsoft/teams-ai';
import { CardFactory, type MessagingExtensionAttachment, type MessagingExtensionResult, type TurnContext } from 'botbuilder';
import { contactsAnswer } from '../answer/contacts-answer.js';
import { createContactSearch } from '../answer/contact-search.js';
import { isOpen } from '../answer/opening-hours.js';
import { renderBody, type RenderOptions } from '../cards/render-card.js';
import { formatPhone } from '../cards/contact-links.js';
import type { Guide } from '../guide/types.js';
import type { Logger } from '../logger.js';
import { activityLang, isMobileClient } from './activity.js';
import type { AppTurnState } from './state.js';

export const SEARCH_COMMAND_ID = 'searchContacts';
const MAX_QUERY_CHARS = 100;

export interface MessageExtensionDeps {
  readonly guide: Guide;
  readonly openingHours: { readonly open: string; readonly close: string };
  readonly levelColours: RenderOptions['levelColours'];
  readonly logger: Logger;
  readonly now: () => Date;
}

export function registerMessageExtension(app: Application<AppTurnState>, deps: MessageExtensionDeps): void {
  const search = createContactSearch(deps.guide);
  app.messageExtensions.query(SEARCH_COMMAND_ID, async (context: TurnContext, _state, query): Promise<MessagingExtensionResult> => {
    const started = performance.now();
    const lang = activityLang(context.activity);
    const open = isOpen(deps.now(), { weekdays: deps.openingHours });
    const text = typeof query.parameters?.query === 'string' ? query.parameters.query.slice(0, MAX_QUERY_CHARS) : '';
    const contacts = search.search(text, { lang, open });
    const options = { mobile: isMobileClient(context.activity), levelColours: deps.levelColours };
    const attachments: MessagingExtensionAttachment[] = contacts.map((contact) => {
      const card = renderBody(contactsAnswer(deps.guide, [contact.id], !open, lang), lang, options);
      const summary = [...contact.phones.map((p) => formatPhone(p.number)), contact.email].filter(Boolean).join(' · ');
      return { ...CardFactory.adaptiveCard(card.content), preview: CardFactory.thumbnailCard(contact.name, `${contact.role}${summary ? ` — ${summary}` : ''}`) };
    });
    deps.logger.info({ event: 'turn', kind: 'message-extension', results: contacts.length, ms: Math.round(performance.now() - started) });
    return { type: 'result', attachmentLayout: 'list', attachments };
  });
}
