// A colour level of the guide (Gladsaxe): the matched sign, the next actions, the checks, the contacts.
import type { Guide, Lang, Level } from '../guide/types.js';
import { label } from './labels.js';
import type { AnswerBody, FollowUp, Section } from './types.js';
import { contactViews, legalLines, sourceLine, verificationNotes } from './views.js';

export interface LevelAnswerInput {
  readonly signIds: readonly string[];
  readonly contactIds: readonly string[];
  /** Laws the question names ("hvad står der i §12A?"), shown first with the level's own. */
  readonly legalRefIds?: readonly string[];
  readonly lang: Lang;
  readonly open: boolean;
}

export function levelAnswer(guide: Guide, level: Level, input: LevelAnswerInput): AnswerBody {
  const { lang } = input;
  const allSigns = guide.levels.flatMap((l) => l.signs.map((sign) => ({ sign, level: l })));
  const matched = input.signIds.map((id) => allSigns.find((s) => s.sign.id === id)).filter((s) => s !== undefined);
  const own = matched.filter((s) => s.level.id === level.id);
  const others = matched.filter((s) => s.level.id !== level.id);
  const sections: Section[] = [];
  if (own.length > 0) sections.push({ id: 'sign', title: label('sign', lang), items: own.map((s) => ({ text: s.sign.text[lang] })) });
  sections.push({ id: 'actions', title: label('actions', lang), items: level.actions.map((a) => ({ text: a.text[lang], note: a.needsVerification?.[lang] })) });
  if (level.checks.length > 0) sections.push({ id: 'checks', title: label('checks', lang), items: level.checks.map((c) => ({ text: c.text[lang], emphasis: true })) });
  sections.push({ id: 'meaning', title: label('meaning', lang), items: [{ text: level.meaning[lang] }] });
  // The level's other signs too: what else to watch for, and a check that the level fits.
  const rest = level.signs.filter((sign) => !own.some((s) => s.sign.id === sign.id));
  if (rest.length > 0) sections.push({ id: 'signs', title: label(own.length > 0 ? 'otherSigns' : 'signs', lang), items: rest.map((s) => ({ text: s.text[lang] })) });
  if (others.length > 0) {
    sections.push({ id: 'also', title: label('also', lang), items: others.map((s) => ({ text: `${s.sign.text[lang]} (${s.level.title[lang]})` })) });
  }
  const legalIds = [...new Set([...(input.legalRefIds ?? []), ...level.legalRefIds, ...level.actions.flatMap((a) => a.legalRefIds ?? [])])];
  const legal = legalLines(guide, legalIds, lang);
  if (legal.length > 0) sections.push({ id: 'legal', title: label('legal', lang), items: legal });
  const actionContactIds = level.actions.flatMap((a) => a.contactIds ?? []);
  const contacts = contactViews(guide, [...input.contactIds, ...level.contactIds, ...actionContactIds], lang);
  const otherLevels: FollowUp[] = guide.levels
    .filter((l) => l.id !== level.id)
    .map((l) => ({ verb: 'level', levelId: l.id, title: l.title[lang] }));
  return {
    kind: 'guide',
    header: { title: level.title[lang], tone: level.id },
    sections,
    contactsTitle: level.id === 'red' ? label('acuteContacts', lang) : label('contacts', lang),
    contacts,
    afterHoursContacts: [],
    open: input.open,
    verification: verificationNotes([...level.actions, ...contacts], lang),
    source: sourceLine(guide, level.source, lang),
    followUps: [
      { verb: 'contacts', title: label('allContacts', lang) },
      { verb: 'overview', title: label('wholeCard', lang) },
      ...otherLevels,
    ],
  };
}
