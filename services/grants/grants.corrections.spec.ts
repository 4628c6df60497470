/**
 * Corrections seen from grants (issue 14, fault 6): what a program edit may change and when, closing a program, and
 * the award recipient as the lead unit in force on the evaluation (decision) date — pure rules.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../infra/auth.js';
import { addDays } from '../../infra/dates.js';
import {
  closeProgramProblem,
  evaluate,
  evaluateFromCounts,
  leadUnitOn,
  managesProgram,
  programUpdatePlan,
  windowProblem,
  type ActiveMember,
  type AllianceForEvaluation,
  type Criterion,
  type DisqualificationRecord,
  type ProgramState,
} from './grants.rules.js';

const TODAY = '2026-05-20';
const CRITERIA: Criterion[] = [
  { kind: 'MIN_SCHOOLS', threshold: 1 },
  { kind: 'LEAD_IN_GOOD_STANDING', threshold: null },
];
const open: ProgramState = { name: '柳州市产教融合联盟奖补', opensOn: '2026-01-01', closesOn: '2026-12-31', awardAmountFen: 100_000_000, criteria: CRITERIA, closedAt: null };
const notYetOpen: ProgramState = { ...open, opensOn: '2026-07-01' };

describe('programUpdatePlan: what an edit may change, and when', () => {
  it('renames at any time and moves the closing date, never before today', () => {
    expect(programUpdatePlan(open, { name: '柳州市产教融合联盟奖补（2026）', closesOn: '2027-03-31' }, TODAY)).toEqual({
      set: { name: '柳州市产教融合联盟奖补（2026）', closesOn: '2027-03-31' },
      old: { name: '柳州市产教融合联盟奖补', closesOn: '2026-12-31' },
      new: { name: '柳州市产教融合联盟奖补（2026）', closesOn: '2027-03-31' },
    });
    expect(programUpdatePlan(open, { closesOn: TODAY }, TODAY)).toMatchObject({ set: { closesOn: TODAY } });
    expect(programUpdatePlan(open, { closesOn: addDays(TODAY, -1) }, TODAY)).toMatchObject({ code: 'BAD_USER_INPUT', data: { field: 'closesOn' } });
    expect(programUpdatePlan(open, { name: open.name, closesOn: open.closesOn }, TODAY)).toEqual({ set: {}, old: {}, new: {} });
    expect(programUpdatePlan(open, {}, TODAY)).toMatchObject({ code: 'BAD_USER_INPUT', data: { field: 'input' } });
  });

  it('fixes the terms (award amount, criteria, opening date) once the program has opened', () => {
    expect(programUpdatePlan(open, { awardAmountFen: 50_000_000 }, TODAY)).toMatchObject({ code: 'FAILED_PRECONDITION', data: { reason: 'TERMS_FIXED', field: 'awardAmount' } });
    expect(programUpdatePlan(open, { criteria: [{ kind: 'MIN_SCHOOLS', threshold: 2 }] }, TODAY)).toMatchObject({ code: 'FAILED_PRECONDITION', data: { reason: 'TERMS_FIXED', field: 'criteria' } });
    expect(programUpdatePlan(open, { opensOn: '2026-06-01' }, TODAY)).toMatchObject({ code: 'FAILED_PRECONDITION', data: { reason: 'TERMS_FIXED', field: 'opensOn' } });
    expect(programUpdatePlan({ ...open, opensOn: null }, { awardAmountFen: 1 }, TODAY)).toMatchObject({ code: 'FAILED_PRECONDITION', data: { reason: 'TERMS_FIXED' } });
    // The same terms again are no change, so no refusal.
    expect(programUpdatePlan(open, { awardAmountFen: open.awardAmountFen, criteria: CRITERIA }, TODAY)).toEqual({ set: {}, old: {}, new: {} });
  });

  it('lets the terms and the opening date change before the program opens (not into the past, not past the closing date)', () => {
    expect(programUpdatePlan(notYetOpen, { awardAmountFen: 50_000_000, opensOn: '2026-06-01', criteria: [{ kind: 'MIN_SCHOOLS', threshold: 3 }] }, TODAY)).toEqual({
      set: { opensOn: '2026-06-01', awardAmountFen: 50_000_000, criteria: [{ kind: 'MIN_SCHOOLS', threshold: 3 }] },
      old: { opensOn: '2026-07-01', awardAmountFen: 100_000_000, criteria: CRITERIA },
      new: { opensOn: '2026-06-01', awardAmountFen: 50_000_000, criteria: [{ kind: 'MIN_SCHOOLS', threshold: 3 }] },
    });
    expect(programUpdatePlan(notYetOpen, { opensOn: '2026-05-19' }, TODAY)).toMatchObject({ code: 'BAD_USER_INPUT', data: { field: 'opensOn' } });
    expect(programUpdatePlan(notYetOpen, { opensOn: '2027-02-01' }, TODAY)).toMatchObject({ code: 'BAD_USER_INPUT', data: { field: 'opensOn' } });
  });

  it('keeps a closed program closed: its window and terms no longer change, its name still may', () => {
    const closed = { ...notYetOpen, closedAt: '2026-05-01T00:00:00.000Z' };
    expect(programUpdatePlan(closed, { closesOn: '2027-01-01' }, TODAY)).toMatchObject({ code: 'FAILED_PRECONDITION', data: { reason: 'PROGRAM_CLOSED' } });
    expect(programUpdatePlan(closed, { awardAmountFen: 1 }, TODAY)).toMatchObject({ code: 'FAILED_PRECONDITION', data: { reason: 'PROGRAM_CLOSED' } });
    expect(programUpdatePlan(closed, { name: '已关闭' }, TODAY)).toMatchObject({ set: { name: '已关闭' } });
    expect(closeProgramProblem(closed)).toMatchObject({ code: 'CONFLICT', data: { reason: 'PROGRAM_CLOSED', closedAt: '2026-05-01T00:00:00.000Z' } });
    expect(closeProgramProblem(open)).toBeNull();
    expect(windowProblem(closed, '2026-07-15')).not.toBeNull();
    expect(windowProblem(open, '2026-07-15')).toBeNull();
  });

  it('refuses terms changes exactly when the program has opened, whatever the dates (property)', () => {
    const d = fc.integer({ min: -40, max: 40 }).map((n) => addDays(TODAY, n));
    fc.assert(
      fc.property(fc.option(d, { nil: null }), fc.integer({ min: 1, max: 1_000_000 }), (opensOn, fen) => {
        const p = { ...open, opensOn, closesOn: null };
        const r = programUpdatePlan(p, { awardAmountFen: fen === p.awardAmountFen ? fen + 1 : fen }, TODAY);
        const opened = opensOn === null || opensOn <= TODAY;
        expect('code' in r && r.code === 'FAILED_PRECONDITION').toBe(opened);
      }),
      { numRuns: 300 },
    );
  });

  it("lets the program's funder and platform admins edit, nobody else", () => {
    const F = 'ffffffffffffffffffffffff';
    expect(managesProgram({ id: 'f', org: F, roles: ['FUNDER'] }, F)).toBe(true);
    expect(managesProgram({ id: 'p', roles: ['PLATFORM_ADMIN'] }, F)).toBe(true);
    expect(managesProgram({ id: 'g', org: 'eeeeeeeeeeeeeeeeeeeeeeee', roles: ['FUNDER'] }, F)).toBe(false);
    expect(managesProgram({ id: 'a', org: F, roles: ['ORG_ADMIN'] } as Actor, F)).toBe(false);
  });
});

describe('the award recipient is the lead unit on the evaluation date', () => {
  const A = 'lead-a';
  const B = 'lead-b';
  const alliance: AllianceForEvaluation = {
    id: 'x',
    leadOrganizationId: B,
    statusHistory: [{ status: 'ACTIVE', from: '2024-01-01' }],
    leadHistory: [
      { organizationId: A, from: '2024-01-01' },
      { organizationId: B, from: '2026-03-01' },
    ],
  };
  const members: ActiveMember[] = [
    { organizationId: A, orgKind: 'SCHOOL', schoolType: 'HIGHER_VOCATIONAL', role: 'MEMBER' },
    { organizationId: B, orgKind: 'SCHOOL', schoolType: 'UNIVERSITY', role: 'LEAD' },
  ];
  const program = { id: 'p', criteria: CRITERIA, awardAmountFen: 1, currency: 'CNY' };
  const dqA: DisqualificationRecord = { id: 'd', organizationId: A, reason: '造假', from: '2025-01-01', until: '2029-12-31', liftedOn: null };

  it('the handed case: A led until 2026-02-28, B from 2026-03-01 — an award decided on 2026-05-20 goes to B', () => {
    expect(evaluate(program, alliance, members, [], '2026-05-20').recipientOrganizationId).toBe(B);
    expect(evaluate(program, alliance, members, [], '2026-02-28').recipientOrganizationId).toBe(A);
    // LEAD_IN_GOOD_STANDING judges the lead of that date: A's ban fails the alliance on A's dates only.
    expect(evaluate(program, alliance, members, [dqA], '2026-02-28').eligible).toBe(false);
    expect(evaluate(program, alliance, members, [dqA], '2026-05-20').criteria.find((c) => c.kind === 'LEAD_IN_GOOD_STANDING')?.passed).toBe(true);
    const counts = { total: 2, schools: 2, enterprises: 0, distinctSchoolTypes: 2, bySchoolType: {} };
    expect(evaluateFromCounts(program, alliance, counts, [dqA], '2026-02-28')).toMatchObject({ eligible: false, recipientOrganizationId: A });
  });

  it('follows any lead history (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { minLength: 1, maxLength: 5 }), fc.integer({ min: 0, max: 70 }), (offsets, at) => {
        const leadHistory = [...offsets].sort((x, y) => x - y).map((o, i) => ({ organizationId: `L${i}`, from: addDays('2025-01-01', o) }));
        const a = { ...alliance, leadOrganizationId: leadHistory.at(-1)!.organizationId, leadHistory };
        const date = addDays('2025-01-01', at);
        const expected = (leadHistory.filter((h) => h.from <= date).at(-1) ?? leadHistory[0]).organizationId;
        expect(evaluate(program, a, [], [], date).recipientOrganizationId).toBe(expected);
        expect(leadUnitOn(a, date)).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});
