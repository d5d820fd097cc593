// The matcher stems with @orama/stemmers (Danish) and porter2 (English) for speed. snowball-stemmers, the reference
// port it used before, is the oracle: every word of the guides, their sources, our vocabulary and the question set
// must get the same stem from both, or the matcher would read the guide differently.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { newStemmer } from 'snowball-stemmers';
import { describe, expect, it } from 'vitest';
import { STEMMERS } from '../../src/matching/normalize.js';

const ROOT = join(__dirname, '../..');
const TEXTS = [
  ...['src/guide', 'src/matching', 'tests/guide/sources'].flatMap((dir) =>
    readdirSync(join(ROOT, dir))
      .filter((name) => /\.(ts|txt|md)$/.test(name))
      .map((name) => join(dir, name)),
  ),
  'tests/eval/questions.jsonl',
];
// Lower-cased and NFC like tokenize(), but whole files (tokenize stops at a question's length).
const WORDS = [...new Set(TEXTS.flatMap((file) => readFileSync(join(ROOT, file), 'utf8').toLowerCase().normalize('NFC').match(/\p{L}+/gu) ?? []))];

describe('stemmers agree with the Snowball reference port', () => {
  it('reads enough words to mean something', () => {
    expect(WORDS.length).toBeGreaterThan(2_000);
  });

  it.each(['danish', 'english'] as const)('%s: same stem for every word', (language) => {
    const stem = STEMMERS[language];
    const reference = newStemmer(language);
    const differing = WORDS.filter((word) => stem(word) !== reference.stem(word)).map((word) => `${word}: ${stem(word)} ≠ ${reference.stem(word)}`);
    expect(differing).toEqual([]);
  });
});
