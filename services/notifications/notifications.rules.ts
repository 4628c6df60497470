/**
 * Pure decisions of the notifications service: which domain event concerns whom (recipients), under which key an
 * event is delivered once (idempotency), which channels a user chose, how long to wait before retrying a mail.
 * No broker, no database: the facts an event needs (names, a base's host, an alliance's lead) are passed in.
 */
import { DateTime } from 'luxon';
import type { Role } from '../../infra/auth.js';
import { ErrorCode, type Problem } from '../../infra/errors.js';
import { msg } from '../../infra/message-registry.js';
import { P, type MessageParams, type ParamValue } from '../../infra/messages.js';
import { MembershipEvent, type MembershipEventPayload } from '../alliances/alliances.contract.js';
import { BookingEvent, type BookingEventPayload } from '../trainingBases/trainingBases.contract.js';
import { GrantEvent, type GrantApplicationEventPayload } from '../grants/grants.contract.js';
import { OrganizationEvent, type DisqualificationDto } from '../organizations/organizations.contract.js';
import {
  ForeignEvent,
  NOTIFICATION_KINDS,
  type AgreementInForcePayload,
  type KindChannels,
  type NotificationKind,
  type Recipient,
  type SubscriptionMatchedPayload,
} from './notifications.contract.js';
import type { NotificationMessageKey } from './notifications.messages.js';

/** The names and links an event's text needs, looked up by the ingest flow (ops/ingest.ts) before the rule runs. */
export interface Facts {
  orgName(id: string): string;
  alliance(id: string): { name: string; leadOrganizationId: string } | null;
  base(id: string): { name: string; hostOrganizationId: string; timeZone: string; requiresApproval: boolean } | null;
  program(id: string): { name: string; funderOrganizationId: string } | null;
}

/** What one domain event becomes: one notification per recipient, delivered once per `eventKey` and recipient. */
export interface Draft {
  kind: NotificationKind;
  /**
   * Stable across redelivery of the same fact (built from the domain's ids and the state reached, never from the
   * bus message id, which a re-emit changes): the idempotency key of the inbox item and of each mail.
   */
  eventKey: string;
  recipients: Recipient[];
  /** Catalog key prefix: `<prefix>.title`, `<prefix>.body` (stored as the item's `message`). */
  texts: string;
  /** The texts' parameters: names as they are, dates/times/money typed (`P`, rendered per reader's locale). */
  params: MessageParams;
  /** Console route of the subject. */
  link: string | null;
  subject: Record<string, string>;
}

const ADMINS: Role[] = ['ORG_ADMIN'];
const admins = (organizationId: string): Recipient => ({ organizationId, roles: ADMINS });

/** "2026-12-01 09:00" in the base's zone (times are stored UTC and shown in the base's zone). */
export function localTime(iso: string, zone: string): string {
  return DateTime.fromISO(iso, { zone: 'utc' }).setZone(zone).toFormat('yyyy-MM-dd HH:mm');
}
/** "09:00" (the same in every language), or the full local time (typed, per locale) when the end falls on another day than the start. */
function localEnd(startIso: string, endIso: string, zone: string): ParamValue {
  const s = DateTime.fromISO(startIso, { zone: 'utc' }).setZone(zone);
  const e = DateTime.fromISO(endIso, { zone: 'utc' }).setZone(zone);
  return s.hasSame(e, 'day') ? e.toFormat('HH:mm') : P.time(endIso, zone);
}

/** Integer fen as yuan with thousands separators and two decimals ("1,000,000.00"), exact for any integer. */
export function yuan(fen: number | bigint): string {
  const f = BigInt(fen);
  const neg = f < 0n;
  const abs = neg ? -f : f;
  const whole = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = (abs % 100n).toString().padStart(2, '0');
  return `${neg ? '-' : ''}${whole}.${cents}`;
}

/** Recipients without repeats (the same organization twice merges its roles). */
export function uniqueRecipients(list: Recipient[]): Recipient[] {
  const by = new Map<string, Set<Role>>();
  for (const r of list) {
    const roles = by.get(r.organizationId) ?? new Set<Role>();
    for (const role of r.roles) roles.add(role);
    by.set(r.organizationId, roles);
  }
  return [...by].map(([organizationId, roles]) => ({ organizationId, roles: [...roles].sort() as Role[] }));
}

function bookingTexts(p: BookingEventPayload, base: NonNullable<ReturnType<Facts['base']>>, facts: Facts): MessageParams {
  return {
    base: base.name,
    organization: facts.orgName(p.organizationId),
    start: P.time(p.start, base.timeZone),
    end: localEnd(p.start, p.end, base.timeZone),
    headcount: String(p.headcount),
    series: p.seriesId ? 'yes' : 'no',
    reason: p.reason?.trim() ? p.reason : 'none',
  };
}

/**
 * The notification a domain event makes, or null when it concerns nobody (a founding lead's own membership, a booking
 * confirmed at once on a base without approval — the booker did it themselves). Recipients:
 * - membership applied → the alliance lead's admins; invited → the invited organization's admins; joined/rejected →
 *   the member's admins (not the lead's own founding membership);
 * - booking requested (PENDING) → the host's admins, once per weekly series; confirmed on a base that requires
 *   approval / rejected → the booker's admins; cancelled → the booker's and the host's admins;
 * - grant application submitted → the program's funder (FUNDER role of its government organization); decided → the
 *   alliance lead's admins and the award's recipient's;
 * - disqualification → the organization's admins;
 * - listings.subscriptionMatched → the subscribing organization's admins and members; cooperation.agreementInForce →
 *   both parties' admins.
 */
export function draftFor(event: string, payload: unknown, facts: Facts): Draft | null {
  switch (event) {
    case MembershipEvent.applied:
    case MembershipEvent.invited:
    case MembershipEvent.joined:
    case MembershipEvent.rejected: {
      const p = payload as MembershipEventPayload;
      const alliance = facts.alliance(p.allianceId);
      if (!alliance) return null;
      const common = { alliance: alliance.name, organization: facts.orgName(p.organizationId) };
      const subject = { allianceId: p.allianceId, membershipId: p.membershipId, organizationId: p.organizationId };
      const link = `/alliances/${p.allianceId}`;
      if (event === MembershipEvent.applied)
        return { kind: 'MEMBERSHIP_APPLIED', eventKey: `membership:${p.membershipId}:applied`, recipients: [admins(alliance.leadOrganizationId)], texts: 'notifications.membershipApplied', params: common, link, subject };
      if (event === MembershipEvent.invited)
        return { kind: 'MEMBERSHIP_INVITED', eventKey: `membership:${p.membershipId}:invited`, recipients: [admins(p.organizationId)], texts: 'notifications.membershipInvited', params: common, link, subject };
      if (p.organizationId === alliance.leadOrganizationId && event === MembershipEvent.joined) return null; // the founder's own LEAD membership
      const outcome = event === MembershipEvent.joined ? 'ACTIVE' : 'REJECTED';
      return {
        kind: 'MEMBERSHIP_DECIDED',
        eventKey: `membership:${p.membershipId}:${outcome}`,
        recipients: [admins(p.organizationId)],
        texts: 'notifications.membershipDecided',
        params: { ...common, outcome, date: p.joinedAt ? P.date(p.joinedAt.slice(0, 10)) : '' },
        link,
        subject,
      };
    }
    case BookingEvent.requested:
    case BookingEvent.confirmed:
    case BookingEvent.rejected:
    case BookingEvent.cancelled: {
      const p = payload as BookingEventPayload;
      const base = facts.base(p.baseId);
      if (!base) return null;
      const params = bookingTexts(p, base, facts);
      const subject = { bookingId: p.bookingId, baseId: p.baseId, organizationId: p.organizationId, ...(p.seriesId ? { seriesId: p.seriesId } : {}) };
      const link = `/bases/${p.baseId}`;
      if (event === BookingEvent.requested) {
        if (p.status !== 'PENDING') return null;
        // A weekly series emits one event per occurrence: the host is told once, about the first.
        return { kind: 'BOOKING_PENDING', eventKey: `booking:${p.seriesId ?? p.bookingId}:pending`, recipients: [admins(base.hostOrganizationId)], texts: 'notifications.bookingPending', params, link, subject };
      }
      if (event === BookingEvent.cancelled)
        return {
          kind: 'BOOKING_CANCELLED',
          eventKey: `booking:${p.bookingId}:CANCELLED`,
          recipients: uniqueRecipients([admins(p.organizationId), admins(base.hostOrganizationId)]),
          texts: 'notifications.bookingCancelled',
          params,
          link,
          subject,
        };
      if (event === BookingEvent.confirmed && !base.requiresApproval) return null; // confirmed at once: the booker did it
      const outcome = event === BookingEvent.confirmed ? 'CONFIRMED' : 'REJECTED';
      return { kind: 'BOOKING_DECIDED', eventKey: `booking:${p.bookingId}:${outcome}`, recipients: [admins(p.organizationId)], texts: 'notifications.bookingDecided', params: { ...params, outcome }, link, subject };
    }
    case GrantEvent.applicationSubmitted:
    case GrantEvent.applicationDecided: {
      const p = payload as GrantApplicationEventPayload;
      const alliance = facts.alliance(p.allianceId);
      const program = facts.program(p.programId);
      if (!alliance || !program) return null;
      const subject = { applicationId: p.applicationId, allianceId: p.allianceId, programId: p.programId };
      const params = { alliance: alliance.name, program: program.name };
      if (event === GrantEvent.applicationSubmitted)
        return {
          kind: 'GRANT_SUBMITTED',
          eventKey: `grant:${p.applicationId}:submitted`,
          recipients: [{ organizationId: program.funderOrganizationId, roles: ['FUNDER'] }],
          texts: 'notifications.grantSubmitted',
          params,
          link: `/programs/${p.programId}`,
          subject,
        };
      const outcome = p.status === 'APPROVED' ? 'APPROVED' : 'REJECTED';
      const recipients = [admins(alliance.leadOrganizationId), ...(p.recipientOrganizationId ? [admins(p.recipientOrganizationId)] : [])];
      return {
        kind: 'GRANT_DECIDED',
        eventKey: `grant:${p.applicationId}:${outcome}`,
        recipients: uniqueRecipients(recipients),
        texts: 'notifications.grantDecided',
        params: { ...params, outcome, amount: p.awardAmountFen !== undefined ? P.money(p.awardAmountFen) : '' },
        link: `/alliances/${p.allianceId}`,
        subject,
      };
    }
    case OrganizationEvent.disqualified: {
      const p = payload as DisqualificationDto;
      return {
        kind: 'DISQUALIFIED',
        eventKey: `disqualification:${p.id}`,
        recipients: [admins(p.organizationId)],
        texts: 'notifications.disqualified',
        params: { organization: facts.orgName(p.organizationId), from: P.date(p.from), until: P.date(p.until), reason: p.reason },
        link: null,
        subject: { disqualificationId: p.id, organizationId: p.organizationId },
      };
    }
    case ForeignEvent.subscriptionMatched: {
      const p = payload as SubscriptionMatchedPayload;
      return {
        kind: 'LISTING_MATCHED',
        eventKey: `listing:${p.listingId}:subscription:${p.subscriptionId}`,
        recipients: [{ organizationId: p.organizationId, roles: ['ORG_ADMIN', 'ORG_MEMBER'] }],
        texts: 'notifications.listingMatched',
        params: { listing: p.listingTitle },
        link: `/listings/${p.listingId}`,
        subject: { listingId: p.listingId, subscriptionId: p.subscriptionId },
      };
    }
    case ForeignEvent.agreementInForce: {
      const p = payload as AgreementInForcePayload;
      const [a, b] = p.parties;
      const date = typeof p.at === 'string' ? P.date(p.at.slice(0, 10)) : '';
      // One draft per party: each reads the other's name as the partner.
      return {
        kind: 'AGREEMENT_IN_FORCE',
        eventKey: `agreement:${p.agreementId}:inForce`,
        recipients: uniqueRecipients([admins(a), admins(b)]),
        texts: 'notifications.agreementInForce',
        params: { title: p.title ?? p.type, date, [`partner:${a}`]: facts.orgName(b), [`partner:${b}`]: facts.orgName(a) },
        link: `/agreements/${p.agreementId}`,
        subject: { agreementId: p.agreementId },
      };
    }
    default:
      return null;
  }
}

/**
 * The parameters one recipient reads: a parameter named `<name>:<organizationId>` is that organization's own
 * value of `<name>` (the partner of a two-party agreement is the *other* party).
 */
export function paramsFor(params: MessageParams, organizationId: string): MessageParams {
  const out: MessageParams = {};
  for (const [k, v] of Object.entries(params)) {
    const i = k.indexOf(':');
    if (i < 0) out[k] ??= v;
    else if (k.slice(i + 1) === organizationId) out[k.slice(0, i)] = v;
  }
  return out;
}

/** The organizations whose names an event's text needs (looked up in one call before `draftFor`). */
export function organizationsNamed(event: string, payload: unknown): string[] {
  const p = payload as Record<string, unknown>;
  if (event === ForeignEvent.agreementInForce) return [...((p.parties as string[]) ?? [])];
  return typeof p.organizationId === 'string' ? [p.organizationId] : [];
}

/**
 * The requests an event settles: a membership decided settles its application (and invitation); a booking confirmed,
 * rejected or cancelled settles its "waiting for approval" item (the series' item for a series); a grant decision
 * settles the funder's "application received". A settled item no longer counts as unread for anyone: what it asked
 * for is done (its text would otherwise still say "waiting").
 */
export function settledKeys(event: string, payload: unknown): string[] {
  const p = payload as Record<string, unknown>;
  switch (event) {
    case MembershipEvent.joined:
    case MembershipEvent.rejected:
      return [`membership:${p.membershipId}:applied`, `membership:${p.membershipId}:invited`];
    case BookingEvent.confirmed:
    case BookingEvent.rejected:
    case BookingEvent.cancelled:
      return [`booking:${p.seriesId ?? p.bookingId}:pending`];
    case GrantEvent.applicationDecided:
      return [`grant:${p.applicationId}:submitted`];
    default:
      return [];
  }
}

/** Every event this service turns into notifications. */
export const HANDLED_EVENTS = [
  MembershipEvent.applied,
  MembershipEvent.invited,
  MembershipEvent.joined,
  MembershipEvent.rejected,
  BookingEvent.requested,
  BookingEvent.confirmed,
  BookingEvent.rejected,
  BookingEvent.cancelled,
  GrantEvent.applicationSubmitted,
  GrantEvent.applicationDecided,
  OrganizationEvent.disqualified,
  ForeignEvent.subscriptionMatched,
  ForeignEvent.agreementInForce,
] as const;

/** What the inbox rules need of an item. */
export interface ItemFacts {
  id: string;
  organizationId: string;
  roles: readonly string[];
  kind: NotificationKind;
  settled: boolean;
}

/** Whether a user sees an item: addressed to their organization and one of their roles, of a kind they did not mute. */
export function visibleTo(user: { org: string; roles: readonly string[] }, muted: readonly NotificationKind[], item: ItemFacts): boolean {
  return item.organizationId === user.org && item.roles.some((r) => user.roles.includes(r)) && !muted.includes(item.kind);
}

/**
 * Whether a visible item is unread for a user: not settled, newer than their "mark all read" watermark (ids compare
 * in creation order as hex text) and not marked read one by one.
 */
export function unreadFor(item: ItemFacts, readThrough: string | null, marks: ReadonlySet<string>): boolean {
  return !item.settled && (readThrough === null || item.id > readThrough) && !marks.has(item.id);
}

/** A user's stored channel choices (kind → channels); a kind never chosen takes the defaults. */
export type StoredChannels = Partial<Record<NotificationKind, { inApp: boolean; email: boolean }>>;

/** Default channels: in-app always; e-mail once the user has given an address. */
export function channelsOf(stored: StoredChannels | undefined, kind: NotificationKind, hasEmail: boolean): { inApp: boolean; email: boolean } {
  const s = stored?.[kind];
  return { inApp: s?.inApp ?? true, email: hasEmail && (s?.email ?? true) };
}

/** Every kind's channels, in NOTIFICATION_KINDS order. */
export function allChannels(stored: StoredChannels | undefined, hasEmail: boolean): KindChannels[] {
  return NOTIFICATION_KINDS.map((kind) => ({ kind, ...channelsOf(stored, kind, hasEmail) }));
}

/** The kinds a user turned off in the inbox. */
export function mutedKinds(stored: StoredChannels | undefined): NotificationKind[] {
  return NOTIFICATION_KINDS.filter((k) => stored?.[k]?.inApp === false);
}

/** A plain address `local@domain.tld` (no display name, no spaces), at most 254 characters. */
const EMAIL_RE = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]{2,}$/;
export function emailProblem(email: string): Problem | null {
  if (email.length <= 254 && EMAIL_RE.test(email)) return null;
  return { code: ErrorCode.BAD_USER_INPUT, ...msg('notifications.badEmail', { email }), data: { field: 'email' } };
}


/** Mail retry schedule: attempt n (1-based) failed → wait base·4^(n−1), at most an hour; give up after `max` attempts. */
export function retryDelayMs(attempt: number, baseMs: number): number {
  return Math.min(baseMs * 4 ** Math.max(0, attempt - 1), 3_600_000);
}

/** Whether an SMTP failure is worth retrying: 4xx replies and connection errors are; 5xx (permanent) are not. */
export function retryableMailError(err: { responseCode?: number; code?: string }): boolean {
  return err.responseCode === undefined || err.responseCode < 500;
}

/** The key a notification's texts are under (`texts` = the stored key prefix). */
export const textKey = (texts: string, part: 'title' | 'body') => `${texts}.${part}` as NotificationMessageKey;

/** Refuses a caller without an organization: notifications are addressed to organizations' users. */
export function noOrganizationProblem(): Problem {
  return { code: ErrorCode.FORBIDDEN, ...msg('notifications.noOrganization') };
}
