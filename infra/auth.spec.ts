import { describe, expect, it } from 'vitest';
import { SignJWT, UnsecuredJWT, decodeJwt } from 'jose';
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
