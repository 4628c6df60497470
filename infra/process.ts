import { ConfigError } from './env.js';
import { logger } from './logger.js';

/**
 * Runs an entry point (npm start, npm run service, npm run gateway): a configuration problem prints its message
 * and exits 2; any other start-up failure is logged and exits 1.
 */
export function runMain(what: string, main: () => Promise<void>): void {
  main().catch((err) => {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(2);
    }
    logger().fatal({ err }, `${what} failed to start`);
    process.exit(1);
  });
}

/** On SIGTERM or SIGINT, runs `stop` once (stop taking work, finish in flight) and exits 0. */
export function onShutdown(stop: (signal: string) => Promise<void>): void {
  let stopping = false;
  const handle = (signal: string) => {
    if (stopping) return;
    stopping = true;
    void stop(signal).then(() => process.exit(0));
  };
  process.on('SIGTERM', () => handle('SIGTERM'));
  process.on('SIGINT', () => handle('SIGINT'));
}
