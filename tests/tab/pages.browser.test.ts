// Every tab page in headless Chromium at 320 px (meeting side panel) and 1280 px: renders, no sideways scroll, clean console.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MunicipalityId } from '../../src/guide/index.js';
import { startBot, type BotHarness } from '../helpers/bot-harness.js';
import { BROWSER_TIMEOUT_MS, launchChromium, offlineContext, screenshot, scrollWidth, settled, SKIP_BROWSER_TESTS, watchedPage } from './browser.js';
import { OPEN_TIME, TAB_PAGES, WIDTHS } from './tab-pages.js';

describe.skipIf(SKIP_BROWSER_TESTS)('tab pages in Chromium', { timeout: BROWSER_TIMEOUT_MS }, () => {
  let browser: Browser;
  const bots = new Map<MunicipalityId, BotHarness>();

  beforeAll(async () => {
    browser = await launchChromium();
    for (const municipality of ['gladsaxe', 'aalborg'] as const) bots.set(municipality, await startBot({ MUNICIPALITY: municipality }, { now: () => OPEN_TIME }));
  }, BROWSER_TIMEOUT_MS);

  afterAll(async () => {
    await browser?.close();
    for (const bot of bots.values()) await bot.close();
  });

  const cases = TAB_PAGES.flatMap((page) => WIDTHS.map((width) => ({ ...page, width })));

  it.each(cases)('renders $name at $width px with its CSP, without sideways scrolling or console errors', async ({ name, municipality, path, width }) => {
    const context = await offlineContext(browser);
    try {
      const { page, problems, cspViolations } = await watchedPage(context, width);
      const response = await page.goto(`${bots.get(municipality)!.url}${path}`, { waitUntil: 'load' });
      expect(response?.status()).toBe(200);
      const headers = response!.headers();
      const csp = headers['content-security-policy'] ?? '';
      expect(csp).toMatch(/frame-ancestors 'self' https:\/\/teams\.microsoft\.com /);
      expect(csp.split(';').find((directive) => directive.trim().startsWith('script-src'))).not.toContain('unsafe-inline');
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBeTruthy();
      await settled(page);
      await expect.poll(() => page.locator('h1').first().isVisible()).toBe(true);
      expect(await scrollWidth(page)).toBeLessThanOrEqual(width);
      await screenshot(page, `${name}-${width}`);
      expect(await cspViolations()).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  const themed = TAB_PAGES.filter((page) => page.path.startsWith('/tab')).flatMap((page) => (['dark', 'contrast'] as const).map((theme) => ({ ...page, theme })));

  it.each(themed)('renders $name in the $theme theme at 320 and 1280 px', async ({ name, municipality, path, theme }) => {
    const context = await offlineContext(browser);
    try {
      for (const width of WIDTHS) {
        const { page, problems } = await watchedPage(context, width);
        await page.goto(`${bots.get(municipality)!.url}${path}?theme=${theme}`);
        await settled(page);
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
        expect(await scrollWidth(page)).toBeLessThanOrEqual(width);
        await screenshot(page, `${name}-${theme}-${width}`);
        expect(problems).toEqual([]);
        await page.close();
      }
    } finally {
      await context.close();
    }
  });
});
