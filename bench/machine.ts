// What the figures were measured on and which code: they mean little without it.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, totalmem } from 'node:os';
import { ROOT } from './processes.js';

export interface Machine {
  readonly cores: number;
  readonly cpu: string;
  readonly node: string;
  readonly memoryGb: number;
  readonly commit: string;
}

export function describeMachine(): Machine {
  const cpuinfo = tryRead('/proc/cpuinfo');
  return {
    cores: availableParallelism(),
    cpu: /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? 'unknown',
    node: process.version,
    memoryGb: totalmem() / 1024 ** 3,
    commit: describeCommit(),
  };
}

function describeCommit(): string {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = git('status', '--porcelain', '--', 'src', 'cards').length > 0;
    return `${git('rev-parse', '--short', 'HEAD')}${dirty ? ' (src/ has uncommitted changes)' : ''}`;
  } catch {
    return 'not a git checkout';
  }
}

function tryRead(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}
