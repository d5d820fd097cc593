// A local Bot Connector service: records what the bot sends back, as the Agents Playground's connector does.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SentActivity {
  readonly conversationId: string;
  readonly replyToId?: string;
  readonly activity: Record<string, unknown>;
}

export interface LoopbackConnector {
  readonly url: string;
  /** Requests received but not yet answered (held by delayMs). */
  readonly pending: () => number;
  /** Activities received for a conversation, in order; cleared with take(). */
  take(conversationId: string): SentActivity[];
  close(): Promise<void>;
}

/** delayMs holds every reply that long before acknowledging it, to keep a turn in flight. */
export async function startLoopbackConnector(options: { readonly delayMs?: number } = {}): Promise<LoopbackConnector> {
  const received = new Map<string, SentActivity[]>();
  let counter = 0;
  let pending = 0;
  const server: Server = createServer((req, res) => {
    pending += 1;
    res.on('close', () => (pending -= 1));
    void readBody(req).then(async (body) => {
      if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
      const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?/.exec(req.url ?? '');
      if (req.method !== 'POST' || !match) {
        // restify patches ServerResponse.writeHead globally and drops its return value: no chaining.
        res.writeHead(404);
        res.end();
        return;
      }
      const conversationId = decodeURIComponent(match[1] ?? '');
      const list = received.get(conversationId) ?? [];
      list.push({ conversationId, replyToId: match[2] && decodeURIComponent(match[2]), activity: body ? (JSON.parse(body) as Record<string, unknown>) : {} });
      received.set(conversationId, list);
      counter += 1;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `sent-${counter}` }));
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    pending: () => pending,
    take(conversationId) {
      const list = received.get(conversationId) ?? [];
      received.delete(conversationId);
      return list;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
