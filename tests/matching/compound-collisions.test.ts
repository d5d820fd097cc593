import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getGuide, MUNICIPALITY_IDS } from '../../src/guide/index.js';
import { buildGuideIndex } from '../../src/matching/guide-index.js';
import { plainWords } from '../../src/matching/idioms.js';
import { withLoanwordsRead } from '../../src/matching/loanwords.js';
import { tokenize } from '../../src/matching/normalize.js';
import { QUALITY } from '../../src/matching/phrase-index.js';

// The index reads Danish compounds by their parts: a vocabulary word at the start of a token ("tvangsgift|es") or
// inside it ("drabs|trussel"). A real word that only begins like a danger word makes a red answer out of nothing:
// "knivsæt" (a set of knives) had been read as "kniv", "hastetid" (an emergency dental appointment) as "haster"
// (urgent). A one-word red phrase needs nothing else, so every word of the project's questions that completes one only
// through a compound part must be listed here, with what makes it the danger it reads as.
const MEANT: Readonly<Record<string, string>> = {
  bortført: 'abducted: a form of bortføre',
  bortgiftning: 'marrying off: a form of bortgifte',
  doedstrusler: 'death threats, written without ø: døds + trusler',
  drabstrussel: 'a threat to kill: drab + trussel',
  draebt: 'killed, written without æ: a form of dræbe',
  dræbt: 'killed: a form of dræbe',
  dødstrusler: 'death threats: døds + trusler',
  dødstrussel: 'a death threat: døds + trussel',
  genopdragelsesrejse: 'a re-education trip: genopdragelse + rejse',
  genopdragelsessted: 'a re-education place: genopdragelse + sted',
  morddrusel: 'a murder threat, misspelt: mord + trussel',
  threatened: 'a form of threat',
  tvangsægteskabssag: 'a forced-marriage case: tvangsægteskab + sag',
  tvangsægteskabsrygter: 'rumours of a forced marriage: tvangsægteskab + rygter, read as the danger they name',
  threatening: 'a form of threat',
  selvmordsforsøg: 'a suicide attempt: selvmord + forsøg',
  voldtager: 'a rapist: vold + tager (voldtægt is read as violence)',
  tvangsgiftning: 'forced marriage: a form of tvangsgifte',
  // Violent or only intense ("det var voldsomt"): read as violence, the safer error.
  voldsomt: 'violent: vold + som',
  voldsom: 'violent: vold + som',
  voldsomme: 'violent ("voldsomme skrig", set 79): vold + somme',
  voldsdom: 'a conviction for violence: vold + dom',
  genopdragelsesrejser: 're-education trips: genopdragelse + rejser',
  knivstikkeri: 'a stabbing: knivstik + keri',
  selvmordstanker: 'suicidal thoughts: selvmord + tanker',
};

const questionWords = (() => {
  const words = new Set<string>();
  for (const line of readFileSync(resolve(__dirname, '../eval/questions.jsonl'), 'utf8').split('\n')) {
    if (line.trim()) for (const token of tokenize(plainWords(withLoanwordsRead((JSON.parse(line) as { text: string }).text)))) words.add(token);
  }
  return words;
})();

describe('real words are never read as one-word danger phrases by their first or inner letters', () => {
  it.each(MUNICIPALITY_IDS)('holds for every word of the project questions (%s)', (municipality) => {
    const index = buildGuideIndex(getGuide(municipality));
    const oneWordRed = (wordId: number) =>
      index.phrases.phrasesWith(wordId).some((phraseId) => {
        const { phrase, entry } = index.phraseList[phraseId]!;
        return phrase.slots.length === 1 && (entry.key.type === 'acute' || (entry.key.type === 'sign' && entry.key.levelId === 'red'));
      });
    const collisions = new Set<string>();
    let compoundReadings = 0;
    for (const token of questionWords) {
      const found = index.phrases.matchTokens([token]);
      for (const [wordId, quality] of found) {
        if (quality !== QUALITY.prefix && quality !== QUALITY.inner) continue;
        compoundReadings += 1;
        if (oneWordRed(wordId) && !Object.hasOwn(MEANT, token)) collisions.add(`${token} → ${index.phrases.wordOf(wordId) ?? '?'}`);
      }
    }
    expect(compoundReadings).toBeGreaterThan(300); // the check reads compounds at all
    expect([...collisions]).toEqual([]);
  });

  it('every listed word is still a question word that reads as a one-word danger phrase', () => {
    const index = buildGuideIndex(getGuide('gladsaxe'));
    const stale = Object.keys(MEANT).filter((token) => {
      if (!questionWords.has(token)) return true;
      return ![...index.phrases.matchTokens([token])].some(([wordId, quality]) =>
        (quality === QUALITY.prefix || quality === QUALITY.inner) &&
        index.phrases.phrasesWith(wordId).some((phraseId) => index.phraseList[phraseId]!.phrase.slots.length === 1),
      );
    });
    expect(stale).toEqual([]);
  });
});
