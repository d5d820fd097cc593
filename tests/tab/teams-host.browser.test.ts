// The tab inside a stand-in Teams client: framed from teams.microsoft.com, follows the Teams theme and locale, saves its configuration.
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type BotHarness } from '../helpers/bot-harness.js';
import { BROWSER_TIMEOUT_MS, launchChromium, offlineContext, SKIP_BROWSER_TESTS, watchedPage } from './browser.js';
import { hostCalls, hostUrl, routeTeamsHost, sendToTab, type HostSettings } from './fake-teams-host.js';
import { OPEN_TIME } from './tab-pages.js';

async function tabFrame(page: Page, path: string): Promise<Frame> {
  await expect.poll(() => page.frames().find((frame) => frame.url().includes(path))?.url() ?? '').toContain(path);
  return page.frames().find((frame) => frame.url().includes(path))!;
}

describe.skipIf(SKIP_BROWSER_TESTS)('the tab inside Teams', { timeout: BROWSER_TIMEOUT_MS }, () => {
  let browser: Browser;
  let bot: BotHarness;

  beforeAll(async () => {
    browser = await launchChromium();
    bot = await startBot({ MUNICIPALITY: 'gladsaxe' }, { now: () => OPEN_TIME });
  }, BROWSER_TIMEOUT_MS);

  afterAll(async () => {
    await browser?.close();
    await bot?.close();
  });

  async function openInTeams(path: string, settings: HostSettings) {
    const context = await offlineContext(browser);
    await routeTeamsHost(context, settings);
    const watched = await watchedPage(context, 1280);
    await watched.page.goto(hostUrl(`${bot.url}${path}`));
    return { context, ...watched };
  }

  it('takes the theme from the Teams context and follows theme changes', async () => {
    const { context, page, problems } = await openInTeams('/tab?municipality=gladsaxe&lang=da', { frameContext: 'content', theme: 'dark', locale: 'da-dk' });
    try {
      const frame = await tabFrame(page, '/tab');
      await expect.poll(() => frame.evaluate(() => document.documentElement.dataset.host)).toBe('teams');
      expect(await frame.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      await sendToTab(page, 'themeChange', ['contrast']);
      await expect.poll(() => frame.evaluate(() => document.documentElement.dataset.theme)).toBe('contrast');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('reloads in English when the Teams locale is English and the URL does not fix the language', async () => {
    const { context, page } = await openInTeams('/tab?municipality=gladsaxe', { frameContext: 'content', theme: 'default', locale: 'en-us' });
    try {
      await expect.poll(() => page.frames().find((frame) => frame.url().includes('lang=en'))?.url() ?? '').toContain('lang=en');
      const frame = page.frames().find((candidate) => candidate.url().includes('lang=en'))!;
      await expect.poll(() => frame.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(await frame.locator('#level-yellow').textContent()).toBe('Early concern');
    } finally {
      await context.close();
    }
  });

  it('can be framed by Teams, which the CSP frame-ancestors allows', async () => {
    const { context, page } = await openInTeams('/tab/contacts?municipality=gladsaxe', { frameContext: 'content', theme: 'default', locale: 'da-dk' });
    try {
      const frame = await tabFrame(page, '/tab/contacts');
      await expect.poll(() => frame.locator('h1').textContent()).toBe('Alle kontakter');
    } finally {
      await context.close();
    }
  });

  it('refuses to be framed by a site that is not a Teams or Microsoft 365 host', async () => {
    const context = await offlineContext(browser);
    try {
      const origin = 'https://intranet.example.org';
      await context.grantPermissions(['local-network-access'], { origin });
      await context.route(`${origin}/**`, (route) =>
        route.fulfill({ status: 200, contentType: 'text/html', body: `<!doctype html><title>Other</title><iframe title="tab" src="${bot.url}/tab"></iframe>` }),
      );
      const { page, problems } = await watchedPage(context, 1280);
      await page.goto(`${origin}/`);
      await expect.poll(() => problems.join('\n')).toContain('frame-ancestors');
      // Chromium swaps the refused document for its own error page.
      await expect.poll(() => page.frames().find((frame) => frame !== page.mainFrame())?.url()).toMatch(/^chrome-error:/);
    } finally {
      await context.close();
    }
  });

  it('saves the chosen page as the tab configuration and marks it valid', async () => {
    const { context, page, problems } = await openInTeams('/tab/config?municipality=gladsaxe', { frameContext: 'settings', theme: 'default', locale: 'da-dk' });
    try {
      const frame = await tabFrame(page, '/tab/config');
      await expect.poll(() => frame.locator('#tab-config').isVisible()).toBe(true);
      expect(await frame.locator('#outside-teams').isVisible()).toBe(false);
      await expect.poll(async () => (await hostCalls(page)).some((call) => call.func === 'settings.setValidityState' && call.args[0] === true)).toBe(true);

      await frame.locator('input[value="/tab/contacts"]').check();
      await sendToTab(page, 'settings.save', [{}]);
      await expect.poll(async () => (await hostCalls(page)).map((call) => call.func)).toContain('settings.save.success');
      const saved = (await hostCalls(page)).find((call) => call.func === 'settings.setSettings')?.args[0];
      const url = `${bot.url}/tab/contacts?municipality=gladsaxe`;
      expect(saved).toEqual({ contentUrl: url, websiteUrl: url, entityId: 'handlekort-contacts', suggestedDisplayName: 'Kontakter' });
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
