/**
 * Regional policies for a school party's teachers' share: a policy owned by a region (GB/T 2260) with dated,
 * append-only versions and an audit trail of its changes, the params that create, amend and close it or find the one
 * in force, and the payload of `revenue.policyChanged`. Shares in basis points. Part of the revenue contract: import
 * it through revenue.contract.ts.
 */

/** One dated version of a regional policy's terms (versions are append-only; `validFrom` strictly increasing). */
export interface PolicyVersion {
  version: number;
  /** In force from this date (inclusive) until the next version's `validFrom` … */
  validFrom: string;
  /** … or through this date (inclusive) when set; null = open-ended. */
  validUntil: string | null;
  /** Bounds of a school party's `teacherShareBp`, inclusive, bp. */
  minTeacherShareBp: number;
  maxTeacherShareBp: number;
  /** Where the figures come from (document and passage). */
  source: string | null;
  note: string | null;
  /** ISO timestamp. */
  recordedAt: string;
  recordedBy: string;
}

export const POLICY_CHANGE_ACTIONS = ['CREATED', 'AMENDED', 'CLOSED'] as const;
export type PolicyChangeAction = (typeof POLICY_CHANGE_ACTIONS)[number];

/** One audited change of a policy: who did what, when (kept with the policy, written in the same step as the change). */
export interface PolicyChange {
  action: PolicyChangeAction;
  /** The version created, or the version closed. */
  version: number;
  /** ISO timestamp. */
  at: string;
  /** Token subject of whoever made the change (`service:revenue` for the initial reference data). */
  by: string;
  byOrganizationId: string | null;
  note: string | null;
}

/**
 * A regional policy for a school party's teachers' share: data (the `policies` collection), owned by a region,
 * created and amended through the API. The top-level figures are one version's: the latest in a policy list, the
 * one in force in `policyInForce`, the one an agreement version was checked against in an agreement.
 */
export interface RevenuePolicy extends Pick<PolicyVersion, 'validFrom' | 'validUntil' | 'minTeacherShareBp' | 'maxTeacherShareBp' | 'source'> {
  code: string;
  name: string;
  /** The region that owns the policy (GB/T 2260): agreements of alliances in it (and below it) follow it. */
  regionCode: string;
  /** The version shown. */
  version: number;
  /** Every version, in order. */
  versions: PolicyVersion[];
  /** Every change, oldest first (the audit trail). */
  changes: PolicyChange[];
}

// ---------------------------------------------------------------- params

/** A new policy, owned by `regionCode`, with its first version. */
export interface CreatePolicyParams {
  /** Upper-case letters, digits, '_' and '-', e.g. LIUZHOU; unique. */
  code: string;
  name: string;
  /** A current GB/T 2260 code (a retired one with one successor is stored as that successor); one policy per region. */
  regionCode: string;
  validFrom: string;
  validUntil?: string | null;
  minTeacherShareBp: number;
  maxTeacherShareBp: number;
  source?: string | null;
  note?: string | null;
}

/** A new version of a policy from `validFrom` (strictly after the latest version's); omitted figures keep the latest's. */
export interface AmendPolicyParams {
  code: string;
  validFrom: string;
  validUntil?: string | null;
  minTeacherShareBp?: number | null;
  maxTeacherShareBp?: number | null;
  source?: string | null;
  /** Why (audited). */
  note: string;
}

/** Ends the latest version on `validUntil` (inclusive), on or after its `validFrom`. */
export interface ClosePolicyParams {
  code: string;
  validUntil: string;
  /** Why (audited). */
  note: string;
}

/** The policy an agreement of an alliance in `regionCode` follows on `date`. */
export interface PolicyInForceParams {
  regionCode: string;
  date: string;
}

// ---------------------------------------------------------------- events

/** Payload of `revenue.policyChanged`. */
export interface PolicyEventPayload {
  code: string;
  regionCode: string;
  action: PolicyChangeAction;
  version: number;
}
