/** Expert review (复核评议) and the funder's decision (复核确认). Part of the certification contract: import it through certification.contract.ts. */
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
