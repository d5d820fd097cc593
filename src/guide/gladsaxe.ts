// Gladsaxe Kommune: "Actioncard for borgere over 18 år – Negativ social kontrol", transcribed from
// shared/sources/gladsaxe-actioncard-over-18.txt. Danish follows the source; only line-break
// hyphenation is joined, "Lovgivningt" is corrected to "Lovgivning" and a comma is added in
// "sparring, rådgivning og risikovurdering". `match` fields are matching vocabulary, not guidance.
import { DANGER_WORDS, FORCED_MARRIAGE_WORDS, HONOUR_KILLING_WORDS, ISOLATION_WORDS } from './acute-vocabulary.js';
import type { Guide } from './types.js';

const SOURCE = 'gladsaxe-actioncard';
const at = (section: string) => ({ source: SOURCE, section }) as const;

/** The family members who come along to every meeting, in the never-alone sign's phrases. */
const FAMILY_DA = 'mor|moren|far|faren|bror|broren|brødre|brødrene|søster|søsteren|søstre|mand|manden|ægtefælle|familie|familien|forældre';
const FAMILY_EN = 'mother|father|brother|brothers|sister|sisters|husband|wife|spouse|family|parents';
/** The family with the in-laws, who often decide over a daughter-in-law's work and Danish classes. */
const FAMILY_OR_IN_LAWS_DA = `${FAMILY_DA}|svigermor|svigermoren|svigerfar|svigerfaren|svigerfamilien|onkel|onklen`;
// "=arbejde", "=job": not inside "medarbejder" (a colleague) or "jobcentret".
const WORK_OR_DANISH_DA =
  'arbejdsprøvning|arbejdsprøve|praktik|praktikken|virksomhedspraktik|=job|=jobbet|=arbejde|=arbejdet|uddannelse|uddanne|=studere|kursus|skole|dansk|danskuddannelse|danskundervisning|danskkursus|danskkurset|kurset|amu|sprogskole|sprogskolen|sprogcenter|sprogcentret|sprogcenteret|løntilskud|jobafklaring|jobafklaringsforløb';
const WORK_OR_DANISH_EN = 'work|job|trial|assessment|placement|internship|study|school|education|course|classes|lessons|danish|language';

const INTRO = 'Actioncard for borgere over 18 år';
const GUIDANCE = 'Ved behov for vejledning kan nedenstående kontaktes';
const ACUTE = 'Ved behov for akut handling kan nedenstående kontaktes';

export const gladsaxe = {
  id: 'gladsaxe',
  municipality: { name: 'Gladsaxe Kommune', url: 'https://gladsaxe.dk/negativsocialkontrol' },
  title: {
    da: 'Actioncard for borgere over 18 år – Negativ social kontrol',
    en: 'Action card for citizens over 18 – Negative social control',
  },
  intro: {
    da:
      'Actioncard for borgere over 18 år er målrettet fagpersonale på beskæftigelsesområdet, Ungeenheden, SSP og Social Balance. ' +
      'Dette Actioncard indeholder beskrivelser af typiske bekymringstegn på negativ social kontrol og æresrelaterede konflikter samt handlingsanvisninger. ' +
      'Ressourcenetværket skal altid kontaktes i sager, hvor der er tidlig bekymring, mistanke eller konkret viden om negativ social kontrol. ' +
      'Her kan du læse mere om de 12 medarbejdere, der er en del af kommunens ressourcenetværk: gladsaxe.dk/negativsocialkontrol',
    en:
      'The action card for citizens over 18 is aimed at professional staff in the employment area, Ungeenheden (the youth unit), SSP and Social Balance. ' +
      'This action card describes typical warning signs of negative social control and honour-related conflicts, together with instructions for action. ' +
      'The resource network must always be contacted in cases where there is early concern, suspicion or concrete knowledge of negative social control. ' +
      'Read more about the 12 employees who are part of the municipality’s resource network here: gladsaxe.dk/negativsocialkontrol',
  },
  sources: [
    {
      id: SOURCE,
      title: {
        da: 'Actioncard for borgere over 18 år – Negativ social kontrol',
        en: 'Action card for citizens over 18 – Negative social control',
      },
      publisher: 'Gladsaxe Kommune',
      file: 'gladsaxe-actioncard-over-18.txt',
    },
  ],
  levels: [
    {
      id: 'yellow',
      title: { da: 'Tidlig bekymring', en: 'Early concern' },
      // Dark text on yellow and orange, white text on red: each pairing has a contrast of at least 4.5:1.
      colour: '#F2C500',
      meaning: {
        da: 'Det gule felt indikerer typiske opmærksomhedspunkter, der som oftest kan håndteres via dialog og oplysning. Jobkonsulenter, socialrådgivere, støttekontaktpersoner og andre registrerer, at der er noget, der skal arbejdes med.',
        en: 'The yellow field indicates typical points of attention that can most often be handled through dialogue and information. Job consultants, social workers, support contact persons and others register that there is something that needs to be worked on.',
      },
      signs: [
        {
          id: 'yellow-never-alone',
          text: {
            da: 'Borgeren møder aldrig alene op på jobcenteret eller til møde i Ungeenheden.',
            en: 'The citizen never turns up alone at the job centre or at meetings in Ungeenheden (the youth unit).',
          },
          match: {
            phrases: [
              'aldrig alene', 'ikke alene', 'never alone', 'not alone', 'never comes alone', 'kommer aldrig selv',
              'altid med|følge|følges|ledsaget', 'always with|brings|accompanied', 'har altid nogen med',
              `${FAMILY_DA} altid`,
              `${FAMILY_EN} always`,
              'ledsaget|ledsager|ledsages|accompanied|escorted|chaperoned', 'tager|medbringer|brings nogen|someone med|along',
              'alene møde|møder|samtale|samtaler|jobcenter|jobcenteret|ungeenheden',
              'alone meeting|meetings|appointment|appointments|job',
              'own never|aldrig|ikke|not|can|cannot|kan', 'selv aldrig|ikke',
              'sits|sitter|sidder|sat|joins|deltager|comes|kommer in|med|along meeting|meetings|møder|møderne|samtale|samtaler|samtalerne',
              'svigermor|svigermoren|svigerfamilie|svigerfamilien|storebror|fætter|kusine|onkel|farbror|morbror always|altid|hver|every',
              'uden|without ham|hende|him|her|manden|husband|familien|family|nearby|near|tæt|present|til',
              'venter|waits|waiting|står|stands outside|udenfor|døren|door|gangen',
              'kører|driver|driven|drives|henter|collects|picks|fetches every|hver|always|altid',
              // "moren er med til alle møder", "the husband answers for her": someone of the family is always there.
              `${FAMILY_DA}|forældrene|svigermor|onkel|fætter alle|hvert møder|møderne|møde|samtaler|samtalerne`,
              `${FAMILY_EN}|mum|mom|dad|uncle|cousin every|all meeting|meetings|appointment|appointments`,
              'svarer|taler|answers|speaks|talks for|på|paa|on hende|her|behalf|vegne',
              // "Moren svarer på alle spørgsmål", "her husband answers every question".
              `${FAMILY_DA}|svigermor|svigermoren|svigerfamilien svarer|besvarer alle|altid`, `${FAMILY_EN}|mum|mom|dad answers|answered all|every|always`,
              // "Mødte op med sin svigermor for 7. gang i træk".
              `mødte|møder|dukker|dukkede op med ${FAMILY_DA}|svigermor|svigermoren|svigerfamilien`,
              // "Møder aldrig op uden sin moster", "never shows up without her aunt".
              'aldrig|never +op|alene|comes|kommer|shows +uden|without|up',
              // "Every time he comes to the job centre his older brother is with him" (set 82).
              `${FAMILY_EN}|${FAMILY_DA}|uncle|cousin|onkel|fætter +is|=er +with|=med +him|her|=ham|=hende every|hver|always|altid`,
              // "Hver gang er det manden der taler", "når jeg ringer, er det moren der tager telefonen".
              'det|it +er|is +manden|moren|faren|broren|svigermoren|husband|mother|father|brother +der|som|who +taler|svarer|snakker|tager|talks|answers|speaks',
            ],
          },
          source: at('Tidlig bekymring – Opmærksomhedspunkter'),
        },
        {
          id: 'yellow-cancelled-meetings',
          text: {
            da: 'Mange aflyste møder eller højt sygefravær.',
            en: 'Many cancelled meetings or high sickness absence.',
          },
          match: {
            phrases: [
              'aflyste|aflyser|aflyst|aflysninger|afbud møder|møde|aftaler|samtaler', 'melder|meldt afbud',
              'cancelled|canceled|cancels|cancelling|cancellations meetings|meeting|appointments',
              'sygefravær', 'sygemelding|sygemeldt|sygemeldinger', 'sick leave', 'sickness absence',
              'højt|høj|meget|stort fravær', 'high|lots|much absence|absences|absent', 'absence illness|sickness|sick',
              'udebliver|udeblivelse|udeblevet', 'misses|missed|skips meetings|appointments',
              'syg ofte|tit|meget', 'often|frequently|lot sick|ill', 'off sick|ill',
              // "Syg hele tiden og aflyser": sick and cancelling, in a note's words.
              'syg|sick aflyser|aflyst|afbud|cancels|cancelling|cancelled', 'syg|sick hele|all +tiden|the +time',
              'misses|missed|skips|skipped|skipping lot|often|alot', 'melder|meldt|melde syg', 'calls|called|calling sick',
              'sygedage', 'sick days|day', 'sick|doctor|doctors note|notes',
              'cancellations|aflysninger|cancellation|aflysning', 'keeps|kept|always|altid cancelling|canceling|cancels|cancelled|aflyser|aflyst',
              // "Melder fra hver mandag", "aflyste igen": cancelled again and again.
              'melder|meldte|meldt +fra', 'aflyste|aflyser|aflyst|cancelled|cancels igen|again|femte|fifth|gang|time|times',
              'noshows|noshow', 'no shows', 'udeblivelser',
              // "Han skød mødet til næste uge igen": meetings put off again and again.
              'skød|skyder|skubbet|skubber|udskudt|udskyder|udsætter|udsat|flyttet|postponed|postpones|rescheduled|reschedules mødet|møder|møde|aftalen|aftaler|meeting|meetings|appointment|appointments igen|again|gang|time|times',
            ],
          },
          source: at('Tidlig bekymring – Opmærksomhedspunkter'),
        },
        {
          id: 'yellow-changed-behaviour',
          text: {
            da: 'Ændret adfærd. Fx påklædning, mistrivsel, fravær og trækker sig fra fællesskaber.',
            en: 'Changed behaviour, e.g. clothing, poor well-being, absence and withdrawing from communities.',
          },
          match: {
            phrases: [
              'ændret|ændrer|forandret|anderledes adfærd', 'adfærd ændret|ændrer|ændring|forandring',
              'changed|changes|changing|different behaviour|behavior', 'behaviour|behavior change',
              'påklædning', 'tøj|tøjstil|klæder|klædning|clothes|clothing|dress ændret|ændrer|anderledes|nyt|changed|different|new',
              'mistrivsel', 'mistrives|mistrivsel', 'trives ikke|dårligt', 'not thriving', 'unhappy|unwell|wellbeing', 'well being',
              'fravær', 'absence', 'trækker|trukket|trække sig', 'withdraws|withdrawn|withdrawing|withdrew', 'pulls|pulling|pulled|pull away|back',
              'fællesskaber|fællesskab|fællesskabet', 'community|communities',
              'holder sig væk', 'isolerer|isolere sig', 'isolating herself|himself',
              'stopped|stops|stopping|quit seeing|friends|activities|clubs|sports|group|groups|classes|training',
              'holdt|stoppet|stopper|droppet venner|veninder|fritidsaktiviteter|sport|klub|fællesskab|gruppe|gruppen|holdet|træning|forening|foreningen|fællesspisning|fællesspisningen|fodbold|fodboldholdet|football|soccer|team',
              'kommer|comes|deltager|joins ikke|ikk|not længere|mere|anymore', 'hænger|hang|hangs|hanging ikke|ikk|not ud|out',
              'blevet|become|gotten|got stille|quiet|tavs|silent', 'skiftet|ændret|changed stil|style|look|tøj|clothes',
              'tøj|clothes|clothing andet|anden|helt|other|different',
              'covering|covers|covered up', 'tildækket|tildækker|tildækkende', 'barely|hardly talks|speaks|talking|speaking|says',
              'trist|nedtrykt|deprimeret', 'ked af det', 'sad|depressed|low|down seems|looks|virker|is',
              // "Har ikke tid til veninderne mere", "stopped going to the gym with the others".
              'ikke|not|no tid|time +til|for +veninderne|vennerne|venner|veninder|friends',
              'stopped|stops|quit going|coming gym|café|cafe|club|classes|training|choir|group',
            ],
          },
          source: at('Tidlig bekymring – Opmærksomhedspunkter'),
        },
        {
          id: 'yellow-avoids-home-meetings',
          text: {
            da: 'Undgår at holde møder i borgerens eget hjem.',
            en: 'Avoids holding meetings in the citizen’s own home.',
          },
          match: {
            phrases: [
              'undgår|undgå|vil ikke møder|møde|samtale|besøg hjem|hjemme|hjemmet',
              'avoids|avoid|avoiding|refuses meetings|meeting|visits|visit home|house',
              'hjemmebesøg', 'home visit|visits', 'møder|møde|mødes|besøg hjem|hjemmet|hjemme|derhjemme',
              'meetings|meeting|meet|visit|visits home|house', 'meet|møde|mødes somewhere|elsewhere|andetsteds',
              'vi|we komme|kommer|come|visit hjem|home',
              // "prefers not to have meetings at her place"
              'not meetings|meeting|visit|visits her|his place|flat|apartment', 'ikke møder|møde|besøg lejlighed|lejligheden',
              'avoids|avoid|avoiding|refuses meetings|meeting|visits place|flat|apartment',
            ],
          },
          source: at('Tidlig bekymring – Opmærksomhedspunkter'),
        },
      ],
      actions: [
        {
          id: 'yellow-talk-alone',
          text: {
            da: 'Tal med borgeren alene. Giv oplysning om demokrati og medbestemmelse.',
            en: 'Talk to the citizen alone. Give information about democracy and co-determination.',
          },
          source: at('Tidlig bekymring – Handleveje'),
        },
        {
          id: 'yellow-resource-network-advice',
          text: {
            da: 'Ressourcenetværket kan være behjælpelig med råd og vejledning.',
            en: 'The resource network can help with advice and guidance.',
          },
          contactIds: ['resource-network'],
          source: at('Tidlig bekymring – Handleveje'),
        },
      ],
      checks: [],
      contactIds: ['resource-network'],
      legalRefIds: [],
      match: {
        phrases: [
          'gul|gule|gult|yellow felt|feltet|field|niveau|level|farve|colour|color|kategori|category|zone',
          'gul|gule|gult|yellow', 'tidlig bekymring', 'early concern', 'tidlig|early bekymring|bekymringer|concern|concerns',
          'første niveau', 'first level',
        ],
      },
      source: at('Tidlig bekymring'),
    },
    {
      id: 'orange',
      title: { da: 'Mistanke', en: 'Suspicion' },
      colour: '#E8730C',
      meaning: {
        da: 'Det orange felt indikerer bekymring og mistanke om negativ social kontrol og æresrelaterede konflikter, som skal afdækkes med inddragelse af nærmeste leder og/eller ressourcenetværket.',
        en: 'The orange field indicates concern and suspicion of negative social control and honour-related conflicts, which must be clarified by involving the nearest manager and/or the resource network.',
      },
      signs: [
        {
          id: 'orange-eboks-controlled',
          text: { da: 'Borgerens e-boks kontrolleres.', en: 'The citizen’s e-Boks (digital mailbox) is controlled.' },
          match: {
            phrases: [
              'eboks', 'ebox', 'boks', 'eboks|boks|ebox|mitid|nemid kode|koden|password|adgang|adgangskode|login|pinkode', 'box digital|mail|mailbox|e', 'boks kontrolleres|kontrollerer|kontrolleret|læser|læses|tjekker|åbner',
              'digital post', 'digital mail|mailbox', 'mitid|nemid',
              'post|breve|mail|mails kontrolleres|kontrollerer|kontrolleret|læser|læses|tjekker|åbner|overvåger',
              // "Min far ser alle mine breve", "svarer på vores mails fra hans mailadresse": her post read or written for her.
              `${FAMILY_OR_IN_LAWS_DA} ser|kigger|gennemgår|svarer|skriver breve|brevene|post|posten|mails|mail|mailadresse`,
              // Her passwords demanded, a spy app on her phone.
              // Written forms: "glemt sin kode" (forgot her code) is not a demand for it.
              '=passwords|=password|=adgangskoder|=adgangskoden|=kodeord|=koderne demands|demanded|wants|knows|kræver|krævet|forlanger|kender',
              'app|apps|spyware installeret|installerede|installed|sat telefon|telefonen|phone|mobil|mobilen',
              'mail|letters|post|mailbox controlled|controls|reads|read|checks|checked|opens|monitored|monitors',
              // Her phone taken or checked by the family: her communication is controlled, as with the e-boks. Not "hun har
              // ikke taget telefonen" (did not answer it) nor "she took her phone out".
              'hendes|hans telefon|telefonen|mobil|mobilen =taget|frataget|konfiskeret|gemt', '=taget|tog telefonen|mobilen fra',
              `${FAMILY_DA}|svigerfamilien|forældrene tjekker|tjekket|læser|kontrollerer|kontrolleret|overvåger|overvåget|gennemgår telefon|telefonen|mobil|mobilen|beskeder|sms`,
              '=taken|confiscated|hidden phone|mobile', 'took|take|takes away phone|mobile',
              `${FAMILY_EN} took phone|mobile`,
              `${FAMILY_EN} checks|checked|checking|reads|read|controls|controlled|monitors|monitored|goes|tracks|tracked phone|mobile|messages|texts`,
              // "Tlf tjekkes hver aften", "they go through his post", "bestemmer ikke selv over sin post", "lytter med når hun
              // taler i telefon", "må ikke have sin egen telefon": her letters and calls are not her own.
              'tlf|telefon|telefonen|mobil|mobilen|phone tjekkes|kontrolleres|gennemgås|=checked|=monitored',
              'go|goes|went|going +through +his|her|the +post|mail|letters|phone', 'ikke|not selv|own bestemmer|decides|controls +over|sin|her +post|eboks|mail|breve',
              'lytter|lyttede|listens|listening|listened +med|in telefon|telefonen|phone|calls|opkald',
              'må|lov|allowed ikke|not +have|own +sin|egen|her|own +telefon|mobil|phone|egen|own',
              // "Hans far går hans mails igennem" (set 80).
              '=går|=gik|=gået +hans|hendes|sine|=his|=her +mails|mail|post|posten|breve|brevene +igennem',
            ],
          },
          source: at('Mistanke – Opmærksomhedspunkter'),
        },
        {
          id: 'orange-no-work-trial-or-danish',
          text: {
            da: 'Borgeren må ikke deltage i arbejdsprøvning og/eller lære dansk.',
            en: 'The citizen is not allowed to take part in a work trial and/or learn Danish.',
          },
          match: {
            phrases: [
              // Forbidden or stopped, not a work trial or a Danish course named: "she is in a work trial but cancels a lot"
              // is not this sign.
              `må|får|lov ikke ${WORK_OR_DANISH_DA}|lære|gå`, `not allowed|permitted ${WORK_OR_DANISH_EN}|learn|go`,
              `forbudt|forbyder|forbyde|forbød ${WORK_OR_DANISH_DA}`, `forbidden|forbids|forbade ${WORK_OR_DANISH_EN}`,
              `${FAMILY_OR_IN_LAWS_DA} nægter|stopper|stoppet|forhindrer|afmeldt|afmeldte|meldt|meldte ${WORK_OR_DANISH_DA}`,
              `${FAMILY_EN}|laws refuses|stops|stopped|prevents|prevented|blocks|blocked ${WORK_OR_DANISH_EN}`,
              `${FAMILY_OR_IN_LAWS_DA}|forældrene vil|ville ikke have ${WORK_OR_DANISH_DA}`,
              // "Manden kræver at hun bliver hjemme" from her work trial.
              `${FAMILY_OR_IN_LAWS_DA}|forældrene kræver|krævet|forlanger|insisterer blive|bliver|hjemme hjemme ${WORK_OR_DANISH_DA}`,
              // "Kan ikke komme på sprogskolen pga manden", "she's been told she can't go to Danish classes"
              `kan ikke ${WORK_OR_DANISH_DA} ${FAMILY_OR_IN_LAWS_DA}`, `told|fortalt|sagt not|ikke ${WORK_OR_DANISH_EN}|${WORK_OR_DANISH_DA}`,
              // "svigerfamilien vil ikke lade hende gå på dansk", "the family has said no to the work trial"
              `ikke =lade|=lader|=lod|tillade|tillader|tillod ${WORK_OR_DANISH_DA}`,
              // "Manden har aldrig ladet hende gå på sprogskole"; "praktik … det kan der ikke blive tale om"; "kun et sted uden mænd".
              `aldrig|ikke =ladet|=lade|=lader|=lod ${WORK_OR_DANISH_DA}`, `${WORK_OR_DANISH_DA} ikke|slet blive +tale +om`,
              `${WORK_OR_DANISH_DA}|${WORK_OR_DANISH_EN} kun|only +et|a|one|sted|place|where|uden|without uden|without +mænd|men|mandlige|male`,
              `${FAMILY_EN}|laws +cancelled|canceled danish|module|course|classes|lessons|placement`,
              `not|never let|lets|allow|allows|permit ${WORK_OR_DANISH_EN}`,
              // "She must not attend Danish lessons", "her dad says she can't do the work trial" ("can't" is read "ca not").
              `must not ${WORK_OR_DANISH_EN}|${WORK_OR_DANISH_DA}`, `${FAMILY_EN}|dad|mum|mom|laws says|said|say =ca|=cannot|=cant ${WORK_OR_DANISH_EN}`,
              // "She 'doesn't need Danish'", "en kone har ikke brug for dansk".
              'not|ikke need|needs|brug danish|dansk|language|sprogskole|sprogskolen',
              `${FAMILY_EN} said|says no ${WORK_OR_DANISH_EN}`, `${FAMILY_EN} said|says not ${WORK_OR_DANISH_EN}`,
              // "Husband says she can not join the work trial", "her brothers say it is against their honour".
              `${FAMILY_EN} says|said can +not ${WORK_OR_DANISH_EN}`, `${FAMILY_EN} against ${WORK_OR_DANISH_EN}`,
              // "Ægtefællen har besluttet, at hun ikke skal lære dansk", "familien har modsat sig praktikken", "she is withdrawing
              // because 'our family does not do that'", "trækker sig fra arbejdsprøvningen, da familien mener …".
              `${FAMILY_OR_IN_LAWS_DA}|svigermoderen besluttet|bestemt|mener|synes|siger ikke ${WORK_OR_DANISH_DA}`,
              `${FAMILY_OR_IN_LAWS_DA}|svigermoderen modsat|modsætter|imod ${WORK_OR_DANISH_DA}`,
              `${FAMILY_OR_IN_LAWS_DA}|svigermoderen trækker|trukket|trak|stopper|stoppet|stoppede|udmeldt|afmeldt ${WORK_OR_DANISH_DA}`,
              `${FAMILY_EN}|laws withdrawing|withdrawn|withdraws|dropping|drops|dropped|pulled|stopped ${WORK_OR_DANISH_EN}`,
              // "Arbejdsprøvning nej fra familien", "fik nej til sprogcenter af sin far".
              `nej ${WORK_OR_DANISH_DA} ${FAMILY_OR_IN_LAWS_DA}|far|faren|forældrene`,
              `${FAMILY_DA}|forældrene|svigermor siger|sagde|sagt nej ${WORK_OR_DANISH_DA}`,
              // "Manden har taget hende ud af sprogskolen", "her husband pulled her out of Danish classes"
              `${FAMILY_OR_IN_LAWS_DA} =taget|tog|trukket|hevet ud ${WORK_OR_DANISH_DA}`, `${FAMILY_EN} pulled|taken|took out ${WORK_OR_DANISH_EN}`,
            ],
          },
          source: at('Mistanke – Opmærksomhedspunkter'),
        },
        {
          id: 'orange-no-partner-choice',
          text: {
            da: 'Borgeren har ikke frihed til at vælge partner.',
            en: 'The citizen does not have the freedom to choose a partner.',
          },
          match: {
            phrases: [
              'frihed|frit|fri vælge|partner|kæreste|ægtefælle', 'vælge|vælger partner|kæreste|ægtefælle|mand|kone',
              'freedom|free partner|spouse|boyfriend|girlfriend', 'choose|pick|select|choosing partner|spouse|boyfriend|girlfriend',
              'kæreste må|forbudt|forbyder|ikke', 'boyfriend|girlfriend allowed|forbidden|not',
              // "Not allowed to date anyone outside their community": "date" alone is also a day.
              'allowed|forbidden date|dating|dates',
              // "not allowed to be with the girl he loves"
              'elsker|loves|love ikke|not må|lov|allowed|forbidden|forbudt',
              'familien|family vælger|bestemmer|chooses|decides partner|kæreste|ægtefælle|spouse|husband|wife',
              'familien|family|forældrene|parents fundet|fandt|finder|finde|find|found|finds|valgt|vælger|chose|chosen|pick|picks|picked mand|husband|kone|wife|ægtefælle|spouse|partner',
              'choose|pick|decide who|whom', 'not|ikke free|fri|frit choose|vælge',
              // "She'll never be allowed to pick her own husband", "'start looking' for a husband for her".
              'allowed|lov pick|choose|vælge husband|wife|partner|spouse|mand|kone',
              // "We'll choose someone good for her", "med en vi godkender".
              'choose|vælge|vælger|find|finde|finder +someone|en|nogen +for|til +her|hende|him|ham', 'med|with +en|someone +vi|we|de|they +godkender|approve|accept|accepterer', 'looking|leder|søger for|efter husband|mand|kone|wife +for|til +her|hende|him|ham',
              // "Only allowed to be with someone from their own clan".
              'only|kun allowed|lov|må clan|klan|kreds|kredsen|stamme|tribe|background|baggrund|religion|own|egen|egne',
              // "Only allowed to marry a cousin" (set 82); "han må kun gifte sig med …" is read by an idiom (idioms.ts).
              'only +=allowed +=marry',
              'må|lov ikke selv vælge|bestemme', 'selv vælge|bestemme kæreste|partner|ægtefælle|hvem',
              // "Familien vil ikke acceptere, at han er sammen med en dansk pige".
              'ikke|not|never acceptere|accepterer|accept|accepts|godkende|approve kæreste|kæresten|pige|pigen|dreng|drengen|boyfriend|girlfriend|dansk|danish',
              'finde|find|finds en|one|someone fra|from miljø|miljøet|kreds|kredsen|community|baggrund|background',
              // "Kæreste skal godkendes af familien", "partnervalg styret af familie".
              'godkendes|godkende|godkender|approved|approve kæreste|kæresten|partner|boyfriend|girlfriend familien|familie|family|forældrene|parents',
              'partnervalg|partnervalget styret|styres|bestemt|bestemmes|kontrolleret|familien|familie|family',
              // "They expect him to marry within the family" (a marriage only hinted at is read as "partner": idioms.ts).
              'partner|kæreste|gift|giftes|gifte|marry|marries within|indenfor|inden family|familien|slægten|community|kredsen',
              'godkende|godkender|bestemme|bestemmer|approve|approves|decide|decides hvem|who|whom sammen|med|with|ser|sees|dates|dating|venner|friends',
              // "Keeps introducing her to suitable men", "præsenterer hende for passende mænd".
              'introducing|introduces|introduced|præsenterer|præsenteret|introducerer suitable|passende|egnede men|mænd|husbands|suitors|bejlere',
              // "Vil gerne giftes med kæresten, men forældrene siger nej": a partner refused.
              'kæreste|kæresten|boyfriend|girlfriend siger|sagde|sagt|says|said nej|no',
              // "Har sagt at hun ikke selv skal vælge", "faren vil finde en ægtemand til datteren".
              'ikke|not selv|herself|himself skal|må|får|gets|may +vælge|choose', 'finde|find en|a ægtemand|husband|brudgom til|for',
              // "Far afviste manden jeg vil have", "far har afvist den pige han præsenterede", "finder den rigtige til mig".
              '=afviste|=afviser|=afvist|=rejected|=rejects|=refused +manden|kæresten|pigen|den|=ham|=hende|=him|=her|the|=his|=hendes|=hans|=partner',
              'finder|finde|find|finds +den|the +rigtige|right +til|for|one',
              // "Presser på for at hun siger ja" to a man the family found.
              '=presser|=presset|=pressure|=pressured|=pressing|=pressuring siger|say|says ja|yes',
              // Pressed to marry, or to marry fast; "hun ikke MÅ gifte sig med den hun selv vil have".
              '=presser|=presset|=pressure|=pressured|=pressuring|=pressing|=pushing|=pushes gifte|giftes|gift|marry|married',
              'familien|family|forældrene|parents =vil|=wants|=want +have|=them|=her|=him gift|giftes|gifte|marry|married',
              '=må +ikke +gifte|giftes|=marry', 'ikke +=må +gifte|giftes',
              // "The family has decided she'll marry the dad 'asap'", "her uncle is arranging for her to marry".
              'familien|family|parents|forældrene|onkel|onklen|uncle =decided|=besluttet|=bestemt|=arranging|=arranges|=arrangerer marry|gift|giftes|gifte',
              // A divorce the family will not allow: "det kan der slet ikke blive tale om", "not allowed to talk to a lawyer".
              'skilles|skilsmisse|=divorce familien|family|forældrene|parents|svigerfamilien nej|no|imod|against|ikke|not',
            ],
          },
          source: at('Mistanke – Opmærksomhedspunkter'),
        },
      ],
      actions: [
        {
          id: 'orange-discuss-leader-team',
          text: { da: 'Drøftelse med nærmeste leder og team.', en: 'Discussion with the nearest manager and team.' },
          source: at('Mistanke – Handleveje'),
        },
        {
          id: 'orange-resource-network-sparring',
          text: { da: 'Indhent sparring fra ressourcenetværket.', en: 'Seek sparring (professional consultation) from the resource network.' },
          contactIds: ['resource-network'],
          source: at('Mistanke – Handleveje'),
        },
        {
          id: 'orange-legislation',
          text: {
            da: 'Lovgivning på området, Servicelovens §12A, samt §49A.',
            en: 'Legislation in the field: Section 12A and Section 49A of the Social Services Act (Serviceloven).',
          },
          legalRefIds: ['servicelovens-12a', 'servicelovens-49a'],
          source: at('Mistanke – Handleveje'),
        },
      ],
      checks: [],
      contactIds: ['resource-network'],
      legalRefIds: ['servicelovens-12a', 'servicelovens-49a'],
      match: {
        phrases: [
          'orange|orangefarvet felt|feltet|field|niveau|level|farve|colour|color|kategori|category|zone',
          'orange', 'mistanke', 'mistænker|mistænkt', 'suspicion', 'suspect|suspected|suspicious',
          'andet|mellemste niveau', 'second|middle level',
        ],
      },
      control: {
        phrases: [
          // Control the card names no sign for, answered with this level's meaning ("bekymring og mistanke om negativ
          // social kontrol … som skal afdækkes"): her money, her movements reported.
          `${FAMILY_OR_IN_LAWS_DA}|svigerfamilien|onkel|onklen styrer|kontrollerer|tager|bestemmer|administrerer|beholder|overtaget løn|lønnen|penge|pengene|økonomi|økonomien|kontanthjælp|kontanthjælpen|su|konto|kontoen|netbank|bankkort|dankort|kort`,
          `${FAMILY_EN}|dad|uncle|laws controls|controlled|manages|managed|takes|took|keeps|kept|decides wages|salary|paycheck|money|finances|benefits|account|card`,
          'afleverer|aflevere|afleverede|giver|gives|give|hands|sender|sends løn|lønnen|paycheck|wages|salary far|faren|familien|dad|father|family|onkel|uncle',
          'kontanthjælp|kontanthjælpen|su|løn|lønnen|ydelsen|benefits|wages går|sendes|overføres|goes|paid mandens|farens|familiens|husbands|fathers|familys konto|kontoen|account',
          'netbank|bankkonto|konto|kontoen adgang|access far|faren|manden|familien|bror|broren|dad|father|husband|family|brother',
          'melder|melde|meldte|reporting|reports|reported tilbage|back familien|family|familie',
          'overvåger|overvåget|overvåges|watched|monitored|followed|spied familien|family|familie|bror|broren|brother|manden|husband|fætre|cousins|relatives|slægtninge',
          'hængt|hænges|hænger|shamed|shaming ud|publicly|online facebook|instagram|tiktok|snap|snapchat|gruppe|gruppen|group|online|nettet|miljøet|community',
          // Her movements decided or tracked: "han bestemmer hvor hun må gå hen", "skal have lov af sin mand hver gang hun vil ud",
          // "send him photos of where she is", "has to be home by 6 pm every day".
          'bestemmer|decides|decide +hvor|where +hun|she|han|he +må|may|can|is|gå|go', 'lov|permission +af|from|fra sin|her|hans|his +mand|manden|husband|far|faren|father|bror|broren|brother',
          'sende|send|sends|sender billeder|photos|pictures|lokation|location hvor|where',
          // "Skal ringe hjem hver time", "manden skal godkende alt", "familien blander sig i hvem hun ser".
          'ringe|ringer|call|calls hjem|home hver|every time|timen|hour', 'godkende|godkender|approve|approves +alt|everything',
          'blander|blandede|interferes|meddles +sig|in +i|with +hvem|who|hvad|what',
          // "Ringer mange gange om dagen for at høre hvor hun er", "melde tilbage hvem hun taler med", "dele lokation med bror",
          // "bestemmer hvilket tøj hun har på".
          'høre|hear|know|vide +hvor|where +hun|she|han|he +er|is', 'melde|melder|meldte|report|reports +tilbage|back +hvem|who',
          // "Her brother decides everything", "skal spørge sin far om lov til alt" (sets 81, 82).
          `${FAMILY_OR_IN_LAWS_DA}|${FAMILY_EN}|uncle|dad +bestemmer|decides +alt|everything`, 'lov|permission +til|for|to +alt|everything',
          // "Hun bliver udvist hvis hun går fra ham", "skal spørge om lov for at gå til lægen"; debts, loans and contracts in
          // her name; wages or benefits paid to a relative; work for the family without pay.
          'udvist|udvises|deporteret|deported|deport|=udvisning hvis|if går|leaves|leave|forlader|skilles|divorce', 'spørge|ask +om|for +lov|permission',
          'gæld|lån|loan|loans|debt|debts|contracts|kontrakter|leasingaftaler|leasing hendes|her|hans|his|borgerens|sit|sin navn|name',
          'løn|lønnen|wages|salary|pengene går|goes|paid +til|to +hendes|her|hans|his|far|faren|father|dad|onkel|uncle|bror|broren|brother|familien|family',
          'udbetales|udbetalt|paid|betales til|to|into konto|kontoen|account svoger|svogeren|bror|broren|far|faren|manden|onkel|familien|brother|father|husband|uncle|family|laws',
          'for +free|gratis|nothing', 'uden +løn|betaling', 'without +pay|wages',
          'dele|deler|share|shares|sharing lokation|location bror|broren|far|faren|mor|moren|manden|brother|father|mother|husband|dad', 'bestemmer|decides|decide +hvilket|hvilke|what +tøj|clothes|wear',
          'has|have|must|skal +to|være +be|hjemme +home|by|kl',
          // After she moved out (set 68): pressed to a reconciliation meeting, mediators or relatives sent to talk her round,
          // tears, gifts and promises to make her come home, pressed to withdraw the divorce; the family asks her friends, her
          // workplace or staff where she lives.
          '=presset|=presser|=pres|pressure|pressured|pressing|pushing|pushes|pushed forsoning|forsoningsmøde|forsoningsmødet|reconciliation',
          '=mægler|=mæglere|=mæglerne|=mediator|=mediators|=mægling|=mediation',
          '=sending|=sends|=sent|=sender|=sendt|=sendte relatives|slægtninge|familiemedlemmer|cousins|fætre|=fætrene|uncles|onkler|onklerne|=mænd|=men tale|talk|snakke|overtale|persuade',
          '=flytte|=flytter|=komme|=kommer|=come|=comes|=coming|=move|=moves|=moving|=vende|=vender|=return|=returns +hjem|home|tilbage|back =græder|=grædende|=græd|=crying|=cries|=cried|=begging|=begs|=tigger|=tiggede|=presser|=pressing|=pressure|=presset|=pressured|=løfter|=lover|=lovet|=promises|=promised|=promising|=tilbudt|=tilbyder|=offered|=offers|=gaver|=gifts|=tilgivelse|=forgiveness',
          '=presser|=presset|=pres|pressure|pressing|pressuring skilsmissen|skilsmisse|=divorce',
          // Set 78: pressed to have an abortion; the in-laws decide whether she may see the midwife; her benefits paid
          // straight into a relative's account.
          '=presser|=presset|=pres|=pressure|=pressured|=pressuring|=pressing|=pushing abort|aborten|=abortion',
          'bestemmer|decides|decide +om|whether|if +hun|she|han|he +må|may|can|=gå|=go',
          '=går|=goes|=sendes|=paid|=overføres ind|into|til|to svigerfars|farens|mandens|familiens|=fathers|=husbands|svigerfaren|faren|manden konto|kontoen|account',
          `${FAMILY_OR_IN_LAWS_DA}|eksmandens|slægtning|${FAMILY_EN}|uncle|relative|relatives|laws|aunt =spørger|=spurgt|=spurgte|=høre|=asking|=asked|=asks +=hvor|=where +hun|she|han|he +=bor|=lives|=er|=is|=befinder`,
          `${FAMILY_OR_IN_LAWS_DA}|eksmandens|slægtning|${FAMILY_EN}|uncle|relative|relatives|laws|aunt =spørger|=spurgt|=spurgte|=asking|=asked|=asks|=krævet|=krævede|=demanded =adresse|=adressen|=address`,
        ],
      },
      source: at('Mistanke'),
    },
    {
      id: 'red',
      title: { da: 'Behov for akut handling', en: 'Acute action needed' },
      colour: '#C4262E',
      meaning: {
        da: 'Det røde felt indikerer konkret viden om negativ social kontrol og æresrelaterede konflikter, som kræver akut handling og inddragelse af relevante myndigheder.',
        en: 'The red field indicates concrete knowledge of negative social control and honour-related conflicts, which requires acute action and the involvement of the relevant authorities.',
      },
      signs: [
        {
          id: 'red-honour-killing',
          text: { da: 'Æresdrab', en: 'Honour killing' },
          match: { phrases: HONOUR_KILLING_WORDS },
          source: at('Behov for akut handling – Opmærksomhedspunkter'),
        },
        {
          id: 'red-forced-marriage',
          text: { da: 'Tvangsægteskab', en: 'Forced marriage' },
          match: { phrases: FORCED_MARRIAGE_WORDS },
          source: at('Behov for akut handling – Opmærksomhedspunkter'),
        },
        {
          id: 'red-isolation-at-home',
          text: { da: 'Isolering i hjemmet', en: 'Isolation in the home' },
          match: { phrases: ISOLATION_WORDS },
          source: at('Behov for akut handling – Opmærksomhedspunkter'),
        },
      ],
      actions: [
        {
          id: 'red-contact-doegnvagt',
          text: { da: 'Kontakt Den Sociale Døgnvagt.', en: 'Contact Den Sociale Døgnvagt (the social services out-of-hours duty).' },
          contactIds: ['den-sociale-doegnvagt'],
          source: at('Behov for akut handling – Handleveje'),
        },
        {
          id: 'red-contact-police',
          text: { da: 'Kontakt Københavns Vestegns Politi.', en: 'Contact Københavns Vestegns Politi (Copenhagen West Police).' },
          contactIds: ['koebenhavns-vestegns-politi'],
          source: at('Behov for akut handling – Handleveje'),
        },
      ],
      checks: [
        {
          id: 'red-check-children-under-18',
          text: {
            da: 'Undersøg, om der er børn under 18 år i hjemmet.',
            en: 'Find out whether there are children under 18 in the home.',
          },
          source: at('Behov for akut handling – Opmærksomhedspunkt'),
        },
      ],
      contactIds: ['den-sociale-doegnvagt', 'koebenhavns-vestegns-politi'],
      legalRefIds: [],
      match: {
        phrases: [
          'rød|røde|rødt|red felt|feltet|field|niveau|level|farve|colour|color|kategori|category|zone',
          'rød|røde|rødt', 'akut handling', 'acute|urgent action', 'behov akut', 'konkret viden', 'concrete knowledge',
          'højeste|øverste|tredje niveau', 'highest|top|third level',
        ],
      },
      source: at('Behov for akut handling'),
    },
  ],
  audiences: [],
  contacts: [
    {
      id: 'resource-network',
      name: 'Ressourcenetværket',
      role: {
        da: 'Gladsaxe Kommunes ressourcenetværk (12 medarbejdere) informerer, rådgiver og opkvalificerer medarbejdere inden for deres eget fagområde. Skal altid kontaktes i sager, hvor der er tidlig bekymring, mistanke eller konkret viden om negativ social kontrol.',
        en: 'Gladsaxe Municipality’s resource network (12 employees) informs, advises and upskills employees within their own professional field. Must always be contacted in cases where there is early concern, suspicion or concrete knowledge of negative social control.',
      },
      phones: [],
      url: 'https://gladsaxe.dk/negativsocialkontrol',
      uses: ['guidance', 'sparring'],
      match: {
        phrases: [
          'ressourcenetværk|ressourcenetværket|ressourcenetværkets', 'resource network', 'netværk|network ressource|resource',
          'ressourceperson|ressourcepersoner', 'negativsocialkontrol',
        ],
      },
      source: at(INTRO),
    },
    {
      id: 'ssp-consultants',
      name: 'SSP-konsulenterne i Gladsaxe Kommune',
      role: { da: 'SSP-konsulenter – kontakt ved behov for vejledning', en: 'SSP consultants – contact when guidance is needed' },
      phones: [],
      email: 'ssp@gladsaxe.dk',
      uses: ['guidance'],
      match: { phrases: ['ssp', 'ssp konsulent|konsulenter|konsulenterne|consultant|consultants'] },
      source: at(GUIDANCE),
    },
    {
      id: 'jeanette-v-jacobsen',
      name: 'Jeanette V. Jacobsen',
      role: { da: 'SSP – kontakt ved behov for vejledning', en: 'SSP – contact when guidance is needed' },
      phones: [{ number: '24948819' }],
      email: 'jevaja@gladsaxe.dk',
      uses: ['guidance'],
      match: { phrases: ['jeanette', 'jacobsen', 'jevaja', 'ssp'] },
      source: at(GUIDANCE),
    },
    {
      id: 'randi-vang',
      name: 'Randi Vang',
      role: { da: 'Familiekonsulent – kontakt ved behov for vejledning', en: 'Family consultant – contact when guidance is needed' },
      phones: [{ number: '21635049' }],
      email: 'ravang@gladsaxe.dk',
      uses: ['guidance'],
      match: {
        phrases: [
          'randi', 'vang', 'ravang', 'familiekonsulent|familiekonsulenten|familiekonsulenter',
          'family consultant|consultants|advisor|counsellor', 'familie konsulent',
        ],
      },
      source: at(GUIDANCE),
    },
    {
      id: 'local-social-worker',
      name: 'Den lokale socialrådgiver fra skoledistriktet',
      role: {
        da: 'Socialrådgiver fra skoledistriktet – kontakt ved behov for vejledning',
        en: 'The local social worker from the school district – contact when guidance is needed',
      },
      phones: [],
      uses: ['guidance'],
      match: {
        phrases: [
          'socialrådgiver|socialrådgiveren lokal|lokale|skoledistrikt|skoledistriktet|skole',
          'social worker local|school|district', 'skoledistrikt|skoledistriktet', 'school district',
          'lokale socialrådgiver',
        ],
      },
      source: at(GUIDANCE),
    },
    {
      id: 'red-raadgivning',
      name: 'RED Rådgivning',
      role: { da: 'Et statsligt organ – kontakt ved behov for vejledning', en: 'A state body – contact when guidance is needed' },
      phones: [{ number: '70277666' }],
      uses: ['guidance'],
      match: {
        phrases: [
          'red rådgivning|rådgivningen|counselling|counseling|advice|telefon|phone|nummer|number|organisation|organization',
          'statsligt organ', 'state body|agency',
          'national|statslig|statsligt|state|landsdækkende|government rådgivning|counselling|counseling|advice|service|hotline|rådgivningstjeneste|helpline',
        ],
      },
      source: at(GUIDANCE),
    },
    {
      id: 'safety-consultants',
      name: 'Sikkerhedskonsulenter',
      role: {
        da: 'For sparring, rådgivning og risikovurdering – kontakt ved behov for vejledning',
        en: 'For sparring (professional consultation), advice and risk assessment – contact when guidance is needed',
      },
      phones: [],
      uses: ['guidance', 'sparring'],
      match: {
        phrases: [
          'sikkerhedskonsulent|sikkerhedskonsulenter|sikkerhedskonsulenterne|sikkerhedskonsulenten',
          'safety|security consultant|consultants|advisor|advisors', 'risikovurdering', 'risk assessment|assess',
          'vurdere|vurdering risiko|risikoen',
        ],
      },
      source: at(GUIDANCE),
    },
    {
      id: 'den-sociale-doegnvagt',
      name: 'Den Sociale Døgnvagt',
      role: { da: 'Kontakt ved behov for akut handling', en: 'Contact when acute action is needed' },
      phones: [{ number: '39575410' }],
      uses: ['acute'],
      match: {
        phrases: [
          'døgnvagt|døgnvagten|døgnvagtens', 'sociale|social døgnvagt|vagt', 'out|after hours', 'duty social|service|team|officer', 'social emergency|duty', 'emergency service|services',
        ],
      },
      source: at(ACUTE),
    },
    {
      id: 'koebenhavns-vestegns-politi',
      name: 'Københavns Vestegns Politi',
      role: { da: 'Politi – kontakt ved behov for akut handling', en: 'Police – contact when acute action is needed' },
      phones: [{ number: '43861448' }, { number: '114' }],
      uses: ['acute'],
      match: { phrases: ['politi|politiet|politiets|police', 'vestegn|vestegns|vestegnens', '114', '112', 'betjent|=officer|=officers'] },
      source: at(ACUTE),
    },
  ],
  legalRefs: [
    {
      id: 'servicelovens-12a',
      citation: 'Servicelovens §12A',
      description: {
        da: 'Lovgivning på området (nævnt under Mistanke – Handleveje).',
        en: 'Legislation in the field (cited under Suspicion – Courses of action).',
      },
      source: at('Mistanke – Handleveje'),
    },
    {
      id: 'servicelovens-49a',
      citation: 'Servicelovens §49A',
      description: {
        da: 'Lovgivning på området (nævnt under Mistanke – Handleveje).',
        en: 'Legislation in the field (cited under Suspicion – Courses of action).',
      },
      source: at('Mistanke – Handleveje'),
    },
  ],
  notes: [
    {
      id: 'note-resource-network',
      text: {
        da: 'Gladsaxe Kommune har etableret et ressourcenetværk som har til opgave at informere, rådgive og opkvalificere medarbejdere inden for deres eget fagområde. Ressourcenetværket skal altid kontaktes i sager, hvor der er tidlig bekymring, mistanke eller konkret viden om negativ social kontrol. Her kan du læse mere om de 12 medarbejdere, der er en del af kommunens ressourcenetværk: gladsaxe.dk/negativsocialkontrol',
        en: 'Gladsaxe Municipality has established a resource network whose task is to inform, advise and upskill employees within their own professional field. The resource network must always be contacted in cases where there is early concern, suspicion or concrete knowledge of negative social control. Read more about the 12 employees who are part of the municipality’s resource network here: gladsaxe.dk/negativsocialkontrol',
      },
      contactIds: ['resource-network'],
      source: at(INTRO),
    },
    {
      id: 'note-case-in-several-fields',
      text: {
        da: 'Det er vigtigt at understrege, at en sag, i takt med at den belyses, kan befinde sig i et eller flere felter, mens den afdækkes.',
        en: 'It is important to stress that, as a case is shed light on, it can be in one or more fields while it is being clarified.',
      },
      source: at(INTRO),
    },
    {
      id: 'note-guidance-contacts',
      text: { da: 'Ved behov for vejledning kan nedenstående kontaktes.', en: 'When guidance is needed, the following can be contacted.' },
      contactIds: ['ssp-consultants', 'jeanette-v-jacobsen', 'randi-vang', 'local-social-worker', 'red-raadgivning', 'safety-consultants'],
      source: at(GUIDANCE),
    },
    {
      id: 'note-acute-contacts',
      text: { da: 'Ved behov for akut handling kan nedenstående kontaktes.', en: 'When acute action is needed, the following can be contacted.' },
      contactIds: ['den-sociale-doegnvagt', 'koebenhavns-vestegns-politi'],
      source: at(ACUTE),
    },
  ],
  acuteCues: { phrases: DANGER_WORDS },
  openingHours: {
    weekdays: { open: '08:00', close: '15:00' },
    note: {
      da: 'Kilden angiver ikke åbningstider. 08:00–15:00 på hverdage er en dokumenteret standardværdi, ikke fra kilden, og kan ændres.',
      en: 'The source does not state opening hours. 08:00–15:00 on weekdays is a documented default, not from the source, and can be changed.',
    },
  },
} as const satisfies Guide;
