/**
 * The cooperation service's bus contract: school–enterprise cooperation (校企合作) — agreements, internship
 * placements (实习) with their liability insurance and monthly attendance, order classes and apprenticeship cohorts
 * (订单班 / 现代学徒制 / 企业新型学徒制), graduates and their one-year retention — and the subsidy claims the city
 * plans pay on these records (policies as dated data per region, claims frozen at submission, one decision).
 * The only file of services/cooperation that the gateway, other services, seeds, bench and tests import.
 * Money is integer fen; dates YYYY-MM-DD (Asia/Shanghai); months YYYY-MM; instants ISO-8601 UTC.
 */
import type { BusContract } from '../../infra/bus-identity.js';
import type { PageArgs } from '../../infra/pagination.js';
import type { MessageRef } from '../../infra/messages.js';

export const AGREEMENT_TYPES = ['ORDER_CLASS', 'APPRENTICESHIP', 'NEW_APPRENTICESHIP', 'INTERNSHIP_BASE', 'CO_BUILT_MAJOR', 'INDUSTRY_COLLEGE', 'TECHNICAL_SERVICE', 'OTHER'] as const;
/** 订单班, 现代学徒制, 企业新型学徒制, 实习基地, 共建专业, 产业学院, 技术服务, 其他. */
export type AgreementType = (typeof AGREEMENT_TYPES)[number];
/** DRAFT → SIGNED (both parties confirmed) → IN_FORCE (from its start) → EXPIRED (after its end) | TERMINATED (early, with a reason). */
export const AGREEMENT_STATUSES = ['DRAFT', 'SIGNED', 'IN_FORCE', 'EXPIRED', 'TERMINATED'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];
export const COHORT_KINDS = ['ORDER_CLASS', 'MODERN_APPRENTICESHIP', 'NEW_APPRENTICESHIP'] as const;
/** 订单班, 现代学徒制, 企业新型学徒制 (1–2 years). */
export type CohortKind = (typeof COHORT_KINDS)[number];
export const PREMIUM_PAYERS = ['SCHOOL', 'HOST', 'STUDENT'] as const;
export type PremiumPayer = (typeof PREMIUM_PAYERS)[number];
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

/** Limits. A signed copy crosses the bus base64-encoded: 512 KiB stays well under NATS's 1 MB max_payload. */
export const MAX_ATTACHMENT_BYTES = 512 * 1024;
export const ATTACHMENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export const MAX_STUDENTS = 200;

/** Domain reason codes (`data.reason`) clients branch on; stable. */
export const CooperationReason = {
  SAME_PARTY: 'SAME_PARTY',
  NOT_A_PARTY: 'NOT_A_PARTY',
  AGREEMENT_STATUS: 'AGREEMENT_STATUS',
  ALREADY_CONFIRMED: 'ALREADY_CONFIRMED',
  TERM_MISSING: 'TERM_MISSING',
  PERIOD_ORDER: 'PERIOD_ORDER',
  OUTSIDE_AGREEMENT_TERM: 'OUTSIDE_AGREEMENT_TERM',
  INSURANCE_GAP: 'INSURANCE_GAP',
  PREMIUM_ON_STUDENT: 'PREMIUM_ON_STUDENT',
  STUDENT_OVERLAP: 'STUDENT_OVERLAP',
  STUDENT_BUSY: 'STUDENT_BUSY',
  DUPLICATE_STUDENT: 'DUPLICATE_STUDENT',
  NATIONAL_ID: 'NATIONAL_ID',
  MONTH_OUTSIDE_PLACEMENT: 'MONTH_OUTSIDE_PLACEMENT',
  MONTH_IN_FUTURE: 'MONTH_IN_FUTURE',
  NOT_IN_PLACEMENT: 'NOT_IN_PLACEMENT',
  ATTENDANCE_CONFIRMED: 'ATTENDANCE_CONFIRMED',
  APPRENTICESHIP_LENGTH: 'APPRENTICESHIP_LENGTH',
  RETENTION_TOO_EARLY: 'RETENTION_TOO_EARLY',
  RETENTION_CONFIRMED: 'RETENTION_CONFIRMED',
  ATTACHMENT_TOO_LARGE: 'ATTACHMENT_TOO_LARGE',
  ATTACHMENT_TYPE: 'ATTACHMENT_TYPE',
  ATTACHMENT_EMPTY: 'ATTACHMENT_EMPTY',
  POLICY_NOT_IN_FORCE: 'POLICY_NOT_IN_FORCE',
  POLICY_REGION: 'POLICY_REGION',
  POLICY_PARAMETER: 'POLICY_PARAMETER',
  CLAIMANT_KIND: 'CLAIMANT_KIND',
  NOT_ASSESSED: 'NOT_ASSESSED',
  NOT_CONTINUOUS: 'NOT_CONTINUOUS',
  NOTHING_TO_CLAIM: 'NOTHING_TO_CLAIM',
  CLAIM_OPEN: 'CLAIM_OPEN',
  ALREADY_DECIDED: 'ALREADY_DECIDED',
  OVER_BUDGET: 'OVER_BUDGET',
  PURPOSE_REQUIRED: 'PURPOSE_REQUIRED',
} as const;
export type CooperationReason = (typeof CooperationReason)[keyof typeof CooperationReason];

/** Full action names. */
export const CooperationAction = {
  /** CreateAgreementDraftParams → AgreementDto (DRAFT). Called as the user of the initiating organization. */
  createAgreementDraft: 'cooperation.createAgreementDraft',
  /** UpdateAgreementDraftParams → AgreementDto: term, majors, obligations, title while DRAFT and unconfirmed. */
  updateAgreementDraft: 'cooperation.updateAgreementDraft',
  /** { agreementId } → AgreementDto: the caller's party confirms; the second confirmation signs it (IN_FORCE from its start). */
  confirmAgreement: 'cooperation.confirmAgreement',
  /** UploadSignedCopyParams → AgreementDto: the signed copy (PDF/PNG/JPEG by magic bytes, ≤ MAX_ATTACHMENT_BYTES) into GridFS. */
  uploadSignedCopy: 'cooperation.uploadSignedCopy',
  /** { agreementId } → SignedCopyDto (base64 content) | null. */
  signedCopy: 'cooperation.signedCopy',
  /** { agreementId, reason } → AgreementDto TERMINATED (by either party, while SIGNED/IN_FORCE). */
  terminateAgreement: 'cooperation.terminateAgreement',
  /** { agreementId, endOn } → AgreementDto: a new DRAFT continuing the agreement from the day after its end. */
  renewAgreement: 'cooperation.renewAgreement',
  /** { id } → AgreementDto | null (FORBIDDEN for anyone but the parties, their region's funders, platform admins). */
  getAgreement: 'cooperation.getAgreement',
  /** ListAgreementsParams → Page<AgreementDto>. */
  listAgreements: 'cooperation.listAgreements',
  /** { organizationId, asOf? } → CooperationFigures. */
  organizationHistory: 'cooperation.organizationHistory',
  /** { allianceId, asOf? } → CooperationFigures summed over the alliance's active members on asOf. */
  allianceFigures: 'cooperation.allianceFigures',

  /** CreatePlacementParams → PlacementDto. */
  createPlacement: 'cooperation.createPlacement',
  /** { id } → PlacementDto | null (students unmasked for the placing school's admins only). */
  getPlacement: 'cooperation.getPlacement',
  /** ListPlacementsParams → Page<PlacementDto> (students masked). */
  listPlacements: 'cooperation.listPlacements',
  /** ConfirmAttendanceParams → AttendanceDto: the host confirms one month, once. */
  confirmAttendance: 'cooperation.confirmAttendance',
  /** { placementId } → AttendanceDto[] by month. */
  attendanceOf: 'cooperation.attendanceOf',
  /** { placementIds } → BatchEntry<AttendanceDto[]>[] in id order (the gateway's InternshipPlacement.attendance, one call per list). */
  attendanceOfMany: 'cooperation.attendanceOfMany',

  /** CreateCohortParams → CohortDto. */
  createCohort: 'cooperation.createCohort',
  /** RecordCompletionParams → CohortDto. */
  recordCompletion: 'cooperation.recordCompletion',
  /** ListCohortsParams → Page<CohortDto>. */
  listCohorts: 'cooperation.listCohorts',

  /** RecordGraduateParams → GraduateDto (by the school). */
  recordGraduate: 'cooperation.recordGraduate',
  /** { graduateId, retained } → GraduateDto (by the employer, once, from one year after the start). */
  confirmRetention: 'cooperation.confirmRetention',
  /** ListGraduatesParams → Page<GraduateDto>. */
  listGraduates: 'cooperation.listGraduates',
  /** RetentionRatesParams → RetentionRatesDto (basis points). */
  retentionRates: 'cooperation.retentionRates',

  /** CreatePolicyParams → SubsidyPolicyDto (a funder of the region, or a platform admin). */
  createPolicy: 'cooperation.createPolicy',
  /** { regionCode?, asOf? } → SubsidyPolicyDto[] in force (covering the region). */
  listPolicies: 'cooperation.listPolicies',
  /** AssessOrganizationParams → AssessmentDto: a funder's 考核认定 of a host / base. */
  assessOrganization: 'cooperation.assessOrganization',
  /** ClaimParams → ClaimComputationDto (nothing stored). */
  previewClaim: 'cooperation.previewClaim',
  /** ClaimParams → ClaimDto SUBMITTED with the computation frozen as evidence. */
  submitClaim: 'cooperation.submitClaim',
  /** DecideClaimParams → ClaimDto APPROVED | REJECTED: once, by a funder covering the policy's region. */
  decideClaim: 'cooperation.decideClaim',
  /** ListClaimsParams → Page<ClaimDto>. */
  listClaims: 'cooperation.listClaims',
  /** { organizationId, year, employees } → InternQuotaDto: records the firm's workforce for the year. */
  recordWorkforce: 'cooperation.recordWorkforce',
  /** { organizationId, year } → InternQuotaDto: Xi'an's 2 % intern target as progress (never enforced). */
  internQuota: 'cooperation.internQuota',
} as const;
export type CooperationAction = (typeof CooperationAction)[keyof typeof CooperationAction];

export interface MajorRef {
  code?: string | null;
  name: string;
}
export interface ObligationDto {
  organizationId: string;
  text: string;
}
export interface AttachmentDto {
  fileId: string;
  filename: string;
  contentType: string;
  /** Bytes. */
  size: number;
  sha256: string;
  uploadedAt: string;
  uploadedBy: string;
}
export interface AgreementStatusEntry {
  status: AgreementStatus;
  at: string;
  by: string;
  reason: string | null;
}
export interface AgreementDto {
  id: string;
  type: AgreementType;
  title: string;
  /** [initiator, counterpart]. */
  parties: [string, string];
  /** Region codes of the parties, in the same order (their funders may read the agreement). */
  partyRegionCodes: [string, string];
  majors: MajorRef[];
  startOn: string | null;
  endOn: string | null;
  obligations: ObligationDto[];
  /** The status as of today: a SIGNED agreement past its start reads IN_FORCE, one past its end EXPIRED. */
  status: AgreementStatus;
  confirmedBy: { organizationId: string; at: string; by: string }[];
  signedCopy: AttachmentDto | null;
  terminationReason: string | null;
  renewalOf: string | null;
  origin: { kind: 'LISTING_MATCH' | 'EVENT'; id: string } | null;
  history: AgreementStatusEntry[];
  createdAt: string;
}

/** `cooperation.createAgreementDraft`. Errors: FORBIDDEN (not an ORG_ADMIN of an organization), NOT_FOUND (counterpart), BAD_USER_INPUT (SAME_PARTY), FAILED_PRECONDITION (DISQUALIFIED). */
export interface CreateAgreementDraftParams {
  counterpartOrganizationId: string;
  type: AgreementType;
  title: string;
  majors?: MajorRef[];
  origin?: { kind: 'LISTING_MATCH' | 'EVENT'; id: string };
  startOn?: string | null;
  endOn?: string | null;
  obligations?: ObligationDto[] | null;
}
export interface UpdateAgreementDraftParams {
  agreementId: string;
  title?: string | null;
  majors?: MajorRef[] | null;
  startOn?: string | null;
  endOn?: string | null;
  obligations?: ObligationDto[] | null;
}
export interface UploadSignedCopyParams {
  agreementId: string;
  filename: string;
  /** The file, base64. */
  contentBase64: string;
}
export interface SignedCopyDto extends AttachmentDto {
  contentBase64: string;
}
export interface ListAgreementsParams extends PageArgs {
  /** Default: the caller's organization (funders: omit to list their region's). */
  organizationId?: string | null;
  status?: AgreementStatus | null;
}

/** Counts of an organization's (or an alliance's) cooperation as of a date. */
export interface CooperationFigures {
  agreementsInForce: number;
  agreementsTotal: number;
  /** Student placements (one per student and placement) started by asOf. */
  placements: number;
  /** Confirmed intern-months (one student, one month) up to asOf. */
  internPersonMonths: number;
  apprentices: number;
  orderClassStudents: number;
  graduatesPlaced: number;
  graduatesRetained: number;
}
export interface OrganizationHistoryParams {
  organizationId: string;
  asOf?: string;
}
export interface AllianceFiguresParams {
  allianceId: string;
  asOf?: string;
}

/** Minimum personal data (never the national ID number). */
export interface StudentInput {
  studentNumber: string;
  name: string;
  major: string;
  /** Year of study (1–6) or enrolment year. */
  year: number;
}
export type StudentDto = StudentInput;
export interface InsuranceInput {
  /** 学生实习责任保险. */
  insurer: string;
  policyNumber: string;
  coverFrom: string;
  coverTo: string;
  premiumPaidBy: PremiumPayer;
  /** Whether the premium is deducted from the intern's pay (refused when true). */
  deductedFromPay: boolean;
}
export interface MentorInput {
  name: string;
  title?: string | null;
  phone?: string | null;
}
export interface CreatePlacementParams {
  agreementId: string;
  hostOrganizationId: string;
  startOn: string;
  endOn: string;
  students: StudentInput[];
  /** 实习报酬 per month, fen. */
  monthlyPayFen: number;
  insurance: InsuranceInput;
  mentor: MentorInput;
}
export interface PlacementDto {
  id: string;
  agreementId: string;
  schoolOrganizationId: string;
  hostOrganizationId: string;
  regionCode: string;
  startOn: string;
  endOn: string;
  headcount: number;
  /** Masked (张*, ****1234) unless the caller administers the placing school and asked for one placement. */
  students: StudentDto[];
  monthlyPayFen: number;
  insurance: InsuranceInput;
  mentor: MentorInput;
  createdAt: string;
}
export interface ListPlacementsParams extends PageArgs {
  organizationId?: string | null;
  agreementId?: string | null;
}
export interface ConfirmAttendanceParams {
  placementId: string;
  /** YYYY-MM. */
  month: string;
  /** Students (by number) who attended that month; default all. */
  studentNumbers?: string[] | null;
}
export interface AttendanceDto {
  id: string;
  placementId: string;
  month: string;
  attendedCount: number;
  confirmedAt: string;
  confirmedBy: string;
}

export interface CreateCohortParams {
  agreementId: string;
  kind: CohortKind;
  name: string;
  major: string;
  startOn: string;
  endOn: string;
  trainingHours: number;
  students: StudentInput[];
}
export interface CohortStudentDto extends StudentDto {
  completed: boolean;
  certificates: string[];
}
export interface CohortDto {
  id: string;
  agreementId: string;
  kind: CohortKind;
  name: string;
  major: string;
  schoolOrganizationId: string;
  enterpriseOrganizationId: string;
  regionCode: string;
  startOn: string;
  endOn: string;
  trainingHours: number;
  headcount: number;
  students: CohortStudentDto[];
  createdAt: string;
}
export interface RecordCompletionParams {
  cohortId: string;
  studentNumber: string;
  completed: boolean;
  certificates?: string[] | null;
}
export interface ListCohortsParams extends PageArgs {
  organizationId?: string | null;
  kind?: CohortKind | null;
}

export interface RecordGraduateParams {
  studentNumber: string;
  name: string;
  major: string;
  graduationYear: number;
  employerOrganizationId: string;
  startOn: string;
  /** Whether the employer is in a pillar industry of the region (支柱产业). */
  pillarIndustry: boolean;
}
export interface GraduateDto {
  id: string;
  schoolOrganizationId: string;
  employerOrganizationId: string;
  studentNumber: string;
  name: string;
  major: string;
  graduationYear: number;
  startOn: string;
  pillarIndustry: boolean;
  /** The employer is in the school's city (same 4-digit region prefix). */
  local: boolean;
  retained: boolean | null;
  retentionConfirmedAt: string | null;
  regionCode: string;
}
export interface ListGraduatesParams extends PageArgs {
  organizationId?: string | null;
}
export interface RetentionRatesParams {
  organizationId?: string | null;
  allianceId?: string | null;
  regionCode?: string | null;
  graduationYear?: number | null;
}
export interface RetentionRatesDto {
  graduates: number;
  confirmed: number;
  retained: number;
  local: number;
  /** retained / confirmed, basis points (null when nothing confirmed). */
  retentionBp: number | null;
  /** local / graduates, basis points (Liuzhou aims at 2500). */
  localBp: number | null;
}

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

/** Events. */
export const CooperationEvent = {
  /** AgreementInForcePayload: both parties confirmed and its term has begun. */
  agreementInForce: 'cooperation.agreementInForce',
  agreementTerminated: 'cooperation.agreementTerminated',
  placementCreated: 'cooperation.placementCreated',
  attendanceConfirmed: 'cooperation.attendanceConfirmed',
  claimSubmitted: 'cooperation.claimSubmitted',
  claimDecided: 'cooperation.claimDecided',
} as const;
export type CooperationEvent = (typeof CooperationEvent)[keyof typeof CooperationEvent];

export interface AgreementInForcePayload {
  agreementId: string;
  parties: [string, string];
  type: AgreementType;
  /** ISO-8601 UTC. */
  at: string;
}
export interface CooperationEventPayload {
  id: string;
  organizationIds: string[];
  at: string;
}

export const CooperationBus: BusContract = {
  service: 'cooperation',
  actions: Object.values(CooperationAction),
  events: Object.values(CooperationEvent),
  calls: ['organizations', 'alliances'],
};
