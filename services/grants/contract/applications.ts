/**
 * Applications and awards: an alliance's application to a program with the evaluation frozen at submission, the
 * funder's decision (re-evaluated on approval) and the award to the lead unit; the params that submit, decide, read
 * and list applications and page through their frozen evidence; the payload of `grants.applicationSubmitted` /
 * `grants.applicationDecided`. Part of the grants contract: import it through grants.contract.ts.
 */
import type { Page, PageArgs } from '../../../infra/pagination.js';
import type { EligibilityReport } from './eligibility.js';

export const APPLICATION_STATUSES = ['SUBMITTED', 'APPROVED', 'REJECTED'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const DECISIONS = ['APPROVE', 'REJECT'] as const;
export type Decision = (typeof DECISIONS)[number];

// ---------------------------------------------------------------- DTOs

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

// ---------------------------------------------------------------- params

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

export type ApplicationPage = Page<GrantApplicationDto>;

// ---------------------------------------------------------------- events

export interface GrantApplicationEventPayload {
  applicationId: string;
  allianceId: string;
  programId: string;
  status: string;
  /** Set when an application is approved: the award's amount in fen and its recipient. */
  awardAmountFen?: number;
  recipientOrganizationId?: string;
}
