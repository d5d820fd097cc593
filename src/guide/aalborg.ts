// Aalborg Kommune: "Akut bekymring for negativ social kontrol", transcribed from
// shared/sources/aalborg-acute-concern.txt. Danish follows the source, except for plain slips:
// "Du skal som fagperson er bekymret" → "Er du som fagperson bekymret", "eventuelt." → "eventuelt",
// "laven en underretning" → "laves en underretning". Inconsistencies the source has (two VISO numbers,
// Fiolla/Anne on one number, no after-hours contacts for over 18) are kept and flagged, not resolved.
// `match` fields are matching vocabulary, not guidance.
import { DANGER_WORDS, FORCED_MARRIAGE_WORDS, HONOUR_KILLING_WORDS, ISOLATION_WORDS } from './acute-vocabulary.js';
import type { Guide } from './types.js';

const SOURCE = 'aalborg-acute-concern';
const at = (section: string) => ({ source: SOURCE, section }) as const;

const U18 = 'For myndighedsrådgiver (under 18 år)';
const O18 = 'For myndighedsrådgiver (over 18 år)';
const PRO = 'For fagpersoner';
const ATTENTION = 'Opmærksomhedspunkter';
const SAFETY_PLAN = 'sikkerhedsplan';
const AFTER_HOURS = 'Udenfor åbningstid kontaktes';

const CASEWORKER_DUTY = { da: 'Myndighedsrådgiver har handlepligten.', en: 'The case worker has the duty to act.' } as const;
const CASEWORKER_FOLLOW_UP = {
  da: 'Myndighedsrådgiver har handlepligten og sikrer opfølgning.',
  en: 'The case worker has the duty to act and ensures follow-up.',
} as const;
const PROFESSIONAL_DUTY = { da: 'Fagperson har handlepligten.', en: 'The professional has the duty to act.' } as const;
const PROFESSIONAL_DUTY_UNTIL_HANDOVER = {
  da: 'Fagperson har handlepligten indtil sagen er overgivet til politi eller anden myndighed.',
  en: 'The professional has the duty to act until the case has been handed over to the police or another authority.',
} as const;

const ROLE_WORDS = 'myndighedsrådgiver|myndighedsrådgivere|sagsbehandler|sagsbehandlere|caseworker|caseworkers|socialrådgiver';
const DUTY_WORDS = ['handlepligt|handlepligten|handlepligtig', 'duty act', 'hvem ansvar|ansvarlig|ansvaret', 'who responsible|responsibility'];
const LEADER_WORDS = 'leder|lederen|chef|chefen|manager|leader|boss';
const SAFETY_PLAN_WORDS = ['sikkerhedsplan|sikkerhedsplanen|sikkerhedsplaner', 'safety plan|plans|planning', 'plan sikkerhed|safety'];
const SAFETY_LIST_WORDS = ['sikkerhedsliste|sikkerhedslisten', 'safety list|checklist'];
const AFTER_HOURS_WORDS = [
  'udenfor|uden åbningstid|åbningstiden|arbejdstid|arbejdstiden', 'after|outside|out hours|office',
  'nat|natten|weekend|weekenden|helligdag|night|evening|holiday',
];
const DO_NOT_TELL_FAMILY_WORDS = [
  'drøfte|drøft|tale|snakke|fortælle|kontakte|informere|ringe familie|familien|forældre|forældrene|venner',
  'discuss|talk|tell|contact|inform|call family|parents|friends',
];
const DO_NOT_WRITE_WORDS = [
  'sms|smser|smse', 'brev|breve|letter|letters', 'mail|mails|email|emails', 'text|texts|texting',
  'sende|skrive|send|write besked|beskeder|message|messages',
];
const AVOID_HOME_WORDS = [
  'hjemmebesøg', 'home visit|visits', 'samtale|samtalen|møde|mødet|besøg|meeting|conversation|visit hjem|hjemme|hjemmet|home|house',
];
const CHILDREN_WORDS = ['børn|søskende|children|kids|siblings familie|familien|family|hjemmet|home', 'andre|other børn|children|kids', 'søskende', 'siblings'];

// Aalborg has no levels: danger words and the red signs (shared vocabulary) mark a question as acute.

export const aalborg = {
  id: 'aalborg',
  municipality: { name: 'Aalborg Kommune' },
  title: { da: 'Akut bekymring for negativ social kontrol', en: 'Acute concern about negative social control' },
  intro: {
    da: 'Der findes klare arbejdsgange, hvis du er bekymret for, at en ung er udsat for æresrelaterede konflikter og negativ social kontrol.',
    en: 'There are clear procedures if you are concerned that a young person is exposed to honour-related conflicts and negative social control.',
  },
  sources: [
    {
      id: SOURCE,
      title: { da: 'Akut bekymring for negativ social kontrol', en: 'Acute concern about negative social control' },
      publisher: 'Aalborg Kommune',
      file: 'aalborg-acute-concern.txt',
    },
  ],
  levels: [],
  audiences: [
    {
      id: 'caseworker-under-18',
      title: { da: 'For myndighedsrådgiver (under 18 år)', en: 'For case workers (myndighedsrådgiver), child or young person under 18' },
      ageGroup: 'under-18',
      steps: [
        {
          id: 'u18-discuss-with-leader',
          text: {
            da: 'Du skal som myndighedsrådgiver drøfte din bekymring med din nærmeste leder.',
            en: 'As a case worker, you must discuss your concern with your nearest manager.',
          },
          duty: CASEWORKER_DUTY,
          stage: 'concern',
          match: { phrases: [...DUTY_WORDS, LEADER_WORDS] },
          source: at(U18),
        },
        {
          id: 'u18-general-sparring',
          text: {
            da: 'Du kan ved bekymring eventuelt få generel faglig sparring (ikke på sagsniveau) hos Etnisk Ung, telefon 70 27 76 66 eller VISO, telefon 72 41 40 00.',
            en: 'If you are concerned, you can get general professional sparring (not at case level) from Etnisk Ung, phone 70 27 76 66, or VISO, phone 72 41 40 00.',
          },
          duty: CASEWORKER_DUTY,
          stage: 'concern',
          contactIds: ['etnisk-ung', 'viso'],
          source: at(U18),
        },
        {
          id: 'u18-assess-sparring-need',
          text: {
            da: 'I samarbejde med leder vurderes det, hvorvidt der er behov for sparring i forhold til det videre sagsforløb ved Nana telefon 25 20 28 46 eller Fiolla telefon 25 20 28 49.',
            en: 'Together with your manager, you assess whether there is a need for sparring on the further course of the case with Nana, phone 25 20 28 46, or Fiolla, phone 25 20 28 49.',
          },
          duty: CASEWORKER_DUTY,
          stage: 'concern',
          contactIds: ['nana', 'fiolla-anne'],
          source: at(U18),
        },
        {
          id: 'u18-sparring-scope',
          text: {
            da: 'Sparringen kan gå på, hvorvidt bekymringen kræver akut handling. Nana og Fiolla kan give faglig sparring og kvalificering i forhold til vurdering samt sparring i forhold til, om der er behov for juridisk bistand.',
            en: 'The sparring can be about whether the concern requires acute action. Nana and Fiolla can give professional sparring and help qualify the assessment, as well as sparring on whether legal assistance is needed.',
          },
          duty: CASEWORKER_DUTY,
          stage: 'concern',
          contactIds: ['nana', 'fiolla-anne'],
          source: at(U18),
        },
        {
          id: 'u18-child-conversation',
          text: {
            da: 'Hvis I fortsat er bekymrede, skal der afholdes børnesamtale – alene med barnet/den unge efter SEL § 50 stykke 3.',
            en: 'If you are still concerned, a conversation with the child must be held – alone with the child/young person, under SEL § 50, subsection 3.',
          },
          duty: CASEWORKER_DUTY,
          stage: 'concern',
          legalRefIds: ['sel-50-3'],
          match: { phrases: ['børnesamtale|børnesamtalen', 'samtale|tale alene barnet|barn|unge', 'talk|conversation|interview alone child'] },
          source: at(U18),
        },
        {
          id: 'u18-child-investigation',
          text: {
            da: 'Det skal vurderes, hvorvidt der skal foretages en børnefaglig undersøgelse efter SEL § 50.',
            en: 'It must be assessed whether a child welfare investigation (børnefaglig undersøgelse) is to be carried out under SEL § 50.',
          },
          duty: CASEWORKER_DUTY,
          stage: 'concern',
          legalRefIds: ['sel-50'],
          match: { phrases: ['børnefaglig undersøgelse', 'child|children welfare|protection investigation|assessment|examination'] },
          source: at(U18),
        },
        {
          id: 'u18-assess-acute-and-safety-plan',
          text: {
            da: 'I skal vurdere, om der skal handles akut. I skal vurdere, om der skal laves en sikkerhedsplan. Vurder hvilke samarbejdspartnere, der skal involveres og informeres.',
            en: 'You must assess whether acute action is needed. You must assess whether a safety plan should be made. Assess which partners are to be involved and informed.',
          },
          duty: CASEWORKER_DUTY,
          stage: 'concern',
          source: at(U18),
        },
        {
          id: 'u18-acute-contact-merete',
          text: {
            da: 'Hvis der er behov for akut handling, skal du kontakte: Merete Lykke Aagaard, telefon 99 31 27 22.',
            en: 'If acute action is needed, you must contact: Merete Lykke Aagaard, phone 99 31 27 22.',
          },
          duty: CASEWORKER_FOLLOW_UP,
          stage: 'acute',
          contactIds: ['merete-lykke-aagaard'],
          source: at(U18),
        },
        {
          id: 'u18-acute-safety-assessment',
          text: {
            da: 'Merete er ansvarlig for, at der foretages sikkerhedsvurdering og sikrer kontakt til politi. Hvis sikkerhedsvurderingen viser behov for sikkert ophold, kan der iværksættes akutte foreløbige foranstaltninger efter SEL § 52, stykke 2.',
            en: 'Merete is responsible for ensuring that a safety assessment is made, and ensures contact with the police. If the safety assessment shows a need for a safe stay, urgent interim measures can be initiated under SEL § 52, subsection 2.',
          },
          duty: CASEWORKER_FOLLOW_UP,
          stage: 'acute',
          contactIds: ['merete-lykke-aagaard'],
          legalRefIds: ['sel-52-2'],
          match: { phrases: ['foreløbige|akutte foranstaltninger|foranstaltning', 'interim|temporary|urgent measures|measure', 'sikkert ophold', 'safe stay|accommodation|place'] },
          source: at(U18),
        },
        {
          id: 'u18-acute-action-plan',
          text: {
            da: 'Desuden skal handleplan efter SEL § 140 fremgå.',
            en: 'In addition, an action plan under SEL § 140 must be set out.',
          },
          duty: CASEWORKER_FOLLOW_UP,
          stage: 'acute',
          legalRefIds: ['sel-140'],
          match: { phrases: ['handleplan|handleplanen', 'action plan'] },
          source: at(U18),
        },
        {
          id: 'u18-after-hours',
          text: {
            da: 'Udenfor åbningstid kontaktes: Politi på 114; Den Sociale Døgnvagt, telefon 96 30 14 48.',
            en: 'Outside opening hours, contact: the police on 114; Den Sociale Døgnvagt (the social services out-of-hours duty), phone 96 30 14 48.',
          },
          duty: CASEWORKER_FOLLOW_UP,
          stage: 'acute',
          contactIds: ['politi', 'den-sociale-doegnvagt'],
          match: { phrases: AFTER_HOURS_WORDS },
          source: at(`${U18} – ${AFTER_HOURS}`),
        },
      ],
      attentionPoints: [
        {
          id: 'u18-do-not-tell-family',
          kind: 'do-not',
          text: {
            da: 'Drøft ikke din bekymring med barnets/den unges familie eller venner. Familiens kendskab til myndighedernes involvering kan eskalere konflikten.',
            en: 'Do not discuss your concern with the child’s/young person’s family or friends. The family’s knowledge of the authorities’ involvement can escalate the conflict.',
          },
          match: { phrases: DO_NOT_TELL_FAMILY_WORDS },
          source: at(`${U18} – ${ATTENTION}`),
        },
        {
          id: 'u18-do-not-write-home',
          kind: 'do-not',
          text: {
            da: 'Send ikke brev/sms/mail til barnets/den unges hjem.',
            en: 'Do not send letters/text messages/e-mails to the child’s/young person’s home.',
          },
          match: { phrases: DO_NOT_WRITE_WORDS },
          source: at(`${U18} – ${ATTENTION}`),
        },
        {
          id: 'u18-watch-other-children',
          kind: 'watch',
          text: {
            da: 'Vær opmærksom på eventuelle andre børn i familien.',
            en: 'Be aware of any other children in the family.',
          },
          match: { phrases: CHILDREN_WORDS },
          source: at(`${U18} – ${ATTENTION}`),
        },
      ],
      safetyPlan: [
        {
          id: 'u18-safety-plan-focus',
          text: {
            da: 'Det kan være nødvendigt at lave en sikkerhedsplan med fokus på:',
            en: 'It may be necessary to make a safety plan focusing on:',
          },
          match: { phrases: SAFETY_PLAN_WORDS },
          source: at(`${U18} – ${SAFETY_PLAN}`),
        },
        {
          id: 'u18-safety-plan-escalation',
          text: {
            da: 'Hvad gør den unge, hvis tingene pludselig spidser til?',
            en: 'What does the young person do if things suddenly come to a head?',
          },
          source: at(`${U18} – ${SAFETY_PLAN}`),
        },
        {
          id: 'u18-safety-plan-who-to-contact',
          text: {
            da: 'Hvem kan den unge kontakte, hvordan og på alle tider af døgnet?',
            en: 'Whom can the young person contact, how, and at all times of the day and night?',
          },
          source: at(`${U18} – ${SAFETY_PLAN}`),
        },
        {
          id: 'u18-safety-plan-who-reacts',
          text: {
            da: 'Hvem reagerer og hvordan, hvis den unge for eksempel ikke vender tilbage på aftalte tidspunkter?',
            en: 'Who reacts, and how, if, for example, the young person does not come back at the agreed times?',
          },
          source: at(`${U18} – ${SAFETY_PLAN}`),
        },
        {
          id: 'u18-safety-list',
          text: {
            da: 'Etnisk Ung har lavet en sikkerhedsliste målrettet unge, hvilket med fordel kan bruges som opmærksomhedspunkter for kommunen: »Sikkerhedsliste til dig, der er truet«.',
            en: 'Etnisk Ung has made a safety list aimed at young people, which the municipality can usefully use as points of attention: “Sikkerhedsliste til dig, der er truet” (Safety list for you who are threatened).',
          },
          contactIds: ['etnisk-ung'],
          match: { phrases: SAFETY_LIST_WORDS },
          source: at(`${U18} – ${SAFETY_PLAN}`),
        },
      ],
      contactIds: ['etnisk-ung', 'viso', 'nana', 'fiolla-anne', 'merete-lykke-aagaard'],
      afterHoursContactIds: ['politi', 'den-sociale-doegnvagt'],
      legalRefIds: ['sel-50-3', 'sel-50', 'sel-52-2', 'sel-140'],
      match: {
        phrases: [
          'myndighedsrådgiver|myndighedsrådgivere', 'sagsbehandler|sagsbehandlere', 'case worker|workers', 'caseworker|caseworkers',
          'socialrådgiver|rådgiver myndighed|myndigheden|myndighedsområdet', `${ROLE_WORDS} under 18`,
          `${ROLE_WORDS} barn|barnet|børn|child|children|minor|minors|ung|unge`,
          'børnesag|børnesager|børneområdet|børnefamilieafdelingen|familieafdelingen',
        ],
      },
      source: at(U18),
    },
    {
      id: 'caseworker-over-18',
      title: { da: 'For myndighedsrådgiver (over 18 år)', en: 'For case workers (myndighedsrådgiver), citizen over 18' },
      ageGroup: 'over-18',
      steps: [
        {
          id: 'o18-discuss-with-leader',
          text: {
            da: 'Du skal som myndighedsrådgiver drøfte din bekymring med din nærmeste leder eller faglig koordinator.',
            en: 'As a case worker, you must discuss your concern with your nearest manager or professional coordinator.',
          },
          duty: CASEWORKER_DUTY,
          stage: 'concern',
          match: { phrases: [...DUTY_WORDS, LEADER_WORDS, 'faglig koordinator', 'coordinator'] },
          source: at(O18),
        },
        {
          id: 'o18-general-sparring',
          text: {
            da: 'Du kan ved bekymring eventuelt få generel faglig sparring (ikke på sagsniveau) hos Etnisk Ung, telefon 70 27 76 66 eller VISO telefon 72 42 40 00.',
            en: 'If you are concerned, you can get general professional sparring (not at case level) from Etnisk Ung, phone 70 27 76 66, or VISO, phone 72 42 40 00.',
          },
          duty: CASEWORKER_DUTY,
          stage: 'concern',
          contactIds: ['etnisk-ung', 'viso'],
          source: at(O18),
        },
        {
          id: 'o18-assess-sparring-need',
          text: {
            da: 'I samarbejde med leder vurderes det, hvorvidt der er behov for sparring i forhold til det videre sagsforløb ved sikkerhedskonsulent Nana telefon 25 20 28 46 eller Fiolla telefon 25 20 28 49.',
            en: 'Together with your manager, you assess whether there is a need for sparring on the further course of the case with safety consultant Nana, phone 25 20 28 46, or Fiolla, phone 25 20 28 49.',
          },
          duty: CASEWORKER_DUTY,
          stage: 'concern',
          contactIds: ['nana', 'fiolla-anne'],
          source: at(O18),
        },
        {
          id: 'o18-sparring-scope',
          text: {
            da: 'Sparringen kan gå på, hvorvidt bekymringen kræver akut handling. Nana eller Fiolla kan give faglig sparring og kvalificering i forhold til vurdering samt sparring ift. om der er behov for juridisk bistand.',
            en: 'The sparring can be about whether the concern requires acute action. Nana or Fiolla can give professional sparring and help qualify the assessment, as well as sparring on whether legal assistance is needed.',
          },
          duty: CASEWORKER_DUTY,
          stage: 'concern',
          contactIds: ['nana', 'fiolla-anne'],
          source: at(O18),
        },
        {
          id: 'o18-assess-acute-and-safety-plan',
          text: {
            da: 'Hvis I fortsat er bekymrede, skal I vurdere, om der skal handles akut. I skal vurdere, om der skal laves en sikkerhedsplan. Vurder, hvilke samarbejdspartnere, der skal involveres og informeres.',
            en: 'If you are still concerned, you must assess whether acute action is needed. You must assess whether a safety plan should be made. Assess which partners are to be involved and informed.',
          },
          duty: CASEWORKER_DUTY,
          stage: 'concern',
          source: at(O18),
        },
        {
          id: 'o18-acute-contact-merete',
          text: {
            da: 'Hvis der er behov for akut handling, skal du kontakte: Merete Lykke Aagaard, telefon 99 31 27 22.',
            en: 'If acute action is needed, you must contact: Merete Lykke Aagaard, phone 99 31 27 22.',
          },
          duty: CASEWORKER_FOLLOW_UP,
          stage: 'acute',
          contactIds: ['merete-lykke-aagaard'],
          source: at(O18),
        },
        {
          id: 'o18-acute-safety-assessment',
          text: {
            da: 'Merete er ansvarlig for, at der foretages sikkerhedsvurdering og sikrer kontakt til politi.',
            en: 'Merete is responsible for ensuring that a safety assessment is made, and ensures contact with the police.',
          },
          duty: CASEWORKER_FOLLOW_UP,
          stage: 'acute',
          contactIds: ['merete-lykke-aagaard'],
          source: at(O18),
        },
        {
          id: 'o18-acute-safe-institution',
          text: {
            da: 'Hvis sikkerhedsvurderingen viser behov for ophold på en særlig sikker institution kontaktes: Krisecenter på telefon 70 20 30 82; RED Safehouse på telefon 45 11 78 00.',
            en: 'If the safety assessment shows a need for a stay at a particularly safe institution, contact: a crisis centre (Krisecenter) on phone 70 20 30 82; RED Safehouse on phone 45 11 78 00.',
          },
          duty: CASEWORKER_FOLLOW_UP,
          stage: 'acute',
          contactIds: ['krisecenter', 'red-safehouse'],
          match: { phrases: ['sikker|sikkert|sikre institution|ophold|sted|bolig', 'safe|secure institution|stay|place|house|housing', 'krisecenter|shelter'] },
          source: at(O18),
        },
      ],
      attentionPoints: [
        {
          id: 'o18-do-not-tell-family',
          kind: 'do-not',
          text: {
            da: 'Drøft ikke din bekymring med borgerens familie eller venner. Familiens kendskab til myndighedernes involvering kan eskalere konflikten.',
            en: 'Do not discuss your concern with the citizen’s family or friends. The family’s knowledge of the authorities’ involvement can escalate the conflict.',
          },
          match: { phrases: DO_NOT_TELL_FAMILY_WORDS },
          source: at(`${O18} – ${ATTENTION}`),
        },
        {
          id: 'o18-do-not-write',
          kind: 'do-not',
          text: {
            da: 'Send ikke breve/sms/mail til borgeren, da vedkommende kan være overvåget af familien.',
            en: 'Do not send letters/text messages/e-mails to the citizen, as the person may be monitored by the family.',
          },
          match: { phrases: DO_NOT_WRITE_WORDS },
          source: at(`${O18} – ${ATTENTION}`),
        },
        {
          id: 'o18-ordinary-letters-ok',
          kind: 'do',
          text: {
            da: 'Send gerne almindelige breve til borgeren, hvor I indkalder til almindelige samtaler. Dette kan være en måde at komme i kontakt med borgeren og tale med denne alene.',
            en: 'Do send ordinary letters to the citizen calling them in to ordinary meetings. This can be a way of getting in touch with the citizen and talking to them alone.',
          },
          match: {
            phrases: [
              'almindelige|almindeligt|almindelig|ordinary|regular|normal brev|breve|letter|letters',
              'indkalde|indkalder|indkaldelse|invite|invitation|summon|call brev|breve|letter|letters|samtale|møde|meeting',
              'brev|breve|letter|letters',
            ],
          },
          source: at(`${O18} – ${ATTENTION}`),
        },
        {
          id: 'o18-avoid-home-meetings',
          kind: 'do-not',
          text: {
            da: 'Undgå så vidt muligt at afholde samtalen i borgerens hjem.',
            en: 'As far as possible, avoid holding the conversation in the citizen’s home.',
          },
          match: { phrases: AVOID_HOME_WORDS },
          source: at(`${O18} – ${ATTENTION}`),
        },
        {
          id: 'o18-watch-children',
          kind: 'watch',
          text: { da: 'Vær opmærksom på eventuelle børn i familien.', en: 'Be aware of any children in the family.' },
          match: { phrases: CHILDREN_WORDS },
          source: at(`${O18} – ${ATTENTION}`),
        },
      ],
      safetyPlan: [
        {
          id: 'o18-safety-plan-focus',
          text: {
            da: 'Det kan være nødvendigt at lave en sikkerhedsplan med fokus på:',
            en: 'It may be necessary to make a safety plan focusing on:',
          },
          match: { phrases: SAFETY_PLAN_WORDS },
          source: at(`${O18} – ${SAFETY_PLAN}`),
        },
        {
          id: 'o18-safety-plan-escalation',
          text: {
            da: 'Hvad gør den unge, hvis tingene pludselig spidser til?',
            en: 'What does the young person do if things suddenly come to a head?',
          },
          source: at(`${O18} – ${SAFETY_PLAN}`),
        },
        {
          id: 'o18-safety-plan-who-to-contact',
          text: {
            da: 'Hvem kan den unge kontakte, hvordan og på alle tider af døgnet?',
            en: 'Whom can the young person contact, how, and at all times of the day and night?',
          },
          source: at(`${O18} – ${SAFETY_PLAN}`),
        },
        {
          id: 'o18-safety-plan-who-reacts',
          text: {
            da: 'Hvem reagerer og hvordan, hvis den unge fx ikke vender tilbage på aftalte tidspunkter?',
            en: 'Who reacts, and how, if, e.g., the young person does not come back at the agreed times?',
          },
          source: at(`${O18} – ${SAFETY_PLAN}`),
        },
        {
          id: 'o18-safety-list',
          text: {
            da: 'Etnisk Ung har lavet en sikkerhedsliste målrettet unge, hvilket med fordel kan bruges som opmærksomhedspunkter for kommunen: »Sikkerhedsliste til dig, der er truet«.',
            en: 'Etnisk Ung has made a safety list aimed at young people, which the municipality can usefully use as points of attention: “Sikkerhedsliste til dig, der er truet” (Safety list for you who are threatened).',
          },
          contactIds: ['etnisk-ung'],
          match: { phrases: SAFETY_LIST_WORDS },
          source: at(`${O18} – ${SAFETY_PLAN}`),
        },
      ],
      contactIds: ['etnisk-ung', 'viso', 'nana', 'fiolla-anne', 'merete-lykke-aagaard', 'krisecenter', 'red-safehouse'],
      // The source names no contacts outside opening hours for this audience; see note-no-after-hours-over-18.
      afterHoursContactIds: [],
      legalRefIds: [],
      match: {
        phrases: [
          'myndighedsrådgiver|myndighedsrådgivere', 'sagsbehandler|sagsbehandlere', 'case worker|workers', 'caseworker|caseworkers',
          'socialrådgiver|rådgiver myndighed|myndigheden|myndighedsområdet', `${ROLE_WORDS} over 18`,
          `${ROLE_WORDS} voksen|voksne|adult|adults|borger|borgeren|citizen`, 'voksenområdet|voksenafdelingen',
          'faglig koordinator',
        ],
      },
      source: at(O18),
    },
    {
      id: 'professional',
      title: { da: 'For fagpersoner', en: 'For professionals (fagpersoner)' },
      steps: [
        {
          id: 'pro-discuss-with-leader',
          text: {
            da: 'Er du som fagperson bekymret for, at en borger er udsat for æresrelaterede konflikter eller negativ social kontrol, skal du drøfte din bekymring med din nærmeste leder.',
            en: 'If you, as a professional, are concerned that a citizen is exposed to honour-related conflicts or negative social control, you must discuss your concern with your nearest manager.',
          },
          duty: PROFESSIONAL_DUTY,
          stage: 'concern',
          match: { phrases: [...DUTY_WORDS, LEADER_WORDS] },
          source: at(PRO),
        },
        {
          id: 'pro-general-sparring',
          text: {
            da: 'I kan eventuelt få faglig sparring (ikke på sagsniveau) hos Etnisk Ung, telefon 70 27 76 66 eller VISO, telefon 72 41 40 00.',
            en: 'You can get professional sparring (not at case level) from Etnisk Ung, phone 70 27 76 66, or VISO, phone 72 41 40 00.',
          },
          duty: PROFESSIONAL_DUTY,
          stage: 'concern',
          contactIds: ['etnisk-ung', 'viso'],
          source: at(PRO),
        },
        {
          id: 'pro-assess-sparring-need',
          text: {
            da: 'I samarbejde med leder vurderes det, hvorvidt der er behov for sparring i forhold til det videre sagsforløb.',
            en: 'Together with your manager, you assess whether there is a need for sparring on the further course of the case.',
          },
          duty: PROFESSIONAL_DUTY,
          stage: 'concern',
          source: at(PRO),
        },
        {
          id: 'pro-sparring-scope',
          text: {
            da: 'Sparringen kan gå på, hvorvidt bekymringen kræver akut handling. Nana eller Anne kan give fagspecifik sparring og kvalificering i forhold til vurdering samt sparring i forhold til, om der er behov for juridisk bistand. I kan kontakte: Nana telefon 25 20 28 46; Anne telefon 25 20 28 49.',
            en: 'The sparring can be about whether the concern requires acute action. Nana or Anne can give subject-specific sparring and help qualify the assessment, as well as sparring on whether legal assistance is needed. You can contact: Nana, phone 25 20 28 46; Anne, phone 25 20 28 49.',
          },
          duty: PROFESSIONAL_DUTY,
          stage: 'concern',
          contactIds: ['nana', 'fiolla-anne'],
          source: at(PRO),
        },
        {
          id: 'pro-assess-acute-and-safety-plan',
          text: {
            da: 'Hvis I fortsat er bekymrede, skal I vurdere, om der skal handles akut. I skal vurdere, om der skal laves en sikkerhedsplan. Vurder hvilke samarbejdspartnere, der skal involveres og informeres.',
            en: 'If you are still concerned, you must assess whether acute action is needed. You must assess whether a safety plan should be made. Assess which partners are to be involved and informed.',
          },
          duty: PROFESSIONAL_DUTY,
          stage: 'concern',
          source: at(PRO),
        },
        {
          id: 'pro-notification-under-18',
          text: {
            da: 'Under 18 år: Er I bekymrede for den unges udvikling og trivsel, skal I vurdere, om der skal laves en underretning jævnfør SEL § 153 (skærpet underretningspligt).',
            en: 'Under 18: If you are concerned about the young person’s development and well-being, you must assess whether a notification (underretning) is to be made under SEL § 153 (enhanced duty to notify).',
          },
          duty: PROFESSIONAL_DUTY,
          stage: 'concern',
          ageGroup: 'under-18',
          legalRefIds: ['sel-153'],
          match: {
            phrases: [
              'underretning|underretninger|underrette|underretter|underretningspligt|underretningspligten',
              'notification|notify|report|reporting', 'skærpet underretningspligt', 'duty notify|report',
            ],
          },
          source: at(PRO),
        },
        {
          id: 'pro-acute-contact-merete',
          text: {
            da: 'Hvis der er behov for akut handling, skal du kontakte: Merete Lykke Aagaard, telefon 99 31 27 22.',
            en: 'If acute action is needed, you must contact: Merete Lykke Aagaard, phone 99 31 27 22.',
          },
          duty: PROFESSIONAL_DUTY_UNTIL_HANDOVER,
          stage: 'acute',
          contactIds: ['merete-lykke-aagaard'],
          source: at(PRO),
        },
        {
          id: 'pro-acute-safety-assessment',
          text: {
            da: 'Merete er ansvarlig for, at der foretages sikkerhedsvurdering og sikrer kontakt til politi.',
            en: 'Merete is responsible for ensuring that a safety assessment is made, and ensures contact with the police.',
          },
          duty: PROFESSIONAL_DUTY_UNTIL_HANDOVER,
          stage: 'acute',
          contactIds: ['merete-lykke-aagaard'],
          source: at(PRO),
        },
        {
          id: 'pro-after-hours',
          text: {
            da: 'Udenfor åbningstid kontaktes: Politi på 114; Under 18 år: Den Sociale Døgnvagt på telefon 96 30 14 48.',
            en: 'Outside opening hours, contact: the police on 114; under 18: Den Sociale Døgnvagt (the social services out-of-hours duty) on phone 96 30 14 48.',
          },
          duty: PROFESSIONAL_DUTY_UNTIL_HANDOVER,
          stage: 'acute',
          contactIds: ['politi', 'den-sociale-doegnvagt'],
          match: { phrases: AFTER_HOURS_WORDS },
          source: at(`${PRO} – ${AFTER_HOURS}`),
        },
        {
          id: 'pro-follow-up-after-notification',
          text: {
            da: 'Hvis der er lavet underretning (under 18 år) i forhold til sagen, har myndighedsrådgiver handlepligten og sikrer derfor opfølgning.',
            en: 'If a notification (under 18) has been made in the case, the case worker has the duty to act and therefore ensures follow-up.',
          },
          duty: {
            da: 'Myndighedsrådgiver har handlepligten og sikrer derfor opfølgning.',
            en: 'The case worker has the duty to act and therefore ensures follow-up.',
          },
          stage: 'concern',
          ageGroup: 'under-18',
          source: at(PRO),
        },
      ],
      attentionPoints: [
        {
          id: 'pro-do-not-tell-family',
          kind: 'do-not',
          text: {
            da: 'Drøft ikke din bekymring med borgerens familie eller venner. Familiens kendskab til myndighedernes involvering kan eskalere konflikten.',
            en: 'Do not discuss your concern with the citizen’s family or friends. The family’s knowledge of the authorities’ involvement can escalate the conflict.',
          },
          match: { phrases: DO_NOT_TELL_FAMILY_WORDS },
          source: at(`${PRO} – ${ATTENTION}`),
        },
        {
          id: 'pro-do-not-write',
          kind: 'do-not',
          text: {
            da: 'Send ikke brev/sms/mail til borgeren, da vedkommende kan være overvåget af familien.',
            en: 'Do not send letters/text messages/e-mails to the citizen, as the person may be monitored by the family.',
          },
          match: { phrases: DO_NOT_WRITE_WORDS },
          source: at(`${PRO} – ${ATTENTION}`),
        },
        {
          id: 'pro-watch-children',
          kind: 'watch',
          text: { da: 'Vær opmærksom på eventuelle børn i familien.', en: 'Be aware of any children in the family.' },
          match: { phrases: CHILDREN_WORDS },
          source: at(`${PRO} – ${ATTENTION}`),
        },
      ],
      safetyPlan: [
        {
          id: 'pro-safety-plan-focus',
          text: {
            da: 'Det kan være nødvendigt at lave en sikkerhedsplan med fokus på:',
            en: 'It may be necessary to make a safety plan focusing on:',
          },
          match: { phrases: SAFETY_PLAN_WORDS },
          source: at(`${PRO} – ${SAFETY_PLAN}`),
        },
        {
          id: 'pro-safety-plan-escalation',
          text: {
            da: 'Hvad gør den unge, hvis tingene pludselig spidser til?',
            en: 'What does the young person do if things suddenly come to a head?',
          },
          source: at(`${PRO} – ${SAFETY_PLAN}`),
        },
        {
          id: 'pro-safety-plan-who-to-contact',
          text: {
            da: 'Hvem kan den unge kontakte, hvordan og på alle tider af døgnet?',
            en: 'Whom can the young person contact, how, and at all times of the day and night?',
          },
          source: at(`${PRO} – ${SAFETY_PLAN}`),
        },
        {
          id: 'pro-safety-plan-who-reacts',
          text: {
            da: 'Hvem reagerer og hvordan, hvis den unge for eksempel ikke vender tilbage på aftalte tidspunkter?',
            en: 'Who reacts, and how, if, for example, the young person does not come back at the agreed times?',
          },
          source: at(`${PRO} – ${SAFETY_PLAN}`),
        },
        {
          id: 'pro-safety-list',
          text: {
            da: 'Etnisk Ung har lavet en sikkerhedsliste målrettet unge, hvilket med fordel kan bruges som opmærksomhedspunkter også for kommunen.',
            en: 'Etnisk Ung has made a safety list aimed at young people, which can usefully be used as points of attention by the municipality too.',
          },
          contactIds: ['etnisk-ung'],
          match: { phrases: SAFETY_LIST_WORDS },
          source: at(`${PRO} – ${SAFETY_PLAN}`),
        },
      ],
      contactIds: ['etnisk-ung', 'viso', 'nana', 'fiolla-anne', 'merete-lykke-aagaard'],
      afterHoursContactIds: ['politi', 'den-sociale-doegnvagt'],
      legalRefIds: ['sel-153'],
      match: {
        phrases: [
          'fagperson|fagpersoner|fagpersonale', 'professional|professionals', 'lærer|lærere|læreren|underviser|teacher|teachers',
          'pædagog|pædagoger|pædagogen|pedagogue|educator', 'skole|skolen|school', 'elev|eleven|elever|pupil|pupils|student|students',
          'sundhedsplejerske|sundhedsplejersken|nurse', 'health visitor', 'læge|lægen|doctor|gp', 'jobkonsulent|jobkonsulenter',
          'job consultant', 'ssp', 'klub|fritidsklub|ungdomsklub|club', 'gymnasium|gymnasiet', 'high school',
          'ungdomsskole|ungdomsskolen', 'støttekontaktperson|mentor', 'daginstitution|børnehave|vuggestue|kindergarten|nursery',
          'psykolog|psychologist',
        ],
      },
      source: at(PRO),
    },
  ],
  contacts: [
    {
      id: 'etnisk-ung',
      name: 'Etnisk Ung',
      role: {
        da: 'Generel faglig sparring ved bekymring (ikke på sagsniveau). Har lavet en sikkerhedsliste målrettet unge: »Sikkerhedsliste til dig, der er truet«.',
        en: 'General professional sparring when you are concerned (not at case level). Has made a safety list aimed at young people: “Sikkerhedsliste til dig, der er truet”.',
      },
      phones: [{ number: '70277666' }],
      uses: ['sparring'],
      match: { phrases: ['etnisk ung', 'etniskung', 'ethnic young|youth'] },
      source: at(U18),
    },
    {
      id: 'viso',
      name: 'VISO',
      role: {
        da: 'Generel faglig sparring ved bekymring (ikke på sagsniveau).',
        en: 'General professional sparring when you are concerned (not at case level).',
      },
      phones: [
        {
          number: '72414000',
          label: {
            da: 'Nummeret i afsnittene "For myndighedsrådgiver (under 18 år)" og "For fagpersoner"',
            en: 'The number in the sections for case workers (under 18) and for professionals',
          },
        },
        {
          number: '72424000',
          label: {
            da: 'Nummeret i afsnittet "For myndighedsrådgiver (over 18 år)"',
            en: 'The number in the section for case workers (over 18)',
          },
        },
      ],
      uses: ['sparring'],
      needsVerification: {
        da: 'Kilden angiver to forskellige numre til VISO: 72 41 40 00 (myndighedsrådgiver under 18 år og fagpersoner) og 72 42 40 00 (myndighedsrådgiver over 18 år). Det er ikke bekræftet, hvilket der er det rigtige.',
        en: 'The source gives two different numbers for VISO: 72 41 40 00 (case workers, under 18, and professionals) and 72 42 40 00 (case workers, over 18). Which one is correct has not been confirmed.',
      },
      match: { phrases: ['viso'] },
      source: at(U18),
    },
    {
      id: 'nana',
      name: 'Nana',
      role: {
        da: 'Sikkerhedskonsulent. Sparring om det videre sagsforløb, herunder om bekymringen kræver akut handling; faglig sparring og kvalificering i forhold til vurdering samt sparring om behov for juridisk bistand.',
        en: 'Safety consultant (sikkerhedskonsulent). Sparring on the further course of the case, including whether the concern requires acute action; professional sparring and help qualifying the assessment, and sparring on whether legal assistance is needed.',
      },
      phones: [{ number: '25202846' }],
      uses: ['sparring'],
      match: {
        phrases: [
          'nana', 'sikkerhedskonsulent|sikkerhedskonsulenten|sikkerhedskonsulenter', 'safety|security consultant|consultants|advisor',
          'juridisk bistand|hjælp|rådgivning', 'legal assistance|aid|advice|help',
        ],
      },
      source: at(U18),
    },
    {
      id: 'fiolla-anne',
      name: 'Fiolla / Anne',
      role: {
        da: 'Sparring om det videre sagsforløb, herunder om bekymringen kræver akut handling; faglig sparring og kvalificering i forhold til vurdering samt sparring om behov for juridisk bistand.',
        en: 'Sparring on the further course of the case, including whether the concern requires acute action; professional sparring and help qualifying the assessment, and sparring on whether legal assistance is needed.',
      },
      phones: [{ number: '25202849' }],
      uses: ['sparring'],
      needsVerification: {
        da: 'Kilden kalder personen på 25 20 28 49 »Fiolla« i afsnittene for myndighedsrådgivere og »Anne« i afsnittet for fagpersoner. Navnet er ikke bekræftet.',
        en: 'The source calls the person on 25 20 28 49 “Fiolla” in the sections for case workers and “Anne” in the section for professionals. The name has not been confirmed.',
      },
      match: { phrases: ['fiolla', 'anne', 'juridisk bistand|hjælp|rådgivning', 'legal assistance|aid|advice|help'] },
      source: at(U18),
    },
    {
      id: 'merete-lykke-aagaard',
      name: 'Merete Lykke Aagaard',
      role: {
        da: 'Kontaktes ved behov for akut handling. Ansvarlig for, at der foretages sikkerhedsvurdering, og sikrer kontakt til politi.',
        en: 'To be contacted when acute action is needed. Responsible for ensuring that a safety assessment is made, and ensures contact with the police.',
      },
      phones: [{ number: '99312722' }],
      uses: ['acute'],
      match: {
        phrases: [
          'merete', 'aagaard', 'lykke aagaard', 'sikkerhedsvurdering|sikkerhedsvurderingen', 'safety|security assessment',
          'akut|acute|emergency|urgent kontakt|kontakte|ringe|contact|call|phone|telefon|nummer|number',
        ],
      },
      source: at(U18),
    },
    {
      id: 'politi',
      name: 'Politi',
      role: { da: 'Kontaktes udenfor åbningstid', en: 'Police – to be contacted outside opening hours' },
      phones: [{ number: '114' }],
      uses: ['after-hours'],
      audiences: ['caseworker-under-18', 'professional'],
      match: { phrases: ['politi|politiet|politiets|police', '114', '112', 'betjent|=officer|=officers'] },
      source: at(`${U18} – ${AFTER_HOURS}`),
    },
    {
      id: 'den-sociale-doegnvagt',
      name: 'Den Sociale Døgnvagt',
      role: { da: 'Kontaktes udenfor åbningstid (under 18 år)', en: 'To be contacted outside opening hours (under 18)' },
      phones: [{ number: '96301448' }],
      uses: ['after-hours'],
      audiences: ['caseworker-under-18', 'professional'],
      ageGroup: 'under-18',
      match: {
        phrases: [
          'døgnvagt|døgnvagten|døgnvagtens', 'sociale|social døgnvagt|vagt',
          'duty social|service|team|officer', 'social emergency|duty',
        ],
      },
      source: at(`${U18} – ${AFTER_HOURS}`),
    },
    {
      id: 'krisecenter',
      name: 'Krisecenter',
      role: {
        da: 'Kontaktes, hvis sikkerhedsvurderingen viser behov for ophold på en særlig sikker institution (over 18 år)',
        en: 'Crisis centre – to be contacted if the safety assessment shows a need for a stay at a particularly safe institution (over 18)',
      },
      phones: [{ number: '70203082' }],
      uses: ['shelter'],
      audiences: ['caseworker-over-18'],
      ageGroup: 'over-18',
      match: {
        phrases: [
          'krisecenter|krisecentre|krisecentret|krisecentrene|kvindekrisecenter', 'crisis centre|center|centres|centers',
          'shelter|shelters', 'sikker|sikkert|sikre institution|ophold|sted|bolig', 'safe|secure institution|stay|place|housing',
        ],
      },
      source: at(O18),
    },
    {
      id: 'red-safehouse',
      name: 'RED Safehouse',
      role: {
        da: 'Kontaktes, hvis sikkerhedsvurderingen viser behov for ophold på en særlig sikker institution (over 18 år)',
        en: 'To be contacted if the safety assessment shows a need for a stay at a particularly safe institution (over 18)',
      },
      phones: [{ number: '45117800' }],
      uses: ['shelter'],
      audiences: ['caseworker-over-18'],
      ageGroup: 'over-18',
      match: {
        phrases: [
          'safehouse|safehouses', 'safe house', 'red safe|safehouse|house', 'shelter|shelters',
          'sikker|sikkert|sikre institution|ophold|sted|bolig', 'safe|secure institution|stay|place|housing',
        ],
      },
      source: at(O18),
    },
  ],
  legalRefs: [
    {
      id: 'sel-50-3',
      citation: 'SEL § 50, stk. 3',
      description: {
        da: 'Børnesamtale – alene med barnet/den unge.',
        en: 'Conversation with the child – alone with the child/young person.',
      },
      source: at(U18),
    },
    {
      id: 'sel-50',
      citation: 'SEL § 50',
      description: { da: 'Børnefaglig undersøgelse.', en: 'Child welfare investigation (børnefaglig undersøgelse).' },
      source: at(U18),
    },
    {
      id: 'sel-52-2',
      citation: 'SEL § 52, stk. 2',
      description: {
        da: 'Akutte foreløbige foranstaltninger, hvis sikkerhedsvurderingen viser behov for sikkert ophold.',
        en: 'Urgent interim measures, if the safety assessment shows a need for a safe stay.',
      },
      source: at(U18),
    },
    {
      id: 'sel-140',
      citation: 'SEL § 140',
      description: { da: 'Handleplan.', en: 'Action plan.' },
      source: at(U18),
    },
    {
      id: 'sel-153',
      citation: 'SEL § 153',
      description: { da: 'Skærpet underretningspligt.', en: 'Enhanced duty to notify (skærpet underretningspligt).' },
      source: at(PRO),
    },
  ],
  notes: [
    {
      id: 'note-no-after-hours-over-18',
      text: {
        da: 'Afsnittet »For myndighedsrådgiver (over 18 år)« nævner ingen kontakter udenfor åbningstid.',
        en: 'The section for case workers (over 18) names no contacts outside opening hours.',
      },
      needsVerification: {
        da: 'Kilden angiver kun kontakter udenfor åbningstid for myndighedsrådgiver (under 18 år) og for fagpersoner. Hvem myndighedsrådgivere for borgere over 18 år skal kontakte udenfor åbningstid, er ikke bekræftet.',
        en: 'The source gives contacts outside opening hours only for case workers (under 18) and for professionals. Whom case workers for citizens over 18 should contact outside opening hours has not been confirmed.',
      },
      source: at(O18),
    },
    {
      id: 'note-municipality-address',
      text: {
        da: 'Aalborg Kommune, Boulevarden 13, 9000 Aalborg. CVR-nummer: 29189420.',
        en: 'Aalborg Municipality, Boulevarden 13, 9000 Aalborg. CVR number: 29189420.',
      },
      source: at('Aalborg Kommune'),
    },
  ],
  acuteCues: {
    phrases: [...new Set([...DANGER_WORDS, ...HONOUR_KILLING_WORDS, ...FORCED_MARRIAGE_WORDS, ...ISOLATION_WORDS])],
  },
  openingHours: {
    weekdays: { open: '08:00', close: '15:00' },
    note: {
      da: 'Kilden nævner »udenfor åbningstid«, men angiver ikke åbningstiderne. 08:00–15:00 på hverdage er en dokumenteret standardværdi, ikke fra kilden, og kan ændres.',
      en: 'The source mentions “outside opening hours” but does not state the hours. 08:00–15:00 on weekdays is a documented default, not from the source, and can be changed.',
    },
  },
} as const satisfies Guide;
