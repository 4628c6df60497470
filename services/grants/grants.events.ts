/** Events the grants service publishes (its public bus contract). */
export const GrantEvent = {
  programCreated: 'grants.programCreated',
  applicationSubmitted: 'grants.applicationSubmitted',
  /** Payload: GrantApplicationEventPayload with status APPROVED or REJECTED. */
  applicationDecided: 'grants.applicationDecided',
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
