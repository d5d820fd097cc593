// Structured JSON logs. Message text is never passed to the logger: only ids, kinds, numbers.
import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger } from 'pino';

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino({ level, base: { service: 'handlekort-bot' }, timestamp: pino.stdTimeFunctions.isoTime }, destination);
}
