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
const OTHERS_PAST = new RegExp(
  String.raw`(?<!\p{L})(?:(?:${SOMEONE_ELSE})(?!\p{L}),?(?:\s+\S+){0,4}?\s+(?:${PAST_PASSIVE})|(?:${PAST_PASSIVE})\s+(?:hendes|hans|her|his|en|a)\s+(?:${SOMEONE_ELSE}))(?!\p{L})`,
  'iu',
);
/** The news, an article, a colleague's case or another citizen's: a story told, not this citizen's situation. */
const TOLD_STORY =
  /(?<!\p{L})(?:nyhederne|nyhed|artikel|artiklen|avisen|news|article|papers|documentary|dokumentar|(?:en\s+)?kollega\s+(?:fortalte|har\s+en\s+sag|havde\s+en\s+sag)|(?:a\s+)?colleague(?:\s+of\s+mine)?\s+(?:told|had|has)|social\s+worker\s+told|another\s+family|en\s+anden\s+(?:familie|borger|kursist|elev|pige|kvinde|sag)|another\s+(?:client|student|girl|woman|case)|(?:i|in)\s+(?:hendes|hans|her|his|sit|sin)\s+(?:hjemland|home\s+country|village|landsby)|i\s+hjemlandet)(?!\p{L})/iu;
/** "Hvis hun var blevet truet", "if this were a forced marriage", "hypothetically". */
const HYPOTHETICAL =
  /(?<!\p{L})(?:hvis\s+(?:nu\s+)?(?:hun|han|det|de|familien)\s+(?:nu\s+)?(?:var|havde|ville|blev)|hypothetically|hypotetisk|if\s+(?:she|he|this|it|they|a\s+family)\s+(?:were|was|had|would))(?!\p{L})/iu;

/** The writer turns to the citizen herself, or says the story is not hers. */
const HER_OWN =
  /(?<!\p{L})(?:min\s+(?:egen\s+)?(?:borger|elev|klient|kursist)|hende\s+selv|har\s+(?:hun|han)\s+det\s+(?:godt|fint|ok|bedre)|(?:she|he)['’]?s\s+\d+\s+now|(?:hun|han)\s+er\s+nu\s+\d+|nu\s+er\s+(?:hun|han)\s+\d+|det\s+jeg\s+(?:egentlig\s+)?(?:har\s+hæftet\s+mig\s+ved|ville\s+(?:spørge|høre))|what\s+I\s+(?:actually\s+)?(?:wanted\s+to\s+ask|noticed)|(?:the|my)\s+(?:own\s+)?(?:student|pupil)\s+(?:herself|himself)|my\s+actual|aktuelt|currently|selv\s+(?:har|er|virker|kommer|siger|bor)\s+(?:hun|han)|(?:hun|han|borgeren)\s+selv|min\s+(?:egen\s+)?borger\s+selv|min\s+egen\s+borger|det\s+er\s+ikke\s+(?:hende|ham|det|tilfældet|æresrelateret|hende\s+selv)|det\s+er\s+(?:hun|han)\s+ikke|intet\s+af\s+det|(?:hun|han)\s+har\s+det\s+(?:godt|fint|ok|bedre)|(?:she|he)\s+(?:herself|himself)|my\s+(?:own\s+)?client|not\s+the\s+case|that['’]?s\s+not\s+this|(?:it|she|he)\s+isn['’]?t(?:\s+the\s+case)?\s*[,.]|(?:she|he)(?:['’]s|\s+is|\s+says\s+(?:she|he)['’]?s)\s+(?:fine|ok|okay|doing)|nothing\s+like\s+that)(?!\p{L})/iu;

/** "Det var ikke hende", "– ikke min borger", "not my client": the story just told is someone else's. */
const NOT_HER =
  /(?<!\p{L})(?:det\s+(?:var|er)\s+ikke\s+(?:hende|ham)\s*[,.;:–—-]|ikke\s+(?:min\s+borger|hende\s+selv|borgeren\s+selv)|ikke\s+æresrelateret|not\s+honou?r[- ]related|not\s+(?:my\s+client|her|him)(?:\s+(?:herself|himself))?\s*[,.;)–—-])(?!\p{L})/iu;

// Her own danger in the past, and the message saying it is resolved.
const LONG_AGO =
  /(?<!\p{L})(?:for\s+(?:\d+|et|et\s+par|nogle|mange|flere|to|tre|fire|fem|seks|syv|otte|ni|ti|tyve|30)\s+år\s+siden|for\s+længe\s+siden|(?:i|in|back\s+in)\s+(?:19|20)\d\d|sidste\s+år|last\s+year|dengang|tidligere|previously|formerly|som\s+\d+-årig|da\s+(?:hun|han)\s+var\s+\d+|(?:\d+|a\s+few|some|many|several|two|three|four|five|six|ten)\s+years\s+ago|long\s+ago|as\s+a\s+(?:\d+-year-old|teenager|child|girl))(?!\p{L})/iu;
const RESOLVED =
  /(?<!\p{L})(?:slut|overstået|lukket|lukkede|afsluttet|løst|forsonet|forsonede|afværget|håndteret|dømt|udvist|deporteret|skilt|skilte|død\s+nu|ingen\s+kontakt|kom\s+hjem|came\s+(?:home|back)|aldrig\s+til\s+noget|ikke\s+noget|over|closed|resolved|reconciled|averted|handled|dealt\s+with|calmed\s+down|faldt\s+til\s+ro|gået\s+fint|convicted|deported|divorced|dead\s+now|no\s+contact|came\s+to\s+nothing|never\s+came\s+to\s+anything|nothing\s+came\s+of\s+it)(?!\p{L})/iu;

/** Now, again, still, also: her own past clause is about the present, whatever else it says. */
const NOW =
  /(?<!\p{L})(?:nu|now|igen|again|stadig|still|også|also|too|fortsat|continues|i\s+dag|today|i\s+aften|tonight|lige\s+nu|right\s+now|snart|soon)(?!\p{L})/iu;
/** Again, still, also: someone else's story goes on to her ("og nu vil de også gifte hende bort"). */
const AGAIN = /(?<!\p{L})(?:igen|again|stadig|still|også|also|too)(?!\p{L})/iu;
/** "She told me about it today", "fortalte mig i dag": when it was told, not when it happened. */
const TOLD_TODAY = /(?<!\p{L})(?:(?:she|he)\s+told\s+me(?:\s+about\s+it)?\s+today|fortalte\s+(?:mig\s+)?(?:om\s+det\s+)?i\s+dag)(?!\p{L})/giu;
/** Her, as the one it happens to: Danish "hende", "ham"; English "her", "him" as an object ("forced her to", "marry
 * her off", "threatened her."), not "her older sister". */
const HER =
  /(?<!\p{L})(?:hende|ham|him|her(?=\s*(?:[.,;:!?)]|$)|\s+(?:to|from|with|and|in|at|on|off|away|back|out|up|if|because|that|when|a|an|the|for)(?!\p{L})))(?!\p{L})/iu;

const DISTANT_DANGER = new RegExp(
  String.raw`(?<!\p{L})(?:trus\p{L}*|tru(?:er|et|ede|ende)|dødstrus\p{L}*|threat\p{L}*|vold\p{L}*|violen\p{L}*|tvangs\p{L}*|forced|tvunget|tvinge\p{L}*|gift|giftet|giftes|gifte|married|marry|marriage|ægteskab\p{L}*|bryllup\p{L}*|arrangeret|arranged|æres\p{L}*|honou?r\p{L}*|dræbt|drab|killed|killing|murder\p{L}*|ihjel|døde|død|dead|died|genopdragelses\p{L}*|re-?education|sendt|sendes|sent|krisecent\p{L}*|shelter|låst|locked|isolation|isoleret|holdt|kept|politi\p{L}*|police|fængsel|prison|convicted|dømt|straffet|punished|deported|udvist|flygtet|fled|kidnap\p{L}*|bortført|abroad|udlandet|underretning|slået|slog|beaten|${COUNTRY_NAMES.join('|')})(?!\p{L})`,
  'giu',
);

/**
 * The story held out as her fate: "ender som sin kusine", "she'll end up like her sister", "she's next", "på vej samme
 * vej", "you know what happened to your sister"; or her own trip after it ("og hun skal selv afsted i sommerferien").
 * Then nothing is elsewhere.
 */
const SAME_FATE =
  /(?<!\p{L})(?:(?:ender|ende|havner|havne)\s+(?:op\s+)?(?:som|ligesom)|ends?\s+up\s+(?:like|as)|samme\s+(?:skæbne|vej)|same\s+(?:fate|thing|way|path)|(?:like|ligesom)\s+(?:hendes|sin|her)\s+(?:søster|kusine|veninde|tante|mor|sister|cousin|friend|aunt|mum|mother)|(?:she|he)['’]?s\s+next|(?:she|he)\s+is\s+next|(?:hun|han)\s+er\s+(?:den\s+)?næste|står\s+for\s+tur|(?:what|hvad\s+der)\s+(?:happened|skete)\s+(?:to|med)\s+(?:your|her|din|hendes|sin))(?!\p{L})/iu;
const HER_TRIP = /(?<!\p{L})(?:afsted|rejse\p{L}*|(?<!(?:class|school|field)\s)trip|travel\p{L}*|billet\p{L}*|ticket\p{L}*|sommerferie\p{L}*|ferie\p{L}*|holiday|lufthavn\p{L}*|airport|udlandet|abroad)(?!\p{L})/iu;

const MAY_BE_DISTANT = new RegExp(`${OTHERS_PAST.source}|${TOLD_STORY.source}|${HYPOTHETICAL.source}|${NOT_HER.source}|${LONG_AGO.source}`, 'iu');

export function withoutDistantDanger(text: string): string {
  if (!MAY_BE_DISTANT.test(text) || SAME_FATE.test(text)) return text;
  const clauses = text.split(CLAUSE_BREAK);
  // Where the writer turns to her: every clause before a later one about her own situation may be someone else's; a
  // denial ("det var ikke hende, …", "– ikke min borger") covers its own clause too.
  const lastTurn = clauses.reduce((last, clause, i) => (NOT_HER.test(clause) ? i + 1 : HER_OWN.test(clause) ? i : last), -1);
  const firstNotHer = clauses.findIndex((clause) => NOT_HER.test(clause));
  const lastTrip = clauses.reduce((last, clause, i) => (HER_TRIP.test(clause) ? i : last), -1);
  const firstLongAgo = clauses.findIndex((clause) => LONG_AGO.test(clause));
  const resolved = firstLongAgo < 0 ? -1 : clauses.findIndex((clause, i) => i >= firstLongAgo && RESOLVED.test(clause));
  let storyBefore = false;
  return clauses
    .map((clause, i) => {
      const told = clause.replace(NOT_HER, ' ').replace(TOLD_TODAY, ' ');
      // A story goes on in the next clause when that says when it was ("Det var i hjemlandet for 30 år siden").
      const story =
        TOLD_STORY.test(told) || HYPOTHETICAL.test(told) || OTHERS_PAST.test(told) || i === firstNotHer || (storyBefore && LONG_AGO.test(told) && !HER_OWN.test(told));
      storyBefore = story;
      const someoneElses = story && i < lastTurn && i >= lastTrip && !HER.test(told) && !AGAIN.test(told);
      const resolvedPast = firstLongAgo <= i && i <= resolved && !NOW.test(told.replace(RESOLVED, ' '));
      return someoneElses || resolvedPast ? clause.replace(DISTANT_DANGER, ' ') : clause;
    })
    .join('');
}
