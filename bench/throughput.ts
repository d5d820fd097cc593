// Bot vs. echo bot through POST /api/messages, alternating short rounds so both see the same machine state.
import { runLoad, type LoadResult } from './load.js';
import { sleep, type Child } from './processes.js';
import { replyStats } from './servers.js';
import { summarize, type Summary } from './stats.js';
import { turnBodies } from './turns.js';

export const CONCURRENCY = [1, 16, 64] as const;
/** The level where the echo bot replying with the bot's cards joins the rounds, to split the gap. */
export const SPLIT_CONCURRENCY = 16;
export const ROUND_SECONDS = 3;
export const ROUNDS = 5;
const WARM_UP_SECONDS = 2;

export interface ServerFigures {
  readonly turnsPerSecond: number;
  readonly latency: Summary;
  readonly errors: number;
  /** Connector replies carrying a card per 2xx turn (≥ 1: a run's last in-flight turns still reply). */
  readonly repliesPerTurn: number;
  /** Mean size of a reply the server posted to the connector. */
  readonly replyBytes: number;
  /** TCP connections the server opened to the connector over all rounds (keep-alive: a handful). */
  readonly connectorConnections: number;
}

export interface ThroughputRow {
  readonly connections: number;
  readonly echo: ServerFigures;
  readonly bot: ServerFigures;
  readonly ratio: number;
  readonly roundRatios: readonly number[];
  /** At SPLIT_CONCURRENCY: the echo stack replying with the bot's cards, in the same alternation. */
  readonly cardEcho?: ServerFigures;
}

export interface Servers {
  readonly echo: Child;
  readonly bot: Child;
  readonly cardEcho: Child;
  readonly connector: Child;
}

export async function benchThroughput({ echo, bot, cardEcho, connector }: Servers, log: (line: string) => void): Promise<ThroughputRow[]> {
  const bodies = { echo: turnBodies(connector.url, 'echo'), bot: turnBodies(connector.url, 'bot'), cardEcho: turnBodies(connector.url, 'card-echo') };
  const rows: ThroughputRow[] = [];
  for (const connections of CONCURRENCY) {
    const round = async (target: Child, nextBody: () => string, seconds: number) => {
      const before = await replyStats(connector);
      const result = await runLoad({ url: target.url, connections, seconds, nextBody });
      await sleep(100); // replies of the last in-flight turns
      const after = await replyStats(connector);
      return { result, replies: after.cards - before.cards, bytes: after.bytes - before.bytes, connections: after.connections - before.connections };
    };
    const split = connections === SPLIT_CONCURRENCY;
    await round(echo, bodies.echo, WARM_UP_SECONDS);
    if (split) await round(cardEcho, bodies.cardEcho, WARM_UP_SECONDS);
    await round(bot, bodies.bot, WARM_UP_SECONDS);
    const runs = { echo: [] as Round[], cardEcho: [] as Round[], bot: [] as Round[] };
    for (let r = 1; r <= ROUNDS; r++) {
      runs.echo.push(await round(echo, bodies.echo, ROUND_SECONDS));
      if (split) runs.cardEcho.push(await round(cardEcho, bodies.cardEcho, ROUND_SECONDS));
      runs.bot.push(await round(bot, bodies.bot, ROUND_SECONDS));
      const withCards = split ? `, echo with the bot's cards ${rate(runs.cardEcho.at(-1))}/s` : '';
      log(`  c=${connections} round ${r}: echo ${rate(runs.echo.at(-1))}/s${withCards}, bot ${rate(runs.bot.at(-1))}/s`);
    }
    const echoFigures = figures(runs.echo);
    const botFigures = figures(runs.bot);
    rows.push({
      connections,
      echo: echoFigures,
      bot: botFigures,
      ratio: botFigures.turnsPerSecond / echoFigures.turnsPerSecond,
      roundRatios: runs.bot.map((b, i) => b.result.rate / (runs.echo[i]?.result.rate ?? Number.NaN)),
      ...(split ? { cardEcho: figures(runs.cardEcho) } : {}),
    });
  }
  return rows;
}

interface Round {
  readonly result: LoadResult;
  readonly replies: number;
  readonly bytes: number;
  readonly connections: number;
}

function figures(rounds: readonly Round[]): ServerFigures {
  const ok = rounds.reduce((n, r) => n + r.result.ok, 0);
  const seconds = rounds.reduce((n, r) => n + r.result.seconds, 0);
  const replies = rounds.reduce((n, r) => n + r.replies, 0);
  return {
    turnsPerSecond: ok / seconds,
    latency: summarize(rounds.flatMap((r) => r.result.samples)),
    errors: rounds.reduce((n, r) => n + r.result.errors + r.result.non2xx, 0),
    repliesPerTurn: replies / Math.max(1, ok),
    replyBytes: rounds.reduce((n, r) => n + r.bytes, 0) / Math.max(1, replies),
    connectorConnections: rounds.reduce((n, r) => n + r.connections, 0),
  };
}

function rate(round: Round | undefined): string {
  return round ? round.result.rate.toFixed(0) : '-';
}
