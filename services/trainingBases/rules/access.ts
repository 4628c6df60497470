/**
 * Who may do what at a base: who manages it (host and alliance lead admins), who sees all its bookings or one of
 * them, who books for an organization, who reads its reports, who imports history and runs the sweeper, and whose
 * calendar feed a caller finds. Part of trainingBases.rules.ts.
 */
import { adminOf } from '../../../infra/authz.js';
import type { Actor } from '../../../infra/auth.js';

/** Who runs a base (ObjectIds or strings). */
export interface BaseOwners {
  hostOrganizationId: { toString(): string };
  leadOrganizationId: { toString(): string };
}

// ------------------------------------------------------------------ authority

/** Manages a base: the host's admins, the alliance lead's admins, platform admins, services. */
export const managesBase = (actor: Actor, base: BaseOwners): boolean => adminOf(actor, String(base.hostOrganizationId), String(base.leadOrganizationId));

/** Sees every booking of a base: anyone of the host or lead organization, platform admins, services. */
export function seesAllBookings(actor: Actor, base: BaseOwners): boolean {
  return adminOf(actor) || actor.org === String(base.hostOrganizationId) || actor.org === String(base.leadOrganizationId);
}

/**
 * The key of a caller's one active calendar feed for a base: base, the token's organization (`org` claim, '-' for a
 * platform admin without one) and its subject. A `sub` alone names no one across organizations (issue 14, fault 8:
 * another organization's member carrying the host admin's `sub` got and could revoke the host's feed), so a caller
 * finds, and so sees and revokes, only feeds asked for under its own organization.
 */
export const calendarFeedKey = (baseId: string, actor: Pick<Actor, 'id' | 'org'>): string => `${baseId}:${actor.org ?? '-'}:${actor.id}`;

/** Services and platform admins: they import history and run the sweeper. */
export const platformOrService = (actor: Actor): boolean => adminOf(actor);

/** Books for an organization: its own admins, platform admins, services. */
export const booksFor = (actor: Actor, organizationId: string): boolean => adminOf(actor, organizationId);

/** Reads a base's reports without a funder check: the host's and lead's people, platform admins, services (funders of the region too, see ops/reports.ts). */
export const readsReports = (actor: Actor, base: BaseOwners): boolean => seesAllBookings(actor, base);

/** Sees one booking: its organization's people, or whoever sees all bookings of its base. */
export const seesBooking = (actor: Actor, b: { organizationId: { toString(): string } }, base: BaseOwners | undefined): boolean =>
  actor.org === String(b.organizationId) || (!!base && seesAllBookings(actor, base));
