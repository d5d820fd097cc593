// Themes and language from the URL in a plain browser, and Aalborg's audience selector with and without JavaScript.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIENCE_IDS } from '../../src/guide/index.js';
import { startBot, type BotHarness } from '../helpers/bot-harness.js';
import { BROWSER_TIMEOUT_MS, launchChromium, offlineContext, settled, SKIP_BROWSER_TESTS, watchedPage } from './browser.js';
import { OPEN_TIME } from './tab-pages.js';

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const visibleAudiences = (page: Page) => page.locator('.audience:visible').evaluateAll((sections) => sections.map((section) => section.id));

describe.skipIf(SKIP_BROWSER_TESTS)('themes, language and audiences in Chromium', { timeout: BROWSER_TIMEOUT_MS }, () => {
  let browser: Browser;
  let gladsaxe: BotHarness;
  let aalborg: BotHarness;

  beforeAll(async () => {
    browser = await launchChromium();
    gladsaxe = await startBot({ MUNICIPALITY: 'gladsaxe' }, { now: () => OPEN_TIME });
    aalborg = await startBot({ MUNICIPALITY: 'aalborg' }, { now: () => OPEN_TIME });
  }, BROWSER_TIMEOUT_MS);

  afterAll(async () => {
    await browser?.close();
    await gladsaxe?.close();
    await aalborg?.close();
  });

  it.each([
    ['dark', 'rgb(31, 31, 31)'],
    ['contrast', 'rgb(0, 0, 0)'],
  ])('applies ?theme=%s', async (theme, colour) => {
    const context = await offlineContext(browser);
    try {
      const { page } = await watchedPage(context, 320);
      await page.goto(`${gladsaxe.url}/tab?theme=${theme}`);
      await settled(page);
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      expect(await background(page)).toBe(colour);
      // Links between pages keep the theme chosen in the URL.
      expect(await page.getByRole('link', { name: 'Kontakter', exact: true }).getAttribute('href')).toContain(`theme=${theme}`);
    } finally {
      await context.close();
    }
  });

  it('keeps the default theme in a plain browser, where Teams does not answer', async () => {
    const context = await offlineContext(browser);
    try {
      const { page, problems } = await watchedPage(context, 1280);
      await page.goto(`${gladsaxe.url}/tab`);
      await settled(page);
      expect(await page.evaluate(() => ({ ...document.documentElement.dataset }))).toMatchObject({ host: 'browser', theme: 'default' });
      expect(await background(page)).toBe('rgb(245, 245, 245)');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('renders English with ?lang=en and offers the switch back to Danish', async () => {
    const context = await offlineContext(browser);
    try {
      const { page } = await watchedPage(context, 1280);
      await page.goto(`${gladsaxe.url}/tab?lang=en`);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(await page.locator('.level__title').allTextContents()).toEqual(['Early concern', 'Suspicion', 'Acute action needed']);
      await page.getByRole('link', { name: 'Dansk' }).click();
      expect(await page.locator('.level__title').allTextContents()).toEqual(['Tidlig bekymring', 'Mistanke', 'Behov for akut handling']);
    } finally {
      await context.close();
    }
  });

  it('shows one audience at a time, switches on click and keeps the choice on reload', async () => {
    const context = await offlineContext(browser);
    try {
      const { page, problems } = await watchedPage(context, 320);
      await page.goto(`${aalborg.url}/tab`);
      expect(await visibleAudiences(page)).toEqual([`audience-${AUDIENCE_IDS[0]}`]);
      await page.locator('a[data-audience="professional"]').click();
      expect(await visibleAudiences(page)).toEqual(['audience-professional']);
      expect(await page.locator('a[data-audience="professional"]').getAttribute('aria-current')).toBe('true');
      expect(new URL(page.url()).hash).toBe('#audience-professional');
      await page.reload();
      expect(await visibleAudiences(page)).toEqual(['audience-professional']);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows every audience without JavaScript, and only the chosen one once its link is followed', async () => {
    const context = await offlineContext(browser, { javaScriptEnabled: false });
    try {
      const { page } = await watchedPage(context, 320);
      await page.goto(`${aalborg.url}/tab`);
      expect(await visibleAudiences(page)).toEqual(AUDIENCE_IDS.map((id) => `audience-${id}`));
      await page.locator('a[data-audience="caseworker-over-18"]').click();
      expect(await visibleAudiences(page)).toEqual(['audience-caseworker-over-18']);
    } finally {
      await context.close();
    }
  });
});
