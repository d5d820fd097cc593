// Contacts as HTML: every number a tel: link and every address a mailto: link, with the number as visible text.
import { label } from '../answer/labels.js';
import { dialString, formatPhone, mailUrl } from '../cards/contact-links.js';
import { findContact } from '../guide/index.js';
import type { Contact, Guide, Lang } from '../guide/types.js';
import { escapeHtml, html, SafeHtml } from './html.js';
import { AGE_GROUP_LABELS, tabLabel } from './tab-labels.js';

export function phoneLink(number: string): SafeHtml {
  return html`<a class="tel" href="tel:${dialString(number)}">${formatPhone(number)}</a>`;
}

export function mailLink(email: string): SafeHtml {
  return html`<a class="mail" href="${mailUrl(email)}">${email}</a>`;
}

function webLink(url: string): SafeHtml {
  return html`<a class="web" href="${url}" target="_blank" rel="noopener noreferrer">${url.replace(/^https?:\/\//, '')}</a>`;
}

// Spaced Danish numbers ("39 57 54 10") and the emergency numbers, as written in the guide's own sentences.
const PHONE_IN_TEXT = /(?<![\d§] ?)(\d{2} \d{2} \d{2} \d{2}|11[24])(?![\d])/g;

/** Escapes the text and turns the phone numbers it mentions into tel: links. */
export function linkifyPhones(text: string): SafeHtml {
  return new SafeHtml(escapeHtml(text).replace(PHONE_IN_TEXT, (number) => phoneLink(number.replace(/ /g, '')).value));
}

export function contactLinks(contact: Contact, lang: Lang): SafeHtml {
  const rows = [
    ...contact.phones.map(
      (phone) => html`<li><span class="contact__kind">${tabLabel('phone', lang)}</span> ${phoneLink(phone.number)}${phone.label && html` <span class="contact__note">${phone.label[lang]}</span>`}</li>`,
    ),
    contact.email && html`<li><span class="contact__kind">${tabLabel('email', lang)}</span> ${mailLink(contact.email)}</li>`,
    contact.url && html`<li><span class="contact__kind">${tabLabel('web', lang)}</span> ${webLink(contact.url)}</li>`,
  ].filter(Boolean);
  return rows.length ? html`<ul class="contact__links">${rows}</ul>` : html``;
}

export function verifyNote(note: string | undefined, lang: Lang): SafeHtml {
  return note ? html`<p class="verify"><strong class="verify__tag">${label('verify', lang)}</strong> ${linkifyPhones(note)}</p>` : html``;
}

export interface ContactCardOptions {
  /** Give the card an id (only where each contact appears once on the page). */
  readonly anchor?: boolean;
  /** Show which audiences/age group the contact is for. */
  readonly scope?: boolean;
  /** Text the contacts search matches: names, roles in both languages, numbers with and without spaces. */
  readonly searchable?: boolean;
}

export function searchText(contact: Contact): string {
  const numbers = contact.phones.flatMap((phone) => [phone.number, formatPhone(phone.number), dialString(phone.number)]);
  return [contact.name, contact.role.da, contact.role.en, ...numbers, contact.email ?? ''].join(' ').toLowerCase();
}

function scopeLine(guide: Guide, contact: Contact, lang: Lang): SafeHtml {
  const audiences = guide.audiences.filter((audience) => contact.audiences?.includes(audience.id)).map((audience) => audience.title[lang]);
  const parts = [...audiences, ...(contact.ageGroup ? [AGE_GROUP_LABELS[contact.ageGroup][lang]] : [])];
  return parts.length ? html`<p class="contact__scope"><span class="contact__kind">${tabLabel('appliesTo', lang)}</span> ${parts.join(' · ')}</p>` : html``;
}

export function contactCard(guide: Guide, contact: Contact, lang: Lang, options: ContactCardOptions = {}): SafeHtml {
  return html`<li class="contact"${options.anchor && html` id="contact-${contact.id}"`}${options.searchable && html` data-search="${searchText(contact)}"`}>
  <p class="contact__name">${contact.name}</p>
  <p class="contact__role">${contact.role[lang]}</p>
  ${contactLinks(contact, lang)}
  ${options.scope && scopeLine(guide, contact, lang)}
  ${verifyNote(contact.needsVerification?.[lang], lang)}
</li>`;
}

export function contactList(guide: Guide, ids: readonly string[], lang: Lang, options: ContactCardOptions = {}): SafeHtml {
  const contacts = ids.map((id) => findContact(guide, id)).filter((contact): contact is Contact => contact !== undefined);
  return contacts.length
    ? html`<ul class="contact-list">${contacts.map((contact) => contactCard(guide, contact, lang, options))}</ul>`
    : html`<p class="empty">${tabLabel('noContacts', lang)}</p>`;
}

/** The contacts an item refers to whose numbers its text does not already show, as a compact row of links. */
export function referencedContacts(guide: Guide, text: string, ids: readonly string[] | undefined, lang: Lang): SafeHtml {
  const spoken = text.replace(/ /g, '');
  const contacts = (ids ?? [])
    .map((id) => findContact(guide, id))
    .filter((contact): contact is Contact => contact !== undefined && (contact.phones.length > 0 || Boolean(contact.email || contact.url)))
    .filter((contact) => !contact.phones.some((phone) => spoken.includes(phone.number)));
  if (contacts.length === 0) return html``;
  return html`<ul class="inline-contacts">${contacts.map(
    (contact) =>
      html`<li><span class="inline-contacts__name">${contact.name}</span>${contact.phones.map((phone) => html` ${phoneLink(phone.number)}`)}${contact.email && html` ${mailLink(contact.email)}`}${!contact.phones.length && !contact.email && contact.url && html` ${webLink(contact.url)}`}${contact.needsVerification && html` <span class="verify__tag">${label('verify', lang)}</span>`}</li>`,
  )}</ul>`;
}
