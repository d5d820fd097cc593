// The question in plain words, before matching. The words are read one by one, so a denial or an idiom would read as
// the danger or sign its words name: "ikke noget med trusler", "dræber tiden", "min chef slår mig ihjel", "hendes
// søsters bryllup". A denied danger or role word is taken out (only these words, only right after the denial: "tør
// ikke gå hjem" stays a danger); an idiom is reduced to what it means, in the vocabulary's words ("så er hun død" →
// "dødstrussel", "komme hjem til hende" → "hjemmebesøg"). Each idiom's pattern runs only after a cheap first look.
import { COUNTRY_NAMES } from '../guide/acute-vocabulary.js';
import { bySentence } from './sentences.js';
import { withoutRetractedClaims } from './taken-back.js';

const DENIED_CUE_WORD =
  '(?:trusler|trussel|truslerne|truet|truer|truende|pres|pressure|vold|volden|voldelig\\w*|slået|beaten|threats?|threatened|threatening|violence|violent|bange|afraid|scared|frightened|tvang|tvangsægteskab\\w*|tvangsgift\\w*|forced\\s+marriage|æresdrab\\w*|honou?r\\s+killing|kontrol\\w*|control\\w*|indespærr\\w*|isolering|isoleret|isolated|confinement|holdt\\s+(?:hjemme|inde)|kept\\s+(?:at\\s+home|home|in|inside)|myndighedsrådgiver\\w*|sagsbehandler\\w*|case ?workers?)';
// Up to five words between the denial and the word ("nobody has seen or heard anything about threats"): "ikke været udsat for vold", "hasn't been threatened", "no mention
// of violence", "ingen direkte trusler". Only these words: "tør ikke sige noget om truslerne" keeps its threat.
const DENIAL_FILLER =
  '(?:(?:er|var|har|havde|blevet|været|udsat|for|nogen|noget|direkte|konkrete?|nævnt|om|is|was|has|have|had|been|being|any|direct|explicit|mention|mentioned|of|about|real|physical|fysisk|fysiske|en|et|a|an|viden|knowledge|sign|signs|tegn|på|det|indication|indications|bliver|being|hørt|heard|set|seen|sagt|said|oplyst|oplyser|oplysninger|oplysning|information|reported|kendte?|known|know|knows|anything|oplevet|experienced|tyder|tydede|indicates|suggests|seem|seems|seemed|appear|appears|appeared|look|looks|feel|feels|or|eller)\\s+){0,5}';
// A marriage denied beside a danger: "ikke noget med ægteskab eller trusler", "intet om vold eller ægteskab", "ingen konkret
// bryllupsplan eller trusler", "ikke nogen dato eller trusler". Not alone: "hun vil ikke giftes" is a marriage she does not want.
const DENIED_MARRIAGE = '(?:ægteskab|giftermål|bryllup|marriage|wedding)\\w*';
const DENIED_BESIDE = `(?:${DENIED_MARRIAGE}|dato|date|planer|plans?|kærester?|kæresten|boyfriends?|girlfriends?|partners?|rejser?|trips?)`;
// "Ingen vold eller trusler", "no threats or violence": a denied list.
// "Ingen vold/trusler" lists with a slash. Not a danger told to someone: "har ikke sagt noget om truslerne til politiet".
const NEGATED_CUE = new RegExp(
  `(?:\\bno\\s+talk\\s+(?:of|about)|\\b(?:er|var)\\s+ikke\\s+tale\\s+om|\\bikke\\s+(?:er|var)\\s+tale\\s+om|\\bingen\\s+snak\\s+om|\\bikke\\s+noget\\s+med|\\bikke\\s+nogen|\\bikke|\\baldrig|\\bnever|\\bingen|\\bintet|\\buden(?!\\s+for\\b)|\\bnot\\s+any|\\bnot|n['’]t|\\bno|\\bwithout|\\bnobody|\\bno\\s+one|\\bnothing)\\s+${DENIAL_FILLER}(?:(?:${DENIED_BESIDE}\\s*,\\s*){0,2}${DENIED_BESIDE}\\s+(?:eller|or|og|and)\\s+)?${DENIED_CUE_WORD}` +
    `(?:(?:\\s*\\/\\s*|\\s*(?:,|eller|or|og|and|nor|om|of|for|med|with)\\s+)${DENIAL_FILLER}(?:${DENIED_CUE_WORD}|${DENIED_MARRIAGE}))*\\b(?!\\s+(?:til|to|over\\s+for)\\s)`,
  'gi',
);

// "Ingen tegn på, at hun er bange", "she doesn't feel in danger", "no signs of violence": a danger denied.
const NO_SIGN_OF =
  /\b(?:ikke|ingen|no|not|never)\s+(?:\S+\s+){0,2}?(?:tegn|signs?|indikationer|indications?)\s+(?:på|of|til)\s*,?\s+(?:\S+\s+){0,3}?(?:bange|frygt\w*|afraid|scared|fear\w*|vold\w*|violen\w*|trusl\w*|truet|threat\w*)\b|\b(?:ikke|not|doesn['’]t|does\s+not|don['’]t|isn['’]t|aren['’]t|wasn['’]t)\s+(?:føler\s+sig\s+|feel\s+|feels\s+|er\s+|is\s+)?(?:i\s+fare|in\s+(?:any\s+)?danger|unsafe|utryg)(?![a-zæøå])/gi;

// "Det virker ikke som om nogen er i fare", "hun siger ikke at hun er i fare", "I don't think she's in danger".
const NOT_IN_DANGER =
  /\b(?:virker|ser|lyder)\s+ikke\s+(?:som\s+om|til\s+at)\s+(?:\S+\s+){0,2}?(?:er\s+)?i\s+fare\b|\bsiger\s+ikke\s+(?:at\s+)?(?:hun|han)\s+er\s+i\s+fare\b|\b(?:har\s+)?ikke\s+(?:sagt|nævnt|fortalt)\s+(?:noget\s+om\s+)?at\s+(?:hun|han)\s+(?:er|var|føler\s+sig)\s+(?:bange|utryg|truet|i\s+fare)\b|\b(?:do\s+not|don['’]t|doesn['’]t|does\s+not)\s+(?:think|believe|seem)\s+(?:that\s+)?(?:she|he|they|it)?\s*(?:['’]s|is|are|to\s+be)\s+(?:in\s+danger|dangerous|unsafe)\b/gi;

// "Kæresten til en borger skriver …", "my client's boyfriend emailed me": the partner is who tells staff, not a partner
// she may not have (the words of the orange sign "kæreste … ikke"). Read as a friend who tells.
const PARTNER_WHO_TELLS =
  /\b(?:kæresten|kæreste|boyfriend|girlfriend)(?=\s+(?:til\s+(?:en\s+|min\s+)?borger\p{L}*\s+)?(?:har\s+|has\s+)?(?:skriver|skrev|skrevet|ringede|ringet|ringer|fortæller|fortalte|fortalt|siger|sagde|emailed|wrote|written|called|rang|told|says|said|texted|mailed|contacted|kontaktede|henvendte|asked|spurgte)(?!\p{L}))/giu;

// "Hasn't been aloud out", "isnt aloud to": typed for "allowed" (not "read aloud").
const NOT_ALOUD = /(?<=\b(?:not|n['’]t|been|be|is|was|are|were|am|get|gets|got)\s+)aloud\b/gi;

// A signature's standing advice, not the situation: "In an emergency always call 112", "I akutte tilfælde ring 114".
const EMERGENCY_FOOTER =
  /\b(?:in\s+(?:an?\s+|case\s+of\s+(?:an?\s+)?)?emergenc(?:y|ies)|i\s+(?:en\s+)?nødsituation|i\s+akutte\s+tilfælde|ved\s+akut(?:te)?\s+(?:behov|henvendelser|situationer))\s*,?\s*(?:always\s+|please\s+|altid\s+)?(?:call|ring|kontakt|contact|dial)\s+(?:altid\s+)?(?:\S+\s+){0,3}?(?:112|114|911|999|the\s+police|politiet|alarmcentralen)(?![\w])/gi;

// "Vende tilbage til sine rødder": roots, an origin, not the red level ("rødder" stems to "rød").
const ROOTS = /\brødder(?:ne)?\b/gi;

// "Sick leave": sickness absence (a yellow sign), not "leave home".
const SICK_LEAVE = /\bsick\s+leave\b/gi;

// "holde møde" is to hold a meeting, not to keep someone ("holdes hjemme"): the idiom becomes the meeting alone.
const HOLD_A_MEETING = /\bhold(?:e|er|t|es)?\s+(?:et\s+|vores\s+|jeres\s+)?(møde|møder|mødet|møderne|samtale|samtaler|samtalen|samtalerne|opfølgning|opfølgningen|opfølgningsmøde|opfølgningsmødet|opfølgningsmøderne)\b/gi;

// "tage ansvar for sit eget liv", "take control of her own life": not "tage sit eget liv" (suicide).
const TAKE_CHARGE =
  /\b(?:tage|tager|tages|taget|tog|take|takes|took|taking|taken)\s+(?:mere\s+|more\s+|back\s+|the\s+)?(kontrol|kontrollen|ansvar|ansvaret|styr|styring|control|charge|responsibility|ownership)\b/gi;

// "flygtet fra Syrien", "fled the war": where a citizen came from, not fleeing from home (a danger sign).
const FLED_A_COUNTRY = new RegExp(
  `\\b(?:flygte|flygter|flygtet|flygtede|flee|flees|fled|fleeing|escaped?)\\s+(?:fra\\s+|from\\s+)?(?:krigen\\s+i\\s+|the\\s+war\\s+in\\s+)?(${COUNTRY_NAMES.join('|')}|krigen|the\\s+war|war)\\b`,
  'gi',
);

// "she has cut herself off from her friends" withdraws (a yellow sign); "she cuts herself" is self-harm.
const CUT_OFF = /\bcut(?:s|ting)?\s+(herself|himself|themselves|myself)\s+off\b/gi;

// "Det må ikke gå ud over hendes praktik" (must not affect): not "hun må ikke gå ud" (not allowed out of the house).
const GO_OUT_OVER = /\b(?:gå|går|gik|gået|gaa|gaar)\s+ud\s+over\b/gi;

// "They want to marry her off": the words of a forced marriage. Read as "married away", since "off" alone is in "off sick".
const MARRY_OFF = /\b(?:marry|marries|married|marrying)\s+(?:(?:her|him|them|me|you)\s+|(?:his|her|their|my)\s+\w+\s+)?off\b/gi;

// "Slå tiden ihjel", "dræber tiden", "killing it on the course": passing time or doing well, not a threat to life.
const KILL_TIME =
  /\b(?:(?:slå|slår|slog|slået|slaa|slaar)\s+(?:tiden|tid)\s+ihjel|(?:dræbe|dræber|dræbte|dræbt|draebe|draeber)\s+tiden|(?:kill|kills|killed|killing)\s+(?:time|some\s+time|it\s+(?=on|at|in|with)))\b/gi;

// A wedding the citizen chose herself and looks forward to is not a forced marriage: its words are taken out. Only her
// own choice counts ("hun har selv valgt", not "familien har selv valgt"; "not her own choice" is denied), and red
// stays (the safer error) when the message also doubts it, reports it as someone's claim, or speaks of pressure, fear,
// threats or a trip abroad.
const CHOSEN_MARRIAGE =
  /(?<!\b(?:ikke|not|no|never|aldrig|ingen|uden|without)\s+(?:\S+\s+){0,2})\b(?:(?:hun|han)\s+(?:har\s+)?selv\s+(?:har\s+)?(?:valgt|fundet)|(?:hendes|hans)\s+eget\s+valg|af\s+(?:sin\s+)?egen\s+(?:fri\s+)?vilje|(?:her|his)\s+own\s+choice|chose\s+(?:him|her)\s+(?:herself|himself)|love\s+marriage|kærlighedsægteskab|glæder\s+sig\s+til\s+(?:brylluppet|at\s+blive\s+gift)|looking\s+forward\s+to\s+(?:the|her|his)\s+wedding|(?:excited|thrilled|happy)\s+(?:about|for)\s+(?:the|her|his)\s+wedding|planned\s+(?:it\s+)?(?:all\s+)?(?:herself|himself)|proposed\s+to\s+(?:him|her)|(?:med|with)\s+(?:sin|hendes|hans|her|his)\s+(?:kæreste|boyfriend|girlfriend|partner)\s+(?:gennem|igennem|through|of|for)\s+\d+\s+(?:år|years)|begge\s+familier\s+er\s+glade|both\s+families\s+are\s+(?:happy|glad|thrilled)|(?:de|they)\s+(?:har\s+|have\s+)?(?:selv\s+)?(?:valgte|valgt|chose)\s+(?:selv\s+)?(?:hinanden|each\s+other)|(?:begge|both)\s+(?:selv\s+)?(?:ville\s+det|wanted\s+(?:it|to))|(?:a|the)\s+man\s+she\s+chose|en\s+mand\s+(?:hun|de)\s+selv\s+valgte)/i;
const MARRIAGE_DOUBT = new RegExp(
  `vil\\s+ikke|ikke\\s+(?:vil|ønsker|lyst)|ønsker\\s+ikke|(?:n['’]t|not)\\s+(?:want|wish|like|agree|love)|tvang|tvun|tving|pres|force|pressur|bange|afraid|scared|frygt|fear|truer|truet|trussel|trusl|threat|vold|violen|imod|against|mod\\s+sin|siger|sagde|says|said|claims|påstår|tvivl|doubt|mistanke|suspect|worried|bekymr|fætter|cousin|rejse|trip|travel|sendt|sent|udland|abroad|hjemland|${COUNTRY_NAMES.join('|')}`,
  'i',
);
const MARRIAGE_WORDS = /(?<!\p{L})(?:gift|giftes|gifte|giftet|ægteskab\p{L}*|bryllup\p{L}*|marry|marries|married|marrying|marriage|wedding\p{L}*|forlovet|forlovelse\p{L}*|engaged|engagement)(?!\p{L})/giu;

// A marriage the family will decide "some day", or only a rumour of one, with nothing concrete: the guide's orange
// ("bekymring og mistanke … som skal afdækkes"), not its red ("konkret viden … som kræver akut handling"). The marriage
// words are read as the partner she may not choose. Red stays (the safer error) when anything makes it concrete or
// forced: a date or time, a plan, a trip, a named country, pressure, fear, threats, or her not wanting it.
const MARRIAGE_HEDGE = new RegExp(
  [
    `\\b(?:en\\s+dag|engang|på\\s+et\\s+tidspunkt|på\\s+sigt|om\\s+(?:nogle|et\\s+par|mange)\\s+år|i\\s+fremtiden|some\\s*day|one\\s+day|eventually|at\\s+some\\s+point|in\\s+the\\s+future|in\\s+a\\s+few\\s+years)\\b`,
    `|\\b(?:ikke\\s+talt\\s+om\\s+(?:nogen|noget)|ikke\\s+noget\\s+bryllup\\s+i\\s+sigte|no\\s+wedding\\s+(?:in\\s+sight|planned)|ingen\\s+(?:bestemt\\s+)?(?:person|dato)|no\\s+(?:name|date)|ingen\\s+konkrete?\\s+planer|(?:ikke\\s+noget|intet)\\s+konkret|nothing\\s+(?:concrete|specific)(?:\\s+yet)?|nothing\\s+(?:is\\s+)?planned|no\\s+(?:concrete\\s+)?plans?)\\b`,
    `|\\b(?:rygte[a-zæøå]*|rumou?rs?|there['’]s\\s+talk|har\\s+hørt\\s+fra|(?:hun|han)\\s+har\\s+ikke\\s+selv\\s+sagt|(?:she|he)\\s+(?:has\\s+not|hasn['’]t)\\s+said\\s+anything)`,
    // No one named: "skal giftes inden for familien", "med en fra deres egen kreds", "med en familien finder".
    `|\\b(?:inden\\s*for|within)\\s+(?:familien|slægten|kredsen|miljøet|the\\s+family|the\\s+community)\\b`,
    `|\\b(?:med|to)\\s+(?:en|én|nogen|someone)\\s*,?\\s+(?:fra|from|som|that|who|de|familien|the\\s+family)\\s+(?:\\S+\\s+){0,2}?(?:finder|vælger|finds|chooses|picks|kreds\\w*|familien|miljø\\w*|klan\\w*|landsby\\w*|village|community|family)\\b`,
  ].join(''),
  'i',
);
// What makes it concrete, read after the denials below are taken out ("no date", "nothing is planned", "ingen rejse").
const MARRIAGE_CONCRETE = new RegExp(
  `\\b(?:i\\s+morgen|tomorrow|weekend[a-zæøå]*|næste\\s+(?:uge|måned)|next\\s+(?:week|month)|i\\s+sommer|til\\s+sommer|this\\s+summer|sommerferie[a-zæøå]*|summer\\s+holiday[a-zæøå]*|(?:man|tirs|ons|tors|fre|lør|søn)dag|(?:mon|tues|wednes|thurs|fri|satur|sun)day|januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|january|february|march|may|june|july|october|dato[a-zæøå]*|date[sd]?|planlagt|planlægger|planned|planning|arrangeret|arranged|aftalt|agreed|besluttet|decided|booket|booked|fastsat|forlovet|forlovelse[a-zæøå]*|engaged|engagement|fætter[a-zæøå]*|kusine[a-zæøå]*|cousin|tvang[a-zæøå]*|tvun[a-zæøå]*|forced?|${COUNTRY_NAMES.join('|')})\\b`,
  'i',
);
const MARRIAGE_DENIALS =
  /\b(?:ingen|intet|ikke\s+(?:(?:sat|fastsat|aftalt)\s+)?(?:noget|nogen|talt\s+om\s+(?:noget|nogen))|ikke(?=\s+(?:planlagt|aftalt|arrangeret|fastsat)\s+(?:noget|nogen|et|en)\s+(?:bryllup|ægteskab|dato|rejse))|no|nothing(?:\s+is|\s+has\s+been)?|not)\s+(?:(?:bestemt\s+|konkret\s+|specific\s+|concrete\s+)?(?:person|name|dato|date|rejse|trip|travel|bryllup|wedding|planer|plans?|planlagt|planned|arranged|candidate)[\s,]*(?:(?:eller|or|og|and)\s+)?)+/gi;

// "Så er hun død", "she's dead if she leaves him", "du dør hvis du ikke kommer hjem": a threat to her life, read as the word for one. Not "dead tired".
const DEAD_IF =
  /(?:(?:\b(?:så|saa|then)|,)\s+(?:er|is|am)\s+(?:hun|han|du|jeg|she|he|you|i)\s+['"‘’“”]?(?:død|doed|dod|dead)|\b(?:hun|han|du|she|he|you)\s*(?:er|is|are|['’]?s|['’]re)\s+(?:a\s+)?(?:død|doed|dead)(?:\s+(?:woman|man|girl|boy))?,?\s+(?:hvis|if)|\b(?:hun|han|du|jeg|she|he|you|I)\s+(?:dør|doer|dies|die|will\s+die|['’]ll\s+die)\s+(?:hvis|if))(?!\p{L})/giu;

// "The deadline is killing me", "that call was killing me": a chore, not a threat to life.
const CHORE_KILLING =
  /\b(?:deadline\w*|report|cv|course|exam\w*|homework|paperwork|commute|call|meeting\w*|traffic|waiting|wait|queue|printer|job|work|shifts?|hours|nights|training|workouts?)\s+(?:is|was|are|were|['’]s)\s+(?:\w+\s+)?killing\s+(?:me|her|him|us|them)\b/gi;

// "Min chef slår mig ihjel hvis jeg glemmer det", "my boss is gonna kill me": a joke about work, not a threat.
const BOSS_KILLS_ME =
  /\b(?:(?:min|my|hendes|hans|her|his|the)\s+(?:chef|boss|manager|leder|teamleder|supervisor|kollega|colleague)|chefen|lederen|kollegaen)\s+(?:\S+\s+){0,4}?(?:slår|slaar|dræber|draeber|kills?)\s+(?:(?:mig|hende|ham)\s+ihjel|mig|hende|ham|me|her|him)\b/gi;

// "Lagerjobbet slår hende ihjel": a job that wears her out.
const JOB_KILLS = /\b\p{L}*(?:job|jobbet|arbejde|arbejdet|kurset|eksamen|deadline\p{L}*)\s+(?:slår|slaar|dræber|draeber)\s+(?:mig|hende|ham)(?:\s+ihjel)?(?!\p{L})/giu;

// "Låst inde på lageret på arbejdet", "locked in at work", "locks them in the gym": a workplace, not her home.
const LOCKED_IN_AT_WORK =
  /\b(?:låst|laast|locked|locks|lock)\s+(?:them\s+|him\s+|her\s+|me\s+|us\s+)?(?:inde|in|inside)['’"]?\s+(?:(?:at|på|in|i)\s+)?(?:the\s+)?(?:work|arbejdet|gym\p{L}*|fitness\p{L}*|lageret|kontoret|office|warehouse|butikken|shop|store)\b/giu;

// "Staying at a friend's": sleeping there, in the words of that danger sign.
const STAYING_AT_A_FRIENDS = /\b(?:staying|stays|stayed)\s+(?:at|with)\s+(?:a|her|his|their|an?\s+old)\s+(friend|friends)\b/gi;

// "Dø af grin", "dying of laughter".
const DIE_LAUGHING = /\b(?:dø|døde|dør|doe|dying|die|died)\s+(?:af\s+grin|of\s+laughter|laughing)\b/gi;

// Her sister's wedding is a family party, not her marriage; unless a trip abroad comes with it (a known pretext).
const SOMEONE_ELSES_WEDDING =
  /\b(?:sin|sit|hendes|hans|her|his)\s+(?:søsters|søster|brors|kusines|kusinens|fætters|fætterens|venindes|vens|sister['’]?s|brother['’]?s|cousin['’]?s|friend['’]?s)\s+(?:bryllup\p{L}*|wedding)/giu;
const PRESSURE = /tvang|tvun|tving|force|pressur|presset|bange|afraid|scared|frygt|truer|truet|threat|imod|against|mod\s+sin/i;
const TRIP = new RegExp(`rejse|rejser|trip|travel|ferie|holiday|udland|abroad|hjemland|sendt|sent|lufthavn|airport|billet|ticket|${COUNTRY_NAMES.join('|')}`, 'i');

// "Let me out", "lad mig komme ud": she is being held.
const LET_ME_OUT = /\b(?:let\s+me\s+out|lad\s+mig\s+(?:komme\s+)?ud)\b/gi;

// "Ingen bryllupsplaner", "no travel or wedding plans": a wedding denied, like a denied threat above.
const NO_WEDDING =
  /\b(?:ingen|no)\s+(?:(?:travel|rejse\w*)\s+(?:or|eller)\s+)?(?:bryllup\w*|wedding\w*|marriage|ægteskab)(?:\s+(?:is\s+|er\s+)?(?:plans?|planned|planlagt))?|\bikke\s+(?:er|var)\s+(?:nogen|noget)\s+(?:planer|plan)\s+om\s+(?:ægteskab|giftermål|bryllup)\b|\b(?:ikke|not)\s+(?:blevet\s+|blev\s+|been\s+)?(?:talt|snakket|talked|spoken)\s+(?:om|about)\s+(?:ægteskab|giftermål|bryllup|marriage|a\s+wedding|wedding)\b|\b(?:ingen|no)\s+(?:konkrete\s+|concrete\s+)?(?:planer|plans|snak|talk|tale)\s+(?:om|for|of|about)\s+(?:ægteskab|giftermål|bryllup|marriage|a\s+wedding|wedding)(?:\s+(?:eller|or)\s+(?:en\s+|a\s+)?(?:rejse|travel|trip))?\b/gi;

/** The message with its denied weddings taken out ("der blev ikke talt om ægteskab", "no marriage planned"). */
export function withoutDeniedWedding(text: string): string {
  return text.replace(NO_WEDDING, ' ');
}

// "Has to marry", "is going to marry": a marriage decided for her, read as the word for one. Not "decides who she's going to
// marry": her partner chosen for her (set 79).
const HAS_TO_MARRY =
  /\b(?<!\b(?:who|whom|whoever)\s+(?:she|he)\s*)(?:has|have|had|must|is\s+going|are\s+going|['’]s\s+going)\s+to\s+(?:get\s+|be\s+)?marr(?:y|ied)\b|\b(?:make|makes|made|making|force|forces|forcing)\s+(?:her|him)\s+(?:to\s+)?(?:marry|get\s+married|wed)\b/gi;

// "Gøre det af med hende": to do away with her (or herself).
const DO_AWAY_WITH = /\b(?:gøre|gør|gjorde|gjort|goere|gore|goer)\s+det\s+af\s+med\s+(?:hende|ham|sig|mig|os|dem)\b/gi;

// "Hendes søster skal giftes": someone else's wedding, as above.
const SOMEONE_ELSE_MARRIES =
  /\b(?:hendes|hans|sin|her|his)\s+(?:søster|storesøster|lillesøster|bror|storebror|lillebror|kusine|fætter|veninde|ven|sister|brother|cousin|friend)\s+(?:skal\s+giftes|skal\s+gifte\s+sig|is\s+getting\s+married|gets\s+married)/gi;

// "Kan ikke gå hjem før kl 15", "ud af sengen": a time to leave, a tired morning; not a home she cannot go to or leave.
// (A word boundary after "før" would need an ASCII letter: JavaScript's \b does not know æ, ø or å.)
const HOME_BEFORE = /\b(?:gå|gaa|tage|go)\s+(?:hjem|home)\s+(?=(?:før|foer|inden|until|before|early|tidligt)(?![a-zæøå]))/gi;
const OUT_OF_BED = /\b(?:ud\s+af\s+sengen|out\s+of\s+bed)\b/gi;

// "Lukker sig inde", "har lukket sig helt inde": he withdraws (yellow), not locked in by others (set 80).
const SHUTS_HIMSELF_IN = /\b(?:lukker|lukket|lukkede|lukke)\s+sig\s+(?:selv\s+)?(?:helt\s+|mere\s+og\s+mere\s+|mere\s+)?inde\b/gi;

// "She kept cancelling", "keeps asking": to go on doing, not kept in (set 81).
const KEPT_DOING = /\b(?:kept|keeps|keep)\s+(?:on\s+)?(?=[a-z]+ing\b)/gi;

// "Is that a red flag?", "et rødt flag": a warning sign, not the red level asked for (set 82).
const RED_FLAG = /\b(?:red\s+flags?|røde?\s+flag|rødt\s+flag)\b/gi;

// "Bange for at det kommer ud": afraid it gets known, not about going out (set 81).
const GETS_OUT = /\b(at|hvis|når|før|inden)\s+det\s+(?:kommer|slipper)\s+ud\b/gi;

// "Må ikke tage med på klubbens udlandstur": kept from joining a trip (control), not taken abroad (set 80).
const NOT_ALONG_ON_A_TRIP =
  /(?:\bikke\s+må|\bmå\s+(?:hun\s+|han\s+)?ikke|\bfår\s+(?:hun\s+|han\s+)?ikke\s+lov\s+(?:til\s+)?(?:at\s+)?)\s*tage\s+med\s+(?:på|til)\s+(?=(?:\S+\s+){0,2}?\S*(?:tur|lejrskole|ekskursion|stævne|turnering|udflugt)\S*)/gi;

// "Pushing him to end it or else move out": leaving the family home, not being let out of it (set 79).
const MOVE_OUT = /\b(?:move|moves|moving|moved)\s+out\b(?!\s+of\s+(?:the\s+)?(?:room|basement|cellar))/gi;

// "Manden vil ikke gå ud, når jeg spørger om at tale med hende alene": he stays in the room (never alone, yellow), not she
// may not go out (set 82).
const STAYS_IN_THE_ROOM =
  /\b(?:vil|ville)\s+ikke\s+(?:gå|gaa)\s+ud(?:\s+af\s+(?:lokalet|rummet|kontoret|mødelokalet)\b|(?=\s+(?:når|mens|under|selvom)\b))/gi;

// "Hun må kun gifte sig med en fra landsbyen", "han ikke må gifte sig med sin kæreste": whom she may marry (her partner
// chosen, orange), so that a "skal" elsewhere in the message ("de skal godkende ham") does not make it a marriage she must
// enter (set 83). "Hun skal giftes" stays.
const MAY_ONLY_MARRY = /\b(?:kun\s+må|må\s+kun|ikke\s+må|må\s+ikke)\s+gifte\s+sig(?=\s+med\b)|\b(?:forbudt|forbyder|forbød)\s+(?:hende|ham)\s+at\s+gifte\s+sig\b/gi;

// "Missing a lot of days": absence (yellow), not a missing person.
const MISSING_DAYS = /\bmissing(?=\s+(?:a\s+lot|lots|many|several|most|days|meetings|appointments|classes|school|work|lessons|sessions)\b)/gi;

// "Låst ude af sin mail", "locked out of her account": a forgotten password, not being locked in or out of the home.
const LOCKED_OUT_OF =
  /\b(?:låst|laast|locked)\s+(?:ude|out)\s+(?:af|of|fra|from)\s+(?:sin\s+|sit\s+|hendes\s+|hans\s+|her\s+|his\s+|the\s+)?((?:e-?)?mail\w*|e-?boks|konto\w*|account\w*|jobnet|mitid|nemid|computer\w*|telefon\w*|phone|system\w*|portal\w*|app\w*|login|profil\w*|profile)/gi;

// "Komme hjem til hende", "visit her at her home": a home visit (a yellow sign), not her going home.
const VISIT_HOME =
  /\b(?:komme|kommer|kom|tage|tager|tog|køre|kører|besøge|besøger)\s+(?:\w+\s+)?(?:hjem|hjemme)\s+(?:til|hos)\s+(?:hende|ham|borgeren|dem|familien)\b|\b(?:come|coming|go|going|visit|visiting|meet|meeting|drive|driving)\s+(?:\w+\s+)?to\s+(?:her|his|their)\s+(?:home|house|place|flat|apartment)\b/gi;

// "Wont", "doesnt", "cant": a denial typed without its apostrophe, read as "won't" (the tokenizer makes "wo not").
const NO_APOSTROPHE = /\b(do|does|did|is|are|was|were|has|have|had|wo|ca|could|would|should|must|need)nt\b/gi;

// "We're trying to get her started on an education": "we are", not "re-education" (set 83).
const WE_ARE = /\b(we|you|they)['’]re\b/gi;

// "Du ser ikke morgendagen", "you won't see Saturday": a threat to her life, read as the word for one. Not "I won't see
// her tomorrow" or "she won't see Friday's meeting".
const WONT_SEE_THE_DAY = new RegExp(
  [
    `\\b(?:(?:du|hun|han)\\s+['"‘’“”]?ser\\s+(?:ikke|aldrig)|ser\\s+(?:du|hun|han)\\s+(?:ikke|aldrig)|(?:du|hun|han)\\s+['"‘’“”]?(?:ikke|aldrig)\\s+(?:ser|oplever)`,
    `|(?:(?:du|hun|han)\\s+['"‘’“”]?(?:vil|kommer|når)|(?:vil|kommer|når)\\s+(?:du|hun|han))\\s+(?:ikke|aldrig)\\s+(?:til\\s+at\\s+|at\\s+)?(?:se|opleve)`,
    `|(?:du|hun|han)\\s+['"‘’“”]?(?:ikke|aldrig)\\s+(?:vil|kommer\\s+til\\s+at|når\\s+at|(?:skal|kan)\\s+regne\\s+med\\s+at)\\s+(?:se|opleve|fejre))`,
    `\\s+(?:morgendagen|i\\s+morgen|weekenden|næste\\s+(?:uge|måned|år)|(?:man|tirs|ons|tors|fre|lør|søn)dag(?:en)?|(?:din|sin|hendes|hans)\\s+(?:næste\\s+)?(?:\\d{1,2}\\s*(?:-?års\\s+|\\.\\s+))?fødselsdag)(?!\\p{L}|['’]s\\b)`,
    `|\\b(?:you|she|he)\\s+['"‘’“”]?(?:will\\s+not|won['’]t|will\\s+never|['’]ll\\s+never|(?:are|is)\\s+not\\s+going\\s+to|(?:aren|isn)['’]t\\s+going\\s+to)`,
    `\\s+(?:live\\s+to\\s+)?see\\s+(?:tomorrow|another\\s+day|the\\s+(?:next\\s+)?(?:morning|weekend)|next\\s+(?:week|month|year)`,
    `|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:your|her|his)\\s+(?:next\\s+)?birthday)(?!\\p{L}|['’]s\\b)`,
  ].join(''),
  'giu',
);

// "She is hiding at a friend's", "gemmer sig hos veninden": hiding from the family, read as the word for a hiding place.
const HIDING =
  /\b(?:(?:is|are|was|were|['’]s|['’]re|been|now|currently)\s+hiding|in\s+hiding|(?:gemmer|gemte|skjuler|skjulte|gemt|skjult)\s+(?:sig|hende|ham)(?:\s+\p{L}+)?)\s+(?:at|with|from|hos|for|fra|på)(?!\p{L})|\b(?:hvor|where)\s+(?:hun|han|de|she|he|they)\s+(?:gemmer\s+sig|skjuler\s+sig|is\s+hiding|are\s+hiding)\b/giu;

// "She is not coming back", "han kommer ikke tilbage", "skal blive dernede", "ved ikke om hun kommer tilbage": left
// abroad, when the message speaks of a trip or tickets (read as a one-way ticket). Without a trip it is a placement or
// a course she leaves; "blive der i to uger" is a holiday.
const NOT_COMING_BACK =
  /\b(?:(?:ikke\s+ved|ved\s+ikke)\s+om\s+(?:hun|han|jeg)\s+(?:kommer|skal)\s+(?:med\s+)?(?:tilbage|hjem)|(?:doesn['’]t|does\s+not|don['’]t)\s+know\s+(?:if|whether)\s+(?:she|he|I)(?:['’]ll|\s+will|\s+is)?\s+(?:come|coming|be\s+coming)\s+back|(?:not|never|won['’]t)\s+(?:be\s+)?(?:coming|come|going|returning|return)\s+back|(?:kommer|vender)\s+(?:ikke|aldrig)\s+(?:med\s+)?(?:tilbage|hjem)|(?:ikke|aldrig)\s+(?:kommer|vender)\s+(?:med\s+)?(?:tilbage|hjem)|(?:skal\s+(?:ikke|aldrig)|(?:ikke|aldrig)\s+skal)\s+med\s+(?:tilbage|hjem)|(?:skal\s+(?:ikke|aldrig)|(?:ikke|aldrig)\s+skal)\s+tilbage|(?:efterlades|efterladt|efterlade\s+hende|(?:leave|left|leaving)\s+her)\s+(?:der|dernede|derovre|derude|there|behind)|(?:blive|bliver)\s+(?:der|dernede|derude|derovre)(?!\s+(?:i|in|for|til|to)\s)|stay(?:s|ing)?\s+(?:there|down\s+there|over\s+there)(?!\s+(?:for|until|till)\s))\b/gi;

// "Not allowed to date anyone outside their community", "friends outside the family": a partner or friends she may not
// choose, not being kept inside the home.
const PARTNER_FROM_OUTSIDE =
  /\b((?:friends|venner|veninder)\s+|(?:date|dating|marry|marrying|be\s+with|see|seeing|kæreste\s+med|gifte\s+sig\s+med|giftes\s+med|være\s+sammen\s+med)\s+(?:anyone|anybody|someone|somebody|a\s+(?:man|woman|boy|girl|guy)|nogen|en|et)\s+(?:from\s+|fra\s+)?)(?:outside|udenfor|uden\s+for)\b/gi;

// "Du gifter dig ikke med ham", "she can't marry her boyfriend": a partner forbidden (orange), not a marriage forced on
// her. Only when the message has no pressure or trip besides; "skal giftes med fætteren" elsewhere stays red.
const MAY_NOT_MARRY =
  /\b(?:(?:gifter|gifte)\s+(?:dig|sig|mig)\s+ikke|(?:må|kan|får)\s+ikke\s+(?:lov\s+til\s+at\s+)?(?:gifte\s+sig|giftes|blive\s+gift)|(?:not|n['’]t|never)\s+(?:be\s+)?(?:allowed\s+to\s+|permitted\s+to\s+)?marry)\s+(?:med\s+)?(?:ham|hende|him|her|kæresten|(?:sin|sit|hendes|hans|her|his)\s+(?:kæreste|boyfriend|girlfriend|partner)|(?:that|this|the)\s+(?:boy|man|guy|girl|woman))\b/gi;

// "Forældrene vil bestemme hvem hun skal giftes med", "she may not choose who she marries": no free choice of partner
// (orange). Not "har bestemt hvem hun skal giftes med" (decided: the marriage is arranged), and only without pressure or
// a trip, as above.
const WHOM_SHE_MARRIES =
  /\b(?:(?:vil|skal|will|want\s+to|wants\s+to)\s+(?:bestemme|vælge|decide|choose|pick)|bestemmer|vælger|decides|chooses|picks|(?:snakket|talt|snakker|taler|diskuterer|diskuteret|talking|talked|discussing|discussed)\s+om|(?:talking|talked|discussing|discussed)\s+about|(?:ikke|not)\s+(?:\S+\s+){0,4}?(?:vælge|bestemme|choose|decide|pick))\s*,?\s+(?:selv\s+|herself\s+|himself\s+)?(?:hvem|who|whom)\s+(?:hun|han|jeg|she|he|I)\s+(?:skal|må|vil|will|must|can|should|is\s+to|is\s+going\s+to|gets\s+to|am\s+to)?\s*(?:giftes|gifte\s+sig|blive\s+gift|marry|marries|be\s+married|get\s+married)\b/gi;

// "Hun vil gerne giftes med sin kæreste, men forældrene siger nej", "she wants to marry a guy she met at uni": her own wish,
// a partner the family refuses (orange), not a marriage she does not want. The wish becomes "være sammen med", so the
// refusal still reads as the partner she may not choose. Only without pressure, a trip or anything concrete; not "they
// want to marry her off", not "doesn't want to marry him".
const HER_WISH_TO_MARRY =
  /(?<!\b(?:ikke|not|n['’]t|de|they|familien|family|forældrene|parents)\s+)\b(vil\s+gerne|gerne\s+vil|ønsker\s+at|wants?\s+to|would\s+like\s+to)\s+(?:giftes|gifte\s+sig|blive\s+gift|marry|get\s+married)\s+(?=(?:med|to)?\s*(?:sin|sit|hendes|hans|her|his|a|an|en|et)?\s*(?:kæreste\w*|boyfriend|girlfriend|partner|guy|man|woman|girl|boy|colleague|kollega\w*|fyr|fyren|pige|pigen|dreng|drengen|dansker|ven|veninde|en\s+fra|one\s+from|someone\s+from)\b)/gi;

// "Der er ikke tale om noget bryllup", "no wedding or trip mentioned": a wedding denied. Only without pressure, and not
// where she does not want one ("ikke noget bryllup hun selv vil").
const NOT_A_WEDDING =
  /\b(?:ikke|not)\s+(?:tale\s+om|nævnt|planlagt|aftalt|fastsat|besluttet|sagt|talk\w*\s+(?:about|of)|mentioned|planned|arranged)\s+(?:noget|nogen|any|a)\s+(?:bryllup\w*|wedding\w*)(?:\s+(?:eller|or)\s+(?:nogen\s+|any\s+|a\s+)?(?:rejse\w*|trip|travel))?|\bnothing\s+(?:has\s+been\s+|is\s+)?(?:arranged|planned)|\b(?:ikke|intet|ingen|no)\s+(?:noget\s+|nogen\s+)?(?:bryllup\w*|wedding\w*)\s+(?:er\s+|is\s+)?(?:planlagt|aftalt|fastsat|på\s+vej|planned|arranged|booked)/gi;
// Her not wanting it; not the family's "vil ikke acceptere kæresten".
const NOT_WANTED = /vil\s+ikke(?!\s+(?:acceptere|godkende|have\s+at|lade|tillade))|ikke\s+(?:vil|ønsker|lyst)(?!\s+(?:acceptere|godkende|have\s+at|lade|tillade))|ønsker\s+ikke|(?:n['’]t|not)\s+(?:want|wish)/i;

// "The family doesn't want her working with men": work or study forbidden, read as "not allowed" (the words of that
// sign). Not "she doesn't want to work there".
const NOT_WANT_HER_TO =
  /\b(?:does|do|did)(?:\s+not|n['’]t)\s+want\s+(?:her|him|them)\s+(?:to\s+)?(?=(?:work|working|study|studying|learn|learning|attend|attending)\b)/gi;

// "Hvem hun skriver med", "who she talks to": a relative clause, not a question about whom to call. Only with verbs of
// talking: "bestemmer hvem hun ser" keeps its "hvem" for the sign of a partner chosen by the family.
const WHOM_SHE =
  /\b(?:hvem|who|whom)(?=\s+(?:hun|han|de|she|he|they)\s+(?:(?:må|kan|skal|may|can|must|is\s+allowed\s+to)\s+)?(?:skriver|skrive|snakke|tale|chatte|write|text|talk|chat|snakker|taler|chatter|sms['’]?er|writes|texts|talks|chats|messages|is\s+texting|is\s+talking)\b)/gi;

// "Går du ikke derfra på dine egne ben": she will not walk out alive, read as the word for a threat to life. Not "står
// ikke på egne ben" (not yet self-reliant).
const NOT_ON_OWN_LEGS =
  /\b(?:går|gå|gik|kommer|komme|walk|walks|leave|leaves)\s+(?:du|hun|han|you|she|he)?\s*(?:ikke|aldrig|not|never)\s+(?:\S+\s+){0,2}?(?:på|on)\s+(?:dine|sine|hendes|hans|your|her|his)\s+(?:egne\s+|own\s+)?(?:ben|legs|feet)\b/gi;

// "Ellers sker der noget", "or something will happen to her": a threat in the family's words.
const OR_SOMETHING_HAPPENS =
  /\b(?:ellers\s+sker\s+der\s+(?:noget|ting)|or\s+(?:else\s+)?something\s+(?:bad\s+)?will\s+happen|(?:(?:du|hun|han|you|she|he)\s+(?:ved|know|knows)|ved\s+(?:du|hun|han))\s*,?\s+(?:godt\s+|well\s+)?(?:hvad\s+der\s+(?:sker|vil\s+ske)|what\s+(?:happens|will\s+happen|['’]ll\s+happen|is\s+going\s+to\s+happen)))\b/gi;

// "Så er du færdig", "når du kommer hjem, er du færdig": a threat. Not "er du færdig med kurset".
const YOU_ARE_FINISHED = /\b(?:(?:så|saa|,)\s*er\s+du\s+færdig|you['’]re\s+finished|you\s+are\s+finished)\b(?!\s+(?:med|with)\b)/gi;

// "Her brothers have found out where she lives", "onklen leder efter hende": the family after her, read as stalking.
// Only with a relative as the subject: "vi leder efter hende" is the job centre, "found a flat where she can live" a home.
const PURSUED =
  /\b(?:brødre[a-zæøå]*|bror[a-zæøå]*|onkl[a-zæøå]*|onkel|fætre[a-zæøå]*|fætter[a-zæøå]*|familie[a-zæøå]*|far|faren|manden|eksmanden|svigerfamilie[a-zæøå]*|brothers?|uncles?|cousins?|family|father|dad|husband|ex-husband|in-laws)(?:['’]s)?\s+(?:\S+\s+){0,4}?(?:(?:har\s+)?(?:fundet|fandt)\s+ud\s+af,?\s+hvor\s+(?:hun|han)|(?:has\s+|have\s+)?found\s+out\s+where\s+(?:she|he)|(?:har\s+)?(?:fundet|fandt)\s+(?:hendes|hans)\s+(?:nye\s+)?(?:adresse|lokation|placering)|(?:has\s+|have\s+)?found\s+(?:her|his)\s+(?:new\s+)?(?:address|location)|(?:har\s+)?(?:fundet|fandt)\s+(?:hende|ham)(?!\s+(?:en|et|noget)\b)|(?:has\s+|have\s+)?found\s+(?:her|him)(?!\s+(?:a|an|some)\b)|(?:jagter|jager|jagtede)\s+(?:hende|ham)|(?:ved|kender)\s+(?:godt\s+)?(?:hvor\s+(?:hun|han)\s+(?:bor|er)|hendes\s+adresse|hans\s+adresse)|knows?\s+where\s+(?:she|he)\s+lives|(?:leder|ledte|søger|søgte|jagter|jager|følge|følger|fulgte)\s+(?:aktivt\s+|stadig\s+|overalt\s+|ihærdigt\s+)?efter\s+(?:hende|ham|\S*søster\S*|\S*bror\S*)|(?:told|asked|sent|paid)\s+to\s+follow\s+(?:her|him)(?![a-z])|(?:has\s+been|have\s+been|is|are|keeps?)\s+following\s+(?:her|him)(?![a-z])|(?:is\s+|are\s+)?(?:actively\s+|still\s+)?(?:looking|searching|hunting)\s+for\s+(?:her|him))(?![a-zæøå])/gi;

// "De har fundet min lokation", "they found her new address": the family, quoted by her. Only "de"/"they" right before,
// not "vi har fundet hendes adresse" (the job centre).
const FOUND_WHERE_SHE_IS =
  /\b(?:de|they|familien|(?:the\s+|her\s+|his\s+)?family|svigerfamilien|(?:hendes|hans)\s+(?:far|bror|brødre|familie|mand|eksmand)|(?:her|his)\s+(?:father|dad|brothers?|husband|ex))\s+(?:har\s+|have\s+|has\s+|['’]ve\s+)?(?:(?:fundet|fandt|found|tracked)\s+(?:min|mine|hendes|hans|my|her|his)\s+(?:nye\s+|new\s+)?(?:lokation|placering|location|adresse|address)|(?:fundet|fandt)\s+ud\s+af,?\s+hvor(?:\s+(?:hun|han|jeg)\s+(?:bor|er)|(?=\s*[,.;!?]|\s+og\b))|found\s+out\s+where(?:\s+(?:she|he|I)\s+(?:lives|is|am|live)|(?=\s*[,.;!?]|\s+and\b))|(?:ved|kender)\s+(?:godt\s+)?(?:hvor\s+(?:hun|han)\s+bor|hendes\s+(?:nye\s+)?adresse|hans\s+(?:nye\s+)?adresse)|know\s+where\s+(?:she|he)\s+lives|know\s+where\s+(?:her|his)\s+(?:new\s+)?(?:flat|apartment|home|place|address)\s+is|(?:ved|kender)\s+(?:godt\s+)?hvor\s+(?:hendes|hans)\s+(?:nye\s+)?(?:lejlighed|bolig|adresse)\s+er)\b/gi;

// "He will not live if they find out": a threat to his life. Not "she won't live with her parents".
const WONT_LIVE =
  /\b(?:du|hun|han)\s+['"‘’“”]?(?:ikke\s+skal|skal\s+ikke|ikke\s+må|ikke\s+får\s+lov\s+(?:til\s+)?at|får\s+ikke\s+lov\s+(?:til\s+)?at)\s+leve['"‘’“”]?(?!\s+(?:sammen|med|hos|i|alene|af|uden|på|som|et|sit|sådan|her|der)(?![a-zæøå]))(?![a-zæøå])|\b(?:du|hun|han)\s+['"‘’“”]?(?:kommer\s+(?:ikke|aldrig)|(?:ikke|aldrig)\s+kommer)\s+til\s+at\s+(?:leve|overleve)\b(?!\s+(?:sammen|med|hos|i|alene|af|uden|på)(?![a-zæøå]))|\b(?:you|she|he|they)\s+['"‘’“”]?(?:will\s+not|won['’]t|will\s+never|['’]ll\s+never|would\s+not|wouldn['’]t|(?:are|is)\s+not\s+going\s+to)\s+(?:live|survive)\b(?!\s+(?:with|in|at|there|here|alone|together|on|by|near|abroad|long\s+enough|anywhere)\b)/gi;

// "Tonight we finish this", "they'll finish her": the family's threat. Not "we finish this course".
const FINISH_HER =
  /\b(?:we|they)(?:['’]ll|\s+will|\s+are\s+going\s+to|\s+gonna)?\s+(?:finish|end)\s+(?:this|it|her|him)(?=\s*(?:[.!'"’”]|$))|\b(?:finish|end)\s+(?:her|him)(?=\s*(?:[.!,'"’”]|$|\s+(?:if|when|tonight|off)\b))|\bmake\s+(?:her|him)\s+finish(?=\s*(?:[.!,'"’”]|$|\s+(?:if|when)\b))/gim;

// "Hun skal blive i Libanon efter sommerferien": left abroad, read as a one-way ticket.
const STAY_ABROAD = new RegExp(
  `\\b(?:skal|må|vil|must|will|has\\s+to|is\\s+to)\\s+(?:blive|bo|stay|live)\\s+(?:i|in|hos\\s+\\S+\\s+i)\\s+(?:${COUNTRY_NAMES.join('|')}|hjemlandet|udlandet)\\b`,
  'gi',
);

// "They've stopped letting her out of the house": she is kept in, in the words of that sign.
const NOT_LET_OUT =
  /\b(?:stopped|stop|not|never|won['’]t|don['’]t|doesn['’]t|didn['’]t)\s+(?:letting|let|lets)\s+(?:her|him)\s+(?:go\s+)?out\b|\b(?:ikke|aldrig)\s+(?:\S+\s+){0,2}?(?:lade|lader|ladet|lod)\s+(?:hende|ham|mig)\s+(?:gå|går|komme|kommer)\s+ud(?![a-zæøå])|\b(?:lukker|lukke|lukkede)\s+(?:hende|ham|mig)\s+(?:ikke|aldrig)\s+ud(?![a-zæøå])|\b(?:lader|lod)\s+(?:hende|ham|mig)\s+(?:ikke|aldrig)\s+gå(?![a-zæøå])|\b(?:ikke|aldrig)\s+(?:lukker|lukke|lukkede)\s+(?:hende|ham|mig)\s+ud(?![a-zæøå])/gi;
// "Not allowed to leave the house", "not allowed out": kept in. Not "not allowed to see friends outside school".
const NOT_ALLOWED_OUT =
  /(?:\bnot|n['’]t|\bnever)\s+(?:be\s+|been\s+)?allowed\s+(?:to\s+)?(?:leave(?:\s+the\s+(?:house|home|flat|apartment))?|go\s+out(?:side)?|(?:be\s+)?out(?:side)?)\b(?!\s+(?:with|after|to\s+(?:parties|party|clubs?|friends))\b)/gi;

// "Hun vil ikke hjem i dag": she does not dare go home, in the words of that danger. Not "vil ikke have møder hjemme".
const WONT_GO_HOME = /\bvil\s+ikke\s+(?:tage\s+|gå\s+|køre\s+)?hjem\b/gi;

// "Hun kan stadig gå ud", "she can still go out": free to go out, said so that the words are not read as the sign.
const FREE_TO_GO_OUT =
  /\b(?:kan|må|can|may|is\s+allowed\s+to)\s+(?:stadig|godt|gerne|fint|still|freely)\s+(?:gå|komme|go|get)\s+(?:ud|out)\b|\b(?:kommer|går|kom|gik)\s+(?:stadig\s+|også\s+)?ud(?=\s+med\s+(?:os|mig|hjemmeplejen|personalet|hjemmehjælperen)\b)/gi;

// "Et voldsomt skænderi": a heated row, not violence ("vold" begins "voldsom").
const HEATED_ROW = /\bvoldsom(?:t|me)?\s+(?=(?:skænderi|diskussion|uenighed|diskussioner|skænderier|debat)[a-zæøå]*)/gi;

// "Brødrene har banket ham": beaten. Not "banker på døren" (knocks) or "bankede hende på skulderen" (a pat).
const BEAT_HIM = /\bbank(?:e|er|et|ede)\s+(?:ham|hende|mig|dem|dig)\b(?!\s+på\b)/gi;

// "Tager børnene med ud af landet", "take the kids out of the country": abroad, in the vocabulary's word.
const OUT_OF_THE_COUNTRY = /\bud\s+af\s+landet\b|\bout\s+of\s+the\s+country\b/gi;

// "They'll 'deal with' her", "told to deal with his sister": the family's threat. Not "how to deal with her
// depression" (no will, going to or told to before it).
const WILL_DEAL_WITH =
  /\b(?:going\s+to|gonna|will|['’]ll)\s+['"‘’“”]?fix['"‘’“”]?\s+(?:her|him|his\s+sister|her\s+sister|his\s+brother|their\s+daughter)\b|\b(?:her|him)\s+(?:home\s+)?to\s+be\s+fixed\b|\b(?:family|familien|brothers|brødrene|uncles|onklerne|father|faren|dad|husband|manden)\s+(?:will|['’]ll|is\s+going\s+to|are\s+going\s+to|vil|skal)\s+['"‘’“”]?(?:take\s+care\s+of|tage\s+sig\s+af|ordne|deal\s+with)['"‘’“”]?\s+(?:it|her|him|det|hende|ham)\b|['"‘’“”]\s*(?:take\s+care\s+of|tage\s+sig\s+af|tager\s+sig\s+af)\s+(?:it|her|him|det|hende|ham)\s*[.!]?['"‘’“”]|\b(?:will|['’]ll|going\s+to|gonna|told\s+to|want\s+to|wants\s+to)\s+['"‘’“”]?deal\s+with['"‘’“”]?\s+(?:him|her|them|(?:his|her|their)\s+(?:sister|brother|daughter|son|wife|cousin))\b/gi;

// "Better not come home": a warning from the family.
const BETTER_NOT_COME_HOME = /\bbetter\s+not\s+(?:come|show\s+up)\s+(?:back\s+)?home\b/gi;

// "They lock my door at night", "låser hendes dør": locked in.
const LOCK_HER_DOOR =
  /\b(?:lock|locks|locked|låser|låste|låst|laaser|laast)\s+(?:my|her|his|min|hendes|hans)\s+(?:door|bedroom\s+door|room|dør|døren|værelse|værelsesdør)\b/gi;

// "Er det akut?", "is it acute or not?", "der er intet akut", "I don't think it's acute": the writer asks whether it is
// acute, or says it is not. The word is then not a claim of danger (what the message describes still counts).
const ASKED_OR_DENIED_ACUTE = new RegExp(
  [
    `\\b(?:er|is)\\s+(?:det|dette|det\\s+her|det\\s+så|it|this|that)\\s+(?:så\\s+|nu\\s+|then\\s+|really\\s+|still\\s+|stadig\\s+)?(?:an?\\s+|en\\s+)?(?:akut|acute|emergency|nødsituation)\\b`,
    `|\\b(?:akut|acute)\\s+(?:eller|or)\\s+(?:ej|ikke|not)\\b`,
    `|\\b(?:skal|bør|should|must)\\s+(?:vi|jeg|man|we|i)\\s+(?:handle|reagere|gøre\\s+noget|act|react|do\\s+something)\\s+(?:akut|acutely|urgently)\\b`,
    `|\\b(?:hvornår|when)\\s+(?:er|is)\\s+(?:det|it|something)\\s+(?:akut|acute|an\\s+emergency)\\b`,
    `|\\b(?:ikke|intet|ingen|not|nothing|no)\\s+(?:det\\s+)?(?:er\\s+|var\\s+|is\\s+)?(?:noget\\s+|så\\s+|særlig\\s+|særligt\\s+|umiddelbart\\s+|an?\\s+|really\\s+|yet\\s+|that\\s+)?(?:akut|akutte?|acute|emergency|nødsituation|urgent|hastende)(?:-(?:akut|acute))?\\b|\\bhaster\\s+ikke\\b`,
    `|\\b(?:do\\s+not|don['’]t|doesn['’]t)\\s+(?:think|believe|feel)\\s+(?:it|this|that)\\s*(?:is|['’]s|s)\\s+(?:an?\\s+)?(?:acute|emergency|urgent)\\b`,
  ].join(''),
  'gi',
);

// "Må ikke gå ud om aftenen", "not allowed out after dark": a curfew, a limit on her free time; not kept in the house.
const CURFEW =
  /\b(?:ikke|not|never)\s+(?:må\s+|får\s+lov\s+(?:til\s+)?at\s+|allowed\s+(?:to\s+)?)?(?:(?:gå|går|komme|være|be|go)\s+)?(?:ud|ude|out)\s+(?:alene\s+|alone\s+)?(?:om\s+(?:aftenen|eftermiddagen|natten)|efter\s+(?:skole|skoletid|mørkets\s+frembrud|kl\.?\s*\d+|\d+)|at\s+night|after\s+(?:dark|school|\d+)|in\s+the\s+evenings?)\b/gi;

// "Her phone gets checked", "tjekker hans telefon": her own mobile, not a request for a phone number.
const HER_PHONE = /\b(her|his|their|my|hendes|hans|sin|min|deres)\s+(?:phone|cellphone|telefon|telefonen|mobiltelefon|mobile)\b(?!\s*(?:number|nummer|nr))/gi;

// "Må ikke arbejde uden for hjemmet", "forbids women working outside the home": work forbidden (orange), not kept in.
const WORK_OUTSIDE_HOME =
  /\b(arbejde|arbejder|job|jobbe|work|works|working)\s+(?:uden\s+for|udenfor|outside(?:\s+of)?)\s+(?:hjemmet|huset|the\s+home|the\s+house|home)\b/gi;

// "Vil have hende hjemme (til at hjælpe)", "skal være hjemme og hjælpe": kept for chores, not kept in.
const WANTED_HOME_TO_HELP = /\b(?:have\s+(?:hende|ham)|være|blive)\s+hjemme\s+(?:og|til\s+at)\s+(?:hjælpe|passe|lave)\b/gi;

// "Uden for hjemmet" is written apart as often as "udenfor": one word, as the vocabulary has it.
const UDEN_FOR = /\buden\s+for\b/gi;
// "Taking him home to Somalia for good", "for altid": for good, in one word.
const FOR_GOOD = /\bfor\s+(?:good|altid|bestandig)\b/gi;

// "Går fra ham i live": alive, in one word.
const ALIVE = /\bi\s+live\b/gi;

// "Der er en pris på hans hoved", "a price on her head": a threat to life.
const PRICE_ON_HEAD =
  /\b(?:pris|dusør)\s+på\s+(?:hans|hendes|mit|dit|deres)\s+hoved\b|\bprice\s+on\s+(?:his|her|my|your|their)\s+head\b|\b(?:put|putting|puts|sat|sætter)\s+(?:a|en)\s+['"‘’“”]?(?:price|pris)['"‘’“”]?\s+(?:on|på)\s+(?:her|him|hende|ham)\b/gi;

// "She'll 'have an accident'", "hun kommer ud for en ulykke": a threat, in the family's word.
const HAVE_AN_ACCIDENT =
  /\b(?:she|he|you)(?:['’]ll|\s+will|\s+could|\s+might|\s+would|['’]d)\s+['"‘’“”]?have\s+an\s+accident|\b(?:hun|han|du)\s+(?:kan|vil|kunne|kommer\s+til\s+at)\s+['"‘’“”]?(?:komme\s+ud\s+for|få|have)\s+(?:en\s+ulykke|et\s+uheld)/gi;

// "'Skal betale for det'", "'you'll pay for this'": in quotes, the family's threat (not a bill).
const PAY_FOR_IT =
  /['"‘’“”]\s*(?:(?:du|hun|han)\s+)?(?:skal|vil|kommer\s+til\s+at)\s+betale\s+for\s+det|['"‘’“”]\s*(?:(?:you|she|he)\s*)?(?:will|['’]ll|is\s+going\s+to|are\s+going\s+to|gonna)\s+pay\s+for\s+(?:it|this|that)|\b(?:skal|vil|kommer\s+til\s+at)\s+betale\s+for\s+(?:det|hvad)\s+(?:hun|han|du)\s+(?:har\s+)?gjort|\b(?:will|['’]ll|is\s+going\s+to|gonna)\s+pay\s+for\s+what\s+(?:she|he|you)\s+(?:did|has\s+done|have\s+done)/gi;

// "Hun skal lære det på den hårde måde", "learn the hard way".
const HARD_WAY = /\b(?:lære|lærer|learn|learns)\s+(?:det\s+|it\s+)?(?:på\s+den\s+hårde\s+måde|the\s+hard\s+way)\b/gi;

// "'Hun er færdig'", "'she's done'": in quotes, a threat. Not "hun er færdig med kurset".
const SHE_IS_DONE =
  /\b(?:hun|han|du)\s+er\s+['"‘’“”]færdig['"‘’“”]|['"‘’“”]\s*(?:(?:hun|han|du)\s+)?er\s+færdig\s*[.!]?['"‘’“”]|['"‘’“”]\s*(?:she|he|you)\s*(?:is|are|['’]s|['’]re)\s+(?:finished|done)\s*[.!]?['"‘’“”]/gi;

// "Familien siger hun er 'rejst'": gone, in the family's word, in quotes.
const SAID_TO_BE_GONE =
  /\b(?:siger|sagde|says|said|claims|påstår)\s+(?:bare\s+|kun\s+|just\s+|only\s+)?(?:at\s+|that\s+)?(?:hun|han|she|he)\s+(?:er|is|has|['’]s)\s+['"‘’“”](?:rejst|væk|bortrejst|gone|away|travelling|traveling|left)[.!]?['"‘’“”]/gi;

// "Hjælp mig" in a message she sent, or a quoted message ending ", hjælp'": a cry for help (not "kan du hjælpe mig med …",
// nor "hun bad om 'hjælp' til ansøgningen").
const HELP_ME = /['"‘’“”]\s*(?:hjælp\s+mig|help\s+me)\b(?!\s+(?:med|with))|,\s*(?:hjælp|help)\s*[!.]*['"‘’“”]|['"‘’“”]\s*(?:hjælp|help)\s*!+\s*['"‘’“”]|\b(?:skrevet|skrev|skriver|written|wrote|writes)\s+['"‘’“”]?(?:hjælp|help)(?:\s+mig|\s+me)?['"‘’“”]?(?:\s+\S+){0,3}?\s+(?:i|på|on)\s+(?:hånden|hånd|armen|en\s+seddel|sedlen|papir|her\s+hand|a\s+note|her\s+arm|a\s+napkin|a\s+piece\s+of\s+paper)/gi;

// "Fik ham med i bilen", "pull her into the car": taken by force.
const INTO_THE_CAR =
  /\b(?:få|fik|tvinge|tvang|trække|trak|hive|hev)\s+(?:ham|hende)\s+(?:med\s+)?(?:ind\s+)?i\s+(?:bilen|en\s+bil)|\b(?:get|force|forced|pull|pulled|drag|dragged|push|pushed)\s+(?:him|her)\s+into\s+(?:the|a|his|their)\s+car\b/gi;

// "Ved ikke hvornår hun kommer hjem": a trip with no return date (read as a one-way ticket when a trip is named).
const NO_RETURN_DATE =
  /\b(?:ved|aner)\s+ikke\s+(?:\S+\s+)?hvornår\s+(?:hun|han|de)\s+(?:kommer|skal|rejser)\s+(?:hjem|tilbage)|\b(?:doesn['’]t|does\s+not|don['’]t|do\s+not)\s+know\s+when\s+(?:she|he|they)(?:['’]ll|\s+will)?\s+(?:be|come|get)\s+back/gi;

// "She said her dad will 'kill her' if she fails – she was clearly joking", "'slår hende ihjel' … bare en talemåde":
// the writer calls the quoted words a joke in the same sentence. Only quoted words are taken out, and not when the
// joke is denied ("not joking", "ingen spøg") or a "but" follows it ("troede det var for sjov, men han mente det").
const JOKE_MARKER =
  /\b(?:jok(?:e|es|ed|ing)|kidding|banter|for\s+sjov|spøg\w*|talemåde|figure\s+of\s+speech|just\s+an\s+expression|just\s+a\s+saying|bare\s+noget\s+man\s+siger|not\s+literally|ikke\s+bogstaveligt|lol|haha\w*)\b|😂|😄|🙄|😅|🤣/i;
const DENIED_JOKE = /\b(?:not|no|ikke|ingen|wasn['’]t|isn['’]t|ikke\s+var|ikke\s+er)\s+(?:\S+\s+)?(?:jok\w*|kidding|for\s+sjov|spøg\w*|banter)|\b(?:jok\w*|for\s+sjov|spøg\w*|kidding|banter)\b[^.!?\n]*\b(?:men|but|however|dog)\b/i;
const QUOTED_DANGER =
  /['"‘’“”][^'"‘’“”\n]{0,60}?(?:kill|murder|dead|dræb|draeb|ihjel|\bdød|\block|stuearrest|husarrest|take\s+him\s+out|take\s+her\s+out|break\s+(?:his|her|your|my)\s+(?:legs|arms|neck)|(?:knække|brække)\s+(?:hans|hendes|dine|mine)\s+(?:ben|arme|nakke))[^'"‘’“”\n]{0,60}?['"‘’“”]/gi;
// Where the writer turns serious, a new sentence begins: "lol nej, seriøst: faren har sagt …", "spøg til side, …".
const TURNS_SERIOUS =
  /\b(?:men\s+)?(?:seriøst|seriously|spøg\s+til\s+side|(?:all\s+)?jok(?:es|ing)\s+aside|the\s+real\s+(?:thing|question|concern)|real\s+question|what\s+worries\s+me|det\s+der\s+bekymrer\s+mig|anyway|unrelated)\b/gi;

const SERIOUS = new RegExp(TURNS_SERIOUS.source, 'i');

/** Quoted danger words the writer calls a joke in the same sentence, taken out. */
function withoutJokes(text: string): string {
  if (!JOKE_MARKER.test(text)) return text;
  const sentences = text.replace(TURNS_SERIOUS, '.\n$&');
  return bySentence(sentences, (sentence) =>
    SERIOUS.test(sentence) || !JOKE_MARKER.test(sentence) || DENIED_JOKE.test(sentence) ? sentence : sentence.replace(QUOTED_DANGER, ' '),
  );
}

// A danger the writer says is over: "truslerne fra eksmanden er ophørt", "sidste år var der trusler …, men det er helt
// overstået", "den gamle sag med brorens trusler er lukket", "that case was looked into and closed", "he used to threaten
// her, but that stopped". In that sentence, the danger words before the word that ends it are taken out; what follows
// stays ("truslerne er ophørt, men i går stod han udenfor"). Not when the sentence says it is back, still going on or
// happening again ("er startet igen", "truer stadig", "threatened her again"). The thing that ends must be the danger, the
// case or "det": "hun er blevet stoppet i at gå i skole" is not a danger over.
const RESOLVED =
  /\b(?:(?:truslerne|truslen|trusler|volden|sagen|sag|det|den|dette|denne|de|episoden|konflikten|that|it|this|they|threats|case|violence|matter)\s+(?:\S+\s+){0,5}?(?:er|blev|var|har\s+været|is|was|were|has\s+been|have\s+been|had\s+been)\s+(?:\S+\s+){0,4}?(?:ophørt|stoppet|overstået|afblæst|afsluttet|løst|lukket(?!\s+(?:inde|ude|væk))|stopped|ended|closed|called\s+off|resolved)|(?:that|it|they|this|det|de|den)\s+(?:stopped|ended|ophørte|stoppede)|(?:lukket|lukkede|afsluttet|afsluttede|closed)\s+(?:sagen|the\s+case))(?![\p{L}])/iu;
const RECURS =
  /\b(?:igen|again|stadig|still|fortsat|fortsætter|continues?|continuing|på\s+ny|genoptaget|tilbage\s+(?:igen|nu)|is\s+back|er\s+tilbage|now\s+(?:he|she|they)|nu\s+(?:har|er|truer)|men\s+nu|but\s+now|i\s+går|i\s+dag|yesterday|today|tonight|i\s+aften)\b/i;
const RESOLVED_DANGER =
  /(?<![\p{L}])(?:trus\p{L}*|tru(?:er|et|ede|ende)|dødstrus\p{L}*|threat\p{L}*|vold\p{L}*|violen\p{L}*|tvangsægteskab\p{L}*|tvangsgift\p{L}*|forced\s+marriage|æresrelateret\s+vold|honou?r[- ]related\s+violence|holdt\s+(?:hjemme|inde)|blev\s+holdt|kept\s+(?:at\s+home|home|in))(?![\p{L}])/giu;
function withoutResolvedDanger(text: string): string {
  if (!RESOLVED.test(text)) return text;
  return bySentence(text, (sentence) => {
    const end = RESOLVED.exec(sentence);
    if (!end || RECURS.test(sentence)) return sentence;
    const cut = end.index + end[0].length;
    return sentence.slice(0, cut).replace(RESOLVED_DANGER, ' ') + sentence.slice(cut);
  });
}

// "Imamgift", "imamviet": married by an imam, a religious marriage.
const IMAM_MARRIED = /\bimam(?:gift|giftet|viet|vielse)\b/gi;

// "As good as dead", "så godt som død": a threat to life.
const AS_GOOD_AS_DEAD = /\b(?:as\s+good\s+as\s+dead|så\s+godt\s+som\s+død)\b/gi;

// "Hun skal med hjem 'ellers'", "or else": the threat left unsaid, in quotes or trailing off.
const OR_ELSE = /['"‘’“”]\s*(?:ellers|or\s+else)\s*[.!…]*\s*['"‘’“”]|\b(?:ellers|or\s+else)\s*(?:\.\.\.|…)|\b(?:ellers|or\s+else)\s*,?\s*['"‘’“”]/gi;

// "Ellers tager de sagen i egen hånd", "or they'll take matters into their own hands": the family's threat, unquoted.
const OWN_HANDS =
  /\b(?:ellers|or\s+else|otherwise|or)\s+(?:\S+\s+){0,2}?(?:tager|take|will\s+take|['’]ll\s+take)\s+(?:de\s+|vi\s+)?(?:sagen|sagerne|matters|things)\s+(?:i|into)\s+(?:egen|egne|their\s+own|our\s+own)\s+(?:hånd|hænder|hands)\b/gi;

// "I mellemtiden holder familien hende hjemme", "holder min borger inde i huset": kept in, the subject or a longer
// object between verb and particle.
const KEPT_HOME_BY =
  /\b(holder|holdt|holdes)\s+(?:(?:familien|faren|moren|forældrene|manden|broren|brødrene|svigerfamilien|svigermoren|de|han)\s+)?(?:min\s+|vores\s+|sin\s+)?(?:hende|ham|borger|borgeren|kvinden|pigen|datteren|konen|svigerdatteren)\s+(hjemme|inde)\b/gi;

// "Hun kommer ikke ud mere", "slipper aldrig ud igen": kept in from now on.
const NOT_OUT_ANYMORE = /\b(?:kommer|slipper)\s+(?:ikke|aldrig)\s+ud\s+(?:mere|igen)\b|\b(?:ikke|aldrig)\s+(?:kommer|slipper)\s+ud\s+(?:mere|igen)\b/gi;

// "Kursus om tvangsægteskaber i november", "read about forced marriage in the newsletter": the topic of a course or the
// news, not the citizen's situation. Not a film or a series, which a citizen may tell as her own.
const TRAINING_ABOUT =
  /\b(?:kursus|kurset|oplæg|oplægget|temadag|undervisning|uddannelsesdag|course|training|workshop|seminar|webinar|news|newsletter|nyhederne|nyhedsbrev\w*|avisen|article|artikel|dokumentar\w*|documentary|news\s+story|staff\s+day|stil|stilen|essay|opgave|opgaven|projekt|project)\s+(?:\S+\s+){0,3}?(?:om|about|on)\s+(?:the\s+|an?\s+|en\s+|et\s+)?(?:æresdrab\w*|tvangsægteskab\w*|æresrelatere\w*|negativ\s+social\s+kontrol|honou?r\s+killings?|honou?r[- ]related\s+\w+|forced\s+marriages?)(?:\s+(?:og|and|eller|or)\s+(?:æresdrab\w*|tvangsægteskab\w*|æresrelatere\w*\s+\w+|honou?r\s+killings?|forced\s+marriages?))?(?:\s+case)?/gi;
// "A film about an honour killing on the staff day", "en film om tvangsægteskaber på sprogskolen i undervisningen": shown
// in training. A film a citizen tells as her own stays.
const SHOWN_IN_TRAINING =
  /\b(?:film\w*|serie\w*|series|dokumentar\w*|documentary|talt(?:\s+meget)?|snakket(?:\s+meget)?|drøftet|talked(?:\s+a\s+lot)?|discussed)\s+(?:about|om)\s+(?:an?\s+|en\s+|et\s+)?(?:æresdrab\w*|tvangsægteskab\w*|honou?r\s+killings?|forced\s+marriages?)\s+(?:på|on|at|i|in|til|during)\s+(?:the\s+|our\s+|vores\s+)?(?:staff\s+day|temadag\w*|undervisning\w*|kursus|kurset|course|training|class|team\s*meeting|teammøde\w*|personalemøde\w*|teamet|the\s+team|personalegruppen)\b/gi;

// "En æresdrabssag fra nyhederne", "an honour killing in the news": the news, in the other order.
const IN_THE_NEWS =
  /\b(?:et\s+|en\s+|an?\s+|the\s+)?(?:æresdrab\w*|tvangsægteskab\w*|honou?r\s+killings?|forced\s+marriages?)\s+(?:\S+\s+){0,1}?(?:fra|i|in|on|from)\s+(?:the\s+)?(?:nyhederne|avisen|tv-avisen|the\s+news|tv|the\s+paper)\b/gi;

// "Ellers findes hun ikke mere": she will not exist, a threat to her life.
const WONT_EXIST = /\bfindes\s+(?:hun|han|du)\s+ikke\s+(?:mere|længere)\b|\b(?:hun|han|du)\s+findes\s+ikke\s+(?:mere|længere)\b/gi;

// "She's only let out of the house for doctor visits": kept in.
const ONLY_LET_OUT = /\bonly\s+let\s+out\b/gi;

// "They'll do worse if she talks".
const DO_WORSE = /\b(?:will|['’]ll|would|['’]d)\s+do\s+(?:something\s+)?worse\b|\bgør\s+(?:noget\s+)?værre\b/gi;

// "Sørger vi for at du ikke kan gå mere": we will make sure you cannot …, the family's threat.
const MAKE_SURE_YOU_CANT = /\bsørger\s+(?:vi|de|jeg|han)\s+for\s+at\s+(?:du|hun|han)\s+(?:ikke|aldrig)\s+(?:kan|kommer\s+til\s+at)\b|\b(?:we|they|i|he)(?:['’]ll|\s+will)\s+make\s+sure\s+(?:you|she|he)\s+(?:can['’]t|cannot|can\s+not|won['’]t|never)\b/gi;

// "I can only come out when they say", "må kun komme ud når de siger det": kept in.
const OUT_ONLY_WHEN_THEY_SAY =
  /\b(?:can|may)\s+only\s+(?:come|go)\s+out\s+when|\b(?:(?:kan|må)\s+kun|kun\s+(?:kan|må))\s+(?:komme|gå)\s+ud,?\s+når|\b(?:(?:kan|må)\s+kun|kun\s+(?:kan|må))\s+forlade\s+(?:lejligheden|huset|hjemmet)|\bonly\s+allowed\s+(?:to\s+)?(?:leave|go\s+out)|\b(?:hun|han|she|he)\s+(?:bliver|stays|is\s+staying)\s+(?:inde|inside)\s+(?:nu|now|til|until|indtil)\b|\b(?:keeping|keeps|kept|holder|holdt)\s+(?:him|her|ham|hende)\s+(?:in|i)\s+(?:the\s+)?(?:basement|cellar|kælderen|kælder)\b/gi;

// Case-note shorthand for a home: "ude af lejl.", "i lejl".
const FLAT_SHORT = /\blejl\b\.?/gi;
// "Nej fra fam.": the family.
const FAMILY_SHORT = /\bfam\b\.?/gi;

// "Så er det slut med hende", "it's over for her": the family's threat.
const OVER_FOR_HER = /\b(?:er\s+det\s+slut\s+med|it['’]s\s+over\s+for|it\s+is\s+over\s+for)\s+(?:hende|ham|dig|her|him|you)\b/gi;

// "If she's with that boy again she is dead": the condition first.
const IF_THEN_DEAD = /\b(?:if|hvis)\s+(?:\S+\s+){1,10}?(?:(?:she|he|you)\s*(?:is|are|['’]?s|['’]re)|(?:så\s+)?er\s+(?:hun|han|du))\s+(?:dead|død)\b/gi;

// "Whoever 'deals with him'", quoted: the family's threat.
const QUOTED_DEAL = /['"‘’“”]\s*(?:deal|deals|dealt)\s+with\s+(?:him|her)\s*['"‘’“”]/gi;

// The family's vague menace, quoted by staff: "brødrene 'tager sig af resten'", "familien 'ved hvad der skal ske'", "'der
// kan ske noget'", "'få ordnet det'", "'bliver det klaret på den gamle måde'", "'gøre noget' hvis hun …", "he'd be 'dealt
// with'", "'planning something'", "'bring him home one way or another'", "'fjernes'". In quotes only: "vi har fået ordnet
// det med boligen" and "I dealt with it" are plain speech. Inside the quotes no other quote mark, so an apostrophe in
// "she's" never opens one.
// Words that also name plain errands ("'han tager sig af familiens papirer'", "'gøre noget ved CV'et'") count only where
// the quote closes on them.
const QUOTE_CLOSES = String.raw`(?=\s*[.!?…]*['"‘’“”«»])`;
const MENACE_KERNEL = [
  // "'Disowned or worse'", "'de tager mig'", "'aldrig skal vise sig igen'": quoted, the family's menace.
  String.raw`(?:or|eller)\s+(?:worse|værre)${QUOTE_CLOSES}|de\s+tager\s+mig|they['’]re\s+taking\s+me|(?:aldrig|never)\s+(?:skal\s+)?(?:vise\s+sig|show\s+(?:her|his)\s+face)(?:\s+(?:igen|her|again))?`,
  String.raw`(?:tage[rs]?|tog)\s+sig\s+af(?:\s+(?:resten|hende|ham|det|sagen|søsteren|broren))?${QUOTE_CLOSES}`,
  String.raw`ved\s+hvad\s+(?:der\s+(?:så\s+)?(?:skal\s+ske|sker)|(?:han|de|vi|hun)\s+skal\s+gøre)|knows?\s+what\s+(?:(?:has|needs)\s+to|will|is\s+going\s+to)\s+happen|know\s+what\s+happens|knows?\s+what\s+to\s+do`,
  String.raw`(?:skal|må|bør|should|had\s+better|better)\s+passe\s+på${QUOTE_CLOSES}|(?:should|had\s+better|better)\s+watch\s+(?:out|(?:her|your|his)\s+back)${QUOTE_CLOSES}`,
  String.raw`(?:der\s+)?kan\s+ske\s+noget|noget\s+kan\s+ske|something\s+(?:could|might|will|can|may)\s+happen`,
  String.raw`(?:få|får|fik)\s+(?:det\s+)?ordnet(?:\s+det)?|(?:ordnet|ordne[rs]?|klaret|klare[rs]?)\s+(?:det\s+)?på\s+den\s+gamle\s+måde|bliver\s+det\s+(?:klaret|ordnet)|the\s+old\s+way`,
  String.raw`(?:gøre\s+noget|do\s+something|planlægger\s+noget|planning\s+something|settled\s+things)${QUOTE_CLOSES}`,
  String.raw`(?:skal\s+)?(?:ordnes|straffes|afstraffes|punished|sorted\s+out)${QUOTE_CLOSES}|hvad\s+der\s+skal\s+ske\s+med\s+(?:hende|ham)|(?:vi|we)\s+(?:finder|find|will\s+find|['’]ll\s+find|skal\s+nok\s+finde)\s+(?:dig|you)`,
  String.raw`one\s+way\s+or\s+another|på\s+den\s+ene\s+eller\s+(?:den\s+)?anden\s+måde`,
  // "'We know where you live'", "'vi ved hvor hun går i skole'": written to her or about her child, a menace.
  String.raw`(?:vi|we)\s+(?:ved|kender|know)\s+(?:godt\s+|exactly\s+|præcis\s+)?(?:hvor|where)\s+(?:du|hun|han|i|you|she|he|they|de|dine\s+børn|your\s+kids)\s+(?:\S+\s+){0,2}?(?:bor|er|går|arbejder|sover|lives?|is|are|goes|go|works?|sleeps?|stays?)`,
  // "De 'gør noget ved hende'", "'vi henter hende'", "'we're coming for you'".
  String.raw`(?:gør|gøre|gjorde)\s+noget\s+ved\s+(?:hende|ham|dig|mig)|(?:vi\s+|de\s+)?(?:henter|hente|kommer\s+og\s+henter)\s+(?:hende|ham|dig)|(?:we|they)(?:['’]re|\s+are|['’]ll|\s+will)\s+(?:coming\s+for|come\s+for|fetch|get)\s+(?:her|him|you)`,
  // "'Sagen i egen hånd'", "'take matters into our own hands'".
  String.raw`(?:(?:tager|tage|tog|take|takes|took|taking)\s+(?:de\s+|vi\s+)?)?(?:sagen|sagerne|matters|things)\s+(?:i|into)\s+(?:egen|egne|deres\s+egen|vores\s+egen|their\s+own|our\s+own|own)\s+(?:hånd|hænder|hands)`,
  String.raw`(?:fjernes|fjernet|fjerne\s+(?:hende|ham)|removed|got(?:ten)?\s+rid\s+of|dealt\s+with|taken\s+care\s+of|handled|(?:skal\s+)?tages\s+hånd\s+om|taget\s+hånd\s+om)${QUOTE_CLOSES}`,
].join('|');
const QUOTED_MENACE = new RegExp(
  String.raw`(?<![\p{L}\d])['"‘’“”«»][^'"‘’“”«»\n]{0,100}?(?<![\p{L}])(?:${MENACE_KERNEL})(?![\p{L}])[^'"‘’“”«»\n]{0,40}?['"‘’“”«»](?![\p{L}])`,
  'giu',
);

// The writer's own guess at the level, or a colleague's, is not the situation: "det er vel akut?", "det er nok rødt",
// "surely this is an emergency?", "rød???", "min kollega siger det er akut", "Kollega siger orange", "my colleague thinks
// it's a forced marriage case", "alle på kontoret siger 'æresrelateret vold'", "Tvangsægteskab? Nok ikke." The level
// follows what the message says happens; a guess stated without a hedge ("det er akut") stays.
const GUESSED_LEVEL = String.raw`(?:an?\s+|en\s+|et\s+)?(?:akut|acute|emergency|urgent|rødt?|orange|gult?|red|yellow|(?:a\s+)?forced\s+marriage(?:\s+case)?|tvangsægteskab\w*|æresrelatere\w*\s+vold|honou?r[- ]related\s+violence|æresdrab\w*|honou?r\s+killing)`;
const WRITER_GUESS = new RegExp(
  [
    String.raw`\b(?:det|dette|this|it|that)\s+(?:er|is|['’]s)\s+(?:vel|nok|sikkert|måske|surely|probably|maybe|perhaps|likely)\s+${GUESSED_LEVEL}\b`,
    String.raw`|\b(?:surely|probably|maybe|perhaps)\s+(?:this|it|that)\s+(?:is|['’]s)\s+${GUESSED_LEVEL}\b`,
    String.raw`|\b(?:(?:min|vores|en|my|our|a)\s+(?:kollega|kollegaer|kolleger|colleague|colleagues|team\s*leader|teamleder|leder|manager|\S+-medarbejder|\S+medarbejder)|kollega(?:en)?|teamet|the\s+team|alle\s+på\s+kontoret|everyone\s+(?:here|at\s+the\s+office))\s+(?:siger|sagde|mener|synes|tænker|tror|says|said|thinks|think|believes|feels)\s+(?:at\s+|that\s+)?(?:det\s+er\s+|det\s+|it['’]s\s+|it\s+is\s+|this\s+is\s+|it\s+)?['"‘’“”]?${GUESSED_LEVEL}\b['"‘’“”]?`,
    String.raw`|^\s*(?:rødt?|orange|gult?|red|yellow|akut|acute)\s*\?+(?=\s*\S[\s\S]{20,})`,
    String.raw`|\b(?:jeg|I)\s+(?:tænker|tror|synes|mener|think|believe|feel|guess)\s+(?:at\s+|that\s+)?(?:det|it|this)\s+(?:er|is|['’]s)\s+(?:nok\s+|vel\s+|probably\s+)?${GUESSED_LEVEL}\b`,
    String.raw`|\b(?:tvangsægteskab\w*|forced\s+marriage|æresdrab\w*|honou?r\s+killing)\s*\?+\s*(?:nok|næppe|probably|prob\.?|likely)?\s*(?:ikke|not)\b`,
  ].join(''),
  'gi',
);

// "He is being held at his uncle's place", "hun bliver holdt hos sin onkel": kept somewhere against her will. Not a
// meeting being held.
const BEING_HELD =
  /\b(?:he|she|they|client|citizen|girl|boy|son|daughter|hun|han|de|borgeren|pigen|drengen|datteren|sønnen)(?:\s*\([^)]{0,20}\))?\s+(?:is|was|are|were|['’]s|['’]re|bliver|blev|er\s+blevet)\s+(?:being\s+)?(?:held|kept|holdt)\s+(?:at|in|by|against|hos|af|inde|i|på)\b/gi;

// The writer's own fright is not the citizen's: "jeg sidder og ryster", "I'm literally shaking", "I'm freaking out",
// "jeg er helt chokeret"; "jeg er bange for at det er noget slemt" is a worry. Not the citizen, who "sidder og ryster".
const WRITER_SHAKEN =
  /\b(?:jeg|i)(?:\s+sidder\s+og\s+|\s+am\s+|['’]m\s+|\s+)(?:literally\s+|helt\s+|så\s+|so\s+|really\s+)?(?:ryster|skælver|shaking|trembling|freaking\s+out|i\s+panik|panicking|chokeret|shocked|rystet)\b|\b(?:jeg\s+er\s+(?:så\s+|helt\s+)?bange\s+for\s+at|i['’]m\s+(?:so\s+)?(?:scared|afraid)\s+(?:that|it)|i\s+am\s+(?:so\s+)?(?:scared|afraid)\s+(?:that|it))\b/gi;

// "Der er ikke noget med e-boks eller praktik", "jeg ser intet om kontrol af post, partner eller forbud", "I haven't
// seen anything about her mail being controlled", "jeg skrev ikke at hun ikke MÅ komme i praktik", "jeg skrev kun
// tvangsægteskab fordi jeg spurgte generelt": signs the writer says are not there, to the end of the clause (a new
// clause after a comma is not in it: "det er ikke noget med ægteskab at gøre, det er at faren har låst hende inde").
const NOTHING_ABOUT =
  /\b(?:(?:der\s+er\s+)?ikke\s+noget\s+(?:med|om)|intet\s+om|(?:jeg\s+)?ser\s+intet\s+om|har\s+ikke\s+(?:set|hørt)\s+noget\s+om|(?:haven['’]t|have\s+not|hasn['’]t|has\s+not)\s+(?:seen|heard)\s+anything\s+about|(?:jeg\s+)?skrev\s+(?:ikke|kun)|i\s+(?:didn['’]t|did\s+not)\s+write|i\s+only\s+wrote)\s+[^.!?\n;–—]*?(?=[.!?\n;–—]|,?\s+(?:men|but)\s|,\s+(?:det|der|hun|han|de|she|he|they|it|og\s+(?:hun|han|det|de))\s|$)/gi;

// "Send money to relatives in Syria", "sender alle pengene til familien i Marokko": money sent abroad, not a person.
const SEND_MONEY =
  /\b(?:send|sends|sending|sent|sender|sendte|sendt)\s+(?:all\s+|alle\s+|a\s+lot\s+of\s+|en\s+del\s+af\s+|halvdelen\s+af\s+|half\s+(?:of\s+)?)?(?:the\s+|her\s+|his\s+|sin\s+|hendes\s+|hans\s+)?(money|penge|pengene|løn|lønnen|wages|salary)\b/gi;

// An earlier answer quoted back: "du svarede rødt", "Du sagde jeg skulle ringe til døgnvagten", "Bot said early concern",
// "Tidligere svar: orange", "you said call Merete immediately", "Hvorfor akut?". What the bot said before is not the
// situation; what the writer goes on to describe is.
// Only an answer the bot could have given: a level, a contact, a step; and nothing in it that happened ("du sagde jeg
// skulle gå til politiet hvis han truede mig igen" in a citizen's own words is hers).
const BOT_ADVICE = String.raw`(?:rød|rødt|red|gul|gult|yellow|orange|akut|acute|mistanke|suspicion|bekymring|concern|døgnvagt\w*|politi\w*|police|leder\w*|manager|merete\w*|nana\w*|fiolla\w*|anne|viso|etnisk|sikkerhedsplan|safety\s+plan|underretning|report)`;
const HAPPENED = String.raw`(?:trus|true|truet|truede|slå|slog|dræb|ihjel|tvang|tvun|låst|locked|threat|kill|beat|hit|forced|gift|marr|pas\b|passport)`;
const BOT_SAID = new RegExp(
  String.raw`\b(?:(?:du|bot(?:ten)?|the\s+bot|you)\s+(?:svarede|sagde|skrev|gav\s+mig|said|answered|wrote|gave\s+me|told\s+me(?:\s+to)?)|(?:svaret|tidligere\s+svar|the\s+answer|your\s+answer|dit\s+svar)\s*(?:var|was|er|is)?\s*:?|(?:hvorfor|why)\s+(?:er\s+det\s+|is\s+(?:it|this)\s+)?)(?=[^.!?\n,;–—]{0,60}?\b${BOT_ADVICE})(?![^.!?\n,;–—]{0,60}?${HAPPENED})\s*[^.!?\n]{0,60}?(?=[.!?\n,;–—]|\s+(?:men|but)\s|$)`,
  'gi',
);

// "The social emergency service" is a contact's name: "emergency" there is not a danger.
const SOCIAL_EMERGENCY_SERVICE = /\bsocial\s+emergency\s+(?=service|services|duty)/gi;

// "Dø af skam", "truet med at dø af skam", "would die of shame": the family's shame, not a threat to a life.
const DIE_OF_SHAME =
  /\b(?:(?:truet|truer|truede|threatened|threatens)\s+(?:med\s+at\s+|to\s+)?)?(?:dø|dør|døde|die|dies|died|would\s+die)\s+(?:af|of)\s+(?:skam|shame|skam\w*)\b/gi;

// A threat to sue, report, fire or drop from a team: not violence. "Truede med at smide hende ud" (of the home) stays.
const THREAT_TO_SUE =
  /\b(?:truet|truer|truede|threatened|threatens|threatening)\s+(?:med\s+at\s+|to\s+)['"‘’“”]?(?:sagsøge|anmelde\s+(?:hende|ham)\s+til\s+(?:skat|kommunen)|fyre|smide\s+(?:hende|ham)\s+(?:af|ud\s+af)\s+(?:holdet|klubben|skolen)|ruin|sue|fire|kick\s+(?:her|him)\s+off\s+the\s+team|drop\s+(?:her|him)\s+from\s+the\s+team)\b/gi;

// "Hvor mange tvangsægteskaber bliver der anmeldt om året?", "how common are honour killings": a question for a
// statistic, read like a course's topic.
const HOW_MANY =
  /\b(?:hvor\s+mange|how\s+many|how\s+common|hvor\s+almindelig\w*|hvor\s+udbredt\w*|statistik\w*|statistics|antallet\s+af|the\s+number\s+of)\s+(?:\S+\s+){0,3}?(?:æresdrab\w*|tvangsægteskab\w*|æresrelatere\w*\s+\w+|honou?r\s+killings?|honou?r[- ]related\s+\w+|forced\s+marriages?|sager|cases)\b/gi;

// "Er ikke set i fem uger", "har ikke været set siden", "nobody has seen her for weeks", "hasn't been seen for six weeks": no one sees her, read as
// isolation. Not "jeg har ikke set hende i to uger" (the writer has not). "Svigermor sagde at hun ikke må tale i telefon
// mere": cut off by the family.
const NOT_SEEN_FOR_WEEKS =
  /\b(?:er|har)\s+ikke\s+(?:været\s+|blevet\s+)?set\s+(?:(?:i|af\s+nogen\s+i)\s+(?:\S+\s+)?(?:uger|måneder)|siden)\b|\b(?:has|have)n['’]t\s+been\s+seen\s+since\b|\bingen\s+har\s+hørt\s+fra\s+(?:hende|ham)\s+i\s+(?:\S+\s+)?(?:dage|uge|uger|måned|måneder)\b|\b(?:nobody|no\s+one)\s+has\s+heard\s+from\s+(?:her|him)\s+(?:in|for)\s+(?:\S+\s+)?(?:days|weeks?|months?)\b|\bingen\s+har\s+set\s+(?:hende|ham)\s+i\s+(?:\S+\s+)?(?:uger|måneder)\b|\b(?:nobody|no\s+one)\s+has\s+seen\s+(?:her|him)\s+(?:in|for)\s+(?:\S+\s+)?(?:weeks|months)\b|\b(?:has|have)n['’]t\s+been\s+seen\s+(?:in|for)\s+(?:\S+\s+)?(?:weeks|months)\b/gi;
const NO_PHONE_ANYMORE =
  /\bikke\s+(?:må|får\s+lov\s+til\s+at)\s+(?:tale|snakke)\s+i\s+telefon(?:en)?\s+(?:mere|længere)\b|\b(?:is\s+not|isn['’]t)\s+allowed\s+to\s+(?:talk|speak)\s+on\s+the\s+phone\s+(?:anymore|any\s+more|any\s+longer)\b/gi;

// "Sygefraværet er steget voldsomt", "voldsomt meget": a degree, not violence ("vold" begins "voldsom").
const VIOLENTLY_MUCH =
  /(?<=\b(?:steget|stiger|steg|faldet|falder|faldt|øget|øges|ændret|forandret|vokset)\s+)voldsomt\b|\bvoldsomt(?=\s+(?:meget|mange|stort|stor|højt|høj|travlt|ked|trist|glad|bekymret|presset|stresset)\b)/gi;

// "Virker bange for at sige noget forkert", "seems afraid to say anything about it", "scared of saying too much": wary of
// speaking, not fear of the family ("bange for sin bror" stays).
const WARY_OF_SPEAKING =
  /\b(?:bange|skræmt|nervøs|afraid|scared|frightened|nervous)\s+(?:for\s+at|to|of)\s+(?:sige|fortælle|tale|say|saying|tell|telling|speak|speaking|talk|talking)\s+(?:noget|mere|for\s+meget|anything|more|too\s+much|something)(?:\s+(?:forkert|wrong))?(?:\s+(?:about\s+it|om\s+det))?(?![\p{L}])/giu;

// "Familien presser hende til at blive gift, men hun kan godt sige nej": pressure she says she can refuse, read as the
// family's wish (a partner she may not freely choose, orange). Not "kan ikke sige nej", "can't say no".
const CAN_SAY_NO = /\b(?:kan|can|could)\s+(?:godt\s+|still\s+|always\s+|altid\s+)?(?:sige|say)\s+(?:nej|no)\b/i;
const PRESSES = /\b(?:presser|presset|pressede|presses|pressed|pressing|pressure[sd]?|pressuring)\b/gi;
function withRefusablePressure(text: string): string {
  if (!CAN_SAY_NO.test(text)) return text;
  return bySentence(text, (sentence) => (CAN_SAY_NO.test(sentence) ? sentence.replace(PRESSES, 'ønsker') : sentence));
}

// "En gift kvinde", "a married woman": her status, not a wedding.
const MARRIED_WOMAN = /\b(?:gift|married)\s+(kvinde|kvinder|mand|mænd|woman|women|man|men)\b/gi;

// "The key to the mailbox", "nøglen til postkassen": her post kept from her (orange), not the keys to her home.
const MAILBOX_KEY = /\b(?:key|keys|nøgle|nøglen|nøglerne)\s+(?:to|til)\s+(?:the\s+|her\s+|hendes\s+)?(?:mailbox|postbox|postkassen|postkasse)\b/gi;

// "Truet med at slå hånden af ham", "threatened to disown her", "cut him off": shut out of the family, no violence.
const DISOWN =
  /\b(?:(?:truet|truer|truede|threatened|threatens|threatening)\s+(?:med\s+at\s+|to\s+))?(?:slå\s+hånden\s+af\s+(?:ham|hende)|disown\s+(?:him|her)|cut\s+(?:him|her)\s+off)\b/gi;

// "Taget billeder af hendes opholdskort og pas": copies of her papers, not her passport taken.
const PHOTOS_OF_PAPERS =
  /\b(?:billeder|billede|fotos?|photos?|pictures?|kopi|kopier|copies|copy)\s+(?:af|of)\s+(?:hendes|hans|her|his)\s+(?:\S+\s+(?:og|and)\s+)?(?:pas|passport|opholdskort|residence\s+card)\b/gi;

// "Sagen er lidt rodet": messy ("rodet" stems like "rød", red).
const MESSY = /\b(?:rodet|rodede|rodet\p{L}*)(?![\p{L}])/giu;


// "Hun har slået op med ham": broken up, not beaten. Not "slog hende op ad væggen", nor "slået ud" (knocked out).
const BROKE_UP = /\b(?:slå|slår|slog|slået|slaa|slaar)\s+op(?:\s+med)?\b(?!\s+ad)/gi;

// "Blåt øje fra en kamp" (he boxes and won), "a black eye from a match": a sports injury.
const SPORTS_INJURY =
  /\b(?:blåt\s+øje|blå\s+mærker|black\s+eye|bruises?)\s+(?:fra|from|efter|after|i|in)\s+(?:en\s+|et\s+|a\s+|the\s+|sin\s+|his\s+|her\s+)?(?:kamp\w*|match\w*|fight\w*|boksekamp\w*|træning\w*|training|fodbold\w*|football|game|stævne\w*|tournament)\b/gi;

// "Tør ikke sige det hjemme": afraid to tell the family, not afraid to go home.
const TELL_AT_HOME = /\b(tør\s+ikke\s+(?:at\s+)?(?:sige|fortælle|nævne|spørge|tale\s+om)\b(?:\s+\S+){0,3}?)\s+(?:hjemme|derhjemme)\b/gi;

// "Kvinde 26 år, gift.", "(K, 27, gift)", "en mand hun ikke er gift med", "intet job før hun er gift": married as a status,
// not a wedding.
const MARRIED_STATUS = /(?:\b(?:år|years?(?:\s+old)?|\d+)\s*,\s*gift(?=\s*[,.)])|\b(?:hun|han)\s+ikke\s+er\s+gift\s+med\b|\bfør\s+(?:hun|han)\s+er\s+gift\b)/gi;

// "Kill it" (the printer), "dræbe den": a thing, not a person.
const KILL_A_THING = /\b(?:kill|killing)\s+it\b|\b(?:dræbe|dræber|slå)\s+den\b(?!\s+\w+)/gi;

// "Kan ikke finde ud af den", "when they find out": to figure out or learn, not "they will find me". Not "fundet ud af,
// hvor hun bor" (read before this as the family after her).
const FIND_OUT = /\b(?:finde|finder|fandt|fundet)\s+ud\s+af\b(?!,?\s+hvor)|\b(?:find|finds|found)\s+out\b(?!\s+where)/gi;

// "Droppet ud af gymnasiet", "meldt hende ud af sprogskolen", "dropped out of college", "vi ses altid ude": leaving a
// course, or meeting elsewhere, not being let out of the house.
const DROPPED_OUT =
  /\b(?:droppet|dropper|droppede|meldt|melder|meldte)\s+(?:sig\s+|hende\s+|ham\s+)?ud(?=\s+af\b)|\b(?:droppet|dropper|droppede)\s+(?:nok\s+|måske\s+|sikkert\s+|helt\s+)?ud\b|\b(?:drop|dropped|drops|dropping)\s+out\b|\bvi\s+ses\s+(?:altid\s+)?ude\b/gi;

// "Smider dem ud", "throws them away": letters thrown out, not a person thrown out of the home.
const THROWS_THEM_OUT = /\b(?:smider|smed|smidt|smide|throws?|threw|thrown)\s+(?:dem|den|det|them|it)\s+(?:ud|væk|out|away)\b(?!\s+(?:af|of)\s+(?:huset|hjemmet|lejligheden|the\s+house|the\s+flat|home))/gi;

// "Hans fætter venter altid udenfor døren, når vi har møde": waiting outside the meeting room (never alone, a yellow
// sign), not relatives outside her door at home.
const OUTSIDE_THE_MEETING =
  /\b(udenfor|uden\s+for|outside)\s+(?:døren|door|the\s+door)(?=\s*,?\s+(?:når|mens|under|while|when|during)\s+(?:vi|we|mødet|møderne|the\s+meetings?|our\s+meetings?|samtalen|samtalerne)\b)/gi;

// "Vil ikke have at han gifter sig uden for slægten", "marry outside the community": a partner only from within (orange).
const MARRY_OUTSIDE =
  /\b(?:gifter|gifte|giftes|marry|marries|marrying)\s+(?:sig\s+)?(?:uden\s*for|outside)\s+(?:slægten|familien|kredsen|miljøet|klanen|troen|religionen|the\s+family|the\s+community|the\s+clan|the\s+faith|community|religion|faith)\b/gi;

// "Vil ikke lade ham gifte sig igen", "won't let her marry the man she loves": a partner forbidden (orange).
const WONT_LET_MARRY =
  /\b(?:vil|ville)\s+ikke\s+lade\s+(?:ham|hende)\s+(?:gifte\s+sig|blive\s+gift)|\b(?:won['’]t|will\s+not|wouldn['’]t|don['’]t|doesn['’]t|do\s+not|does\s+not)\s+let\s+(?:her|him)\s+(?:marry|get\s+married)\b/gi;

// "Passe butikken", "passer sine søskende": to mind or look after, which stems like "pas" (a passport).
const MIND = /\bpass(?:e|er|ede)\b/gi;

// "Har forladt islam", "left the congregation": leaving a faith, not the home ("må ikke forlade hjemmet").
const LEFT_A_FAITH = /\b(?:forlad(?:e|er|t|te)|left|leaving|leave)\s+(?:islam|religionen|troen|kirken|menigheden|moskeen|the\s+(?:faith|religion|church|congregation|mosque))\b/gi;

// "Holder øje med hende", "keeps an eye on her": watching, not holding her ("holdes hjemme").
const KEEP_AN_EYE = /\b(?:hold(?:e|er|t|es)?|keeps?|kept)\s+(?:øje|an\s+eye)\s+(?:med|on)\b/gi;

// "Far vil slå hende": to hit her, read as a beating. Apart, "slå" is also "slå op" (break up): "tvinge hende til at slå op".
const HIT_HER = /\b(?:slå|slaa)\s+(?:hende|ham|dig|mig)\b/gi;

// "Hun tør ik sove hjemme": "ik" is chat for "ikke".
const IK = /\bik\b/gi;

// "Her phone is dead", "batteriet var dødt", "grinede os ihjel", "det rene mord": a phone, a laugh, a long run.
const DEAD_PHONE =
  /\b(?:phone|battery|screen|telefon\w*|mobil\w*|batteri\w*|printer\w*|laptop|computer\w*)\s+(?:is|was|er|var|has\s+been|har\s+været)?\s*(?:\S+\s+)?['"‘’“”]?(?:dead|død|dødt|døde|doed)\b/gi;
const LAUGHED_TO_DEATH = /\b(?:grine|griner|grinede|grint|le|ler|lo)\s+(?:os|sig|mig|dig|jer)\s+(?:\S+\s+)?ihjel\b|\bdet\s+rene\s+mord\b/gi;

// Cheap first looks, so most questions skip the idioms' longer patterns.
const MAY_TAKE_CHARGE = /kontrol|ansvar|styr|control|charge|responsib|ownership/i;
const MAY_HAVE_FLED = /fl[eyø]|escap/i;
const MAY_CUT_OFF = /\soff\b/i;
const MAY_GO_OUT_OVER = /ud\s+over/i;
const MAY_KILL_TIME = /ihjel|tiden|kill/i;
const MAY_MARRY = /gift|marr|ægteskab|bryllup|wedding|forlov|engage/i;
const MAY_BE_ALOUD = /aloud/i;
const MAY_SAY_NOTHING = /noget|intet|anything|skrev|wrote|write/i;
const MAY_SEND_MONEY = /money|penge|løn|wages|salary/i;
const MAY_QUOTE_BOT = /svarede|sagde|skrev|gav|said|answered|wrote|gave|told|svar|answer|hvorfor|why/i;
const MAY_BE_HELD = /held|kept|holdt/i;
const MAY_BE_SHAKEN = /ryster|skælver|shaking|trembling|freaking|panik|panicking|chokeret|shocked|rystet|bange\s+for\s+at|scared|afraid/i;
const MAY_BE_PARTNER = /kæreste|boyfriend|girlfriend/i;
const MAY_BE_DEAD = /død|doed|dod|dead|dør|\bdies?\b/i;
const MAY_BE_CHORE = /killing/i;
const MAY_MISS = /missing/i;
const MAY_SHUT = /luk/i;
const MAY_MOVE = /mov/i;
const MAY_STAY_IN = /ikke\s+g[åa]+\s+ud/i;
const MAY_JOIN = /tage\s+med/i;
const MAY_KEEP = /\bke[ep]/i;
const MAY_FLAG = /flag/i;
const MAY_GET_OUT = /det\s+(?:kommer|slipper)\s+ud/i;
const MAY_BE_LOCKED_OUT = /\s(?:ude|out)\s/i;
const MAY_VISIT = /hjem|home|house|place|flat|apart/i;
const MAY_BOSS = /chef|boss|manager|leder|supervisor|kollega|colleague/i;
const MAY_LOCK = /l[åa]+s|lock/i;
const MAY_STAY = /stay/i;
const MAY_LAUGH = /grin|laugh/i;
const MAY_GO_HOME = /hjem|home|seng|bed/i;
const MAY_LET_OUT = /\b(?:let|lad)\b/i;
const MAY_DO_AWAY = /\baf\s+med\b/i;
const MAY_SEE = /\bser?\b|opleve|fejre|\bsee\b/i;
const MAY_HIDE = /hiding|gem|skjul/i;
const MAY_COME_BACK = /\bback\b|tilbage|hjem|\bder|there/i;
const MAY_ASK_WHO = /hvem|who/i;
const MAY_LEGS = /\b(?:ben|legs|feet)\b/i;
const MAY_HAPPEN = /\bsker?\b|happen/i;
const MAY_BE_FINISHED = /færdig|finished/i;
const MAY_PURSUE = /fundet|fandt|found|tracked|leder|ledte|søger|søgte|jag|looking|searching|hunting|\bved\b|kender|knows?\b|følge|fulgte|follow/i;
const MAY_LET = /\blet|\blad|\blod\b|\bluk/i;
const MAY_FINISH = /finish|\bend\b/i;
const MAY_GO_OUT = /stadig|godt|gerne|fint|still|freely|ud\s+med/i;
const MAY_BE_HEATED = /voldsom/i;
const MAY_BE_SICK = /sick/i;
const MAY_BE_ALLOWED = /allowed/i;
const MAY_BEAT = /\bbank/i;
const MAY_CURFEW = /\b(?:ud|ude|out|forlade|leave|inde|inside|basement|cellar|kælder\w*)\b/i;
const MAY_LEAVE_FAITH = /forlad|left|leav/i;
const MAY_KEEP_EYE = /øje|eye/i;
const MAY_MIND = /\bpasse/i;
const MAY_BE_OVER = /slut\s+med|over\s+for/i;
const MAY_FLAT = /\blejl\b/i;
const MAY_FAM = /\bfam\b/i;
const MAY_MAKE_SURE = /sørger|make\s+sure/i;
const MAY_EXIST = /findes/i;
const MAY_BE_WORSE = /worse|værre/i;
const MAY_TRAIN = /kurs|oplæg|temadag|undervisning|uddannelsesdag|course|training|workshop|seminar|webinar|news|nyhed|avis|article|artikel|dokumentar|documentary|staff\s+day|\btv\b|paper|\bstil|essay|opgave|projec|projekt|talt|snakket|drøftet|talked|discussed/i;
const MAY_IMAM = /imam/i;
const MAY_OR_ELSE = /ellers|or\s+else/i;
const MAY_OWN_HANDS = /hånd|hænder|hands/i;
const MAY_HOLD = /hold/i;
const MAY_BE_ROOTS = /rødder/i;
const MAY_HELP = /hjælpe|passe|lave/i;
const MAY_BE_ALIVE = /\bi\s+live\b/i;
const MAY_PRICE = /pris|dusør|price/i;
const MAY_ACCIDENT = /accident|ulykke|uheld/i;
const MAY_PAY = /betale|pay/i;
const MAY_BE_HARD = /hårde|hard\s+way/i;
const MAY_BE_DONE = /færdig|finished|done/i;
const MAY_BE_GONE = /rejst|væk|gone|away|travel|left/i;
const MAY_HELP_ME = /hjælp|help/i;
const MAY_CAR = /bil|car\b/i;
const MAY_RETURN = /hvornår|when/i;
const MAY_BE_FOR_GOOD = /\bfor\s+(?:good|altid|bestandig)/i;
const MAY_HAVE_PHONE = /phone|telefon|mobil/i;
const MAY_LEAVE_COUNTRY = /landet|country/i;
const MAY_GUESS = /tænker|tror|synes|mener|think|believe|feel|guess|vel|nok|sikkert|måske|surely|probably|maybe|perhaps|likely|kollega|colleague|team|leder|manager|medarbejder|kontoret|office|\?/i;
const MAY_BE_ASHAMED = /skam|shame/i;
const MAY_THREATEN = /tru|threat/i;
const MAY_COUNT = /mange|many|common|almindelig|udbredt|statisti|antal|number/i;
const MAY_THROW = /smi|smed|throw|threw/i;
const MAY_BE_SEEN = /\bset\b|seen|hørt|heard/i;
const MAY_PHONE = /telefon|phone/i;
const MAY_FEAR = /bange|skræmt|nervøs|afraid|scared|frightened|nervous/i;
const MAY_KEY = /key|nøgle/i;
const MAY_DISOWN = /hånden|disown|cut\s+(?:him|her)\s+off/i;
const MAY_COPY = /billede|foto|photo|picture|kopi|cop(?:y|ies)/i;
const MAY_BE_MESSY = /rodet|rodede/i;
const MAY_BRUISE = /øje|mærker|eye|bruise/i;
const MAY_DARE = /tør/i;
const MAY_BREAK_UP = /sl(?:å|aa|og)/i;
const MAY_KILL_IT = /kill|dræbe|dræber|slå\s+den/i;
const MAY_FIND_OUT = /ud\s+af|\bout\b/i;
const MAY_DROP_OUT = /\bud\b|\bude\b|\bout\b/i;
const MAY_QUOTE = /['"‘’“”«»]/;
const MAY_DEAL = /deal|care\s+of|sig\s+af|fix|ordne/i;
const MAY_BE_ACUTE = /akut|acute|emergenc|nødsitu|urgent|haste/i;
const MAY_HIT = /sl(?:å|aa)\s/i;
const MAY_STAY_ABROAD = /blive|\bbo\b|stay|live/i;
const MAY_DENY_SIGN = /tegn|sign|indikation|indication|fare|danger|unsafe|utryg|bange|truet/i;
const MAY_LIVE = /\blive\b|surviv|\bleve\b/i;
const MAY_LAUGH_TO_DEATH = /ihjel|tiden|kill|\bmord\b/i;
const MAY_NOT_WANT = /n['’]t\s+want|not\s+want/i;
const MAY_BE_OUTSIDE = /outside|uden\s*for/i;
const MAY_NOT = /\bikke\b|\bnot\b|n['’]t\b|never|nothing/i;

/** An idiom read as what it means: where the cheap first look finds a hint, the pattern's matches become `as`. */
interface Reading {
  readonly look: RegExp;
  readonly pattern: RegExp;
  readonly as: string;
}

/** Readings in order: a later one sees what the earlier ones left ("hjemmebesøg" before "hjem", "husarrest" …). */
const FIRST_READINGS: readonly Reading[] = [
  // Before the single denials, which would take its "intet om" first.
  { look: MAY_SAY_NOTHING, pattern: NOTHING_ABOUT, as: ' ' },
  { look: MAY_BE_ALOUD, pattern: NOT_ALOUD, as: 'allowed' },
  { look: MAY_BE_PARTNER, pattern: PARTNER_WHO_TELLS, as: 'ven' },
  { look: /./, pattern: NEGATED_CUE, as: ' ' },
  // Before a marriage is read as hinted or quiet ("partner"): whom she may marry is read here, as its own sign.
  { look: MAY_MARRY, pattern: MAY_ONLY_MARRY, as: ' må ikke selv vælge partner ' },
  { look: MAY_DENY_SIGN, pattern: NO_SIGN_OF, as: ' ' },
  { look: MAY_DENY_SIGN, pattern: NOT_IN_DANGER, as: ' ' },
  { look: MAY_BE_ACUTE, pattern: EMERGENCY_FOOTER, as: ' ' },
  { look: MAY_BE_ACUTE, pattern: ASKED_OR_DENIED_ACUTE, as: ' ' },
  { look: MAY_GUESS, pattern: WRITER_GUESS, as: ' ' },
  { look: MAY_BE_ACUTE, pattern: SOCIAL_EMERGENCY_SERVICE, as: ' social ' },
  { look: MAY_BE_SHAKEN, pattern: WRITER_SHAKEN, as: ' bekymret ' },
  { look: MAY_QUOTE_BOT, pattern: BOT_SAID, as: ' ' },
  { look: MAY_SEND_MONEY, pattern: SEND_MONEY, as: ' overfører $1 ' },
  { look: MAY_BE_HELD, pattern: BEING_HELD, as: ' låst inde ' },
  { look: MAY_BE_ASHAMED, pattern: DIE_OF_SHAME, as: ' skam ' },
  { look: MAY_THREATEN, pattern: THREAT_TO_SUE, as: ' ' },
  { look: MAY_THROW, pattern: THROWS_THEM_OUT, as: ' kasserer ' },
  { look: MAY_DROP_OUT, pattern: DROPPED_OUT, as: ' stoppet ' },
  { look: MAY_BREAK_UP, pattern: BROKE_UP, as: ' brudt ' },
  { look: MAY_BRUISE, pattern: SPORTS_INJURY, as: ' sportsskade ' },
  { look: MAY_DARE, pattern: TELL_AT_HOME, as: '$1 i familien' },
  { look: MAY_MARRY, pattern: MARRIED_STATUS, as: ' hustru ' },
  { look: MAY_KILL_IT, pattern: KILL_A_THING, as: ' kassere ' },
  { look: MAY_BE_MESSY, pattern: MESSY, as: ' uoverskuelig ' },
  { look: MAY_MARRY, pattern: MARRIED_WOMAN, as: ' hustru ' },
  { look: MAY_KEY, pattern: MAILBOX_KEY, as: ' postnøgle ' },
  { look: MAY_DISOWN, pattern: DISOWN, as: ' udstøde ' },
  { look: MAY_COPY, pattern: PHOTOS_OF_PAPERS, as: ' kopi af papirer ' },
  { look: MAY_BE_HEATED, pattern: VIOLENTLY_MUCH, as: ' ' },
  { look: MAY_FEAR, pattern: WARY_OF_SPEAKING, as: ' forbeholden ' },
  { look: MAY_BE_SEEN, pattern: NOT_SEEN_FOR_WEEKS, as: ' isoleret i hjemmet ' },
  { look: MAY_PHONE, pattern: NO_PHONE_ANYMORE, as: ' isoleret af familien ' },
  { look: MAY_BE_OUTSIDE, pattern: OUTSIDE_THE_MEETING, as: '$1 lokalet' },
  { look: /./, pattern: HOLD_A_MEETING, as: '$1' },
  // Before the plain readings of its words ("passe" as minding a shop).
  { look: MAY_QUOTE, pattern: QUOTED_MENACE, as: ' trussel ' },
  { look: MAY_KEEP_EYE, pattern: KEEP_AN_EYE, as: ' overvåger ' },
  { look: MAY_MIND, pattern: MIND, as: ' varetage ' },
  { look: MAY_BE_OVER, pattern: OVER_FOR_HER, as: ' dødstrussel ' },
  { look: MAY_BE_DEAD, pattern: IF_THEN_DEAD, as: ' dødstrussel ' },
  { look: MAY_DEAL, pattern: QUOTED_DEAL, as: ' trussel ' },
  { look: MAY_FLAT, pattern: FLAT_SHORT, as: ' lejligheden ' },
  { look: MAY_FAM, pattern: FAMILY_SHORT, as: ' familien ' },
  { look: MAY_MAKE_SURE, pattern: MAKE_SURE_YOU_CANT, as: ' trussel ' },
  { look: MAY_CURFEW, pattern: OUT_ONLY_WHEN_THEY_SAY, as: ' låst inde ' },
  { look: MAY_EXIST, pattern: WONT_EXIST, as: ' dødstrussel ' },
  { look: MAY_LET, pattern: ONLY_LET_OUT, as: ' husarrest ' },
  { look: MAY_BE_WORSE, pattern: DO_WORSE, as: ' trussel ' },
  { look: MAY_TRAIN, pattern: TRAINING_ABOUT, as: ' kursus ' },
  { look: MAY_TRAIN, pattern: IN_THE_NEWS, as: ' kursus ' },
  { look: MAY_TRAIN, pattern: SHOWN_IN_TRAINING, as: ' kursus ' },
  { look: MAY_COUNT, pattern: HOW_MANY, as: ' kursus ' },
  { look: MAY_IMAM, pattern: IMAM_MARRIED, as: ' gift nikah ' },
  { look: MAY_BE_DEAD, pattern: AS_GOOD_AS_DEAD, as: ' dødstrussel ' },
  { look: MAY_OR_ELSE, pattern: OR_ELSE, as: ' trussel ' },
  { look: MAY_OWN_HANDS, pattern: OWN_HANDS, as: ' trussel ' },
  { look: MAY_HOLD, pattern: KEPT_HOME_BY, as: ' $1 $2 ' },
  { look: MAY_CURFEW, pattern: NOT_OUT_ANYMORE, as: ' husarrest ' },
  { look: MAY_BE_ALIVE, pattern: ALIVE, as: ' levende ' },
  { look: MAY_PRICE, pattern: PRICE_ON_HEAD, as: ' dødstrussel ' },
  { look: MAY_ACCIDENT, pattern: HAVE_AN_ACCIDENT, as: ' trussel ' },
  { look: MAY_PAY, pattern: PAY_FOR_IT, as: ' trussel ' },
  { look: MAY_BE_HARD, pattern: HARD_WAY, as: ' trussel ' },
  { look: MAY_BE_DONE, pattern: SHE_IS_DONE, as: ' trussel ' },
  { look: MAY_BE_GONE, pattern: SAID_TO_BE_GONE, as: ' forsvundet ' },
  { look: MAY_HELP_ME, pattern: HELP_ME, as: ' råber om hjælp ' },
  { look: MAY_CAR, pattern: INTO_THE_CAR, as: ' trukket ind i bilen ' },
  { look: MAY_RETURN, pattern: NO_RETURN_DATE, as: ' kommer ikke tilbage ' },
  { look: MAY_BE_OUTSIDE, pattern: UDEN_FOR, as: 'udenfor' },
  { look: MAY_BE_FOR_GOOD, pattern: FOR_GOOD, as: ' permanently ' },
  { look: MAY_BE_OUTSIDE, pattern: WORK_OUTSIDE_HOME, as: ' $1 ' },
  { look: MAY_HELP, pattern: WANTED_HOME_TO_HELP, as: ' familiepligter ' },
  { look: MAY_HAVE_PHONE, pattern: HER_PHONE, as: ' $1 mobile mobilen ' },
  { look: MAY_LEAVE_FAITH, pattern: LEFT_A_FAITH, as: ' frafald ' },
  { look: MAY_CURFEW, pattern: CURFEW, as: ' udgangsforbud ' },
  { look: MAY_BE_SICK, pattern: SICK_LEAVE, as: ' sygefravær ' },
  { look: MAY_BE_ROOTS, pattern: ROOTS, as: ' ophav ' },
  { look: MAY_TAKE_CHARGE, pattern: TAKE_CHARGE, as: '$1' },
  { look: MAY_HAVE_FLED, pattern: FLED_A_COUNTRY, as: '$1' },
  { look: MAY_CUT_OFF, pattern: CUT_OFF, as: '$1 withdrawn' },
  { look: MAY_CUT_OFF, pattern: MARRY_OFF, as: ' married away ' },
  { look: MAY_GO_OUT_OVER, pattern: GO_OUT_OVER, as: ' påvirker ' },
  { look: MAY_KILL_TIME, pattern: KILL_TIME, as: ' ' },
];

const MIDDLE_READINGS: readonly Reading[] = [
  { look: MAY_BE_DEAD, pattern: DEAD_IF, as: ' dødstrussel ' },
  { look: MAY_BE_CHORE, pattern: CHORE_KILLING, as: ' ' },
  { look: MAY_MISS, pattern: MISSING_DAYS, as: 'skipping' },
  { look: MAY_SHUT, pattern: SHUTS_HIMSELF_IN, as: ' isolerer sig ' },
  { look: MAY_MOVE, pattern: MOVE_OUT, as: ' flytte hjemmefra ' },
  { look: MAY_STAY_IN, pattern: STAYS_IN_THE_ROOM, as: ' bliver i lokalet ' },
  { look: MAY_JOIN, pattern: NOT_ALONG_ON_A_TRIP, as: ' må ikke deltage i ' },
  { look: MAY_KEEP, pattern: KEPT_DOING, as: ' ' },
  { look: MAY_FLAG, pattern: RED_FLAG, as: ' advarselstegn ' },
  { look: MAY_GET_OUT, pattern: GETS_OUT, as: ' $1 det rygtes ' },
  { look: MAY_BE_LOCKED_OUT, pattern: LOCKED_OUT_OF, as: '$1' },
  { look: MAY_VISIT, pattern: VISIT_HOME, as: ' hjemmebesøg ' },
  { look: MAY_BOSS, pattern: BOSS_KILLS_ME, as: ' ' },
  { look: MAY_KILL_TIME, pattern: JOB_KILLS, as: ' træt ' },
  { look: MAY_LOCK, pattern: LOCKED_IN_AT_WORK, as: ' ' },
  { look: MAY_STAY, pattern: STAYING_AT_A_FRIENDS, as: ' sleeping at $1 ' },
  { look: MAY_LAUGH, pattern: DIE_LAUGHING, as: ' ' },
  { look: MAY_MARRY, pattern: NO_WEDDING, as: ' ' },
  { look: MAY_MARRY, pattern: HAS_TO_MARRY, as: ' tvangsgift ' },
];

const LATE_READINGS: readonly Reading[] = [
  { look: MAY_DO_AWAY, pattern: DO_AWAY_WITH, as: ' dræbe ' },
  { look: MAY_GO_HOME, pattern: HOME_BEFORE, as: ' ' },
  { look: MAY_GO_HOME, pattern: OUT_OF_BED, as: ' træt ' },
  { look: MAY_LET_OUT, pattern: LET_ME_OUT, as: ' låst inde ' },
  { look: MAY_SEE, pattern: WONT_SEE_THE_DAY, as: ' dødstrussel ' },
  { look: MAY_HIDE, pattern: HIDING, as: ' skjulested ' },
];

const LAST_READINGS: readonly Reading[] = [
  { look: MAY_LEGS, pattern: NOT_ON_OWN_LEGS, as: ' dødstrussel ' },
  { look: MAY_HAPPEN, pattern: OR_SOMETHING_HAPPENS, as: ' trussel ' },
  { look: MAY_BE_FINISHED, pattern: YOU_ARE_FINISHED, as: ' trussel ' },
  { look: MAY_PURSUE, pattern: PURSUED, as: ' forfølger ' },
  { look: MAY_PURSUE, pattern: FOUND_WHERE_SHE_IS, as: ' forfølger ' },
  { look: MAY_BEAT, pattern: BEAT_HIM, as: ' tæsk ' },
  { look: MAY_LEAVE_COUNTRY, pattern: OUT_OF_THE_COUNTRY, as: ' udlandet ' },
  { look: MAY_DEAL, pattern: WILL_DEAL_WITH, as: ' trussel ' },
  { look: MAY_GO_HOME, pattern: BETTER_NOT_COME_HOME, as: ' tør ikke hjem ' },
  { look: MAY_LOCK, pattern: LOCK_HER_DOOR, as: ' låst inde ' },
  { look: MAY_LET, pattern: NOT_LET_OUT, as: ' husarrest ' },
  { look: MAY_HIT, pattern: HIT_HER, as: ' tæsk ' },
  { look: MAY_BE_ALLOWED, pattern: NOT_ALLOWED_OUT, as: ' husarrest ' },
  { look: MAY_GO_HOME, pattern: WONT_GO_HOME, as: ' tør ikke hjem ' },
  { look: MAY_GO_OUT, pattern: FREE_TO_GO_OUT, as: ' ' },
  { look: MAY_BE_HEATED, pattern: HEATED_ROW, as: 'heftigt ' },
  { look: MAY_LIVE, pattern: WONT_LIVE, as: ' dødstrussel ' },
  { look: MAY_FINISH, pattern: FINISH_HER, as: ' trussel ' },
];

const CLOSING_READINGS: readonly Reading[] = [
  { look: MAY_FIND_OUT, pattern: FIND_OUT, as: ' erfare ' },
  { look: MAY_BE_DEAD, pattern: DEAD_PHONE, as: ' ' },
  { look: MAY_LAUGH_TO_DEATH, pattern: LAUGHED_TO_DEATH, as: ' ' },
  { look: MAY_ASK_WHO, pattern: WHOM_SHE, as: ' ' },
  { look: MAY_NOT_WANT, pattern: NOT_WANT_HER_TO, as: ' not allowed ' },
  { look: MAY_BE_OUTSIDE, pattern: PARTNER_FROM_OUTSIDE, as: '$1' },
];

function read(text: string, readings: readonly Reading[]): string {
  let kept = text;
  for (const { look, pattern, as } of readings) if (look.test(kept)) kept = kept.replace(pattern, as);
  return kept;
}

/** What the writer takes back, jokes about, says is over or can refuse, read before any idiom, in this order. */
const WHOLE_TEXT_PASSES: readonly ((text: string) => string)[] = [withoutJokes, withoutRetractedClaims, withoutResolvedDanger, withRefusablePressure];

/** A marriage named with no trip abroad and no pressure: what the partner-choice readings below may soften. */
const quietMarriage = (text: string): boolean => MAY_MARRY.test(text) && !TRIP.test(text) && !PRESSURE.test(text);

export function plainWords(text: string): string {
  const spelled = text.replace(NO_APOSTROPHE, "$1n't").replace(WE_ARE, '$1 are').replace(IK, 'ikke');
  let kept = read(
    WHOLE_TEXT_PASSES.reduce((passed, pass) => pass(passed), spelled),
    FIRST_READINGS,
  );
  if (MAY_MARRY.test(kept) && CHOSEN_MARRIAGE.test(kept) && !MARRIAGE_DOUBT.test(kept)) kept = kept.replace(MARRIAGE_WORDS, ' ');
  if (MAY_MARRY.test(kept) && MARRIAGE_HEDGE.test(kept)) {
    const undenied = kept.replace(MARRIAGE_DENIALS, ' ');
    if (!MARRIAGE_CONCRETE.test(undenied) && !PRESSURE.test(undenied) && !TRIP.test(undenied) && !NOT_WANTED.test(undenied)) kept = kept.replace(MARRIAGE_WORDS, ' partner ');
  }
  kept = read(kept, MIDDLE_READINGS);
  if (quietMarriage(kept)) {
    kept = kept.replace(SOMEONE_ELSES_WEDDING, ' familiefest ').replace(SOMEONE_ELSE_MARRIES, ' familiefest ');
  }
  kept = read(kept, LATE_READINGS);
  if (MAY_COME_BACK.test(kept) && TRIP.test(kept)) kept = kept.replace(NOT_COMING_BACK, ' envejsbillet ');
  kept = read(kept, LAST_READINGS);
  if (MAY_STAY_ABROAD.test(kept) && TRIP.test(kept)) kept = kept.replace(STAY_ABROAD, ' envejsbillet ');
  kept = read(kept, CLOSING_READINGS);
  if (quietMarriage(kept)) kept = kept.replace(WHOM_SHE_MARRIES, ' må ikke selv vælge partner ');
  if (quietMarriage(kept) && !MARRIAGE_CONCRETE.test(kept.replace(MARRIAGE_DENIALS, ' '))) {
    kept = kept.replace(HER_WISH_TO_MARRY, '$1 være sammen med ');
  }
  if (quietMarriage(kept)) {
    kept = kept.replace(MARRY_OUTSIDE, ' partner inden for familien ').replace(WONT_LET_MARRY, ' må ikke vælge kæreste ');
  }
  if (quietMarriage(kept) && MAY_NOT.test(kept)) {
    kept = kept.replace(MAY_NOT_MARRY, ' må ikke vælge kæreste ');
    if (!NOT_WANTED.test(kept)) kept = kept.replace(NOT_A_WEDDING, ' ');
  }
  return kept;
}
