import { existsSync, readFileSync } from 'node:fs';
import { IDENTITY_PATTERN } from './bus-identity.js';

/**
 * Configuration comes from environment variables only, validated once at start.
 * A bad value stops the process with a message that names the variable and what it expects.
 */
export interface Config {
  nodeEnv: 'development' | 'test' | 'production';
  port: number;
  /** The address the HTTP server binds: loopback unless HOST says otherwise (a container sets 0.0.0.0). */
  host: string;
  /** The longest lifetime (exp − iat, seconds) a user token may have; one without `exp` is refused. */
  userTokenMaxTtlS: number;
  natsUrl: string | undefined;
  /** The bus identity of this process (infra/bus-identity.ts); default: derived from what the process runs. */
  natsIdentity: string | undefined;
  /** The identity's nkey seed (NATS_NKEY_SEED, or read from NATS_NKEY_SEED_FILE). */
  natsNkeySeed: string | undefined;
  /** CA certificate (PEM file) that verifies the NATS server: TLS with hostname verification. */
  natsTlsCaFile: string | undefined;
  /** Development only: connect to NATS without credentials or TLS (refused in production). */
  natsInsecure: boolean;
  mongoUrl: string | undefined;
  /** Each service uses the database `${mongoDbPrefix}_${service}`: services never share collections. */
  mongoDbPrefix: string;
  /** 'majority' in production deployments with a replica set; '1' for the single emulator. */
  mongoWriteConcern: string;
  jwtSecret: string | undefined;
  jwksUrl: string | undefined;
  jwtIssuer: string | undefined;
  jwtAudience: string | undefined;
  /**
   * Secret for the internal tokens services mint for their own calls (event handlers, jobs). Required in production,
   * and never the same as JWT_SECRET (else a service token could pass for a user token or the other way round).
   */
  internalTokenSecret: string;
  logLevel: string;
  requestTimeoutMs: number;
  /** Moleculer heartbeats: a node silent for the timeout is taken as gone and its pending calls fail over. */
  heartbeatIntervalS: number;
  heartbeatTimeoutS: number;
  platformTimeZone: string;
  publicUrl: string | undefined;
  rateLimitPerMinute: number;
  rateLimitIpPerMinute: number;
  maxQueryDepth: number;
  maxQueryCost: number;
  maxBodyBytes: number;
  /** GraphQL documents: most lexical tokens and deepest bracket nesting, checked before parsing. */
  maxQueryTokens: number;
  maxQueryNesting: number;
  /** Origins allowed to call the API from a browser (CORS); `*` = any (refused in production). */
  corsOrigins: string[];
  /** Bearer token for /metrics; in production /metrics is off without one. */
  metricsToken: string | undefined;
  /** Slow clients: all headers within this time, the whole request within `httpRequestTimeoutMs`. */
  httpHeadersTimeoutMs: number;
  httpRequestTimeoutMs: number;
  tracing: string | undefined;
  seedDemo: boolean;
  /**
   * Redis (`redis://host:6379/0`): when set, the read cache, the gateway's rate limits and its persisted-query store
   * live there, shared by every replica; unset = in each process's memory (infra/read-cache.ts, gateway/rate-limit.ts).
   */
  redisUrl: string | undefined;
  /** Seconds a cached read lives at most (it is dropped earlier by any change it depends on); 0 turns the read cache off. */
  readCacheTtlS: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

const DEV_SECRET = 'dev-only-secret-change-me-0123456789abcdef';
/** Development's internal-token secret: a different one from DEV_SECRET, so the two kinds never pass for each other. */
const DEV_INTERNAL_SECRET = 'dev-only-internal-secret-change-me-fedcba9876543210';

function int(env: NodeJS.ProcessEnv, name: string, dflt: number, problems: string[], min = 0): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return dflt;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) {
    problems.push(`${name} must be an integer ≥ ${min}, got "${raw}"`);
    return dflt;
  }
  return n;
}

function url(env: NodeJS.ProcessEnv, name: string, schemes: string[], problems: string[]): string | undefined {
  const raw = env[name];
  if (!raw) return undefined;
  try {
    const u = new URL(raw);
    if (!schemes.includes(u.protocol.replace(':', ''))) {
      problems.push(`${name} must use ${schemes.join(' or ')}://, got "${u.protocol}"`);
    }
  } catch {
    problems.push(`${name} is not a valid URL: "${raw}"`);
  }
  return raw;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];
  const nodeEnvRaw = env.NODE_ENV ?? 'development';
  if (!['development', 'test', 'production'].includes(nodeEnvRaw)) {
    problems.push(`NODE_ENV must be development, test or production, got "${nodeEnvRaw}"`);
  }
  const nodeEnv = (['development', 'test', 'production'].includes(nodeEnvRaw) ? nodeEnvRaw : 'development') as Config['nodeEnv'];
  const production = nodeEnv === 'production';

  const jwksUrl = url(env, 'JWKS_URL', ['https', 'http'], problems);
  let jwtSecret = env.JWT_SECRET || undefined;
  if (production) {
    if (!jwtSecret && !jwksUrl) problems.push('JWT_SECRET or JWKS_URL is required in production');
    if (jwtSecret && (jwtSecret === DEV_SECRET || jwtSecret.length < 32)) {
      problems.push('JWT_SECRET must be a real secret of at least 32 characters in production');
    }
  } else if (!jwtSecret && !jwksUrl) {
    jwtSecret = DEV_SECRET;
  }
  const internalTokenSecret = env.INTERNAL_TOKEN_SECRET || (production ? '' : DEV_INTERNAL_SECRET);
  if (production) {
    if (!env.INTERNAL_TOKEN_SECRET) problems.push('INTERNAL_TOKEN_SECRET is required in production (at least 32 characters, not JWT_SECRET)');
    else if (internalTokenSecret.length < 32 || internalTokenSecret === DEV_INTERNAL_SECRET) problems.push('INTERNAL_TOKEN_SECRET must be a real secret of at least 32 characters in production');
    else if (internalTokenSecret === jwtSecret) problems.push('INTERNAL_TOKEN_SECRET must differ from JWT_SECRET');
  } else if (internalTokenSecret === jwtSecret) {
    problems.push('INTERNAL_TOKEN_SECRET must differ from JWT_SECRET');
  }

  const natsInsecure = ['true', '1'].includes((env.NATS_INSECURE ?? '').toLowerCase());
  if (natsInsecure && production) problems.push('NATS_INSECURE is a development switch: production always authenticates and encrypts the NATS link');
  let natsNkeySeed = env.NATS_NKEY_SEED || undefined;
  if (!natsNkeySeed && env.NATS_NKEY_SEED_FILE) {
    try {
      natsNkeySeed = readFileSync(env.NATS_NKEY_SEED_FILE, 'utf8').trim();
    } catch (err) {
      problems.push(`NATS_NKEY_SEED_FILE cannot be read: ${(err as Error).message}`);
    }
  }
  if (natsNkeySeed && !/^SU[A-Z2-7]{56}$/.test(natsNkeySeed)) problems.push('NATS_NKEY_SEED must be a user nkey seed (SU… 58 characters)');
  const natsIdentity = env.NATS_IDENTITY || undefined;
  if (natsIdentity && !IDENTITY_PATTERN.test(natsIdentity)) problems.push(`NATS_IDENTITY must be an identity name (letters, digits, _ -, groups joined by +), got "${natsIdentity}"`);
  const natsTlsCaFile = env.NATS_TLS_CA_FILE || undefined;
  if (natsTlsCaFile && !existsSync(natsTlsCaFile)) problems.push(`NATS_TLS_CA_FILE does not exist: ${natsTlsCaFile}`);

  const prefix = env.MONGO_DB_PREFIX ?? 'cej';
  if (!/^[A-Za-z0-9_-]{1,40}$/.test(prefix)) problems.push(`MONGO_DB_PREFIX must match [A-Za-z0-9_-]{1,40}, got "${prefix}"`);

  const tz = env.PLATFORM_TIME_ZONE ?? 'Asia/Shanghai';
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
  } catch {
    problems.push(`PLATFORM_TIME_ZONE is not an IANA time zone: "${tz}"`);
  }

  const config: Config = {
    nodeEnv,
    port: int(env, 'PORT', 4000, problems),
    host: env.HOST || '127.0.0.1',
    userTokenMaxTtlS: int(env, 'USER_TOKEN_MAX_TTL_S', 30 * 86_400, problems, 60),
    natsUrl: url(env, 'NATS_URL', ['nats', 'tls'], problems),
    natsIdentity,
    natsNkeySeed,
    natsTlsCaFile,
    natsInsecure,
    mongoUrl: url(env, 'MONGO_URL', ['mongodb', 'mongodb+srv'], problems),
    mongoDbPrefix: prefix,
    mongoWriteConcern: env.MONGO_WRITE_CONCERN ?? (production ? 'majority' : '1'),
    jwtSecret,
    jwksUrl,
    jwtIssuer: env.JWT_ISSUER || undefined,
    jwtAudience: env.JWT_AUDIENCE || undefined,
    internalTokenSecret,
    logLevel: env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'warn' : 'info'),
    requestTimeoutMs: int(env, 'REQUEST_TIMEOUT_MS', 10_000, problems, 100),
    heartbeatIntervalS: int(env, 'HEARTBEAT_INTERVAL_S', 2, problems, 1),
    heartbeatTimeoutS: int(env, 'HEARTBEAT_TIMEOUT_S', 6, problems, 2),
    platformTimeZone: tz,
    publicUrl: env.PUBLIC_URL || undefined,
    rateLimitPerMinute: int(env, 'RATE_LIMIT_PER_MINUTE', production ? 600 : 0, problems),
    rateLimitIpPerMinute: int(env, 'RATE_LIMIT_IP_PER_MINUTE', production ? 1200 : 0, problems),
    maxQueryDepth: int(env, 'MAX_QUERY_DEPTH', 10, problems, 1),
    maxQueryCost: int(env, 'MAX_QUERY_COST', 20_000, problems, 1),
    // The largest legitimate request: a 512 KiB attachment (certification, cooperation: MAX_ATTACHMENT_BYTES) as base64
    // (699,052 bytes) with its mutation; 768 KiB also stays well under NATS's 1 MB max_payload for the onward call.
    maxBodyBytes: int(env, 'MAX_BODY_BYTES', 768 * 1024, problems, 1024),
    maxQueryTokens: int(env, 'MAX_QUERY_TOKENS', 5_000, problems, 100),
    maxQueryNesting: int(env, 'MAX_QUERY_NESTING', 40, problems, 8),
    corsOrigins: (env.CORS_ORIGINS ?? (production ? '' : '*')).split(',').map((o) => o.trim()).filter(Boolean),
    metricsToken: env.METRICS_TOKEN || undefined,
    httpHeadersTimeoutMs: int(env, 'HTTP_HEADERS_TIMEOUT_MS', 10_000, problems, 100),
    httpRequestTimeoutMs: int(env, 'HTTP_REQUEST_TIMEOUT_MS', 30_000, problems, 100),
    tracing: env.TRACING || undefined,
    seedDemo: (env.SEED_DEMO ?? 'true') !== 'false',
    redisUrl: url(env, 'REDIS_URL', ['redis', 'rediss'], problems),
    readCacheTtlS: int(env, 'READ_CACHE_TTL_S', 300, problems),
  };
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(config.logLevel)) {
    problems.push(`LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent; got "${config.logLevel}"`);
  }
  if (!/^(majority|\d+)$/.test(config.mongoWriteConcern)) problems.push(`MONGO_WRITE_CONCERN must be "majority" or a number, got "${config.mongoWriteConcern}"`);
  if (production && config.corsOrigins.includes('*')) problems.push('CORS_ORIGINS may not be * in production: list the origins allowed to call the API');
  for (const o of config.corsOrigins) if (o !== '*' && !/^https?:\/\/[^/\s]+$/.test(o)) problems.push(`CORS_ORIGINS entries are origins like https://console.example.gov.cn, got "${o}"`);
  if (config.metricsToken !== undefined && config.metricsToken.length < 16) problems.push('METRICS_TOKEN must have at least 16 characters');
  if (config.httpHeadersTimeoutMs > config.httpRequestTimeoutMs) problems.push('HTTP_HEADERS_TIMEOUT_MS may not exceed HTTP_REQUEST_TIMEOUT_MS');
  if (problems.length) throw new ConfigError(problems);
  return config;
}

let cached: Config | undefined;
/** The process-wide configuration, loaded lazily so tests can set env first. */
export function config(): Config {
  cached ??= loadConfig();
  return cached;
}
/** For tests and the embedded launcher, which set env vars after import. */
export function resetConfig(): void {
  cached = undefined;
}
