// bench/results.md: the figures as Markdown tables, each with its target.
import type { BuildResult } from './build.js';
import { WEEKDAY_MORNING } from './clock.js';
import { MEMORY_TURNS, type ColdStartResult } from './cold-start.js';
import type { Machine } from './machine.js';
import { MAX_MS, MAX_PASSES, WARM_UP_PASSES, type IndexBuild, type MatcherRow } from './matcher.js';
import { BENCH_LOG_LEVEL, START_FLAGS } from './servers.js';
import { BASELINE_SECONDS, FLAT_MB, FLAT_SHARE, STEADY_RATE, STEADY_STREAMS, type SteadyResult } from './steady.js';
import { ROUND_SECONDS, ROUNDS, SPLIT_CONCURRENCY, type ThroughputRow } from './throughput.js';
import { CONVERSATIONS } from './turns.js';

export interface RssPair {
  readonly start: number;
  readonly end: number;
}

export interface BenchResults {
  readonly date: Date;
  readonly machine: Machine;
  readonly build: BuildResult;
  readonly runSeconds: number;
  readonly throughput: readonly ThroughputRow[];
  readonly serverRss: { readonly echo: RssPair; readonly bot: RssPair };
  /** Share of the machine's CPU that other processes used during the run (undefined off Linux). */
  readonly othersCpuShare: number | undefined;
  readonly matcher: readonly MatcherRow[];
  readonly indexBuilds: readonly IndexBuild[];
  readonly coldStart: ColdStartResult;
  readonly steady: SteadyResult;
}

const BUSY_SHARE = 0.1;
const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(0));
const int = (value: number) => Math.round(value).toLocaleString('en-US');
const mb = (value: number) => `${value.toFixed(0)} MB`;
const copenhagen = (date: Date) =>
  date.toLocaleString('en-GB', { timeZone: 'Europe/Copenhagen', weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit' });
const mark = (ok: boolean) => (ok ? '✅' : '❌');
const table = (head: readonly string[], rows: readonly (readonly string[])[]) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');

function othersLine(share: number | undefined): string {
  if (share === undefined) return 'CPU used by other processes during the run: unknown (no /proc/stat).';
  const busy = share > BUSY_SHARE ? ' **The machine was shared: every figure here is pessimistic.**' : '';
  return `Other processes on the machine used ${(share * 100).toFixed(0)} % of its CPU during the run (from /proc/stat, minus the bench's own).${busy}`;
}

export function renderResults(r: BenchResults): string {
  const m = r.machine;
  const c16 = r.throughput.find((row) => row.connections === 16);
  const steadyErrors = r.steady.load.errors + r.steady.load.non2xx;
  const shownSamples = r.steady.samples.filter((s, i, all) => i === all.length - 1 || Math.round(s.second) % 5 === 0);
  return [
    '# Benchmark results',
    '',
    `\`npm run bench\` on ${r.date.toISOString().slice(0, 10)}, commit ${m.commit}; whole run ${r.runSeconds.toFixed(0)} s` +
      (r.build.built ? ` (including the build of dist/, ${(r.build.ms / 1000).toFixed(1)} s)` : '') + '.',
    `Machine: ${m.cores} cores (\`nproc\`), ${m.cpu}, ${m.memoryGb.toFixed(1)} GB RAM, Node ${m.node}.`,
    othersLine(r.othersCpuShare),
    '',
    '## Targets',
    '',
    table(['Target', 'Measured', ''], [
      ['Bot ≥ 0.9 × echo turns/s at concurrency 16', c16 ? c16.ratio.toFixed(2) : '-', mark((c16?.ratio ?? 0) >= 0.9)],
      ...r.matcher.map((row) => [`Matcher p99 < 1 ms: \`${row.name}\``, `${ms(row.latency.p99)} ms`, mark(row.latency.p99 < 1)]),
      ['Cold start to first answer < 2 s (median of 3)', `${int(r.coldStart.medianFirstReplyMs)} ms`, mark(r.coldStart.medianFirstReplyMs < 2000)],
      [`RSS after ${int(MEMORY_TURNS)} turns < 200 MB`, mb(r.coldStart.rssAfterTurnsMb), mark(r.coldStart.rssAfterTurnsMb < 200)],
      [`${STEADY_RATE} turns/s for ${r.steady.seconds} s: no errors, memory flat`, `${steadyErrors} errors, ${r.steady.flat ? 'flat' : 'growing'}`, mark(steadyErrors === 0 && r.steady.flat)],
    ]),
    '',
    '## How it was measured',
    '',
    `- Real bot, sections 1 and 5: \`bench/bot-server.ts\`, the service exactly as \`src/index.ts\` wires it (\`loadConfig\` → \`createApp\` → listen), with createApp's \`now\` pinned to ${copenhagen(WEEKDAY_MORNING)} Copenhagen time (in opening hours, not a holiday), so every turn takes the weekday path (opening hours, public-holiday lookup) whatever day the bench runs. Sections 3 and 4: \`node dist/src/index.js\`, what \`npm start\` runs, on the real clock. Every server (bot and echo) runs with \`npm start\`'s V8 flags, read from package.json: \`${START_FLAGS.join(' ')}\`.`,
    `- Both: MUNICIPALITY=gladsaxe, LOG_LEVEL=${BENCH_LOG_LEVEL} (the per-turn log line is \`info\`, so no logging is measured), in-memory state, local mode (no token checks), rate limits at their maximum so the bench measures turns, not the limiter.`,
    '- Echo bot: `bench/echo-bot.ts` on `bench/echo-stack.ts`, the same config, adapter (`StrictTeamsAdapter`), `Application` options (startTypingTimer false, removeRecipientMention), storage (`ResilientStorage` over `createStorage`: memory) and restify server (`createServer`: same body parser, activity guard, headers, error handling), replying to every message with one small Adaptive Card. The rate limiter runs in the bot\'s message handler, so its cost counts as the bot\'s.',
    '- Every server runs as JS built by tsc with the project\'s build options (`bench/tsconfig.build.json` extends `tsconfig.build.json`), with plain `node`.',
    '- Each server, and the reply counter standing in for the Bot Connector (keep-alive on), runs in its own child process; autocannon 9 runs in the bench process. All traffic on 127.0.0.1.',
    `- Turns: the question set's Gladsaxe questions (\`tests/eval/questions.jsonl\`) in rotation, built with the tests' \`messageActivity\`, over ${int(CONVERSATIONS)} conversations (one user each): state reads hit real conversations, state stays bounded as in a deployment, and no conversation has two turns in flight (no eTag races).`,
    '- Latency is per turn (request sent → 200 received, the reply to the connector included), from unrounded samples; only 2xx turns count.',
    '',
    '## 1. Turns through POST /api/messages: bot vs. echo',
    '',
    `After a 2 s warm-up each, ${ROUNDS} alternating rounds of ${ROUND_SECONDS} s (echo, bot, echo, bot, …) per concurrency level.`,
    '',
    table(
      ['Concurrency', 'Echo turns/s', 'Echo p50 / p99 ms', 'Bot turns/s', 'Bot p50 / p99 ms', 'Bot / echo', 'Per round'],
      r.throughput.map((row) => [
        String(row.connections),
        int(row.echo.turnsPerSecond),
        `${ms(row.echo.latency.p50)} / ${ms(row.echo.latency.p99)}`,
        int(row.bot.turnsPerSecond),
        `${ms(row.bot.latency.p50)} / ${ms(row.bot.latency.p99)}`,
        `**${row.ratio.toFixed(2)}**`,
        row.roundRatios.map((x) => x.toFixed(2)).join(', '),
      ]),
    ),
    '',
    'Checks: errors + non-2xx, connector replies with a card per 2xx turn, mean reply size, TCP connections opened to the connector (keep-alive: a handful).',
    '',
    table(
      ['Concurrency', 'Errors (echo, bot)', 'Replies per turn (echo, bot)', 'Reply bytes (echo, bot)', 'Connector connections (echo, bot)'],
      r.throughput.map((row) => [
        String(row.connections),
        `${row.echo.errors}, ${row.bot.errors}`,
        `${row.echo.repliesPerTurn.toFixed(3)}, ${row.bot.repliesPerTurn.toFixed(3)}`,
        `${int(row.echo.replyBytes)}, ${int(row.bot.replyBytes)}`,
        `${row.echo.connectorConnections}, ${row.bot.connectorConnections}`,
      ]),
    ),
    '',
    ...gapSplit(r.throughput),
    '## 2. Matcher (in-process, `performance.now()` per question)',
    '',
    `Every question of the set, both guides, each with its own index (\`service.ask\` on the same weekday-morning clock): ${WARM_UP_PASSES} warm-up passes, then up to ${MAX_PASSES} timed passes or ${MAX_MS / 1000} s per call.`,
    '',
    table(['Call', 'Questions timed', 'Questions/s', 'p50 ms', 'p99 ms', 'max ms'], r.matcher.map((row) => [
      `\`${row.name}\``, int(row.questions), int(row.perSecond), ms(row.latency.p50), ms(row.latency.p99), ms(row.latency.max),
    ])),
    '',
    table(['`buildGuideIndex`', 'First build in the process (ms)', 'Median of 20 more (ms)'], r.indexBuilds.map((b) => [b.municipality, ms(b.firstMs), ms(b.medianMs)])),
    '',
    '## 3. Cold start: spawn → first answer',
    '',
    'Spawn `node <npm start flags> dist/src/index.js`, poll `/healthz` every 5 ms, post one question; time until its reply reaches the connector.',
    '',
    table(['Run', 'Listening (ms)', 'First reply (ms)'], r.coldStart.runs.map((run, i) => [String(i + 1), int(run.listeningMs), int(run.firstReplyMs)])),
    '',
    '## 4. Memory',
    '',
    `The last cold-start process, read from \`/proc/<pid>/status\`: after start and its first answer, then after ${int(MEMORY_TURNS)} more turns at concurrency 16 (${int(r.coldStart.turns.rate)} turns/s, ${r.coldStart.turns.errors + r.coldStart.turns.non2xx} errors, ${r.coldStart.repliesPerTurn.toFixed(3)} replies per turn).`,
    '',
    table(['RSS after start', `RSS after ${int(MEMORY_TURNS)} turns`, 'Peak RSS (VmHWM)'], [[mb(r.coldStart.rssAfterStartMb), mb(r.coldStart.rssAfterTurnsMb), mb(r.coldStart.peakRssMb)]]),
    '',
    `For scale, the echo bot (the framework alone, section 1): ${mb(r.serverRss.echo.start)} after start, ${mb(r.serverRss.echo.end)} after its rounds; the bot there: ${mb(r.serverRss.bot.start)} and ${mb(r.serverRss.bot.end)}.`,
    '',
    `## 5. Steady rate: ${STEADY_RATE} turns/s for ${r.steady.seconds} s (fresh bot)`,
    '',
    `${STEADY_STREAMS} autocannon streams of one connection at ${STEADY_RATE / STEADY_STREAMS} turns/s each, started ${1000 / STEADY_STREAMS} ms apart: autocannon's own \`overallRate\` sends each second's quota as one burst when the second starts, which measures queueing behind that burst rather than a steady rate.`,
    '',
    table(['Achieved turns/s', 'Turns', 'Errors + non-2xx', 'p50 / p99 ms', 'max ms', 'Replies per turn'], [[
      r.steady.load.rate.toFixed(1), int(r.steady.load.ok), String(steadyErrors), `${ms(r.steady.load.latency.p50)} / ${ms(r.steady.load.latency.p99)}`,
      ms(r.steady.load.latency.max), r.steady.repliesPerTurn.toFixed(3),
    ]]),
    '',
    table(['Second', ...shownSamples.map((s, i) => (i === shownSamples.length - 1 ? 'end' : s.second.toFixed(0)))], [['RSS MB', ...shownSamples.map((s) => s.mb.toFixed(0))]]),
    '',
    `Memory ${r.steady.flat ? '**flat**' : '**NOT flat**'}: RSS breathes with V8's heap, so the test compares floors: the lowest RSS in the last third of the run, ${mb(r.steady.lateFloorMb)}, ` +
      `vs. the lowest in the first third after the ${BASELINE_SECONDS} s warm-up, ${mb(r.steady.earlyFloorMb)} (flat = within ${FLAT_MB} MB or ${FLAT_SHARE * 100} %). ` +
      `Single samples: ${mb(r.steady.baselineMb)} at ${BASELINE_SECONDS} s, ${mb(r.steady.endMb)} at the end.`,
    '',
  ].join('\n');
}

/** Bot/echo at SPLIT_CONCURRENCY as (echo with the bot's cards / echo) × (bot / echo with the bot's cards). */
function gapSplit(rows: readonly ThroughputRow[]): string[] {
  const row = rows.find((r) => r.connections === SPLIT_CONCURRENCY);
  const cards = row?.cardEcho;
  if (!row || !cards) return [];
  const delivery = cards.turnsPerSecond / row.echo.turnsPerSecond;
  const logic = row.bot.turnsPerSecond / cards.turnsPerSecond;
  return [
    `### Where the gap at concurrency ${SPLIT_CONCURRENCY} comes from`,
    '',
    "A third server ran in the same alternation (echo, this one, bot): the echo stack replying to each question with the cards the bot sends for it (`bench/card-echo-bot.ts`: rendered once at start-up by the real service, so no guide work per turn).",
    '',
    table(['Server', 'Turns/s', 'p50 / p99 ms', 'Reply bytes', 'Errors'], [
      ['Echo (one small card)', int(row.echo.turnsPerSecond), `${ms(row.echo.latency.p50)} / ${ms(row.echo.latency.p99)}`, int(row.echo.replyBytes), String(row.echo.errors)],
      ["Echo with the bot's cards", int(cards.turnsPerSecond), `${ms(cards.latency.p50)} / ${ms(cards.latency.p99)}`, int(cards.replyBytes), String(cards.errors)],
      ['Bot', int(row.bot.turnsPerSecond), `${ms(row.bot.latency.p50)} / ${ms(row.bot.latency.p99)}`, int(row.bot.replyBytes), String(row.bot.errors)],
    ]),
    '',
    `Bot / echo ${row.ratio.toFixed(2)} = **${delivery.toFixed(2)}** (echo with the bot's cards / echo: what the framework costs to serialize and post the bot's larger replies) × **${logic.toFixed(2)}** (bot / echo with the bot's cards: matching, answer model, rate limiter and state per turn).`,
    '',
  ];
}
