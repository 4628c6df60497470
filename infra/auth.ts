import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import type { Context } from 'moleculer';
import { config } from './env.js';
import { unauthenticated, forbidden } from './errors.js';
import { msg } from './message-registry.js';
import { P } from './messages.js';
import type { Msg } from './messages.js';

export const ROLES = ['PLATFORM_ADMIN', 'ORG_ADMIN', 'ORG_MEMBER', 'FUNDER'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling, as proven by a verified token. Services derive it themselves; they never trust `meta.user`. */
export interface Actor {
  id: string;
  org?: string;
  roles: Role[];
  /** A token a service minted for its own work (event handlers, read-models); may read everything. */
  system?: boolean;
}

/** What the gateway and services put in `ctx.meta`: the raw bearer token travels, not the claims. */
export interface CallMeta {
  token?: string;
  requestId?: string;
}

const INTERNAL_KID = 'internal';
const INTERNAL_ISSUER = 'cej-internal';
const enc = new TextEncoder();
let jwks: ReturnType<typeof createRemoteJWKSet> | undefined;

// Verified tokens are cached until they expire (bounded): a GraphQL query fans out into several service
// calls that all carry the same token, and HMAC verification is the same work each time.
const cache = new Map<string, Verified>();
const CACHE_MAX = 10_000;

function toActor(payload: JWTPayload, system: boolean): Actor {
  const sub = payload.sub;
  if (typeof sub !== 'string' || sub.length === 0) throw unauthenticated(msg('infra.tokenNoSubject'));
  const rawRoles = (payload as { roles?: unknown }).roles ?? [];
  if (!Array.isArray(rawRoles) || !rawRoles.every((r) => typeof r === 'string')) throw unauthenticated(msg('infra.tokenRolesInvalid'));
  const roles = rawRoles.filter((r): r is Role => (ROLES as readonly string[]).includes(r));
  const org = (payload as { org?: unknown }).org;
  if (org !== undefined && (typeof org !== 'string' || !/^[0-9a-f]{24}$/.test(org))) throw unauthenticated(msg('infra.tokenOrgInvalid'));
  if (!system && !org && !roles.includes('PLATFORM_ADMIN')) throw unauthenticated(msg('infra.tokenNoOrg'));
  return { id: sub, org: org as string | undefined, roles, ...(system ? { system: true } : {}) };
}

/**
 * What a verification accepts. Services pass their own name as `audience`: an internal token is accepted only when it
 * was minted for calling that service. The public HTTP endpoints pass `{ users: 'only' }`: internal tokens are
 * refused there outright, whatever their audience.
 */
export type TokenExpectation = { audience: string } | { users: 'only' };

/**
 * Verifies a bearer token: a user token (JWT_SECRET or JWKS), or an internal service token addressed to
 * `expect.audience`. Throws UNAUTHENTICATED (expired, malformed, wrongly signed, an internal token for another
 * service, or any internal token where only user tokens are accepted).
 */
export async function verifyToken(token: string, expect: TokenExpectation): Promise<Actor> {
  const now = Math.floor(Date.now() / 1000);
  const hit = cache.get(token);
  if (hit && hit.exp > now) return admit(hit, expect);
  const cfg = config();
  let header;
  try {
    header = decodeProtectedHeader(token);
  } catch {
    throw unauthenticated(msg('infra.tokenMalformed'));
  }
  let verified: Verified;
  try {
    if (header.kid === INTERNAL_KID) {
      if ('users' in expect) throw unauthenticated(msg('infra.serviceTokenRefused'));
      const { payload } = await jwtVerify(token, enc.encode(cfg.internalTokenSecret), { algorithms: ['HS256'], issuer: INTERNAL_ISSUER, clockTolerance: 5 }); // hosts' clocks: NTP-synchronized, ±5 s
      if (typeof payload.aud !== 'string') throw unauthenticated(msg('infra.serviceTokenNoAudience'));
      lifetimeProblem(payload, SERVICE_TOKEN_MAX_TTL_S, now);
      verified = { actor: toActor(payload, true), exp: Math.min(payload.exp!, now + 300), audience: payload.aud };
    } else {
      const opts = { issuer: cfg.jwtIssuer, audience: cfg.jwtAudience };
      const { payload } = cfg.jwksUrl
        ? await jwtVerify(token, (jwks ??= createRemoteJWKSet(new URL(cfg.jwksUrl))), { ...opts, algorithms: ['RS256', 'ES256', 'EdDSA'] })
        : await jwtVerify(token, enc.encode(cfg.jwtSecret ?? ''), { ...opts, algorithms: ['HS256'] });
      lifetimeProblem(payload, cfg.userTokenMaxTtlS, now);
      verified = { actor: toActor(payload, false), exp: Math.min(payload.exp!, now + 300) };
    }
  } catch (err) {
    if ((err as { type?: string }).type === 'UNAUTHENTICATED') throw err;
    const code = (err as { code?: string }).code;
    if (code === 'ERR_JWT_EXPIRED') throw unauthenticated(msg('infra.tokenExpired'));
    throw unauthenticated(msg('infra.tokenInvalid'));
  }
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(token, verified);
  return admit(verified, expect);
}

/** Internal tokens live minutes at most (they are minted per call, for SYSTEM_TOKEN_TTL_S). */
const SERVICE_TOKEN_MAX_TTL_S = 600;

/**
 * Refuses a token without `exp`, or one whose lifetime (exp − iat; without `iat`, exp − now) exceeds `maxTtlS`
 * seconds: a token that never expires — or in the year 9999 — is a key that cannot be taken back (UNAUTHENTICATED).
 */
function lifetimeProblem(payload: JWTPayload, maxTtlS: number, now: number): void {
  if (typeof payload.exp !== 'number') throw unauthenticated(msg('infra.tokenNoExpiry'));
  const from = typeof payload.iat === 'number' ? Math.min(payload.iat, now) : now;
  if (payload.exp - from > maxTtlS) throw unauthenticated(msg('infra.tokenTooLong', { days: Math.round(maxTtlS / 86_400) }));
}

interface Verified {
  actor: Actor;
  exp: number;
  /** Internal tokens only: the service it was minted for. */
  audience?: string;
}

/** A verified token is accepted where it may be used: user tokens anywhere, internal tokens by their audience only. */
function admit(v: Verified, expect: TokenExpectation): Actor {
  if (!v.actor.system) return v.actor;
  if ('users' in expect) throw unauthenticated(msg('infra.serviceTokenRefused'));
  if (v.audience !== expect.audience) throw unauthenticated(msg('infra.serviceTokenWrongAudience', { audience: String(v.audience), expected: String(expect.audience) }));
  return v.actor;
}

export interface MintOptions {
  sub: string;
  org?: string;
  roles: Role[];
  expiresIn?: string;
}

/** Mints a user token with JWT_SECRET (development, tests, `npm run token`). */
export async function mintToken(opts: MintOptions): Promise<string> {
  const cfg = config();
  if (!cfg.jwtSecret) throw new Error('JWT_SECRET is not set: tokens come from the identity provider (JWKS) in this deployment.');
  let jwt = new SignJWT({ roles: opts.roles, ...(opts.org ? { org: opts.org } : {}) })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(opts.sub)
    .setIssuedAt()
    .setExpirationTime(opts.expiresIn ?? '12h');
  if (cfg.jwtIssuer) jwt = jwt.setIssuer(cfg.jwtIssuer);
  if (cfg.jwtAudience) jwt = jwt.setAudience(cfg.jwtAudience);
  return jwt.sign(enc.encode(cfg.jwtSecret));
}

/** How long an internal token lives (seconds): long enough for one call chain, short enough to be useless when leaked. */
export const SYSTEM_TOKEN_TTL_S = 60;

const systemTokens = new Map<string, { token: string; exp: number }>();
/**
 * A short-lived internal token (`kid: internal`, HS256 with INTERNAL_TOKEN_SECRET, SYSTEM_TOKEN_TTL_S seconds) that
 * `service` uses to call `audience` on its own behalf (not a user's). Only `audience` accepts it; the public HTTP
 * endpoints never do. Minted per call target by the broker middleware (infra/caller.ts `asSystem`); reused until
 * 20 s before it expires.
 */
export async function systemToken(service: string, audience: string): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const key = `${service}>${audience}`;
  const hit = systemTokens.get(key);
  if (hit && hit.exp - 20 > now) return hit.token;
  const exp = now + SYSTEM_TOKEN_TTL_S;
  const token = await new SignJWT({ roles: [] })
    .setProtectedHeader({ alg: 'HS256', kid: INTERNAL_KID })
    .setSubject(service.startsWith('service:') ? service : `service:${service}`)
    .setIssuer(INTERNAL_ISSUER)
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime(exp)
    .sign(enc.encode(config().internalTokenSecret));
  if (systemTokens.size >= CACHE_MAX) systemTokens.clear();
  systemTokens.set(key, { token, exp });
  return token;
}

/** The verified caller of this action (set by the auth middleware). */
export function actorOf(ctx: Context): Actor {
  const actor = (ctx.locals as { actor?: Actor }).actor;
  if (!actor) throw unauthenticated();
  return actor;
}

export const hasRole = (a: Actor, role: Role) => a.roles.includes(role);
export const isPlatformAdmin = (a: Actor) => hasRole(a, 'PLATFORM_ADMIN');
/** An ORG_ADMIN of this organization. */
export const isOrgAdminOf = (a: Actor, orgId: string) => a.org === orgId && hasRole(a, 'ORG_ADMIN');

export function requireRole(a: Actor, role: Role, doing: string | Msg): void {
  if (!a.system && !hasRole(a, role)) throw forbidden(msg('infra.roleRequired', { role: P.key(`infra.role.${role}`), doing: typeof doing === 'string' ? doing : P.key(doing.key, doing.params) }));
}

/**
 * GB/T 2260 region codes nest: 450000 (Guangxi) covers 450200 (Liuzhou) covers 450203.
 * The prefix of a code is what remains after removing trailing "00" pairs.
 */
export function regionPrefix(code: string): string {
  let p = code;
  while (p.length > 2 && p.endsWith('00')) p = p.slice(0, -2);
  return p;
}
export function regionCovers(parent: string, child: string): boolean {
  return child.startsWith(regionPrefix(parent));
}
