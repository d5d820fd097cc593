// GET /tab/contacts: every contact by when to use it, after-hours first when closed, with a search that filters as you type.
import { label } from '../answer/labels.js';
import type { Guide } from '../guide/types.js';
import { contactGroups, openStatus, sourceFooter } from './guide-sections.js';
import { html } from './html.js';
import { renderPage } from './page-layout.js';
import type { PageOptions } from './page-options.js';
import { tabLabel } from './tab-labels.js';

export interface ContactsPageInput {
  readonly guide: Guide;
  readonly open: boolean;
  readonly hours: { readonly open: string; readonly close: string };
}

export function renderContactsPage(input: ContactsPageInput, options: PageOptions): string {
  const { guide, open } = input;
  const { lang } = options;
  const total = guide.contacts.length;
  // The search box is hidden until contacts.js runs: without JS it could not filter.
  const main = html`<div class="intro">
  <p class="intro__municipality">${guide.municipality.name}</p>
  <h1>${label('allContacts', lang)}</h1>
</div>
${openStatus(guide, open, input.hours, lang)}
<div class="search" hidden>
  <label for="contact-search">${tabLabel('search', lang)}</label>
  <input id="contact-search" type="search" autocomplete="off" spellcheck="false" enterkeyhint="search">
  <p id="search-count" class="search__count" aria-live="polite" data-template="${tabLabel('shown', lang)}" data-total="${total}"></p>
</div>
<div class="contact-groups">${contactGroups(guide, !open, lang, { headingLevel: 2, searchable: true })}</div>
<p id="no-match" class="empty" hidden>${tabLabel('noMatch', lang)}</p>`;
  return renderPage(options, {
    id: 'contacts',
    title: `${label('allContacts', lang)} – ${guide.municipality.name}`,
    main,
    scripts: ['contacts.js'],
    footer: sourceFooter(guide, lang),
  });
}
