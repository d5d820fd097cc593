// The document around every tab page: head with static CSS/JS only (CSP), top bar, footer.
import { label } from '../answer/labels.js';
import { LANGS, type Lang } from '../guide/types.js';
import { href, html, type SafeHtml } from './html.js';
import { carriedQuery, type PageOptions } from './page-options.js';
import { tabLabel } from './tab-labels.js';

export const PAGE_PATHS = { guide: '/tab', contacts: '/tab/contacts', config: '/tab/config', privacy: '/privacy', terms: '/terms' } as const;
export type PageId = keyof typeof PAGE_PATHS;

export interface PageContent {
  readonly id: PageId;
  readonly title: string;
  readonly main: SafeHtml;
  /** Extra stylesheet URLs (e.g. the guide's level colours). */
  readonly styles?: readonly string[];
  /** Page scripts (asset names), run after the Teams bootstrap. */
  readonly scripts?: readonly string[];
  readonly footer?: SafeHtml;
}

const LANG_NAMES: Readonly<Record<Lang, string>> = { da: 'Dansk', en: 'English' };
const NAV_PAGES: readonly { readonly id: PageId; readonly text: (lang: Lang) => string }[] = [
  { id: 'guide', text: (lang) => tabLabel('actionCard', lang) },
  { id: 'contacts', text: (lang) => label('contacts', lang) },
];

function topBar(options: PageOptions, page: PageContent): SafeHtml {
  const showNav = page.id === 'guide' || page.id === 'contacts';
  return html`<header class="topbar">
  ${showNav && html`<nav class="topbar__nav" aria-label="${tabLabel('pages', options.lang)}">${NAV_PAGES.map(
    (nav) => html`<a href="${href(PAGE_PATHS[nav.id], carriedQuery(options))}"${page.id === nav.id && html` aria-current="page"`}>${nav.text(options.lang)}</a>`,
  )}</nav>`}
  <nav class="topbar__lang" aria-label="${tabLabel('language', options.lang)}">${LANGS.map(
    (lang) =>
      html`<a href="${href(PAGE_PATHS[page.id], carriedQuery(options, lang))}" lang="${lang}" hreflang="${lang}"${lang === options.lang && html` aria-current="true"`}>${LANG_NAMES[lang]}</a>`,
  )}</nav>
</header>`;
}

function footer(options: PageOptions, page: PageContent): SafeHtml {
  return html`<footer class="page-footer">
  ${page.footer}
  <p><a href="${href(PAGE_PATHS.privacy, carriedQuery(options))}">${tabLabel('privacy', options.lang)}</a> · <a href="${href(PAGE_PATHS.terms, carriedQuery(options))}">${tabLabel('terms', options.lang)}</a></p>
</footer>`;
}

export function renderPage(options: PageOptions, page: PageContent): string {
  const scripts = ['teams-js.min.js', 'tab.js', ...(page.scripts ?? [])];
  return `<!doctype html>\n${html`<html lang="${options.lang}" data-theme="${options.theme}"${options.themeFixed && html` data-theme-fixed`}${options.langFixed && html` data-lang-fixed`}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title}</title>
<link rel="stylesheet" href="${options.asset('tab.css')}">
${(page.styles ?? []).map((url) => html`<link rel="stylesheet" href="${url}">\n`)}${scripts.map((name) => html`<script src="${options.asset(name)}" defer></script>\n`)}</head>
<body>
<a class="skip-link" href="#main">${tabLabel('skip', options.lang)}</a>
${topBar(options, page)}
<main id="main" class="page" tabindex="-1">
${page.main}
</main>
${footer(options, page)}
</body>
</html>`.value}\n`;
}
