// End to end, as a person would: the Microsoft 365 Agents Playground (Teams channel) in headless Chromium, talking
// to the real bot over the Bot Framework protocol; the cards are rendered by the Playground's Adaptive Cards renderer.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type BotHarness } from '../helpers/bot-harness.js';
import { BROWSER_TIMEOUT_MS, launchChromium, offlineContext, screenshot, SKIP_BROWSER_TESTS } from '../tab/browser.js';

const ROOT = resolve(__dirname, '../..');

describe.skipIf(SKIP_BROWSER_TESTS)('the Agents Playground chatting with the bot', { timeout: 90_000 }, () => {
  let bot: BotHarness;
  let playground: ChildProcess;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    bot = await startBot({ MUNICIPALITY: 'gladsaxe' });
    // -p 0: the system picks a free port and the Playground prints the one it bound.
    playground = spawn(resolve(ROOT, 'node_modules/.bin/agentsplayground'), ['-e', `${bot.url}/api/messages`, '-c', 'msteams', '--disable-telemetry', '-p', '0'], {
      cwd: ROOT,
      env: { ...process.env, BROWSER: 'none' },
      detached: true,
    });
    let output = '';
    playground.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    playground.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    for (let i = 0; i < 300 && !/Listening on \d+/.test(output); i += 1) await new Promise((r) => setTimeout(r, 100));
    expect(output, 'the Playground did not start').toMatch(/Listening on \d+/);
    const port = Number(/Listening on (\d+)/.exec(output)?.[1]);
    browser = await launchChromium();
    page = await (await offlineContext(browser)).newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.locator('[data-lexical-editor="true"]').waitFor({ timeout: 30_000 });
  }, BROWSER_TIMEOUT_MS);

  afterAll(async () => {
    await browser?.close();
    if (playground?.pid) process.kill(-playground.pid, 'SIGTERM');
    await bot?.close();
  });

  async function ask(text: string): Promise<void> {
    const before = await page.locator('.ac-adaptiveCard').count();
    const input = page.locator('[data-lexical-editor="true"]');
    await input.click();
    await input.pressSequentially(text);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.ac-adaptiveCard').count(), { timeout: 20_000 }).toBeGreaterThan(before);
  }

  it('answers "Hun skal tvangsgiftes i sommerferien" with a rendered red card and call buttons', async () => {
    await ask('Hun skal tvangsgiftes i sommerferien');
    const card = page.locator('.ac-adaptiveCard').last();
    await expect.poll(() => card.innerText()).toMatch(/Behov for akut handling/);
    expect(await card.innerText()).toMatch(/39 57 54 10/);
    // The Adaptive Cards renderer exposes Action.OpenUrl as a link.
    expect(await card.getByRole('link', { name: /Ring 39 57 54 10/ }).count()).toBe(1);
    await screenshot(page, 'playground-red');
  });

  it('answers a follow-up button from the card (the whole action card) in the card\'s language', async () => {
    const before = await page.locator('.ac-adaptiveCard').count();
    await page.locator('.ac-adaptiveCard').last().getByRole('button', { name: 'Hele handlekortet' }).click();
    await expect.poll(() => page.locator('.ac-adaptiveCard').count(), { timeout: 20_000 }).toBeGreaterThan(before);
    await expect.poll(() => page.locator('.ac-adaptiveCard').last().innerText()).toMatch(/Tidlig bekymring[\s\S]*Mistanke[\s\S]*Behov for akut handling/);
    await screenshot(page, 'playground-overview');
  });

  it('answers an English question in English', async () => {
    await ask('what do I do if the citizen is never alone?');
    await expect.poll(() => page.locator('.ac-adaptiveCard').last().innerText()).toMatch(/Early concern/);
  });
});
