// The tab pages under test, and the fixed clocks that make their contacts order repeatable.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { MunicipalityId } from '../../src/guide/index.js';
import { startBot, type BotHarness } from '../helpers/bot-harness.js';
import { BROWSER_TIMEOUT_MS, launchChromium } from './browser.js';

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

export interface BrowserAndBots {
  browser(): Browser;
  /** Base URL of the running service for a municipality. */
  url(municipality: MunicipalityId): string;
}

/** Registers the suite's hooks: one Chromium and one real service per municipality, clock at OPEN_TIME. */
export function useBrowserAndBots(): BrowserAndBots {
  let browser: Browser | undefined;
  const bots = new Map<MunicipalityId, BotHarness>();
  beforeAll(async () => {
    browser = await launchChromium();
    for (const municipality of ['gladsaxe', 'aalborg'] as const) bots.set(municipality, await startBot({ MUNICIPALITY: municipality }, { now: () => OPEN_TIME }));
  }, BROWSER_TIMEOUT_MS);
  afterAll(async () => {
    await browser?.close();
    for (const bot of bots.values()) await bot.close();
  });
  return {
    browser: () => {
      if (!browser) throw new Error('Chromium did not start');
      return browser;
    },
    url: (municipality) => {
      const bot = bots.get(municipality);
      if (!bot) throw new Error(`no service for ${municipality}`);
      return bot.url;
    },
  };
}
