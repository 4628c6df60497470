import { describe, expect, it } from 'vitest';
import { allocate } from './allocation.js';
import {
  SEED_POLICIES,
  afterKey,
  agreementInvolves,
  agreementOwner,
  checkAmendmentDate,
  checkExternalReference,
  checkPeriod,
  checkTerms,
  eventReconciles,
  foldLedger,
  missingOriginals,
  negate,
  onAgreementStatement,
  onOrganizationStatement,
  ownsAgreement,
  readsAgreement,
  readsStatement,
  requestFingerprint,
  reversalDate,
  reversalNegates,
  split,
  versionOn,
  type LedgerAmounts,
  type ProjectRef,
} from './revenue.rules.js';
import type { AgreementVersion, RevenueEventDto } from './revenue.contract.js';
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

/** A coded error's type and data, for assertions that do not depend on message wording. */
function failure(fn: () => unknown): { type?: string; data?: Record<string, unknown> } {
  try {
    fn();
  } catch (err) {
    const e = err as { type?: string; data?: Record<string, unknown> };
    return { type: e.type, data: e.data };
  }
  throw new Error('expected a coded error');
}

describe('agreementOwner', () => {
  const alliance = { id: 'A', leadOrganizationId: 'lead' };
  const project: ProjectRef = { id: 'P', allianceId: 'A', leadOrganizationId: 'plead', outputs: [{ id: 'o1' }, { outputId: 'o2' }] };
  it('is the alliance lead without a project, the project lead with one; outputs deduplicated in order', () => {
    expect(agreementOwner(alliance, null, null)).toEqual({ ownerOrganizationId: 'lead', ownerKind: 'ALLIANCE_LEAD', outputIds: [] });
    expect(agreementOwner(alliance, project, ['o2', 'o1', 'o2'])).toEqual({ ownerOrganizationId: 'plead', ownerKind: 'PROJECT_LEAD', outputIds: ['o2', 'o1'] });
  });
  it('refuses outputs without a project, outputs of no such project output, and a project of another alliance', () => {
    expect(failure(() => agreementOwner(alliance, null, ['o1']))).toEqual({ type: 'BAD_USER_INPUT', data: { field: 'outputIds', rule: 'PROJECT_OUTPUT' } });
    expect(failure(() => agreementOwner(alliance, project, ['o1', 'o3']))).toEqual({ type: 'BAD_USER_INPUT', data: { field: 'outputIds', rule: 'PROJECT_OUTPUT' } });
    expect(failure(() => agreementOwner(alliance, { ...project, allianceId: 'B' }, []))).toEqual({ type: 'BAD_USER_INPUT', data: { field: 'projectId', rule: 'PROJECT_ALLIANCE' } });
  });
});

describe('checkAmendmentDate', () => {
  const a = { versions: [{ version: 1, effectiveFrom: '2025-01-01' }, { version: 2, effectiveFrom: '2025-07-01' }], lastReceivedOn: '2025-08-10' };
  it('accepts a date after the last version and after recorded revenue', () => {
    expect(() => checkAmendmentDate(a, '2025-08-11')).not.toThrow();
    expect(() => checkAmendmentDate({ ...a, lastReceivedOn: '' }, '2025-07-02')).not.toThrow();
  });
  it('refuses a date on or before the last version (EFFECTIVE_ORDER) or on or before recorded revenue (REVENUE_ALREADY_RECORDED)', () => {
    expect(failure(() => checkAmendmentDate(a, '2025-07-01'))).toEqual({ type: 'BAD_USER_INPUT', data: { field: 'effectiveFrom', rule: 'EFFECTIVE_ORDER' } });
    expect(failure(() => checkAmendmentDate(a, '2025-08-10'))).toEqual({ type: 'FAILED_PRECONDITION', data: { field: 'effectiveFrom', rule: 'REVENUE_ALREADY_RECORDED', lastReceivedOn: '2025-08-10' } });
  });
});

describe('split', () => {
  const v = (version: number, effectiveFrom: string, parties: AgreementVersion['parties'], deductionKinds = ['PATENT_FEE', 'TAX']): AgreementVersion => ({
    version,
    effectiveFrom,
    title: 't',
    policyCode: 'LIUZHOU',
    parties,
    deductionKinds,
    recordedAt: '2025-01-01T00:00:00.000Z',
    recordedBy: 'u',
    note: null,
  });
  const versions = [
    v(1, '2025-01-01', [{ organizationId: 's', orgKind: 'SCHOOL', shareBp: 5000, teacherShareBp: 7000, inventors: [] }, { organizationId: 'f', orgKind: 'ENTERPRISE', shareBp: 5000, teacherShareBp: null, inventors: [] }]),
    v(2, '2025-07-01', [{ organizationId: 'f', orgKind: 'ENTERPRISE', shareBp: 10000, teacherShareBp: null, inventors: [] }], ['TAX']),
  ];
  it('splits by the version in force on the date, deductions in declared order, the net to the fen', () => {
    const s = split(versions, '2025-03-01', 10_001, [{ kind: 'TAX', amountFen: 600 }, { kind: 'PATENT_FEE', amountFen: 400 }]);
    expect(s.version.version).toBe(1);
    expect(s.deductions).toEqual([{ kind: 'PATENT_FEE', amountFen: 400, remainingFen: 9_601 }, { kind: 'TAX', amountFen: 600, remainingFen: 9_001 }]);
    expect(s.netFen).toBe(9_001);
    expect(s.allocations.map((l) => [l.organizationId, l.beneficiary, l.amountFen])).toEqual([['s', 'TEACHERS', 3_151], ['s', 'SCHOOL_FUNDS', 1_350], ['f', 'ORGANIZATION', 4_500]]);
    expect(eventReconciles({ grossFen: 10_001, deductions: s.deductions, netFen: s.netFen, allocations: s.allocations })).toBe(true);
    expect(split(versions, '2025-07-01', 100, []).version.version).toBe(2);
  });
  it('refuses revenue before version 1, undeclared deduction kinds, and deductions above the gross', () => {
    expect(failure(() => split(versions, '2024-12-31', 100, []))).toEqual({ type: 'BAD_USER_INPUT', data: { field: 'receivedOn', rule: 'NO_VERSION_IN_FORCE' } });
    expect(failure(() => split(versions, '2025-07-01', 100, [{ kind: 'PATENT_FEE', amountFen: 1 }]))).toEqual({ type: 'BAD_USER_INPUT', data: { field: 'deductions', rule: 'UNDECLARED_DEDUCTION', kind: 'PATENT_FEE' } });
    expect(failure(() => split(versions, '2025-03-01', 100, [{ kind: 'TAX', amountFen: 60 }, { kind: 'PATENT_FEE', amountFen: 41 }]))).toEqual({
      type: 'BAD_USER_INPUT',
      data: { field: 'deductions', rule: 'DEDUCTIONS_EXCEED_GROSS', kind: 'TAX' },
    });
  });
});

describe('recording and reversing inputs', () => {
  it('reserves the reversal prefix, in any case', () => {
    expect(() => checkExternalReference('LIC-1')).not.toThrow();
    expect(failure(() => checkExternalReference('reversal:LIC-1'))).toEqual({ type: 'BAD_USER_INPUT', data: { field: 'externalReference' } });
  });
  it('fingerprints a request regardless of the order deductions are listed in', () => {
    const a = requestFingerprint(100, [{ kind: 'TAX', amountFen: 1 }, { kind: 'PATENT_FEE', amountFen: 2 }], '2025-01-01');
    expect(requestFingerprint(100, [{ kind: 'PATENT_FEE', amountFen: 2 }, { kind: 'TAX', amountFen: 1 }], '2025-01-01')).toBe(a);
    expect(requestFingerprint(100, [{ kind: 'PATENT_FEE', amountFen: 2 }, { kind: 'TAX', amountFen: 2 }], '2025-01-01')).not.toBe(a);
    expect(requestFingerprint(100, [{ kind: 'PATENT_FEE', amountFen: 2 }, { kind: 'TAX', amountFen: 1 }], '2025-01-02')).not.toBe(a);
  });
  it('books a reversal today by default, never before the original, never in the future, never of a reversal', () => {
    const original = { kind: 'REVENUE', receivedOn: '2025-03-01' };
    expect(reversalDate(original, null, '2025-09-01')).toBe('2025-09-01');
    expect(reversalDate(original, '2025-03-01', '2025-09-01')).toBe('2025-03-01');
    expect(failure(() => reversalDate(original, '2025-02-28', '2025-09-01'))).toEqual({ type: 'BAD_USER_INPUT', data: { field: 'reversedOn' } });
    expect(failure(() => reversalDate(original, '2025-09-02', '2025-09-01'))).toEqual({ type: 'BAD_USER_INPUT', data: { field: 'reversedOn' } });
    expect(failure(() => reversalDate({ ...original, kind: 'REVERSAL' }, '2025-09-02', '2025-09-01'))).toEqual({ type: 'FAILED_PRECONDITION', data: { rule: 'REVERSAL_OF_REVERSAL' } });
  });
});

describe('checkPeriod', () => {
  it('accepts two calendar dates in order (one day included)', () => {
    expect(() => checkPeriod('2025-01-01', '2025-12-31')).not.toThrow();
    expect(() => checkPeriod('2025-02-28', '2025-02-28')).not.toThrow();
  });
  it('refuses non-dates and a reversed period, naming the field', () => {
    expect(failure(() => checkPeriod('2025-13-01', '2025-12-31'))).toEqual({ type: 'BAD_USER_INPUT', data: { field: 'from' } });
    expect(failure(() => checkPeriod('2025-01-01', '2025-02-30'))).toEqual({ type: 'BAD_USER_INPUT', data: { field: 'to' } });
    expect(failure(() => checkPeriod('2025-02-01', '2025-01-31'))).toEqual({ type: 'BAD_USER_INPUT', data: { field: 'from' } });
  });
});

describe('foldLedger', () => {
  const parties = [
    { organizationId: 's', shareBp: 6000, teacherShareBp: 7000, inventors: [] },
    { organizationId: 'f', shareBp: 4000, teacherShareBp: null, inventors: [] },
  ];
  const event = (id: string, receivedOn: string, grossFen: number, taxFen = 0): RevenueEventDto => {
    const net = grossFen - taxFen;
    return {
      id,
      agreementId: 'a',
      agreementVersion: 1,
      allianceId: 'al',
      kind: 'REVENUE',
      receivedOn,
      externalReference: id,
      grossFen,
      deductions: taxFen ? [{ kind: 'TAX', amountFen: taxFen, remainingFen: net }] : [],
      netFen: net,
      allocations: allocate(net, parties),
      reversesEventId: null,
      reason: null,
      recordedAt: '2025-01-01T00:00:00.000Z',
      recordedBy: 'u',
    };
  };
  const reversal = (id: string, of: RevenueEventDto, receivedOn: string): RevenueEventDto => ({ ...of, ...negate(of), id, kind: 'REVERSAL', receivedOn, externalReference: `REVERSAL:${of.id}`, reversesEventId: of.id });
  const e1 = event('e1', '2025-01-10', 10_001, 1);
  const e2 = event('e2', '2025-02-10', 333);
  const r1 = reversal('r1', e1, '2025-03-01');

  it('folds an agreement statement: running net, totals per beneficiary, a check', () => {
    const f = foldLedger([e1, e2, r1], new Map(), { organizationId: null });
    expect(f.lines.map((l) => [l.event.id, l.amountFen, l.runningFen, l.reconciled])).toEqual([['e1', 10_000, 10_000, true], ['e2', 333, 10_333, true], ['r1', -10_000, 333, true]]);
    expect([f.grossFen, f.deductionsFen, f.netFen, f.totalFen]).toEqual([333, 0, 333, 333]);
    expect(f.byBeneficiary).toEqual([
      { organizationId: 's', beneficiary: 'TEACHERS', amountFen: 140 },
      { organizationId: 's', beneficiary: 'SCHOOL_FUNDS', amountFen: 60 },
      { organizationId: 'f', beneficiary: 'ORGANIZATION', amountFen: 133 },
    ]);
    expect(f.reconciled).toBe(true);
  });

  it('folds an organization statement: its amounts, running from an opening total', () => {
    const f = foldLedger([e1, e2, r1], new Map(), { organizationId: 'f', openingFen: 5 });
    expect(f.lines.map((l) => [l.amountFen, l.runningFen])).toEqual([[4_000, 4_005], [133, 4_138], [-4_000, 138]]);
    expect(f.totalFen).toBe(133);
    expect(f.reconciled).toBe(true);
  });

  it('checks a reversal against its original, listed or given; a missing or altered original breaks only that line', () => {
    expect(missingOriginals([e2, r1])).toEqual(['e1']);
    expect(missingOriginals([e1, e2, r1])).toEqual([]);
    const given = foldLedger([e2, r1], new Map([['e1', e1]]), { organizationId: null });
    expect(given.reconciled).toBe(true);
    const missing = foldLedger([e2, r1], new Map(), { organizationId: null });
    expect(missing.lines.map((l) => l.reconciled)).toEqual([true, false]);
    expect(missing.reconciled).toBe(false);
    const altered = foldLedger([e2, r1], new Map([['e1', { ...e1, grossFen: e1.grossFen + 1 }]]), { organizationId: null });
    expect(altered.reconciled).toBe(false);
  });

  it('an event whose figures do not add up is not reconciled, and neither is the statement', () => {
    const bad = { ...e2, netFen: e2.netFen + 1 };
    const f = foldLedger([e1, bad], new Map(), { organizationId: null });
    expect(f.lines.map((l) => l.reconciled)).toEqual([true, false]);
    expect(f.reconciled).toBe(false);
  });

  it('folds nothing into zero totals that reconcile', () => {
    const f = foldLedger([], new Map(), { organizationId: 'f', openingFen: 7 });
    expect(f).toEqual({ lines: [], grossFen: 0, deductionsFen: 0, netFen: 0, byBeneficiary: [], totalFen: 0, reconciled: true });
  });
});

describe('what the model filters select', () => {
  it('an agreement involves its owner and its parties', () => {
    const a = { ownerOrganizationId: 'o', partyOrganizationIds: ['p', 'q'] };
    expect(['o', 'p', 'q', 'x'].map((id) => agreementInvolves(a, id))).toEqual([true, true, true, false]);
  });
  it('statements take events in [from, to], both ends included, after a cursor key in (receivedOn, id) order', () => {
    const e = { organizationIds: ['p'], agreementId: 'a', receivedOn: '2025-03-01', id: '00000000000000000000000b' };
    expect(onOrganizationStatement(e, 'p', '2025-03-01', '2025-03-01')).toBe(true);
    expect(onOrganizationStatement(e, 'q', '2025-01-01', '2025-12-31')).toBe(false);
    expect(onAgreementStatement(e, ['a'], '2025-03-02', '2025-12-31')).toBe(false);
    expect(onAgreementStatement(e, ['b', 'a'], '2025-01-01', '2025-03-01')).toBe(true);
    expect(afterKey(e, { receivedOn: '2025-03-01', id: '00000000000000000000000a' })).toBe(true);
    expect(afterKey(e, { receivedOn: '2025-03-01', id: '00000000000000000000000b' })).toBe(false);
    expect(afterKey(e, { receivedOn: '2025-02-28', id: 'ffffffffffffffffffffffff' })).toBe(true);
  });
});
