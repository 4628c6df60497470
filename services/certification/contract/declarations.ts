/**
 * Declarations (自愿申报) and what they carry: the cooperation snapshot drawn from the platform, supporting documents,
 * the pre-check's results, the dated steps, certification and yearly reports, the false-information finding.
 * Part of the certification contract: import it through certification.contract.ts.
 */
import type { ConditionKind } from './programs.js';
import type { ReviewDto, ReviewerRef } from './review.js';

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
  /** The reviewers' user ids (`sub`), as assigned; who they are is `reviewerPanel`. */
  reviewers: string[];
  /** The panel (复核评议专家组): each reviewer as (user, organization). Seats assigned before this pairing hold no one and are not listed. */
  reviewerPanel: ReviewerRef[];
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
