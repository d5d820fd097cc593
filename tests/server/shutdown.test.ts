import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messageActivity } from '../helpers/bot-harness.js';
import { startLoopbackConnector } from '../helpers/loopback-connector.js';

const ROOT = resolve(__dirname, '../..');

describe('SIGTERM', () => {
  it('stops accepting, finishes the turn in flight, delivers its reply and exits 0', async () => {
    const connector = await startLoopbackConnector({ delayMs: 1500 });
    // PORT=0: the system picks a free port and the service logs the one it bound.
    const child = spawn(resolve(ROOT, 'node_modules/.bin/tsx'), ['src/index.ts'], { cwd: ROOT, env: { ...process.env, PORT: '0', NODE_ENV: '', MicrosoftAppId: '' } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolveExit) => child.on('exit', resolveExit));
    try {
      for (let i = 0; i < 100 && !output.includes('"event":"listening"'); i += 1) await new Promise((r) => setTimeout(r, 100));
      expect(output).toContain('"event":"listening"');
      const port = Number(/"event":"listening","port":(\d+)/.exec(output)?.[1]);
      expect(port).toBeGreaterThan(0);

      const inFlight = fetch(`http://127.0.0.1:${port}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(messageActivity('tvangsægteskab', connector.url, { conversationId: 'shutdown-1' })),
      });
      // SIGTERM only once the turn is provably in flight: the bot is waiting for the (slow) connector to take its reply.
      for (let i = 0; i < 200 && connector.pending() === 0; i += 1) await new Promise((r) => setTimeout(r, 25));
      expect(connector.pending()).toBe(1);
      child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 200));

      await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
      expect((await inFlight).status).toBe(200);
      expect(JSON.stringify(connector.take('shutdown-1'))).toContain('Behov for akut handling');
      expect(await exited).toBe(0);
      expect(output).toContain('"event":"stopped"');
    } finally {
      child.kill('SIGKILL');
      await connector.close();
    }
  }, 30_000);
});
