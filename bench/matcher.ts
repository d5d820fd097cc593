// The pure core in-process: matchQuestion alone, the whole service.ask, and building the index at start-up.
import { createGuideService } from '../src/answer/ask.js';
import { getGuide, isMunicipalityId, MUNICIPALITY_IDS, type Lang } from '../src/guide/index.js';
import { langFromLocale } from '../src/matching/cues.js';
import { buildGuideIndex } from '../src/matching/guide-index.js';
import { matchQuestion } from '../src/matching/match-question.js';
import { WEEKDAY_MORNING } from './clock.js';
import { median, summarize, type Summary } from './stats.js';
import { questionCases } from './turns.js';

export interface MatcherRow {
  readonly name: string;
  readonly questions: number;
  readonly perSecond: number;
  readonly latency: Summary;
}

export interface IndexBuild {
  readonly municipality: string;
  /** The first build in a fresh process, as at start-up (cold JIT). */
  readonly firstMs: number;
  readonly medianMs: number;
}

export const WARM_UP_PASSES = 3;
export const MAX_PASSES = 50;
export const MAX_MS = 4_000;
const INDEX_BUILDS = 20;

export function benchIndexBuild(): IndexBuild[] {
  return MUNICIPALITY_IDS.map((municipality) => {
    const guide = getGuide(municipality);
    const started = performance.now();
    buildGuideIndex(guide);
    const firstMs = performance.now() - started;
    const times = Array.from({ length: INDEX_BUILDS }, () => {
      const t = performance.now();
      buildGuideIndex(guide);
      return performance.now() - t;
    });
    return { municipality, firstMs, medianMs: median(times) };
  });
}

export function benchMatcher(): MatcherRow[] {
  const questions = questionCases().flatMap((c) => (isMunicipalityId(c.m) ? [{ m: c.m, text: c.text, lang: langFromLocale(c.locale ?? 'da-DK') }] : []));
  const indexes = new Map(MUNICIPALITY_IDS.map((id) => [id, buildGuideIndex(getGuide(id))]));
  const services = new Map(MUNICIPALITY_IDS.map((id) => [id, createGuideService(getGuide(id))]));
  type Question = (typeof questions)[number];
  const match = (q: Question) => matchQuestion(indexes.get(q.m)!, q.text, q.lang);
  const ask = (q: Question) => services.get(q.m)!.ask(q.text, { fallbackLang: q.lang as Lang, now: WEEKDAY_MORNING });
  return [timeEach('matchQuestion', questions, match), timeEach('service.ask (match + answer model)', questions, ask)];
}

/** Times every call on its own; passes over the whole set until MAX_PASSES or MAX_MS, after a warm-up. */
function timeEach<Q>(name: string, questions: readonly Q[], run: (q: Q) => unknown): MatcherRow {
  for (let pass = 0; pass < WARM_UP_PASSES; pass++) for (const q of questions) run(q);
  const samples: number[] = [];
  const started = performance.now();
  for (let pass = 0; pass < MAX_PASSES && performance.now() - started < MAX_MS; pass++) {
    for (const q of questions) {
      const t = performance.now();
      run(q);
      samples.push(performance.now() - t);
    }
  }
  const elapsed = performance.now() - started;
  return { name, questions: samples.length, perSecond: (samples.length / elapsed) * 1000, latency: summarize(samples) };
}
