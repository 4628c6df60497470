import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit.js';

describe('rate limiter', () => {
  it('limits per token and per IP within a minute window and says when to retry', () => {
    let now = 120_000 + 15_000;
    const rl = new RateLimiter(3, 5, () => now);
    expect([1, 2, 3].map(() => rl.check('1.1.1.1', 'tok').allowed)).toEqual([true, true, true]);
    expect(rl.check('1.1.1.1', 'tok')).toEqual({ allowed: false, limit: 'token', retryAfterSeconds: 45 });
    expect(rl.check('1.1.1.1', 'other').allowed).toBe(true);
    expect(rl.check('1.1.1.1', undefined)).toMatchObject({ allowed: false, limit: 'ip' });
    expect(rl.check('2.2.2.2', undefined).allowed).toBe(true);
    now += 60_000;
    expect(rl.check('1.1.1.1', 'tok').allowed).toBe(true);
  });
  it('is off when both limits are 0', () => {
    const rl = new RateLimiter(0, 0);
    expect(rl.enabled).toBe(false);
    for (let i = 0; i < 1000; i++) expect(rl.check('ip', 't').allowed).toBe(true);
  });
});
