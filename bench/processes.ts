// Child processes: each server on its own loopback port and event loop, polled until healthy, always killed.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { request } from './http.js';

/** The project folder: the nearest with a package.json, from bench/ under tsx and from dist/bench/ when built. */
export const ROOT = projectRoot(resolve(__dirname, '..'));

function projectRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return start;
  }
}
const HOST = '127.0.0.1';
const OUTPUT_TAIL = 4_000;
const STOP_GRACE_MS = 2_000;

export interface Child {
  readonly name: string;
  readonly pid: number;
  readonly url: string;
  /** performance.now() just before spawn. */
  readonly spawnedAt: number;
  exited(): boolean;
  /** The last few KB of stdout + stderr, for error messages. */
  output(): string;
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();

/** Every entry point is a node process, so pid is the server itself (no npm or tsx wrapper in between). */
export async function spawnChild(name: string, args: readonly string[], env: Readonly<Record<string, string>>): Promise<Child> {
  const port = await freePort();
  let tail = '';
  const keep = (chunk: Buffer) => (tail = (tail + chunk.toString('utf8')).slice(-OUTPUT_TAIL));
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    // A clean environment: a developer's MicrosoftAppId or NODE_OPTIONS must not change what is measured.
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TMPDIR: process.env.TMPDIR ?? '/tmp', ...env, PORT: String(port), HOST },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exit = new Promise<void>((done) => child.once('exit', () => done()));
  void exit.then(() => running.delete(child));
  if (child.pid === undefined) throw new Error(`${name}: spawn failed`);
  return {
    name,
    pid: child.pid,
    url: `http://${HOST}:${port}`,
    spawnedAt,
    exited: () => child.exitCode !== null || child.signalCode !== null,
    output: () => tail,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
      await exit;
      clearTimeout(timer);
    },
  };
}

/** Polls GET path until 200; fails fast if the child died, and after timeoutMs. */
export async function waitUntilUp(child: Child, path: string, timeoutMs = 30_000): Promise<number> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (child.exited()) throw new Error(`${child.name} exited during start-up:\n${child.output()}`);
    const up = await request(child.url + path, { timeoutMs: 1_000 }).then((r) => r.status === 200, () => false);
    if (up) return performance.now();
    await sleep(5);
  }
  throw new Error(`${child.name} not up after ${timeoutMs} ms:\n${child.output()}`);
}

/** Resident set size in MB from /proc (Linux): read from outside, so the service needs no extra endpoint. */
export function rssMb(pid: number, field: 'VmRSS' | 'VmHWM' = 'VmRSS'): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith(`${field}:`));
  const kb = Number(/(\d+)/.exec(line ?? '')?.[1]);
  if (!Number.isFinite(kb)) throw new Error(`no ${field} for pid ${pid}`);
  return kb / 1024;
}

/** Last resort on exit or a signal: synchronous, so it also runs from process.on('exit'). */
export function killAllNow(): void {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
}

export function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, HOST, done));
  const address = server.address();
  await new Promise<void>((done) => server.close(() => done()));
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}
