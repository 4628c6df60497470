import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Actor } from '../../infra/auth.js';
import {
  allianceStatusOn,
  applicationScopes,
  applicationStanding,
  appliesFor,
  checkDecision,
  coveringRegions,
  criteriaProblems,
  decidesFor,
  funderSeesAuditEntry,
  listsOnlyOwnPrograms,
  newProgramFunderId,
  programCovers,
  requireFunderOf,
  seesApplication,
  windowOrderProblem,
  describeCriterion,
  disqualificationOn,
  evaluate,
  evaluateFromCounts,
  normalizeCriteria,
  windowProblem,
  type ActiveMember,
  type AllianceForEvaluation,
  type Criterion,
  type DisqualificationRecord,
  type ProgramForEvaluation,
} from './grants.rules.js';
import { thrownType } from '../../test/helpers/outcomes.js';

const LIUZHOU: Criterion[] = [
  { kind: 'MIN_SCHOOLS', threshold: 10 },
  { kind: 'MIN_DISTINCT_SCHOOL_TYPES', threshold: 2 },
  { kind: 'MIN_ENTERPRISES', threshold: 10 },
  { kind: 'ALLIANCE_ACTIVE', threshold: null },
  { kind: 'LEAD_IN_GOOD_STANDING', threshold: null },
];
const program: ProgramForEvaluation = { id: 'p1', criteria: LIUZHOU, awardAmountFen: 100_000_000, currency: 'CNY' };
const alliance: AllianceForEvaluation = {
  id: 'a1',
  leadOrganizationId: 's0',
  statusHistory: [
    { status: 'FORMING', from: '2024-03-01' },
    { status: 'ACTIVE', from: '2024-04-01' },
  ],
};
const school = (i: number, type = i % 2 ? 'HIGHER_VOCATIONAL' : 'SECONDARY_VOCATIONAL'): ActiveMember => ({ organizationId: `s${i}`, orgKind: 'SCHOOL', schoolType: type, role: i === 0 ? 'LEAD' : 'MEMBER' });
const firm = (i: number): ActiveMember => ({ organizationId: `e${i}`, orgKind: 'ENTERPRISE', schoolType: null, role: 'MEMBER' });
const range = (n: number) => Array.from({ length: n }, (_, i) => i);
const dq = (organizationId: string, from: string, until: string, liftedOn: string | null = null): DisqualificationRecord => ({ id: `d-${organizationId}-${from}`, organizationId, reason: '提供虚假材料', from, until, liftedOn });
const ON = '2025-01-15';

describe('evaluate (the Liuzhou criteria)', () => {
  it('10 schools over 2 types and 10 enterprises, ACTIVE, lead in good standing → eligible, award to the lead', () => {
    const r = evaluate(program, alliance, [...range(10).map((i) => school(i)), ...range(10).map(firm)], [], ON);
    expect(r.eligible).toBe(true);
    expect(r.shortfall).toEqual([]);
    expect(r.recipientOrganizationId).toBe('s0');
    expect(r.awardAmountFen).toBe(100_000_000);
    expect(r.counts).toMatchObject({ total: 20, schools: 10, enterprises: 10, distinctSchoolTypes: 2 });
    expect(r.criteria.map((c) => [c.kind, c.required, c.actual, c.passed])).toEqual([
      ['MIN_SCHOOLS', 10, 10, true],
      ['MIN_DISTINCT_SCHOOL_TYPES', 2, 2, true],
      ['MIN_ENTERPRISES', 10, 10, true],
      ['ALLIANCE_ACTIVE', null, null, true],
      ['LEAD_IN_GOOD_STANDING', null, null, true],
    ]);
    expect(r.countedMembers).toHaveLength(20);
    expect(r.excludedMembers).toEqual([]);
  });

  it('9 schools → "1 more school"; 8 → "2 more schools"', () => {
    const firms = range(10).map(firm);
    expect(evaluate(program, alliance, [...range(9).map((i) => school(i)), ...firms], [], ON).shortfall).toEqual(['1 more school']);
    const r = evaluate(program, alliance, [...range(8).map((i) => school(i)), ...firms], [], ON);
    expect(r.eligible).toBe(false);
    expect(r.shortfall).toEqual(['2 more schools']);
  });

  it('10 schools of one type → ineligible on distinct types only', () => {
    const r = evaluate(program, alliance, [...range(10).map((i) => school(i, 'HIGHER_VOCATIONAL')), ...range(10).map(firm)], [], ON);
    expect(r.eligible).toBe(false);
    expect(r.shortfall).toEqual(['schools of 1 more type']);
    expect(r.criteria.find((c) => c.kind === 'MIN_DISTINCT_SCHOOL_TYPES')).toMatchObject({ required: 2, actual: 1, passed: false });
    const three = evaluate({ ...program, criteria: [{ kind: 'MIN_DISTINCT_SCHOOL_TYPES', threshold: 3 }] }, alliance, range(10).map((i) => school(i, 'HIGHER_VOCATIONAL')), [], ON);
    expect(three.shortfall).toEqual(['schools of 2 more types']);
  });

  it('counts missing enterprises in words and numbers', () => {
    const schools = range(10).map((i) => school(i));
    expect(evaluate(program, alliance, [...schools, ...range(9).map(firm)], [], ON).shortfall).toEqual(['1 more enterprise']);
    expect(evaluate(program, alliance, [...schools, ...range(8).map(firm)], [], ON).shortfall).toEqual(['2 more enterprises']);
  });

  it('lists every missing thing at once, in criteria order', () => {
    const r = evaluate(program, alliance, [school(0)], [], '2024-03-15');
    expect(r.shortfall).toEqual(['9 more schools', 'schools of 1 more type', '10 more enterprises', 'the alliance must be ACTIVE on 2024-03-15 (it was FORMING)']);
  });

  it('requires ACTIVE on the date: FORMING, SUSPENDED and before founding fail', () => {
    const members = [...range(10).map((i) => school(i)), ...range(10).map(firm)];
    const suspended = { ...alliance, statusHistory: [...alliance.statusHistory, { status: 'SUSPENDED', from: '2025-01-01' }] };
    expect(evaluate(program, alliance, members, [], '2024-03-31').shortfall).toEqual(['the alliance must be ACTIVE on 2024-03-31 (it was FORMING)']);
    expect(evaluate(program, alliance, members, [], '2024-04-01').eligible).toBe(true);
    expect(evaluate(program, suspended, members, [], '2025-01-01').shortfall).toEqual(['the alliance must be ACTIVE on 2025-01-01 (it was SUSPENDED)']);
    const before = evaluate(program, alliance, members, [], '2024-02-01');
    expect(before.allianceStatus).toBeNull();
    expect(before.shortfall).toEqual(['the alliance must be ACTIVE on 2024-02-01 (it had not been founded yet)']);
  });

  it('does not count a member disqualified on the date and says why; counts it before and after the bar', () => {
    const members = [...range(10).map((i) => school(i)), ...range(10).map(firm)];
    const bars = [dq('e3', '2024-06-01', '2029-05-31')];
    const r = evaluate(program, alliance, members, bars, ON);
    expect(r.eligible).toBe(false);
    expect(r.shortfall).toEqual(['1 more enterprise']);
    expect(r.countedMembers.map((m) => m.organizationId)).not.toContain('e3');
    expect(r.excludedMembers).toEqual([expect.objectContaining({ organizationId: 'e3', disqualificationId: 'd-e3-2024-06-01', reason: expect.stringContaining('2029-05-31') })]);
    expect(evaluate(program, alliance, members, bars, '2024-05-31').eligible).toBe(true);
    expect(evaluate(program, alliance, members, bars, '2029-06-01').eligible).toBe(true);
    expect(evaluate(program, alliance, members, bars, '2029-05-31').eligible).toBe(false); // `until` is inclusive
  });

  it('a lifted disqualification stops applying from the day it was lifted', () => {
    const members = [...range(10).map((i) => school(i)), ...range(10).map(firm)];
    const bars = [dq('e3', '2024-06-01', '2029-05-31', '2025-01-10')];
    expect(evaluate(program, alliance, members, bars, '2025-01-09').eligible).toBe(false);
    expect(evaluate(program, alliance, members, bars, '2025-01-10').eligible).toBe(true);
  });

  it('a disqualified lead makes the alliance ineligible and is not counted as a school', () => {
    const members = [...range(10).map((i) => school(i)), ...range(10).map(firm)];
    const r = evaluate(program, alliance, members, [dq('s0', '2024-03-01', '2029-02-28')], ON);
    expect(r.eligible).toBe(false);
    expect(r.shortfall).toEqual(['1 more school', 'the lead unit is disqualified until 2029-02-28']);
    expect(r.criteria.find((c) => c.kind === 'LEAD_IN_GOOD_STANDING')).toMatchObject({ passed: false, detail: expect.stringContaining('2029-02-28') });
    expect(r.recipientOrganizationId).toBe('s0');
  });

  it('without LEAD_IN_GOOD_STANDING a disqualified lead only stops counting (criteria are data)', () => {
    const p2 = { ...program, criteria: [{ kind: 'MIN_SCHOOLS' as const, threshold: 2 }] };
    const r = evaluate(p2, alliance, [school(0), school(1), school(2)], [dq('s0', '2024-01-01', '2030-01-01')], ON);
    expect(r.eligible).toBe(true);
    expect(r.counts.schools).toBe(2);
  });

  it('counts an organization once and ignores schools without a type for distinct types', () => {
    const r = evaluate(program, alliance, [school(1), school(1), { organizationId: 'x', orgKind: 'SCHOOL', schoolType: null, role: 'MEMBER' }], [], ON);
    expect(r.counts).toMatchObject({ schools: 2, distinctSchoolTypes: 1, total: 2 });
  });

  it('other kinds count in the total but for no school or enterprise criterion', () => {
    const r = evaluate(program, alliance, [{ organizationId: 'r', orgKind: 'RESEARCH_INSTITUTE', schoolType: null, role: 'MEMBER' }], [], ON);
    expect(r.counts).toMatchObject({ total: 1, schools: 0, enterprises: 0 });
  });

  it('property: eligible exactly when the shortfall is empty; excluded + counted = distinct members; shortfall numbers add up', () => {
    const member = fc.record({
      organizationId: fc.constantFrom(...range(30).map((i) => `o${i}`)),
      orgKind: fc.constantFrom('SCHOOL', 'ENTERPRISE', 'OTHER'),
      schoolType: fc.constantFrom('HIGHER_VOCATIONAL', 'SECONDARY_VOCATIONAL', 'TECHNICIAN_COLLEGE', null),
      role: fc.constant('MEMBER'),
    });
    fc.assert(
      fc.property(fc.array(member, { maxLength: 40 }), fc.subarray(range(30)), fc.integer({ min: 0, max: 15 }), (members, barred, threshold) => {
        const p = { ...program, criteria: [{ kind: 'MIN_SCHOOLS' as const, threshold }, { kind: 'MIN_ENTERPRISES' as const, threshold }] };
        const r = evaluate(p, alliance, members, barred.map((i) => dq(`o${i}`, '2020-01-01', '2030-01-01')), ON);
        expect(r.eligible).toBe(r.shortfall.length === 0);
        expect(r.countedMembers.length + r.excludedMembers.length).toBe(new Set(members.map((m) => m.organizationId)).size);
        for (const e of r.excludedMembers) expect(barred.map((i) => `o${i}`)).toContain(e.organizationId);
        const missingSchools = Math.max(0, threshold - r.counts.schools);
        const s = r.shortfall.find((x) => / more schools?$/.test(x));
        expect(s ? Number(s.split(' ')[0]) : 0).toBe(missingSchools);
      }),
    );
  });
});

describe('evaluateFromCounts (the verdict without member lists)', () => {
  it('property: the same verdict, criteria and shortfall as the full evaluation over the same members', () => {
    const member = fc.record({
      organizationId: fc.constantFrom(...range(40).map((i) => `o${i}`)),
      orgKind: fc.constantFrom('SCHOOL', 'ENTERPRISE', 'OTHER'),
      schoolType: fc.constantFrom('HIGHER_VOCATIONAL', 'SECONDARY_VOCATIONAL', 'TECHNICIAN_COLLEGE', 'UNIVERSITY'),
      role: fc.constant('MEMBER'),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(member, { maxLength: 40, selector: (m) => m.organizationId }),
        fc.subarray(range(40)),
        fc.boolean(),
        fc.constantFrom('2024-03-15', '2025-01-15'),
        (raw, barred, leadBarred, asOf) => {
          const members = raw.map((m) => (m.orgKind === 'SCHOOL' ? m : { ...m, schoolType: null }));
          const bars = [...barred.map((i) => dq(`o${i}`, '2020-01-01', '2030-01-01')), ...(leadBarred ? [dq('s0', '2024-01-01', '2029-12-31')] : [])];
          const full = evaluate(program, alliance, members, bars, asOf);
          // What alliances.countMembers returns per alliance: active members by kind and type, disqualified ones left out.
          const { total, schools, enterprises, distinctSchoolTypes, bySchoolType } = full.counts;
          const summary = evaluateFromCounts(program, alliance, { total, schools, enterprises, distinctSchoolTypes, bySchoolType }, bars.filter((b) => b.organizationId === 's0'), asOf);
          expect(summary.eligible).toBe(full.eligible);
          expect(summary.criteria).toEqual(full.criteria);
          expect(summary.shortfall).toEqual(full.shortfall);
          expect(summary.evidence).toBe(false);
          expect(summary.countedMembers).toEqual([]);
        },
      ),
    );
  });
});

describe('disqualificationOn', () => {
  it('picks the bar that lasts longest among those applying on the date', () => {
    const bars = [dq('a', '2024-01-01', '2025-01-01'), dq('a', '2024-06-01', '2029-05-31'), dq('b', '2020-01-01', '2030-01-01')];
    expect(disqualificationOn(bars, 'a', '2024-07-01')?.until).toBe('2029-05-31');
    expect(disqualificationOn(bars, 'a', '2023-12-31')).toBeNull();
  });
});

describe('criteria validation', () => {
  it('accepts the Liuzhou criteria', () => expect(criteriaProblems(LIUZHOU)).toEqual([]));
  it('requires thresholds for MIN_* kinds, ≥ 0, whole numbers', () => {
    expect(criteriaProblems([{ kind: 'MIN_SCHOOLS' }])).toHaveLength(1);
    expect(criteriaProblems([{ kind: 'MIN_SCHOOLS', threshold: -1 }])).toHaveLength(1);
    expect(criteriaProblems([{ kind: 'MIN_SCHOOLS', threshold: 1.5 }])).toHaveLength(1);
    expect(criteriaProblems([{ kind: 'MIN_SCHOOLS', threshold: 0 }])).toEqual([]);
  });
  it('refuses thresholds on yes/no kinds, duplicates, unknown kinds and empty lists', () => {
    expect(criteriaProblems([{ kind: 'ALLIANCE_ACTIVE', threshold: 1 }])).toHaveLength(1);
    expect(criteriaProblems([{ kind: 'MIN_SCHOOLS', threshold: 1 }, { kind: 'MIN_SCHOOLS', threshold: 2 }])).toHaveLength(1);
    expect(criteriaProblems([{ kind: 'MAX_FUN', threshold: 1 }])).toHaveLength(1);
    expect(criteriaProblems([])).toHaveLength(1);
  });
  it('normalizes: yes/no kinds carry no threshold', () => {
    expect(normalizeCriteria([{ kind: 'ALLIANCE_ACTIVE' }, { kind: 'MIN_ENTERPRISES', threshold: 10 }])).toEqual([
      { kind: 'ALLIANCE_ACTIVE', threshold: null },
      { kind: 'MIN_ENTERPRISES', threshold: 10 },
    ]);
  });
  it('describes each criterion in words with its number', () => {
    expect(describeCriterion({ kind: 'MIN_SCHOOLS', threshold: 10 })).toContain('10 school members');
    expect(describeCriterion({ kind: 'MIN_DISTINCT_SCHOOL_TYPES', threshold: 2 })).toContain('2 school types');
    expect(describeCriterion({ kind: 'MIN_ENTERPRISES', threshold: 1 })).toContain('1 enterprise member');
  });
});

describe('application window', () => {
  it('is inclusive at both ends; open ends are unlimited', () => {
    const w = { opensOn: '2025-01-01', closesOn: '2025-03-31' };
    expect(windowProblem(w, '2024-12-31')).not.toBeNull();
    expect(windowProblem(w, '2025-01-01')).toBeNull();
    expect(windowProblem(w, '2025-03-31')).toBeNull();
    expect(windowProblem(w, '2025-04-01')).not.toBeNull();
    expect(windowProblem({ opensOn: null, closesOn: null }, '1999-01-01')).toBeNull();
  });
});

// ---------------------------------------------------------------- who may do what, and small decisions

const GOV = 'aaaaaaaaaaaaaaaaaaaaaaaa';
const LEAD = 'bbbbbbbbbbbbbbbbbbbbbbbb';
const OTHER = 'cccccccccccccccccccccccc';
const system: Actor = { id: 'service:x', roles: [], system: true };
const platformAdmin: Actor = { id: 'admin', roles: ['PLATFORM_ADMIN'] };
const funder: Actor = { id: 'f', org: GOV, roles: ['FUNDER'] };
const leadAdmin: Actor = { id: 'l', org: LEAD, roles: ['ORG_ADMIN'] };
const leadMember: Actor = { id: 'm', org: LEAD, roles: ['ORG_MEMBER'] };
const otherFunder: Actor = { id: 'o', org: OTHER, roles: ['FUNDER'] };
const funderAndAdmin: Actor = { id: 'fa', org: GOV, roles: ['FUNDER', 'ORG_ADMIN'] };

describe('allianceStatusOn (the history entry in force on a date)', () => {
  const history = [
    { status: 'FORMING', from: '2024-01-01' },
    { status: 'ACTIVE', from: '2024-02-01' },
    { status: 'SUSPENDED', from: '2024-06-01' },
  ];
  it('is null before founding, then the last entry started on or before the date', () => {
    expect(allianceStatusOn(history, '2023-12-31')).toBeNull();
    expect(allianceStatusOn(history, '2024-01-01')).toBe('FORMING');
    expect(allianceStatusOn(history, '2024-05-31')).toBe('ACTIVE');
    expect(allianceStatusOn(history, '2024-06-01')).toBe('SUSPENDED');
    expect(allianceStatusOn([], '2024-06-01')).toBeNull();
  });
});

describe('who decides, applies and reads applications', () => {
  it("decidesFor: the program's funder and the system; not platform admins, not another funder", () => {
    expect(decidesFor(funder, GOV)).toBe(true);
    expect(decidesFor(system, GOV)).toBe(true);
    expect(decidesFor(platformAdmin, GOV)).toBe(false);
    expect(decidesFor(otherFunder, GOV)).toBe(false);
    expect(decidesFor({ ...leadAdmin, org: GOV }, GOV)).toBe(false);
  });
  it("appliesFor: an ORG_ADMIN of the lead and the system; not platform admins or members", () => {
    expect(appliesFor(leadAdmin, LEAD)).toBe(true);
    expect(appliesFor(system, LEAD)).toBe(true);
    expect(appliesFor(platformAdmin, LEAD)).toBe(false);
    expect(appliesFor(leadMember, LEAD)).toBe(false);
    expect(appliesFor(funder, LEAD)).toBe(false);
  });
  it("seesApplication: its funder, the lead's admins, platform admins and the system", () => {
    const app = { funderOrganizationId: GOV, leadOrganizationId: LEAD };
    for (const a of [funder, leadAdmin, platformAdmin, system]) expect(seesApplication(a, app)).toBe(true);
    for (const a of [otherFunder, leadMember, { ...leadAdmin, org: OTHER }]) expect(seesApplication(a, app)).toBe(false);
  });
  it('applicationScopes: everything for admins, a funder its programs, an org admin its alliances; FORBIDDEN otherwise', () => {
    expect(applicationScopes(platformAdmin)).toBeNull();
    expect(applicationScopes(system)).toBeNull();
    expect(applicationScopes(funder)).toEqual([{ funderOrganizationId: GOV }]);
    expect(applicationScopes(leadAdmin)).toEqual([{ leadOrganizationId: LEAD }]);
    expect(applicationScopes(funderAndAdmin)).toEqual([{ funderOrganizationId: GOV }, { leadOrganizationId: GOV }]);
    expect(thrownType(() => applicationScopes(leadMember))).toBe('FORBIDDEN');
  });
  it('listsOnlyOwnPrograms: a funder who is not also an org admin', () => {
    expect(listsOnlyOwnPrograms(funder)).toBe(true);
    expect(listsOnlyOwnPrograms(funderAndAdmin)).toBe(false);
    expect(listsOnlyOwnPrograms(platformAdmin)).toBe(false);
    expect(listsOnlyOwnPrograms(leadAdmin)).toBe(false);
  });
});

describe('who funds a new program', () => {
  it('a funder: its own organization only', () => {
    expect(newProgramFunderId(funder, null)).toBe(GOV);
    expect(newProgramFunderId(funder, GOV)).toBe(GOV);
    expect(thrownType(() => newProgramFunderId(funder, OTHER))).toBe('FORBIDDEN');
  });
  it('platform admins and services name one (or act for their own organization)', () => {
    expect(newProgramFunderId(platformAdmin, OTHER)).toBe(OTHER);
    expect(newProgramFunderId({ ...platformAdmin, org: GOV }, null)).toBe(GOV);
    expect(thrownType(() => newProgramFunderId(platformAdmin, null))).toBe('BAD_USER_INPUT');
    expect(newProgramFunderId(system, OTHER)).toBe(OTHER);
  });
  it('nobody else', () => {
    expect(thrownType(() => newProgramFunderId(leadAdmin, null))).toBe('FORBIDDEN');
    expect(thrownType(() => newProgramFunderId({ id: 'f', roles: ['FUNDER'] }, null))).toBe('FORBIDDEN');
  });
  it('the funder is a GOVERNMENT organization whose region covers the program region', () => {
    const gov = { id: GOV, kind: 'GOVERNMENT', regionCode: '450200' };
    expect(thrownType(() => requireFunderOf(gov, '450200'))).toBe('OK');
    expect(thrownType(() => requireFunderOf(gov, '450203'))).toBe('OK');
    expect(thrownType(() => requireFunderOf(gov, '450000'))).toBe('FORBIDDEN');
    expect(thrownType(() => requireFunderOf(gov, '450100'))).toBe('FORBIDDEN');
    expect(thrownType(() => requireFunderOf({ ...gov, kind: 'ENTERPRISE' }, '450200'))).toBe('FORBIDDEN');
  });
  it('a window that closes before it opens is a problem; open ends are not', () => {
    expect(windowOrderProblem('2025-02-01', '2025-01-01')).not.toBeNull();
    expect(windowOrderProblem('2025-01-01', '2025-01-01')).toBeNull();
    expect(windowOrderProblem(null, '2025-01-01')).toBeNull();
    expect(windowOrderProblem('2025-01-01', null)).toBeNull();
  });
});

describe('checkDecision', () => {
  it('only SUBMITTED applications are decided (CONFLICT with the status otherwise)', () => {
    for (const status of ['APPROVED', 'REJECTED'] as const) {
      let err: { type?: string; data?: unknown } = {};
      try {
        checkDecision(status, 'APPROVE', 'ok');
      } catch (e) {
        err = e as typeof err;
      }
      expect(err).toMatchObject({ type: 'CONFLICT', data: { status } });
    }
  });
  it('a rejection needs a non-blank note; notes are trimmed, blank ones become null', () => {
    expect(thrownType(() => checkDecision('SUBMITTED', 'REJECT', null))).toBe('BAD_USER_INPUT');
    expect(thrownType(() => checkDecision('SUBMITTED', 'REJECT', '   '))).toBe('BAD_USER_INPUT');
    expect(checkDecision('SUBMITTED', 'REJECT', ' 材料不完整 ')).toBe('材料不完整');
    expect(checkDecision('SUBMITTED', 'APPROVE', '  ')).toBeNull();
    expect(checkDecision('SUBMITTED', 'APPROVE', undefined)).toBeNull();
  });
});

describe('funderSeesAuditEntry', () => {
  const me = { organizationId: GOV, regionCode: '450200' };
  it("its own programs' entries, whatever the region", () => {
    expect(funderSeesAuditEntry(me, { action: 'APPLICATION_APPROVED', funderOrganizationId: GOV, regionCode: '110000' })).toBe(true);
    expect(funderSeesAuditEntry(me, { action: 'APPLICATION_APPROVED', funderOrganizationId: OTHER, regionCode: '450200' })).toBe(false);
  });
  it('disqualifications of organizations in its region (and below), not elsewhere', () => {
    expect(funderSeesAuditEntry(me, { action: 'ORGANIZATION_DISQUALIFIED', funderOrganizationId: OTHER, regionCode: '450203' })).toBe(true);
    expect(funderSeesAuditEntry(me, { action: 'DISQUALIFICATION_LIFTED', funderOrganizationId: null, regionCode: '450200' })).toBe(true);
    expect(funderSeesAuditEntry(me, { action: 'ORGANIZATION_DISQUALIFIED', funderOrganizationId: OTHER, regionCode: '450100' })).toBe(false);
    expect(funderSeesAuditEntry(me, { action: 'ORGANIZATION_DISQUALIFIED', funderOrganizationId: OTHER, regionCode: null })).toBe(false);
  });
});

describe('coveringRegions', () => {
  it('a code, its prefecture and its province', () => {
    expect(coveringRegions('450203')).toEqual(['450203', '450200', '450000']);
    expect(coveringRegions('450200')).toEqual(['450200', '450000']);
    expect(coveringRegions('450000')).toEqual(['450000']);
  });
  it('property: every covering region covers the code', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{6}$/), (code) => {
        for (const r of coveringRegions(code)) expect(programCovers(r, code)).toBe(true);
      }),
    );
  });
});

describe('applicationStanding', () => {
  const apps = [
    { id: 'a1', programId: 'p1', status: 'REJECTED' as const },
    { id: 'a2', programId: 'p2', status: 'SUBMITTED' as const },
    { id: 'a3', programId: 'p1', status: 'APPROVED' as const },
  ];
  it("the latest application's status per program, and awarded once an award's application is APPROVED", () => {
    expect(applicationStanding(apps, [{ programId: 'p1', applicationId: 'a3' }], 'p1')).toEqual({ applicationStatus: 'APPROVED', awarded: true });
    expect(applicationStanding(apps, [], 'p2')).toEqual({ applicationStatus: 'SUBMITTED', awarded: false });
    expect(applicationStanding(apps, [], 'p3')).toEqual({ applicationStatus: null, awarded: false });
  });
  it('an award whose application is not APPROVED (a compensated race) does not count', () => {
    expect(applicationStanding(apps, [{ programId: 'p1', applicationId: 'a1' }], 'p1')).toEqual({ applicationStatus: 'APPROVED', awarded: false });
  });
});
