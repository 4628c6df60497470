/** Expert review (复核评议) and the funder's decision (复核确认). Part of the certification contract: import it through certification.contract.ts. */
/**
 * A reviewer as the funder names them: a user (`sub`) of an organization. A token's `sub` alone names no one across
 * organizations, so a panel seat is the pair, and only a token carrying both is that reviewer.
 */
export interface ReviewerRef {
  userId: string;
  organizationId: string;
}
export interface AssignReviewersParams {
  declarationId: string;
  /** The organization whose users `reviewerIds` are (never the declaring enterprise: FAILED_PRECONDITION OWN_DECLARATION). */
  reviewerOrganizationId: string;
  /** Reviewers' user ids (the `sub` of their tokens) in `reviewerOrganizationId`, 1–15, distinct. */
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
  /** The reviewer's organization (from its token); null for a review from before reviewers were named with their organization — it does not count. */
  reviewerOrganizationId: string | null;
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
