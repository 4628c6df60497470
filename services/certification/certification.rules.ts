/**
 * Pure rules of the certification service: the pre-check against a program's basic conditions, the steps a
 * declaration may take, the review tally and quorum, the notice window, validity, and the levy credit.
 * No broker, no database; refusals are `Problem` values with a message key (certification.messages.ts).
 */
import { addDays, addYears } from '../../infra/dates.js';
import { ErrorCode, type Problem } from '../../infra/errors.js';
import { msg } from '../../infra/message-registry.js';
import { P } from '../../infra/messages.js';
import { toFenSum } from '../../infra/money.js';
import { CertRule } from './certification.contract.js';
import type {
  Condition,
  ConditionResult,
  CooperationSnapshot,
  DeclarationStatus,
  LevyPolicy,
  LevyYearDto,
  ReviewCriterion,
  ReviewDto,
  ReviewerRef,
} from './certification.contract.js';

/** What the pre-check reads of a declaration. */
export interface PrecheckInput {
  industry: string;
  employees: number;
  attachments: number;
  cooperation: CooperationSnapshot;
}

const COUNT_OF: Partial<Record<Condition['kind'], (d: PrecheckInput) => number | null>> = {
  MIN_EMPLOYEES: (d) => d.employees,
  MIN_AGREEMENTS_IN_FORCE: (d) => d.cooperation.agreementsInForce,
  MIN_INTERN_PERSON_MONTHS: (d) => d.cooperation.internPersonMonths,
  MIN_APPRENTICES: (d) => d.cooperation.apprentices,
  MIN_TRAINING_BASES: (d) => d.cooperation.trainingBasesHosted,
  MIN_PROJECTS: (d) => d.cooperation.projects,
  MIN_ATTACHMENTS: (d) => d.attachments,
};

/**
 * The platform's pre-check (003 篇6 四(一) 基本条件, as the program's data): one result per condition, in order. A
 * count the platform could not draw (null) fails its condition: the platform never passes what it has not seen.
 */
export function precheck(conditions: readonly Condition[], d: PrecheckInput): ConditionResult[] {
  return conditions.map((c) => {
    if (c.kind === 'INDUSTRY_IN') {
      const values = c.values ?? [];
      return { kind: c.kind, required: values, actual: d.industry, passed: values.includes(d.industry) };
    }
    const actual = COUNT_OF[c.kind]!(d);
    const required = c.threshold ?? 0;
    return { kind: c.kind, required, actual, passed: actual !== null && actual >= required };
  });
}

/** FAILED_PRECONDITION with the failed conditions, or null when every condition passed. */
export function precheckProblem(results: readonly ConditionResult[]): Problem | null {
  const failed = results.filter((r) => !r.passed);
  if (!failed.length) return null;
  return {
    code: ErrorCode.FAILED_PRECONDITION,
    ...msg('certification.precheckFailed', { count: failed.length, kinds: P.list(failed.map((f) => P.key(`certification.condition.${f.kind}`))) }),
    data: { reason: CertRule.PRECHECK_FAILED, failed },
  };
}

/** A declaration status inside a sentence (certification.status.IN_NOTICE → 公示中 / IN_NOTICE). */
const statusParam = (s: DeclarationStatus) => P.key(`certification.status.${s}`);

/** Where each step may start from: the declaration's life is DRAFT → SUBMITTED → UNDER_REVIEW → IN_NOTICE → IN_RESERVE → CERTIFIED, or REJECTED. */
export const STEP_FROM = {
  attach: ['DRAFT'],
  submit: ['DRAFT'],
  assignReviewers: ['SUBMITTED', 'UNDER_REVIEW'],
  review: ['UNDER_REVIEW'],
  decide: ['UNDER_REVIEW'],
  object: ['IN_NOTICE'],
  resolveObjection: ['IN_NOTICE'],
  enterReserve: ['IN_NOTICE'],
  certify: ['IN_RESERVE'],
  yearlyReport: ['CERTIFIED'],
  levy: ['CERTIFIED'],
  falseInformation: ['SUBMITTED', 'UNDER_REVIEW', 'IN_NOTICE', 'IN_RESERVE', 'CERTIFIED'],
} as const satisfies Record<string, readonly DeclarationStatus[]>;
export type Step = keyof typeof STEP_FROM;

/** CONFLICT (data { reason: WRONG_STATUS, status, allowed }) when the declaration is not in a status the step starts from. */
export function stepProblem(step: Step, status: DeclarationStatus): Problem | null {
  const allowed: readonly DeclarationStatus[] = STEP_FROM[step];
  if (allowed.includes(status)) return null;
  return {
    code: ErrorCode.CONFLICT,
    ...msg('certification.wrongStatus', { status: statusParam(status), step: P.key(`certification.step.${step}`), allowed: P.list(allowed.map(statusParam), 'disjunction') }),
    data: { reason: CertRule.WRONG_STATUS, status, allowed },
  };
}

/** BAD_USER_INPUT when the scores do not name each criterion exactly once within 0..maxScore (integers). */
export function scoresProblem(criteria: readonly ReviewCriterion[], scores: readonly { key: string; score: number }[]): Problem | null {
  const byKey = new Map(criteria.map((c) => [c.key, c]));
  const seen = new Set<string>();
  for (const s of scores) {
    const c = byKey.get(s.key);
    if (!c || seen.has(s.key) || !Number.isInteger(s.score) || s.score < 0 || s.score > c.maxScore) {
      return { code: ErrorCode.BAD_USER_INPUT, ...msg('certification.badScore', { key: s.key }), data: { field: 'scores', rule: CertRule.BAD_SCORE, key: s.key } };
    }
    seen.add(s.key);
  }
  const missing = criteria.filter((c) => !seen.has(c.key)).map((c) => c.key);
  if (missing.length) return { code: ErrorCode.BAD_USER_INPUT, ...msg('certification.missingScores', { keys: P.list(missing) }), data: { field: 'scores', rule: CertRule.BAD_SCORE, missing } };
  return null;
}

/** The stored key of a panel seat, `<organizationId>:<userId>` (the organization id is 24 hex: the first `:` splits). */
export const reviewerKey = (r: ReviewerRef): string => `${r.organizationId}:${r.userId}`;

/** The seat a stored key names; null for a key that is not `<24 hex>:<user id>`. */
export function parseReviewerKey(key: string): ReviewerRef | null {
  const m = /^([0-9a-f]{24}):(.+)$/s.exec(key);
  return m ? { organizationId: m[1]!, userId: m[2]! } : null;
}

/** Who the declaring enterprise is, and the panel's seats as stored (`reviewerKey`). */
export interface ReviewPanel {
  organizationId: string;
  reviewerKeys?: readonly string[] | null;
}

/**
 * May the funder seat users of `reviewerOrganizationId` on the panel? Never the declaring enterprise's own
 * (FAILED_PRECONDITION data { reason: OWN_DECLARATION, organizationId }).
 */
export function assignReviewersProblem(d: Pick<ReviewPanel, 'organizationId'>, reviewerOrganizationId: string): Problem | null {
  if (reviewerOrganizationId !== d.organizationId) return null;
  return { code: ErrorCode.FAILED_PRECONDITION, ...msg('certification.reviewerOfDeclarant'), data: { reason: CertRule.OWN_DECLARATION, organizationId: reviewerOrganizationId } };
}

/**
 * May this caller review the declaration? A reviewer is a (user, organization) pair: a token's `sub` alone names no
 * one across organizations. A caller of the declaring enterprise (its admin or member) never reviews it, whatever it
 * declares about a conflict of interest — FORBIDDEN data { reason: OWN_DECLARATION }; otherwise the caller's `sub`
 * and organization must hold a seat (FORBIDDEN data { reason: NOT_A_REVIEWER }). A seat stored by `sub` alone (from
 * before the pairing) holds no one: the funder assigns the reviewer again with the organization.
 */
export function reviewerProblem(caller: { id: string; org?: string | undefined }, d: ReviewPanel): Problem | null {
  if (caller.org && caller.org === d.organizationId) {
    return { code: ErrorCode.FORBIDDEN, ...msg('certification.ownDeclaration'), data: { reason: CertRule.OWN_DECLARATION } };
  }
  if (isOnPanel(caller, d)) return null;
  return { code: ErrorCode.FORBIDDEN, ...msg('certification.notAReviewer'), data: { reason: CertRule.NOT_A_REVIEWER } };
}

/** Does the caller (its `sub` and its token's organization) hold a seat on the panel? Never a caller of the declaring enterprise. */
export function isOnPanel(caller: { id: string; org?: string | undefined }, d: ReviewPanel): boolean {
  if (!caller.org || caller.org === d.organizationId) return false;
  return (d.reviewerKeys ?? []).includes(reviewerKey({ userId: caller.id, organizationId: caller.org }));
}

/**
 * Does the review count toward the quorum and the average? Not with a conflict of interest declared, and only from a
 * reviewer of a known organization other than the declaring enterprise (a review of the enterprise's own users, or
 * one from before reviews carried the organization, is never counted: the platform counts only what it can tell).
 */
export function countsToward(r: Pick<ReviewDto, 'conflictOfInterest' | 'total' | 'reviewerOrganizationId'>, declarantOrganizationId: string): boolean {
  return !r.conflictOfInterest && r.total !== null && !!r.reviewerOrganizationId && r.reviewerOrganizationId !== declarantOrganizationId;
}

/**
 * The reviews that count (`countsToward`), their average total (two decimals, null with none), and how many scored
 * reviews were left out because of who wrote them (`excluded`: the declarant's own, or of an unknown organization).
 */
export function tally(reviews: readonly Pick<ReviewDto, 'conflictOfInterest' | 'total' | 'reviewerOrganizationId'>[], declarantOrganizationId: string): { counted: number; average: number | null; excluded: number } {
  const scored = reviews.filter((r) => !r.conflictOfInterest && r.total !== null);
  const counted = scored.filter((r) => countsToward(r, declarantOrganizationId));
  const excluded = scored.length - counted.length;
  if (!counted.length) return { counted: 0, average: null, excluded };
  const sum = counted.reduce((a, r) => a + (r.total ?? 0), 0);
  return { counted: counted.length, average: Math.round((sum * 100) / counted.length) / 100, excluded };
}

/**
 * May the funder decide? Both decisions need the quorum of counted reviews (003 篇6 四(三) 专家组复核评议); APPROVE also
 * needs the average total at least the pass score. FAILED_PRECONDITION data { reason: QUORUM_NOT_MET | BELOW_PASS_SCORE }.
 */
export function decisionProblem(decision: 'APPROVE' | 'REJECT', t: { counted: number; average: number | null }, quorum: number, passScore: number): Problem | null {
  if (t.counted < quorum) {
    return { code: ErrorCode.FAILED_PRECONDITION, ...msg('certification.quorumNotMet', { counted: t.counted, quorum }), data: { reason: CertRule.QUORUM_NOT_MET, counted: t.counted, quorum } };
  }
  if (decision === 'APPROVE' && (t.average ?? 0) < passScore) {
    return { code: ErrorCode.FAILED_PRECONDITION, ...msg('certification.belowPassScore', { average: t.average, passScore }), data: { reason: CertRule.BELOW_PASS_SCORE, average: t.average, passScore } };
  }
  return null;
}

/** The notice (公示) period: `days` calendar days from the decision date, both ends included. */
export const noticeUntil = (from: string, days: number): string => addDays(from, days - 1);

/**
 * May the declaration enter the reserve (003 篇6 四(四) 公示无异议的，纳入信息储备库)? Only after the last notice day,
 * with no objection open. FAILED_PRECONDITION data { reason: NOTICE_RUNNING, noticeUntil } or { reason: OBJECTION_OPEN, open }.
 */
export function reserveProblem(today: string, until: string, openObjections: number): Problem | null {
  if (today <= until) return { code: ErrorCode.FAILED_PRECONDITION, ...msg('certification.noticeRunning', { noticeUntil: P.date(until) }), data: { reason: CertRule.NOTICE_RUNNING, noticeUntil: until } };
  if (openObjections > 0) return { code: ErrorCode.FAILED_PRECONDITION, ...msg('certification.objectionOpen', { open: openObjections }), data: { reason: CertRule.OBJECTION_OPEN, open: openObjections } };
  return null;
}

/** An objection is filed within the notice period only (FAILED_PRECONDITION data { reason: OUTSIDE_NOTICE, noticeFrom, noticeUntil }). */
export function objectionProblem(today: string, from: string, until: string): Problem | null {
  if (today >= from && today <= until) return null;
  return { code: ErrorCode.FAILED_PRECONDITION, ...msg('certification.outsideNotice', { noticeFrom: P.date(from), noticeUntil: P.date(until) }), data: { reason: CertRule.OUTSIDE_NOTICE, noticeFrom: from, noticeUntil: until } };
}

/** A certification's last valid day: `years` after `from`, less a day. */
export const validUntil = (from: string, years: number): string => addDays(addYears(from, years), -1);

/** The levy policy in force for `year`: the latest whose fromYear ≤ year; null when none applies yet. */
export function policyFor(year: number, policies: readonly LevyPolicy[]): LevyPolicy | null {
  const applicable = policies.filter((p) => p.fromYear <= year).sort((a, b) => b.fromYear - a.fromYear);
  return applicable[0] ?? null;
}

/** One year as recorded by the enterprise (integer fen). */
export interface LevyYearInput {
  year: number;
  investmentFen: number;
  educationSurchargeFen: number;
  localEducationSurchargeFen: number;
}

/**
 * The levy statement (003 篇7 §15: 按投资总额30%的比例，抵免当年应缴教育费附加和地方教育附加), year by year in order:
 * credit = ⌊investment × rateBp / 10000⌋ fen (a fraction of a fen is never credited), available = credit + carried
 * in, offset = min(available, surcharges due), and the rest carries to the next recorded year when the year's
 * policy allows (else it lapses). Exact in BigInt. A year without a policy earns no credit (rate 0) but can use
 * what was carried in.
 */
export function levyStatement(years: readonly LevyYearInput[], policies: readonly LevyPolicy[]): LevyYearDto[] {
  const sorted = [...years].sort((a, b) => a.year - b.year);
  let carried = 0n;
  return sorted.map((y) => {
    const policy = policyFor(y.year, policies);
    const rateBp = policy?.rateBp ?? 0;
    const carryForwardAllowed = policy?.carryForward ?? false;
    const investment = BigInt(y.investmentFen);
    const due = BigInt(y.educationSurchargeFen) + BigInt(y.localEducationSurchargeFen);
    const credit = (investment * BigInt(rateBp)) / 10000n;
    const carriedIn = carried;
    const available = credit + carriedIn;
    const offset = available < due ? available : due;
    const rest = available - offset;
    carried = carryForwardAllowed ? rest : 0n;
    return {
      year: y.year,
      investmentFen: toFenSum(investment),
      educationSurchargeFen: toFenSum(y.educationSurchargeFen),
      localEducationSurchargeFen: toFenSum(y.localEducationSurchargeFen),
      rateBp,
      carryForwardAllowed,
      creditFen: toFenSum(credit),
      carriedInFen: toFenSum(carriedIn),
      offsetFen: toFenSum(offset),
      payableFen: toFenSum(due - offset),
      carriedOutFen: toFenSum(carried),
      lapsedFen: toFenSum(carryForwardAllowed ? 0n : rest),
    };
  });
}

/** One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break; a leading =,+,-,@ is neutralized (spreadsheet formulas). */
export function csvCell(value: string | number): string {
  let s = String(value);
  if (/^[=+\-@]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
