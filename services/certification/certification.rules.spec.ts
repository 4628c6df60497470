import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NATIONAL_LEVY_POLICY, type CooperationSnapshot } from './certification.contract.js';
import { assignReviewersProblem, countsToward, csvCell, decisionProblem, isOnPanel, levyStatement, noticeUntil, objectionProblem, parseReviewerKey, policyFor, precheck, precheckProblem, reserveProblem, reviewerKey, reviewerProblem, scoresProblem, stepProblem, tally, validUntil } from './certification.rules.js';

const coop = (over: Partial<CooperationSnapshot> = {}): CooperationSnapshot => ({
  asOf: '2026-11-30', agreementsInForce: 3, agreementsTotal: 4, placements: 20, internPersonMonths: 60, apprentices: 10, orderClassStudents: 40, graduatesPlaced: 15, graduatesRetained: 9, trainingBasesHosted: 1, projects: 2, unavailable: [], ...over,
});

describe('precheck (the program\'s basic conditions as data)', () => {
  const conditions = [
    { kind: 'INDUSTRY_IN' as const, values: ['智能制造', '汽车船舶'] },
    { kind: 'MIN_AGREEMENTS_IN_FORCE' as const, threshold: 2 },
    { kind: 'MIN_ATTACHMENTS' as const, threshold: 1 },
  ];
  it('passes when each condition holds and names the failed ones otherwise', () => {
    expect(precheckProblem(precheck(conditions, { industry: '智能制造', employees: 500, attachments: 1, cooperation: coop() }))).toBeNull();
    const r = precheck(conditions, { industry: '餐饮', employees: 500, attachments: 0, cooperation: coop({ agreementsInForce: 1 }) });
    expect(r.map((x) => x.passed)).toEqual([false, false, false]);
    expect(precheckProblem(r)).toMatchObject({ code: 'FAILED_PRECONDITION', key: 'certification.precheckFailed', data: { reason: 'PRECHECK_FAILED' } });
  });
  it('fails a count the platform could not draw (never passes what it has not seen)', () => {
    const r = precheck([{ kind: 'MIN_AGREEMENTS_IN_FORCE', threshold: 0 }], { industry: 'x', employees: 1, attachments: 0, cooperation: coop({ agreementsInForce: null, unavailable: ['cooperation'] }) });
    expect(r).toEqual([{ kind: 'MIN_AGREEMENTS_IN_FORCE', required: 0, actual: null, passed: false }]);
  });
});

const FIRM = 'aaaaaaaaaaaaaaaaaaaaaaaa';
const EXPERTS = 'bbbbbbbbbbbbbbbbbbbbbbbb';
const SCHOOL = 'cccccccccccccccccccccccc';

describe('the review panel: a reviewer is (user, organization), never of the declaring enterprise', () => {
  const panel = { organizationId: FIRM, reviewerKeys: [reviewerKey({ userId: 'expert-wei', organizationId: EXPERTS })] };
  it('keys a seat by organization and user, and reads it back (a `sub` may hold colons)', () => {
    expect(reviewerKey({ userId: 'expert-wei', organizationId: EXPERTS })).toBe(`${EXPERTS}:expert-wei`);
    expect(parseReviewerKey(`${EXPERTS}:a:b`)).toEqual({ organizationId: EXPERTS, userId: 'a:b' });
    expect(parseReviewerKey('expert-wei')).toBeNull();
    fc.assert(fc.property(fc.string({ minLength: 1 }), fc.stringMatching(/^[0-9a-f]{24}$/), (userId, organizationId) => {
      expect(parseReviewerKey(reviewerKey({ userId, organizationId }))).toEqual({ userId, organizationId });
    }));
  });
  it('refuses to seat users of the declaring enterprise', () => {
    expect(assignReviewersProblem({ organizationId: FIRM }, EXPERTS)).toBeNull();
    expect(assignReviewersProblem({ organizationId: FIRM }, FIRM)).toMatchObject({ code: 'FAILED_PRECONDITION', key: 'certification.reviewerOfDeclarant', data: { reason: 'OWN_DECLARATION', organizationId: FIRM } });
  });
  it('lets only the seated (sub, organization) review', () => {
    expect(reviewerProblem({ id: 'expert-wei', org: EXPERTS }, panel)).toBeNull();
    expect(isOnPanel({ id: 'expert-wei', org: EXPERTS }, panel)).toBe(true);
    // the same `sub` in another organization is someone else
    expect(reviewerProblem({ id: 'expert-wei', org: SCHOOL }, panel)).toMatchObject({ code: 'FORBIDDEN', key: 'certification.notAReviewer', data: { reason: 'NOT_A_REVIEWER' } });
    expect(reviewerProblem({ id: 'expert-wei' }, panel)?.data?.reason).toBe('NOT_A_REVIEWER');
    // a seat stored by `sub` alone (before the pairing) holds no one
    expect(reviewerProblem({ id: 'expert-wei', org: EXPERTS }, { organizationId: FIRM, reviewerKeys: ['expert-wei'] })?.data?.reason).toBe('NOT_A_REVIEWER');
    expect(reviewerProblem({ id: 'expert-wei', org: EXPERTS }, { organizationId: FIRM })?.data?.reason).toBe('NOT_A_REVIEWER');
  });
  it('refuses a caller of the declaring enterprise, even one that holds a seat', () => {
    const own = { organizationId: FIRM, reviewerKeys: [reviewerKey({ userId: 'demo-firm1-admin', organizationId: FIRM })] };
    expect(reviewerProblem({ id: 'demo-firm1-admin', org: FIRM }, own)).toMatchObject({ code: 'FORBIDDEN', key: 'certification.ownDeclaration', data: { reason: 'OWN_DECLARATION' } });
    expect(isOnPanel({ id: 'demo-firm1-admin', org: FIRM }, own)).toBe(false);
    // whatever sub it carries
    expect(reviewerProblem({ id: 'expert-wei', org: FIRM }, panel)?.data?.reason).toBe('OWN_DECLARATION');
  });
  it('never counts a review of the declaring enterprise or of an unknown organization', () => {
    expect(countsToward({ conflictOfInterest: false, total: 90, reviewerOrganizationId: EXPERTS }, FIRM)).toBe(true);
    expect(countsToward({ conflictOfInterest: false, total: 100, reviewerOrganizationId: FIRM }, FIRM)).toBe(false);
    expect(countsToward({ conflictOfInterest: false, total: 100, reviewerOrganizationId: null }, FIRM)).toBe(false);
    expect(countsToward({ conflictOfInterest: true, total: null, reviewerOrganizationId: EXPERTS }, FIRM)).toBe(false);
    const t = tally([
      { conflictOfInterest: false, total: 100, reviewerOrganizationId: FIRM },
      { conflictOfInterest: false, total: 100, reviewerOrganizationId: null },
      { conflictOfInterest: true, total: null, reviewerOrganizationId: EXPERTS },
      { conflictOfInterest: false, total: 50, reviewerOrganizationId: EXPERTS },
    ], FIRM);
    expect(t).toEqual({ counted: 1, average: 50, excluded: 2 });
    expect(tally([{ conflictOfInterest: false, total: 100, reviewerOrganizationId: FIRM }], FIRM)).toEqual({ counted: 0, average: null, excluded: 1 });
    expect(decisionProblem('APPROVE', tally([{ conflictOfInterest: false, total: 100, reviewerOrganizationId: FIRM }], FIRM), 1, 60)?.data).toEqual({ reason: 'QUORUM_NOT_MET', counted: 0, quorum: 1 });
  });
});

describe('steps, reviews, decision, notice', () => {
  it('lets a step start only from its statuses', () => {
    expect(stepProblem('decide', 'UNDER_REVIEW')).toBeNull();
    expect(stepProblem('decide', 'IN_NOTICE')).toMatchObject({ code: 'CONFLICT', data: { reason: 'WRONG_STATUS', status: 'IN_NOTICE' } });
    expect(stepProblem('certify', 'IN_NOTICE')?.data?.reason).toBe('WRONG_STATUS');
    expect(stepProblem('levy', 'IN_RESERVE')?.data?.reason).toBe('WRONG_STATUS');
  });
  it('checks scores against the criteria', () => {
    const criteria = [{ key: 'a', name: 'A', maxScore: 40 }, { key: 'b', name: 'B', maxScore: 60 }];
    expect(scoresProblem(criteria, [{ key: 'a', score: 40 }, { key: 'b', score: 0 }])).toBeNull();
    expect(scoresProblem(criteria, [{ key: 'a', score: 41 }, { key: 'b', score: 0 }])?.data).toMatchObject({ rule: 'BAD_SCORE', key: 'a' });
    expect(scoresProblem(criteria, [{ key: 'a', score: 1 }])?.data).toMatchObject({ rule: 'BAD_SCORE', missing: ['b'] });
    expect(scoresProblem(criteria, [{ key: 'a', score: 1.5 }, { key: 'b', score: 1 }])?.data?.rule).toBe('BAD_SCORE');
  });
  it('counts only reviews without a conflict of interest toward the quorum and the average', () => {
    const t = tally([{ conflictOfInterest: false, total: 80, reviewerOrganizationId: EXPERTS }, { conflictOfInterest: true, total: null, reviewerOrganizationId: EXPERTS }, { conflictOfInterest: false, total: 71, reviewerOrganizationId: SCHOOL }], FIRM);
    expect(t).toEqual({ counted: 2, average: 75.5, excluded: 0 });
    expect(decisionProblem('APPROVE', t, 3, 60)?.data).toEqual({ reason: 'QUORUM_NOT_MET', counted: 2, quorum: 3 });
    expect(decisionProblem('APPROVE', t, 2, 76)?.data).toEqual({ reason: 'BELOW_PASS_SCORE', average: 75.5, passScore: 76 });
    expect(decisionProblem('REJECT', t, 2, 76)).toBeNull();
    expect(decisionProblem('APPROVE', t, 2, 75)).toBeNull();
  });
  it('runs the notice for the configured days and the reserve only after it, without open objections', () => {
    expect(noticeUntil('2026-11-26', 5)).toBe('2026-11-30');
    expect(objectionProblem('2026-11-30', '2026-11-26', '2026-11-30')).toBeNull();
    expect(objectionProblem('2026-12-01', '2026-11-26', '2026-11-30')?.data).toMatchObject({ reason: 'OUTSIDE_NOTICE' });
    expect(reserveProblem('2026-11-30', '2026-11-30', 0)?.data).toEqual({ reason: 'NOTICE_RUNNING', noticeUntil: '2026-11-30' });
    expect(reserveProblem('2026-12-01', '2026-11-30', 1)?.data).toEqual({ reason: 'OBJECTION_OPEN', open: 1 });
    expect(reserveProblem('2026-12-01', '2026-11-30', 0)).toBeNull();
    expect(validUntil('2026-01-01', 3)).toBe('2028-12-31');
  });
});

describe('levy credit (003 篇7 §15: 30 % of the investment against the education surcharges of the year)', () => {
  it('gives the issue\'s figures: 2026 investment ¥1,000,000.00, surcharges ¥180,000.00 → credit ¥300,000.00, offset ¥180,000.00, carried ¥120,000.00', () => {
    const [y] = levyStatement([{ year: 2026, investmentFen: 100_000_000, educationSurchargeFen: 10_800_000, localEducationSurchargeFen: 7_200_000 }], [NATIONAL_LEVY_POLICY]);
    expect(y).toMatchObject({ creditFen: '30000000', offsetFen: '18000000', carriedOutFen: '12000000', payableFen: '0', lapsedFen: '0', rateBp: 3000 });
  });
  it('uses the carried credit next year, and lets it lapse where the policy of the year does not carry forward', () => {
    const years = [
      { year: 2026, investmentFen: 100_000_000, educationSurchargeFen: 10_800_000, localEducationSurchargeFen: 7_200_000 },
      { year: 2027, investmentFen: 0, educationSurchargeFen: 6_000_000, localEducationSurchargeFen: 4_000_000 },
    ];
    const [, y27] = levyStatement(years, [NATIONAL_LEVY_POLICY]);
    expect(y27).toMatchObject({ carriedInFen: '12000000', offsetFen: '10000000', carriedOutFen: '2000000', payableFen: '0' });
    const [y26] = levyStatement(years, [{ fromYear: 2019, rateBp: 3000, carryForward: false }]);
    expect(y26).toMatchObject({ carriedOutFen: '0', lapsedFen: '12000000' });
    expect(policyFor(2026, [NATIONAL_LEVY_POLICY, { fromYear: 2027, rateBp: 2000, carryForward: false }])).toEqual(NATIONAL_LEVY_POLICY);
    expect(policyFor(2018, [NATIONAL_LEVY_POLICY])).toBeNull();
  });
  it('is exact to the fen: credit = ⌊investment × rate⌋, offset + payable = due, credit + carried in = offset + carried out + lapsed', () => {
    const amount = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER });
    fc.assert(
      fc.property(fc.array(fc.record({ investmentFen: amount, educationSurchargeFen: amount, localEducationSurchargeFen: amount }), { minLength: 1, maxLength: 6 }), fc.boolean(), (ys, carry) => {
        const rows = levyStatement(ys.map((y, i) => ({ ...y, year: 2020 + i })), [{ fromYear: 2019, rateBp: 3000, carryForward: carry }]);
        rows.forEach((r, i) => {
          expect(BigInt(r.creditFen)).toBe((BigInt(ys[i].investmentFen) * 3000n) / 10000n);
          expect(BigInt(r.offsetFen) + BigInt(r.payableFen)).toBe(BigInt(ys[i].educationSurchargeFen) + BigInt(ys[i].localEducationSurchargeFen));
          expect(BigInt(r.creditFen) + BigInt(r.carriedInFen)).toBe(BigInt(r.offsetFen) + BigInt(r.carriedOutFen) + BigInt(r.lapsedFen));
        });
      }),
      { numRuns: 200 },
    );
  });
  it('never credits a fraction of a fen', () => {
    expect(levyStatement([{ year: 2026, investmentFen: 3, educationSurchargeFen: 100, localEducationSurchargeFen: 0 }], [NATIONAL_LEVY_POLICY])[0].creditFen).toBe('0');
    expect(levyStatement([{ year: 2026, investmentFen: 7, educationSurchargeFen: 100, localEducationSurchargeFen: 0 }], [NATIONAL_LEVY_POLICY])[0].creditFen).toBe('2');
  });
  it('writes CSV cells safely', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell('-12.00')).toBe('-12.00');
  });
});
