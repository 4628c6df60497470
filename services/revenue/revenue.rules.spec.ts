import { describe, expect, it } from 'vitest';
import { allocate } from './allocation.js';
import { SEED_POLICIES, checkTerms, eventReconciles, negate, readsAgreement, readsStatement, reversalNegates, versionOn, ownsAgreement, type LedgerAmounts } from './revenue.rules.js';
import type { Actor } from '../../infra/auth.js';

const LIUZHOU = SEED_POLICIES.find((p) => p.code === 'LIUZHOU')!;
const XIAN = SEED_POLICIES.find((p) => p.code === 'XIAN')!;
const orgs = new Map([
  ['s', { kind: 'SCHOOL', name: '柳州职业技术大学' }],
  ['f', { kind: 'ENTERPRISE', name: '柳工' }],
  ['g', { kind: 'ENTERPRISE', name: '五菱' }],
]);
const K = ['PATENT_FEE', 'TAX'];

describe('agreement terms', () => {
  it('accepts shares summing to 10000 with the school teachers\' share inside the policy', () => {
    expect(checkTerms([{ organizationId: 's', shareBp: 4000, teacherShareBp: 7000 }, { organizationId: 'f', shareBp: 6000 }], orgs, LIUZHOU, K)).toBeNull();
    expect(checkTerms([{ organizationId: 's', shareBp: 10000, teacherShareBp: 10000 }], orgs, LIUZHOU, K)).toBeNull();
    expect(checkTerms([{ organizationId: 's', shareBp: 10000, teacherShareBp: 5000 }], orgs, XIAN, K)).toBeNull();
  });
  it('names the policy rule and the party when a school\'s teachers\' share is outside the policy', () => {
    expect(checkTerms([{ organizationId: 's', shareBp: 4000, teacherShareBp: 6999 }, { organizationId: 'f', shareBp: 6000 }], orgs, LIUZHOU, K)).toMatchObject({ rule: 'POLICY_TEACHER_SHARE', organizationId: 's' });
    expect(checkTerms([{ organizationId: 's', shareBp: 10000, teacherShareBp: 5001 }], orgs, XIAN, K)).toMatchObject({ rule: 'POLICY_TEACHER_SHARE', organizationId: 's' });
  });
  it('refuses shares that do not sum to exactly 10000, duplicates, and school splits on non-schools', () => {
    expect(checkTerms([{ organizationId: 's', shareBp: 3333, teacherShareBp: 7000 }, { organizationId: 'f', shareBp: 3333 }, { organizationId: 'g', shareBp: 3333 }], orgs, LIUZHOU, K)).toMatchObject({ rule: 'SHARES_SUM' });
    expect(checkTerms([{ organizationId: 'f', shareBp: 5000 }, { organizationId: 'f', shareBp: 5000 }], orgs, LIUZHOU, K)).toMatchObject({ rule: 'DUPLICATE_PARTY' });
    expect(checkTerms([{ organizationId: 'f', shareBp: 10000, teacherShareBp: 7000 }], orgs, LIUZHOU, K)).toMatchObject({ rule: 'TEACHER_SHARE_ONLY_FOR_SCHOOLS', organizationId: 'f' });
    expect(checkTerms([{ organizationId: 's', shareBp: 10000 }], orgs, LIUZHOU, K)).toMatchObject({ rule: 'TEACHER_SHARE_REQUIRED' });
    expect(checkTerms([{ organizationId: 'f', shareBp: 0 }, { organizationId: 'g', shareBp: 10000 }], orgs, LIUZHOU, K)).toMatchObject({ rule: 'SHARE_RANGE' });
  });
  it('requires named inventors\' shares to sum to 10000 of the teachers\' part', () => {
    const inv = (a: number, b: number) => [{ name: '张工', shareBp: a }, { name: '李工', shareBp: b }];
    expect(checkTerms([{ organizationId: 's', shareBp: 10000, teacherShareBp: 8000, inventors: inv(6000, 4000) }], orgs, LIUZHOU, K)).toBeNull();
    expect(checkTerms([{ organizationId: 's', shareBp: 10000, teacherShareBp: 8000, inventors: inv(6000, 3000) }], orgs, LIUZHOU, K)).toMatchObject({ rule: 'INVENTOR_SHARES_SUM' });
    expect(checkTerms([{ organizationId: 'f', shareBp: 10000, inventors: inv(6000, 4000) }], orgs, LIUZHOU, K)).toMatchObject({ rule: 'INVENTORS_ONLY_FOR_SCHOOLS' });
  });
  it('refuses badly named or repeated deduction kinds', () => {
    const ok = [{ organizationId: 'f', shareBp: 10000 }];
    expect(checkTerms(ok, orgs, LIUZHOU, ['TAX', 'TAX'])).toMatchObject({ rule: 'DEDUCTION_KIND' });
    expect(checkTerms(ok, orgs, LIUZHOU, ['patent fee'])).toMatchObject({ rule: 'DEDUCTION_KIND' });
  });
});

describe('versions', () => {
  const vs = [{ effectiveFrom: '2025-01-01', v: 1 }, { effectiveFrom: '2025-07-01', v: 2 }, { effectiveFrom: '2026-01-01', v: 3 }];
  it('picks the version in force on a date (effective from its first day)', () => {
    expect(versionOn(vs, '2024-12-31')).toBeNull();
    expect(versionOn(vs, '2025-01-01')?.v).toBe(1);
    expect(versionOn(vs, '2025-06-30')?.v).toBe(1);
    expect(versionOn(vs, '2025-07-01')?.v).toBe(2);
    expect(versionOn(vs, '2030-01-01')?.v).toBe(3);
  });
});

describe('ledger checks', () => {
  const e: LedgerAmounts = {
    grossFen: 10_000,
    deductions: [{ kind: 'TAX', amountFen: 600, remainingFen: 9_400 }],
    netFen: 9_400,
    allocations: allocate(9_400, [{ organizationId: 's', shareBp: 5000, teacherShareBp: 7000, inventors: [{ name: 'a', personId: null, shareBp: 10000 }] }, { organizationId: 'f', shareBp: 5000, teacherShareBp: null, inventors: [] }]),
  };
  it('an event reconciles when gross − deductions = net = Σ allocations; any fen off breaks it', () => {
    expect(eventReconciles(e)).toBe(true);
    expect(eventReconciles({ ...e, netFen: 9_401 })).toBe(false);
    expect(eventReconciles({ ...e, allocations: e.allocations.map((a, i) => (i === 0 ? { ...a, amountFen: a.amountFen + 1 } : a)) })).toBe(false);
    expect(eventReconciles({ ...e, deductions: [{ kind: 'TAX', amountFen: 600, remainingFen: 9_000 }] })).toBe(false);
  });
  it('a reversal negates every figure; original + reversal net to zero', () => {
    const r = negate(e);
    expect(eventReconciles(r)).toBe(true);
    expect(reversalNegates(r, e)).toBe(true);
    expect(r.allocations.map((a, i) => a.amountFen + e.allocations[i].amountFen)).toEqual(e.allocations.map(() => 0));
    expect(reversalNegates({ ...r, grossFen: r.grossFen + 1 }, e)).toBe(false);
  });
});

describe('who may', () => {
  const admin = (org: string): Actor => ({ id: 'u', org, roles: ['ORG_ADMIN'] });
  const funder = (org: string): Actor => ({ id: 'f', org, roles: ['FUNDER'] });
  const a = { ownerOrganizationId: 'owner', partyOrganizationIds: ['owner', 'p'], regionCodes: ['450200'] };
  it('owner writes; parties read; funders read within their region only', () => {
    expect(ownsAgreement(admin('owner'), 'owner')).toBe(true);
    expect(ownsAgreement(admin('p'), 'owner')).toBe(false);
    expect(ownsAgreement({ id: 'x', org: 'owner', roles: ['ORG_MEMBER'] }, 'owner')).toBe(false);
    expect(readsAgreement(admin('p'), a, null)).toBe(true);
    expect(readsAgreement(admin('other'), a, null)).toBe(false);
    expect(readsAgreement(funder('gov'), a, '450000')).toBe(true);
    expect(readsAgreement(funder('gov'), a, '610100')).toBe(false);
    expect(readsStatement(admin('p'), 'p', '450200', null)).toBe(true);
    expect(readsStatement(admin('p'), 'q', '450200', null)).toBe(false);
    expect(readsStatement(funder('gov'), 'q', '450203', '450200')).toBe(true);
    expect(readsStatement(funder('gov'), 'q', '610100', '450200')).toBe(false);
  });
});
