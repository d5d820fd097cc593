// tsx bench/profile.ts [bot|echo|card-echo] [seconds]: one server under concurrency-16 load with --cpu-prof, then where the
// time went (mapped to src/*.ts). tsx bench/profile.ts <file.cpuprofile>: the same report for an existing profile.
// Profiles stay in bench/tmp/ (git-ignored) for Chrome DevTools or speedscope.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENTRIES, ensureBuilt } from './build.js';
import { closeHttp } from './http.js';
import { runLoad } from './load.js';
import { killAllNow, ROOT, spawnChild, waitUntilUp } from './processes.js';
import { reportProfile, type CpuProfile } from './profile-report.js';
import { SERVER_ENV, START_FLAGS, startConnector } from './servers.js';
import { turnBodies } from './turns.js';

const TARGETS = { bot: ENTRIES.pinnedBot, echo: ENTRIES.echo, 'card-echo': ENTRIES.cardEcho } as const;
type Target = keyof typeof TARGETS;

async function profileUnderLoad(target: Target, seconds: number): Promise<void> {
  const dir = join(ROOT, 'bench/tmp', `profile-${target}-${Date.now()}`);
  const connector = await startConnector();
  let startUpMs = 0;
  try {
    const server = await spawnChild(`${target} (profiled)`, [...START_FLAGS, '--cpu-prof', '--cpu-prof-dir', dir, TARGETS[target]], SERVER_ENV);
    try {
      startUpMs = (await waitUntilUp(server, '/healthz')) - server.spawnedAt;
      const load = await runLoad({ url: server.url, connections: 16, seconds, nextBody: turnBodies(connector.url, 'profile') });
      console.log(`${target}: ${load.ok} turns, ${load.rate.toFixed(0)}/s, p50 ${load.latency.p50.toFixed(2)} ms, p99 ${load.latency.p99.toFixed(2)} ms`);
    } finally {
      await server.stop(); // SIGTERM: a clean exit, so node writes the profile
    }
  } finally {
    await connector.stop();
    closeHttp();
  }
  const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no profile in ${dir}`);
  console.log(`profile: ${join(dir, file)}`);
  reportProfile(readProfile(join(dir, file)), startUpMs);
}

function readProfile(path: string): CpuProfile {
  return JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
}

async function main(): Promise<void> {
  const [first = 'bot', second] = process.argv.slice(2);
  if (first.endsWith('.cpuprofile')) return reportProfile(readProfile(first));
  if (!Object.hasOwn(TARGETS, first)) throw new Error(`usage: tsx bench/profile.ts [${Object.keys(TARGETS).join('|')}] [seconds] | <file.cpuprofile>`);
  const seconds = Number(second);
  ensureBuilt();
  await profileUnderLoad(first as Target, Number.isInteger(seconds) && seconds > 0 && seconds <= 600 ? seconds : 15);
}

process.on('exit', killAllNow);
main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
