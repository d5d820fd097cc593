// Graceful shutdown and last-resort error logging. Errors are logged by name and stack only: never activity text.
import type { Server } from 'restify';
import type { Logger } from '../logger.js';

export const SHUTDOWN_GRACE_MS = 10_000;

export function handleProcessErrors(logger: Logger): void {
  process.on('unhandledRejection', (reason) => {
    logger.error({ event: 'unhandled-rejection', error: reason instanceof Error ? reason.name : typeof reason, stack: stackOf(reason) });
  });
  process.on('uncaughtException', (error) => {
    logger.fatal({ event: 'uncaught-exception', error: error.name, stack: stackOf(error) });
    process.exit(1);
  });
}

/** On SIGTERM/SIGINT: stop accepting connections, let in-flight turns finish, exit 0 (1 if they outlast the grace). */
export function closeGracefullyOnSignals(server: Server, logger: Logger, graceMs = SHUTDOWN_GRACE_MS): void {
  let closing = false;
  const close = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    logger.info({ event: 'shutdown', signal }, 'stopping: no new connections, finishing in-flight turns');
    const timer = setTimeout(() => {
      logger.warn({ event: 'shutdown-timeout', graceMs }, 'in-flight turns did not finish in time');
      process.exit(1);
    }, graceMs);
    timer.unref();
    server.close(() => {
      logger.info({ event: 'stopped' });
      process.exit(0);
    });
    // Keep-alive connections with no request in flight would hold close() open.
    server.server.closeIdleConnections();
  };
  process.once('SIGTERM', close);
  process.once('SIGINT', close);
}

function stackOf(value: unknown): string | undefined {
  return value instanceof Error ? value.stack?.split('\n').slice(0, 6).join(' | ') : undefined;
}
