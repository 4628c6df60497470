import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './env.js';

/** The problems a configuration is refused with (ConfigError.problems), [] when it loads. */
const problemsOf = (env: NodeJS.ProcessEnv): string[] => {
  try {
    loadConfig(env);
    return [];
  } catch (err) {
    return (err as ConfigError).problems;
  }
};

describe('configuration', () => {
  it('runs on defaults in development', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ nodeEnv: 'development', port: 4000, natsUrl: undefined, mongoUrl: undefined });
    expect(c.jwtSecret).toBeTruthy();
  });
  it('refuses to start in production without a real secret', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    // A short secret is refused, naming the variables it makes too weak (the problems start with the variable).
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'short' })).toThrow(ConfigError);
    expect(problemsOf({ NODE_ENV: 'production', JWT_SECRET: 'short' }).map((p) => p.split(' ')[0])).toEqual(['JWT_SECRET', 'INTERNAL_TOKEN_SECRET']);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), INTERNAL_TOKEN_SECRET: 'y'.repeat(40) }).mongoWriteConcern).toBe('majority');
  });
  it('requires INTERNAL_TOKEN_SECRET in production, real and different from JWT_SECRET', () => {
    const problems = (env: NodeJS.ProcessEnv) => {
      try {
        loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), ...env });
        return [];
      } catch (err) {
        return (err as ConfigError).problems;
      }
    };
    expect(problems({}).some((p) => p.startsWith('INTERNAL_TOKEN_SECRET'))).toBe(true);
    expect(problems({ INTERNAL_TOKEN_SECRET: 'short' }).some((p) => p.startsWith('INTERNAL_TOKEN_SECRET'))).toBe(true);
    expect(problems({ INTERNAL_TOKEN_SECRET: 'x'.repeat(40) }).some((p) => p.startsWith('INTERNAL_TOKEN_SECRET'))).toBe(true);
    expect(problems({ INTERNAL_TOKEN_SECRET: 'y'.repeat(40) })).toEqual([]);
    // Development: a default of its own, never JWT_SECRET's.
    expect(loadConfig({}).internalTokenSecret).not.toBe(loadConfig({}).jwtSecret);
  });
  it('refuses the NATS development switch in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), INTERNAL_TOKEN_SECRET: 'y'.repeat(40), NATS_INSECURE: 'true' })).toThrow(ConfigError);
    expect(loadConfig({ NATS_INSECURE: 'true' }).natsInsecure).toBe(true);
  });
  it('names every bad variable', () => {
    try {
      loadConfig({ PORT: 'abc', NATS_URL: 'http://x', MONGO_URL: 'nope', PLATFORM_TIME_ZONE: 'Mars/Base' });
      expect.unreachable();
    } catch (err) {
      const msg = (err as Error).message;
      for (const v of ['PORT', 'NATS_URL', 'MONGO_URL', 'PLATFORM_TIME_ZONE']) expect(msg).toContain(v);
    }
  });
  it('takes CORS origins from an allow-list (none by default in production, never * there) and a real metrics token', () => {
    const prod = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), INTERNAL_TOKEN_SECRET: 'y'.repeat(40) };
    expect(loadConfig(prod).corsOrigins).toEqual([]);
    expect(loadConfig({}).corsOrigins).toEqual(['*']);
    expect(loadConfig({ ...prod, CORS_ORIGINS: 'https://a.example, https://b.example:8443' }).corsOrigins).toEqual(['https://a.example', 'https://b.example:8443']);
    for (const bad of [{ CORS_ORIGINS: '*' }, { CORS_ORIGINS: 'a.example/path' }, { METRICS_TOKEN: 'short' }, { HTTP_HEADERS_TIMEOUT_MS: '50000' }]) {
      expect(() => loadConfig({ ...prod, ...bad }), JSON.stringify(bad)).toThrow(ConfigError);
    }
  });
});
