/** The pure cooperation rules: each test fails if its rule breaks. */
import { describe, expect, it } from 'vitest';
import { CooperationReason as R } from './cooperation.contract.js';
import * as P from './cooperation.params.js';
import {
  agreementStatusOn,
  apprenticeshipAmount,
  attendanceMonthProblem,
  baseAmount,
  basisPoints,
  budgetOutcome,
  claimantProblem,
  cohortPeriodProblem,
  confirmProblem,
  textChangedProblem,
  inForceOn,
  insuranceProblem,
  internMonthAmount,
  internQuota,
  lastMonths,
  looksLikeNationalId,
  maskName,
  maskNumber,
  monthsBetween,
  nationalIdInParams,
  overlapProblem,
  partiesProblem,
  periodProblem,
  placementTermProblem,
  policyParametersProblem,
  purposeProblem,
  retentionAmount,
  retentionProblem,
  studentsProblem,
} from './cooperation.rules.js';

const ins = { insurer: '中国人保', policyNumber: 'P-1', coverFrom: '2025-03-01', coverTo: '2025-08-31', premiumPaidBy: 'HOST' as const, deductedFromPay: false };

describe('agreements', () => {
  it('reads SIGNED as IN_FORCE from its start and EXPIRED after its end', () => {
    const a = { status: 'SIGNED' as const, startOn: '2025-01-01', endOn: '2025-12-31' };
    expect(agreementStatusOn(a, '2024-12-31')).toBe('SIGNED');
    expect(agreementStatusOn(a, '2025-01-01')).toBe('IN_FORCE');
    expect(agreementStatusOn(a, '2026-01-01')).toBe('EXPIRED');
    expect(agreementStatusOn({ ...a, status: 'TERMINATED' }, '2025-06-01')).toBe('TERMINATED');
    expect(agreementStatusOn({ ...a, status: 'DRAFT' }, '2025-06-01')).toBe('DRAFT');
  });
  it('counts in force only within the term and before termination', () => {
    const a = { status: 'TERMINATED' as const, startOn: '2025-01-01', endOn: '2025-12-31', terminatedOn: '2025-07-01' };
    expect(inForceOn(a, '2025-06-30')).toBe(true);
    expect(inForceOn(a, '2025-07-01')).toBe(false);
    expect(inForceOn({ ...a, status: 'DRAFT' }, '2025-06-30')).toBe(false);
  });
  it('needs two parties and a term before confirming', () => {
    expect(partiesProblem('a', 'a')?.data?.reason).toBe(R.SAME_PARTY);
    expect(partiesProblem('a', 'b')).toBeNull();
    expect(confirmProblem({ status: 'DRAFT', startOn: null, endOn: '2025-01-01' })?.data?.reason).toBe(R.TERM_MISSING);
    expect(confirmProblem({ status: 'SIGNED', startOn: '2025-01-01', endOn: '2025-02-01' })?.code).toBe('CONFLICT');
    expect(confirmProblem({ status: 'DRAFT', startOn: '2025-01-01', endOn: '2025-02-01' })).toBeNull();
  });
  it('confirms only the current revision of the text', () => {
    expect(textChangedProblem(3, 3)).toBeNull();
    expect(textChangedProblem(3, 2)).toMatchObject({ code: 'CONFLICT', key: 'cooperation.textChanged', data: { reason: R.TEXT_CHANGED, currentRevision: 3 } });
  });
  it('refuses a period that ends before it starts and impossible dates', () => {
    expect(periodProblem('2025-02-01', '2025-01-31')?.data?.reason).toBe(R.PERIOD_ORDER);
    expect(periodProblem('2025-02-30', '2025-03-01')?.code).toBe('BAD_USER_INPUT');
    expect(periodProblem('2025-02-01', '2025-02-01')).toBeNull();
  });
});

describe('placements', () => {
  const agreement = { status: 'IN_FORCE' as const, startOn: '2025-01-01', endOn: '2026-12-31' };
  it('refuses a placement outside the agreement term or under an unsigned agreement', () => {
    expect(placementTermProblem(agreement, '2024-12-31', '2025-06-30')?.data?.reason).toBe(R.OUTSIDE_AGREEMENT_TERM);
    expect(placementTermProblem(agreement, '2025-01-01', '2027-01-01')?.data?.reason).toBe(R.OUTSIDE_AGREEMENT_TERM);
    expect(placementTermProblem({ ...agreement, status: 'DRAFT' }, '2025-02-01', '2025-03-01')?.data?.reason).toBe(R.AGREEMENT_STATUS);
    expect(placementTermProblem(agreement, '2025-01-01', '2026-12-31')).toBeNull();
  });
  it('needs insurance covering the whole period', () => {
    expect(insuranceProblem(ins, '2025-03-01', '2025-08-31')).toBeNull();
    expect(insuranceProblem(ins, '2025-02-28', '2025-08-31')?.data?.reason).toBe(R.INSURANCE_GAP);
    expect(insuranceProblem(ins, '2025-03-01', '2025-09-01')?.data?.reason).toBe(R.INSURANCE_GAP);
  });
  it('refuses a premium charged to the student or deducted from pay', () => {
    expect(insuranceProblem({ ...ins, premiumPaidBy: 'STUDENT' }, '2025-03-01', '2025-08-31')?.data?.reason).toBe(R.PREMIUM_ON_STUDENT);
    expect(insuranceProblem({ ...ins, deductedFromPay: true }, '2025-03-01', '2025-08-31')?.data?.reason).toBe(R.PREMIUM_ON_STUDENT);
    expect(insuranceProblem({ ...ins, premiumPaidBy: 'SCHOOL' }, '2025-03-01', '2025-08-31')).toBeNull();
  });
  it('refuses a student in two overlapping placements (inclusive ends)', () => {
    const existing = [{ placementId: 'p1', startOn: '2025-03-01', endOn: '2025-06-30' }];
    expect(overlapProblem('S1', existing, '2025-06-30', '2025-09-01')?.data?.reason).toBe(R.STUDENT_OVERLAP);
    expect(overlapProblem('S1', existing, '2025-07-01', '2025-09-01')).toBeNull();
  });
  it('refuses national ID numbers and duplicate students', () => {
    expect(studentsProblem([{ studentNumber: '45020319990101123X', name: '李明', major: '机电', year: 2 }])?.data?.reason).toBe(R.NATIONAL_ID);
    expect(studentsProblem([{ studentNumber: 'S1', name: '李明 450203199901011234', major: '机电', year: 2 }])?.data?.reason).toBe(R.NATIONAL_ID);
    const s = { studentNumber: 'S1', name: '李明', major: '机电', year: 2 };
    expect(studentsProblem([s, s])?.data?.reason).toBe(R.DUPLICATE_STUDENT);
    expect(studentsProblem([s, { ...s, studentNumber: 'S2' }])).toBeNull();
  });
  it('refuses national ID numbers however they are written (full-width, separated, 15 digits, X, invisible characters)', () => {
    const written = [
      '４５０２０２１９９００１０１１２３４', // full-width digits, as Chinese IMEs type them
      '覃三 450202 19900101 1234', // spaces
      '450202-19900101-1234', // dashes
      '450202900101123', // the old 15-digit form
      '450202199001011234',
      '身份证450202199001011234号',
      '13800138000 450202199001011234', // after a phone number
      '45020219900101123X',
      '45020219900101123x',
      '４５０２０２１９９００１０１１２３Ｘ', // full-width X
      '45020219900101123 X',
      '4502 0219 9001 0112 34',
      '450202.19900101.1234',
      '450202·19900101·1234',
      '450202－19900101－1234', // full-width hyphen
      '450202—19900101—1234', // em dash
      '450202　19900101　1234', // ideographic space
      '450202 - 19900101 - 1234',
      '450202_19900101_1234',
      '450202\u200b199001011234', // zero-width space
      '4502\u00ad02199001011234', // soft hyphen
      '450202 900101 123',
      '４５０２０２９００１０１１２３',
      '四五〇二〇二一九九〇〇一〇一一二三四', // Chinese numerals
    ];
    for (const t of written) expect(looksLikeNationalId(t), t).toBe(true);
  });
  it('accepts phone numbers, student numbers, dates, amounts and other numbers that are no ID', () => {
    const ordinary = [
      '0772-7654321',
      '13800138000',
      '138 0013 8000',
      '+86 138-0013-8000',
      '0772-7654321 13800138000',
      '电话：0772-7654321，手机：13800138000',
      '(0772) 765 4321',
      'S0001',
      '2023123456',
      'PICC-2024-001',
      'PYEA202345020000001234',
      '12345678901234567890',
      '123456789012345678', // 18 digits, no birth date
      '000000199001011234', // no region code
      '450202199013011234', // month 13
      '450202199001321234', // day 32
      '450202170001011234', // born 1700
      '2024-01-01 至 2025-12-31',
      '2024-01-01 2025-12-31',
      '100,000,000,000,000',
      '每人每年不低于4000元，10万元',
      '柳政办〔2023〕12号',
      '机电一体化技术',
      '一二三四五六七八九十',
    ];
    for (const t of ordinary) expect(looksLikeNationalId(t), t).toBe(false);
  });
  it('searches every free-text param of an action at any depth, never ids, dates or file contents', () => {
    const id = '450202199001011234';
    const ins = { insurer: '中国人保', policyNumber: 'PICC-2024-001', coverFrom: '2025-03-01', coverTo: '2025-08-31', premiumPaidBy: 'HOST', deductedFromPay: false };
    const placement = {
      agreementId: 'a'.repeat(24),
      hostOrganizationId: 'b'.repeat(24),
      startOn: '2025-03-01',
      endOn: '2025-08-31',
      students: [{ studentNumber: 'S1', name: '覃三', major: '机电', year: 2 }],
      monthlyPayFen: 300_000,
      insurance: ins,
      mentor: { name: '王工', title: '高级技师', phone: '0772-7654321' },
    };
    const refused = (params: Record<string, unknown>, schema: Record<string, unknown>) => {
      const pr = nationalIdInParams(params, schema);
      return pr && { code: pr.code, key: pr.key, ...pr.data };
    };
    expect(nationalIdInParams(placement, P.createPlacementParams)).toBeNull();
    expect(nationalIdInParams({ ...placement, mentor: { name: '王工', phone: '13800138000' } }, P.createPlacementParams)).toBeNull();
    const cases: [Record<string, unknown>, Record<string, unknown>, string][] = [
      [{ ...placement, students: [{ studentNumber: 'S1', name: '覃三', major: '４５０２０２１９９００１０１１２３４', year: 2 }] }, P.createPlacementParams, 'students'],
      [{ ...placement, students: [{ studentNumber: 'S1', name: '覃三 450202 19900101 1234', major: '机电', year: 2 }] }, P.createPlacementParams, 'students'],
      [{ ...placement, students: [{ studentNumber: 'S1', name: '覃三', major: '450202-19900101-1234', year: 2 }] }, P.createPlacementParams, 'students'],
      [{ ...placement, students: [{ studentNumber: 'S1', name: '覃三', major: '450202900101123', year: 2 }] }, P.createPlacementParams, 'students'],
      [{ ...placement, mentor: { name: id } }, P.createPlacementParams, 'mentor'],
      [{ ...placement, mentor: { name: '王工', phone: id } }, P.createPlacementParams, 'mentor'],
      [{ ...placement, insurance: { ...ins, policyNumber: id } }, P.createPlacementParams, 'insurance'],
      [{ title: `协议 ${id}` }, P.createAgreementDraftParams, 'title'],
      [{ majors: [{ code: '460301', name: id }] }, P.createAgreementDraftParams, 'majors'],
      [{ obligations: [{ organizationId: 'a'.repeat(24), text: `联系人身份证 ${id}` }] }, P.updateAgreementDraftParams, 'obligations'],
      [{ origin: { kind: 'EVENT', id } }, P.createAgreementDraftParams, 'origin'],
      [{ agreementId: 'a'.repeat(24), filename: `${id}.pdf`, contentBase64: 'JVBERi0=' }, P.uploadSignedCopyParams, 'filename'],
      [{ reason: id }, P.terminateParams, 'reason'],
      [{ name: id, major: '机电', students: [] }, P.createCohortParams, 'name'],
      [{ students: [{ studentNumber: id, name: '李明', major: '机电', year: 1 }] }, P.createCohortParams, 'students'],
      [{ certificates: ['电工证', id] }, P.recordCompletionParams, 'certificates'],
      [{ studentNumber: 'S1', name: '李明', major: id }, P.recordGraduateParams, 'major'],
      [{ studentNumbers: [id] }, P.confirmAttendanceParams, 'studentNumbers'],
      [{ source: id }, P.createPolicyParams, 'source'],
      [{ note: id }, P.assessParams, 'note'],
      [{ note: '合格', purpose: id }, P.decideClaimParams, 'purpose'],
      [{ anything: { deep: [id] } }, undefined as unknown as Record<string, unknown>, 'anything'],
    ];
    for (const [params, schema, field] of cases) {
      expect(refused(params, schema), field).toEqual({ code: 'BAD_USER_INPUT', key: 'cooperation.nationalId', reason: R.NATIONAL_ID, field });
    }
    // Ids and dates have a pattern (not free text); the cursor and a file's base64 content are not text a person wrote.
    expect(nationalIdInParams({ agreementId: '450202199001011234abcdef' }, P.agreementIdParams)).toBeNull();
    expect(nationalIdInParams({ agreementId: 'a'.repeat(24), filename: 'a.pdf', contentBase64: `JVBER${id}i0=` }, P.uploadSignedCopyParams)).toBeNull();
    expect(nationalIdInParams({ after: `x${id}x` }, P.listPlacementsParams)).toBeNull();
  });
  it('masks names and student numbers in lists', () => {
    expect(maskName('欧阳明月')).toBe('欧***');
    expect(maskName('李')).toBe('*');
    expect(maskNumber('2023010457')).toBe('******0457');
    expect(maskNumber('123')).toBe('***');
  });
  it('accepts attendance only for begun months inside the placement', () => {
    const pl = { startOn: '2025-03-15', endOn: '2025-06-10' };
    expect(attendanceMonthProblem('2025-02', pl, '2025-12-01')?.data?.reason).toBe(R.MONTH_OUTSIDE_PLACEMENT);
    expect(attendanceMonthProblem('2025-07', pl, '2025-12-01')?.data?.reason).toBe(R.MONTH_OUTSIDE_PLACEMENT);
    expect(attendanceMonthProblem('2025-05', pl, '2025-04-30')?.data?.reason).toBe(R.MONTH_IN_FUTURE);
    expect(attendanceMonthProblem('2025-03', pl, '2025-03-15')).toBeNull();
  });
  it('lists months across a year end', () => {
    expect(monthsBetween('2024-11-20', '2025-02-01')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(lastMonths('2025-02', 3)).toEqual(['2024-12', '2025-01', '2025-02']);
  });
});

describe('cohorts and graduates', () => {
  it('keeps a new-type apprenticeship between one and two years (004)', () => {
    expect(cohortPeriodProblem('NEW_APPRENTICESHIP', '2025-01-01', '2025-12-31')).toBeNull();
    expect(cohortPeriodProblem('NEW_APPRENTICESHIP', '2025-01-01', '2026-12-31')).toBeNull();
    expect(cohortPeriodProblem('NEW_APPRENTICESHIP', '2025-01-01', '2025-12-30')?.data?.reason).toBe(R.APPRENTICESHIP_LENGTH);
    expect(cohortPeriodProblem('NEW_APPRENTICESHIP', '2025-01-01', '2027-01-01')?.data?.reason).toBe(R.APPRENTICESHIP_LENGTH);
    expect(cohortPeriodProblem('ORDER_CLASS', '2025-01-01', '2025-06-30')).toBeNull();
  });
  it('confirms retention once, from one year after the start', () => {
    expect(retentionProblem({ startOn: '2024-07-01', retained: null }, '2025-06-30')?.data?.reason).toBe(R.RETENTION_TOO_EARLY);
    expect(retentionProblem({ startOn: '2024-07-01', retained: null }, '2025-07-01')).toBeNull();
    expect(retentionProblem({ startOn: '2024-07-01', retained: true }, '2025-08-01')?.data?.reason).toBe(R.RETENTION_CONFIRMED);
  });
  it('gives rates in basis points, null for nothing', () => {
    expect(basisPoints(1, 3)).toBe(3333);
    expect(basisPoints(0, 0)).toBeNull();
  });
});

describe('subsidies', () => {
  it("enforces Liuzhou's floor of ¥4,000 per apprentice per year (003 篇3)", () => {
    expect(policyParametersProblem('APPRENTICESHIP_TRAINING', '450200', { perPersonYearFen: 399_999 })?.data?.field).toBe('parameters.perPersonYearFen');
    expect(policyParametersProblem('APPRENTICESHIP_TRAINING', '450200', { perPersonYearFen: 400_000 })).toBeNull();
    expect(policyParametersProblem('APPRENTICESHIP_TRAINING', '420500', { perPersonYearFen: 300_000 })).toBeNull();
    expect(policyParametersProblem('INTERNSHIP_BASE', '450200', { fixedFen: 10_000_000 })?.data?.field).toBe('parameters.continuousMonths');
  });
  it('lets only non-schools claim the base subsidy and only vocational schools the retention reward', () => {
    expect(claimantProblem('INTERNSHIP_BASE', 'SCHOOL', 'HIGHER_VOCATIONAL')?.data?.reason).toBe(R.CLAIMANT_KIND);
    expect(claimantProblem('INTERNSHIP_BASE', 'RESEARCH_INSTITUTE', null)).toBeNull();
    expect(claimantProblem('GRADUATE_RETENTION', 'SCHOOL', 'UNIVERSITY')?.data?.reason).toBe(R.CLAIMANT_KIND);
    expect(claimantProblem('GRADUATE_RETENTION', 'SCHOOL', 'TECHNICIAN_COLLEGE')).toBeNull();
    expect(claimantProblem('INTERN_MONTH', 'SCHOOL', 'HIGHER_VOCATIONAL')?.data?.reason).toBe(R.CLAIMANT_KIND);
  });
  it('pays intern-months in the period exactly', () => {
    const att = [
      { placementId: 'p1', month: '2025-02', attendedCount: 12 },
      { placementId: 'p1', month: '2025-03', attendedCount: 11 },
      { placementId: 'p1', month: '2025-04', attendedCount: 12 },
    ];
    const r = internMonthAmount(att, '2025-03-01', '2025-04-30', 33_333);
    expect(r.quantity).toBe(23);
    expect(r.amountFen).toBe(766_659);
    expect(r.lines.map((l) => l.month)).toEqual(['2025-03', '2025-04']);
  });
  it('pays apprentice-months at the yearly rate, rounded down to the fen', () => {
    const c = [{ id: 'c1', kind: 'NEW_APPRENTICESHIP' as const, startOn: '2025-01-01', endOn: '2025-12-31', headcount: 7 }];
    const r = apprenticeshipAmount(c, '2025-01-01', '2025-12-31', 400_000);
    expect(r.quantity).toBe(84);
    expect(r.amountFen).toBe(2_800_000);
    expect(apprenticeshipAmount(c, '2025-01-01', '2025-01-31', 400_001).amountFen).toBe(233_333); // 7 × 400001 / 12 = 233333.9…
    expect(apprenticeshipAmount([{ ...c[0], kind: 'ORDER_CLASS' }], '2025-01-01', '2025-12-31', 400_000).quantity).toBe(0);
  });
  it('pays the base subsidy only after 24 continuous months served (003 篇3)', () => {
    const months = lastMonths('2026-06', 24).map((month) => ({ month, count: 12 }));
    const ok = baseAmount(months, '2026-06-30', 24, 10_000_000);
    expect('amountFen' in ok && ok.amountFen).toBe(10_000_000);
    const gap = baseAmount(months.filter((m) => m.month !== '2025-09'), '2026-06-30', 24, 10_000_000);
    expect('problem' in gap && gap.problem?.data?.missingMonths).toEqual(['2025-09']);
  });
  it('counts only pillar-industry, local, retained graduates in the period (004)', () => {
    const g = { id: 'g', pillarIndustry: true, local: true, retained: true as boolean | null, startOn: '2024-07-01' };
    const r = retentionAmount([g, { ...g, id: 'h', local: false }, { ...g, id: 'i', pillarIndustry: false }, { ...g, id: 'j', retained: null }, { ...g, id: 'k', startOn: '2023-07-01' }], '2024-01-01', '2024-12-31', 500_000);
    expect(r.quantity).toBe(1);
    expect(r.amountFen).toBe(500_000);
  });
  it('refuses or caps a claim over the budget as the policy says', () => {
    expect(budgetOutcome(100, null, 'REFUSE')).toEqual({ awardedFen: 100 });
    expect(budgetOutcome(100, 100, 'REFUSE')).toEqual({ awardedFen: 100 });
    const refused = budgetOutcome(100, 99, 'REFUSE');
    expect('problem' in refused && refused.problem.data?.reason).toBe(R.OVER_BUDGET);
    expect(budgetOutcome(100, 99, 'PRORATE')).toEqual({ awardedFen: 99 });
    expect('problem' in budgetOutcome(100, 0, 'PRORATE')).toBe(true);
  });
  it('records the purpose of an approved base subsidy', () => {
    expect(purposeProblem('INTERNSHIP_BASE', 'APPROVE', null)?.data?.reason).toBe(R.PURPOSE_REQUIRED);
    expect(purposeProblem('INTERNSHIP_BASE', 'REJECT', null)).toBeNull();
    expect(purposeProblem('INTERN_MONTH', 'APPROVE', null)).toBeNull();
  });
  it("shows Xi'an's 2 % intern target as progress (篇7)", () => {
    expect(internQuota(1000, 10)).toEqual({ target: 20, progressBp: 5000 });
    expect(internQuota(null, 10)).toEqual({ target: null, progressBp: null });
  });
});
