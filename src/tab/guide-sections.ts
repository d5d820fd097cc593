// Sections every guide page shares: the heading, contacts by when to use them, legal references, notes.
import { groupContacts } from '../answer/contacts-answer.js';
import { label } from '../answer/labels.js';
import { findContact } from '../guide/index.js';
import type { Contact, Guide, GuideText, Lang } from '../guide/types.js';
import { contactCard, linkifyPhones, verifyNote } from './contact-html.js';
import { html, type SafeHtml } from './html.js';
import { tabLabel } from './tab-labels.js';

export function guideHeading(guide: Guide, lang: Lang): SafeHtml {
  return html`<div class="intro">
  <p class="intro__municipality">${guide.municipality.name}</p>
  <h1>${guide.title[lang]}</h1>
  <p class="intro__text">${guide.intro[lang]}</p>
</div>`;
}

export function openStatus(guide: Guide, open: boolean, hours: { readonly open: string; readonly close: string }, lang: Lang): SafeHtml {
  const { weekdays } = guide.openingHours;
  // The guide's note explains its default hours; it does not apply once OPENING_HOURS sets others.
  const defaultHours = hours.open === weekdays.open && hours.close === weekdays.close;
  return html`<div class="status ${open ? 'status--open' : 'status--closed'}" role="status">
  <p class="status__now">${open ? tabLabel('openNow', lang) : label('closedNow', lang)}</p>
  <p class="status__hours">${tabLabel('openingHours', lang)}: ${hours.open}–${hours.close}.</p>
  ${defaultHours && html`<p class="status__note">${guide.openingHours.note[lang]}</p>`}
</div>`;
}

export interface ContactGroupsOptions {
  readonly headingLevel: 2 | 3;
  readonly searchable?: boolean;
}

/** Every contact once, grouped by when to use it; the after-hours group first when offices are closed. */
export function contactGroups(guide: Guide, afterHoursFirst: boolean, lang: Lang, options: ContactGroupsOptions): SafeHtml {
  const heading = (text: string) => (options.headingLevel === 2 ? html`<h2>${text}</h2>` : html`<h3>${text}</h3>`);
  return html`${groupContacts(guide, afterHoursFirst, lang).map((group) => {
    const contacts = group.contacts.map((view) => findContact(guide, view.id)).filter((c): c is Contact => c !== undefined);
    return html`<section class="contact-group" data-use="${group.use}">
  ${heading(group.title)}
  <ul class="contact-list">${contacts.map((contact) => contactCard(guide, contact, lang, { anchor: true, scope: true, searchable: options.searchable }))}</ul>
</section>`;
  })}`;
}

export function legalList(guide: Guide, ids: readonly string[] | undefined, lang: Lang): SafeHtml {
  const refs = ids ? guide.legalRefs.filter((ref) => ids.includes(ref.id)) : guide.legalRefs;
  return html`<ul class="legal">${refs.map((ref) => html`<li><strong>${ref.citation}</strong> – ${ref.description[lang]}</li>`)}</ul>`;
}

function noteItem(guide: Guide, note: GuideText, lang: Lang, linkContacts: boolean): SafeHtml {
  const contacts = (note.contactIds ?? []).map((id) => findContact(guide, id)).filter((c): c is Contact => c !== undefined);
  return html`<li class="${note.needsVerification ? 'note note--verify' : 'note'}">${linkifyPhones(note.text[lang])}${
    contacts.length > 0 &&
    html`<span class="note__contacts"><span class="contact__kind">${label('contacts', lang)}:</span> ${contacts.map((contact, index) => html`${index > 0 && ', '}${linkContacts ? html`<a href="#contact-${contact.id}">${contact.name}</a>` : contact.name}`)}</span>`
  }${verifyNote(note.needsVerification?.[lang], lang)}</li>`;
}

/** `linkContacts`: the page shows each contact once with an anchor to link to. */
export function notesSection(guide: Guide, lang: Lang, linkContacts: boolean): SafeHtml {
  if (guide.notes.length === 0) return html``;
  return html`<section class="notes" aria-labelledby="notes-title">
  <h2 id="notes-title">${label('notes', lang)}</h2>
  <ul>${guide.notes.map((note) => noteItem(guide, note, lang, linkContacts))}</ul>
</section>`;
}

export function sourceFooter(guide: Guide, lang: Lang): SafeHtml {
  return html`<p class="source">${label('source', lang)}: ${guide.sources.map((source, index) => html`${index > 0 && '; '}${source.publisher}: ${source.title[lang]}`)}</p>`;
}
