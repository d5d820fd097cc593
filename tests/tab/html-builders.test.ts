// The tab's HTML builders without a browser: escaping, links for every number and address, both languages, markings.
import { describe, expect, it } from 'vitest';
import { dialString, formatPhone } from '../../src/cards/contact-links.js';
import { GUIDES, MUNICIPALITY_IDS, getGuide, type Guide, type Lang } from '../../src/guide/index.js';
import { renderConfigPage } from '../../src/tab/config-page.js';
import { linkifyPhones } from '../../src/tab/contact-html.js';
import { renderContactsPage } from '../../src/tab/contacts-page.js';
import { renderGuidePage } from '../../src/tab/guide-page.js';
import { escapeHtml, html, SafeHtml } from '../../src/tab/html.js';
import { renderPrivacyPage, renderTermsPage } from '../../src/tab/legal-pages.js';
import { contrastRatio, DARK_INK, inkFor, LIGHT_INK, renderLevelCss } from '../../src/tab/level-css.js';
import type { PageOptions } from '../../src/tab/page-options.js';

const HOURS = { open: '08:00', close: '15:00' };

function options(lang: Lang, municipality = 'gladsaxe'): PageOptions {
  return { lang, theme: 'default', langFixed: false, themeFixed: false, municipality, asset: (name) => `/tab/static/${name}?v=test` };
}

function allPages(guide: Guide, lang: Lang, open = true): string[] {
  const opts = options(lang, guide.id);
  return [
    renderGuidePage({ guide, open, levelCssUrl: '/tab/static/levels.css' }, opts),
    renderContactsPage({ guide, open, hours: HOURS }, opts),
    renderConfigPage({ guide }, opts),
    renderPrivacyPage(guide, opts),
    renderTermsPage(guide, opts),
  ];
}

const PAYLOAD = `<img src=x onerror="alert(1)">'&`;

/** The guide with markup appended to every human-readable text, and an e-mail that tries to break out of its attribute. */
function hostile(guide: Guide): Guide {
  const taint = (value: unknown, key?: string): unknown => {
    if (typeof value === 'string') return key === 'da' || key === 'en' || key === 'name' || key === 'citation' ? value + PAYLOAD : value;
    if (Array.isArray(value)) return value.map((item) => taint(item));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, taint(v, k)]));
    return value;
  };
  const tainted = taint(guide) as Guide;
  return { ...tainted, contacts: tainted.contacts.map((contact, index) => (index === 0 ? { ...contact, email: `x"><script>alert(2)</script>@example.dk` } : contact)) };
}

describe('html', () => {
  it('escapes interpolated text and keeps built HTML as it is', () => {
    expect(html`<p title="${`"'<>&`}">${'<b>'}${html`<i>ok</i>`}</p>`.value).toBe('<p title="&quot;&#39;&lt;&gt;&amp;">&lt;b&gt;<i>ok</i></p>');
  });

  it('leaves out false, null and undefined, and joins arrays', () => {
    expect(html`${false}${null}${undefined}${['a', html`<br>`, 1]}`.value).toBe('a<br>1');
  });

  it('escapes the five HTML special characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(new SafeHtml('<b>').toString()).toBe('<b>');
  });
});

describe.each(MUNICIPALITY_IDS)('the %s pages', (municipality) => {
  const guide = getGuide(municipality);

  it('escape every text from the guide module', () => {
    for (const lang of ['da', 'en'] as const) {
      for (const page of allPages(hostile(guide), lang)) {
        expect(page).not.toContain('<img src=x');
        expect(page).not.toContain('<script>alert');
      }
    }
    expect(allPages(hostile(guide), 'da')[0]).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&#39;&amp;');
    expect(allPages(hostile(guide), 'da')[1]).toContain('href="mailto:x&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;@example.dk"');
  });

  it.each(['da', 'en'] as const)('link every phone number with tel: and every e-mail with mailto: on the action card and the contacts page (%s)', (lang) => {
    const [guidePage, contactsPage] = allPages(guide, lang);
    for (const page of [guidePage!, contactsPage!]) {
      for (const contact of guide.contacts) {
        for (const phone of contact.phones) expect(page).toContain(`<a class="tel" href="tel:${dialString(phone.number)}">${formatPhone(phone.number)}</a>`);
        if (contact.email) expect(page).toContain(`<a class="mail" href="mailto:${contact.email}">${contact.email}</a>`);
      }
    }
  });

  it('carry no inline script, inline style or event handler attribute (the CSP forbids them)', () => {
    for (const page of [...allPages(guide, 'da'), ...allPages(guide, 'en')]) {
      expect(page).not.toMatch(/<script(?![^>]*\bsrc=)/);
      expect(page).not.toMatch(/<style|\sstyle=/);
      expect(page).not.toMatch(/\son[a-z]+=/);
    }
  });

  it.each(['da', 'en'] as const)('are written in the requested language (%s)', (lang) => {
    const [guidePage, contactsPage] = allPages(guide, lang);
    expect(guidePage).toContain(`<html lang="${lang}"`);
    expect(guidePage).toContain(escapeHtml(guide.title[lang]));
    for (const level of guide.levels) expect(guidePage).toContain(`>${escapeHtml(level.title[lang])}</h2>`);
    for (const audience of guide.audiences) expect(guidePage).toContain(`>${escapeHtml(audience.title[lang])}</h2>`);
    for (const contact of guide.contacts) expect(contactsPage).toContain(escapeHtml(contact.role[lang]));
  });

  it('marks every note that needs verification, visibly', () => {
    const flagged = [...guide.contacts, ...guide.notes, ...guide.audiences.flatMap((a) => [...a.steps, ...a.attentionPoints, ...a.safetyPlan])].filter(
      (item) => item.needsVerification,
    );
    for (const lang of ['da', 'en'] as const) {
      const [guidePage] = allPages(guide, lang);
      const notes = [...guidePage!.matchAll(/<p class="verify">(.*?)<\/p>/g)].map((match) => match[1]!.replace(/<[^>]+>/g, ''));
      const tag = lang === 'da' ? 'Skal verificeres' : 'Needs verification';
      for (const item of flagged) expect(notes).toContain(`${tag} ${escapeHtml(item.needsVerification![lang])}`);
    }
  });
});

describe('the action card', () => {
  it('shows Gladsaxe’s three levels with their signs, actions and the check for children at red', () => {
    const page = renderGuidePage({ guide: GUIDES.gladsaxe, open: true, levelCssUrl: '/levels.css' }, options('da'));
    expect(page.match(/<section class="level" data-level="(\w+)"/g)).toEqual(['yellow', 'orange', 'red'].map((id) => `<section class="level" data-level="${id}"`));
    expect(page).toContain('Undersøg, om der er børn under 18 år i hjemmet.');
    expect(page).toContain('<link rel="stylesheet" href="/levels.css">');
  });

  it('gives each Aalborg audience an anchor the selector links to, and marks the do-not points', () => {
    const page = renderGuidePage({ guide: GUIDES.aalborg, open: true, levelCssUrl: '/levels.css' }, options('da', 'aalborg'));
    for (const audience of GUIDES.aalborg.audiences) {
      expect(page).toContain(`<section class="audience" id="audience-${audience.id}"`);
      expect(page).toContain(`<a href="#audience-${audience.id}" data-audience="${audience.id}">`);
      for (const point of audience.attentionPoints.filter((p) => p.kind === 'do-not')) {
        expect(page).toContain(`<li class="attention attention--do-not"><strong class="attention__kind">Gør ikke</strong> ${escapeHtml(point.text.da)}`);
      }
    }
  });

  it('lists the after-hours contacts before the others when offices are closed', () => {
    const order = (open: boolean) =>
      [...renderContactsPage({ guide: GUIDES.aalborg, open, hours: HOURS }, options('da', 'aalborg')).matchAll(/class="contact-group" data-use="([\w-]+)"/g)].map((m) => m[1]);
    expect(order(true)[0]).toBe('acute');
    expect(order(false)[0]).toBe('after-hours');
  });
});

describe('linkifyPhones', () => {
  it('links spaced Danish numbers and the emergency numbers in the guide’s sentences', () => {
    expect(linkifyPhones('Ring 39 57 54 10 eller politiet på 114.').value).toBe(
      'Ring <a class="tel" href="tel:+4539575410">39 57 54 10</a> eller politiet på <a class="tel" href="tel:114">114</a>.',
    );
  });

  it('leaves section numbers, CVR numbers and markup alone', () => {
    expect(linkifyPhones('SEL § 114, CVR-nummer: 29189420 <b>').value).toBe('SEL § 114, CVR-nummer: 29189420 &lt;b&gt;');
  });
});

describe('level colours', () => {
  it('picks dark text on yellow and orange, white text on red', () => {
    expect(inkFor('#F2C500')).toBe(DARK_INK);
    expect(inkFor('#E8730C')).toBe(DARK_INK);
    expect(inkFor('#C4262E')).toBe(LIGHT_INK);
  });

  it('gives every level of every guide a text colour with at least 4.5:1 contrast', () => {
    for (const guide of Object.values(GUIDES) as Guide[]) {
      for (const level of guide.levels) expect(contrastRatio(level.colour, inkFor(level.colour))).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('writes only valid hex colours into the stylesheet', () => {
    const guide = { ...GUIDES.gladsaxe, levels: GUIDES.gladsaxe.levels.map((level, i) => (i === 0 ? { ...level, colour: 'red;}body{display:none' } : level)) } as Guide;
    expect(renderLevelCss(guide)).not.toContain('display:none');
    expect(renderLevelCss(GUIDES.gladsaxe)).toContain('[data-level="red"] { --level-colour: #C4262E; --level-ink: #ffffff; }');
  });
});
