import { describe, expect, it } from 'vitest';
import { SignJWT, UnsecuredJWT } from 'jose';
import { mintToken, regionCovers, systemToken, verifyToken } from './auth.js';
import { config } from './env.js';

const org = '0123456789abcdef01234567';
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
    await expect(verifyToken(t)).resolves.toEqual({ id: 'alice', org, roles: ['ORG_ADMIN'] });
  });
  it('refuses expired, wrongly signed, unsigned and malformed tokens as UNAUTHENTICATED', async () => {
    const secret = enc.encode(config().jwtSecret!);
    const expired = await new SignJWT({ roles: ['ORG_ADMIN'], org }).setProtectedHeader({ alg: 'HS256' }).setSubject('a').setExpirationTime(Math.floor(Date.now() / 1000) - 10).sign(secret);
    const wrongKey = await new SignJWT({ roles: ['ORG_ADMIN'], org }).setProtectedHeader({ alg: 'HS256' }).setSubject('a').setExpirationTime('1h').sign(enc.encode('another-secret-another-secret-123456'));
    const none = new UnsecuredJWT({ roles: ['PLATFORM_ADMIN'] }).setSubject('a').encode();
    expect(await codeOf(verifyToken(expired))).toBe('UNAUTHENTICATED');
    expect(await codeOf(verifyToken(wrongKey))).toBe('UNAUTHENTICATED');
    expect(await codeOf(verifyToken(none))).toBe('UNAUTHENTICATED');
    expect(await codeOf(verifyToken('not.a.jwt'))).toBe('UNAUTHENTICATED');
    expect(await codeOf(verifyToken(''))).toBe('UNAUTHENTICATED');
  });
  it('requires an org claim except for platform admins', async () => {
    expect(await codeOf(verifyToken(await mintToken({ sub: 'a', roles: ['ORG_ADMIN'] })))).toBe('UNAUTHENTICATED');
    expect(await codeOf(verifyToken(await mintToken({ sub: 'a', roles: ['PLATFORM_ADMIN'] })))).toBe('OK');
  });
  it('refuses an org claim that is not an id (no injection through claims)', async () => {
    const t = await new SignJWT({ roles: ['ORG_ADMIN'], org: { $gt: '' } }).setProtectedHeader({ alg: 'HS256' }).setSubject('a').setExpirationTime('1h').sign(enc.encode(config().jwtSecret!));
    expect(await codeOf(verifyToken(t))).toBe('UNAUTHENTICATED');
  });
  it('gives service tokens the system flag, and a user token cannot claim it', async () => {
    await expect(verifyToken(await systemToken('grants'))).resolves.toMatchObject({ id: 'service:grants', system: true });
    const forged = await new SignJWT({ roles: [] }).setProtectedHeader({ alg: 'HS256', kid: 'internal' }).setSubject('service:x').setIssuer('cej-internal').setExpirationTime('1h').sign(enc.encode('guessed-secret-guessed-secret-123456'));
    expect(await codeOf(verifyToken(forged))).toBe('UNAUTHENTICATED');
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
