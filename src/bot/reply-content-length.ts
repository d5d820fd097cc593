// Content-Length for the replies the bot posts to the Bot Connector, counted as UTF-8 bytes without copying the body.
// Under botbuilder's connector client, @typespec/ts-http-runtime 0.3.6 counts a string body by copying it into a Buffer
// (`Buffer.from(body).length`) and then writes the string again; a card with "•" or an emoji is a two-byte string of
// ~4 KB, so every reply paid an extra encode and an unpooled allocation. 0.3.10 counts with Buffer.byteLength, as
// here, but it needs Node 22. The runtime leaves a Content-Length that is already set alone.
import { ConnectorFactory, type ConnectorClient } from 'botframework-connector';

/** The part of @azure/core-rest-pipeline's PipelinePolicy this uses. */
interface Policy {
  readonly name: string;
  sendRequest(request: PipelineRequest, next: (request: PipelineRequest) => Promise<unknown>): Promise<unknown>;
}
interface PipelineRequest {
  readonly body?: unknown;
  readonly headers: { has(name: string): boolean; set(name: string, value: string | number): void };
}
interface Pipeline {
  addPolicy(policy: Policy, options?: { phase?: 'Serialize' | 'Retry' | 'Sign' }): void;
  getOrderedPolicies(): readonly { readonly name: string }[];
}

/** Clients that have the policy already (ConnectorFactoryImpl makes a new one per turn; another factory may not). */
const counted = new WeakSet<ConnectorClient>();

export const CONTENT_LENGTH_POLICY = 'handlekortUtf8ContentLength';

const contentLength: Policy = {
  name: CONTENT_LENGTH_POLICY,
  sendRequest(request, next) {
    if (typeof request.body === 'string' && !request.headers.has('Content-Length')) request.headers.set('Content-Length', Buffer.byteLength(request.body, 'utf8'));
    return next(request);
  },
};

/**
 * The pipeline of the core-client ServiceClient a botframework-connector ConnectorClient sends through (its `client`
 * field, private in the typings), or undefined if a botbuilder release changes that shape: replies then go out as the
 * SDK sends them, and tests/bot/reply-content-length.test.ts fails.
 */
export function pipelineOf(connectorClient: ConnectorClient): Pipeline | undefined {
  const pipeline = (connectorClient as unknown as { client?: { pipeline?: Partial<Pipeline> } }).client?.pipeline;
  return typeof pipeline?.addPolicy === 'function' && typeof pipeline.getOrderedPolicies === 'function' ? (pipeline as Pipeline) : undefined;
}

/** Adds the policy in the Sign phase, after the body is serialized and the headers are rebuilt by signing (once per client). */
export function countBytesWithoutCopy(connectorClient: ConnectorClient): ConnectorClient {
  if (counted.has(connectorClient)) return connectorClient;
  pipelineOf(connectorClient)?.addPolicy(contentLength, { phase: 'Sign' });
  counted.add(connectorClient);
  return connectorClient;
}

/** A ConnectorFactory whose clients count reply bytes without a copy. */
export class ContentLengthConnectorFactory extends ConnectorFactory {
  constructor(private readonly inner: ConnectorFactory) {
    super();
  }

  override async create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    return countBytesWithoutCopy(await this.inner.create(serviceUrl, audience));
  }
}
