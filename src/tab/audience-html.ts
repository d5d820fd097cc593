// A guide organised by audience (Aalborg): a selector and, per audience, the ordered steps, do-not points, safety plan and contacts.
import { label } from '../answer/labels.js';
import type { Audience, AttentionPoint, Guide, GuideText, Lang, Step } from '../guide/types.js';
import { contactList, linkifyPhones, referencedContacts, verifyNote } from './contact-html.js';
import { html, type SafeHtml } from './html.js';
import { guideTextItem } from './level-html.js';
import { legalList } from './guide-sections.js';
import { ATTENTION_KIND_LABELS } from './tab-labels.js';

export const audienceAnchor = (id: string): string => `audience-${id}`;

function stepItem(guide: Guide, step: Step, previous: Step | undefined, lang: Lang): SafeHtml {
  const dutyChanged = step.duty && step.duty[lang] !== previous?.duty?.[lang];
  return html`<li>${dutyChanged && html`<p class="duty"><strong>${label('duty', lang)}:</strong> ${step.duty?.[lang]}</p>`}${linkifyPhones(step.text[lang])}${referencedContacts(guide, step.text[lang], step.contactIds, lang)}${verifyNote(step.needsVerification?.[lang], lang)}</li>`;
}

function stepList(guide: Guide, steps: readonly Step[], start: number, lang: Lang): SafeHtml {
  return html`<ol class="steps"${start > 1 && html` start="${start}"`}>${steps.map((step, index) => stepItem(guide, step, steps[index - 1], lang))}</ol>`;
}

function attentionItem(point: AttentionPoint, lang: Lang): SafeHtml {
  return html`<li class="attention attention--${point.kind}"><strong class="attention__kind">${ATTENTION_KIND_LABELS[point.kind][lang]}</strong> ${point.text[lang]}${verifyNote(point.needsVerification?.[lang], lang)}</li>`;
}

/** Questions of the safety plan as a list; the sentences around them as paragraphs, in the guide's order. */
function safetyPlan(guide: Guide, items: readonly GuideText[], lang: Lang): SafeHtml {
  const blocks: GuideText[][] = [];
  for (const item of items) {
    const question = item.text[lang].trim().endsWith('?');
    const last = blocks.at(-1);
    if (question && last?.[0]?.text[lang].trim().endsWith('?')) last.push(item);
    else blocks.push([item]);
  }
  return html`${blocks.map((block) =>
    block[0]?.text[lang].trim().endsWith('?')
      ? html`<ul class="questions">${block.map((item) => guideTextItem(guide, item, lang))}</ul>`
      : html`<p>${linkifyPhones(block[0]?.text[lang] ?? '')}</p>`,
  )}`;
}

function audienceContacts(guide: Guide, audience: Audience, afterHoursFirst: boolean, lang: Lang): SafeHtml {
  const groups = [
    html`<h4>${label('duringHours', lang)}</h4>${contactList(guide, audience.contactIds, lang)}`,
    html`<h4>${label('afterHours', lang)}</h4>${contactList(guide, audience.afterHoursContactIds, lang)}`,
  ];
  return html`${afterHoursFirst ? groups.reverse() : groups}`;
}

function audienceSection(guide: Guide, audience: Audience, afterHoursFirst: boolean, lang: Lang): SafeHtml {
  const concern = audience.steps.filter((step) => step.stage === 'concern');
  const acute = audience.steps.filter((step) => step.stage === 'acute');
  const id = audienceAnchor(audience.id);
  return html`<section class="audience" id="${id}" aria-labelledby="${id}-title">
  <h2 id="${id}-title">${audience.title[lang]}</h2>
  <div class="audience__grid">
    <div class="audience__steps">
      <h3>${label('steps', lang)}</h3>
      ${stepList(guide, concern, 1, lang)}
      ${acute.length > 0 && html`<div class="acute"><h3>${label('acuteSteps', lang)}</h3>${stepList(guide, acute, concern.length + 1, lang)}</div>`}
    </div>
    <div class="audience__side">
      <h3>${label('attention', lang)}</h3>
      <ul class="attention-list">${audience.attentionPoints.map((point) => attentionItem(point, lang))}</ul>
      <h3>${label('safetyPlan', lang)}</h3>
      ${safetyPlan(guide, audience.safetyPlan, lang)}
    </div>
  </div>
  <h3>${label('contacts', lang)}</h3>
  ${audienceContacts(guide, audience, afterHoursFirst, lang)}
  ${audience.legalRefIds.length > 0 && html`<h3>${label('legal', lang)}</h3>${legalList(guide, audience.legalRefIds, lang)}`}
</section>`;
}

export function renderAudiences(guide: Guide, afterHoursFirst: boolean, lang: Lang): SafeHtml {
  return html`<nav class="audience-nav" aria-labelledby="audience-nav-title">
  <h2 id="audience-nav-title" class="audience-nav__title">${label('chooseAudience', lang)}</h2>
  <ul>${guide.audiences.map((audience) => html`<li><a href="#${audienceAnchor(audience.id)}" data-audience="${audience.id}">${audience.title[lang]}</a></li>`)}</ul>
</nav>
<div class="audiences">${guide.audiences.map((audience) => audienceSection(guide, audience, afterHoursFirst, lang))}</div>`;
}
