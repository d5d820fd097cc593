// The bare stack every echo server of the bench runs: the real bot's config, adapter (StrictTeamsAdapter), Application
// options, storage and restify server (src/server/create-server.ts), answering each message with what `reply` gives.
// The floor that POST /api/messages costs before any guide logic. The rate limiter is left out: it runs in the bot's
// message handler, so its cost counts as the bot's.
import { Application } from '@microsoft/teams-ai/lib/Application';
import { ActivityTypes, ConfigurationServiceClientCredentialFactory, type Attachment, type TurnContext } from 'botbuilder';
import { createStorage } from '../src/bot/create-storage.js';
import { ResilientStorage } from '../src/bot/resilient-storage.js';
import type { AppTurnState } from '../src/bot/state.js';
import { StrictTeamsAdapter } from '../src/bot/teams-adapter.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { createServer } from '../src/server/create-server.js';

export function serveEcho(reply: (context: TurnContext) => readonly Attachment[]): void {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const adapter = new StrictTeamsAdapter(
    {},
    new ConfigurationServiceClientCredentialFactory({ MicrosoftAppId: '', MicrosoftAppPassword: '', MicrosoftAppType: 'MultiTenant', MicrosoftAppTenantId: '' }),
  );
  const storage = new ResilientStorage(createStorage(config, logger), logger);
  const app = new Application<AppTurnState>({ adapter, storage, startTypingTimer: false, removeRecipientMention: true });

  app.activity(ActivityTypes.Message, async (context) => {
    await context.sendActivity({ type: ActivityTypes.Message, attachments: [...reply(context)] });
  });

  const server = createServer({ bot: { adapter, app }, logger, maxBodyBytes: config.maxBodyBytes });
  server.listen(config.port, config.host);
  // A clean exit on SIGTERM, so `node --cpu-prof` writes its profile (bench/profile.ts).
  process.once('SIGTERM', () => process.exit(0));
}
