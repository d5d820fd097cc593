// Cues read straight off the text: the citizen's age group and the question's language.
import type { AgeGroup, Lang } from '../guide/types.js';

const UNDER_18 = /\b(under\s*18|mindreårig\w*|minor|minors|barn|barnet|child|elev|eleven|pupil|student|skoleelev|teenager|teen|folkeskole\w*|gymnasie\w*|high school|pige|pigen|dreng|drengen|girl|boy)\b/u;
const OVER_18 = /\b(over\s*18|voksen|voksne|adult|adults|myndig)\b/u;
// "15 år", "15-årig", "15 years", "15-year-old", "pige på 15", "girl of 15", "aged 15"
const AGE_NUMBER = [
  // Not a length of time: "kæreste gennem 5 år", "i 3 år", "for 2 years", "5 år siden".
  /(?<!\b(?:gennem|igennem|i|for|in|over|efter|om|sidste|past|last|after|within)\s+)\b(\d{1,2})\s*-?\s*(?:år|årig\w*|aar|års|years?|yrs?|yo|y\/o|-?year-old)\b(?!\s+(?:siden|ago)\b)/u,
  // "pige på 15", "girl of 15", and a case note's "pigen (16)", "Borgeren (29)", "young man (19)".
  /\b(?:pige|pigen|dreng|drengen|ung|unge|datter|datteren|søn|sønnen|barn|barnet|girl|boy|son|daughter|kid|child|aged|age|alder|borger|borgeren|citizen|client|klient|klienten|kvinde|kvinden|mand|manden|woman|man|elev|eleven|pupil|student|søster|søsteren|storesøster|lillesøster|sister|bror|broren|storebror|lillebror|brother)\s*(?:på|of|er|is|,|\()?\s*(\d{1,2})\b(?!\s*(?:%|kr|procent|timer|hours|min))/u,
  /(?<!\bkl\.?\s*|\bklokken\s*)\b(?:er|is|på|aged)\s+(\d{1,2})\b(?![.:,]\d)(?!\s*(?:%|kr|procent|timer|hours|min|dage|days))/u,
  // "she 19, family control her clothes": the verb left out.
  /^\s*(?:she|he|hun|han)\s+(\d{1,2})\b(?![.:]\d)(?!\s*(?:%|kr|times|gange|timer|hours|min|dage|days|weeks|uger))/u,
  // "han (17) sagde", a case note's "(M, 26)", "(kvinde, 31)".
  /\b(?:hun|han|she|he)\s*\(\s*(\d{1,2})\s*\)/u,
  /\(\s*(?:m|k|f|w|mand|kvinde|male|female|dreng|pige)\s*[,/]?\s*(\d{1,2})\s*(?:år)?\s*\)/u,
];

// Ages written as words: "ung på sytten", "a nineteen-year-old".
const NUMBER_VALUES: Readonly<Record<string, number>> = {
  ti: 10, elleve: 11, tolv: 12, tretten: 13, fjorten: 14, femten: 15, seksten: 16, sytten: 17, atten: 18, nitten: 19, tyve: 20,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
};
const NUMBER_WORDS = new RegExp(`\\b(?:${Object.keys(NUMBER_VALUES).join('|')})\\b`, 'gu');

export function readAgeGroup(text: string): AgeGroup | undefined {
  // Ages typed without å ("paa 15", "15 aar") and with English contractions ("she's 20").
  const lower = text
    .toLowerCase()
    .replace(/\bpaa\b/g, 'på')
    .replace(/\baar(ig)?\b/g, 'år$1')
    .replace(/\b(she|he|they|who)['’]s\b/g, '$1 is')
    .replace(NUMBER_WORDS, (word) => String(NUMBER_VALUES[word.toLowerCase()] ?? word));
  // The age named first is the citizen's: "en pige på 15 er blevet gift med en 19-årig".
  let first: { at: number; age: number } | undefined;
  for (const pattern of AGE_NUMBER) {
    const found = pattern.exec(lower);
    const age = Number(found?.[1]);
    if (found && Number.isInteger(age) && age > 0 && age < 100 && (!first || found.index < first.at)) first = { at: found.index, age };
  }
  if (first) return first.age < 18 ? 'under-18' : 'over-18';
  if (/\bunder\s*18\b/u.test(lower)) return 'under-18';
  if (/\bover\s*18\b/u.test(lower)) return 'over-18';
  if (UNDER_18.test(lower)) return 'under-18';
  if (OVER_18.test(lower)) return 'over-18';
  return undefined;
}

// A child's marriage or engagement: unlawful under 18 in Denmark, so acute whatever words surround it. Living with
// "sin mand" is a marriage too ("så bor hun hos sin mand").
const MARRIAGE =
  /(?<!\p{L})(?:giftes|gifte|giftet|gift\s+med|gift\s+(?:religiøst|islamisk|religiously)|(?:religiøst|islamisk)\s+gift|blive\s+gift|blevet\s+gift|bliver\s+gift|blev\s+gift|er\s+gift|vies|viet|forlovet|forloves|forlove|forlovelse\p{L}*|trolovet|bortgift\p{L}*|ægteskab\p{L}*|bryllup\p{L}*|nikah|nikkah|marry|marries|married|marrying|marriage|wedding|engaged|engagement|betrothed|kommende\s+(?:ægte)?mand|future\s+husband|husband[\s-]to[\s-]be|(?:bor|bo|flytter|flytte|flyttet)\s+(?:hun\s+)?(?:hos|sammen\s+med)\s+(?:sin|hendes)\s+(?:ægte)?mand|(?:live|lives|living|move|moves|moving)\s+(?:in\s+)?with\s+her\s+husband)(?!\p{L})/iu;

/** The question speaks of a citizen under 18 marrying or being engaged. */
export function isChildMarriage(text: string, ageGroup: AgeGroup | undefined): boolean {
  return ageGroup === 'under-18' && MARRIAGE.test(text);
}

const DANISH_WORDS = new Set(
  ('og i jeg du er det at en et den til på med har ikke hun han hvad hvem hvor hvordan skal kan må gør min mit sin sit ' +
    'hendes hans borgeren borger ung unge barn mor far bror søster familien altid aldrig alene møder møde mødet ' +
    'telefon nummer nummeret ringe ring kontakt kontakter politi politiets politiet hjælp hej tak bekymret bekymring ' +
    'mistanke akut sikkerhedsplan handlekort felt feltet betyder uden for åbningstid efter eller af fra om som når ' +
    'der de vi os hvis også mange sig sine være været bliver blevet giftes gift pige dreng år')
    .split(' '),
);
const ENGLISH_WORDS = new Set(
  ('the a an and i you is are it to of in on with has have not she he what who where how should can may do does my ' +
    'her his citizen young person child mother father brother sister family always never alone meets meeting meetings ' +
    'phone number call contact contacts police help hi hello thanks worried concern suspicion acute safety plan action ' +
    'card field level means mean outside after hours or from about as when there they we us if also many be been being ' +
    'married marriage forced girl boy years old work school teacher am me our this that at for lots no')
    .split(' '),
);

export const LANGUAGE_WORDS: readonly string[] = [...DANISH_WORDS, ...ENGLISH_WORDS];

/** Language of the question by its common words; the activity's locale decides when the text does not. */
export function detectLanguage(tokens: readonly string[], fallback: Lang): Lang {
  let da = 0;
  let en = 0;
  for (const token of tokens) {
    if (/[æøå]/u.test(token)) da += 2;
    if (DANISH_WORDS.has(token)) da += 1;
    if (ENGLISH_WORDS.has(token)) en += 1;
  }
  if (da === en) return fallback;
  return da > en ? 'da' : 'en';
}

export function langFromLocale(locale: string | undefined): Lang {
  return locale?.toLowerCase().startsWith('en') ? 'en' : 'da';
}
