import { COUNTRY_NAMES } from '../guide/acute-vocabulary.js';

// A danger that is not hers, or not now: a friend's forced marriage, an aunt killed in the home country, the news, a
// colleague's case, a hypothetical ("hvis hun var blevet truet …"), or her own threats years ago, since resolved. Staff
// tell these before what they ask about, and read word by word they would make every such message red.
//
// A clause is read as elsewhere, and loses its danger words, only when the message itself draws the line:
//  - someone else's danger in the past ("hendes søster blev tvangsgift", "her cousin who was sent abroad"), a story
//    from the news or a colleague, or a hypothetical, told before the writer turns to the citizen herself ("Selv har
//    hun det godt", "she herself is fine", "min egen borger", "det er ikke hende", "It isn't", "men det er hun ikke");
//  - her own danger in the past ("for seks år siden", "i 2019", "som 16-årig", "years ago"), which the message says is
//    resolved ("det er slut", "sagen blev lukket", "forsonet", "han er udvist", "it never came to anything").
// A clause that speaks of now, again or also ("nu", "igen", "stadig", "også", "again"), or of her ("hende", "her" as
// the object), keeps its words; so does everything after the line: the danger told quietly after the story stays. And
// nothing is elsewhere when the story is held out as her fate ("she'll end up like her sister").

/** Where clauses part: after a sentence ends, and before "men", "but", ", og", ", and" or a dash. Nothing is lost. */
const CLAUSE_BREAK = /(?<=[.!?\n–—])(?![.!?\n–—])|(?=,?\s+(?:men|but)\s|,\s+(?:og|and)\s|\s[-–—]\s)/;

// Someone else's danger, past: the person is the subject of a past passive ("veninde der blev tvangsgift", "blev hendes
// tante dræbt", "her mum was forced to marry", "a girl in another family who was locked in").
const SOMEONE_ELSE = String.raw`kollega|kollegaen|colleague|onkel|onklen|uncle|bror|broren|brother|far|faren|father|dad|mand|manden|husband|veninde|veninden|venindes|ven|vennen|søster|søsteren|storesøster|lillesøster|lillebror|fætter|fætteren|kusine|kusinen|tante|tanten|mor|moren|mors|nabo|naboen|pige|piger|kvinde|kvinder|unge|friend|sister|cousin|aunt|mum|mom|mother|neighbou?r|girl|girls|woman|women`;
const PAST_PASSIVE = String.raw`blev|var|was|were|had\s+been|havde\s+været`;
const MAY_BE_PASSIVE = /(?<![a-zA-Z\u00C0-\u024F])(?:blev|var|was|were|been|været)(?![a-zA-Z\u00C0-\u024F])/i;
const OTHERS_PAST = new RegExp(
  String.raw`(?<![a-zA-Z\u00C0-\u024F])(?:(?:${SOMEONE_ELSE})(?![a-zA-Z\u00C0-\u024F]),?(?:\s+\S+){0,4}?\s+(?:${PAST_PASSIVE})|(?:${PAST_PASSIVE})\s+(?:hendes|hans|her|his|en|a)\s+(?:${SOMEONE_ELSE}))(?![a-zA-Z\u00C0-\u024F])`,
  'i',
);
/** The news, an article, a colleague's case or another citizen's: a story told, not this citizen's situation. */
const TOLD_STORY =
  /(?<![a-zA-Z\u00C0-\u024F])(?:nyhederne|nyhed|artikel|artiklen|avisen|news|article|papers|documentary|dokumentar|(?:en\s+)?kollega\s+(?:fortalte|har\s+en\s+sag|havde\s+en\s+sag)|(?:a\s+)?colleague(?:\s+of\s+mine)?\s+(?:told|had|has)|social\s+worker\s+told|another\s+family|en\s+anden\s+(?:familie|borger|kursist|elev|pige|kvinde|sag)|another\s+(?:client|student|girl|woman|case)|(?:i|in)\s+(?:hendes|hans|her|his|sit|sin)\s+(?:hjemland|home\s+country|village|landsby)|i\s+hjemlandet)(?![a-zA-Z\u00C0-\u024F])/i;
/** "Hvis hun var blevet truet", "if this were a forced marriage", "hypothetically". */
const HYPOTHETICAL =
  /(?<![a-zA-Z\u00C0-\u024F])(?:hvis\s+(?:nu\s+)?(?:hun|han|det|de|familien)\s+(?:nu\s+)?(?:var|havde|ville|blev)|hypothetically|hypotetisk|if\s+(?:she|he|this|it|they|a\s+family)\s+(?:were|was|had|would))(?![a-zA-Z\u00C0-\u024F])/i;

/** The writer turns to the citizen herself, or says the story is not hers. */
const HER_OWN =
  /(?<![a-zA-Z\u00C0-\u024F])(?:min\s+(?:egen\s+)?(?:borger|elev|klient|kursist)|hende\s+selv|har\s+(?:hun|han)\s+det\s+(?:godt|fint|ok|bedre)|(?:she|he)['’]?s\s+\d+\s+now|(?:hun|han)\s+er\s+nu\s+\d+|nu\s+er\s+(?:hun|han)\s+\d+|det\s+jeg\s+(?:egentlig\s+)?(?:har\s+hæftet\s+mig\s+ved|ville\s+(?:spørge|høre))|what\s+I\s+(?:actually\s+)?(?:wanted\s+to\s+ask|noticed)|(?:the|my)\s+(?:own\s+)?(?:student|pupil)\s+(?:herself|himself)|my\s+actual|aktuelt|currently|selv\s+(?:har|er|virker|kommer|siger|bor)\s+(?:hun|han)|(?:hun|han|borgeren)\s+selv|min\s+(?:egen\s+)?borger\s+selv|min\s+egen\s+borger|det\s+er\s+ikke\s+(?:hende|ham|det|tilfældet|æresrelateret|hende\s+selv)|det\s+er\s+(?:hun|han)\s+ikke|intet\s+af\s+det|(?:hun|han)\s+har\s+det\s+(?:godt|fint|ok|bedre)|(?:she|he)\s+(?:herself|himself)|my\s+(?:own\s+)?client|not\s+the\s+case|that['’]?s\s+not\s+this|(?:it|she|he)\s+isn['’]?t(?:\s+the\s+case)?\s*[,.]|(?:she|he)(?:['’]s|\s+is|\s+says\s+(?:she|he)['’]?s)\s+(?:fine|ok|okay|doing)|nothing\s+like\s+that)(?![a-zA-Z\u00C0-\u024F])/i;

/** "Det var ikke hende", "– ikke min borger", "not my client": the story just told is someone else's. */
const NOT_HER =
  /(?<![a-zA-Z\u00C0-\u024F])(?:det\s+(?:var|er)\s+ikke\s+(?:hende|ham)\s*[,.;:–—-]|ikke\s+(?:min\s+borger|hende\s+selv|borgeren\s+selv)|ikke\s+æresrelateret|not\s+honou?r[- ]related|not\s+(?:my\s+client|her|him)(?:\s+(?:herself|himself))?\s*[,.;)–—-])(?![a-zA-Z\u00C0-\u024F])/i;

// Her own danger in the past, and the message saying it is resolved.
const LONG_AGO =
  /(?<![a-zA-Z\u00C0-\u024F])(?:for\s+(?:\d+|et|et\s+par|nogle|mange|flere|to|tre|fire|fem|seks|syv|otte|ni|ti|tyve|30)\s+år\s+siden|for\s+længe\s+siden|(?:i|in|back\s+in)\s+(?:19|20)\d\d|sidste\s+år|last\s+year|dengang|tidligere|previously|formerly|som\s+\d+-årig|da\s+(?:hun|han)\s+var\s+\d+|(?:(?:\d+|a\s+few|some|many|several|two|three|four|five|six|ten)\s+)?years\s+ago|for\s+(?:mange\s+)?år\s+(?:siden|tilbage)|long\s+ago|as\s+a\s+(?:\d+-year-old|teenager|child|girl))(?![a-zA-Z\u00C0-\u024F])/i;
const RESOLVED =
  /(?<![a-zA-Z\u00C0-\u024F])(?:slut|overstået|lukket|lukkede|afsluttet|løst|forsonet|forsonede|afværget|håndteret|dømt|udvist|deporteret|skilt|skilte|død\s+nu|ingen\s+kontakt|kom\s+hjem|came\s+(?:home|back)|aldrig\s+til\s+noget|ikke\s+noget|over|closed|resolved|reconciled|averted|handled|dealt\s+with|calmed\s+down|faldt\s+til\s+ro|gået\s+fint|convicted|deported|divorced|dead\s+now|no\s+contact|came\s+to\s+nothing|never\s+came\s+to\s+anything|nothing\s+came\s+of\s+it)(?![a-zA-Z\u00C0-\u024F])/i;

/** Now, again, still, also: her own past clause is about the present, whatever else it says. */
const NOW =
  /(?<![a-zA-Z\u00C0-\u024F])(?:nu|now|igen|again|stadig|still|også|also|too|fortsat|continues|i\s+dag|today|i\s+aften|tonight|lige\s+nu|right\s+now|snart|soon)(?![a-zA-Z\u00C0-\u024F])/i;
/** Again, still, also: someone else's story goes on to her ("og nu vil de også gifte hende bort"). */
const AGAIN = /(?<![a-zA-Z\u00C0-\u024F])(?:igen|again|stadig|still|også|also|too)(?![a-zA-Z\u00C0-\u024F])/i;
/** "She told me about it today", "fortalte mig i dag": when it was told, not when it happened. */
const TOLD_TODAY = /(?<![a-zA-Z\u00C0-\u024F])(?:(?:she|he)\s+told\s+me(?:\s+about\s+it)?\s+today|fortalte\s+(?:mig\s+)?(?:om\s+det\s+)?i\s+dag)(?![a-zA-Z\u00C0-\u024F])/gi;
/** Her, as the one it happens to: Danish "hende", "ham"; English "her", "him" as an object ("forced her to", "marry
 * her off", "threatened her."), not "her older sister". */
const HER =
  /(?<![a-zA-Z\u00C0-\u024F])(?:hende|ham|him|her(?=\s*(?:[.,;:!?)]|$)|\s+(?:to|from|with|and|in|at|on|off|away|back|out|up|if|because|that|when|a|an|the|for)(?![a-zA-Z\u00C0-\u024F])))(?![a-zA-Z\u00C0-\u024F])/i;

const DISTANT_DANGER = new RegExp(
  String.raw`(?<![a-zA-Z\u00C0-\u024F])(?:trus[a-zA-Z\u00C0-\u024F]*|tru(?:er|et|ede|ende)|dødstrus[a-zA-Z\u00C0-\u024F]*|threat[a-zA-Z\u00C0-\u024F]*|vold[a-zA-Z\u00C0-\u024F]*|violen[a-zA-Z\u00C0-\u024F]*|tvangs[a-zA-Z\u00C0-\u024F]*|forced|tvunget|tvinge[a-zA-Z\u00C0-\u024F]*|gift|giftet|giftes|gifte|married|marry|marriage|ægteskab[a-zA-Z\u00C0-\u024F]*|bryllup[a-zA-Z\u00C0-\u024F]*|arrangeret|arranged|æres[a-zA-Z\u00C0-\u024F]*|honou?r[a-zA-Z\u00C0-\u024F]*|dræbt|drab|killed|killing|murder[a-zA-Z\u00C0-\u024F]*|ihjel|døde|død|dead|died|genopdragelses[a-zA-Z\u00C0-\u024F]*|re-?education|sendt|sendes|sent|krisecent[a-zA-Z\u00C0-\u024F]*|shelter|låst|locked|isolation|isoleret|holdt|kept|politi[a-zA-Z\u00C0-\u024F]*|police|fængsel|prison|convicted|dømt|straffet|punished|deported|udvist|flygtet|fled|kidnap[a-zA-Z\u00C0-\u024F]*|bortført|abroad|udlandet|underretning|slået|slog|beaten|${COUNTRY_NAMES.join('|')})(?![a-zA-Z\u00C0-\u024F])`,
  'gi',
);

/**
 * The story held out as her fate: "ender som sin kusine", "she'll end up like her sister", "she's next", "på vej samme
 * vej", "you know what happened to your sister"; or her own trip after it ("og hun skal selv afsted i sommerferien").
 * Then nothing is elsewhere.
 */
const SAME_FATE =
  /(?<![a-zA-Z\u00C0-\u024F])(?:(?:ender|ende|havner|havne)\s+(?:op\s+)?(?:som|ligesom)|ends?\s+up\s+(?:like|as)|samme\s+(?:skæbne|vej)|same\s+(?:fate|thing|way|path)|(?:like|ligesom)\s+(?:hendes|sin|her)\s+(?:søster|kusine|veninde|tante|mor|sister|cousin|friend|aunt|mum|mother)|(?:she|he)['’]?s\s+next|(?:she|he)\s+is\s+next|(?:hun|han)\s+er\s+(?:den\s+)?næste|står\s+for\s+tur|(?:what|hvad\s+der)\s+(?:happened|skete)\s+(?:to|med)\s+(?:your|her|din|hendes|sin))(?![a-zA-Z\u00C0-\u024F])/i;
const HER_TRIP = /(?<![a-zA-Z\u00C0-\u024F])(?:afsted|rejse[a-zA-Z\u00C0-\u024F]*|(?<!(?:class|school|field)\s)trip|travel[a-zA-Z\u00C0-\u024F]*|billet[a-zA-Z\u00C0-\u024F]*|ticket[a-zA-Z\u00C0-\u024F]*|sommerferie[a-zA-Z\u00C0-\u024F]*|ferie[a-zA-Z\u00C0-\u024F]*|holiday|lufthavn[a-zA-Z\u00C0-\u024F]*|airport|udlandet|abroad)(?![a-zA-Z\u00C0-\u024F])/i;

const MAY_BE_DISTANT = new RegExp(`${OTHERS_PAST.source}|${TOLD_STORY.source}|${HYPOTHETICAL.source}|${NOT_HER.source}|${LONG_AGO.source}`, 'i');

export function withoutDistantDanger(text: string): string {
  if (!MAY_BE_DISTANT.test(text) || SAME_FATE.test(text)) return text;
  const clauses = text.split(CLAUSE_BREAK);
  const firstNotHer = clauses.findIndex((clause) => NOT_HER.test(clause));
  const firstLongAgo = clauses.findIndex((clause) => LONG_AGO.test(clause));
  const resolved = firstLongAgo < 0 ? -1 : clauses.findIndex((clause, i) => i >= firstLongAgo && RESOLVED.test(clause));
  // Each clause without the words that say it is someone else's ("det var ikke hende") or when it was told ("told me today").
  const told = clauses.map((clause) => clause.replace(NOT_HER, ' ').replace(TOLD_TODAY, ' '));
  // A story goes on in the next clause when that says when it was ("Det var i hjemlandet for 30 år siden").
  const stories: boolean[] = [];
  told.forEach((clause, i) => {
    stories.push(isStory(clause) || i === firstNotHer || (stories[i - 1] === true && LONG_AGO.test(clause) && !HER_OWN.test(clause)));
  });
  if (resolved < 0 && !stories.includes(true)) return text;
  // Where the writer turns to her: every clause before a later one about her own situation may be someone else's; a
  // denial ("det var ikke hende, …", "– ikke min borger") covers its own clause too.
  const lastTurn = clauses.reduce((last, clause, i) => (NOT_HER.test(clause) ? i + 1 : HER_OWN.test(clause) ? i : last), -1);
  const lastTrip = clauses.reduce((last, clause, i) => (HER_TRIP.test(clause) ? i : last), -1);
  return clauses
    .map((clause, i) => {
      const someoneElses = stories[i] && i < lastTurn && i >= lastTrip && !HER.test(told[i]!) && !AGAIN.test(told[i]!);
      const resolvedPast = firstLongAgo <= i && i <= resolved && !NOW.test(told[i]!.replace(RESOLVED, ' '));
      return someoneElses || resolvedPast ? clause.replace(DISTANT_DANGER, ' ') : clause;
    })
    .join('');
}

/** A story told, a hypothetical, or someone else's past danger (checked only when the clause has a past passive). */
function isStory(clause: string): boolean {
  return TOLD_STORY.test(clause) || HYPOTHETICAL.test(clause) || (MAY_BE_PASSIVE.test(clause) && OTHERS_PAST.test(clause));
}
