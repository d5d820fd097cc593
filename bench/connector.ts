// A tiny Bot Connector stand-in that only counts replies: fast enough never to be the bottleneck.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReplyStats {
  readonly replies: number;
  /** Replies that carried an Adaptive Card attachment. */
  readonly cards: number;
  /** TCP connections the bots opened: few means keep-alive worked. */
  readonly connections: number;
  /** Request body bytes of all replies. */
  readonly bytes: number;
}

export interface ReplyCounter {
  readonly url: string;
  stats(): ReplyStats;
  close(): Promise<void>;
}

const ACTIVITY_PATH = /^\/v3\/conversations\/([^/]+)\/activities/;
const CARD_TYPE = Buffer.from('application/vnd.microsoft.card.adaptive');
const SENT = JSON.stringify({ id: 'bench-reply' });

/** GET /stats answers the counts as JSON; onReply sees each conversation id as its reply arrives. */
export async function startReplyCounter(port = 0, onReply?: (conversationId: string) => void): Promise<ReplyCounter> {
  let replies = 0;
  let cards = 0;
  let connections = 0;
  let bytes = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const match = ACTIVITY_PATH.exec(req.url ?? '');
      if (req.method === 'GET' && req.url === '/stats') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ replies, cards, connections, bytes } satisfies ReplyStats));
        return;
      }
      if (req.method !== 'POST' || !match) {
        res.writeHead(404);
        res.end();
        return;
      }
      const body = Buffer.concat(chunks);
      replies += 1;
      bytes += body.length;
      if (body.includes(CARD_TYPE)) cards += 1;
      onReply?.(decodeURIComponent(match[1] ?? ''));
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(SENT);
    });
  });
  server.on('connection', () => (connections += 1));
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    stats: () => ({ replies, cards, connections, bytes }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
