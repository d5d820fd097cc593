// Answer-quality evaluation: asks each case through POST /api/messages and scores the replies as the eval format says.
import { readFileSync } from 'node:fs';
import type { LevelId } from '../../src/guide/types.js';
import { startBot, type BotHarness, type Reply } from './bot-harness.js';

export interface EvalCase {
  readonly id: string;
  readonly m: string;
  readonly locale?: string;
  readonly text: string;
  readonly level?: LevelId;
  readonly include?: readonly string[];
  readonly clickable?: readonly string[];
  readonly any?: boolean;
}

export interface CaseResult {
  readonly case: EvalCase;
  readonly level?: LevelId;
  readonly levelOk?: boolean;
  readonly missingIncludes: readonly string[];
  readonly missingClickable: readonly string[];
  readonly replied: boolean;
  readonly underTriage: boolean;
}

export interface EvalReport {
  readonly results: readonly CaseResult[];
  readonly levelAccuracy: number;
  readonly includeRate: number;
  readonly clickableRate: number;
  readonly replyRate: number;
  readonly underTriage: number;
  readonly counts: { readonly cases: number; readonly level: number; readonly include: number; readonly clickable: number };
}

// A level title is a whole string of the card (a heading, an image's alt text), never words inside a sentence:
// Aalborg's workflow text says "Hvis der er behov for akut handling, skal du kontakte …" in answers that are not acute.
const LEVEL_TITLES: readonly [LevelId, RegExp][] = [
  ['yellow', /^(?:tidlig bekymring|early concern)$/],
  ['orange', /^(?:mistanke|suspicion)$/],
  ['red', /^(?:behov for akut handling|acute action needed)$/],
];

export function loadCases(path: string): EvalCase[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as EvalCase);
}

/** Every string in the card (texts, titles, urls), in document order. */
export function cardStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) cardStrings(item, out);
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) if (key !== 'url' || typeof item === 'string') cardStrings(item, out);
  return out;
}

/** Lower-case, spaces inside numbers, +45 and the space after § removed (the format's comparison rules). */
export function normalizeForEval(text: string): string {
  return text.toLowerCase().replace(/\+45/g, '').replace(/(\d) (?=\d)/g, '$1').replace(/§ /g, '§');
}

export function levelOf(reply: Reply): LevelId | undefined {
  const first = reply.cards[0];
  if (!first) return undefined;
  for (const text of titleStrings((first as { body?: unknown }).body ?? first)) {
    const hit = LEVEL_TITLES.find(([, pattern]) => pattern.test(text.trim().toLowerCase()));
    if (hit) return hit[0];
  }
  return undefined;
}

/**
 * What can state a level, in document order: the text of a TextBlock (a heading) and the alt text of an Image (the level
 * swatch). Not a button: a "did you mean" card offers an "Acute action needed" button, which is not an answer.
 */
function titleStrings(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) titleStrings(item, out);
  else if (value && typeof value === 'object') {
    const element = value as Record<string, unknown>;
    if (typeof element.type === 'string' && element.type.startsWith('Action.')) return out;
    if (element.type === 'TextBlock' && typeof element.text === 'string') out.push(element.text);
    if (element.type === 'Image' && typeof element.altText === 'string') out.push(element.altText);
    for (const [key, item] of Object.entries(element)) if (key !== 'text' && key !== 'altText') titleStrings(item, out);
  }
  return out;
}

function buttonUrls(reply: Reply): string[] {
  const urls: string[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (record.type === 'Action.OpenUrl' && typeof record.url === 'string') urls.push(record.url);
      Object.values(record).forEach(walk);
    }
  };
  walk(reply.cards);
  return urls.map((url) => normalizeForEval(decodeURIComponent(url)));
}

export function scoreCase(testCase: EvalCase, reply: Reply): CaseResult {
  const text = normalizeForEval([...reply.activities.map((a) => (typeof a.text === 'string' ? a.text : '')), ...cardStrings(reply.cards)].join('\n'));
  const level = levelOf(reply);
  const urls = buttonUrls(reply).filter((url) => /^(tel:|mailto:|https:\/\/teams\.microsoft\.com\/l\/call\/)/.test(url));
  const missingIncludes = (testCase.include ?? []).filter((pattern) => !new RegExp(pattern).test(text));
  const missingClickable = (testCase.clickable ?? []).filter((wanted) => !urls.some((url) => url.includes(normalizeForEval(wanted))));
  return {
    case: testCase,
    level,
    levelOk: testCase.level ? level === testCase.level : undefined,
    missingIncludes,
    missingClickable,
    replied: reply.status >= 200 && reply.status < 300 && reply.activities.length > 0,
    underTriage: testCase.level === 'red' && level !== 'red',
  };
}

/** Runs every case against a real bot per municipality (started here, on loopback). */
export async function runEval(cases: readonly EvalCase[], now?: () => Date): Promise<EvalReport> {
  const bots = new Map<string, BotHarness>();
  const results: CaseResult[] = [];
  try {
    for (const testCase of cases) {
      let bot = bots.get(testCase.m);
      if (!bot) {
        bot = await startBot({ MUNICIPALITY: testCase.m, LOG_LEVEL: 'warn' }, { now });
        bots.set(testCase.m, bot);
      }
      const reply = await bot.ask(testCase.text, { locale: testCase.locale ?? 'da-DK' });
      results.push(scoreCase(testCase, reply));
    }
  } finally {
    await Promise.all([...bots.values()].map((bot) => bot.close()));
  }
  return summarize(results);
}

function summarize(results: readonly CaseResult[]): EvalReport {
  const withLevel = results.filter((r) => r.case.level);
  const includes = results.flatMap((r) => (r.case.include ?? []).map((p) => !r.missingIncludes.includes(p)));
  const clickables = results.flatMap((r) => (r.case.clickable ?? []).map((c) => !r.missingClickable.includes(c)));
  const rate = (list: readonly boolean[]) => (list.length === 0 ? 1 : list.filter(Boolean).length / list.length);
  return {
    results,
    levelAccuracy: rate(withLevel.map((r) => r.levelOk === true)),
    includeRate: rate(includes),
    clickableRate: rate(clickables),
    replyRate: rate(results.map((r) => r.replied)),
    underTriage: results.filter((r) => r.underTriage).length,
    counts: { cases: results.length, level: withLevel.length, include: includes.length, clickable: clickables.length },
  };
}

export function formatReport(report: EvalReport): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const failures = report.results
    .filter((r) => r.levelOk === false || r.missingIncludes.length > 0 || r.missingClickable.length > 0 || !r.replied)
    .map((r) => `  ✗ ${r.case.id} [${r.case.m}/${r.case.locale ?? 'da-DK'}] "${r.case.text}" → level ${r.level ?? '-'} (want ${r.case.level ?? '-'})` +
      (r.missingIncludes.length ? ` missing ${JSON.stringify(r.missingIncludes)}` : '') +
      (r.missingClickable.length ? ` not clickable ${JSON.stringify(r.missingClickable)}` : '') + (r.replied ? '' : ' NO REPLY'));
  return [
    `cases ${report.counts.cases}`,
    `level accuracy   ${pct(report.levelAccuracy)} (${report.counts.level} cases)`,
    `required facts   ${pct(report.includeRate)} (${report.counts.include} patterns)`,
    `clickable        ${pct(report.clickableRate)} (${report.counts.clickable} contacts)`,
    `replied          ${pct(report.replyRate)}`,
    `under-triage     ${report.underTriage}`,
    ...(failures.length ? ['failures:', ...failures] : []),
  ].join('\n');
}
