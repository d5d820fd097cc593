import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const TSX = resolve(ROOT, 'node_modules/.bin/tsx');

/** Runs src/index.ts as its own process until `until` matches its output or it exits. */
function run(env: Record<string, string>, until: RegExp): Promise<{ output: string; code: number | null; port?: number; stop: () => void }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(TSX, ['src/index.ts'], { cwd: ROOT, env: { ...process.env, NODE_ENV: '', MicrosoftAppId: '', ...env } });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`timed out; output so far:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (until.test(output)) {
        clearTimeout(timer);
        resolvePromise({ output, code: null, port: Number(/"port":(\d+)/.exec(output)?.[1]), stop: () => child.kill('SIGTERM') });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolvePromise({ output, code, stop: () => undefined });
    });
  });
}

describe('starting the service', () => {
  it('runs in local mode without credentials, says so, and answers /healthz', async () => {
    // PORT=0: the system picks a free port and the service logs the one it bound, so no other test can take it first.
    const started = await run({ PORT: '0' }, /"event":"listening"/);
    try {
      expect(started.output).toMatch(/LOCAL MODE/);
      expect(started.port).toBeGreaterThan(0);
      const response = await fetch(`http://127.0.0.1:${started.port}/healthz`);
      expect(response.status).toBe(200);
    } finally {
      started.stop();
    }
  });

  it('refuses to start in production without MicrosoftAppId, with a clear message', async () => {
    const result = await run({ NODE_ENV: 'production' }, /$^/);
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/refusing to start without Bot Framework authentication/);
  });
});
