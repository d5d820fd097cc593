// An audience's workflow (Aalborg): ordered steps with who must act, what not to do, the safety plan, contacts.
import type { AgeGroup, Audience, Guide, GuideText, Lang, Step } from '../guide/types.js';
import type { Topic } from '../matching/match-question.js';
import { label } from './labels.js';
import type { AnswerBody, FollowUp, Section } from './types.js';
import { contactViews, legalLines, sourceLine, verificationNotes } from './views.js';

export interface WorkflowAnswerInput {
  readonly acute: boolean;
  readonly topics: readonly Topic[];
  /** Texts and legal references the question pointed at, from any audience: shown first. */
  readonly focusTextIds?: readonly string[];
  readonly legalRefIds?: readonly string[];
  /** Contacts the question asked for by name or number: shown first, whatever their age group. */
  readonly contactIds?: readonly string[];
  readonly ageGroup: AgeGroup | undefined;
  readonly lang: Lang;
  readonly open: boolean;
  /** True when the audience was not said or remembered, so the answer offers the others. */
  readonly assumed: boolean;
}

export function workflowAnswer(guide: Guide, audience: Audience, input: WorkflowAnswerInput): AnswerBody {
  const { lang, ageGroup } = input;
  const fits = (item: { ageGroup?: AgeGroup }) => !ageGroup || !item.ageGroup || item.ageGroup === ageGroup;
  const steps = audience.steps.filter(fits);
  const concern = steps.filter((s) => s.stage === 'concern');
  const acute = steps.filter((s) => s.stage === 'acute');
  const stepItems = (list: readonly Step[]) => list.map((s) => ({ text: s.text[lang], note: s.duty?.[lang], emphasis: s.stage === 'acute' }));
  const bySection: Record<string, Section | undefined> = {
    concern: concern.length > 0 ? { id: 'steps', title: label('steps', lang), items: stepItems(concern) } : undefined,
    acute: acute.length > 0 ? { id: 'steps', title: label('acuteSteps', lang), items: stepItems(acute) } : undefined,
    attention: audience.attentionPoints.length > 0 ? { id: 'attention', title: label('attention', lang), items: textItems(audience.attentionPoints, lang) } : undefined,
    safety: audience.safetyPlan.length > 0 ? { id: 'safety-plan', title: label('safetyPlan', lang), items: textItems(audience.safetyPlan, lang) } : undefined,
    legal: sectionOrUndefined('legal', label('legal', lang), legalLines(guide, legalIdsOf(audience, steps), lang)),
  };
  const order = sectionOrder(input.acute, input.topics);
  const sections = order.map((key) => bySection[key]).filter((s): s is Section => s !== undefined);
  const focus = focusSection(guide, [audience, ...guide.audiences.filter((a) => a.id !== audience.id)], input);
  if (focus) sections.unshift(focus);
  if (input.assumed) sections.unshift({ id: 'notes', title: audience.title[lang], items: [{ text: label('assumedAudience', lang) }] });
  const stepContacts = (input.acute ? [...acute, ...concern] : [...concern, ...acute]).flatMap((s) => s.contactIds ?? []);
  const asked = new Set(input.contactIds ?? []);
  const contacts = contactViews(guide, [...asked, ...stepContacts, ...audience.contactIds], lang).filter((c) => asked.has(c.id) || fitsContact(guide, c.id, ageGroup));
  const afterHours = contactViews(guide, audience.afterHoursContactIds, lang).filter((c) => fitsContact(guide, c.id, ageGroup));
  const others: FollowUp[] = guide.audiences
    .filter((a) => a.id !== audience.id)
    .map((a) => ({ verb: 'audience', audienceId: a.id, title: a.title[lang] }));
  return {
    kind: 'guide',
    header: input.acute
      ? { title: label('acuteTitle', lang), tone: 'acute', subtitle: audience.title[lang] }
      : { title: audience.title[lang], tone: 'neutral', subtitle: guide.title[lang] },
    sections,
    contactsTitle: label('contacts', lang),
    contacts,
    afterHoursContacts: afterHours,
    open: input.open,
    verification: verificationNotes([...steps, ...audience.attentionPoints, ...contacts, ...afterHours], lang),
    source: sourceLine(guide, audience.source, lang),
    followUps: [{ verb: 'contacts', title: label('allContacts', lang) }, ...others],
  };
}

/**
 * What the question pointed at: matched texts from the given audiences, first audience first (others labelled with
 * their audience), and the cited legal references.
 */
export function focusSection(
  guide: Guide,
  audiences: readonly Audience[],
  input: Pick<WorkflowAnswerInput, 'focusTextIds' | 'legalRefIds' | 'lang'>,
): Section | undefined {
  const { lang } = input;
  const [audience] = audiences;
  if (!audience) return undefined;
  const wanted = new Set(input.focusTextIds ?? []);
  const legal = new Set(input.legalRefIds ?? []);
  const items: Section['items'][number][] = [];
  const seen = new Set<string>();
  for (const owner of audiences) {
    for (const text of [...owner.attentionPoints, ...owner.steps, ...owner.safetyPlan]) {
      const cites = text.legalRefIds?.some((id) => legal.has(id)) ?? false;
      if ((!wanted.has(text.id) && !cites) || seen.has(text.text.da)) continue;
      seen.add(text.text.da);
      items.push({ text: text.text[lang], note: owner.id === audience.id ? undefined : owner.title[lang], emphasis: true });
    }
  }
  items.push(...legalLines(guide, legal, lang));
  return items.length > 0 ? { id: 'focus', title: label('focus', lang), items: items.slice(0, 6) } : undefined;
}

function sectionOrder(acute: boolean, topics: readonly Topic[]): string[] {
  const order = acute ? ['acute', 'attention', 'concern', 'safety', 'legal'] : ['concern', 'acute', 'attention', 'safety', 'legal'];
  const first: string[] = [];
  if (topics.includes('safety-plan')) first.push('safety');
  if (topics.includes('message-home') || topics.includes('family-talk') || topics.includes('children')) first.push('attention');
  if (topics.includes('report') || topics.includes('legal')) first.push('legal');
  return [...first, ...order.filter((key) => !first.includes(key))];
}

function textItems(list: readonly GuideText[], lang: Lang) {
  return list.map((t) => ({ text: t.text[lang], note: t.needsVerification?.[lang] }));
}

function sectionOrUndefined(id: Section['id'], title: string, items: Section['items']): Section | undefined {
  return items.length > 0 ? { id, title, items } : undefined;
}

function legalIdsOf(audience: Audience, steps: readonly Step[]): string[] {
  return [...steps.flatMap((s) => s.legalRefIds ?? []), ...audience.legalRefIds];
}

function fitsContact(guide: Guide, id: string, ageGroup: AgeGroup | undefined): boolean {
  const contact = guide.contacts.find((c) => c.id === id);
  return !ageGroup || !contact?.ageGroup || contact.ageGroup === ageGroup;
}
