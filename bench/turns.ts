// The turns the load sends: the question set's Gladsaxe questions in rotation, over a fixed pool of conversations.
import { join } from 'node:path';
import { messageActivity } from '../tests/helpers/bot-harness.js';
import { loadCases, type EvalCase } from '../tests/helpers/evaluate.js';
import { ROOT } from './processes.js';

/** One user per conversation; 1,000 is a municipality's staff, far more than any concurrency level. */
export const CONVERSATIONS = 1_000;
export const MUNICIPALITY = 'gladsaxe';

export function questionCases(municipality?: string): EvalCase[] {
  const cases = loadCases(join(ROOT, 'tests/eval/questions.jsonl'));
  return municipality ? cases.filter((c) => c.m === municipality) : cases;
}

/** Request i asks question i mod n in conversation i mod 1,000, so each conversation sees different questions. */
export function turnBodies(connectorUrl: string, prefix: string): () => string {
  const cases = questionCases(MUNICIPALITY);
  if (cases.length === 0) throw new Error(`no ${MUNICIPALITY} questions in the question set`);
  let turn = 0;
  return () => {
    const testCase = cases[turn % cases.length] as EvalCase;
    const conversationId = `${prefix}-${turn % CONVERSATIONS}`;
    turn += 1;
    return JSON.stringify(messageActivity(testCase.text, connectorUrl, { conversationId, locale: testCase.locale ?? 'da-DK' }));
  };
}
