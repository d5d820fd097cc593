// Builds dist/ (src and the bench's servers, with the project's build options) when it is missing or older than its
// sources, so every server runs as built JS, as `npm start` runs the bot.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './processes.js';

export const ENTRIES = {
  bot: 'dist/src/index.js',
  pinnedBot: 'dist/bench/bot-server.js',
  echo: 'dist/bench/echo-bot.js',
  cardEcho: 'dist/bench/card-echo-bot.js',
  connector: 'dist/bench/connector-process.js',
} as const;
const SOURCES = ['src', 'bench', 'tests/helpers', 'cards', 'tsconfig.json', 'tsconfig.build.json', 'package.json'];

export interface BuildResult {
  readonly built: boolean;
  readonly ms: number;
}

export function ensureBuilt(): BuildResult {
  const outputs = Object.values(ENTRIES).map((entry) => join(ROOT, entry));
  const oldest = Math.min(...outputs.map((path) => (existsSync(path) ? statSync(path).mtimeMs : 0)));
  if (oldest > 0 && newestSource() <= oldest) return { built: false, ms: 0 };
  const started = performance.now();
  console.log('dist/ is missing or stale: tsc -p bench/tsconfig.build.json (src + bench, the project build options)');
  const tsc = require.resolve('typescript/bin/tsc', { paths: [ROOT] });
  const result = spawnSync(process.execPath, [tsc, '-p', join(ROOT, 'bench/tsconfig.build.json')], { cwd: ROOT, stdio: 'inherit', timeout: 180_000 });
  if (result.status !== 0) throw new Error(`build failed (${result.error?.message ?? `exit ${result.status}`})`);
  return { built: true, ms: performance.now() - started };
}

function newestSource(): number {
  return Math.max(...SOURCES.map((path) => newest(join(ROOT, path))));
}

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return /\.(ts|json)$/.test(path) ? stat.mtimeMs : 0;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}
