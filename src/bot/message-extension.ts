// Search-based message extension: contacts from the compose box, the command box and the meeting side panel.
import type { Application } from '@microsoft/teams-ai/lib/Application';
import { CardFactory, type MessagingExtensionAttachment, type MessagingExtensionResult, type TurnContext } from 'botbuilder';
import { contactsAnswer } from '../answer/contacts-answer.js';
import { createContactSearch } from '../answer/contact-search.js';
import { isOpen } from '../answer/opening-hours.js';
import { renderBody, type RenderOptions } from '../cards/render-card.js';
import { formatPhone } from '../cards/contact-links.js';
import type { ContactView } from '../answer/types.js';
import type { Guide, Lang } from '../guide/types.js';
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
  // One card per contact × language × open/closed × client kind: finite, so each is expanded once and kept.
  const cards = new Map<string, MessagingExtensionAttachment>();
  const cardFor = (contact: ContactView, lang: Lang, open: boolean, mobile: boolean): MessagingExtensionAttachment => {
    const key = `${contact.id}|${lang}|${open}|${mobile}`;
    let attachment = cards.get(key);
    if (!attachment) {
      const card = renderBody(contactsAnswer(deps.guide, [contact.id], !open, lang), lang, { mobile, levelColours: deps.levelColours });
      const summary = [...contact.phones.map((p) => formatPhone(p.number)), contact.email].filter(Boolean).join(' · ');
      attachment = { ...CardFactory.adaptiveCard(card.content), preview: CardFactory.thumbnailCard(contact.name, `${contact.role}${summary ? ` — ${summary}` : ''}`) };
      cards.set(key, attachment);
    }
    return attachment;
  };
  app.messageExtensions.query(SEARCH_COMMAND_ID, async (context: TurnContext, _state, query): Promise<MessagingExtensionResult> => {
    const started = performance.now();
    const lang = activityLang(context.activity);
    const open = isOpen(deps.now(), { weekdays: deps.openingHours });
    const text = typeof query.parameters?.query === 'string' ? query.parameters.query.slice(0, MAX_QUERY_CHARS) : '';
    const contacts = search.search(text, { lang, open });
    const mobile = isMobileClient(context.activity);
    const attachments = contacts.map((contact) => cardFor(contact, lang, open, mobile));
    deps.logger.info({ event: 'turn', kind: 'message-extension', results: contacts.length, ms: Math.round(performance.now() - started) });
    return { type: 'result', attachmentLayout: 'list', attachments };
  });
}
