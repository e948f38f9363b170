import type { Logger } from './http/logger';

/**
 * A promise nobody awaited failed, or a callback threw: the process is in a state no code
 * planned for, so log what happened and stop with exit code 1 (`stop` closes the database
 * first when it can), for a supervisor to restart a clean process.
 */
export function exitOnCrash(logger: Logger, stop: (reason: string, exitCode: number) => void) {
  process.on('unhandledRejection', (reason) => {
    logger.error('unhandled rejection; stopping', { error: describe(reason) });
    stop('unhandledRejection', 1);
  });
  process.on('uncaughtException', (error) => {
    logger.error('uncaught exception; stopping', { error: describe(error) });
    stop('uncaughtException', 1);
  });
}

function describe(reason: unknown): string {
  return reason instanceof Error ? (reason.stack ?? reason.message) : String(reason);
}
