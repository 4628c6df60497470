/**
 * The grants service's bus contract: action names, params, DTOs, events and the constants clients need. Types and
 * constants only; the one file of services/grants that anything outside the folder may import.
 *
 * Units: money in integer fen (CNY), dates 'YYYY-MM-DD' (platform time zone), instants ISO-8601 UTC, region codes
 * GB/T 2260 (6 digits; 450000 covers 450200 covers 450203).
 */
import type { BusContract } from '../../infra/bus-identity.js';
import { cacheStaleEvent } from '../../infra/read-cache.js';
import type { Page, PageArgs } from '../../infra/pagination.js';
import type { MessageRef } from '../../infra/messages.js';

/** Every action of the grants service, by full name. */
export const GrantAction = {
  /** CreateProgramParams → GrantProgramDto. A FUNDER (of a GOVERNMENT organization) within its own region; platform admins for a named funder. */
  createProgram: 'grants.createProgram',
  /** { id } → GrantProgramDto | null. Any signed-in caller (programs are public). */
  getProgram: 'grants.getProgram',
  /** { ids } → (GrantProgramDto | null)[] in id order (the gateway's DataLoader). */
  getPrograms: 'grants.getPrograms',
  /** ListProgramsParams → GrantProgramDto[] (at most 500, id order). */
  listPrograms: 'grants.listPrograms',
  /** { } → string[]: the distinct region codes programs cover (the standings projection rebuilds those regions). */
  programRegions: 'grants.programRegions',
  /** EvaluateParams → EligibilityReport. asOf in the future: BAD_USER_INPUT; unknown alliance or program: NOT_FOUND. */
  evaluate: 'grants.evaluate',
  /** EvaluateAlliancesParams → one BatchEntry<EligibilityReport> per alliance id, in order (`Alliance.eligibility`). */
  evaluateAlliances: 'grants.evaluateAlliances',
  /** EvidencePageParams → EvidencePageDto: one page of an evaluation's member lists (the gateway assembles them). */
  evidencePage: 'grants.evidencePage',
  /** ApplicationEvidencePageParams → EvidencePageDto: one page of a frozen evaluation's member lists. */
  applicationEvidencePage: 'grants.applicationEvidencePage',
  /** AssessAllianceParams → AllianceAssessment | null. System and platform admins (the standings projection's input). */
  assessAlliance: 'grants.assessAlliance',
  /** SubmitApplicationParams → GrantApplicationDto. The lead's ORG_ADMIN; FAILED_PRECONDITION with `shortfall` when ineligible. */
  submitApplication: 'grants.submitApplication',
  /** DecideApplicationParams → GrantApplicationDto. The program's FUNDER only; CONFLICT when already decided. */
  decideApplication: 'grants.decideApplication',
  /** { } → { repaired }: finishes decisions whose writer died half-way. System and platform admins. */
  repairDecisions: 'grants.repairDecisions',
  /** GetApplicationParams → GrantApplicationDto | null. Its funder, the lead's admins, platform admins. */
  getApplication: 'grants.getApplication',
  /** ListApplicationsParams → Page<GrantApplicationDto>. */
  listApplications: 'grants.listApplications',
  /** DisqualifyParams → DisqualificationDto: `organizations.disqualify` plus its audit entry, written before the answer. */
  disqualifyOrganization: 'grants.disqualifyOrganization',
  /** LiftParams → DisqualificationDto: `organizations.lift` plus its audit entry. */
  liftDisqualification: 'grants.liftDisqualification',
  /** AuditTrailParams → Page<AuditEntryDto>, oldest first. Funders (own programs, disqualifications in their region) and platform admins. */
  auditTrail: 'grants.auditTrail',
  /** UpdateProgramParams → GrantProgramDto. The program's FUNDER or a platform admin; history and audit entry kept. */
  updateProgram: 'grants.updateProgram',
  /** CloseProgramParams → GrantProgramDto. The program's FUNDER or a platform admin: no application is accepted afterwards. */
  closeProgram: 'grants.closeProgram',
} as const;
export type GrantAction = (typeof GrantAction)[keyof typeof GrantAction];

// ---------------------------------------------------------------- events

/** Events the grants service publishes. */
export const GrantEvent = {
  /** Payload: GrantProgramEventPayload. */
  programCreated: 'grants.programCreated',
  /** Payload: GrantApplicationEventPayload with status SUBMITTED. */
  applicationSubmitted: 'grants.applicationSubmitted',
  /** Payload: GrantApplicationEventPayload with status APPROVED or REJECTED. */
  applicationDecided: 'grants.applicationDecided',
  /** Payload: GrantProgramEventPayload: a program was edited or closed. */
  programUpdated: 'grants.programUpdated',
} as const;

export interface GrantProgramEventPayload {
  programId: string;
  funderOrganizationId: string;
  regionCode: string;
}

export interface GrantApplicationEventPayload {
  applicationId: string;
  allianceId: string;
  programId: string;
  status: string;
  /** Set when an application is approved: the award's amount in fen and its recipient. */
  awardAmountFen?: number;
  recipientOrganizationId?: string;
}

// ---------------------------------------------------------------- enums

export const CRITERION_KINDS = ['MIN_SCHOOLS', 'MIN_DISTINCT_SCHOOL_TYPES', 'MIN_ENTERPRISES', 'ALLIANCE_ACTIVE', 'LEAD_IN_GOOD_STANDING'] as const;
export type CriterionKind = (typeof CRITERION_KINDS)[number];

export const APPLICATION_STATUSES = ['SUBMITTED', 'APPROVED', 'REJECTED'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const DECISIONS = ['APPROVE', 'REJECT'] as const;
export type Decision = (typeof DECISIONS)[number];

/** What an audit entry records. */
export const AUDIT_ACTIONS = [
  'PROGRAM_CREATED',
  'APPLICATION_SUBMITTED',
  'APPLICATION_APPROVED',
  'APPLICATION_REJECTED',
  'ORGANIZATION_DISQUALIFIED',
  'DISQUALIFICATION_LIFTED',
  'PROGRAM_UPDATED',
  'PROGRAM_CLOSED',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

// ---------------------------------------------------------------- eligibility

/** A criterion is data, so a second city's program with other numbers needs no release. `threshold` only for MIN_* kinds. */
export interface Criterion {
  kind: CriterionKind;
  threshold: number | null;
}

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

// ---------------------------------------------------------------- DTOs

export interface GrantProgramDto {
  id: string;
  code: string;
  name: string;
  funderOrganizationId: string;
  regionCode: string;
  /** Application window, inclusive; null = open on that side. */
  opensOn: string | null;
  closesOn: string | null;
  awardAmountFen: number;
  currency: string;
  criteria: { kind: CriterionKind; threshold: number | null; description: string }[];
  createdAt: string;
  /** Set once the program is closed (ISO-8601 UTC): from then on no application is accepted. */
  closedAt: string | null;
  closeReason: string | null;
  /** Every edit and the close, in the order recorded (never changed). */
  history: ProgramChange[];
}

/** The fields of a program an edit touched (only those present changed). Money in integer fen. */
export interface ProgramTerms {
  name?: string;
  opensOn?: string | null;
  closesOn?: string | null;
  awardAmountFen?: number;
  /** Described in words in DTOs (as `GrantProgramDto.criteria`). */
  criteria?: (Criterion & { description?: string })[];
}

/** One edit or the close of a program: who, when (UTC), why, old → new. */
export interface ProgramChange {
  action: 'UPDATED' | 'CLOSED';
  at: string;
  by: string;
  byOrganizationId: string | null;
  reason: string;
  old: ProgramTerms;
  new: ProgramTerms;
}

export interface AwardDto {
  amountFen: number;
  currency: string;
  recipientOrganizationId: string;
  awardedOn: string;
}

export interface GrantApplicationDto {
  id: string;
  allianceId: string;
  programId: string;
  funderOrganizationId: string;
  leadOrganizationId: string;
  status: ApplicationStatus;
  submittedAt: string;
  submittedBy: string;
  /** The evaluation frozen at submission, with member names. */
  evaluation: EligibilityReport;
  decidedAt: string | null;
  decidedBy: string | null;
  decisionNote: string | null;
  /** For an approval: the re-evaluation as of the decision date. */
  decisionEvaluation: EligibilityReport | null;
  /** Only for an APPROVED application. */
  award: AwardDto | null;
}

export interface AuditEntryDto {
  id: string;
  action: AuditAction;
  at: string;
  /** Token subject of whoever did it. */
  by: string;
  byOrganizationId: string | null;
  programId: string | null;
  allianceId: string | null;
  applicationId: string | null;
  organizationId: string | null;
  disqualificationId: string | null;
  note: string | null;
  /** What was decided on: the evaluation, the program, the disqualification. */
  snapshot: Record<string, unknown>;
}

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

export interface CreateProgramParams {
  code: string;
  name: string;
  regionCode: string;
  opensOn?: string | null;
  closesOn?: string | null;
  /** A decimal string, e.g. '1000000.00'; CNY only. */
  awardAmount: { amount: string; currency?: string | null };
  criteria: { kind: CriterionKind; threshold?: number | null }[];
  /** Platform admins and services create a program on behalf of a GOVERNMENT organization; funders always for their own. */
  funderOrganizationId?: string | null;
}

/** Programs covering a region (its own, its prefecture's, its province's), or one funder's. */
/**
 * `grants.updateProgram`: what may change and when (grants.rules.ts `programUpdatePlan`): the name, always; the
 * window's `closesOn` while the program is not closed, never before today (a window is not shut retroactively: use
 * `closeProgram`); `opensOn`, the award amount and the criteria — the terms applicants apply under — only before the
 * program opens (FAILED_PRECONDITION, data { reason: TERMS_FIXED }). Code, funder and region never change (a program
 * elsewhere or under other terms is a new program). Absent and null fields stay as they are.
 */
export interface UpdateProgramParams {
  programId: string;
  name?: string | null;
  opensOn?: string | null;
  closesOn?: string | null;
  awardAmount?: { amount: string; currency?: string | null } | null;
  criteria?: { kind: CriterionKind; threshold?: number | null }[] | null;
  reason: string;
}

/**
 * `grants.closeProgram`: closed from now on — no application is accepted afterwards (one racing the close is
 * refused and leaves nothing); applications already submitted are still decided, past evaluations, frozen
 * evidence and awards stay as they are. CONFLICT when already closed.
 */
export interface CloseProgramParams {
  programId: string;
  reason: string;
}

export interface ListProgramsParams {
  funderOrganizationId?: string | null;
  regionCode?: string | null;
}

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

/**
 * What application-returning actions take besides their own params: `evidence: false` sends the frozen evaluations
 * without their member lists (`evidenceOmitted`), which can be thousands of lines; default true.
 */
export interface ApplicationEvidenceOption {
  evidence?: boolean | null;
}

export interface SubmitApplicationParams extends ApplicationEvidenceOption {
  allianceId: string;
  programId: string;
}

/** `grants.getApplication`. */
export interface GetApplicationParams extends ApplicationEvidenceOption {
  id: string;
}

/**
 * One page of a frozen evaluation's member lists (`which`: the submission's or the decision's), counted members
 * first, then excluded ones; `after` is the `endCursor` of the previous page. Who may read the application.
 */
export interface ApplicationEvidencePageParams {
  applicationId: string;
  which: 'evaluation' | 'decisionEvaluation';
  after?: string | null;
  first?: number | null;
}

export interface DecideApplicationParams extends ApplicationEvidenceOption {
  applicationId: string;
  decision: Decision;
  /** Required (non-blank) for a rejection. */
  note?: string | null;
}

export interface ListApplicationsParams extends PageArgs, ApplicationEvidenceOption {
  programId?: string | null;
  allianceId?: string | null;
  status?: ApplicationStatus | null;
}

export interface DisqualifyParams {
  organizationId: string;
  reason: string;
  /** Default today; `until` default: from + 5 years − 1 day (the organizations service decides). */
  from?: string | null;
  until?: string | null;
  /** KEEP (default) or CANCEL with notice the organization's bookings that start later (organizations.disqualify). */
  futureBookings?: 'KEEP' | 'CANCEL' | null;
}

export interface LiftParams {
  disqualificationId: string;
  reason: string;
}

export interface AuditTrailParams extends PageArgs {
  programId?: string | null;
  allianceId?: string | null;
  organizationId?: string | null;
}

export type ApplicationPage = Page<GrantApplicationDto>;
export type AuditEntryPage = Page<AuditEntryDto>;

/**
 * The grants service on the bus: the actions and events it owns and the services it calls. The NATS permissions are
 * generated from it (npm run nats:config), so a change here is a change of who may talk to whom.
 */
export const GrantsBus: BusContract = {
  service: 'grants',
  actions: Object.values(GrantAction),
  // `<service>.cacheStale`: broadcast after every change, to the nodes caching answers that read it (infra/read-cache.ts).
  events: [...Object.values(GrantEvent), cacheStaleEvent('grants')],
  calls: ['organizations', 'alliances'],
};
