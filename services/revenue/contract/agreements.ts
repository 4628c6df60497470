/**
 * Revenue-split agreements: the parties' terms (shares in bp, a school party's teachers' share and inventors), the
 * dated versions of an agreement and who owns it, the agreement DTOs, the params that create, amend, list and read
 * them, and the payload of `revenue.agreementCreated` / `revenue.agreementAmended`. Part of the revenue contract:
 * import it through revenue.contract.ts.
 */
import type { RevenuePolicy } from './policies.js';

/** Deductible cost kinds, in the order they apply, when an agreement declares none. */
export const DEFAULT_DEDUCTION_KINDS = ['PATENT_FEE', 'AGENT_COMMISSION', 'TAX'] as const;

/** A named inventor (teacher) and their bp of the school's teachers' part. */
export interface SplitInventor {
  name: string;
  personId: string | null;
  shareBp: number;
}

/** A party as given by a client (validated against the rules and the policy before it is stored). */
export interface PartyInput {
  organizationId: string;
  /** Share of net revenue, bp; the parties sum to exactly 10000. */
  shareBp: number;
  /** Schools only (required there): bp of the party's amount paid as teachers' remuneration. */
  teacherShareBp?: number | null;
  /** Schools only: inventors sharing the teachers' part, their bp summing to exactly 10000. */
  inventors?: { name: string; personId?: string | null; shareBp: number }[] | null;
}

/** A party's terms as stored in a version. */
export interface PartyTerms {
  organizationId: string;
  /** Copied from the organization when the version is made (a kind never changes). */
  orgKind: string;
  shareBp: number;
  teacherShareBp: number | null;
  inventors: SplitInventor[];
}

/** One version of an agreement's terms as stored (the DTO carries the policy itself instead of its code). */
export interface AgreementVersion {
  version: number;
  /** In force from this date until the next version's. */
  effectiveFrom: string;
  title: string;
  policyCode: string;
  /** The policy version the terms were checked against (absent on versions stored before policies had versions). */
  policyVersion?: number | null;
  parties: PartyTerms[];
  /** Deductible cost kinds, in the order they apply. */
  deductionKinds: string[];
  /** ISO timestamp. */
  recordedAt: string;
  recordedBy: string;
  note: string | null;
}

/** Who writes an agreement and its ledger. */
export type OwnerKind = 'ALLIANCE_LEAD' | 'PROJECT_LEAD';

// ---------------------------------------------------------------- DTOs

export interface AgreementVersionDto {
  version: number;
  effectiveFrom: string;
  title: string;
  policy: RevenuePolicy;
  parties: PartyTerms[];
  deductionKinds: string[];
  recordedAt: string;
  recordedBy: string;
  note: string | null;
}

/** An agreement as of its latest version, with every version. */
export interface RevenueAgreementDto extends AgreementVersionDto {
  id: string;
  allianceId: string;
  projectId: string | null;
  outputIds: string[];
  ownerOrganizationId: string;
  ownerKind: OwnerKind;
  /** Ordered by version (and strictly by effectiveFrom). */
  versions: AgreementVersionDto[];
  createdAt: string;
}

// ---------------------------------------------------------------- params

/** Owner: the alliance's lead, or the project's lead when `projectId` is given (outputs must be the project's). */
export interface CreateAgreementParams {
  allianceId: string;
  projectId?: string | null;
  outputIds?: string[] | null;
  title: string;
  /**
   * Optional: the policy in force for the alliance's region on `effectiveFrom` (the nearest covering region's) is the
   * one the agreement follows; naming another is refused (FAILED_PRECONDITION, POLICY_NOT_IN_FORCE_FOR_REGION).
   */
  policyCode?: string | null;
  effectiveFrom: string;
  parties: PartyInput[];
  /** Default `DEFAULT_DEDUCTION_KINDS`. */
  deductionKinds?: string[] | null;
}

/** A new version; omitted title / deduction kinds keep the previous version's; the policy is the one in force on `effectiveFrom`. */
export interface AmendAgreementParams {
  agreementId: string;
  effectiveFrom: string;
  parties: PartyInput[];
  title?: string | null;
  policyCode?: string | null;
  deductionKinds?: string[] | null;
  note?: string | null;
}

export interface ListAgreementsParams {
  organizationId: string;
  first?: number | null;
  after?: string | null;
}

/** One entry per agreement id, in order: the version in force on `date` (null before version 1). */
export interface GetVersionsOnParams {
  agreementIds: string[];
  date: string;
}

// ---------------------------------------------------------------- events

/** Payload of `revenue.agreementCreated` and `revenue.agreementAmended`. */
export interface AgreementEventPayload {
  agreementId: string;
  allianceId: string;
  version: number;
  effectiveFrom: string;
  partyOrganizationIds: string[];
}
