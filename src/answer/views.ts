// Guide items → language-resolved views shared by every answer.
import { findContact } from '../guide/index.js';
import type { Contact, Guide, GuideText, Lang, SourceRef } from '../guide/types.js';
import type { ContactView } from './types.js';

export function contactView(contact: Contact, lang: Lang): ContactView {
  return {
    id: contact.id,
    name: contact.name,
    role: contact.role[lang],
    phones: contact.phones.map((phone) => ({ number: phone.number, label: phone.label?.[lang] })),
    email: contact.email,
    url: contact.url,
    uses: contact.uses,
    needsVerification: contact.needsVerification?.[lang],
  };
}

/** Contacts by id, in the order given, each once, unknown ids skipped. */
export function contactViews(guide: Guide, ids: Iterable<string>, lang: Lang): ContactView[] {
  const seen = new Set<string>();
  const views: ContactView[] = [];
  for (const id of ids) {
    const contact = seen.has(id) ? undefined : findContact(guide, id);
    seen.add(id);
    if (contact) views.push(contactView(contact, lang));
  }
  return views;
}

export function sourceLine(guide: Guide, ref: SourceRef, lang: Lang): string {
  const source = guide.sources.find((s) => s.id === ref.source);
  const title = source ? `${source.publisher}: ${source.title[lang]}` : guide.municipality.name;
  return `${title} – ${ref.section}`;
}

export function legalLines(guide: Guide, ids: Iterable<string>, lang: Lang): { text: string }[] {
  const wanted = new Set(ids);
  return guide.legalRefs.filter((ref) => wanted.has(ref.id)).map((ref) => ({ text: `${ref.citation}: ${ref.description[lang]}` }));
}

export function verificationNotes(items: readonly (GuideText | ContactView)[], lang: Lang): string[] {
  return items
    .map((item) => ('text' in item ? item.needsVerification?.[lang] : item.needsVerification))
    .filter((note): note is string => Boolean(note));
}
