// Wording of the tab pages that the chat answers do not use; shared wording stays in answer/labels.ts.
import type { AgeGroup, AttentionKind, Lang, LevelId, Text } from '../guide/types.js';

export const TAB_LABELS = {
  skip: { da: 'Spring til indholdet', en: 'Skip to content' },
  pages: { da: 'Sider', en: 'Pages' },
  actionCard: { da: 'Handlekort', en: 'Action card' },
  language: { da: 'Sprog', en: 'Language' },
  actions: { da: 'Handleveje', en: 'Actions' },
  concernSteps: { da: 'Ved bekymring', en: 'When you are concerned' },
  noContacts: { da: 'Handlekortet nævner ingen kontakter her.', en: 'The action card names no contacts here.' },
  phone: { da: 'Tlf.', en: 'Phone' },
  email: { da: 'E-mail', en: 'E-mail' },
  web: { da: 'Web', en: 'Web' },
  appliesTo: { da: 'Gælder', en: 'Applies to' },
  openNow: { da: 'Der er åbent nu.', en: 'Offices are open now.' },
  openingHours: { da: 'Åbningstid på hverdage', en: 'Opening hours on weekdays' },
  search: { da: 'Søg på navn, rolle, nummer eller e-mail', en: 'Search by name, role, number or e-mail' },
  shown: { da: 'Viser {shown} af {total} kontakter', en: 'Showing {shown} of {total} contacts' },
  noMatch: { da: 'Ingen kontakter passer til søgningen.', en: 'No contacts match your search.' },
  privacy: { da: 'Privatliv', en: 'Privacy' },
  terms: { da: 'Vilkår', en: 'Terms of use' },
  configTitle: { da: 'Handlekort som fane', en: 'Handlekort as a tab' },
  configIntro: {
    da: 'Fanen viser kommunens handlekort om negativ social kontrol for alle i kanalen, chatten eller mødet.',
    en: 'The tab shows the municipality’s action card on negative social control to everyone in the channel, chat or meeting.',
  },
  configChoice: { da: 'Hvad skal fanen vise?', en: 'What should the tab show?' },
  configContacts: { da: 'Kontakter – godt til mødets sidepanel', en: 'Contacts – handy in the meeting side panel' },
  configSave: { da: 'Vælg Gem for at tilføje fanen.', en: 'Select Save to add the tab.' },
  outsideTeams: {
    da: 'Denne side bruges, når handlekortet tilføjes som fane i Microsoft Teams. Du er ikke i Teams lige nu, men du kan åbne siderne direkte:',
    en: 'This page is used when the action card is added as a tab in Microsoft Teams. You are not in Teams right now, but you can open the pages directly:',
  },
} as const satisfies Record<string, Text>;

export type TabLabelId = keyof typeof TAB_LABELS;

export function tabLabel(id: TabLabelId, lang: Lang): string {
  return TAB_LABELS[id][lang];
}

// Colour names next to the colour itself, so the level never depends on seeing colour.
export const LEVEL_NAMES = {
  yellow: { da: 'Gult felt', en: 'Yellow field' },
  orange: { da: 'Orange felt', en: 'Orange field' },
  red: { da: 'Rødt felt', en: 'Red field' },
} as const satisfies Record<LevelId, Text>;

export const ATTENTION_KIND_LABELS = {
  'do-not': { da: 'Gør ikke', en: 'Do not' },
  do: { da: 'Gør gerne', en: 'Do' },
  watch: { da: 'Vær opmærksom', en: 'Watch for' },
} as const satisfies Record<AttentionKind, Text>;

export const AGE_GROUP_LABELS = {
  'under-18': { da: 'Under 18 år', en: 'Under 18' },
  'over-18': { da: 'Over 18 år', en: 'Over 18' },
} as const satisfies Record<AgeGroup, Text>;
