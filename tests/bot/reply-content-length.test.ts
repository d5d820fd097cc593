// Replies to the Bot Connector carry a Content-Length that is the body's UTF-8 byte count, worked out without copying
// the body into a Buffer (src/bot/reply-content-length.ts).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_LENGTH_POLICY, countBytesWithoutCopy, pipelineOf } from '../../src/bot/reply-content-length.js';
import { messageActivity, startBot, type BotHarness } from '../helpers/bot-harness.js';
import { ConnectorClient, MicrosoftAppCredentials } from 'botframework-connector';

interface Received {
  readonly contentLength: string | undefined;
  readonly bytes: Buffer;
}

let bot: BotHarness;
let connector: Server;
let connectorUrl: string;
const received: Received[] = [];

beforeAll(async () => {
  bot = await startBot({ MUNICIPALITY: 'gladsaxe' });
  connector = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ contentLength: req.headers['content-length'], bytes: Buffer.concat(chunks) });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"id":"sent"}');
    });
  });
  await new Promise<void>((resolve) => connector.listen(0, '127.0.0.1', resolve));
  connectorUrl = `http://127.0.0.1:${(connector.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await bot.close();
  await new Promise((resolve) => connector.close(resolve));
});

afterEach(() => {
  vi.restoreAllMocks();
  received.length = 0;
});

/** A question whose answer is the red card (•, – and 📞 in it), replied to the recording connector. */
async function askForRedCard(): Promise<void> {
  const response = await fetch(`${bot.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(messageActivity('tvangsægteskab', connectorUrl)),
  });
  expect(response.status).toBe(200);
  expect(received).toHaveLength(1);
}

describe('replies to the Bot Connector', () => {
  it('carry the UTF-8 byte count of a card with "•", "–" and emoji as Content-Length, and the whole card arrives', async () => {
    await askForRedCard();
    const [reply] = received;
    const text = reply!.bytes.toString('utf8');
    expect(text).toMatch(/[•–📞]/u);
    expect(text.length).toBeLessThan(reply!.bytes.length); // multi-byte characters: characters ≠ bytes
    expect(reply!.contentLength).toBe(String(reply!.bytes.length));
    expect(JSON.stringify(JSON.parse(text))).toContain('Behov for akut handling');
  });

  it('are never copied into a Buffer to count their bytes', async () => {
    const from = vi.spyOn(Buffer, 'from');
    await askForRedCard();
    const copiesOfTheReply = from.mock.calls.filter(([value]) => typeof value === 'string' && value.includes('Behov for akut handling'));
    expect(copiesOfTheReply).toEqual([]);
  });
});

describe('countBytesWithoutCopy', () => {
  // As ConnectorFactoryImpl builds one for each turn: with request policy factories, which go through the compat layer.
  const client = () => new ConnectorClient(new MicrosoftAppCredentials('', ''), { baseUri: 'http://127.0.0.1:1', requestPolicyFactories: [] });

  it('finds the pipeline of the installed botframework-connector client (fails when a release moves it)', () => {
    expect(pipelineOf(client())).toBeDefined();
  });

  it('adds its policy once, after the body is serialized and the headers rebuilt by signing, however often a client passes through', () => {
    const connectorClient = countBytesWithoutCopy(countBytesWithoutCopy(client()));
    const names = pipelineOf(connectorClient)!.getOrderedPolicies().map((policy) => policy.name);
    expect(names.filter((name) => name === CONTENT_LENGTH_POLICY)).toHaveLength(1);
    const at = names.indexOf(CONTENT_LENGTH_POLICY);
    for (const before of ['serializationPolicy', 'ServiceClientContext_RequestPolicyFactories', 'ServiceClientContext_Credentials_SignRequest']) {
      expect(names.indexOf(before), before).toBeGreaterThanOrEqual(0);
      expect(names.indexOf(before), before).toBeLessThan(at);
    }
  });
});
