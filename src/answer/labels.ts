// Fixed UI wording in both languages; guide content comes from the guide module, never from here.
import type { Lang, Text } from '../guide/types.js';
import { MAX_QUESTION_CHARS } from '../matching/normalize.js';

/** How much of a message the matcher reads, written as each language writes numbers (4.000 / 4,000). */
const readChars = (locale: string) => new Intl.NumberFormat(locale).format(MAX_QUESTION_CHARS);

export const LABELS = {
  sign: { da: 'Det du beskriver', en: 'What you describe' },
  also: { da: 'Andre tegn i dit spørgsmål', en: 'Other signs in your question' },
  meaning: { da: 'Hvad niveauet betyder', en: 'What the level means' },
  actions: { da: 'Næste skridt (handleveje)', en: 'Next steps (actions)' },
  checks: { da: 'Husk', en: 'Remember' },
  signs: { da: 'Opmærksomhedspunkter', en: 'Signs to look for' },
  otherSigns: { da: 'Andre tegn på dette niveau', en: 'Other signs at this level' },
  steps: { da: 'Sådan gør du', en: 'What to do' },
  acuteTitle: { da: 'Behov for akut handling', en: 'Acute action needed' },
  acuteSteps: { da: 'Hvis det er akut', en: 'If it is acute' },
  focus: { da: 'Det du spørger om', en: 'What you asked about' },
  attention: { da: 'Opmærksomhedspunkter', en: 'Attention points' },
  safetyPlan: { da: 'Sikkerhedsplan', en: 'Safety plan' },
  legal: { da: 'Lovgrundlag', en: 'Legal basis' },
  notes: { da: 'Om handlekortet', en: 'About the action card' },
  contacts: { da: 'Kontakter', en: 'Contacts' },
  acuteContacts: { da: 'Ved akut behov', en: 'For acute action' },
  afterHours: { da: 'Uden for åbningstid', en: 'Outside opening hours' },
  duringHours: { da: 'I åbningstiden', en: 'During opening hours' },
  guidance: { da: 'Vejledning og sparring', en: 'Guidance and advice' },
  shelter: { da: 'Sikkert ophold', en: 'Safe accommodation' },
  allContacts: { da: 'Alle kontakter', en: 'All contacts' },
  wholeCard: { da: 'Hele handlekortet', en: 'The whole action card' },
  otherLevels: { da: 'Se niveauet', en: 'See the level' },
  duty: { da: 'Handlepligt', en: 'Duty to act' },
  source: { da: 'Kilde', en: 'Source' },
  verify: { da: 'Skal verificeres', en: 'Needs verification' },
  closedNow: { da: 'Lige nu er der lukket: brug kontakterne uden for åbningstid.', en: 'Offices are closed right now: use the out-of-hours contacts.' },
  chooseAudience: { da: 'Hvem gælder det?', en: 'Who is this about?' },
  chooseAudienceIntro: {
    da: 'Arbejdsgangen afhænger af din rolle og borgerens alder. Vælg, så husker jeg det i denne samtale.',
    en: 'The workflow depends on your role and the citizen’s age. Choose, and I will remember it in this conversation.',
  },
  chooseAudienceAcuteIntro: {
    da: 'Kontakt en af de akutte kontakter herunder nu. Vælg derefter din rolle og borgerens alder for hele arbejdsgangen.',
    en: 'Contact one of the acute contacts below now. Then choose your role and the citizen’s age for the whole workflow.',
  },
  assumedAudience: {
    da: 'Svaret følger arbejdsgangen for fagpersoner. Er du myndighedsrådgiver, så vælg nedenfor.',
    en: 'This answer follows the workflow for professionals. If you are the case worker, choose below.',
  },
  candidatesTitle: { da: 'Mente du en af disse?', en: 'Did you mean one of these?' },
  candidatesIntro: {
    da: 'Jeg er ikke sikker på, hvad du beskriver. Vælg det, der passer bedst, eller se hele handlekortet.',
    en: 'I am not sure what you describe. Pick the closest match, or see the whole action card.',
  },
  notFoundIntro: {
    da: 'Jeg fandt ikke noget i handlekortet, der passer præcist. Her er hele handlekortet; beskriv gerne det, du ser, med andre ord.',
    en: 'I found nothing in the action card that fits exactly. Here is the whole action card; try describing what you see in other words.',
  },
  helpTitle: { da: 'Handlekort om negativ social kontrol', en: 'Action card on negative social control' },
  helpIntro: {
    da: 'Beskriv kort, hvad du ser eller hører, så får du niveauet, næste skridt og hvem du kan kontakte. Du kan også spørge efter en kontakt.',
    en: 'Describe briefly what you see or hear, and you get the level, the next step and whom to contact. You can also ask for a contact.',
  },
  privacy: {
    da: 'Skriv ikke navne eller CPR-numre: chatten er ikke en sagsmappe.',
    en: 'Do not write names or CPR numbers: the chat is not a case file.',
  },
  cprWarning: {
    da: 'Din besked så ud til at indeholde et CPR-nummer. Skriv ikke personoplysninger i chatten; beskeden er ikke gemt.',
    en: 'Your message looked like it contained a CPR number. Do not put personal data in the chat; the message was not stored.',
  },
  longWarning: {
    da: `Din besked var lang: jeg har kun læst de første ${readChars('da-DK')} tegn. Skriv det vigtigste først.`,
    en: `Your message was long: I read only its first ${readChars('en-US')} characters. Put what matters most first.`,
  },
  help: { da: 'Hjælp', en: 'Help' },
} as const satisfies Record<string, Text>;

export type LabelId = keyof typeof LABELS;

export function label(id: LabelId, lang: Lang): string {
  return LABELS[id][lang];
}

export const EXAMPLES: Readonly<Record<Lang, readonly string[]>> = {
  da: ['Borgeren møder aldrig alene op', 'Hun skal tvangsgiftes i sommerferien', 'Politiets nummer', 'Hvem ringer jeg til uden for åbningstid?'],
  en: ['The citizen never comes to meetings alone', 'She is going to be forced to marry', 'Police phone number', 'Whom do I call outside opening hours?'],
};
