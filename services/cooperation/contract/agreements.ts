/**
 * Cooperation agreements (校企合作协议): types and statuses, drafts confirmed by both parties, the signed copy, termination
 * and renewal. Part of the cooperation contract: import it through cooperation.contract.ts.
 */
import type { PageArgs } from '../../../infra/pagination.js';

export const AGREEMENT_TYPES = ['ORDER_CLASS', 'APPRENTICESHIP', 'NEW_APPRENTICESHIP', 'INTERNSHIP_BASE', 'CO_BUILT_MAJOR', 'INDUSTRY_COLLEGE', 'TECHNICAL_SERVICE', 'OTHER'] as const;
/** 订单班, 现代学徒制, 企业新型学徒制, 实习基地, 共建专业, 产业学院, 技术服务, 其他. */
export type AgreementType = (typeof AGREEMENT_TYPES)[number];
/** DRAFT → SIGNED (both parties confirmed) → IN_FORCE (from its start) → EXPIRED (after its end) | TERMINATED (early, with a reason). */
export const AGREEMENT_STATUSES = ['DRAFT', 'SIGNED', 'IN_FORCE', 'EXPIRED', 'TERMINATED'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

/** Limits. A signed copy crosses the bus base64-encoded: 512 KiB stays well under NATS's 1 MB max_payload. */
export const MAX_ATTACHMENT_BYTES = 512 * 1024;
export const ATTACHMENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;

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
  /**
   * The text's revision: 0 when drafted, + 1 per edit of the draft (title, term, majors, obligations). A
   * confirmation is of one revision (ConfirmAgreementParams.revision); only those of this revision are listed.
   */
  revision: number;
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
/**
 * `cooperation.confirmAgreement`. `revision`: the text's revision the party read (AgreementDto.revision); when it is
 * not the current one, CONFLICT TEXT_CHANGED with `data.currentRevision`. Without it, the revision current when the
 * call arrives is confirmed — and an edit that lands before the confirmation is recorded refuses it the same way.
 */
export interface ConfirmAgreementParams {
  agreementId: string;
  /** Platform admins and system callers name the party they confirm for. */
  organizationId?: string | null;
  revision?: number | null;
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

/** The payload of `cooperation.agreementInForce`. */
export interface AgreementInForcePayload {
  agreementId: string;
  parties: [string, string];
  type: AgreementType;
  /** ISO-8601 UTC. */
  at: string;
}
