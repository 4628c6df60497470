/**
 * Fixed-window rate limits per bearer token and per client IP, in memory (each gateway replica counts its
 * own traffic: with N replicas behind a balancer the effective limit is up to N times the setting).
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
