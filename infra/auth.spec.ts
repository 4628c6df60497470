import { describe, expect, it } from 'vitest';
import { SignJWT, UnsecuredJWT, decodeJwt } from 'jose';
import fc from 'fast-check';
import { mintToken, regionCovers, systemToken, verifyToken } from './auth.js';
import { config } from './env.js';

const org = '0123456789abcdef01234567';
/** Where user tokens are checked: any service (an audience only matters to internal tokens). */
const ANY = { audience: 'organizations' };
const enc = new TextEncoder();
async function codeOf(p: Promise<unknown>) {
  try {
    await p;
    return 'OK';
  } catch (err) {
    return (err as { type?: string }).type;
  }
}

describe('token verification', () => {
  it('accepts a token signed with JWT_SECRET and reads sub, org and roles', async () => {
    const t = await mintToken({ sub: 'alice', org, roles: ['ORG_ADMIN', 'NOT_A_ROLE' as 'ORG_ADMIN'] });
    await expect(verifyToken(t, ANY)).resolves.toEqual({ id: 'alice', org, roles: ['ORG_ADMIN'] });
  });
  it('refuses expired, wrongly signed, unsigned and malformed tokens as UNAUTHENTICATED', async () => {
    const secret = enc.encode(config().jwtSecret!);
    const expired = await new SignJWT({ roles: ['ORG_ADMIN'], org }).setProtectedHeader({ alg: 'HS256' }).setSubject('a').setExpirationTime(Math.floor(Date.now() / 1000) - 10).sign(secret);
    const wrongKey = await new SignJWT({ roles: ['ORG_ADMIN'], org }).setProtectedHeader({ alg: 'HS256' }).setSubject('a').setExpirationTime('1h').sign(enc.encode('another-secret-another-secret-123456'));
    const none = new UnsecuredJWT({ roles: ['PLATFORM_ADMIN'] }).setSubject('a').encode();
    expect(await codeOf(verifyToken(expired, ANY))).toBe('UNAUTHENTICATED');
    expect(await codeOf(verifyToken(wrongKey, ANY))).toBe('UNAUTHENTICATED');
    expect(await codeOf(verifyToken(none, ANY))).toBe('UNAUTHENTICATED');
    expect(await codeOf(verifyToken('not.a.jwt', ANY))).toBe('UNAUTHENTICATED');
    expect(await codeOf(verifyToken('', ANY))).toBe('UNAUTHENTICATED');
  });
  it('requires an org claim except for platform admins', async () => {
    expect(await codeOf(verifyToken(await mintToken({ sub: 'a', roles: ['ORG_ADMIN'] }), ANY))).toBe('UNAUTHENTICATED');
    expect(await codeOf(verifyToken(await mintToken({ sub: 'a', roles: ['PLATFORM_ADMIN'] }), ANY))).toBe('OK');
  });
  it('refuses an org claim that is not an id (no injection through claims)', async () => {
    const t = await new SignJWT({ roles: ['ORG_ADMIN'], org: { $gt: '' } }).setProtectedHeader({ alg: 'HS256' }).setSubject('a').setExpirationTime('1h').sign(enc.encode(config().jwtSecret!));
    expect(await codeOf(verifyToken(t, ANY))).toBe('UNAUTHENTICATED');
  });
  it('gives service tokens the system flag, and a user token cannot claim it', async () => {
    await expect(verifyToken(await systemToken('grants', 'alliances'), { audience: 'alliances' })).resolves.toMatchObject({ id: 'service:grants', system: true });
    const forged = await new SignJWT({ roles: [] }).setProtectedHeader({ alg: 'HS256', kid: 'internal' }).setSubject('service:x').setIssuer('cej-internal').setExpirationTime('1h').sign(enc.encode('guessed-secret-guessed-secret-123456'));
    expect(await codeOf(verifyToken(forged, { audience: 'x' }))).toBe('UNAUTHENTICATED');
  });
});

describe('internal service tokens', () => {
  it('are accepted only by the service they were minted for', async () => {
    const forGrants = await systemToken('gateway', 'grants');
    await expect(verifyToken(forGrants, { audience: 'grants' })).resolves.toMatchObject({ id: 'service:gateway', system: true });
    expect(await codeOf(verifyToken(forGrants, { audience: 'revenue' }))).toBe('UNAUTHENTICATED');
  });
  it('are never accepted where only user tokens are (the public HTTP endpoints)', async () => {
    expect(await codeOf(verifyToken(await systemToken('gateway', 'grants'), { users: 'only' }))).toBe('UNAUTHENTICATED');
    expect(await codeOf(verifyToken(await mintToken({ sub: 'a', roles: ['PLATFORM_ADMIN'] }), { users: 'only' }))).toBe('OK');
  });
  it('live one minute, and carry their audience', async () => {
    const claims = decodeJwt(await systemToken('grants', 'organizations'));
    expect(claims.aud).toBe('organizations');
    expect(claims.exp! - claims.iat!).toBe(60);
  });
  it('are refused when signed with JWT_SECRET (the two secrets never pass for each other)', async () => {
    const t = await new SignJWT({ roles: [] }).setProtectedHeader({ alg: 'HS256', kid: 'internal' }).setSubject('service:x').setIssuer('cej-internal').setAudience('grants').setExpirationTime('1m').sign(enc.encode(config().jwtSecret!));
    expect(await codeOf(verifyToken(t, { audience: 'grants' }))).toBe('UNAUTHENTICATED');
  });
});

describe('region coverage', () => {
  it('lets a province code cover its cities and a city its districts', () => {
    expect(regionCovers('450000', '450200')).toBe(true);
    expect(regionCovers('450200', '450203')).toBe(true);
    expect(regionCovers('450200', '450200')).toBe(true);
    expect(regionCovers('450200', '450300')).toBe(false);
    expect(regionCovers('450200', '450000')).toBe(false);
    expect(regionCovers('610100', '450200')).toBe(false);
  });
});

// Issue 14, fault 10: tokens without `exp`, or with `exp` in the year 9999, were accepted (a PLATFORM_ADMIN one too).
describe('token lifetime', () => {
  const secret = () => enc.encode(config().jwtSecret!);
  const now = () => Math.floor(Date.now() / 1000);
  const signed = (claims: { exp?: number; iat?: number }, roles: readonly string[] = ['PLATFORM_ADMIN'], sub = 'root') => {
    let jwt = new SignJWT({ roles: [...roles] }).setProtectedHeader({ alg: 'HS256' }).setSubject(sub);
    if (claims.iat !== undefined) jwt = jwt.setIssuedAt(claims.iat);
    if (claims.exp !== undefined) jwt = jwt.setExpirationTime(claims.exp);
    return jwt.sign(secret());
  };
  const MAX = config().userTokenMaxTtlS;

  it('refuses the handed tokens: no exp, and exp in the year 9999, for a platform admin', async () => {
    expect(MAX).toBe(30 * 86_400);
    expect(await codeOf(verifyToken(await signed({ iat: now() }), ANY))).toBe('UNAUTHENTICATED');
    expect(await codeOf(verifyToken(await signed({}), ANY))).toBe('UNAUTHENTICATED');
    expect(await codeOf(verifyToken(await signed({ iat: now(), exp: Date.UTC(9999, 11, 31) / 1000 }), ANY))).toBe('UNAUTHENTICATED');
    // The demo identities' 30 days are the longest accepted.
    expect(await codeOf(verifyToken(await signed({ iat: now(), exp: now() + MAX }), ANY))).toBe('OK');
    expect(await codeOf(verifyToken(await mintToken({ sub: 'demo', roles: ['PLATFORM_ADMIN'], expiresIn: '30d' }), ANY))).toBe('OK');
  });

  it('generated: any lifetime above the cap is refused and any at or below it accepted, with or without iat', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 60, max: 400 * 86_400 }), fc.boolean(), fc.constantFrom(['PLATFORM_ADMIN'], ['ORG_ADMIN'], ['FUNDER']), async (ttl, withIat, roles) => {
        const t = now();
        const token = await signed(withIat ? { iat: t, exp: t + ttl } : { exp: t + ttl }, roles, `u${ttl}${withIat}`);
        const withOrg = roles[0] === 'PLATFORM_ADMIN' ? token : await new SignJWT({ roles, org }).setProtectedHeader({ alg: 'HS256' }).setSubject(`o${ttl}${withIat}`).setIssuedAt(t).setExpirationTime(t + ttl).sign(secret());
        // A few seconds of slack either way: the check reads the clock after signing.
        if (ttl > MAX + 5) expect(await codeOf(verifyToken(withOrg, ANY))).toBe('UNAUTHENTICATED');
        if (ttl < MAX - 5) expect(await codeOf(verifyToken(withOrg, ANY))).toBe('OK');
      }),
      { numRuns: 40 },
    );
  });

  it('refuses an internal token that would live longer than minutes', async () => {
    const internal = await new SignJWT({ roles: [] })
      .setProtectedHeader({ alg: 'HS256', kid: 'internal' })
      .setSubject('service:grants')
      .setIssuer('cej-internal')
      .setAudience('organizations')
      .setIssuedAt(now())
      .setExpirationTime(now() + 86_400)
      .sign(enc.encode(config().internalTokenSecret));
    expect(await codeOf(verifyToken(internal, ANY))).toBe('UNAUTHENTICATED');
    expect(await codeOf(verifyToken(await systemToken('grants', 'organizations'), ANY))).toBe('OK');
  });
});
