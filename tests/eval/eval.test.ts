import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatReport, loadCases, runEval } from '../helpers/evaluate.js';

// Weekday, 10:00 in Copenhagen: opening hours must not change what a question is answered with.
const MONDAY_MORNING = () => new Date('2026-11-23T09:00:00Z');
const SATURDAY_NIGHT = () => new Date('2026-11-21T22:00:00Z');

describe('answer quality on the project question set, asked through POST /api/messages', () => {
  const cases = loadCases(resolve(__dirname, 'questions.jsonl'));

  it('has at least 100 cases across both municipalities and both languages', () => {
    expect(cases.length).toBeGreaterThanOrEqual(100);
    expect(new Set(cases.map((c) => c.m))).toEqual(new Set(['gladsaxe', 'aalborg']));
    expect(cases.some((c) => c.locale?.startsWith('en'))).toBe(true);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
  });

  it.each([
    ['on a weekday morning', MONDAY_MORNING],
    ['on a Saturday night', SATURDAY_NIGHT],
  ])('meets the quality bars %s', async (_when, now) => {
    const report = await runEval(cases, now);
    const summary = formatReport(report);
    console.info(`answer quality ${_when}:\n${summary}`);
    expect(report.underTriage, summary).toBe(0);
    expect(report.levelAccuracy, summary).toBeGreaterThanOrEqual(0.95);
    expect(report.includeRate, summary).toBeGreaterThanOrEqual(0.95);
    expect(report.clickableRate, summary).toBeGreaterThanOrEqual(0.95);
    expect(report.replyRate, summary).toBe(1);
    // 10,000 turns through HTTP, sharing two cores with the other test files: about a minute alone, up to three together.
  }, 300_000);
});
