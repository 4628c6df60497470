/**
 * Eligibility: an alliance judged against a program's criteria on a date — the report with each criterion's result,
 * the shortfall in words, the counts and the member evidence (counted and excluded members, also read page by page)
 * — and the standings the projection stores (every program covering an alliance's region, today), with the params
 * that ask for them. Part of the grants contract: import it through grants.contract.ts.
 */
import type { MessageRef } from '../../../infra/messages.js';
import type { ApplicationStatus } from './applications.js';
import type { CriterionKind } from './programs.js';

/** A member as it stood in the evaluation. */
export interface MemberEvidence {
  organizationId: string;
  kind: string;
  schoolType: string | null;
  role: string;
  /** Filled in when the evaluation is frozen into an application, so the snapshot is self-contained. */
  name?: string | null;
}
/** A member not counted, with the reason (the disqualification in force on the date). */
export interface ExcludedEvidence extends MemberEvidence {
  reason: string;
  /** `reason` as a catalog message (the gateway writes it in the caller's language); absent in evaluations made before catalogs. */
  reasonI18n?: MessageRef;
  disqualificationId: string;
}
export interface CriterionResult {
  kind: CriterionKind;
  description: string;
  /** MIN_* kinds: the threshold and the count; null for yes/no kinds. */
  required: number | null;
  actual: number | null;
  passed: boolean;
  /** The facts behind a yes/no criterion, e.g. "FORMING on 2024-05-01". */
  detail: string | null;
  /** `detail` as a catalog message (rendered per request by the gateway). */
  detailI18n?: MessageRef;
}
/** Counts of the members counted (organizations disqualified on the date are left out). */
export interface EligibilityCounts {
  total: number;
  schools: number;
  enterprises: number;
  distinctSchoolTypes: number;
  bySchoolType: Record<string, number>;
}
/** An alliance against a program's criteria on `asOf`; the award goes to the lead (`recipientOrganizationId`). */
export interface EligibilityReport {
  eligible: boolean;
  asOf: string;
  allianceId: string;
  programId: string;
  awardAmountFen: number;
  currency: string;
  recipientOrganizationId: string;
  allianceStatus: string | null;
  criteria: CriterionResult[];
  /** What is missing, in words a person can act on ("2 more enterprises"); empty when eligible. */
  shortfall: string[];
  /** `shortfall` as catalog messages, one per phrase (the gateway writes them in the caller's language). */
  shortfallI18n?: MessageRef[];
  counts: EligibilityCounts;
  countedMembers: MemberEvidence[];
  excludedMembers: ExcludedEvidence[];
  /**
   * True on a frozen evaluation sent without its member lists (`evidence: false`): read them with
   * `applicationEvidencePage`, page by page.
   */
  evidenceOmitted?: boolean;
  /** False when computed from counts only (no member lists were read); absent or true otherwise. */
  evidence?: boolean;
}

// ---------------------------------------------------------------- standings

/** One program's verdict on one alliance today, with the alliance's application state (see AllianceAssessment). */
export interface ProgramStanding {
  programId: string;
  /** The program named, so a standing row reads on its own (a funder sees other governments' programs too). */
  programCode: string;
  programName: string;
  /** The program's region (GB/T 2260): the alliance's own region or one above it. */
  programRegionCode: string;
  funderOrganizationId: string;
  eligible: boolean;
  shortfall: string[];
  /** `shortfall` as catalog messages (rendered per request by the gateway). */
  shortfallI18n?: MessageRef[];
  counts: { total: number; schools: number; enterprises: number; distinctSchoolTypes: number };
  /** The latest application's status for this program, if any. */
  applicationStatus: ApplicationStatus | null;
  /** An award exists whose application is APPROVED. */
  awarded: boolean;
}

/** An alliance against every program covering its region, today (`evaluatedOn`): what the standings projection stores. */
export interface AllianceAssessment {
  allianceId: string;
  allianceName: string;
  regionCode: string;
  evaluatedOn: string;
  programs: ProgramStanding[];
}

// ---------------------------------------------------------------- params

export interface EvaluateParams {
  allianceId: string;
  programId: string;
  /** Default today; never the future. */
  asOf?: string | null;
  /** false: the verdict from counts alone (no member lists read; the report has `evidence: false`). */
  evidence?: boolean | null;
}

/** `EvaluateParams` for many alliances and one program (one call per GraphQL field and argument set). */
export interface EvaluateAlliancesParams {
  allianceIds: string[];
  programId: string;
  asOf?: string | null;
  evidence?: boolean | null;
}

/**
 * One page of the member evidence behind an evaluation on `asOf` (required: take the report's): the active members
 * after the membership id `after` (at most `first`, 1..1000, default `EVIDENCE_PAGE`), split into counted and
 * excluded exactly as the evaluation does (`classifyMembers`). Anyone signed in, like `evaluate`.
 */
export interface EvidencePageParams {
  allianceId: string;
  asOf: string;
  after?: string | null;
  first?: number | null;
}

/** A page of evidence: `endCursor` (a membership id) continues it while `hasNextPage`. */
export interface EvidencePageDto {
  countedMembers: MemberEvidence[];
  excludedMembers: ExcludedEvidence[];
  hasNextPage: boolean;
  endCursor: string | null;
}

/** Members per evidence page (≈ 0.5 KB per membership read, ≈ 0.15 KB per evidence line: far below 1 MB). */
export const EVIDENCE_PAGE = 500;

export interface AssessAllianceParams {
  allianceId: string;
}
