// GET /privacy and /terms: what the bot keeps (only the chosen audience) and what the action card is and is not.
import { LABELS } from '../answer/labels.js';
import type { Guide, Lang, Text } from '../guide/types.js';
import { html } from './html.js';
import { renderPage } from './page-layout.js';
import type { PageOptions } from './page-options.js';
import { tabLabel } from './tab-labels.js';

interface LegalSection {
  readonly heading: Text;
  readonly paragraphs: readonly Text[];
}

const PRIVACY: readonly LegalSection[] = [
  {
    heading: { da: 'Hvad botten gemmer', en: 'What the bot stores' },
    paragraphs: [
      { da: 'Botten gemmer ikke teksten i de beskeder, du skriver.', en: 'The bot does not store the text of the messages you write.' },
      {
        da: 'Det eneste, den husker, er den målgruppe, der er valgt i en samtale (fx »For fagpersoner«), så de næste svar følger samme arbejdsgang.',
        en: 'The only thing it remembers is the audience chosen in a conversation (for example “For professionals”), so that the next answers follow the same workflow.',
      },
    ],
  },
  {
    heading: { da: 'Logning', en: 'Logging' },
    paragraphs: [
      {
        da: 'Driftsloggen indeholder ingen beskedtekst, kun hvilken slags hændelse der skete, svartype, statuskoder og svartider.',
        en: 'The operational log contains no message text, only the kind of event, the type of answer, status codes and response times.',
      },
    ],
  },
  {
    heading: { da: 'Fanerne', en: 'The tabs' },
    paragraphs: [
      {
        da: 'Fanerne sætter ingen cookies og bruger ingen sporing. Siderne og scripts hentes fra denne tjeneste; Teams’ eget bibliotek henter kun Microsofts liste over godkendte Teams-adresser.',
        en: 'The tabs set no cookies and use no tracking. Pages and scripts are served by this service; the Teams library itself only fetches Microsoft’s list of approved Teams addresses.',
      },
    ],
  },
  {
    heading: { da: 'Skriv ikke personoplysninger', en: 'Do not write personal data' },
    paragraphs: [
      LABELS.privacy,
      {
        da: 'Ligner en besked et CPR-nummer, advarer botten uden at gentage nummeret.',
        en: 'If a message looks like it contains a CPR number, the bot warns you without repeating the number.',
      },
    ],
  },
];

const TERMS: readonly LegalSection[] = [
  {
    heading: { da: 'Indholdet', en: 'The content' },
    paragraphs: [
      {
        da: 'Handlekortet er {municipality}s. Den danske tekst er den gældende; den engelske er en oversættelse.',
        en: 'The action card is {municipality}’s. The Danish text is authoritative; the English text is a translation.',
      },
      {
        da: 'Hvor kilden er uklar eller modsiger sig selv, er teksten markeret »Skal verificeres« i stedet for at blive gættet.',
        en: 'Where the source is unclear or contradicts itself, the text is marked “Needs verification” rather than guessed.',
      },
    ],
  },
  {
    heading: { da: 'Brug', en: 'Use' },
    paragraphs: [
      {
        da: 'Værktøjet erstatter ikke din faglige vurdering, din leders inddragelse eller kommunens procedurer. Er der behov for akut handling, så følg handlekortet: det viser, hvem du kontakter.',
        en: 'The tool does not replace your professional judgement, involving your manager or the municipality’s procedures. If acute action is needed, follow the action card: it shows whom to contact.',
      },
      LABELS.privacy,
      {
        da: 'Fejl i indholdet meldes til {municipality}.',
        en: 'Report errors in the content to {municipality}.',
      },
    ],
  },
];

function renderLegal(guide: Guide, options: PageOptions, id: 'privacy' | 'terms', sections: readonly LegalSection[]): string {
  const lang: Lang = options.lang;
  const fill = (text: Text) => text[lang].replaceAll('{municipality}', guide.municipality.name);
  const main = html`<div class="intro">
  <p class="intro__municipality">Handlekort-bot · ${guide.municipality.name}</p>
  <h1>${tabLabel(id, lang)}</h1>
</div>
${sections.map((section) => html`<section class="prose"><h2>${fill(section.heading)}</h2>${section.paragraphs.map((p) => html`<p>${fill(p)}</p>`)}</section>`)}`;
  return renderPage(options, { id, title: `${tabLabel(id, lang)} – Handlekort-bot`, main });
}

export function renderPrivacyPage(guide: Guide, options: PageOptions): string {
  return renderLegal(guide, options, 'privacy', PRIVACY);
}

export function renderTermsPage(guide: Guide, options: PageOptions): string {
  return renderLegal(guide, options, 'terms', TERMS);
}
