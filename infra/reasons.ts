/**
 * Domain reason codes: the machine-readable "why" that travels in an error's `data` (`reason` or `rule`) next to
 * its `ErrorCode` (infra/errors.ts), and that clients (the console, programs) branch on and translate. Stable:
 * renaming one is a contract change. Grouped by the service that raises them.
 */
export const BookingReason = {
  /** Not enough free stations in a slot of the request (CONFLICT; data: week, start, end, free windows). */
  FULL: 'FULL',
  /** The organization's monthly station-hour cap at this base would be exceeded (CONFLICT; data: month). */
  MONTHLY_CAP: 'MONTHLY_CAP',
  /** The organization's share of the base is used up. */
  QUOTA: 'QUOTA',
  /** The booker is not an active member of the base's alliance over the whole booking. */
  NOT_A_MEMBER: 'NOT_A_MEMBER',
  /** The base is not ACTIVE. */
  BASE_NOT_ACTIVE: 'BASE_NOT_ACTIVE',
  /** Longer than the base's longest booking. */
  LENGTH: 'LENGTH',
  /** Starts beyond the base's booking horizon. */
  TOO_FAR_AHEAD: 'TOO_FAR_AHEAD',
  /** A slot counter was superseded by a change of the base's shape (internal retry signal, never sent). */
  STALE: 'STALE',
  /** The booking falls on a date the base is closed (BAD_USER_INPUT, or CONFLICT when the base changed meanwhile). */
  CLOSED_DATE: 'CLOSED_DATE',
  /** The booking is outside the base's opening hours. */
  OUTSIDE_OPENING_HOURS: 'OUTSIDE_OPENING_HOURS',
  /** The booking does not start and end on a quarter hour in the base's time zone. */
  NOT_ON_SLOT_BOUNDARY: 'NOT_ON_SLOT_BOUNDARY',
} as const;
export type BookingReason = (typeof BookingReason)[keyof typeof BookingReason];

export const RevenueRule = {
  UNKNOWN_POLICY: 'UNKNOWN_POLICY',
  PROJECT_OUTPUT: 'PROJECT_OUTPUT',
  PROJECT_ALLIANCE: 'PROJECT_ALLIANCE',
  POLICY_TEACHER_SHARE: 'POLICY_TEACHER_SHARE',
  DEDUCTION_KIND: 'DEDUCTION_KIND',
  UNDECLARED_DEDUCTION: 'UNDECLARED_DEDUCTION',
  TEACHER_SHARE_REQUIRED: 'TEACHER_SHARE_REQUIRED',
  TEACHER_SHARE_ONLY_FOR_SCHOOLS: 'TEACHER_SHARE_ONLY_FOR_SCHOOLS',
  SHARE_RANGE: 'SHARE_RANGE',
  SHARES_SUM: 'SHARES_SUM',
  INVENTOR_SHARES_SUM: 'INVENTOR_SHARES_SUM',
  INVENTORS_ONLY_FOR_SCHOOLS: 'INVENTORS_ONLY_FOR_SCHOOLS',
  REVERSAL_OF_REVERSAL: 'REVERSAL_OF_REVERSAL',
  ALREADY_REVERSED: 'ALREADY_REVERSED',
  REVENUE_ALREADY_RECORDED: 'REVENUE_ALREADY_RECORDED',
  PARTY_NOT_MEMBER: 'PARTY_NOT_MEMBER',
  NO_VERSION_IN_FORCE: 'NO_VERSION_IN_FORCE',
  EFFECTIVE_ORDER: 'EFFECTIVE_ORDER',
  DUPLICATE_PARTY: 'DUPLICATE_PARTY',
  DEDUCTIONS_EXCEED_GROSS: 'DEDUCTIONS_EXCEED_GROSS',
  NO_PARTIES: 'NO_PARTIES',
  DUPLICATE_INVENTOR: 'DUPLICATE_INVENTOR',
  /**
   * The policy named is not the one in force for the alliance's region on the agreement date (FAILED_PRECONDITION;
   * data: policy (asked), policyInForce, regionCode, date).
   */
  POLICY_NOT_IN_FORCE_FOR_REGION: 'POLICY_NOT_IN_FORCE_FOR_REGION',
  /** No revenue policy covers the alliance's region on the agreement date (FAILED_PRECONDITION; data: regionCode, date). */
  NO_POLICY_IN_FORCE: 'NO_POLICY_IN_FORCE',
  /** A region already has its revenue policy: amend it instead (CONFLICT; data: field regionCode, existingCode). */
  POLICY_REGION_TAKEN: 'POLICY_REGION_TAKEN',
  /** A policy version's dates are out of order (BAD_USER_INPUT; data: field validFrom / validUntil). */
  POLICY_VALIDITY: 'POLICY_VALIDITY',
  /** A policy's teachers' share bounds are not 0 ≤ min ≤ max ≤ 10000 bp (BAD_USER_INPUT; data: field). */
  POLICY_BOUNDS: 'POLICY_BOUNDS',
} as const;
export type RevenueRule = (typeof RevenueRule)[keyof typeof RevenueRule];

export const ProjectRule = {
  /** A participant is not an active member of the alliance today (FAILED_PRECONDITION; data: organizationIds). */
  ACTIVE_MEMBER: 'ACTIVE_MEMBER',
  /** A project has exactly one LEAD participant, fixed at creation (BAD_USER_INPUT). */
  EXACTLY_ONE_LEAD: 'EXACTLY_ONE_LEAD',
  /** A joint project needs at least one SCHOOL participant (BAD_USER_INPUT). */
  NEEDS_SCHOOL: 'NEEDS_SCHOOL',
  /** A joint project needs at least one ENTERPRISE participant (BAD_USER_INPUT). */
  NEEDS_ENTERPRISE: 'NEEDS_ENTERPRISE',
  /** Each organization takes part in a project once (BAD_USER_INPUT). */
  DISTINCT_ORGANIZATIONS: 'DISTINCT_ORGANIZATIONS',
} as const;
export type ProjectRule = (typeof ProjectRule)[keyof typeof ProjectRule];

/** Why a region code is refused (GB/T 2260, infra/regions.ts). */
export const RegionRule = {
  /** Not a 6-digit code (BAD_USER_INPUT; data: field, regionCode). */
  REGION_FORMAT: 'REGION_FORMAT',
  /** Never a GB/T 2260 code, current or in any revision since 2002 (BAD_USER_INPUT; data: field, regionCode). */
  REGION_UNKNOWN: 'REGION_UNKNOWN',
  /** Retired from GB/T 2260 with no single successor (BAD_USER_INPUT; data: field, regionCode, name, lastListed, successors). */
  REGION_RETIRED: 'REGION_RETIRED',
  /** An alliance's region does not cover its lead organization's region (FAILED_PRECONDITION; data: field, regionCode, leadRegionCode). */
  REGION_NOT_COVERING_LEAD: 'REGION_NOT_COVERING_LEAD',
} as const;
export type RegionRule = (typeof RegionRule)[keyof typeof RegionRule];

/** Why an alliance's lead unit cannot be handed over (`alliances.changeLead`, in `data.reason`). */
export const AllianceReason = {
  /** The organization already leads the alliance (CONFLICT). */
  ALREADY_LEAD: 'ALREADY_LEAD',
  /** The new lead is not an ACTIVE member from the effective date through today (FAILED_PRECONDITION). */
  NOT_AN_ACTIVE_MEMBER: 'NOT_AN_ACTIVE_MEMBER',
} as const;
export type AllianceReason = (typeof AllianceReason)[keyof typeof AllianceReason];

/** Why a grant program edit, close or application is refused (in `data.reason`). */
export const GrantProgramReason = {
  /** The program is closed: no application, no change of its window or terms (FAILED_PRECONDITION). */
  PROGRAM_CLOSED: 'PROGRAM_CLOSED',
  /** The award amount, criteria and opening date are fixed once the program has opened (FAILED_PRECONDITION). */
  TERMS_FIXED: 'TERMS_FIXED',
} as const;
export type GrantProgramReason = (typeof GrantProgramReason)[keyof typeof GrantProgramReason];

/** Why an amount of money is refused at input (infra/money.ts `parseMoney`; BAD_USER_INPUT, data.rule). */
export const MoneyRule = {
  /** One amount above MAX_AMOUNT_FEN (¥90,071,992,547,409.91); data.max gives the limit as a decimal string. */
  AMOUNT_TOO_LARGE: 'AMOUNT_TOO_LARGE',
} as const;
export type MoneyRule = (typeof MoneyRule)[keyof typeof MoneyRule];

/**
 * Why an organization may not take part in something new (organizations.rules.ts `standingProblem`; FAILED_PRECONDITION,
 * data.reason): the same reason from every service — alliances (apply, invite, approve, found), trainingBases (book),
 * projects (create, add participant), revenue (agreement parties).
 */
export const StandingReason = {
  /** A disqualification is in force (data: organizationId, disqualificationId, from, until, liftedOn, disqualified[]). */
  DISQUALIFIED: 'DISQUALIFIED',
} as const;
export type StandingReason = (typeof StandingReason)[keyof typeof StandingReason];
