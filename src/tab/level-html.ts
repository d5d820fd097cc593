// A guide organised by colour levels (Gladsaxe): the levels side by side, each with its signs, actions and checks.
import { label } from '../answer/labels.js';
import type { Guide, GuideText, Lang, Level } from '../guide/types.js';
import { linkifyPhones, referencedContacts, verifyNote } from './contact-html.js';
import { html, type SafeHtml } from './html.js';
import { LEVEL_NAMES, tabLabel } from './tab-labels.js';

/** A guide text with its phone numbers linked, the contacts it names, and any verification note. */
export function guideTextItem(guide: Guide, item: GuideText, lang: Lang): SafeHtml {
  return html`<li>${linkifyPhones(item.text[lang])}${referencedContacts(guide, item.text[lang], item.contactIds, lang)}${verifyNote(item.needsVerification?.[lang], lang)}</li>`;
}

function levelCard(guide: Guide, level: Level, index: number, lang: Lang): SafeHtml {
  const titleId = `level-${level.id}`;
  return html`<section class="level" data-level="${level.id}" aria-labelledby="${titleId}">
  <header class="level__header">
    <p class="level__tag"><span class="level__number">${index + 1}</span> ${LEVEL_NAMES[level.id][lang]}</p>
    <h2 id="${titleId}" class="level__title">${level.title[lang]}</h2>
  </header>
  <div class="level__body">
    <p class="level__meaning">${level.meaning[lang]}</p>
    <h3>${label('signs', lang)}</h3>
    <ul class="signs">${level.signs.map((sign) => html`<li>${sign.text[lang]}</li>`)}</ul>
    <h3>${tabLabel('actions', lang)}</h3>
    <ul class="actions">${level.actions.map((action) => guideTextItem(guide, action, lang))}</ul>
    ${level.checks.length > 0 && html`<div class="checks"><h3>${label('checks', lang)}</h3><ul>${level.checks.map((check) => guideTextItem(guide, check, lang))}</ul></div>`}
  </div>
</section>`;
}

export function renderLevels(guide: Guide, lang: Lang): SafeHtml {
  return html`<div class="levels">${guide.levels.map((level, index) => levelCard(guide, level, index, lang))}</div>`;
}
