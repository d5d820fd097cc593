// Answer → Adaptive Cards 1.5, by expanding the templates in /cards (parsed once, at load).
import { Template } from 'adaptivecards-templating';
import answerTemplate from '../../cards/answer.json';
import choiceTemplate from '../../cards/choice.json';
import contactsTemplate from '../../cards/contacts.json';
import helpTemplate from '../../cards/help.json';
import overviewTemplate from '../../cards/overview.json';
import { label } from '../answer/labels.js';
import type { Answer, AnswerBody, ContactView, FollowUp, Header, Section, Warning } from '../answer/types.js';
import type { Guide, Lang, LevelId } from '../guide/types.js';
import { formatPhone, mailButton, phoneButton, type Button } from './contact-links.js';
import { swatchDataUri } from './swatches.js';

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

export interface CardAttachment {
  readonly contentType: typeof ADAPTIVE_CARD_CONTENT_TYPE;
  readonly content: Record<string, unknown>;
}

export interface RenderOptions {
  /** Teams mobile dials with tel:, desktop and web with a Teams call link. */
  readonly mobile: boolean;
  /** Level colours of the guide, for the swatch beside a level title. */
  readonly levelColours: Readonly<Partial<Record<LevelId, string>>>;
}

/** The guide's level colours, as RenderOptions wants them. */
export function levelColoursOf(guide: Guide): RenderOptions['levelColours'] {
  return Object.fromEntries(guide.levels.map((level) => [level.id, level.colour])) as Partial<Record<LevelId, string>>;
}

const TEMPLATES = {
  guide: new Template(answerTemplate),
  contacts: new Template(contactsTemplate),
  overview: new Template(overviewTemplate),
  help: new Template(helpTemplate),
  'choose-audience': new Template(choiceTemplate),
  candidates: new Template(choiceTemplate),
} as const satisfies Record<AnswerBody['kind'], Template>;

const TEXT_COLOUR: Readonly<Record<Header['tone'], string>> = { yellow: 'Warning', orange: 'Warning', red: 'Attention', acute: 'Attention', neutral: 'Default' };
const FALLBACK_RED = '#C4262E';
const swatchCache = new Map<string, string>();
const WARNING_LABEL = { cpr: 'cprWarning', long: 'longWarning' } as const satisfies Record<Warning, string>;

// Answers are cached and shared (see answer/ask.ts): each is expanded once per client kind, then reused.
const rendered = new WeakMap<Answer, { mobile?: readonly CardAttachment[]; desktop?: readonly CardAttachment[] }>();

export function renderAnswer(answer: Answer, options: RenderOptions): readonly CardAttachment[] {
  const cached = rendered.get(answer) ?? {};
  const kind = options.mobile ? 'mobile' : 'desktop';
  const hit = cached[kind];
  if (hit) return hit;
  const warning = answer.warnings.map((w) => label(WARNING_LABEL[w], answer.lang)).join(' ');
  const cards = [answer.body, ...answer.extra].map((body, i) => renderBody(body, answer.lang, options, i === 0 ? warning : ''));
  rendered.set(answer, { ...cached, [kind]: cards });
  return cards;
}

export function renderBody(body: AnswerBody, lang: Lang, options: RenderOptions, warning = ''): CardAttachment {
  const common = { hasWarning: warning !== '', warning, followUps: followUpData('followUps' in body ? body.followUps : [], lang) };
  const data = { ...common, ...bodyData(body, lang, options) };
  const content = TEMPLATES[body.kind].expand({ $root: data }) as Record<string, unknown>;
  return { contentType: ADAPTIVE_CARD_CONTENT_TYPE, content };
}

function bodyData(body: AnswerBody, lang: Lang, options: RenderOptions): Record<string, unknown> {
  switch (body.kind) {
    case 'guide': {
      const swatch = swatchFor(body.header.tone, options);
      const groups = [
        { title: body.contactsTitle, contacts: body.contacts },
        { title: label('afterHours', lang), contacts: body.afterHoursContacts },
      ];
      return {
        header: body.header,
        headerColor: TEXT_COLOUR[body.header.tone],
        hasSwatch: swatch !== '',
        swatch,
        swatchAlt: body.header.title,
        hasSubtitle: Boolean(body.header.subtitle),
        sections: body.sections.map(sectionData),
        showClosed: !body.open && body.afterHoursContacts.length > 0,
        closedNote: label('closedNow', lang),
        contactGroups: contactGroupsData(body.open ? groups : groups.reverse(), lang, options),
        hasVerificationNotes: body.verification.length > 0,
        verifyTitle: `⚠️ ${label('verify', lang)}`,
        verificationNotes: [...new Set(body.verification)],
        sourceLine: `${label('source', lang)}: ${body.source}`,
      };
    }
    case 'contacts':
      return {
        title: body.title,
        hasIntro: Boolean(body.intro),
        intro: body.intro ?? '',
        contactGroups: contactGroupsData(body.groups, lang, options),
        sourceLine: `${label('source', lang)}: ${body.source}`,
      };
    case 'overview':
      return {
        title: body.title,
        intro: body.intro,
        sourceLine: `${label('source', lang)}: ${body.source}`,
        levels: body.levels.map((level) => ({
          title: level.title,
          color: TEXT_COLOUR[level.id],
          swatch: swatchFor(level.id, options),
          swatchAlt: level.title,
          meaning: level.meaning,
          signsText: `**${label('signs', lang)}:** ${level.signs.join(' · ')}`,
          actionsText: `**${label('actions', lang)}:** ${level.actions.join(' · ')}`,
        })),
      };
    case 'help':
      return {
        title: body.title,
        intro: body.intro,
        privacy: body.privacy,
        examples: body.examples.map((text) => ({ title: text, data: { msteams: { type: 'imBack', value: text } } })),
      };
    case 'choose-audience':
      return {
        title: body.title,
        titleColor: body.acute ? TEXT_COLOUR.acute : TEXT_COLOUR.neutral,
        intro: body.intro,
        options: followUpData(body.options, lang),
        optionsLast: body.acute,
        sections: body.focus ? [sectionData(body.focus)] : [],
        contactGroups: contactGroupsData([{ title: body.acuteTitle, contacts: body.acuteContacts }], lang, options),
      };
    case 'candidates':
      return { title: body.title, titleColor: TEXT_COLOUR.neutral, intro: body.intro, options: followUpData(body.options, lang), optionsLast: false, sections: [], contactGroups: [] };
  }
}

function sectionData(section: Section) {
  return {
    title: section.title,
    items: section.items.map((item) => ({ bullet: `• ${item.text}`, weight: item.emphasis ? 'Bolder' : 'Default', hasNote: Boolean(item.note), note: item.note ?? '' })),
  };
}

function contactGroupsData(groups: readonly { title: string; contacts: readonly ContactView[] }[], lang: Lang, options: RenderOptions) {
  return groups.filter((g) => g.contacts.length > 0).map((group) => ({ title: group.title, contacts: group.contacts.map((c) => contactData(c, lang, options)) }));
}

export function contactData(contact: ContactView, lang: Lang, options: RenderOptions) {
  const phones = contact.phones.map((p) => `📞 ${formatPhone(p.number)}${p.label ? ` (${p.label})` : ''}`);
  const details = [...phones, ...(contact.email ? [`✉️ ${contact.email}`] : []), ...(contact.url ? [`🔗 ${contact.url}`] : [])];
  const buttons: Button[] = [
    ...contact.phones.map((p) => phoneButton(p.number, lang, options.mobile)),
    ...(contact.email ? [mailButton(contact.email, lang)] : []),
    ...(contact.url ? [{ title: `🔗 ${contact.url.replace(/^https?:\/\//, '')}`, url: contact.url }] : []),
  ];
  return {
    name: contact.name,
    role: contact.role,
    hasDetails: details.length > 0,
    details: details.join('  \n'),
    hasVerification: Boolean(contact.needsVerification),
    verification: contact.needsVerification ?? '',
    hasButtons: buttons.length > 0,
    buttons,
  };
}

/** Each button carries its card's language: a click has no text to read the language from. */
function followUpData(followUps: readonly FollowUp[], lang: Lang) {
  return followUps.map(({ title, ...data }) => ({ title, data: { ...data, lang } }));
}

function swatchFor(tone: Header['tone'], options: RenderOptions): string {
  const colour = tone === 'neutral' ? undefined : tone === 'acute' ? (options.levelColours.red ?? FALLBACK_RED) : options.levelColours[tone];
  if (!colour) return '';
  let uri = swatchCache.get(colour);
  if (!uri) {
    uri = swatchDataUri(colour);
    swatchCache.set(colour, uri);
  }
  return uri;
}
