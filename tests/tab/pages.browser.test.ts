// Every tab page in headless Chromium at 320 px (meeting side panel) and 1280 px: renders, no sideways scroll, clean console.
import { describe, expect, it } from 'vitest';
import { BROWSER_TIMEOUT_MS, offlineContext, screenshot, scrollWidth, settled, SKIP_BROWSER_TESTS, watchedPage } from './browser.js';
import { TAB_PAGES, WIDTHS, useBrowserAndBots } from './tab-pages.js';

describe.skipIf(SKIP_BROWSER_TESTS)('tab pages in Chromium', { timeout: BROWSER_TIMEOUT_MS }, () => {
  const env = useBrowserAndBots();

  const cases = TAB_PAGES.flatMap((page) => WIDTHS.map((width) => ({ ...page, width })));

  it.each(cases)('renders $name at $width px with its CSP, without sideways scrolling or console errors', async ({ name, municipality, path, width }) => {
    const context = await offlineContext(env.browser());
    try {
      const { page, problems, cspViolations } = await watchedPage(context, width);
      const response = await page.goto(`${env.url(municipality)}${path}`, { waitUntil: 'load' });
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
    const context = await offlineContext(env.browser());
    try {
      for (const width of WIDTHS) {
        const { page, problems } = await watchedPage(context, width);
        await page.goto(`${env.url(municipality)}${path}?theme=${theme}`);
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
