// Process start to first answered question, then RSS after start and after 10,000 turns.
import { messageActivity } from '../tests/helpers/bot-harness.js';
import { startReplyCounter } from './connector.js';
import { request } from './http.js';
import { runLoad, type LoadResult } from './load.js';
import { rssMb, waitUntilUp, type Child } from './processes.js';
import { replyStats, spawnBot } from './servers.js';
import { median } from './stats.js';
import { questionCases, turnBodies } from './turns.js';

export interface ColdStart {
  /** Spawn → /healthz answers 200. */
  readonly listeningMs: number;
  /** Spawn → the reply to the first question reached the connector. */
  readonly firstReplyMs: number;
}

export interface ColdStartResult {
  readonly runs: readonly ColdStart[];
  readonly medianFirstReplyMs: number;
  readonly rssAfterStartMb: number;
  readonly rssAfterTurnsMb: number;
  readonly peakRssMb: number;
  readonly turns: LoadResult;
  readonly repliesPerTurn: number;
}

const RUNS = 3;
export const MEMORY_TURNS = 10_000;

export async function benchColdStart(connector: Child): Promise<ColdStartResult> {
  const arrivals = new Map<string, number>();
  const local = await startReplyCounter(0, (id) => arrivals.set(id, arrivals.get(id) ?? performance.now()));
  const question = questionCases('gladsaxe')[0];
  if (!question) throw new Error('no gladsaxe question');
  const runs: ColdStart[] = [];
  let bot: Child | undefined;
  try {
    for (let run = 1; run <= RUNS; run++) {
      await bot?.stop();
      bot = await spawnBot();
      const listening = await waitUntilUp(bot, '/healthz');
      const conversationId = `cold-${run}`;
      const response = await request(`${bot.url}/api/messages`, { method: 'POST', body: JSON.stringify(messageActivity(question.text, local.url, { conversationId })) });
      const arrived = arrivals.get(conversationId);
      if (response.status !== 200 || arrived === undefined) throw new Error(`cold start ${run}: status ${response.status}, reply ${arrived === undefined ? 'missing' : 'ok'}`);
      runs.push({ listeningMs: listening - bot.spawnedAt, firstReplyMs: arrived - bot.spawnedAt });
    }
    if (!bot) throw new Error('no bot');
    const rssAfterStartMb = rssMb(bot.pid);
    const before = await replyStats(connector);
    const turns = await runLoad({ url: bot.url, connections: 16, amount: MEMORY_TURNS, nextBody: turnBodies(connector.url, 'memory') });
    const after = await replyStats(connector);
    return {
      runs,
      medianFirstReplyMs: median(runs.map((r) => r.firstReplyMs)),
      rssAfterStartMb,
      rssAfterTurnsMb: rssMb(bot.pid),
      peakRssMb: rssMb(bot.pid, 'VmHWM'),
      turns,
      repliesPerTurn: (after.cards - before.cards) / Math.max(1, turns.ok),
    };
  } finally {
    await bot?.stop();
    await local.close();
  }
}
