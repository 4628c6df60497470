import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './env.js';

describe('configuration', () => {
  it('runs on defaults in development', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ nodeEnv: 'development', port: 4000, natsUrl: undefined, mongoUrl: undefined });
    expect(c.jwtSecret).toBeTruthy();
  });
  it('refuses to start in production without a real secret', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'short' })).toThrow(/at least 32/);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }).mongoWriteConcern).toBe('majority');
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
    const prod = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) };
    expect(loadConfig(prod).corsOrigins).toEqual([]);
    expect(loadConfig({}).corsOrigins).toEqual(['*']);
    expect(loadConfig({ ...prod, CORS_ORIGINS: 'https://a.example, https://b.example:8443' }).corsOrigins).toEqual(['https://a.example', 'https://b.example:8443']);
    for (const bad of [{ CORS_ORIGINS: '*' }, { CORS_ORIGINS: 'a.example/path' }, { METRICS_TOKEN: 'short' }, { HTTP_HEADERS_TIMEOUT_MS: '50000' }]) {
      expect(() => loadConfig({ ...prod, ...bad }), JSON.stringify(bad)).toThrow(ConfigError);
    }
  });
});
