/** The alliances service's bus contract (stub: definitions move here in the one-shape step). */
export type { AllianceDto, MembershipDto, MemberPage, CreateAllianceParams, MembersParams } from './alliances.service.js';
export { ALLIANCE_STATUSES, MEMBERSHIP_ROLES, MEMBERSHIP_STATUSES } from './alliances.rules.js';
export type { AllianceStatus, MembershipRole, MembershipStatus, StatusChange, MemberCounts } from './alliances.rules.js';
export * from './alliances.events.js';
