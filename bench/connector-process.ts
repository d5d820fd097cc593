// Child-process entry for the reply counter, so it never shares an event loop with a bot or the load generator.
import { startReplyCounter } from './connector.js';

void startReplyCounter(Number(process.env.PORT));
