import { AsyncLocalStorage } from 'node:async_hooks';
import { pino, type Logger, type LoggerOptions } from 'pino';

/** What follows a request across awaits, so every log line carries its request id. */
export interface RequestScope {
  requestId: string;
  action?: string;
  nodeID?: string;
}

export const requestScope = new AsyncLocalStorage<RequestScope>();

/** pino options shared by our own logger and Moleculer's, so every line has the same shape. */
export function pinoOptions(level: string): LoggerOptions {
  return {
    level,
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    mixin() {
      const scope = requestScope.getStore();
      return scope ? { requestId: scope.requestId, ...(scope.action ? { action: scope.action } : {}) } : {};
    },
    redact: { paths: ['token', 'authorization', 'meta.token', 'req.headers.authorization'], censor: '[redacted]' },
  };
}

let root: Logger | undefined;
export function logger(): Logger {
  root ??= pino(pinoOptions(process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'warn' : 'info')));
  return root;
}
