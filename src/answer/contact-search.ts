// Contact search for the message extension: every query word must match a contact's name, role, number,
// e-mail or match vocabulary, by prefix, so results narrow as you type. No words → the urgent contacts first.
import type { Contact, Guide, Lang } from '../guide/types.js';
import { fold, tokenize } from '../matching/normalize.js';
import { groupContacts } from './contacts-answer.js';
import type { ContactView } from './types.js';
import { contactView } from './views.js';

export const MAX_SEARCH_RESULTS = 10;

interface Searchable {
  readonly contact: Contact;
  readonly words: readonly string[];
  readonly digits: string;
}

export interface ContactSearch {
  search(query: string, options: { readonly lang: Lang; readonly open: boolean }): ContactView[];
}

export function createContactSearch(guide: Guide): ContactSearch {
  const searchable: Searchable[] = guide.contacts.map((contact) => ({
    contact,
    words: [
      ...tokenize(`${contact.name} ${contact.role.da} ${contact.role.en} ${contact.email ?? ''}`),
      ...contact.match.phrases.flatMap((phrase) => phrase.split(/[\s|]+/).map((word) => word.replace(/^=/, ''))),
    ].map(fold),
    digits: contact.phones.map((p) => p.number).join(' '),
  }));
  return {
    search(query, { lang, open }) {
      const words = tokenize(query).map(fold);
      if (words.length === 0) return groupContacts(guide, !open, lang).flatMap((group) => group.contacts).slice(0, MAX_SEARCH_RESULTS);
      return searchable
        .map((entry) => ({ entry, score: scoreEntry(entry, words, query) }))
        .filter((hit) => hit.score > 0)
        .sort((a, b) => b.score - a.score)
        .slice(0, MAX_SEARCH_RESULTS)
        .map((hit) => contactView(hit.entry.contact, lang));
    },
  };
}

function scoreEntry(entry: Searchable, words: readonly string[], query: string): number {
  const queryDigits = query.replace(/\D/g, '');
  let score = 0;
  for (const word of words) {
    if (/^\d+$/.test(word)) {
      if (!entry.digits.replace(/\s/g, ' ').split(' ').some((number) => number.includes(queryDigits))) return 0;
      score += 2;
      continue;
    }
    const exact = entry.words.includes(word);
    if (!exact && !entry.words.some((candidate) => candidate.startsWith(word))) return 0;
    score += exact ? 2 : 1;
  }
  return score;
}
