// Starts the real service in-process on a free port, with logs captured, and talks Bot Framework to it over HTTP.
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { loadConfig } from '../../src/config.js';
import { createApp, type App, type AppOverrides } from '../../src/create-app.js';
import { createLogger } from '../../src/logger.js';
import { startLoopbackConnector, type LoopbackConnector, type SentActivity } from './loopback-connector.js';

export interface BotHarness {
  readonly url: string;
  readonly app: App;
  readonly connector: LoopbackConnector;
  /** Every log line the service wrote, as raw JSON text. */
  readonly logs: string[];
  ask(text: string, options?: AskOptions): Promise<Reply>;
  post(activity: Record<string, unknown>): Promise<{ status: number; body: string; replies: SentActivity[] }>;
  close(): Promise<void>;
}

export interface AskOptions {
  readonly locale?: string;
  readonly conversationId?: string;
  readonly conversationType?: 'personal' | 'channel' | 'groupChat';
  readonly platform?: string;
  readonly userId?: string;
}

export interface Reply {
  readonly status: number;
  readonly activities: Record<string, unknown>[];
  /** Adaptive Card contents of every reply, in order. */
  readonly cards: Record<string, unknown>[];
}

let sequence = 0;

export async function startBot(env: Record<string, string | undefined> = {}, overrides: AppOverrides = {}): Promise<BotHarness> {
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      logs.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      callback();
    },
  });
  const config = loadConfig({ LOG_LEVEL: 'info', ...env });
  const app = createApp(config, createLogger(config.logLevel, sink), overrides);
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = app.server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const connector = await startLoopbackConnector();

  const post = async (activity: Record<string, unknown>) => {
    const response = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
    const body = await response.text();
    const conversation = activity.conversation as { id?: string } | undefined;
    return { status: response.status, body, replies: conversation?.id ? connector.take(conversation.id) : [] };
  };

  return {
    url,
    app,
    connector,
    logs,
    post,
    async ask(text, options = {}) {
      const result = await post(messageActivity(text, connector.url, options));
      const activities = result.replies.map((r) => r.activity);
      return { status: result.status, activities, cards: cardsOf(activities) };
    },
    async close() {
      await new Promise<void>((resolve) => app.server.close(() => resolve()));
      await connector.close();
    },
  };
}

export function messageActivity(text: string, serviceUrl: string, options: AskOptions = {}): Record<string, unknown> {
  sequence += 1;
  const conversationId = options.conversationId ?? `conv-${process.pid}-${sequence}`;
  return {
    type: 'message',
    id: `act-${sequence}`,
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl,
    locale: options.locale ?? 'da-DK',
    from: { id: options.userId ?? `user-${conversationId}`, name: 'Staff member', aadObjectId: `aad-${options.userId ?? conversationId}` },
    recipient: { id: 'bot-id', name: 'Handlekort' },
    conversation: { id: conversationId, conversationType: options.conversationType ?? 'personal', tenantId: 'tenant-1' },
    text,
    textFormat: 'plain',
    entities: [{ type: 'clientInfo', locale: options.locale ?? 'da-DK', platform: options.platform ?? 'web' }],
  };
}

export function cardsOf(activities: readonly Record<string, unknown>[]): Record<string, unknown>[] {
  return activities.flatMap((activity) => {
    const attachments = (activity.attachments as { contentType?: string; content?: Record<string, unknown> }[] | undefined) ?? [];
    return attachments.filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive' && a.content).map((a) => a.content as Record<string, unknown>);
  });
}
