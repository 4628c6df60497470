/** Events the organizations service publishes (its public bus contract). */
export const OrganizationEvent = {
  registered: 'organizations.registered',
  /** Payload: DisqualificationDto. */
  disqualified: 'organizations.disqualified',
  /** Payload: DisqualificationDto (with liftedAt). */
  lifted: 'organizations.disqualificationLifted',
} as const;

export interface OrganizationRegisteredPayload {
  id: string;
  kind: string;
  schoolType: string | null;
  regionCode: string;
}
