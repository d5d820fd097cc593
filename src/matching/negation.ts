// "ikke noget med trusler", "no violence", "I'm not a case worker": a danger or role word that is explicitly denied
// is taken out before matching. Only these words, only right after the denial: "tør ikke gå hjem" stays a danger.
// A few idioms whose words would read as a danger or a sign are reduced to what they are about, the same way.
import { COUNTRY_NAMES } from '../guide/acute-vocabulary.js';

const NEGATED_CUE =
  /\b(?:ikke noget med|ikke nogen|ikke|ingen|intet|uden|not any|not|no|without)\s+(?:en |et |a |an |nogen |any )?(?:trusler|trussel|truet|truende|vold|voldelig\w*|threats?|threatened|threatening|violence|violent|myndighedsrådgiver\w*|sagsbehandler\w*|case ?workers?)\b/giu;

// "holde møde" is to hold a meeting, not to keep someone ("holdes hjemme"): the idiom becomes the meeting alone.
const HOLD_A_MEETING = /\bhold(?:e|er|t|es)?\s+(?:et\s+|vores\s+|jeres\s+)?(møde|møder|mødet|samtale|samtaler|samtalen)\b/giu;

// "tage ansvar for sit eget liv", "take control of her own life": not "tage sit eget liv" (suicide).
const TAKE_CHARGE =
  /\b(?:tage|tager|tages|taget|tog|take|takes|took|taking|taken)\s+(?:mere\s+|more\s+|back\s+|the\s+)?(kontrol|kontrollen|ansvar|ansvaret|styr|styring|control|charge|responsibility|ownership)\b/giu;

// "flygtet fra Syrien", "fled the war": where a citizen came from, not fleeing from home (a danger sign).
const FLED_A_COUNTRY = new RegExp(
  `\\b(?:flygte|flygter|flygtet|flygtede|flee|flees|fled|fleeing|escaped?)\\s+(?:fra\\s+|from\\s+)?(?:krigen\\s+i\\s+|the\\s+war\\s+in\\s+)?(${COUNTRY_NAMES.join('|')}|krigen|the\\s+war|war)\\b`,
  'giu',
);

// "she has cut herself off from her friends" withdraws (a yellow sign); "she cuts herself" is self-harm.
const CUT_OFF = /\bcut(?:s|ting)?\s+(herself|himself|themselves|myself)\s+off\b/giu;

// Cheap first looks, so most questions skip the idioms' longer patterns.
const MAY_TAKE_CHARGE = /kontrol|ansvar|styr|control|charge|responsib|ownership/i;
const MAY_HAVE_FLED = /fl[eyø]|escap/i;
const MAY_CUT_OFF = /\soff\b/i;

export function dropNegatedCues(text: string): string {
  let kept = text.replace(NEGATED_CUE, ' ').replace(HOLD_A_MEETING, '$1');
  if (MAY_TAKE_CHARGE.test(kept)) kept = kept.replace(TAKE_CHARGE, '$1');
  if (MAY_HAVE_FLED.test(kept)) kept = kept.replace(FLED_A_COUNTRY, '$1');
  if (MAY_CUT_OFF.test(kept)) kept = kept.replace(CUT_OFF, '$1 withdrawn');
  return kept;
}
