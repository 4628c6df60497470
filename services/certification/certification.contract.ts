/**
 * The certification service's bus contract: 产教融合型企业 programs, declarations (自愿申报) with a platform pre-check,
 * expert review (复核评议), the decision, the public notice (公示) and objections, the reserve (信息储备库) and
 * cultivation, certification (认证评价) with a validity period and yearly reports, and the education-surcharge levy
 * credit of certified pilot enterprises. Types and constants only; the one file of services/certification that
 * anything outside the folder may import.
 *
 * Sources: shared/seeds/003 篇6 (national pilot plan: 自愿申报、复核确认、建设培育、认证评价; 公示无异议的纳入信息储备库;
 * 5年内取消申报资格), 篇1, 篇7 §14 (认证标准和评价办法、认证目录), §15 (按投资总额30%抵免当年应缴教育费附加和地方教育附加).
 */
import type { BusContract } from '../../infra/bus-identity.js';
import type { FenSum } from '../../infra/money.js';

export const CertificationAction = {
  /** CreateCertProgramParams → CertProgramDto. A FUNDER for its own GOVERNMENT organization, within its region. */
  createProgram: 'certification.createProgram',
  /** { id } → CertProgramDto | null. Any signed-in caller. */
  getProgram: 'certification.getProgram',
  /** { regionCode? } → CertProgramDto[]. Any signed-in caller. */
  listPrograms: 'certification.listPrograms',
  /** CreateDeclarationParams → DeclarationDto (DRAFT, cooperation history drawn from the platform). The enterprise's ORG_ADMIN. */
  createDeclaration: 'certification.createDeclaration',
  /** AttachParams → AttachmentDto: a supporting document stored in GridFS (type sniffed from the bytes). */
  attach: 'certification.attach',
  /** { declarationId, fileId } → { fileName, mime, contentBase64 }: whoever may read the declaration. */
  readAttachment: 'certification.readAttachment',
  /** { declarationId } → ObjectionDto[]: the funder all, an objector its own. */
  listObjections: 'certification.listObjections',
  /** { declarationId } → DeclarationDto (SUBMITTED) or FAILED_PRECONDITION data { reason: PRECHECK_FAILED, failed }. */
  submitDeclaration: 'certification.submitDeclaration',
  /** AssignReviewersParams → DeclarationDto (UNDER_REVIEW). The program's funder. */
  assignReviewers: 'certification.assignReviewers',
  /** SubmitReviewParams → ReviewDto. An assigned reviewer (by user id), once. */
  submitReview: 'certification.submitReview',
  /** DecideParams → DeclarationDto (IN_NOTICE or REJECTED). The program's funder; exactly one decision. */
  decide: 'certification.decide',
  /** FileObjectionParams → ObjectionDto. Any signed-in user during the notice period. */
  fileObjection: 'certification.fileObjection',
  /** ResolveObjectionParams → ObjectionDto. The program's funder. UPHELD rejects the declaration. */
  resolveObjection: 'certification.resolveObjection',
  /** { declarationId } → DeclarationDto (IN_RESERVE). The program's funder, after the notice ended without an open or upheld objection. */
  enterReserve: 'certification.enterReserve',
  /** CertifyParams → DeclarationDto (CERTIFIED, validFrom..validUntil). The program's funder. */
  certify: 'certification.certify',
  /** YearlyReportParams → DeclarationDto. The certified enterprise's ORG_ADMIN, one per year. */
  fileYearlyReport: 'certification.fileYearlyReport',
  /** FalseInformationParams → { declaration, disqualification }: the 5-year ban through organizations.disqualify. The program's funder. */
  findFalseInformation: 'certification.findFalseInformation',
  /** { id } → DeclarationDto | null (the enterprise's admins, the program's funder and funders above it, assigned reviewers). */
  getDeclaration: 'certification.getDeclaration',
  /** ListDeclarationsParams → DeclarationDto[]: what the caller may see. */
  listDeclarations: 'certification.listDeclarations',
  /** { regionCode? } → PublicNoticeDto[]: declarations whose notice period includes today, and the certified list. Any caller (the gateway asks as itself for anonymous users). */
  publicNotices: 'certification.publicNotices',
  /** { regionCode?, asOf? } → CertifiedEnterpriseDto[]: enterprises certified and valid on asOf. Any caller. */
  certifiedList: 'certification.certifiedList',
  /** AuditParams → CertAuditEntryDto[]. The program's funder and funders above it, platform admins. */
  auditTrail: 'certification.auditTrail',
  /** RecordLevyYearParams → LevyStatementDto. The certified enterprise's ORG_ADMIN. */
  recordLevyYear: 'certification.recordLevyYear',
  /** { declarationId } → LevyStatementDto. The enterprise's admins and funders covering it. */
  levyStatement: 'certification.levyStatement',
  /** { declarationId, locale? } → { fileName, csv }: the statement as CSV (RFC 4180, UTF-8 with BOM). */
  levyStatementCsv: 'certification.levyStatementCsv',
} as const;
export type CertificationAction = (typeof CertificationAction)[keyof typeof CertificationAction];

/**
 * A program's basic conditions (基本条件) as data, checked by the platform before review (003 篇6 四(一): the
 * conditions are set, and may be adjusted, by the funder). Counts come from the platform (`cooperation.organizationHistory`,
 * training bases hosted, projects taken part in) or from the declaration's own fields.
 */
export const CONDITION_KINDS = [
  'INDUSTRY_IN',
  'MIN_EMPLOYEES',
  'MIN_AGREEMENTS_IN_FORCE',
  'MIN_INTERN_PERSON_MONTHS',
  'MIN_APPRENTICES',
  'MIN_TRAINING_BASES',
  'MIN_PROJECTS',
  'MIN_ATTACHMENTS',
] as const;
export type ConditionKind = (typeof CONDITION_KINDS)[number];
export interface Condition {
  kind: ConditionKind;
  /** The minimum for MIN_* kinds. */
  threshold?: number | null;
  /** The allowed industries for INDUSTRY_IN. */
  values?: string[] | null;
}
/** One scoring criterion of the review (评议): a key, its name, the highest score. */
export interface ReviewCriterion {
  key: string;
  name: string;
  maxScore: number;
}
/** A dated levy-credit rule (003 篇7 §15): the share of the investment credited, and whether an unused credit carries forward. */
export interface LevyPolicy {
  /** First year it applies. */
  fromYear: number;
  /** Basis points: 3000 = 30 %. */
  rateBp: number;
  carryForward: boolean;
}

/** The 003 篇6 二 key fields (重点领域), the default INDUSTRY_IN values of the seed program. */
export const KEY_INDUSTRIES = ['现代农业', '高端装备', '智能制造', '新一代信息技术', '汽车船舶', '航空航天', '钢铁冶金', '能源交通', '节能环保', '建筑装配', '高端软件', '普惠金融', '社会民生'] as const;
/** The national levy rule: 30 % of the investment, carry-forward allowed (003 篇7 §15). */
export const NATIONAL_LEVY_POLICY: LevyPolicy = { fromYear: 2019, rateBp: 3000, carryForward: true };
/** A 公示 period when the program sets none (the seeds give no number; 5 days is the usual practice). */
export const DEFAULT_NOTICE_DAYS = 5;
/** A certification's validity when the program sets none (the seeds give no number). */
export const DEFAULT_VALIDITY_YEARS = 3;

export interface CreateCertProgramParams {
  code: string;
  name: string;
  regionCode: string;
  conditions: Condition[];
  reviewCriteria: ReviewCriterion[];
  /** Reviews (without a declared conflict) needed before a decision. */
  quorum: number;
  /** The average total score needed to approve. */
  passScore: number;
  noticeDays?: number | null;
  validityYears?: number | null;
  levyPolicies?: LevyPolicy[] | null;
  /** A platform admin acting for a government organization. */
  funderOrganizationId?: string | null;
}
export interface CertProgramDto {
  id: string;
  code: string;
  name: string;
  regionCode: string;
  funderOrganizationId: string;
  conditions: Condition[];
  reviewCriteria: ReviewCriterion[];
  quorum: number;
  passScore: number;
  noticeDays: number;
  validityYears: number;
  levyPolicies: LevyPolicy[];
  createdAt: string;
}

export const DECLARATION_STATUSES = ['DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'IN_NOTICE', 'IN_RESERVE', 'CERTIFIED', 'REJECTED'] as const;
export type DeclarationStatus = (typeof DECLARATION_STATUSES)[number];
export const ENTERPRISE_SCALES = ['LARGE', 'MEDIUM', 'SMALL', 'MICRO'] as const;

/** The enterprise's cooperation on the platform, drawn at declaration time (never typed in by the enterprise). */
export interface CooperationSnapshot {
  asOf: string;
  /** From `cooperation.organizationHistory`; null when that service could not be asked (then `unavailable` says so). */
  agreementsInForce: number | null;
  agreementsTotal: number | null;
  placements: number | null;
  internPersonMonths: number | null;
  apprentices: number | null;
  orderClassStudents: number | null;
  graduatesPlaced: number | null;
  graduatesRetained: number | null;
  /** Training bases the enterprise hosts, in the alliances it belongs to. */
  trainingBasesHosted: number | null;
  /** Joint R&D projects it takes part in. */
  projects: number | null;
  /** Sources that did not answer: 'cooperation' | 'trainingBases' | 'projects'. */
  unavailable: string[];
}

export interface CreateDeclarationParams {
  programId: string;
  organizationId: string;
  industry: string;
  scale: (typeof ENTERPRISE_SCALES)[number];
  employees: number;
  mainBusiness: string;
  cooperationSummary: string;
  contactName: string;
  contactPhone: string;
}
export interface AttachParams {
  declarationId: string;
  fileName: string;
  /** The file's bytes, base64 (at most MAX_ATTACHMENT_BYTES decoded). */
  contentBase64: string;
}
/** Attachments are PDF, PNG or JPEG (sniffed with file-type, never trusted from the name), at most 512 KiB each (one bus message), at most 10. */
export const ATTACHMENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export const MAX_ATTACHMENT_BYTES = 512 * 1024;
export const MAX_ATTACHMENTS = 10;
export interface AttachmentDto {
  fileId: string;
  fileName: string;
  mime: string;
  bytes: number;
  uploadedAt: string;
}

export interface ConditionResult {
  kind: ConditionKind;
  required: number | string[] | null;
  actual: number | string | null;
  passed: boolean;
}

export interface DeclarationStep {
  status: DeclarationStatus;
  /** Instant (UTC ISO). */
  at: string;
  /** Platform date (Asia/Shanghai) of the step. */
  on: string;
  by: string;
  note: string | null;
}

export interface YearlyReport {
  year: number;
  summary: string;
  filedOn: string;
  by: string;
}

export interface DeclarationDto {
  id: string;
  programId: string;
  organizationId: string;
  organizationName: string | null;
  regionCode: string;
  industry: string;
  scale: string;
  employees: number;
  mainBusiness: string;
  cooperationSummary: string;
  contactName: string;
  contactPhone: string;
  cooperation: CooperationSnapshot;
  attachments: AttachmentDto[];
  precheck: ConditionResult[] | null;
  status: DeclarationStatus;
  reviewers: string[];
  reviews: ReviewDto[];
  averageScore: number | null;
  decision: 'APPROVE' | 'REJECT' | null;
  decisionNote: string | null;
  noticeFrom: string | null;
  noticeUntil: string | null;
  validFrom: string | null;
  validUntil: string | null;
  rejectionReason: 'DECISION' | 'OBJECTION_UPHELD' | 'FALSE_INFORMATION' | null;
  yearlyReports: YearlyReport[];
  steps: DeclarationStep[];
  createdAt: string;
}

export interface AssignReviewersParams {
  declarationId: string;
  /** Reviewers' user ids (the `sub` of their tokens), 1–15, distinct. */
  reviewerIds: string[];
}
export interface SubmitReviewParams {
  declarationId: string;
  /** A reviewer with a conflict of interest declares it and scores nothing; the review does not count toward the quorum. */
  conflictOfInterest: boolean;
  conflictNote?: string | null;
  scores?: { key: string; score: number }[] | null;
  comment?: string | null;
}
export interface ReviewDto {
  reviewerId: string;
  conflictOfInterest: boolean;
  conflictNote: string | null;
  scores: { key: string; score: number }[];
  total: number | null;
  comment: string | null;
  submittedAt: string;
}
export interface DecideParams {
  declarationId: string;
  decision: 'APPROVE' | 'REJECT';
  note?: string | null;
  /** The decision date (default today, never future): the notice (公示) runs from it for the program's notice days. */
  decidedOn?: string | null;
}
export interface FileObjectionParams {
  declarationId: string;
  text: string;
}
export const OBJECTION_STATUSES = ['OPEN', 'UPHELD', 'DISMISSED'] as const;
export interface ObjectionDto {
  id: string;
  declarationId: string;
  text: string;
  filedBy: string;
  filedOn: string;
  status: (typeof OBJECTION_STATUSES)[number];
  resolution: string | null;
  resolvedOn: string | null;
  resolvedBy: string | null;
}
export interface ResolveObjectionParams {
  objectionId: string;
  outcome: 'UPHELD' | 'DISMISSED';
  resolution: string;
}
export interface CertifyParams {
  declarationId: string;
  /** Default today; never in the future. */
  validFrom?: string | null;
  note?: string | null;
}
export interface YearlyReportParams {
  declarationId: string;
  year: number;
  summary: string;
}
export interface FalseInformationParams {
  declarationId: string;
  reason: string;
}
export interface ListDeclarationsParams {
  programId?: string | null;
  organizationId?: string | null;
  status?: DeclarationStatus | null;
}

/** What the public notice page shows (003 篇6 四(四): 按程序向社会公示): no contact data, no scores. */
export interface PublicNoticeDto {
  declarationId: string;
  programName: string;
  organizationName: string;
  regionCode: string;
  industry: string;
  noticeFrom: string;
  noticeUntil: string;
}
/** The certification catalogue entry (认证目录, 003 篇7 §14 向社会推介). */
export interface CertifiedEnterpriseDto {
  declarationId: string;
  organizationId: string;
  organizationName: string;
  regionCode: string;
  industry: string;
  programName: string;
  validFrom: string;
  validUntil: string;
}

export interface CertAuditEntryDto {
  key: string;
  action: string;
  declarationId: string | null;
  programId: string | null;
  by: string;
  at: string;
  details: Record<string, unknown>;
}
export interface AuditParams {
  declarationId?: string | null;
  programId?: string | null;
}

export interface RecordLevyYearParams {
  declarationId: string;
  year: number;
  /** Qualifying investment in vocational education that year (decimal yuan, e.g. "1000000.00"). */
  investment: string;
  /** 教育费附加 due that year. */
  educationSurcharge: string;
  /** 地方教育附加 due that year. */
  localEducationSurcharge: string;
  /** What the investment was (seed: 投资总额). */
  note?: string | null;
}
/** One year of a levy statement: integer fen as FenSum strings. */
export interface LevyYearDto {
  year: number;
  investmentFen: FenSum;
  educationSurchargeFen: FenSum;
  localEducationSurchargeFen: FenSum;
  rateBp: number;
  carryForwardAllowed: boolean;
  /** floor(investment × rate): the fraction of a fen is never credited. */
  creditFen: FenSum;
  carriedInFen: FenSum;
  /** min(credit + carried in, surcharges due). */
  offsetFen: FenSum;
  /** What is still due after the offset. */
  payableFen: FenSum;
  carriedOutFen: FenSum;
  /** Unused credit that the policy of the year does not carry forward. */
  lapsedFen: FenSum;
}
export interface LevyStatementDto {
  declarationId: string;
  organizationId: string;
  years: LevyYearDto[];
}

/** Domain reason codes of certification refusals (`data.reason` / `data.rule`): stable, clients branch on them. */
export const CertRule = {
  PRECHECK_FAILED: 'PRECHECK_FAILED',
  WRONG_STATUS: 'WRONG_STATUS',
  BAD_SCORE: 'BAD_SCORE',
  QUORUM_NOT_MET: 'QUORUM_NOT_MET',
  BELOW_PASS_SCORE: 'BELOW_PASS_SCORE',
  NOTICE_RUNNING: 'NOTICE_RUNNING',
  OBJECTION_OPEN: 'OBJECTION_OPEN',
  OUTSIDE_NOTICE: 'OUTSIDE_NOTICE',
  NOT_A_REVIEWER: 'NOT_A_REVIEWER',
  ALREADY_REVIEWED: 'ALREADY_REVIEWED',
  ALREADY_DECIDED: 'ALREADY_DECIDED',
  NOT_AN_ENTERPRISE: 'NOT_AN_ENTERPRISE',
  OPEN_DECLARATION: 'OPEN_DECLARATION',
  ATTACHMENT_TYPE: 'ATTACHMENT_TYPE',
  ATTACHMENT_SIZE: 'ATTACHMENT_SIZE',
  TOO_MANY_ATTACHMENTS: 'TOO_MANY_ATTACHMENTS',
  YEAR_RECORDED: 'YEAR_RECORDED',
} as const;
export type CertRule = (typeof CertRule)[keyof typeof CertRule];

export const CertificationEvent = {
  /** Payload: { declarationId, organizationId, programId, status, on } on every step. */
  stepped: 'certification.declarationStepped',
} as const;

export const CertificationBus: BusContract = {
  service: 'certification',
  actions: Object.values(CertificationAction),
  events: [...Object.values(CertificationEvent)],
  // organizations: names, regions, standing and the false-information ban; cooperation/trainingBases/projects/alliances: the history drawn into a declaration.
  calls: ['organizations', 'cooperation', 'trainingBases', 'projects', 'alliances'],
};
