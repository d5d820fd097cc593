// Forms, checklists and templates pasted from a case system: "Trusler: nej", "Vold | -", "Tvang: ?", "[ ] threats",
// "☐ forced marriage", "trusler nej, vold nej". Read word by word, every such field would count as the danger it
// names. A field answered no, unknown or fine is no evidence: its label comes out with its answer, and whatever follows
// the answer stays ("Trusler: nej – men i dag truede broren hende" keeps its threat).
//
// A field that names a freedom, answered no, is the danger itself: "Møder alene op: nej", "Må gå ud alene: nej", "Tør
// tage hjem: nej" are read negated ("ikke møder alene op"). A freedom label that is already denied ("Må ikke gå til
// dansk: nej", "[ ] not allowed Danish") is a double denial, the freedom kept, and comes out. Any other denial in a
// label ("Ikke truet: nej") is left as written: the matcher reads it as it stands.

/** Answers that say no. Symbols: a cross in a checklist column. */
const NO = String.raw`nej|no|nope|none|ingen|intet|ej|n\/a|-+|–|—`;
/** A cross in a checklist column: no, whatever follows it ("Rødt: ✗ ingen tegn på tvang"). */
const CROSS = '✗|✘|❌|✖';
/** Answers that say nothing is known: no evidence either way. */
const UNKNOWN = String.raw`ukendt|unknown|uvist|uklart|unclear|\?+|ved\s+ikke|don['’]?t\s+know|(?:ikke|not)\s+(?:oplyst|kendt|afklaret|undersøgt|known(?:\s+to\s+be\s+[a-zA-Z\u00C0-\u024F]+)?|stated|asked|clear)`;
/** "Ingen kendte", "none mentioned", "ikke set": no, as forms say it. */
const NONE_SEEN = String.raw`(?:ikke|not)\s+(?:nævnt|set|relevant|aktuelt|observeret|mentioned|seen|relevant|observed)|none\s+(?:known|mentioned|reported|seen|observed)|no\s+known|(?:ingen|intet)\s+(?:kendte?|oplyst|nævnt|set|observeret)|ingen\s+vi\s+kender\s+til|not\s+that\s+we\s+know(?:\s+of)?`;
/** Answers that say the field is in order ("E-boks: selv", "Work trial: attending"). Not for plans: "Rejse: ok". */
const FINE = String.raw`ok|okay|fine|fint|godt|good|normal|normalt|i\s+orden|(?:hun\s+|han\s+)?selv|(?:sin|hendes|hans)\s+egen|(?:her|his)\s+own|own|self|ingen\s+(?:problemer|bemærkninger)|no\s+(?:issues|problems|concerns)|deltager|attends|attending|går\s+til\s+det`;

/** The end of an answer: the cell, line or clause ends, or "men …" goes on with something else. */
const ANSWER_END = String.raw`(?=\s*['"‘’“”]?\s*(?:$|[\n|\t;,.)(!]|[-–—](?:\s|$)|(?:men|but|og|and)\s))`;

// A label starts a line, a cell ("|", tab), a clause ("; ", ", ", ". ", ": ") or a bullet, and is up to ten words without
// sentence punctuation; a colon, equals sign, pipe or tab separates it from its answer, or a question mark from an
// answer in words.
const FIELD = new RegExp(
  String.raw`(^|[\n|\t;•·,]|[.:]\s)(\s*(?:[-*–•·]|\d+[.)])?\s*)([a-zA-Z\u00C0-\u024F][^\n|\t:;?!.,"“”=]{0,80}?)\s*([:=|\t?])\s*['"‘’“”]?\s*(?:(${NONE_SEEN}|${UNKNOWN}|${FINE}|${NO})${ANSWER_END}|(${CROSS}))`,
  'gi',
);

// A conversation written down: "J: Må du gå ud alene?\nB: nej". The answer joins its question, without the speaker.
const SPEAKER_ANSWER =
  /\?[ \t]*(?:\r?\n)?[ \t]*(?:[-–•][ \t]*)?(?:b|e|h|borger|borgeren|hun|han|her|him|she|he|client|citizen|elev|eleven|kursist|tolk|interpreter|svar|answer|a)[ \t]*:[ \t]*/gi;

/** An unticked box or a cross before an item: "[ ] threats", "☐ vold", "✗ e-boks kontrol". */
const UNTICKED = /(^|[\n,;|])(\s*)(?:\[\s?\]|☐|□|✗|✘|❌|✖)\s*([^\n,;|(:]*?)(?=\s[-–—]\s|[\n,;|(:]|\s(?:men|but)\s|$)/gi;

// "Trusler nej, vold nej", "threats none": a danger named and answered in a list, without a colon. Only these nouns:
// "hun siger nej" is not a field.
const FIELD_NOUN = String.raw`trusler|trussel|vold|tvang|tvangsægteskab|tvangsgift|isolation|isolering|isoleret|kontrol|e-?boks|pas|rejse|rejseplaner|ægteskab|våben|threats?|violence|coercion|control|isolated|travel|marriage|forced\s+marriage|weapons?`;
const LISTED_FIELD = new RegExp(
  String.raw`(^|[\n,;:(|]|\.\s|\b(?:og|and)\s)(\s*)((?:${FIELD_NOUN})(?:\s*\/\s*(?:${FIELD_NOUN}))*)\s+(nej|no|none|ingen|ukendt|unknown)(?=\s*(?:$|[\n,;.)|]))`,
  'gi',
);

const DENIED = /(?<![a-zA-Z\u00C0-\u024F])(?:ikke|not|no|ingen|never|aldrig|uden|without|n['’]t)(?![a-zA-Z\u00C0-\u024F])/i;
/** What she may, can, dares or chose: a no to these is the danger. */
const FREEDOM =
  /(?<![a-zA-Z\u00C0-\u024F])(?:alene|alone|selv|own|eget|egen|frit|fri|free|freely|må|lov|allowed|may|kan|can|tør|dare|dares|sikker|sikkerhed|safe|safety|tryg|samtykke|consent|enig|agrees?|frivillig[a-zA-Z\u00C0-\u024F]*|voluntar[a-zA-Z\u00C0-\u024F]*)(?![a-zA-Z\u00C0-\u024F])/i;
/** A question about a danger ("Er du bange derhjemme? nej", "Trusler? nej"): a no denies it. */
const DANGER_ASKED =
  /trus|truet|truer|threat|vold|violen|bange|afraid|scared|frygt|fear|tvang|tvun|forced|slå|slår|slog|slået|\bhit|beat|fare|danger|kontrol|control|isoler|isolat|låst|locked|gift|marr|bryllup|wedding|forlov|engag/i;
/** Plans answered "ok" are plans made, not a field in order. */
const PLAN = /rejse|trip|travel|ferie|holiday|bryllup|wedding|ægteskab|marriage|gift|forlov|engage|plan|dato|date/i;
const DANISH = /[æøå]|(?<![a-zA-Z\u00C0-\u024F])(?:må|ikke|og|hun|han|til|alene|selv|tør|kan|møder)(?![a-zA-Z\u00C0-\u024F])/i;
const MAX_LABEL_WORDS = 10;

type Answer = 'no' | 'unknown' | 'fine';

const IS_FINE = new RegExp(String.raw`^(?:${FINE})$`, 'i');
const IS_UNKNOWN = new RegExp(String.raw`^(?:${UNKNOWN})$`, 'i');

function answerOf(value: string): Answer {
  if (IS_FINE.test(value)) return 'fine';
  return IS_UNKNOWN.test(value) ? 'unknown' : 'no';
}

/**
 * The label read with its answer, or undefined to leave the field as written. A question answered no in a conversation
 * ("Gå ud og handle? nej") is read negated unless it asks about a danger.
 */
function readLabel(label: string, answer: Answer, value: string, asked = false): string | undefined {
  if (label.trim().split(/\s+/).length > MAX_LABEL_WORDS) return undefined;
  if (answer === 'fine' && PLAN.test(label)) return undefined;
  const freedom = FREEDOM.test(label) || (asked && !DANGER_ASKED.test(label));
  if (DENIED.test(label)) return freedom ? ' ' : undefined;
  if (freedom && answer === 'no') return ` ${/^(?:no|none|nope)$/i.test(value) || (!/^(?:nej|ingen|intet|ej)$/i.test(value) && !DANISH.test(label)) ? 'not' : 'ikke'} ${label} `;
  return ' ';
}

export function withoutAnsweredFields(text: string): string {
  if (!/[:|\t?=☐□✗✘❌✖\]]|\s(?:nej|no|none|ingen|ukendt|unknown)\b/i.test(text)) return text;
  return text
    .replace(SPEAKER_ANSWER, '? ')
    .replace(FIELD, (whole, start: string, bullet: string, label: string, mark: string, said: string | undefined, cross: string | undefined) => {
      const value = said ?? cross ?? '';
      // A question answered in words ("Er du bange derhjemme? 'nej'"); not "hvad gør jeg nu??" nor "akut?".
      if (mark === '?' && !/^[a-zA-Z\u00C0-\u024F]/.test(value)) return whole;
      const read = readLabel(label, answerOf(value), value, mark === '?');
      return read === undefined ? whole : `${start}${bullet}${read}`;
    })
    .replace(UNTICKED, (whole, start: string, space: string, item: string) => {
      const read = readLabel(item, 'no', '✗');
      return read === undefined ? whole : `${start}${space}${read}`;
    })
    .replace(LISTED_FIELD, (_whole, start: string, space: string) => `${start}${space} `);
}
