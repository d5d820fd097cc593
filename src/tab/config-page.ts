// GET /tab/config: the configurable tab's setup page; config.js saves the choice through @microsoft/teams-js.
import { label } from '../answer/labels.js';
import type { Guide, Lang } from '../guide/types.js';
import { href, html } from './html.js';
import { PAGE_PATHS, renderPage } from './page-layout.js';
import { carriedQuery, type PageOptions } from './page-options.js';
import { tabLabel } from './tab-labels.js';

export interface ConfigPageInput {
  readonly guide: Guide;
  /** PUBLIC_BASE_URL when set; otherwise config.js uses the page's own origin. */
  readonly publicBaseUrl?: string;
}

// Names shown on the tab in Teams; Danish, like the manifest's tab names.
const CHOICES = [
  { path: PAGE_PATHS.guide, entityId: 'handlekort', name: 'Handlekort', text: (lang: Lang) => label('wholeCard', lang) },
  { path: PAGE_PATHS.contacts, entityId: 'handlekort-contacts', name: 'Kontakter', text: (lang: Lang) => tabLabel('configContacts', lang) },
] as const;

export function renderConfigPage(input: ConfigPageInput, options: PageOptions): string {
  const { lang } = options;
  const main = html`<div class="intro">
  <p class="intro__municipality">${input.guide.municipality.name}</p>
  <h1>${tabLabel('configTitle', lang)}</h1>
  <p class="intro__text">${tabLabel('configIntro', lang)}</p>
</div>
<form id="tab-config" class="config" hidden data-base-url="${input.publicBaseUrl ?? ''}" data-municipality="${options.municipality}">
  <fieldset>
    <legend>${tabLabel('configChoice', lang)}</legend>
    ${CHOICES.map(
      (choice, index) =>
        html`<label class="choice"><input type="radio" name="page" value="${choice.path}" data-entity-id="${choice.entityId}" data-name="${choice.name}"${index === 0 && html` checked`}> <span>${choice.text(lang)}</span></label>`,
    )}
  </fieldset>
  <p>${tabLabel('configSave', lang)}</p>
</form>
<div id="outside-teams" class="outside">
  <p>${tabLabel('outsideTeams', lang)}</p>
  <ul>${CHOICES.map((choice) => html`<li><a href="${href(choice.path, carriedQuery(options))}">${choice.text(lang)}</a></li>`)}</ul>
</div>`;
  return renderPage(options, { id: 'config', title: `${tabLabel('configTitle', lang)} – ${input.guide.municipality.name}`, main, scripts: ['config.js'] });
}
