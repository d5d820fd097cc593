// Reads a V8 .cpuprofile: self time per function and inclusive time of project code, mapped to src/*.ts.
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT } from './processes.js';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number; readonly columnNumber: number };
  readonly children?: readonly number[];
}

export interface CpuProfile {
  readonly startTime: number;
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** Prints both tables; samples in the first skipMs (start-up) are left out. */
export function reportProfile(profile: CpuProfile, skipMs = 0, top = 25): void {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const names = new Map<number, string>();
  let total = 0;
  let elapsed = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    elapsed += dt;
    if (elapsed < skipMs * 1000) return;
    total += dt;
    const seen = new Set<string>();
    for (let node = nodes.get(id), first = true; node; node = nodes.get(parents.get(node.id) ?? -1), first = false) {
      const key = names.get(node.id) ?? frameName(node);
      names.set(node.id, key);
      if (first) self.set(key, (self.get(key) ?? 0) + dt);
      if (!seen.has(key)) inclusive.set(key, (inclusive.get(key) ?? 0) + dt);
      seen.add(key);
    }
  });
  const print = (title: string, times: Map<string, number>, keep: (key: string) => boolean) => {
    console.log(`\n${title} (of ${(total / 1000).toFixed(0)} ms sampled)`);
    for (const [key, time] of [...times].filter(([key]) => keep(key)).sort((a, b) => b[1] - a[1]).slice(0, top)) {
      console.log(`${((100 * time) / total).toFixed(1).padStart(5)} %  ${key}`);
    }
  };
  print('Self time', self, () => true);
  print('Inclusive time, project code', inclusive, (key) => / src\/.*\.ts:/.test(key));
}

const sourceMaps = new Map<string, SourceMap | undefined>();

/** Function and place, in src/*.ts through dist's source maps where there is one. */
function frameName(node: ProfileNode): string {
  const { functionName, url, lineNumber, columnNumber } = node.callFrame;
  const name = functionName || '(anonymous)';
  if (!url) return `${name} (native)`;
  const path = url.startsWith('file://') ? fileURLToPath(url) : url;
  const entry = sourceMapOf(path)?.findEntry(lineNumber, columnNumber);
  if (entry && 'originalSource' in entry) {
    const source = entry.originalSource.startsWith('file://') ? fileURLToPath(entry.originalSource) : join(path, '..', entry.originalSource);
    return `${name} ${shortPath(source)}:${entry.originalLine + 1}`;
  }
  return `${name} ${shortPath(path)}:${lineNumber + 1}`;
}

function shortPath(path: string): string {
  const inModules = path.lastIndexOf('/node_modules/');
  if (inModules >= 0) return path.slice(inModules + 1);
  return path.startsWith(ROOT) ? relative(ROOT, path) : path;
}

function sourceMapOf(path: string): SourceMap | undefined {
  if (!sourceMaps.has(path)) {
    const file = `${path}.map`;
    sourceMaps.set(path, path.includes('/dist/') && existsSync(file) ? new SourceMap(JSON.parse(readFileSync(file, 'utf8')) as ConstructorParameters<typeof SourceMap>[0]) : undefined);
  }
  return sourceMaps.get(path);
}

