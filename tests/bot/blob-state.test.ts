// Conversation state in Blob Storage (Azurite): shared by two real bot processes, kept over a restart, and soft when storage fails.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BlobServiceClient } from '@azure/storage-blob';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardsOf, messageActivity } from '../helpers/bot-harness.js';
import { startLoopbackConnector, type LoopbackConnector } from '../helpers/loopback-connector.js';

const ROOT = resolve(__dirname, '../..');
// Azurite's published development account key: not a secret.
const ACCOUNT_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
const connectionString = (port: number) =>
  `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${ACCOUNT_KEY};BlobEndpoint=http://127.0.0.1:${port}/devstoreaccount1;`;
const QUESTION = 'jeg er myndighedsrådgiver og det er akut';
const OVER_18_SHELTER = '70 20 30 82';
// The question is acute: the card asking for the audience leads with the acute contacts, then asks to choose.
const CHOOSE_AUDIENCE = 'Vælg derefter din rolle og borgerens alder';
const STARTUP_MS = 30_000;

const running = new Set<ChildProcess>();
// Children run in their own process group (tsx starts a second node): kill the group, even if the worker exits early.
process.on('exit', () => running.forEach((child) => killGroup(child, 'SIGKILL')));

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

function startProcess(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): { child: ChildProcess; output: string[]; stop: () => Promise<void> } {
  const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  const output: string[] = [];
  const collect = (chunk: Buffer) => output.push(...chunk.toString('utf8').split('\n').filter(Boolean));
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      killGroup(child, 'SIGTERM');
      const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    running.delete(child);
  };
  return { child, output, stop };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

async function waitFor(condition: () => boolean | Promise<boolean>, what: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

const portOpen = (port: number) =>
  new Promise<boolean>((done) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });

interface Azurite {
  readonly port: number;
  stop(): Promise<void>;
}

async function startAzurite(port: number): Promise<Azurite> {
  const location = await mkdtemp(join(tmpdir(), 'azurite-'));
  // In-memory persistence does not combine with --location, so the temp dir is its working directory; the SDK's API version is newer than Azurite's.
  const args = ['--silent', '--inMemoryPersistence', '--skipApiVersionCheck', '--disableTelemetry', '--blobHost', '127.0.0.1', '--blobPort', String(port)];
  const azurite = startProcess(resolve(ROOT, 'node_modules/.bin/azurite-blob'), args, { cwd: location });
  try {
    await waitFor(async () => azurite.child.exitCode === null && (await portOpen(port)), `Azurite on ${port}: ${azurite.output.join('\n')}`, STARTUP_MS);
  } catch (error) {
    await azurite.stop();
    throw error;
  }
  return {
    port,
    async stop() {
      await azurite.stop();
      await rm(location, { recursive: true, force: true });
    },
  };
}

interface BotProcess {
  readonly url: string;
  readonly logs: string[];
  stop(): Promise<void>;
}

async function startBotProcess(storagePort: number): Promise<BotProcess> {
  // PORT=0: the system picks a free port and the bot logs the one it bound, so nothing can take it in between.
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: '', MicrosoftAppId: '', LOG_LEVEL: 'info', HOST: '127.0.0.1', PORT: '0', MUNICIPALITY: 'aalborg', BLOB_STORAGE_CONNECTION_STRING: connectionString(storagePort) };
  delete env.BLOB_STORAGE_CONTAINER;
  const bot = startProcess(resolve(ROOT, 'node_modules/.bin/tsx'), ['src/index.ts'], { cwd: ROOT, env });
  try {
    await waitFor(() => bot.child.exitCode === null && bot.output.some((line) => line.includes('"event":"listening"')), `the bot to listen: ${bot.output.join('\n')}`, STARTUP_MS);
  } catch (error) {
    await bot.stop();
    throw error;
  }
  const port = Number(/"event":"listening","port":(\d+)/.exec(bot.output.join('\n'))?.[1]);
  if (!(port > 0)) {
    await bot.stop();
    throw new Error(`no port in the bot's listening line: ${bot.output.join('\n')}`);
  }
  return { url: `http://127.0.0.1:${port}`, logs: bot.output, stop: bot.stop };
}

let connector: LoopbackConnector;
let azurite: Azurite;
let a: BotProcess;
let b: BotProcess;
let conversation = 0;
const newConversation = () => `blob-state-${process.pid}-${++conversation}`;

async function post(bot: BotProcess, activity: Record<string, unknown>): Promise<{ status: number; text: string; ms: number }> {
  const started = performance.now();
  const response = await fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  await response.text();
  const ms = performance.now() - started;
  const replies = connector.take((activity.conversation as { id: string }).id).map((r) => r.activity);
  return { status: response.status, text: JSON.stringify(cardsOf(replies)), ms };
}

const ask = (bot: BotProcess, conversationId: string) => post(bot, messageActivity(QUESTION, connector.url, { conversationId }));
// A card button: value and no text.
const chooseOver18 = (bot: BotProcess, conversationId: string) =>
  post(bot, { ...messageActivity('', connector.url, { conversationId }), text: undefined, value: { verb: 'audience', audienceId: 'caseworker-over-18' } });

beforeAll(async () => {
  connector = await startLoopbackConnector();
  azurite = await startAzurite(await freePort());
  [a, b] = await Promise.all([startBotProcess(azurite.port), startBotProcess(azurite.port)]);
});

afterAll(async () => {
  await Promise.allSettled([a?.stop(), b?.stop(), azurite?.stop(), connector?.close()]);
});

describe('conversation state in Blob Storage', () => {
  const remembered = newConversation();

  it('says at start-up that state is in Blob Storage, naming the container and never the connection string', () => {
    const line = a.logs.find((l) => l.includes('"event":"storage"'));
    expect(line).toContain('"kind":"blob"');
    expect(line).toContain('"container":"handlekort-state"');
    expect(a.logs.join('\n')).not.toContain(ACCOUNT_KEY);
  });

  it('keeps the audience chosen on one instance for the next question on another', async () => {
    const chosen = await chooseOver18(a, remembered);
    expect(chosen.status).toBe(200);
    expect(chosen.text).toContain('For myndighedsrådgiver (over 18 år)');

    const onB = await ask(b, remembered);
    expect(onB.status).toBe(200);
    expect(onB.text).toContain(OVER_18_SHELTER);
    expect(onB.text).not.toContain(CHOOSE_AUDIENCE);

    // Without the stored audience, the same question gets the audience question instead.
    const fresh = await ask(b, newConversation());
    expect(fresh.text).toContain(CHOOSE_AUDIENCE);
    expect(fresh.text).not.toContain(OVER_18_SHELTER);
  });

  it('still remembers after the instance is restarted', async () => {
    await a.stop();
    a = await startBotProcess(azurite.port);
    const again = await ask(a, remembered);
    expect(again.text).toContain(OVER_18_SHELTER);
    expect(again.text).not.toContain(CHOOSE_AUDIENCE);
  }, 60_000);

  it('stores the audience and nothing else: no blob holds the question', async () => {
    const container = BlobServiceClient.fromConnectionString(connectionString(azurite.port)).getContainerClient('handlekort-state');
    const contents: string[] = [];
    for await (const blob of container.listBlobsFlat()) {
      contents.push((await container.getBlobClient(blob.name).downloadToBuffer()).toString('utf8'));
    }
    expect(contents.length).toBeGreaterThan(0);
    expect(contents).toContain(JSON.stringify({ audienceId: 'caseworker-over-18' }));
    for (const content of contents) {
      expect(content).not.toContain(QUESTION);
      expect(content).not.toMatch(/akut|myndighedsrådgiver/);
      expect(Object.keys(JSON.parse(content) as object).every((key) => key === 'audienceId')).toBe(true);
    }
  });
});

describe('when Blob Storage fails', () => {
  let c: BotProcess;
  let storagePort: number;
  let hanging: Server;
  const sockets = new Set<Socket>();
  let revived: Azurite | undefined;

  beforeAll(async () => {
    // Accepts connections and never answers: the worst case, as a firewall that drops packets.
    hanging = createServer((socket) => sockets.add(socket));
    await new Promise<void>((done) => hanging.listen(0, '127.0.0.1', done));
    storagePort = (hanging.address() as { port: number }).port;
    c = await startBotProcess(storagePort);
  });

  afterAll(async () => {
    sockets.forEach((socket) => socket.destroy());
    await Promise.allSettled([c?.stop(), revived?.stop(), new Promise((done) => hanging.close(done))]);
  });

  const warnings = (event: string) => c.logs.filter((line) => line.includes(`"event":"${event}"`));

  it('answers within about a second per storage call while storage hangs, and warns without secrets or text', async () => {
    const conversationId = newConversation();
    const chosen = await chooseOver18(c, conversationId); // reads and writes: the slowest turn
    expect(chosen.status).toBe(200);
    expect(chosen.text).toContain('For myndighedsrådgiver (over 18 år)');
    expect(chosen.ms).toBeLessThan(5_000);
    await waitFor(() => warnings('storage-read-failed').length > 0 && warnings('storage-write-failed').length > 0, 'storage warnings', 5_000);
    expect(warnings('storage-read-failed')[0]).toContain('"error":"StorageTimeoutError"');
  });

  it('answers quickly when storage refuses connections, without memory', async () => {
    sockets.forEach((socket) => socket.destroy());
    await new Promise((done) => hanging.close(done));
    const before = warnings('storage-read-failed').length;
    const reply = await ask(c, newConversation());
    expect(reply.status).toBe(200);
    expect(reply.text).toContain(CHOOSE_AUDIENCE);
    expect(reply.ms).toBeLessThan(3_000);
    await waitFor(() => warnings('storage-read-failed').length > before, 'a read warning', 5_000);
  });

  it('remembers again once storage is back, without a restart', async () => {
    revived = await startAzurite(storagePort);
    const conversationId = newConversation();
    await chooseOver18(c, conversationId);
    const reply = await ask(c, conversationId);
    expect(reply.text).toContain(OVER_18_SHELTER);
  }, 60_000);

  it('never logs the connection string or the question', () => {
    const logs = c.logs.join('\n');
    expect(logs).not.toContain(ACCOUNT_KEY);
    expect(logs).not.toContain('BlobEndpoint');
    expect(logs).not.toContain(QUESTION);
  });
});
