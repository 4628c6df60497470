import { createHash } from 'node:crypto';

/**
 * Fixed-window rate limits per bearer token and per client IP: in memory by default (each gateway replica counts its
 * own traffic: with N replicas behind a balancer the effective limit is up to N times the setting), in Redis with
 * REDIS_URL (`RedisRateLimiter`: one count shared by every replica).
 * 0 turns a limit off; both are off in development so local load tests measure the platform.
 */
export interface RateDecision {
  allowed: boolean;
  limit?: 'token' | 'ip';
  retryAfterSeconds?: number;
}

export class RateLimiter {
  private windowStart = 0;
  private readonly counts = new Map<string, number>();

  constructor(
    private readonly perTokenPerMinute: number,
    private readonly perIpPerMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  get enabled(): boolean {
    return this.perTokenPerMinute > 0 || this.perIpPerMinute > 0;
  }

  check(ip: string, token: string | undefined): RateDecision {
    const t = this.now();
    const window = Math.floor(t / 60_000) * 60_000;
    if (window !== this.windowStart) {
      this.windowStart = window;
      this.counts.clear();
    }
    const retryAfterSeconds = Math.max(1, Math.ceil((window + 60_000 - t) / 1000));
    if (this.perIpPerMinute > 0) {
      const n = (this.counts.get(`ip:${ip}`) ?? 0) + 1;
      this.counts.set(`ip:${ip}`, n);
      if (n > this.perIpPerMinute) return { allowed: false, limit: 'ip', retryAfterSeconds };
    }
    if (token && this.perTokenPerMinute > 0) {
      const n = (this.counts.get(`t:${token}`) ?? 0) + 1;
      this.counts.set(`t:${token}`, n);
      if (n > this.perTokenPerMinute) return { allowed: false, limit: 'token', retryAfterSeconds };
    }
    return { allowed: true };
  }
}

/** The part of an ioredis client the shared limiter and the APQ store use. */
export interface RedisCommands {
  multi(): { incr(key: string): unknown; pexpire(key: string, ms: number): unknown; exec(): Promise<[Error | null, unknown][] | null> };
  get(key: string): Promise<string | null>;
  set(key: string, value: string, mode: 'EX', seconds: number): Promise<unknown>;
}

/**
 * The same fixed-window limits counted in Redis (REDIS_URL), so that every gateway replica counts against one limit:
 * one INCR per limit and window (`<prefix>rl:<window>:ip:<ip>`, `…:t:<sha-256 of the token>`: tokens are never stored),
 * expiring with the window, in one MULTI round trip. Unlike the in-memory limiter, a request refused by the IP limit
 * still counts against its token.
 */
export class RedisRateLimiter {
  constructor(
    private readonly redis: RedisCommands,
    private readonly prefix: string,
    private readonly perTokenPerMinute: number,
    private readonly perIpPerMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  get enabled(): boolean {
    return this.perTokenPerMinute > 0 || this.perIpPerMinute > 0;
  }

  async check(ip: string, token: string | undefined): Promise<RateDecision> {
    const t = this.now();
    const window = Math.floor(t / 60_000) * 60_000;
    const retryAfterSeconds = Math.max(1, Math.ceil((window + 60_000 - t) / 1000));
    const keys: { kind: 'ip' | 'token'; key: string; max: number }[] = [];
    if (this.perIpPerMinute > 0) keys.push({ kind: 'ip', key: `${this.prefix}rl:${window}:ip:${ip}`, max: this.perIpPerMinute });
    if (token && this.perTokenPerMinute > 0) keys.push({ kind: 'token', key: `${this.prefix}rl:${window}:t:${createHash('sha256').update(token).digest('base64url')}`, max: this.perTokenPerMinute });
    if (!keys.length) return { allowed: true };
    const m = this.redis.multi();
    for (const k of keys) {
      m.incr(k.key);
      m.pexpire(k.key, window + 60_000 - t + 1_000);
    }
    const res = (await m.exec()) ?? [];
    for (let i = 0; i < keys.length; i++) {
      const [err, n] = res[2 * i] ?? [new Error('no reply'), 0];
      if (err) throw err;
      if (Number(n) > keys[i].max) return { allowed: false, limit: keys[i].kind, retryAfterSeconds };
    }
    return { allowed: true };
  }
}

/** The APQ store in Redis (REDIS_URL): a query text stored once is known to every gateway replica for a day. */
export function redisAPQStore(redis: RedisCommands, prefix: string) {
  return {
    get: (hash: string) => redis.get(`${prefix}apq:${hash}`),
    set: (hash: string, query: string) => redis.set(`${prefix}apq:${hash}`, query, 'EX', 86_400),
  };
}
