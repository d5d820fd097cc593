// npm run bench: throughput vs. an echo bot, matcher, cold start, memory and a steady-rate minute → bench/results.md.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuilt } from './build.js';
import { benchColdStart } from './cold-start.js';
import { closeHttp } from './http.js';
import { cpuSnapshot, othersShare } from './cpu.js';
import { describeMachine } from './machine.js';
import { benchIndexBuild, benchMatcher } from './matcher.js';
import { killAllNow, ROOT, rssMb, type Child } from './processes.js';
import { renderResults, type BenchResults } from './report.js';
import { startBot, startCardEchoBot, startConnector, startEchoBot } from './servers.js';
import { benchSteady } from './steady.js';
import { benchThroughput } from './throughput.js';

const DEFAULT_STEADY_SECONDS = 60;

async function main(): Promise<void> {
  const started = performance.now();
  const cpuAtStart = cpuSnapshot();
  const steadySeconds = readSeconds(process.env.BENCH_STEADY_SECONDS, DEFAULT_STEADY_SECONDS);
  const log = (line: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}`);
  const children: Child[] = [];
  let results: Omit<BenchResults, 'runSeconds' | 'othersCpuShare'>;
  try {
    const build = ensureBuilt();
    log('2. matcher (in-process, nothing else running)');
    const indexBuilds = benchIndexBuild();
    const matcher = benchMatcher();
    const connector = await startConnector();
    children.push(connector);
    log('3+4. cold start, then memory over 10,000 turns');
    const coldStart = await benchColdStart(connector);
    log('1. bot vs. echo bot');
    const echo = await startEchoBot();
    const bot = await startBot();
    const cardEcho = await startCardEchoBot();
    children.push(echo, bot, cardEcho);
    const rssAtStart = { echo: rssMb(echo.pid), bot: rssMb(bot.pid) };
    const throughput = await benchThroughput({ echo, bot, cardEcho, connector }, log);
    const serverRss = { echo: { start: rssAtStart.echo, end: rssMb(echo.pid) }, bot: { start: rssAtStart.bot, end: rssMb(bot.pid) } };
    await Promise.all([echo.stop(), bot.stop(), cardEcho.stop()]);
    log(`5. steady rate for ${steadySeconds} s`);
    const steady = await benchSteady(connector, steadySeconds);
    results = { date: new Date(), machine: describeMachine(), build, throughput, serverRss, matcher, indexBuilds, coldStart, steady };
  } finally {
    await Promise.all(children.map((child) => child.stop()));
    closeHttp();
  }
  // After every child has exited, so their CPU counts as the bench's own.
  const markdown = renderResults({ ...results, runSeconds: (performance.now() - started) / 1000, othersCpuShare: othersShare(cpuAtStart, cpuSnapshot()) });
  writeFileSync(join(ROOT, 'bench/results.md'), markdown);
  console.log(`\n${markdown}`);
  log('wrote bench/results.md');
}

/** Whole seconds from 1 to 3600, else the default; a bad value is reported, not fatal. */
function readSeconds(raw: string | undefined, fallback: number): number {
  if (!raw?.trim()) return fallback;
  const value = Number(raw);
  if (Number.isInteger(value) && value >= 1 && value <= 3600) return value;
  console.warn(`BENCH_STEADY_SECONDS="${raw}" ignored: use whole seconds from 1 to 3600.`);
  return fallback;
}

process.on('exit', killAllNow);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    killAllNow();
    process.exit(130);
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
