// restify: the Bot Framework endpoint, a health check, body limits and security headers.
import restify, { type Server } from 'restify';
import type { Bot } from '../bot/create-bot.js';
import type { Logger } from '../logger.js';
import { guardActivity } from './activity-guard.js';

export interface ServerDeps {
  readonly bot: Bot;
  readonly logger: Logger;
  readonly maxBodyBytes: number;
  /** Extra routes (tab pages, static files) registered by their own modules. */
  readonly routes?: readonly ((server: Server) => void)[];
}

export function createServer(deps: ServerDeps): Server {
  const { bot, logger } = deps;
  const server = restify.createServer({ name: 'handlekort-bot', handleUncaughtExceptions: false });
  server.use((_req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    next();
  });
  server.use(restify.plugins.bodyParser({ maxBodySize: deps.maxBodyBytes, mapParams: false, mapFiles: false, rejectUnknown: true }));

  server.get('/healthz', (_req, res, next) => {
    res.send(200, { status: 'ok' });
    next();
  });

  server.post('/api/messages', async (req, res) => {
    const guarded = guardActivity(req.body);
    if (!guarded.ok) {
      logger.warn({ event: 'bad-activity', reason: guarded.reason });
      res.send(400, { error: `Not a valid activity: ${guarded.reason}.` });
      return;
    }
    req.body = guarded.activity;
    try {
      await bot.adapter.process(req, res, async (context) => {
        await bot.app.run(context);
      });
    } catch (error) {
      logger.error({ event: 'request-failed', error: error instanceof Error ? error.name : typeof error }, 'request failed');
      if (!res.headersSent) res.send(500, { error: 'Internal error' });
    }
  });

  for (const register of deps.routes ?? []) register(server);

  server.on('restifyError', (req, _res, error, callback) => {
    // Client errors (400 bad JSON, 413 too large, 415 type) are logged by status only: bodies may hold text.
    logger.warn({ event: 'http-error', status: error.statusCode, route: req.getRoute()?.path ?? req.path() });
    return callback();
  });
  return server;
}
