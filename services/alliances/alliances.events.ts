/** Events the alliances service publishes (its public bus contract). */
export const AllianceEvent = {
  created: 'alliances.created',
  statusChanged: 'alliances.statusChanged',
} as const;

export const MembershipEvent = {
  applied: 'alliances.membershipApplied',
  invited: 'alliances.membershipInvited',
  /** A membership became ACTIVE (effective `joinedAt`). */
  joined: 'alliances.membershipJoined',
  rejected: 'alliances.membershipRejected',
  /** A membership ENDED (no longer active from `endedAt`). */
  ended: 'alliances.membershipEnded',
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
