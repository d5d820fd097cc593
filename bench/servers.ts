// The three kinds of child the bench runs: the real bot (built JS, as `npm start`), the echo bot, the reply counter.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENTRIES } from './build.js';
import type { ReplyStats } from './connector.js';
import { request } from './http.js';
import { ROOT, spawnChild, waitUntilUp, type Child } from './processes.js';

export const BENCH_LOG_LEVEL = 'warn';

/** The V8 flags of `npm start` (package.json is their one source), for every server the bench runs, bot and echo alike. */
export const START_FLAGS: readonly string[] = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start
  .split(/\s+/)
  .filter((word) => word.startsWith('--'));

/** Same settings for bot and echo; rate limits at their maximum so the bench measures turns, not the limiter. */
export const SERVER_ENV = {
  MUNICIPALITY: 'gladsaxe',
  LOG_LEVEL: BENCH_LOG_LEVEL,
  RATE_LIMIT_USER_PER_MINUTE: '100000',
  RATE_LIMIT_CONVERSATION_PER_MINUTE: '1000000',
} as const;

/** `npm start`'s entry on the real clock; spawned, not awaited: the cold-start measurement owns the wait. */
export function spawnBot(): Promise<Child> {
  return spawnChild('bot', [...START_FLAGS, ENTRIES.bot], SERVER_ENV);
}

/** The same service through createApp with the clock pinned to a weekday morning (bench/bot-server.ts). */
export async function startBot(): Promise<Child> {
  const bot = await spawnChild('bot', [...START_FLAGS, ENTRIES.pinnedBot], SERVER_ENV);
  await waitUntilUp(bot, '/healthz');
  return bot;
}

export async function startEchoBot(): Promise<Child> {
  const echo = await spawnChild('echo bot', [...START_FLAGS, ENTRIES.echo], SERVER_ENV);
  await waitUntilUp(echo, '/healthz');
  return echo;
}

/** The echo stack replying with the bot's own cards for each question (bench/card-echo-bot.ts). */
export async function startCardEchoBot(): Promise<Child> {
  const cardEcho = await spawnChild('echo bot with the bot\'s cards', [...START_FLAGS, ENTRIES.cardEcho], SERVER_ENV);
  await waitUntilUp(cardEcho, '/healthz');
  return cardEcho;
}

export async function startConnector(): Promise<Child> {
  const connector = await spawnChild('connector', [ENTRIES.connector], {});
  await waitUntilUp(connector, '/stats');
  return connector;
}

export async function replyStats(connector: Child): Promise<ReplyStats> {
  return JSON.parse((await request(`${connector.url}/stats`)).body) as ReplyStats;
}
