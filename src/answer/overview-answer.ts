// The whole guide at a glance, the help card, the audience question and the "did you mean" card.
import type { Guide, Lang } from '../guide/types.js';
import type { Candidate } from '../matching/match-question.js';
import { EXAMPLES, label } from './labels.js';
import type { AnswerBody, FollowUp, Section } from './types.js';
import { contactViews } from './views.js';

export function overviewAnswer(guide: Guide, lang: Lang, intro?: string): AnswerBody {
  if (guide.levels.length === 0) return chooseAudienceAnswer(guide, lang, { intro: intro ?? guide.intro[lang] });
  return {
    kind: 'overview',
    title: guide.title[lang],
    intro: intro ?? guide.intro[lang],
    levels: guide.levels.map((level) => ({
      id: level.id,
      title: level.title[lang],
      meaning: level.meaning[lang],
      signs: level.signs.map((s) => s.text[lang]),
      actions: level.actions.map((a) => a.text[lang]),
    })),
    followUps: [
      ...guide.levels.map((level): FollowUp => ({ verb: 'level', levelId: level.id, title: level.title[lang] })),
      { verb: 'contacts', title: label('allContacts', lang) },
    ],
    source: guide.sources.map((s) => `${s.publisher}: ${s.title[lang]}`).join('; '),
  };
}

export function helpAnswer(guide: Guide, lang: Lang): AnswerBody {
  return {
    kind: 'help',
    title: `${label('helpTitle', lang)} – ${guide.municipality.name}`,
    intro: label('helpIntro', lang),
    examples: EXAMPLES[lang],
    privacy: label('privacy', lang),
    followUps: [
      { verb: 'overview', title: label('wholeCard', lang) },
      { verb: 'contacts', title: label('allContacts', lang) },
    ],
  };
}

export interface AudienceQuestion {
  readonly intro?: string;
  readonly audienceIds?: readonly string[];
  /** What the question asked about that holds whichever audience is chosen. */
  readonly focus?: Section;
  /** The question described an acute situation: the card says so first and puts the acute contacts above the choice. */
  readonly acute?: boolean;
}

/** Asks for the audience, and never withholds the acute contacts while asking. */
export function chooseAudienceAnswer(guide: Guide, lang: Lang, question: AudienceQuestion = {}): AnswerBody {
  const { audienceIds = guide.audiences.map((a) => a.id), focus, acute = false } = question;
  const options = guide.audiences
    .filter((a) => audienceIds.includes(a.id))
    .map((a): FollowUp => ({ verb: 'audience', audienceId: a.id, title: a.title[lang] }));
  const acuteIds = guide.contacts.filter((c) => c.uses.includes('acute') || c.uses.includes('after-hours')).filter((c) => !c.ageGroup).map((c) => c.id);
  return {
    kind: 'choose-audience',
    title: label(acute ? 'acuteTitle' : 'chooseAudience', lang),
    intro: question.intro ?? label(acute ? 'chooseAudienceAcuteIntro' : 'chooseAudienceIntro', lang),
    options,
    focus,
    acute,
    acuteTitle: label('acuteContacts', lang),
    acuteContacts: contactViews(guide, acuteIds, lang),
  };
}

export function candidatesAnswer(guide: Guide, candidates: readonly Candidate[], lang: Lang): AnswerBody {
  const options = candidates.map((candidate): FollowUp | undefined => {
    switch (candidate.type) {
      case 'sign': {
        const found = guide.levels.flatMap((l) => l.signs.map((s) => ({ s, l }))).find((x) => x.s.id === candidate.id);
        return found ? { verb: 'sign', signId: found.s.id, title: `${found.s.text[lang]} (${found.l.title[lang]})` } : undefined;
      }
      case 'level': {
        const level = guide.levels.find((l) => l.id === candidate.id);
        return level ? { verb: 'level', levelId: level.id, title: level.title[lang] } : undefined;
      }
      case 'contact': {
        const contact = guide.contacts.find((c) => c.id === candidate.id);
        return contact ? { verb: 'contact', contactId: contact.id, title: `${contact.name} – ${contact.role[lang]}` } : undefined;
      }
    }
  });
  return {
    kind: 'candidates',
    title: label('candidatesTitle', lang),
    intro: label('candidatesIntro', lang),
    options: options.filter((o): o is FollowUp => o !== undefined),
    followUps: [{ verb: 'overview', title: label('wholeCard', lang) }, { verb: 'contacts', title: label('allContacts', lang) }],
  };
}
