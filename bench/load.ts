// One autocannon run against POST /api/messages with a new body per request; latencies kept unrounded.
import autocannon from 'autocannon';
import { sleep } from './processes.js';
import { summarize, type Summary } from './stats.js';

export interface LoadOptions {
  readonly url: string;
  readonly connections: number;
  readonly nextBody: () => string;
  /** Seconds, or a number of requests (amount wins); one of the two bounds every run. */
  readonly seconds?: number;
  readonly amount?: number;
  /** Requests per second per connection. */
  readonly connectionRate?: number;
}

export interface LoadResult {
  readonly ok: number;
  readonly errors: number;
  readonly non2xx: number;
  readonly seconds: number;
  readonly rate: number;
  /** Per-turn latency of 2xx responses, ms. */
  readonly latency: Summary;
  readonly samples: readonly number[];
}

const REQUEST_TIMEOUT_S = 10;
const AMOUNT_LIMIT_S = 120;

export function runLoad(options: LoadOptions): Promise<LoadResult> {
  const samples: number[] = [];
  let limit: NodeJS.Timeout | undefined;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        // autocannon rejects keys set to undefined: only the bounds that were asked for.
        ...(options.seconds !== undefined && { duration: options.seconds }),
        ...(options.amount !== undefined && { amount: options.amount }),
        ...(options.connectionRate !== undefined && { connectionRate: options.connectionRate }),
        timeout: REQUEST_TIMEOUT_S,
        requests: [
          {
            method: 'POST',
            path: '/api/messages',
            headers: { 'content-type': 'application/json' },
            setupRequest: (req) => ({ ...req, body: options.nextBody() }),
          },
        ],
      },
      (error, result) => {
        clearTimeout(limit);
        if (error) return reject(error instanceof Error ? error : new Error(String(error)));
        const ok = result['2xx'];
        resolve({
          ok,
          errors: result.errors,
          non2xx: result.non2xx,
          seconds: result.duration,
          rate: ok / result.duration,
          latency: summarize(samples),
          samples,
        });
      },
    );
    // autocannon lets `amount` override `duration`: this timer keeps an amount run bounded too.
    limit = setTimeout(() => instance.stop(), (options.seconds ?? AMOUNT_LIMIT_S) * 1000 + 5_000);
    instance.on('response', (_client, status, _bytes, ms) => {
      if (status >= 200 && status < 300) samples.push(ms);
    });
  });
}

/**
 * A steady rate. autocannon's overallRate sends each connection's quota for a second back to back when the second
 * starts, so 200/s arrives as one burst; instead, `streams` single-connection runs at rate/streams per second each,
 * started 1000/streams ms apart, spread the turns evenly over every second.
 */
export async function runPaced(options: { url: string; rate: number; seconds: number; streams: number; nextBody: () => string }): Promise<LoadResult> {
  const runs: Promise<LoadResult>[] = [];
  for (let stream = 0; stream < options.streams; stream++) {
    runs.push(runLoad({ url: options.url, connections: 1, connectionRate: options.rate / options.streams, seconds: options.seconds, nextBody: options.nextBody }));
    await sleep(1000 / options.streams);
  }
  const results = await Promise.all(runs);
  const samples = results.flatMap((r) => r.samples);
  return {
    ok: results.reduce((n, r) => n + r.ok, 0),
    errors: results.reduce((n, r) => n + r.errors, 0),
    non2xx: results.reduce((n, r) => n + r.non2xx, 0),
    seconds: options.seconds,
    rate: results.reduce((n, r) => n + r.rate, 0),
    latency: summarize(samples),
    samples,
  };
}
