/** Events the alliances service publishes (its public bus contract). */
export const AllianceEvent = {
  created: 'alliances.created',
  statusChanged: 'alliances.statusChanged',
} as const;

export const MembershipEvent = {
  applied: 'memberships.applied',
  invited: 'memberships.invited',
  /** A membership became ACTIVE (effective `joinedAt`). */
  joined: 'memberships.joined',
  rejected: 'memberships.rejected',
  /** A membership ENDED (no longer active from `endedAt`). */
  ended: 'memberships.ended',
} as const;

export interface MembershipEventPayload {
  membershipId: string;
  allianceId: string;
  organizationId: string;
  orgKind: string;
  schoolType: string | null;
  status: string;
  joinedAt: string | null;
  endedAt: string | null;
}

export interface AllianceEventPayload {
  allianceId: string;
  regionCode: string;
  status: string;
  effectiveDate: string;
}
