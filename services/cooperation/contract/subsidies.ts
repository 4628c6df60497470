/**
 * Subsidies: the city plans' policies as dated data per region, funders' assessments, claims computed from the
 * records and frozen at submission, one decision per claim, and the intern quota. Part of the cooperation contract:
 * import it through cooperation.contract.ts.
 */
import type { PageArgs } from '../../../infra/pagination.js';
import type { MessageRef } from '../../../infra/messages.js';

export const POLICY_KINDS = ['APPRENTICESHIP_TRAINING', 'INTERN_MONTH', 'INTERNSHIP_BASE', 'GRADUATE_RETENTION'] as const;
/**
 * APPRENTICESHIP_TRAINING: per apprentice per year to the enterprise running a new-type apprenticeship cohort
 * (Liuzhou 003 篇3 "每人每年不低于4000元"; Yichang 004: a yearly budget of 25–75 万元).
 * INTERN_MONTH: per confirmed intern-month to a host the funder assessed as meeting the internship norms
 * (000 "按照实习学生每人每月***元标准": the amount is the city's parameter).
 * INTERNSHIP_BASE: a fixed sum to a base run by a non-school that served the region's vocational students for 2
 * continuous years, assessed qualified (003 篇3 "连续为柳州市职业院校学生提供实习服务2年后,经评估合格的…10万元").
 * GRADUATE_RETENTION: per graduate retained ≥ 1 year at a pillar-industry firm of the city, to the school
 * (004 "每年在教育专项中安排30万元…稳岗一年以上进行奖励").
 */
export type PolicyKind = (typeof POLICY_KINDS)[number];
export const OVER_BUDGET = ['REFUSE', 'PRORATE'] as const;
/** What a decision does when the year's budget cannot pay the whole claim: refuse it, or pay what is left (capped). */
export type OverBudget = (typeof OVER_BUDGET)[number];
export const CLAIM_STATUSES = ['SUBMITTED', 'APPROVED', 'REJECTED'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export interface PolicyParameters {
  /** APPRENTICESHIP_TRAINING: fen per person per year (Liuzhou ≥ 400000). */
  perPersonYearFen?: number | null;
  /** INTERN_MONTH: fen per intern-month. */
  perInternMonthFen?: number | null;
  /** INTERNSHIP_BASE: fixed sum (Liuzhou 10000000). */
  fixedFen?: number | null;
  /** INTERNSHIP_BASE: months of continuous service (24). */
  continuousMonths?: number | null;
  /** GRADUATE_RETENTION: fen per retained graduate. */
  perGraduateFen?: number | null;
  /** Yearly budget (fen) of the policy; null = none. */
  yearlyBudgetFen?: number | null;
  overBudget?: OverBudget | null;
}
export interface CreatePolicyParams {
  regionCode: string;
  kind: PolicyKind;
  name: string;
  validFrom: string;
  validTo?: string | null;
  parameters: PolicyParameters;
  /** Where the rule comes from (seed file and passage). */
  source: string;
}
export interface SubsidyPolicyDto {
  id: string;
  regionCode: string;
  kind: PolicyKind;
  name: string;
  validFrom: string;
  validTo: string | null;
  parameters: PolicyParameters;
  source: string;
  funderOrganizationId: string | null;
}
export interface AssessOrganizationParams {
  organizationId: string;
  policyKind: PolicyKind;
  qualified: boolean;
  note?: string | null;
}
export interface AssessmentDto {
  id: string;
  organizationId: string;
  policyKind: PolicyKind;
  regionCode: string;
  qualified: boolean;
  note: string | null;
  assessedOn: string;
  assessedBy: string;
}
export interface ClaimParams {
  policyId: string;
  claimantOrganizationId: string;
  periodFrom: string;
  periodTo: string;
}
/** One line of a claim's evidence: a record that counts and how much. */
export interface EvidenceLine {
  kind: 'INTERN_MONTHS' | 'APPRENTICE_MONTHS' | 'RETAINED_GRADUATE' | 'SERVICE_MONTH';
  /** The placement, cohort or graduate. */
  recordId: string;
  /** YYYY-MM for month lines, else null. */
  month: string | null;
  quantity: number;
}
export interface ClaimComputationDto {
  policyId: string;
  policyKind: PolicyKind;
  claimantOrganizationId: string;
  periodFrom: string;
  periodTo: string;
  /** Intern-months, apprentice-months, retained graduates, or service months (base). */
  quantity: number;
  /** Exact fen (rounded down to the fen where a rate is per year). */
  amountFen: number;
  lines: EvidenceLine[];
  /** How the amount was computed, for the funder (parameters used). */
  formula: string;
  /** `formula` as a catalog reference (cooperation.formula.*): the gateway writes it in the reader's language. Absent on claims computed before catalogs. */
  formulaI18n?: MessageRef;
}
export interface ClaimDto {
  id: string;
  policyId: string;
  policyKind: PolicyKind;
  regionCode: string;
  claimantOrganizationId: string;
  periodFrom: string;
  periodTo: string;
  status: ClaimStatus;
  /** Computed at submission (frozen). */
  requestedFen: number;
  /** Paid on approval (≤ requested when pro-rated against the budget). */
  awardedFen: number | null;
  evidence: ClaimComputationDto;
  submittedAt: string;
  submittedBy: string;
  decidedAt: string | null;
  decidedBy: string | null;
  decisionNote: string | null;
  /** INTERNSHIP_BASE: what the money may be used for (实训设施设备). */
  purpose: string | null;
}
export interface DecideClaimParams {
  claimId: string;
  decision: 'APPROVE' | 'REJECT';
  note?: string | null;
  purpose?: string | null;
}
export interface ListClaimsParams extends PageArgs {
  organizationId?: string | null;
  status?: ClaimStatus | null;
}
export interface InternQuotaDto {
  organizationId: string;
  year: number;
  employees: number | null;
  /** Target share in basis points (Xi'an 篇7: 200 = 2 %). */
  targetBp: number;
  target: number | null;
  interns: number;
  /** interns / target, basis points; null without a workforce figure. */
  progressBp: number | null;
}
