// Minimal keep-alive HTTP client for the bench's own calls (health polls, one-off questions, connector stats).
import { Agent, request as httpRequest } from 'node:http';

const agent = new Agent({ keepAlive: true, maxSockets: 8 });

export interface HttpResponse {
  readonly status: number;
  readonly body: string;
}

export function request(url: string, options: { method?: string; body?: string; timeoutMs?: number } = {}): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    const headers = options.body === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(options.body) };
    const req = httpRequest(url, { method: options.method ?? 'GET', agent, headers, timeout: options.timeoutMs ?? 10_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`timeout: ${options.method ?? 'GET'} ${url}`)));
    req.on('error', reject);
    req.end(options.body);
  });
}

export function closeHttp(): void {
  agent.destroy();
}
