// GET /tab: the whole action card, from the guide module — levels side by side, or one section per audience.
import { label } from '../answer/labels.js';
import type { Guide } from '../guide/types.js';
import { renderAudiences } from './audience-html.js';
import { contactGroups, guideHeading, legalList, notesSection, sourceFooter } from './guide-sections.js';
import { html } from './html.js';
import { renderLevels } from './level-html.js';
import { renderPage } from './page-layout.js';
import type { PageOptions } from './page-options.js';

export interface GuidePageInput {
  readonly guide: Guide;
  /** Offices open now (Europe/Copenhagen): decides which contacts come first. */
  readonly open: boolean;
  /** URL of the stylesheet with the guide's level colours. */
  readonly levelCssUrl: string;
}

export function renderGuidePage(input: GuidePageInput, options: PageOptions): string {
  const { guide, open } = input;
  const { lang } = options;
  const byAudience = guide.audiences.length > 0;
  const main = html`${guideHeading(guide, lang)}
${guide.levels.length > 0 && renderLevels(guide, lang)}
${byAudience && renderAudiences(guide, !open, lang)}
${!byAudience && html`<section class="contacts" aria-labelledby="contacts-title"><h2 id="contacts-title">${label('contacts', lang)}</h2>${contactGroups(guide, !open, lang, { headingLevel: 3 })}</section>`}
${!byAudience && guide.legalRefs.length > 0 && html`<section class="legal-refs" aria-labelledby="legal-title"><h2 id="legal-title">${label('legal', lang)}</h2>${legalList(guide, undefined, lang)}</section>`}
${notesSection(guide, lang, !byAudience)}`;
  return renderPage(options, {
    id: 'guide',
    title: `${guide.title[lang]} – ${guide.municipality.name}`,
    main,
    styles: guide.levels.length > 0 ? [input.levelCssUrl] : [],
    scripts: byAudience ? ['audiences.js'] : [],
    footer: sourceFooter(guide, lang),
  });
}
