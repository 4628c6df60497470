/**
 * The organizations service's bus contract: action names, params, DTOs, events and the enums clients need. The
 * only file of services/organizations that the gateway, other services, seeds, bench and tests outside the folder
 * import. Dates are 'YYYY-MM-DD' strings in the platform's time zone; timestamps ISO-8601 UTC strings.
 */
import type { BusContract } from '../../infra/bus-identity.js';
import { cacheStaleEvent } from '../../infra/read-cache.js';

export const ORGANIZATION_KINDS = ['SCHOOL', 'ENTERPRISE', 'RESEARCH_INSTITUTE', 'INDUSTRY_ASSOCIATION', 'GOVERNMENT', 'OTHER'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/** 中职, 技工院校, 高职, 职业本科, 应用型本科, 普通高校 */
export const SCHOOL_TYPES = ['SECONDARY_VOCATIONAL', 'TECHNICIAN_COLLEGE', 'HIGHER_VOCATIONAL', 'VOCATIONAL_UNDERGRADUATE', 'APPLIED_UNDERGRADUATE', 'UNIVERSITY'] as const;
export type SchoolType = (typeof SCHOOL_TYPES)[number];

/** Enterprise size class (大型/中型/小型/微型, per the national SME classification). */
export const ENTERPRISE_SCALES = ['LARGE', 'MEDIUM', 'SMALL', 'MICRO'] as const;
export type EnterpriseScale = (typeof ENTERPRISE_SCALES)[number];

/** The national rules bar a firm that filed false information for 5 years (the default length of a disqualification). */
export const DEFAULT_DISQUALIFICATION_YEARS = 5;

/**
 * What a disqualification does to the organization's bookings already made that start later: KEEP them (the
 * default), or CANCEL them with notice (each cancelled with the ban recorded as its reason, and the usual
 * `trainingBases.bookingCancelled` event). The funder chooses when disqualifying.
 */
export const FUTURE_BOOKINGS_CHOICES = ['KEEP', 'CANCEL'] as const;
export type FutureBookingsChoice = (typeof FUTURE_BOOKINGS_CHOICES)[number];

/**
 * What a disqualification was imposed for. GENERAL (the default, and every ban made before kinds existed);
 * FALSE_INFORMATION: a finding that the organization filed false information (003 篇6 五: "经核查存在弄虚作假，故意提供
 * 虚假不实信息的企业，5年内取消建设培育申报资格") — imposed by the certification service's finding on a declaration,
 * `sourceRef` naming it. One history either way: the kind only says why; every ban refuses what `standingOf` refuses,
 * including a new 产教融合型企业 declaration.
 */
export const DISQUALIFICATION_KINDS = ['GENERAL', 'FALSE_INFORMATION'] as const;
export type DisqualificationKind = (typeof DISQUALIFICATION_KINDS)[number];

/**
 * Completes 17 characters with the GB 32100 check character (demo data, seeds and tests). A pure function
 * re-exported from the rules so that clients need not import them.
 */
export { withCheckCharacter } from './organizations.rules.js';

/**
 * THE standing rule, for every service that lets an organization take part in something new (memberships,
 * bookings, project participation, revenue agreements): the refusal for `organizations.standingOf`'s answer, or null
 * when every organization is in good standing. FAILED_PRECONDITION, data { reason: DISQUALIFIED, organizationId,
 * disqualificationId, from, until, liftedOn, disqualified: [{ organizationId, disqualificationId, from, until,
 * liftedOn }] } — the ban's dates (inclusive `until`; `liftedOn` the first day it no longer applied, or null). Pure
 * (re-exported from the rules) so that callers raise it without importing them:
 *
 *   raise(standingProblem(await ctx.call(OrganizationAction.standingOf, { organizationIds, from, to }, asUser(ctx))));
 */
export { standingProblem } from './organizations.rules.js';

/** Full action names of the organizations service. */
export const OrganizationAction = {
  register: 'organizations.register',
  get: 'organizations.get',
  getMany: 'organizations.getMany',
  list: 'organizations.list',
  disqualify: 'organizations.disqualify',
  lift: 'organizations.lift',
  disqualifiedOn: 'organizations.disqualifiedOn',
  disqualificationsOf: 'organizations.disqualificationsOf',
  /** UpdateOrganizationParams → OrganizationDto: corrections of name, region, kind / school type, dated and kept in `history`. */
  update: 'organizations.update',
  /** RecordDesignatedSizeParams → OrganizationDto: an enterprise's 规模以上 status for one statistical year. */
  recordDesignatedSize: 'organizations.recordDesignatedSize',
  /** ClassificationsOnParams → (ClassificationOn | null)[]: each organization's kind and school type on a date, in id order. */
  classificationsOn: 'organizations.classificationsOn',
  /** ReclassifiedOnParams → ClassificationOn[]: the kind and school type on a date of every organization ever reclassified. */
  reclassifiedOn: 'organizations.reclassifiedOn',

  /** `StandingOfParams` → `StandingDto[]` (one per id, in order): the bans in force on any day of a period. */
  standingOf: 'organizations.standingOf',
} as const;
export type OrganizationAction = (typeof OrganizationAction)[keyof typeof OrganizationAction];

/** An organization as every other service and the gateway see it. */
export interface OrganizationDto {
  id: string;
  name: string;
  kind: OrganizationKind;
  /** Schools only. */
  schoolType: string | null;
  /** GB 32100 unified social credit code (18 characters, normalized to upper case). */
  creditCode: string;
  /** GB/T 2260 6-digit region code. */
  regionCode: string;
  /** Enterprises only: 规模以上 (above designated size). */
  aboveDesignatedSize: boolean | null;
  /** Enterprises only: an `EnterpriseScale`. */
  scale: string | null;
  createdAt: string;
  /**
   * Enterprises: 规模以上 status per statistical year, oldest first (the status changes yearly; `aboveDesignatedSize`
   * is the latest year's). Empty when nothing was ever declared.
   */
  designatedSizeByYear: DesignatedSizeYear[];
  /** Every correction, in the order recorded (never edited or removed). */
  history: OrganizationChange[];
}

/** What a correction changes (one history entry per field). */
export const ORGANIZATION_CHANGE_FIELDS = ['NAME', 'REGION', 'CLASSIFICATION', 'DESIGNATED_SIZE'] as const;
export type OrganizationChangeField = (typeof ORGANIZATION_CHANGE_FIELDS)[number];

/** The values a change touched (only the fields of that change are present). */
export interface OrganizationFacts {
  name?: string;
  regionCode?: string;
  kind?: OrganizationKind;
  schoolType?: string | null;
  aboveDesignatedSize?: boolean | null;
}

/**
 * One correction of an organization, kept forever: who (token subject and organization), when recorded (UTC),
 * from which date it holds, why, and the old → new values. CLASSIFICATION changes are what member counts as of a
 * date read (see `classificationsOn`): before `effectiveDate` the old kind and school type still hold.
 */
export interface OrganizationChange {
  field: OrganizationChangeField;
  /** The first date (YYYY-MM-DD) on which the new value holds; DESIGNATED_SIZE: 1 January of `year`. */
  effectiveDate: string;
  /** DESIGNATED_SIZE only: the statistical year. */
  year: number | null;
  old: OrganizationFacts;
  new: OrganizationFacts;
  reason: string;
  /** When it was recorded (ISO-8601 UTC). */
  at: string;
  by: string;
  byOrganizationId: string | null;
}

/** An enterprise's 规模以上 status in one statistical year. */
export interface DesignatedSizeYear {
  year: number;
  aboveDesignatedSize: boolean;
}

/** An organization's kind and school type on a date. */
export interface ClassificationOn {
  organizationId: string;
  kind: OrganizationKind;
  schoolType: string | null;
}

/** What a registration gives (`organizations.register`, platform admins only). */
export interface OrganizationInput {
  name: string;
  kind: OrganizationKind;
  schoolType?: SchoolType | null;
  creditCode: string;
  regionCode: string;
  aboveDesignatedSize?: boolean | null;
  scale?: EnterpriseScale | null;
}
/** `organizations.register`: BAD_USER_INPUT with data { fields } listing every problem; CONFLICT for a known credit code. */
export type RegisterParams = OrganizationInput;

/** `organizations.list`: a page in id order. */
export interface ListParams {
  filter?: { kind?: OrganizationKind; regionCode?: string; nameContains?: string } | null;
  first?: number | null;
  after?: string | null;
}

/**
 * A bar on an organization from `from` to `until` (both inclusive) unless lifted: from `liftedOn` on it no longer
 * applies. Append-only: lifting is recorded once.
 */
export interface DisqualificationDto {
  id: string;
  organizationId: string;
  reason: string;
  from: string;
  until: string;
  /** The funder's (GOVERNMENT) organization that imposed it; null when a platform admin or a service did. */
  imposedByOrganizationId: string | null;
  imposedBy: string;
  liftedAt: string | null;
  /** The first date on which it no longer applies. */
  liftedOn: string | null;
  liftedBy: string | null;
  liftReason: string | null;
  /** What the funder chose for the organization's bookings that start later (KEEP for bans made before the choice existed). */
  futureBookings: FutureBookingsChoice;
  /**
   * With CANCEL: how many bookings were cancelled when it was imposed; null with KEEP, or when the training bases
   * could not be reached then (a platform admin can finish with `trainingBases.cancelBookingsOfDisqualified`).
   */
  cancelledBookingCount: number | null;
  /** Why it was imposed (GENERAL for bans made before kinds existed). */
  kind: DisqualificationKind;
  /** What the finding concerns, e.g. `certification.declaration:<id>`; null when none was given. */
  sourceRef: string | null;
  createdAt: string;
}

/**
 * `organizations.disqualify`: a FUNDER whose GOVERNMENT organization's region covers the target's (or a platform
 * admin / a service). `from` defaults to today (never future); `until` to 5 years less a day. Errors: FORBIDDEN,
 * NOT_FOUND, BAD_USER_INPUT (until before from).
 */
export interface DisqualifyParams {
  organizationId: string;
  reason: string;
  from?: string | null;
  until?: string | null;
  /** Default KEEP. With CANCEL the organization's bookings starting from now until the ban ends are cancelled with notice. */
  futureBookings?: FutureBookingsChoice | null;
  /** Default GENERAL. */
  kind?: DisqualificationKind | null;
  /** What the finding concerns (at most 200 characters), e.g. `certification.declaration:<id>`. */
  sourceRef?: string | null;
}
/** `organizations.lift`: lifts from today on, by the same authority as disqualify; CONFLICT when already lifted. */
export interface LiftParams {
  disqualificationId: string;
  reason: string;
}
/** `organizations.disqualifiedOn`: ids of the organizations disqualified on `asOf` (default today), optionally among `organizationIds`. */
export interface DisqualifiedOnParams {
  asOf?: string | null;
  organizationIds?: string[];
}
/** `organizations.disqualificationsOf`: every disqualification of each organization, one list per id in order. */
export interface DisqualificationsOfParams {
  organizationIds: string[];
}

/**
 * `organizations.update`: corrections with history. Who may change what (organizations.rules.ts `updatePlan`): the
 * name — the organization's own ORG_ADMIN or a platform admin; region, kind and school type — platform admins only
 * (they decide which funder has authority over the organization and what it counts as for grants). The credit
 * code never changes (it is not a parameter: an unknown field is a VALIDATION_ERROR). `effectiveDate` (default
 * today, never the future, never before the field's last change) is the first date the new values hold.
 * Errors: NOT_FOUND, FORBIDDEN (data { field }), BAD_USER_INPUT (data { field }), CONFLICT when concurrent
 * corrections kept winning. Values equal to the current ones change nothing (a retry is harmless).
 */
export interface UpdateOrganizationParams {
  organizationId: string;
  name?: string | null;
  regionCode?: string | null;
  kind?: OrganizationKind | null;
  schoolType?: SchoolType | null;
  effectiveDate?: string | null;
  reason: string;
}

/**
 * `organizations.recordDesignatedSize`: an enterprise's 规模以上 status for `year` (1949 … the current year), by its
 * own ORG_ADMIN or a platform admin. A different value for a year already recorded is a correction (old → new in
 * `history`); the same value changes nothing. Errors: NOT_FOUND, FORBIDDEN, FAILED_PRECONDITION (not an
 * enterprise), BAD_USER_INPUT (year; data { field: 'year' }).
 */
export interface RecordDesignatedSizeParams {
  organizationId: string;
  year: number;
  aboveDesignatedSize: boolean;
  reason: string;
}

/** `organizations.classificationsOn`: one entry per id, in order, null for an unknown id. */
export interface ClassificationsOnParams {
  organizationIds: string[];
  asOf: string;
}
/** `organizations.reclassifiedOn`: only organizations whose kind or school type was ever corrected (what counts need). */
export interface ReclassifiedOnParams {
  asOf: string;
}

/** Payload of `organizations.updated`: the organization after the change and the entries just recorded. */
export interface OrganizationUpdatedPayload {
  organization: OrganizationDto;
  changes: OrganizationChange[];
}

/**
 * `organizations.standingOf`: for each organization, the disqualifications in force on at least one day from `from`
 * to `to` (dates YYYY-MM-DD, both included, in either order; each defaults to today). Any verified caller.
 */
export interface StandingOfParams {
  organizationIds: string[];
  from?: string | null;
  to?: string | null;
}

/** An organization's standing over a period: in good standing when no disqualification is in force on any day of it. */
export interface StandingDto {
  organizationId: string;
  /** Null for an id that names no organization (the caller answers NOT_FOUND itself). */
  name: string | null;
  inGoodStanding: boolean;
  /** In force on some day of the period, by `from`. */
  disqualifications: DisqualificationDto[];
}

/** Events the organizations service publishes. */
export const OrganizationEvent = {
  /** Payload: OrganizationRegisteredPayload. */
  registered: 'organizations.registered',
  /** Payload: DisqualificationDto. */
  disqualified: 'organizations.disqualified',
  /** Payload: DisqualificationDto (with liftedAt). */
  lifted: 'organizations.disqualificationLifted',
  /** Payload: OrganizationUpdatedPayload (a correction or a yearly 规模以上 record). */
  updated: 'organizations.updated',
} as const;

export interface OrganizationRegisteredPayload {
  id: string;
  kind: string;
  schoolType: string | null;
  regionCode: string;
}

/**
 * The organizations service on the bus: the actions and events it owns and the services it calls. The NATS permissions are
 * generated from it (npm run nats:config), so a change here is a change of who may talk to whom.
 */
export const OrganizationsBus: BusContract = {
  service: 'organizations',
  actions: Object.values(OrganizationAction),
  // `<service>.cacheStale`: broadcast after every change, to the nodes caching answers that read it (infra/read-cache.ts).
  events: [...Object.values(OrganizationEvent), cacheStaleEvent('organizations')],
  // trainingBases: a disqualification with futureBookings CANCEL cancels the organization's future bookings.
  calls: ['trainingBases'],
};
