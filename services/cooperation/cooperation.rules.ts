/**
 * Pure rules of school–enterprise cooperation and its subsidies: no broker, no database. Refusals are `Problem`
 * values (infra/errors.ts) with a message key of cooperation.messages.ts and a stable `data.reason`.
 */
import { addDays, addYears, isValidDate } from '../../infra/dates.js';
import { ErrorCode, type Problem } from '../../infra/errors.js';
import { msg } from '../../infra/message-registry.js';
import { P, refOf, type MessageRef, type Msg } from '../../infra/messages.js';
import {
  CooperationReason as R,
  type AgreementStatus,
  type CohortKind,
  type EvidenceLine,
  type InsuranceInput,
  type OverBudget,
  type PolicyKind,
  type PolicyParameters,
  type StudentInput,
} from './cooperation.contract.js';
import { looksLikeNationalId } from './rules/national-id.js';

// National ID numbers (居民身份证号码) in free text: rules/national-id.ts.
export { looksLikeNationalId, nationalIdInParams } from './rules/national-id.js';

type Code = (typeof ErrorCode)[keyof typeof ErrorCode];
/** A refusal: its code, its catalog message (cooperation.messages.ts, `msg`) and its stable data (`reason`, `field`). */
const problem = (code: Code, m: Msg, data: Record<string, unknown>): Problem => ({ code, ...m, data });
/** A claim's formula: its English text (`formula`) and its catalog reference (`formulaI18n`, rendered per locale by the gateway). */
const formulaOf = (m: Msg): { formula: string; formulaI18n: MessageRef } => ({ formula: m.message, formulaI18n: refOf(m) });
/** An agreement status inside a sentence (cooperation.status.<S>: 生效中 / IN_FORCE). */
export const statusParam = (s: AgreementStatus) => P.key(`cooperation.status.${s}`);

/** Vocational school types (职业院校): the internship-base subsidy counts only their students (003 篇3). */
export const VOCATIONAL_SCHOOL_TYPES = ['SECONDARY_VOCATIONAL', 'TECHNICIAN_COLLEGE', 'HIGHER_VOCATIONAL', 'VOCATIONAL_UNDERGRADUATE'] as const;
/** Who may run an internship base that earns the base subsidy: "企业、研发机构及其他相关机构、社会资本" — not a school (003 篇3). */
export const BASE_RUNNER_KINDS = ['ENTERPRISE', 'RESEARCH_INSTITUTE', 'INDUSTRY_ASSOCIATION', 'OTHER'] as const;

/** The agreement's status on `day`: a SIGNED agreement whose term began reads IN_FORCE, an in-force one past its end EXPIRED. */
export function agreementStatusOn(a: { status: AgreementStatus; startOn: string | null; endOn: string | null }, day: string): AgreementStatus {
  if (a.status === 'SIGNED' || a.status === 'IN_FORCE') {
    if (a.endOn && day > a.endOn) return 'EXPIRED';
    if (a.startOn && day >= a.startOn) return 'IN_FORCE';
    return 'SIGNED';
  }
  return a.status;
}

/** Whether the agreement was in force on `day` (signed, within its term, not terminated by then). */
export function inForceOn(a: { status: AgreementStatus; startOn: string | null; endOn: string | null; terminatedOn: string | null }, day: string): boolean {
  if (a.status === 'DRAFT' || !a.startOn || !a.endOn) return false;
  if (a.status === 'TERMINATED' && a.terminatedOn && day >= a.terminatedOn) return false;
  return day >= a.startOn && day <= a.endOn;
}

/** Two distinct parties. */
export function partiesProblem(initiator: string, counterpart: string): Problem | null {
  if (initiator !== counterpart) return null;
  return problem(ErrorCode.BAD_USER_INPUT, msg('cooperation.sameParty'), { reason: R.SAME_PARTY, field: 'counterpartOrganizationId' });
}

/** `from` ≤ `to`, both calendar dates. */
export function periodProblem(from: string | null | undefined, to: string | null | undefined, field = 'endOn'): Problem | null {
  if (from && !isValidDate(from)) return problem(ErrorCode.BAD_USER_INPUT, msg('cooperation.badDate', { field }), { field });
  if (to && !isValidDate(to)) return problem(ErrorCode.BAD_USER_INPUT, msg('cooperation.badDate', { field }), { field });
  if (from && to && to < from) return problem(ErrorCode.BAD_USER_INPUT, msg('cooperation.periodOrder', { from: P.date(from), to: P.date(to) }), { reason: R.PERIOD_ORDER, field });
  return null;
}

/** A confirmation needs a term (start and end): both parties sign what they read. */
export function confirmProblem(a: { status: AgreementStatus; startOn: string | null; endOn: string | null }): Problem | null {
  if (a.status !== 'DRAFT') return problem(ErrorCode.CONFLICT, msg('cooperation.agreementStatus', { status: statusParam(a.status) }), { reason: R.AGREEMENT_STATUS, status: a.status });
  if (!a.startOn || !a.endOn) return problem(ErrorCode.FAILED_PRECONDITION, msg('cooperation.termMissing'), { reason: R.TERM_MISSING });
  return null;
}

/**
 * A confirmation is of the text as it was: `confirmed` (the revision the party read) must be the agreement's
 * `current` text revision, else CONFLICT TEXT_CHANGED naming the current one.
 */
export function textChangedProblem(current: number, confirmed: number): Problem | null {
  if (current === confirmed) return null;
  return problem(ErrorCode.CONFLICT, msg('cooperation.textChanged', { currentRevision: current }), { reason: R.TEXT_CHANGED, currentRevision: current });
}

/** Termination: only a SIGNED or IN_FORCE (not yet expired) agreement, with a reason (validated at the boundary). */
export function terminateProblem(status: AgreementStatus): Problem | null {
  if (status === 'SIGNED' || status === 'IN_FORCE') return null;
  return problem(ErrorCode.CONFLICT, msg('cooperation.agreementStatus', { status: statusParam(status) }), { reason: R.AGREEMENT_STATUS, status });
}

/** Students: distinct numbers, no national ID number in any field. */
export function studentsProblem(students: StudentInput[]): Problem | null {
  const seen = new Set<string>();
  for (const s of students) {
    if ([s.studentNumber, s.name, s.major].some((t) => looksLikeNationalId(t))) {
      return problem(ErrorCode.BAD_USER_INPUT, msg('cooperation.nationalId'), { reason: R.NATIONAL_ID, field: 'students' });
    }
    if (seen.has(s.studentNumber)) return problem(ErrorCode.BAD_USER_INPUT, msg('cooperation.duplicateStudent', { studentNumber: s.studentNumber }), { reason: R.DUPLICATE_STUDENT, studentNumber: s.studentNumber });
    seen.add(s.studentNumber);
  }
  return null;
}

/** A placement lies within its agreement's term, and the agreement is signed and not terminated. */
export function placementTermProblem(
  agreement: { status: AgreementStatus; startOn: string | null; endOn: string | null },
  startOn: string,
  endOn: string,
): Problem | null {
  if (agreement.status !== 'SIGNED' && agreement.status !== 'IN_FORCE') {
    return problem(ErrorCode.FAILED_PRECONDITION, msg('cooperation.agreementStatus', { status: statusParam(agreement.status) }), { reason: R.AGREEMENT_STATUS, status: agreement.status });
  }
  if (!agreement.startOn || !agreement.endOn || startOn < agreement.startOn || endOn > agreement.endOn) {
    return problem(
      ErrorCode.FAILED_PRECONDITION,
      msg('cooperation.outsideAgreementTerm', { from: P.date(startOn), to: P.date(endOn), termFrom: agreement.startOn ? P.date(agreement.startOn) : '—', termTo: agreement.endOn ? P.date(agreement.endOn) : '—' }),
      { reason: R.OUTSIDE_AGREEMENT_TERM, termFrom: agreement.startOn, termTo: agreement.endOn },
    );
  }
  return null;
}

/**
 * 学生实习责任保险: the cover must span the whole placement, and its premium is never the student's — neither paid
 * by them nor deducted from their pay (issue 15; the national internship rules). Refused otherwise.
 */
export function insuranceProblem(ins: InsuranceInput, startOn: string, endOn: string): Problem | null {
  const bad = periodProblem(ins.coverFrom, ins.coverTo, 'insurance.coverTo');
  if (bad) return bad;
  if (ins.coverFrom > startOn || ins.coverTo < endOn) {
    return problem(
      ErrorCode.FAILED_PRECONDITION,
      msg('cooperation.insuranceGap', { coverFrom: P.date(ins.coverFrom), coverTo: P.date(ins.coverTo), from: P.date(startOn), to: P.date(endOn) }),
      { reason: R.INSURANCE_GAP, coverFrom: ins.coverFrom, coverTo: ins.coverTo },
    );
  }
  if (ins.premiumPaidBy === 'STUDENT' || ins.deductedFromPay) {
    return problem(ErrorCode.FAILED_PRECONDITION, msg('cooperation.premiumOnStudent'), { reason: R.PREMIUM_ON_STUDENT });
  }
  return null;
}

/** Inclusive date ranges overlap. */
export const overlaps = (a: { startOn: string; endOn: string }, b: { startOn: string; endOn: string }): boolean => a.startOn <= b.endOn && b.startOn <= a.endOn;

/** A student already in an overlapping placement: refused (a student is in one placement at a time). */
export function overlapProblem(studentNumber: string, existing: { placementId: string; startOn: string; endOn: string }[], startOn: string, endOn: string): Problem | null {
  const hit = existing.find((e) => overlaps(e, { startOn, endOn }));
  if (!hit) return null;
  return problem(
    ErrorCode.CONFLICT,
    msg('cooperation.studentOverlap', { studentNumber, from: P.date(hit.startOn), to: P.date(hit.endOn) }),
    { reason: R.STUDENT_OVERLAP, studentNumber, placementId: hit.placementId },
  );
}

/** YYYY-MM of a date. */
export const monthOf = (day: string): string => day.slice(0, 7);
/** The months a period touches, in order (YYYY-MM). */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.slice(0, 7).split('-').map(Number);
  const end = to.slice(0, 7);
  for (;;) {
    const cur = `${y}-${String(m).padStart(2, '0')}`;
    if (cur > end) break;
    out.push(cur);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

/** An attendance month lies in the placement and has begun (today's month or earlier). */
export function attendanceMonthProblem(month: string, placement: { startOn: string; endOn: string }, day: string): Problem | null {
  if (month < monthOf(placement.startOn) || month > monthOf(placement.endOn)) {
    return problem(ErrorCode.BAD_USER_INPUT, msg('cooperation.monthOutsidePlacement', { month, from: P.date(placement.startOn), to: P.date(placement.endOn) }), { reason: R.MONTH_OUTSIDE_PLACEMENT, field: 'month' });
  }
  if (month > monthOf(day)) return problem(ErrorCode.BAD_USER_INPUT, msg('cooperation.monthInFuture', { month }), { reason: R.MONTH_IN_FUTURE, field: 'month' });
  return null;
}

/** 企业新型学徒制 lasts 1–2 years ("利用1-2年时间培养中高级技术工人", 004); other cohorts only need start ≤ end. */
export function cohortPeriodProblem(kind: CohortKind, startOn: string, endOn: string): Problem | null {
  const bad = periodProblem(startOn, endOn);
  if (bad) return bad;
  if (kind !== 'NEW_APPRENTICESHIP') return null;
  const after = addDays(endOn, 1);
  if (after < addYears(startOn, 1) || after > addYears(startOn, 2)) {
    return problem(ErrorCode.BAD_USER_INPUT, msg('cooperation.apprenticeshipLength', { from: P.date(startOn), to: P.date(endOn) }), { reason: R.APPRENTICESHIP_LENGTH, field: 'endOn' });
  }
  return null;
}

/** Retention is confirmed by the employer once, from one year after the graduate started. */
export function retentionProblem(g: { startOn: string; retained: boolean | null }, day: string): Problem | null {
  if (g.retained !== null) return problem(ErrorCode.CONFLICT, msg('cooperation.retentionConfirmed'), { reason: R.RETENTION_CONFIRMED });
  const due = addYears(g.startOn, 1);
  if (day < due) return problem(ErrorCode.FAILED_PRECONDITION, msg('cooperation.retentionTooEarly', { due: P.date(due) }), { reason: R.RETENTION_TOO_EARLY, due });
  return null;
}

/** Two region codes in the same city (first four digits of GB/T 2260). */
export const sameCity = (a: string, b: string): boolean => a.slice(0, 4) === b.slice(0, 4);

/** Masks a name for lists: the family name stays (张**). */
export function maskName(name: string): string {
  const chars = [...name];
  return chars.length <= 1 ? '*' : chars[0] + '*'.repeat(chars.length - 1);
}
/** Masks a student number: only the last four characters stay. */
export function maskNumber(n: string): string {
  const chars = [...n];
  return chars.length <= 4 ? '*'.repeat(chars.length) : '*'.repeat(chars.length - 4) + chars.slice(-4).join('');
}

/** Basis points of part / whole, rounded down; null for an empty whole. */
export const basisPoints = (part: number, whole: number): number | null => (whole === 0 ? null : Math.floor((part * 10_000) / whole));

/**
 * Floors of policy parameters per region prefix, from the seeds: Liuzhou's apprenticeship training subsidy is at least
 * ¥4,000 per person per year (003 篇3 "每人每年不低于4000元的培训补贴").
 */
export const REGION_FLOORS: Record<string, Partial<Record<PolicyKind, { perPersonYearFen: number }>>> = {
  '4502': { APPRENTICESHIP_TRAINING: { perPersonYearFen: 400_000 } },
};

/** The parameters a policy kind needs, positive integers of fen; the region's floor (REGION_FLOORS) respected. */
export function policyParametersProblem(kind: PolicyKind, regionCode: string, p: PolicyParameters): Problem | null {
  const need: Record<PolicyKind, (keyof PolicyParameters)[]> = {
    APPRENTICESHIP_TRAINING: ['perPersonYearFen'],
    INTERN_MONTH: ['perInternMonthFen'],
    INTERNSHIP_BASE: ['fixedFen', 'continuousMonths'],
    GRADUATE_RETENTION: ['perGraduateFen'],
  };
  for (const f of need[kind]) {
    const v = p[f];
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v <= 0) {
      return problem(ErrorCode.BAD_USER_INPUT, msg('cooperation.policyParameter', { parameter: P.key(`cooperation.parameter.${f}`) }), { reason: R.POLICY_PARAMETER, field: `parameters.${f}` });
    }
  }
  const floor = REGION_FLOORS[regionCode.slice(0, 4)]?.[kind];
  if (floor && (p.perPersonYearFen ?? 0) < floor.perPersonYearFen) {
    return problem(ErrorCode.BAD_USER_INPUT, msg('cooperation.policyFloor', { min: P.money(floor.perPersonYearFen) }), { reason: R.POLICY_PARAMETER, field: 'parameters.perPersonYearFen', min: floor.perPersonYearFen });
  }
  return null;
}

/** A policy applies on `day` (valid from … to, inclusive). */
export const policyInForce = (p: { validFrom: string; validTo: string | null }, day: string): boolean => day >= p.validFrom && (!p.validTo || day <= p.validTo);

/** Who may claim under a policy kind: the host/enterprise, the base runner (not a school), or the school. */
export function claimantProblem(kind: PolicyKind, claimantKind: string, claimantSchoolType: string | null): Problem | null {
  const ok =
    kind === 'GRADUATE_RETENTION'
      ? claimantKind === 'SCHOOL' && (VOCATIONAL_SCHOOL_TYPES as readonly string[]).includes(claimantSchoolType ?? '')
      : kind === 'INTERNSHIP_BASE'
        ? (BASE_RUNNER_KINDS as readonly string[]).includes(claimantKind)
        : claimantKind !== 'SCHOOL' && claimantKind !== 'GOVERNMENT';
  return ok ? null : problem(ErrorCode.FAILED_PRECONDITION, msg('cooperation.claimantKind', { kind: P.key(`organizations.kind.${claimantKind}`) }), { reason: R.CLAIMANT_KIND, claimantKind });
}

/** Intern-months: one per student per confirmed month in the period; amount = months × rate (000: 每人每月). */
export function internMonthAmount(attendance: { placementId: string; month: string; attendedCount: number }[], from: string, to: string, perInternMonthFen: number) {
  const months = new Set(monthsBetween(from, to));
  const lines: EvidenceLine[] = attendance
    .filter((a) => months.has(a.month) && a.attendedCount > 0)
    .sort((a, b) => (a.month === b.month ? a.placementId.localeCompare(b.placementId) : a.month.localeCompare(b.month)))
    .map((a) => ({ kind: 'INTERN_MONTHS', recordId: a.placementId, month: a.month, quantity: a.attendedCount }));
  const quantity = lines.reduce((s, l) => s + l.quantity, 0);
  return { quantity, amountFen: Number(BigInt(quantity) * BigInt(perInternMonthFen)), lines, ...formulaOf(msg('cooperation.formula.internMonths', { quantity, rate: P.money(perInternMonthFen) })) };
}

/**
 * Apprentice-months of new-type apprenticeship cohorts in the period (a month counts when the cohort runs on any day
 * of it); amount = ⌊months × rate per year / 12⌋ fen (003 篇3: 每人每年).
 */
export function apprenticeshipAmount(cohorts: { id: string; kind: CohortKind; startOn: string; endOn: string; headcount: number }[], from: string, to: string, perPersonYearFen: number) {
  const lines: EvidenceLine[] = [];
  for (const c of cohorts.filter((x) => x.kind === 'NEW_APPRENTICESHIP').sort((a, b) => a.id.localeCompare(b.id))) {
    const s = c.startOn > from ? c.startOn : from;
    const e = c.endOn < to ? c.endOn : to;
    if (s > e) continue;
    for (const month of monthsBetween(s, e)) lines.push({ kind: 'APPRENTICE_MONTHS', recordId: c.id, month, quantity: c.headcount });
  }
  const quantity = lines.reduce((n, l) => n + l.quantity, 0);
  return { quantity, amountFen: Number((BigInt(quantity) * BigInt(perPersonYearFen)) / 12n), lines, ...formulaOf(msg('cooperation.formula.apprenticeMonths', { quantity, rate: P.money(perPersonYearFen) })) };
}

/**
 * The internship-base subsidy (003 篇3): the last `continuousMonths` months up to `to` each had confirmed interns from
 * the region's vocational schools; the amount is fixed. Returns the evidence or the refusal.
 */
export function baseAmount(served: { month: string; count: number }[], to: string, continuousMonths: number, fixedFen: number) {
  const need = lastMonths(monthOf(to), continuousMonths);
  const byMonth = new Map<string, number>();
  for (const s of served) byMonth.set(s.month, (byMonth.get(s.month) ?? 0) + s.count);
  const missing = need.filter((m) => !(byMonth.get(m) ?? 0));
  const lines: EvidenceLine[] = need.filter((m) => byMonth.get(m)).map((m) => ({ kind: 'SERVICE_MONTH', recordId: m, month: m, quantity: byMonth.get(m)! }));
  if (missing.length) {
    return {
      problem: problem(ErrorCode.FAILED_PRECONDITION, msg('cooperation.notContinuous', { missing: missing.length, months: continuousMonths }), { reason: R.NOT_CONTINUOUS, missingMonths: missing }),
    };
  }
  return { quantity: need.length, amountFen: fixedFen, lines, ...formulaOf(msg('cooperation.formula.continuousMonths', { months: continuousMonths, amount: P.money(fixedFen) })) };
}

/** The `n` months ending with `month` (YYYY-MM), oldest first. */
export function lastMonths(month: string, n: number): string[] {
  let [y, m] = month.split('-').map(Number);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    out.unshift(`${y}-${String(m).padStart(2, '0')}`);
    m--;
    if (m === 0) {
      m = 12;
      y--;
    }
  }
  return out;
}

/** Retained graduates (pillar industry, local, confirmed retained, started in the period): amount = count × rate (004). */
export function retentionAmount(graduates: { id: string; pillarIndustry: boolean; local: boolean; retained: boolean | null; startOn: string }[], from: string, to: string, perGraduateFen: number) {
  const lines: EvidenceLine[] = graduates
    .filter((g) => g.pillarIndustry && g.local && g.retained === true && g.startOn >= from && g.startOn <= to)
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((g) => ({ kind: 'RETAINED_GRADUATE', recordId: g.id, month: null, quantity: 1 }));
  return { quantity: lines.length, amountFen: Number(BigInt(lines.length) * BigInt(perGraduateFen)), lines, ...formulaOf(msg('cooperation.formula.retainedGraduates', { quantity: lines.length, rate: P.money(perGraduateFen) })) };
}

/**
 * What an approval pays against the year's budget: everything when it fits; otherwise REFUSE (a problem) or PRORATE
 * (capped at what is left — first decided, first paid). `remainingFen` null = no budget.
 */
export function budgetOutcome(requestedFen: number, remainingFen: number | null, overBudget: OverBudget): { awardedFen: number } | { problem: Problem } {
  if (remainingFen === null || requestedFen <= remainingFen) return { awardedFen: requestedFen };
  if (overBudget === 'PRORATE' && remainingFen > 0) return { awardedFen: remainingFen };
  return {
    problem: problem(ErrorCode.FAILED_PRECONDITION, msg('cooperation.overBudget', { remaining: P.money(remainingFen), requested: P.money(requestedFen) }), { reason: R.OVER_BUDGET, remainingFen, requestedFen }),
  };
}

/** Nothing counted: a claim of zero is refused. */
export const nothingProblem = (): Problem => problem(ErrorCode.FAILED_PRECONDITION, msg('cooperation.nothingToClaim'), { reason: R.NOTHING_TO_CLAIM });

/** The base subsidy's approval records what the money is for (实训设施设备 only, 003 篇3). */
export function purposeProblem(kind: PolicyKind, decision: 'APPROVE' | 'REJECT', purpose: string | null | undefined): Problem | null {
  if (kind !== 'INTERNSHIP_BASE' || decision !== 'APPROVE' || purpose) return null;
  return problem(ErrorCode.BAD_USER_INPUT, msg('cooperation.purposeRequired'), { reason: R.PURPOSE_REQUIRED, field: 'purpose' });
}

/** Xi'an 篇7: above-designated-size firms are encouraged to take interns numbering 2 % of their workforce. */
export const INTERN_TARGET_BP = 200;
export function internQuota(employees: number | null, interns: number) {
  const target = employees === null ? null : Math.ceil((employees * INTERN_TARGET_BP) / 10_000);
  return { target, progressBp: target === null ? null : basisPoints(interns, target) };
}
