// A steady rate against a fresh bot for a minute: errors, latency, and whether RSS stays flat.
import { runPaced, type LoadResult } from './load.js';
import { rssMb, type Child } from './processes.js';
import { replyStats, startBot } from './servers.js';
import { turnBodies } from './turns.js';

export const STEADY_RATE = 200;
/** 50 streams of 4 turns/s: a turn every 5 ms on average. */
export const STEADY_STREAMS = 50;
export const BASELINE_SECONDS = 10;
export const FLAT_MB = 20;
export const FLAT_SHARE = 0.1;

export interface RssSample {
  readonly second: number;
  readonly mb: number;
}

export interface SteadyResult {
  readonly seconds: number;
  readonly load: LoadResult;
  /** Once a second, the last one at the end. */
  readonly samples: readonly RssSample[];
  readonly baselineMb: number;
  readonly endMb: number;
  /** Lowest RSS in the first and the last third after the baseline: V8's heap breathes, its floor shows a leak. */
  readonly earlyFloorMb: number;
  readonly lateFloorMb: number;
  readonly flat: boolean;
  readonly repliesPerTurn: number;
}

export async function benchSteady(connector: Child, seconds: number): Promise<SteadyResult> {
  const bot = await startBot();
  const samples: RssSample[] = [];
  const started = performance.now();
  const sample = () => samples.push({ second: (performance.now() - started) / 1000, mb: rssMb(bot.pid) });
  try {
    const before = await replyStats(connector);
    sample();
    const timer = setInterval(sample, 1000);
    const load = await runPaced({ url: bot.url, rate: STEADY_RATE, seconds, streams: STEADY_STREAMS, nextBody: turnBodies(connector.url, 'steady') }).finally(() =>
      clearInterval(timer),
    );
    sample();
    const after = await replyStats(connector);
    return { seconds, load, samples, ...flatness(samples), repliesPerTurn: (after.cards - before.cards) / Math.max(1, load.ok) };
  } finally {
    await bot.stop();
  }
}

/** Flat: the late floor within 20 MB or 10 % of the early floor (the first 10 s are warm-up). */
function flatness(samples: readonly RssSample[]): Pick<SteadyResult, 'baselineMb' | 'endMb' | 'earlyFloorMb' | 'lateFloorMb' | 'flat'> {
  const end = samples.at(-1)?.second ?? 0;
  // A short run (BENCH_STEADY_SECONDS < 20) has no warm-up to spare: its thirds start at 0.
  const start = end >= 2 * BASELINE_SECONDS ? BASELINE_SECONDS : 0;
  const baseline = samples.find((s) => s.second >= BASELINE_SECONDS) ?? samples[0];
  const window = Math.max(1, (end - start) / 3);
  const floor = (from: number, to: number) => Math.min(...samples.filter((s) => s.second >= from && s.second <= to).map((s) => s.mb));
  const earlyFloorMb = floor(start, start + window);
  const lateFloorMb = floor(end - window, end);
  const growth = lateFloorMb - earlyFloorMb;
  return {
    baselineMb: baseline?.mb ?? 0,
    endMb: samples.at(-1)?.mb ?? 0,
    earlyFloorMb,
    lateFloorMb,
    flat: Number.isFinite(growth) && (growth <= FLAT_MB || growth <= earlyFloorMb * FLAT_SHARE),
  };
}
