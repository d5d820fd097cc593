// The contacts page in Chromium: the search filters as you type, and every number and address is a working link.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dialString, formatPhone } from '../../src/cards/contact-links.js';
import { getGuide } from '../../src/guide/index.js';
import { BROWSER_TIMEOUT_MS, offlineContext, settled, SKIP_BROWSER_TESTS, watchedPage } from './browser.js';
import { useBrowserAndBots } from './tab-pages.js';

function visibleNames(page: Page): Promise<string[]> {
  return page.locator('.contact:visible .contact__name').allTextContents();
}

describe.skipIf(SKIP_BROWSER_TESTS)('the contacts page in Chromium', { timeout: BROWSER_TIMEOUT_MS }, () => {
  const env = useBrowserAndBots();

  async function openContacts(width = 320) {
    const context = await offlineContext(env.browser());
    const { page } = await watchedPage(context, width);
    await page.goto(`${env.url('gladsaxe')}/tab/contacts`);
    await settled(page);
    return { context, page, search: page.getByLabel('Søg på navn, rolle, nummer eller e-mail') };
  }

  it('filters to the police as you type "politi" and hides the others', async () => {
    const { context, page, search } = await openContacts();
    try {
      await search.pressSequentially('politi');
      expect(await visibleNames(page)).toEqual(['Københavns Vestegns Politi']);
      expect(await page.locator('.contact:not(:visible)').count()).toBe(getGuide('gladsaxe').contacts.length - 1);
      expect(await page.locator('#search-count').textContent()).toBe(`Viser 1 af ${getGuide('gladsaxe').contacts.length} kontakter`);
    } finally {
      await context.close();
    }
  });

  it.each(['3957', '39 57', '+45 39 57 54 10'])('finds Den Sociale Døgnvagt by the digits "%s"', async (digits) => {
    const { context, page, search } = await openContacts();
    try {
      await search.pressSequentially(digits);
      expect(await visibleNames(page)).toEqual(['Den Sociale Døgnvagt']);
    } finally {
      await context.close();
    }
  });

  it('finds a contact by e-mail and by a role word, ignoring case and æøå spelling', async () => {
    const { context, page, search } = await openContacts();
    try {
      await search.pressSequentially('RAVANG@');
      expect(await visibleNames(page)).toEqual(['Randi Vang']);
      await search.fill('');
      await search.pressSequentially('doegnvagt');
      expect(await visibleNames(page)).toEqual(['Den Sociale Døgnvagt']);
    } finally {
      await context.close();
    }
  });

  it('says so when nothing matches, hides empty groups, and Escape brings every contact back', async () => {
    const { context, page, search } = await openContacts();
    try {
      await search.pressSequentially('zzz');
      expect(await visibleNames(page)).toEqual([]);
      expect(await page.locator('#no-match').isVisible()).toBe(true);
      expect(await page.locator('.contact-group:visible').count()).toBe(0);
      await search.press('Escape');
      expect(await visibleNames(page)).toHaveLength(getGuide('gladsaxe').contacts.length);
      expect(await page.locator('#no-match').isVisible()).toBe(false);
    } finally {
      await context.close();
    }
  });

  it('shows every contact and no search box when JavaScript is off', async () => {
    const context = await offlineContext(env.browser(), { javaScriptEnabled: false });
    try {
      const { page } = await watchedPage(context, 320);
      await page.goto(`${env.url('gladsaxe')}/tab/contacts`);
      expect(await visibleNames(page)).toHaveLength(getGuide('gladsaxe').contacts.length);
      expect(await page.locator('#contact-search').isVisible()).toBe(false);
    } finally {
      await context.close();
    }
  });

  it.each(['gladsaxe', 'aalborg'] as const)('links every %s phone number with tel: and every e-mail with mailto:, the number visible', async (municipality) => {
    const context = await offlineContext(env.browser());
    try {
      const { page } = await watchedPage(context, 1280);
      for (const path of ['/tab/contacts', '/tab']) {
        await page.goto(`${env.url(municipality)}${path}`);
        for (const contact of getGuide(municipality).contacts) {
          for (const phone of contact.phones) {
            const texts = await page.locator(`a[href="tel:${dialString(phone.number)}"]`).allTextContents();
            expect(texts.length, `${path}: ${contact.name} ${phone.number}`).toBeGreaterThan(0);
            expect(new Set(texts)).toEqual(new Set([formatPhone(phone.number)]));
          }
          if (contact.email) expect(await page.locator(`a[href="mailto:${contact.email}"]`).first().textContent()).toBe(contact.email);
        }
        // Every tel: link dials an E.164 Danish number or a short emergency number.
        for (const href of await page.locator('a[href^="tel:"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
          expect(href).toMatch(/^tel:(\+45\d{8}|11[24])$/);
        }
      }
    } finally {
      await context.close();
    }
  });
});
