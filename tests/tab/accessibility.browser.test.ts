// axe-core on every tab page, default and dark theme, at both widths: no serious or critical violations.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { THEMES } from '../../src/tab/page-options.js';
import { AXE_PATH, BROWSER_TIMEOUT_MS, offlineContext, settled, SKIP_BROWSER_TESTS, watchedPage } from './browser.js';
import { TAB_PAGES, WIDTHS, useBrowserAndBots } from './tab-pages.js';

interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly string[] }[];
}

async function seriousViolations(page: Page): Promise<string[]> {
  // The context bypasses CSP so axe can be injected; the CSP itself is tested with CSP on.
  await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

describe.skipIf(SKIP_BROWSER_TESTS)('tab accessibility (axe-core)', { timeout: BROWSER_TIMEOUT_MS }, () => {
  const env = useBrowserAndBots();

  const cases = TAB_PAGES.flatMap((page) => THEMES.map((theme) => ({ ...page, theme })));

  it.each(cases)('$name in the $theme theme has no serious or critical axe violations', async ({ municipality, path, theme }) => {
    const context = await offlineContext(env.browser(), { bypassCSP: true });
    try {
      for (const width of WIDTHS) {
        const { page } = await watchedPage(context, width);
        await page.goto(`${env.url(municipality)}${path}?theme=${theme}`);
        await settled(page);
        const audienceLinks = await page.locator('.audience-nav a').all();
        const violations = await seriousViolations(page);
        // Each audience is shown on its own: check them all, not only the first.
        for (const link of audienceLinks.slice(1)) {
          await link.click();
          violations.push(...(await seriousViolations(page)));
        }
        expect(violations, `at ${width} px`).toEqual([]);
        await page.close();
      }
    } finally {
      await context.close();
    }
  });
});
