// Registry of municipality guides: adding a municipality is one new module listed here.
import { aalborg } from './aalborg.js';
import { gladsaxe } from './gladsaxe.js';
import type { Contact, Guide } from './types.js';

export const GUIDES = { gladsaxe, aalborg } as const satisfies Record<string, Guide>;

export type MunicipalityId = keyof typeof GUIDES;
export const MUNICIPALITY_IDS = Object.keys(GUIDES) as readonly MunicipalityId[];
export const DEFAULT_MUNICIPALITY: MunicipalityId = 'gladsaxe';

export function isMunicipalityId(value: string): value is MunicipalityId {
  return Object.hasOwn(GUIDES, value);
}

export function getGuide(id: MunicipalityId): Guide {
  return GUIDES[id];
}

export function findContact(guide: Guide, id: string): Contact | undefined {
  return guide.contacts.find((contact) => contact.id === id);
}

export * from './types.js';
