import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  criteriaProblems,
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
          // What alliances.memberCounts returns: active members by kind and type, disqualified ones left out.
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
