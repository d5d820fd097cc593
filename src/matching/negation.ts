// "ikke noget med trusler", "no violence", "I'm not a case worker": a danger or role word that is explicitly denied
// is taken out before matching. Only these words, only right after the denial: "tør ikke gå hjem" stays a danger.
const NEGATED_CUE =
  /\b(?:ikke noget med|ikke nogen|ikke|ingen|intet|uden|not any|not|no|without)\s+(?:en |et |a |an |nogen |any )?(?:trusler|trussel|truet|truende|vold|voldelig\w*|threats?|threatened|threatening|violence|violent|myndighedsrådgiver\w*|sagsbehandler\w*|case ?workers?)\b/giu;

// "holde møde" is to hold a meeting, not to keep someone ("holdes hjemme"): the idiom becomes the meeting alone.
const HOLD_A_MEETING = /\bhold(?:e|er|t|es)?\s+(?:et\s+|vores\s+|jeres\s+)?(møde|møder|mødet|samtale|samtaler|samtalen)\b/giu;

export function dropNegatedCues(text: string): string {
  return text.replace(NEGATED_CUE, ' ').replace(HOLD_A_MEETING, '$1');
}
