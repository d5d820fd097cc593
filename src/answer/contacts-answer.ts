// Contacts as an answer: the ones asked for, or all of them grouped by when to use them.
import type { Contact, ContactUse, Guide, Lang } from '../guide/types.js';
import { label, type LabelId } from './labels.js';
import type { AnswerBody, ContactView } from './types.js';
import { contactView, contactViews } from './views.js';

export interface ContactGroup {
  readonly use: 'acute' | 'after-hours' | 'guidance' | 'shelter';
  readonly title: string;
  readonly contacts: readonly ContactView[];
}

const GROUP_OF: Readonly<Record<ContactUse, ContactGroup['use']>> = {
  acute: 'acute',
  'after-hours': 'after-hours',
  guidance: 'guidance',
  sparring: 'guidance',
  shelter: 'shelter',
};
const TITLE_OF: Readonly<Record<ContactGroup['use'], LabelId>> = {
  acute: 'acuteContacts',
  'after-hours': 'afterHours',
  guidance: 'guidance',
  shelter: 'shelter',
};

/** Every contact once, in the group of its most urgent use; outside opening hours the after-hours group leads. */
export function groupContacts(guide: Guide, afterHoursFirst: boolean, lang: Lang, guidanceFirst = false): ContactGroup[] {
  const order: ContactGroup['use'][] = afterHoursFirst
    ? ['after-hours', 'acute', 'guidance', 'shelter']
    : guidanceFirst
      ? ['guidance', 'acute', 'after-hours', 'shelter']
      : ['acute', 'guidance', 'after-hours', 'shelter'];
  const groupOf = (contact: Contact): ContactGroup['use'] => {
    const uses = contact.uses.map((use) => GROUP_OF[use]);
    return order.find((use) => uses.includes(use)) ?? 'guidance';
  };
  return order
    .map((use) => ({ use, title: label(TITLE_OF[use], lang), contacts: guide.contacts.filter((c) => groupOf(c) === use).map((c) => contactView(c, lang)) }))
    .filter((group) => group.contacts.length > 0);
}

export function contactsAnswer(guide: Guide, contactIds: readonly string[] | undefined, afterHoursFirst: boolean, lang: Lang, guidanceFirst = false): AnswerBody {
  const groups = contactIds
    ? [{ title: label('contacts', lang), contacts: contactViews(guide, contactIds, lang) }]
    : groupContacts(guide, afterHoursFirst, lang, guidanceFirst);
  return {
    kind: 'contacts',
    title: contactIds ? label('contacts', lang) : label('allContacts', lang),
    intro: afterHoursFirst ? label('closedNow', lang) : undefined,
    groups,
    source: guide.sources.map((s) => `${s.publisher}: ${s.title[lang]}`).join('; '),
    followUps: contactIds ? [{ verb: 'contacts', title: label('allContacts', lang), afterHours: afterHoursFirst }] : [],
  };
}
