// Wiring only: loadConfig → createApp → listen, with graceful shutdown.
import { ConfigError, loadConfig, type Config } from './config.js';
import { createApp } from './create-app.js';
import { createLogger } from './logger.js';
import { closeGracefullyOnSignals, handleProcessErrors } from './server/lifecycle.js';

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Handlekort-bot cannot start: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}

const config = readConfig();
const logger = createLogger(config.logLevel);
handleProcessErrors(logger);
const { server } = createApp(config, logger);
closeGracefullyOnSignals(server, logger);
server.listen(config.port, config.host, () => {
  const mode = config.credentials
    ? `authenticated as app ${config.credentials.appId}`
    : 'LOCAL MODE: no MicrosoftAppId, so requests are not authenticated (for the Agents Playground / Bot Framework Emulator only)';
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.port;
  logger.info({ event: 'listening', port, municipality: config.municipality, mode: config.credentials ? 'authenticated' : 'local' }, `Handlekort-bot on ${server.url}/api/messages: ${mode}`);
});
