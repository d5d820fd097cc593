// Words that say what kind of question it is, the same for every municipality. Guide items carry their own words.

export const CUE_IDS = [
  'help',
  'greeting',
  'contact-word',
  'all-contacts',
  'after-hours',
  'overview',
  'level-word',
  'safety-plan',
  'message-home',
  'family-talk',
  'duty',
  'legal',
  'report',
  'sparring',
  'children',
  'caseworker',
  'who',
  'guide-question',
] as const;
export type CueId = (typeof CUE_IDS)[number];

/** Colour words: with a word like "felt", "level" or "betyder" they ask about a level of the guide. */
export const LEVEL_COLOUR_WORDS = {
  yellow: 'gul|gule|gult|yellow',
  orange: 'orange|orangefarvet|orangefarvede|orangef',
  red: 'rød|røde|rødt|red',
} as const;
export const LEVEL_QUESTION_WORDS = 'felt|feltet|field|niveau|niveauet|level|farve|colour|color|kategori|category|betyder|betyde|betydning|mean|means|meaning|zone';

/** Words that, beside a section number, make a number a legal reference ("§ 52", "SEL 140"). */
export const LEGAL_WORDS = 'paragraf|paragraffen|sel|serviceloven|servicelov|servicelovens|lov|loven|section|stk|stykke';

export const CUES: Readonly<Record<CueId, readonly string[]>> = {
  help: [
    'hjælp', 'help', 'menu', 'vejledning bot', 'hvad kan du', 'what can you do', 'what do you do', 'hvordan virker',
    'how does work', 'how do i use', 'hvordan bruger', 'kommandoer', 'commands', 'hvad er du', 'who are you', 'what are you',
  ],
  greeting: ['hej', 'hejsa', 'hi', 'hello', 'hey', 'goddag', 'godmorgen', 'good morning', 'davs', 'halløj', 'tak', 'thanks', 'thank'],
  // "=kontakt": written forms, since "kontaktlæreren" and "støttekontaktperson" hold the word and ask for no contact.
  'contact-word': [
    'telefon', 'telefonnummer', 'tlf', 'nummer', 'nummeret', 'nr', 'ring', 'ringe', 'opkald', '=kontakt', '=kontakte',
    '=kontaktes', 'kontaktoplysninger', 'kontaktinfo', 'kontaktinformation', 'mail', 'email', 'mailadresse', 'phone',
    'number', 'call', 'contact', 'reach', 'ringer',
  ],
  'all-contacts': [
    '=kontakter', 'contacts', 'kontaktliste', 'contact list', 'telefonliste', 'phone list', 'alle =kontakter', 'all contacts',
    'telefonnumre', 'phone numbers', 'hvem ringer', 'hvem kan ringe', 'hvem skal ringe', 'who call', 'who do call',
    'who should call', 'who can call', 'hvem =kontakter', 'hvem skal =kontakte', 'who contact', 'whom contact',
  ],
  'after-hours': [
    'uden|udenfor åbningstid|åbningstiden|arbejdstid|arbejdstiden', 'efter åbningstid|arbejdstid|lukketid', 'lukketid',
    'after hours', 'out of hours', 'out-of-hours', 'outside hours|office', 'outside opening hours', 'afterhours',
    // "aften" alone is not here: its stem "aft" is also the Danish stem of English "after".
    'nat', 'natten', 'night', 'om|i aften|aftenen', 'evening', 'weekend', 'weekenden', 'lørdag', 'søndag', 'saturday',
    'sunday', 'helligdag', 'helligdage', 'holiday', 'lukket', 'closed', 'døgnet rundt', 'around the clock',
  ],
  overview: [
    'handlekort', 'handlekortet', 'actioncard', 'action card', 'niveauer', 'niveau', 'levels', 'felter', 'fields',
    'overblik', 'overview', 'farver', 'colours', 'colors', 'hele guiden', 'whole guide', 'guiden', 'the guide',
    'arbejdsgang', 'arbejdsgange', 'workflow', 'workflows', 'procedure',
  ],
  'level-word': ['felt', 'feltet', 'field', 'niveau', 'level', 'farve', 'colour', 'color', 'kategori', 'category', 'betyder', 'means', 'mean'],
  'safety-plan': ['sikkerhedsplan', 'sikkerhedsplanen', 'safety plan', 'sikkerhedsliste', 'safety list', 'safety planning', 'sikkerhed plan'],
  'message-home': [
    'sms', 'brev', 'breve', 'mail', 'email', 'e-mail', 'e-boks', 'besked', 'letter', 'letters', 'text message', 'texts',
    'skrive til', 'write to', 'indkalde', 'indkaldelse', 'summon', 'invite', 'invitation',
  ],
  'family-talk': [
    'familie|familien|forældre|forældrene|family|parents tale|snakke|drøfte|kontakte|ringe|talk|speak|discuss|contact|call|tell|fortælle',
    'hjemmebesøg', 'home visit', 'samtale hjemme|hjemmet', 'meeting home',
  ],
  duty: ['handlepligt', 'handlepligten', 'duty to act', 'duty act', 'hvem har ansvaret', 'who is responsible', 'ansvar', 'responsibility', 'responsible'],
  legal: [
    'lov', 'loven', 'lovgivning', 'lovgrundlag', 'paragraf', 'paragraffer', 'law', 'legal', 'legislation', 'section',
    'serviceloven', 'servicelov', 'sel', 'jura', 'juridisk',
  ],
  report: ['underretning', 'underrette', 'underretter', 'underretningspligt', 'notification', 'notify', 'report', 'reporting', 'indberetning'],
  sparring: ['sparring', 'sparre', 'rådgivning', 'vejledning', 'råd', 'advice', 'guidance', 'consult', 'consultation', 'counselling', 'second opinion'],
  children: ['børn|barn|children|child|kids|småbørn|baby|søskende|siblings hjemmet|hjemme|familien|home|family|bor|lives|live'],
  // "=rådgiver": written form only, so "RED Rådgivning" (prefix "rådgiv") is not read as a case worker.
  caseworker: ['myndighedsrådgiver', 'myndighed', 'sagsbehandler', 'caseworker', 'case worker', 'case handler', 'socialrådgiver myndighed', '=rådgiver|=rådgiveren|=raadgiver'],
  who: ['hvem', 'who', 'whom', 'hvilken kontaktperson', 'which contact'],
  'guide-question': [
    'hvad gør', 'hvad skal', 'hvad kan', 'hvordan', 'what do', 'what should', 'how do', 'how should', 'next step', 'næste skridt',
    'bekymret', 'bekymring', 'worried', 'concern', 'concerned', 'mistanke', 'suspect', 'suspicion', 'negativ social kontrol',
    'negative social control', 'æresrelateret', 'æresrelaterede', 'honour related|honor related|honour-related|honor-related',
    // "Familien siger, det vil være en skam for dem": the family's honour, what the guides are about.
    'skam|skammen|shame|ashamed|vanære|vanæret|dishonour|dishonor',
    // "Family control who she can be friend with": control is what the guides are about.
    'kontrol|kontrollerer|kontrollere|kontrolleret|kontrollerende|control|controls|controlled|controlling',
  ],
};
