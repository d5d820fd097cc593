// A per-client limit on the tab pages: 429 with Retry-After when exceeded.
import type { Request, RequestHandler, Response } from 'restify';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

export function tabRateLimit(requestsPerMinute: number): RequestHandler {
  const limiter = new RateLimiterMemory({ keyPrefix: 'tab', points: requestsPerMinute, duration: 60 });
  return (req: Request, res: Response, next) => {
    limiter
      .consume(req.connection.remoteAddress ?? 'unknown')
      .then(() => next())
      .catch((rejection: unknown) => {
        if (!(rejection instanceof RateLimiterRes)) return next(rejection as Error);
        res.setHeader('Retry-After', String(Math.ceil(rejection.msBeforeNext / 1000)));
        res.send(429, 'Too many requests: wait a minute and reload.');
        return next(false);
      });
  };
}
