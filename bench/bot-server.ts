// The real service as src/index.ts wires it (loadConfig → createApp → listen), with createApp's `now` seam pinned
// to a weekday morning so the figures do not depend on the day the bench runs.
import { loadConfig } from '../src/config.js';
import { createApp } from '../src/create-app.js';
import { createLogger } from '../src/logger.js';
import { WEEKDAY_MORNING } from './clock.js';

const config = loadConfig();
const { server } = createApp(config, createLogger(config.logLevel), { now: () => WEEKDAY_MORNING });
server.listen(config.port, config.host);
// A clean exit on SIGTERM, so `node --cpu-prof` writes its profile (bench/profile.ts).
process.once('SIGTERM', () => process.exit(0));
