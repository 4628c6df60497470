import type { IncomingMessage } from 'node:http';
import type { Plugin } from 'graphql-yoga';
import { ErrorCode } from '../../infra/errors.js';
import { codedError, httpErrorResponse } from '../errors.js';
import { rateLimited } from '../metrics.js';
import { RateLimiter, RedisRateLimiter, type RedisCommands } from '../rate-limit.js';
import { bearerToken } from '../context.js';
import { msg } from '../../infra/message-registry.js';
import { localeOf } from '../locale.js';

export interface RateLimitOptions {
  /** Requests per bearer token per minute; 0 = no limit. */
  perTokenPerMinute: number;
  /** Requests per client IP per minute; 0 = no limit. */
  perIpPerMinute: number;
  /** Paths never limited (health probes and metrics scrapes). */
  unlimited?: readonly string[];
  /** The clock (tests). */
  now?: () => number;
  /** Count in this Redis (shared by the gateway's replicas) under `prefix`, instead of in memory. */
  redis?: { client: RedisCommands; prefix: string };
}

/** The server context of a request that came through node's HTTP server (yoga passes `req`). */
interface NodeServerContext {
  req?: Pick<IncomingMessage, 'socket'>;
}

/**
 * Fixed-window rate limits per bearer token and per client IP (gateway/rate-limit.ts), on every route but the
 * `unlimited` ones: over a limit the request is answered 429 RATE_LIMITED with `retry-after` (seconds), before
 * anything else runs. The client IP is the socket's peer address (no proxy header is trusted).
 */
export function useRateLimit(opts: RateLimitOptions): Plugin<Record<string, unknown>, NodeServerContext> {
  const limiter = opts.redis
    ? new RedisRateLimiter(opts.redis.client, opts.redis.prefix, opts.perTokenPerMinute, opts.perIpPerMinute, opts.now)
    : new RateLimiter(opts.perTokenPerMinute, opts.perIpPerMinute, opts.now);
  const unlimited = new Set(opts.unlimited ?? ['/healthz', '/readyz', '/metrics']);
  return {
    async onRequest({ request, url, serverContext, endResponse }) {
      if (!limiter.enabled || unlimited.has(url.pathname)) return;
      const ip = serverContext?.req?.socket?.remoteAddress ?? 'unknown';
      const decision = await limiter.check(ip, bearerToken(request.headers.get('authorization')));
      if (decision.allowed) return;
      rateLimited.inc({ limit: decision.limit ?? 'ip' });
      const err = codedError(ErrorCode.RATE_LIMITED, msg('gateway.rateLimited', { limit: decision.limit ?? 'ip', seconds: decision.retryAfterSeconds ?? 1 }));
      endResponse(httpErrorResponse(err, { 'retry-after': String(decision.retryAfterSeconds) }, localeOf(request)));
    },
  };
}
