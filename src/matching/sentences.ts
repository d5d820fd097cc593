// Sentences, for the readings that hold within one: a sentence runs to its full stop, question or exclamation mark or
// line break.
const SENTENCE = /[^.!?\n]+[.!?\n]*/g;

/** Each sentence of the text through `read`. */
export function bySentence(text: string, read: (sentence: string) => string): string {
  return text.replace(SENTENCE, read);
}
