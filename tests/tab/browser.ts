// Headless Debian Chromium for the tab tests: fails loudly when it cannot start, unless SKIP_BROWSER_TESTS=1.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const SKIP_BROWSER_TESTS = process.env.SKIP_BROWSER_TESTS === '1';
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const SCREENSHOT_DIR = path.resolve(__dirname, '../../test-results/tab');
export const AXE_PATH = path.resolve(__dirname, '../../node_modules/axe-core/axe.min.js');
export const BROWSER_TIMEOUT_MS = 60_000;

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'];
const HOW_TO_FIX = 'Install Debian\'s Chromium (apt-get install -y chromium) or point CHROMIUM_PATH at it; set SKIP_BROWSER_TESTS=1 to skip the browser tests on purpose.';

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH}. ${HOW_TO_FIX}`);
  try {
    return await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ARGS });
  } catch (error) {
    throw new Error(`Chromium at ${CHROMIUM_PATH} could not start: ${error instanceof Error ? error.message : String(error)}. ${HOW_TO_FIX}`);
  }
}

/** A context that never leaves the machine: teams-js's valid-origins fetch is answered locally, anything else external is aborted. */
export async function offlineContext(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) =>
    route.request().url().startsWith('https://res.cdn.office.net/')
      ? route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ validOrigins: ['teams.microsoft.com', '*.teams.microsoft.com'] }) })
      : route.abort(),
  );
  return context;
}

export interface WatchedPage {
  readonly page: Page;
  /** Console errors, uncaught exceptions and CSP violations seen since the page opened. */
  readonly problems: string[];
  cspViolations(): Promise<string[]>;
}

export async function watchedPage(context: BrowserContext, width: number): Promise<WatchedPage> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 800 });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return {
    page,
    problems,
    cspViolations: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp),
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Widest scroll width of the document: more than the viewport means horizontal scrolling. */
export function scrollWidth(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth));
}

/** Waits until tab.js has decided whether it runs in Teams (here: never) so the theme is settled. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-host'), undefined, { timeout: 10_000 });
}
