import { describe, expect, it } from 'vitest';
import { adminOf, funderCovers, funderRegionOf } from './authz.js';
import type { Actor } from './auth.js';

const A = 'a'.repeat(24);
const B = 'b'.repeat(24);
const admin = (org: string): Actor => ({ id: 'u', org, roles: ['ORG_ADMIN'] });
const member = (org: string): Actor => ({ id: 'u', org, roles: ['ORG_MEMBER'] });
const funder = (org: string): Actor => ({ id: 'f', org, roles: ['FUNDER'] });

describe('adminOf', () => {
  it('is the system, a platform admin, or an ORG_ADMIN of one of the organizations', () => {
    expect(adminOf({ id: 'service:x', roles: [], system: true }, A)).toBe(true);
    expect(adminOf({ id: 'p', roles: ['PLATFORM_ADMIN'] }, A)).toBe(true);
    expect(adminOf(admin(A), B, A)).toBe(true);
    expect(adminOf(admin(A), B)).toBe(false);
    expect(adminOf(member(A), A)).toBe(false);
    expect(adminOf(admin(A))).toBe(false);
    expect(adminOf(admin(A), null, undefined)).toBe(false);
  });
});

describe('funderCovers', () => {
  const gov = { id: A, kind: 'GOVERNMENT', regionCode: '450000' };
  it('needs the FUNDER role and a GOVERNMENT organization whose region covers the code', () => {
    expect(funderCovers(funder(A), gov, '450203')).toBe(true);
    expect(funderCovers(funder(A), gov, '610100')).toBe(false);
    expect(funderCovers(admin(A), gov, '450203')).toBe(false);
    expect(funderCovers(funder(A), { ...gov, kind: 'ENTERPRISE' }, '450203')).toBe(false);
    expect(funderCovers(funder(A), null, '450203')).toBe(false);
  });
  it('gives the funder\'s region or null', () => {
    expect(funderRegionOf(funder(A), gov)).toBe('450000');
    expect(funderRegionOf(member(A), gov)).toBeNull();
    expect(funderRegionOf(funder(A), { ...gov, kind: 'SCHOOL' })).toBeNull();
  });
});
