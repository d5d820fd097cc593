// What the writer takes back in the same message: a worry they wrote or said before (withoutTakenBack, read before
// everything else), and a quoted claim that "it turned out" was not so (withoutRetractedClaims, one of plainWords'
// whole-text passes).
//
// A worry the writer takes back in the same message: "Jeg skrev før at hun blev holdt indespærret, men det var
// overdrevet", "glem det med trusler, jeg havde misforstået det", "I thought he was being forced to marry, but I
// misunderstood", "I said she was 'locked in' but that was my own interpretation", "Rettelse: hun har IKKE fået taget sit
// pas". What the writer says was wrong comes out of the message; what they go on to say stays.
//
// Only when the message says it was wrong (misunderstood, exaggerated, a guess, another citizen, "det er han ikke"), or
// a correction denies it in so many words ("IKKE", "wasn't"). Not when the correction only names someone else as the
// one who did it ("…, men jeg tog fejl – det var faren"): then the danger stands.

/** What the writer said or thought before: the span runs to the end of the clause. */
const SAID_BEFORE =
  /(?<![a-zA-Z\u00C0-\u024F])(?:(?:jeg|vi)\s+(?:skrev|sagde|troede|tænkte|nævnte|havde\s+skrevet|har\s+skrevet)(?:\s+\S+){0,3}?\s+at|glem\s+(?:det|alt)\s+(?:med|om|jeg\s+skrev\s+om)|i\s+(?:thought|said|wrote|first\s+wrote|had\s+written|assumed|called\s+it|mentioned)(?:\s+\S+){0,2}?(?:\s+that)?|forget\s+what\s+i\s+(?:said|wrote)\s+about|scratch\s+that,?)\s+([^.!?\n–—;]{3,160}?)(?=\s*(?:[.!?\n–—;]|,?\s+(?:men|but)\s|,\s))/gi;
/** A correction that denies in so many words: "Rettelse: hun har IKKE fået taget sit pas", "Correction: the passport wasn't taken". */
const CORRECTED =
  /(?<![a-zA-Z\u00C0-\u024F])(?:rettelse|correction)\s*:\s*([^.!?\n–—;,]*?(?:\bIKKE\b|\bnot\b|n['’]t\b)[^.!?\n–—;,]*)(?=[.!?\n–—;,]|$)/gi;
/** The message says it was wrong. */
const WAS_WRONG =
  /(?<![a-zA-Z\u00C0-\u024F])(?:misforst[a-zA-Z\u00C0-\u024F]*|overdrevet|overdrev|forkert|fejl|ikke\s+rigtigt|ikke\s+tilfældet|gæt|mit\s+eget\s+gæt|min\s+egen\s+fortolkning|en\s+anden\s+borger|det\s+er\s+(?:hun|han|de)\s+ikke|det\s+var\s+(?:hun|han|de)\s+ikke|misunderst[a-zA-Z\u00C0-\u024F]*|exaggerat[a-zA-Z\u00C0-\u024F]*|wrong|mistake|(?:my\s+own\s+)?interpretation|(?:just\s+)?my\s+guess|not\s+true|not\s+the\s+case|another\s+client|(?:she|he|it)\s+(?:isn['’]?t|wasn['’]?t)|nothing\s+is\s+planned|nobody\s+has\s+said)(?![a-zA-Z\u00C0-\u024F])/i;
/** "… det var faren", "it was her father": the danger stands, done by someone else of the family. */
const SOMEONE_ELSE_DID_IT =
  /(?<![a-zA-Z\u00C0-\u024F])(?:(?:det\s+(?:var|er)|men)\s+(?:hendes\s+|hans\s+)?(?:far|faren|mor|moren|onkel|onklen|fætter|fætteren|mand|manden|svigerfar|svigermor|bror|broren|brødrene)|(?:it\s+(?:was|is)|it['’]s|but)\s+(?:her|his|the)\s+(?:father|dad|mother|mum|mom|uncle|cousin|husband|brother|brothers|father-in-law|mother-in-law))(?![a-zA-Z\u00C0-\u024F])/i;
/** How far after the span the message may say it was wrong: the rest of its sentence and the next. */
const AFTER = /^[^.!?\n]*[.!?\n]?[^.!?\n]*/;

export function withoutTakenBack(text: string): string {
  if (!/skrev|sagde|troede|tænkte|nævnte|glem|thought|said|wrote|assumed|called|forget|scratch|rettelse|correction/i.test(text)) return text;
  return text
    .replace(SAID_BEFORE, (whole, span: string, offset: number) => {
      const after = AFTER.exec(text.slice(offset + whole.length))?.[0] ?? '';
      return WAS_WRONG.test(after) && !SOMEONE_ELSE_DID_IT.test(after) ? whole.slice(0, whole.length - span.length) : whole;
    })
    .replace(CORRECTED, (whole, span: string, offset: number) => {
      const after = AFTER.exec(text.slice(offset + whole.length))?.[0] ?? '';
      return SOMEONE_ELSE_DID_IT.test(span) || SOMEONE_ELSE_DID_IT.test(after) ? whole : whole.slice(0, whole.length - span.length);
    });
}

// A scary claim quoted, then taken back: "hun skrev at hun 'var låst inde derhjemme'. Det viste sig, at hele familien
// havde corona", "'had been locked in' … it turned out she had the flu", "'blevet gift mod sin vilje' – men det viste sig".
// The quoted danger before the turn is taken out; what the writer says after it stays.
const RETRACTION =
  /\b(?:det\s+viste\s+sig|viste\s+det\s+sig|viser\s+det\s+sig|det\s+viser\s+sig|it\s+turned\s+out|turns\s+out|turned\s+out\s+(?:that|to\s+be)|det\s+dækker\s+over|i\s+got\s+it\s+wrong)\b/i;
const QUOTED_CLAIM =
  /['"‘’“”][^'"‘’“”\n]{0,60}?(?:kill|murder|dead|dræb|ihjel|\bdød|lock|låst|\binde\b|fanget|holdt|holder|isoleret|isolated|tvangsgift|forced|gift\s+mod|married\s+against|mod\s+sin\s+vilje|truet|threat|slået|beaten|kidnap|bortført)[^'"‘’“”\n]{0,60}?['"‘’“”]/gi;
// "Det viste sig, at det var alvor", "it turned out to be true": the claim confirmed, not taken back.
const CONFIRMED = /\b(?:alvor\p{L}*|rigtigt?|sandt|sand|true|serious|real|værre|worse|bekræft\p{L}*|confirm\p{L}*)(?![\p{L}])/iu;
export function withoutRetractedClaims(text: string): string {
  const turn = RETRACTION.exec(text);
  if (!turn || CONFIRMED.test(text.slice(turn.index))) return text;
  return text.slice(0, turn.index).replace(QUOTED_CLAIM, ' ') + text.slice(turn.index);
}
