// Builds the whole service from a validated config; index.ts listens, tests and the benchmark reuse it.
import type { Storage } from 'botbuilder';
import type { Server } from 'restify';
import { createGuideService, type GuideService } from './answer/ask.js';
import { createBot, type Bot } from './bot/create-bot.js';
import { createStorage } from './bot/create-storage.js';
import { ResilientStorage } from './bot/resilient-storage.js';
import type { Config } from './config.js';
import { getGuide } from './guide/index.js';
import type { Logger } from './logger.js';
import { createServer } from './server/create-server.js';
import { tabRateLimit } from './server/tab-rate-limit.js';
import { tabRoutes } from './server/tab-routes.js';

export interface AppOverrides {
  readonly storage?: Storage;
  readonly now?: () => Date;
}

export interface App {
  readonly server: Server;
  readonly bot: Bot;
  readonly service: GuideService;
}

export function createApp(config: Config, logger: Logger, overrides: AppOverrides = {}): App {
  const guide = getGuide(config.municipality);
  const service = createGuideService(guide, config.openingHours ?? guide.openingHours.weekdays);
  const storage = new ResilientStorage(overrides.storage ?? createStorage(config, logger), logger);
  const bot = createBot({ config, logger, storage, service, now: overrides.now });
  const tabs = tabRoutes({
    guide,
    openingHours: config.openingHours ?? guide.openingHours.weekdays,
    publicBaseUrl: config.publicBaseUrl,
    now: overrides.now,
    guard: tabRateLimit(config.rateLimit.tabRequestsPerMinute),
  });
  const server = createServer({ bot, logger, maxBodyBytes: config.maxBodyBytes, routes: [tabs] });
  return { server, bot, service };
}
