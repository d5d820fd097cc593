import { describe, expect, it } from 'vitest';
import { levelAnswer } from '../../src/answer/level-answer.js';
import { candidatesAnswer } from '../../src/answer/overview-answer.js';
import { levelColoursOf, renderBody } from '../../src/cards/render-card.js';
import { getGuide } from '../../src/guide/index.js';
import { cardStrings, levelOf } from '../helpers/evaluate.js';

// The eval's under-triage figure is only as true as its level reader: a card that merely offers the red level must not
// count as answering it.
const gladsaxe = getGuide('gladsaxe');
const card = (body: Parameters<typeof renderBody>[0]) =>
  renderBody(body, 'da', { mobile: false, levelColours: levelColoursOf(gladsaxe) }).content as Record<string, unknown>;
const reply = (content: Record<string, unknown>) => ({ status: 200, activities: [], cards: [content] });

describe('the eval reads a level only where a card states one', () => {
  it('does not read a "did you mean" card that offers "Behov for akut handling" as a button as red', () => {
    const offer = card(candidatesAnswer(gladsaxe, [{ type: 'level', id: 'red' }, { type: 'sign', id: 'orange-eboks-controlled' }], 'da'));
    expect(cardStrings(offer)).toContain('Behov for akut handling');
    expect(levelOf(reply(offer))).toBeUndefined();
  });

  it.each(['yellow', 'orange', 'red'] as const)('reads the %s level answer by its heading and swatch', (levelId) => {
    const answer = levelAnswer(gladsaxe, gladsaxe.levels.find((level) => level.id === levelId)!, { signIds: [], contactIds: [], lang: 'da', open: true });
    expect(levelOf(reply(card(answer)))).toBe(levelId);
  });
});
