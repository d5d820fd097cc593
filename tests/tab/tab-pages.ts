// The tab pages under test, and the fixed clocks that make their contacts order repeatable.
import type { MunicipalityId } from '../../src/guide/index.js';

export interface TabPage {
  readonly name: string;
  readonly municipality: MunicipalityId;
  readonly path: string;
}

export const TAB_PAGES: readonly TabPage[] = [
  { name: 'guide-gladsaxe', municipality: 'gladsaxe', path: '/tab' },
  { name: 'guide-aalborg', municipality: 'aalborg', path: '/tab' },
  { name: 'contacts-gladsaxe', municipality: 'gladsaxe', path: '/tab/contacts' },
  { name: 'contacts-aalborg', municipality: 'aalborg', path: '/tab/contacts' },
  { name: 'config-gladsaxe', municipality: 'gladsaxe', path: '/tab/config' },
  { name: 'privacy-gladsaxe', municipality: 'gladsaxe', path: '/privacy' },
  { name: 'terms-gladsaxe', municipality: 'gladsaxe', path: '/terms' },
];

export const WIDTHS = [320, 1280] as const;

/** Tuesday 10:00 in Copenhagen: offices open. */
export const OPEN_TIME = new Date('2025-03-04T09:00:00Z');
/** Saturday 13:00 in Copenhagen: offices closed. */
export const CLOSED_TIME = new Date('2025-03-08T12:00:00Z');
