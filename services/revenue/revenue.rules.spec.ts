import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  afterKey,
  amendmentDateProblem,
  choosePolicy,
  closeDateProblem,
  governsPolicy,
  policyInForce,
  policyTermsProblem,
  policyVersionOn,
  type PolicyData,
  agreementInvolves,
  agreementOwner,
  checkAmendmentDate,
  checkExternalReference,
  checkPeriod,
  checkTerms,
  onAgreementStatement,
  onOrganizationStatement,
  ownsAgreement,
  readsAgreement,
  readsStatement,
  requestFingerprint,
  reversalDate,
  split,
  versionOn,
  type ProjectRef,
} from './revenue.rules.js';
import type { AgreementVersion } from './revenue.contract.js';
import { eventReconciles } from './ledger.js';
import type { Actor } from '../../infra/auth.js';
import { thrown } from '../../test/helpers/outcomes.js';
import { regionCovers } from '../../infra/auth.js';
import { coveringRegionCodes, currentRegionCodes } from '../../infra/regions.js';
import type { PolicyVersion } from './revenue.contract.js';
import { INITIAL_POLICIES } from './revenue.seed.js';

const LIUZHOU = INITIAL_POLICIES.find((p) => p.code === 'LIUZHOU')!;
const XIAN = INITIAL_POLICIES.find((p) => p.code === 'XIAN')!;
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

describe('agreementOwner', () => {
  const alliance = { id: 'A', leadOrganizationId: 'lead' };
  const project: ProjectRef = { id: 'P', allianceId: 'A', leadOrganizationId: 'plead', outputs: [{ id: 'o1' }, { outputId: 'o2' }] };
  it('is the alliance lead without a project, the project lead with one; outputs deduplicated in order', () => {
    expect(agreementOwner(alliance, null, null)).toEqual({ ownerOrganizationId: 'lead', ownerKind: 'ALLIANCE_LEAD', outputIds: [] });
    expect(agreementOwner(alliance, project, ['o2', 'o1', 'o2'])).toEqual({ ownerOrganizationId: 'plead', ownerKind: 'PROJECT_LEAD', outputIds: ['o2', 'o1'] });
  });
  it('refuses outputs without a project, outputs of no such project output, and a project of another alliance', () => {
    expect(thrown(() => agreementOwner(alliance, null, ['o1']))).toEqual({ type: 'BAD_USER_INPUT', data: { field: 'outputIds', rule: 'PROJECT_OUTPUT' } });
    expect(thrown(() => agreementOwner(alliance, project, ['o1', 'o3']))).toEqual({ type: 'BAD_USER_INPUT', data: { field: 'outputIds', rule: 'PROJECT_OUTPUT' } });
    expect(thrown(() => agreementOwner(alliance, { ...project, allianceId: 'B' }, []))).toEqual({ type: 'BAD_USER_INPUT', data: { field: 'projectId', rule: 'PROJECT_ALLIANCE' } });
  });
});

describe('checkAmendmentDate', () => {
  const a = { versions: [{ version: 1, effectiveFrom: '2025-01-01' }, { version: 2, effectiveFrom: '2025-07-01' }], lastReceivedOn: '2025-08-10' };
  it('accepts a date after the last version and after recorded revenue', () => {
    expect(() => checkAmendmentDate(a, '2025-08-11')).not.toThrow();
    expect(() => checkAmendmentDate({ ...a, lastReceivedOn: '' }, '2025-07-02')).not.toThrow();
  });
  it('refuses a date on or before the last version (EFFECTIVE_ORDER) or on or before recorded revenue (REVENUE_ALREADY_RECORDED)', () => {
    expect(thrown(() => checkAmendmentDate(a, '2025-07-01'))).toEqual({ type: 'BAD_USER_INPUT', data: { field: 'effectiveFrom', rule: 'EFFECTIVE_ORDER' } });
    expect(thrown(() => checkAmendmentDate(a, '2025-08-10'))).toEqual({ type: 'FAILED_PRECONDITION', data: { field: 'effectiveFrom', rule: 'REVENUE_ALREADY_RECORDED', lastReceivedOn: '2025-08-10' } });
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
    expect(thrown(() => split(versions, '2024-12-31', 100, []))).toEqual({ type: 'BAD_USER_INPUT', data: { field: 'receivedOn', rule: 'NO_VERSION_IN_FORCE' } });
    expect(thrown(() => split(versions, '2025-07-01', 100, [{ kind: 'PATENT_FEE', amountFen: 1 }]))).toEqual({ type: 'BAD_USER_INPUT', data: { field: 'deductions', rule: 'UNDECLARED_DEDUCTION', kind: 'PATENT_FEE' } });
    expect(thrown(() => split(versions, '2025-03-01', 100, [{ kind: 'TAX', amountFen: 60 }, { kind: 'PATENT_FEE', amountFen: 41 }]))).toEqual({
      type: 'BAD_USER_INPUT',
      data: { field: 'deductions', rule: 'DEDUCTIONS_EXCEED_GROSS', kind: 'TAX' },
    });
  });
});

describe('recording and reversing inputs', () => {
  it('reserves the reversal prefix, in any case', () => {
    expect(() => checkExternalReference('LIC-1')).not.toThrow();
    expect(thrown(() => checkExternalReference('reversal:LIC-1'))).toEqual({ type: 'BAD_USER_INPUT', data: { field: 'externalReference' } });
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
    expect(thrown(() => reversalDate(original, '2025-02-28', '2025-09-01'))).toEqual({ type: 'BAD_USER_INPUT', data: { field: 'reversedOn' } });
    expect(thrown(() => reversalDate(original, '2025-09-02', '2025-09-01'))).toEqual({ type: 'BAD_USER_INPUT', data: { field: 'reversedOn' } });
    expect(thrown(() => reversalDate({ ...original, kind: 'REVERSAL' }, '2025-09-02', '2025-09-01'))).toEqual({ type: 'FAILED_PRECONDITION', data: { rule: 'REVERSAL_OF_REVERSAL' } });
  });
});

describe('checkPeriod', () => {
  it('accepts two calendar dates in order (one day included)', () => {
    expect(() => checkPeriod('2025-01-01', '2025-12-31')).not.toThrow();
    expect(() => checkPeriod('2025-02-28', '2025-02-28')).not.toThrow();
  });
  it('refuses non-dates and a reversed period, naming the field', () => {
    expect(thrown(() => checkPeriod('2025-13-01', '2025-12-31'))).toEqual({ type: 'BAD_USER_INPUT', data: { field: 'from' } });
    expect(thrown(() => checkPeriod('2025-01-01', '2025-02-30'))).toEqual({ type: 'BAD_USER_INPUT', data: { field: 'to' } });
    expect(thrown(() => checkPeriod('2025-02-01', '2025-01-31'))).toEqual({ type: 'BAD_USER_INPUT', data: { field: 'from' } });
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

// ---------------------------------------------------------------- regional policies

const pv = (version: number, validFrom: string, min: number, max = 10_000, validUntil: string | null = null): PolicyVersion => ({
  version,
  validFrom,
  validUntil,
  minTeacherShareBp: min,
  maxTeacherShareBp: max,
  source: null,
  note: null,
  recordedAt: '2026-01-01T00:00:00Z',
  recordedBy: 'u',
});
const policy = (code: string, regionCode: string, versions: PolicyVersion[]): PolicyData => ({ code, name: code, regionCode, versions });
const LZ = policy('LIUZHOU', '450200', [pv(1, LIUZHOU.validFrom, LIUZHOU.minTeacherShareBp, LIUZHOU.maxTeacherShareBp)]);
const XA = policy('XIAN', '610100', [pv(1, XIAN.validFrom, XIAN.minTeacherShareBp, XIAN.maxTeacherShareBp)]);
const GX = policy('GUANGXI', '450000', [pv(1, '2018-01-01', 6000)]);
const ALL = [LZ, XA, GX];

describe('the initial policies (seeds/003 篇3, 篇7)', () => {
  it('Liuzhou: teachers at least 70 % of the school share; Xi\'an: at most 50 %', () => {
    expect(LIUZHOU).toMatchObject({ regionCode: '450200', minTeacherShareBp: 7000, maxTeacherShareBp: 10000 });
    expect(XIAN).toMatchObject({ regionCode: '610100', minTeacherShareBp: 0, maxTeacherShareBp: 5000 });
    expect(LIUZHOU.source).toContain('70%');
    expect(XIAN.source).toContain('50%');
  });
});

describe('policyVersionOn', () => {
  const versions = [pv(1, '2020-01-01', 7000), pv(2, '2024-01-01', 8000, 10_000, '2024-12-31')];
  it('the latest started version, unless it ended before the date', () => {
    expect(policyVersionOn(versions, '2019-12-31')).toBeNull();
    expect(policyVersionOn(versions, '2020-01-01')?.version).toBe(1);
    expect(policyVersionOn(versions, '2023-12-31')?.version).toBe(1);
    expect(policyVersionOn(versions, '2024-12-31')?.version).toBe(2);
    expect(policyVersionOn(versions, '2025-01-01')).toBeNull();
  });
});

describe('policyInForce: the nearest covering region wins', () => {
  it('450200 over 450000 for a Liuzhou alliance; the province for its other cities; none for Beijing', () => {
    expect(policyInForce(ALL, '450200', '2025-01-01')?.policy.code).toBe('LIUZHOU');
    expect(policyInForce(ALL, '450203', '2025-01-01')?.policy.code).toBe('LIUZHOU');
    expect(policyInForce(ALL, '450100', '2025-01-01')?.policy.code).toBe('GUANGXI');
    expect(policyInForce(ALL, '450000', '2025-01-01')?.policy.code).toBe('GUANGXI');
    expect(policyInForce(ALL, '110000', '2025-01-01')).toBeNull();
    // Before Liuzhou's policy took effect, the province's applied.
    expect(policyInForce(ALL, '450200', '2019-06-01')?.policy.code).toBe('GUANGXI');
  });
});

describe('choosePolicy', () => {
  const known = (c: string) => ALL.some((p) => p.code === c);
  it("handed case: a Liuzhou (450200) alliance choosing the Xi'an policy is refused", () => {
    expect(choosePolicy(policyInForce(ALL, '450200', '2025-01-01'), 'XIAN', known, '450200', '2025-01-01')).toMatchObject({
      code: 'FAILED_PRECONDITION',
      data: { rule: 'POLICY_NOT_IN_FORCE_FOR_REGION', policy: 'XIAN', policyInForce: 'LIUZHOU', regionCode: '450200', date: '2025-01-01' },
    });
    // And under the policy that does apply, teachers at 30 % are below the floor.
    const applied = choosePolicy(policyInForce(ALL, '450200', '2025-01-01'), null, known, '450200', '2025-01-01');
    expect(applied).toMatchObject({ policy: { code: 'LIUZHOU' }, version: { minTeacherShareBp: 7000 } });
    const v = (applied as { version: PolicyVersion }).version;
    const bounds = { code: 'LIUZHOU', name: 'LIUZHOU', minTeacherShareBp: v.minTeacherShareBp, maxTeacherShareBp: v.maxTeacherShareBp };
    expect(checkTerms([{ organizationId: 's', shareBp: 10000, teacherShareBp: 3000 }], orgs, bounds, K)).toMatchObject({ rule: 'POLICY_TEACHER_SHARE', organizationId: 's' });
  });
  it('naming the policy in force (any case) or none is the same; an unknown code is BAD_USER_INPUT; no policy at all is refused', () => {
    const inForce = policyInForce(ALL, '450200', '2025-01-01');
    expect(choosePolicy(inForce, 'liuzhou', known, '450200', '2025-01-01')).toBe(inForce);
    expect(choosePolicy(inForce, 'NOWHERE', known, '450200', '2025-01-01')).toMatchObject({ code: 'BAD_USER_INPUT', data: { field: 'policyCode', rule: 'UNKNOWN_POLICY' } });
    expect(choosePolicy(null, null, known, '110000', '2025-01-01')).toMatchObject({ code: 'FAILED_PRECONDITION', data: { rule: 'NO_POLICY_IN_FORCE', regionCode: '110000' } });
    expect(choosePolicy(null, 'LIUZHOU', known, '110000', '2025-01-01')).toMatchObject({ code: 'FAILED_PRECONDITION', data: { rule: 'POLICY_NOT_IN_FORCE_FOR_REGION', policyInForce: null } });
  });
  it('property: over real region pairs, a named policy is accepted exactly when it is the nearest covering one in force', () => {
    const codes = currentRegionCodes();
    const pair = fc.constantFrom(...codes).chain((alliance) =>
      fc.tuple(fc.constant(alliance), fc.oneof(fc.constantFrom(...coveringRegionCodes(alliance)), fc.constantFrom(...codes)), fc.oneof(fc.constantFrom(...coveringRegionCodes(alliance)), fc.constantFrom(...codes))),
    );
    fc.assert(
      fc.property(pair, fc.integer({ min: 2018, max: 2026 }), ([alliance, r1, r2], year) => {
        const date = `${year}-06-01`;
        const policies = [policy('P1', r1, [pv(1, '2020-01-01', 7000)]), ...(r2 !== r1 ? [policy('P2', r2, [pv(1, '2022-01-01', 0, 5000)])] : [])];
        // The nearest covering region with a version in force (coveringRegionCodes is nearest first; regionCovers agrees).
        const nearest = coveringRegionCodes(alliance).filter((c) => regionCovers(c, alliance)).find((c) => policies.some((p) => p.regionCode === c && policyVersionOn(p.versions, date)));
        for (const p of policies) {
          const r = choosePolicy(policyInForce(policies, alliance, date), p.code, () => true, alliance, date);
          if (p.regionCode === nearest) expect(r).toMatchObject({ policy: { code: p.code } });
          else expect(r).toMatchObject({ code: 'FAILED_PRECONDITION', data: { rule: 'POLICY_NOT_IN_FORCE_FOR_REGION', policy: p.code, policyInForce: policies.find((q) => q.regionCode === nearest)?.code ?? null } });
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('policy versions and who governs them', () => {
  it('dates in order and bounds within 0 ≤ min ≤ max ≤ 10000 bp', () => {
    expect(policyTermsProblem({ validFrom: '2025-01-01', minTeacherShareBp: 7000, maxTeacherShareBp: 10000 })).toBeNull();
    expect(policyTermsProblem({ validFrom: '2025-02-30', minTeacherShareBp: 0, maxTeacherShareBp: 1 })).toMatchObject({ data: { rule: 'POLICY_VALIDITY', field: 'validFrom' } });
    expect(policyTermsProblem({ validFrom: '2025-01-01', validUntil: '2024-12-31', minTeacherShareBp: 0, maxTeacherShareBp: 1 })).toMatchObject({ data: { rule: 'POLICY_VALIDITY', field: 'validUntil' } });
    expect(policyTermsProblem({ validFrom: '2025-01-01', minTeacherShareBp: 8000, maxTeacherShareBp: 7000 })).toMatchObject({ code: 'BAD_USER_INPUT', data: { rule: 'POLICY_BOUNDS' } });
    expect(policyTermsProblem({ validFrom: '2025-01-01', minTeacherShareBp: -1, maxTeacherShareBp: 7000 })).toMatchObject({ data: { rule: 'POLICY_BOUNDS', field: 'minTeacherShareBp' } });
    expect(amendmentDateProblem(pv(1, '2020-01-01', 7000), '2020-01-01')).toMatchObject({ data: { rule: 'POLICY_VALIDITY', field: 'validFrom' } });
    expect(amendmentDateProblem(pv(1, '2020-01-01', 7000), '2020-01-02')).toBeNull();
    expect(closeDateProblem(pv(1, '2020-01-01', 7000), '2019-12-31')).toMatchObject({ data: { rule: 'POLICY_VALIDITY', field: 'validUntil' } });
    expect(closeDateProblem(pv(1, '2020-01-01', 7000), '2020-01-01')).toBeNull();
  });
  it('a funder whose region covers the policy region, a platform admin or a service; nobody else', () => {
    const funder: Actor = { id: 'f', org: 'o', roles: ['FUNDER'] };
    expect(governsPolicy(funder, '450200', '450200')).toBe(true);
    expect(governsPolicy(funder, '450000', '450200')).toBe(true);
    expect(governsPolicy(funder, '610100', '450200')).toBe(false);
    expect(governsPolicy(funder, null, '450200')).toBe(false);
    expect(governsPolicy({ id: 'a', org: 'o', roles: ['ORG_ADMIN'] }, '450200', '450200')).toBe(false);
    expect(governsPolicy({ id: 'p', roles: ['PLATFORM_ADMIN'] }, null, '450200')).toBe(true);
    expect(governsPolicy({ id: 's', roles: [], system: true }, null, '450200')).toBe(true);
  });
});
