/**
 * The notifications service's bus contract: an in-app inbox per user and e-mail through SMTP where configured, fed
 * by the domain events of the other services (it publishes none).
 *
 * Who is a user here: tokens carry a subject (`sub`), an organization (`org`) and roles; users are not stored
 * anywhere else. A notification is addressed to an organization and the roles concerned in it (e.g. the host
 * organization's ORG_ADMINs); every user whose token names that organization and one of those roles sees it.
 * Read state and preferences are kept per user subject.
 */
import type { BusContract } from '../../infra/bus-identity.js';
import type { Locale } from '../../infra/messages.js';
import type { Page, PageArgs } from '../../infra/pagination.js';
import type { Role } from '../../infra/auth.js';

/** Every action of the notifications service, by full name. Any signed-in user with an organization; their own inbox only. */
export const NotificationAction = {
  /** InboxParams → Page<NotificationDto>: the caller's notifications, newest first (rendered in `locale`, else the caller's chosen language). */
  inbox: 'notifications.inbox',
  /** {} → { unread: number }: how many of the caller's notifications they have not read. */
  unreadCount: 'notifications.unreadCount',
  /** { ids: string[] } → { unread: number }: marks the caller's notifications read (ids not addressed to them: ignored). */
  markRead: 'notifications.markRead',
  /** {} → { unread: 0 }: marks every notification the caller has now as read. */
  markAllRead: 'notifications.markAllRead',
  /** {} → PreferencesDto: the caller's e-mail address, language and per-kind channels (defaults when never saved). */
  preferences: 'notifications.preferences',
  /** SetPreferencesParams → PreferencesDto. BAD_USER_INPUT on a malformed address. */
  setPreferences: 'notifications.setPreferences',
  /** {} → MailQueueState: platform admins and services: what the mail outbox holds (operations, tests). */
  mailQueue: 'notifications.mailQueue',
} as const;
export type NotificationAction = (typeof NotificationAction)[keyof typeof NotificationAction];

/** What a notification is about: one per kind of domain event (a user chooses channels per kind). */
export const NOTIFICATION_KINDS = [
  'MEMBERSHIP_APPLIED',
  'MEMBERSHIP_INVITED',
  'MEMBERSHIP_DECIDED',
  'BOOKING_PENDING',
  'BOOKING_DECIDED',
  'BOOKING_CANCELLED',
  'GRANT_SUBMITTED',
  'GRANT_DECIDED',
  'DISQUALIFIED',
  'LISTING_MATCHED',
  'AGREEMENT_IN_FORCE',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** One inbox item as its reader sees it. */
export interface NotificationDto {
  id: string;
  kind: NotificationKind;
  /** Rendered in the reader's language from the message catalog (notifications.messages.ts). */
  title: string;
  body: string;
  /** The console route that shows the subject (e.g. `/bases/<id>`), or null. */
  link: string | null;
  /** The subject's ids, for programs (`bookingId`, `allianceId`, …). */
  subject: Record<string, string>;
  /** Read by this user, or settled. */
  read: boolean;
  /** What it asked for was decided meanwhile (an application approved, a pending booking confirmed): it counts as read. */
  settled: boolean;
  /** UTC instant (ISO 8601). */
  createdAt: string;
}

export interface InboxParams extends PageArgs {
  unreadOnly?: boolean | null;
  locale?: Locale | null;
}

export interface UnreadCount {
  unread: number;
}

/** One kind's channels for one user. */
export interface KindChannels {
  kind: NotificationKind;
  inApp: boolean;
  email: boolean;
}

/** A user's notification preferences. */
export interface PreferencesDto {
  /** Where e-mail goes; null = no e-mail at all. */
  email: string | null;
  /** The language of the user's e-mails (and of the inbox when the request names none). */
  locale: Locale;
  /** Every kind, in NOTIFICATION_KINDS order. Default: in-app on; e-mail on once an address is given. */
  kinds: KindChannels[];
  /** Whether this deployment sends e-mail at all (SMTP_URL set). */
  mailEnabled: boolean;
}

export interface SetPreferencesParams {
  email?: string | null;
  locale?: Locale | null;
  /** Only the kinds given change. */
  kinds?: KindChannels[] | null;
}

/** Mails in the outbox, by state (operations and tests). */
export interface MailQueueState {
  pending: number;
  sent: number;
  failed: number;
  /** The latest mails (newest first, at most 50): recipient, state, attempts. */
  recent: { id: string; to: string; status: MailStatus; attempts: number; lastError: string | null }[];
}

export const MAIL_STATUSES = ['PENDING', 'SENT', 'FAILED'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

/** An organization and the roles in it a notification is addressed to. */
export interface Recipient {
  organizationId: string;
  roles: Role[];
}

/**
 * Events of services built in parallel (issue 15 `cooperation`, issue 16 `listings`), subscribed by name: their
 * contracts did not exist when this service was written. Payloads as agreed across helpers.
 */
export const ForeignEvent = {
  subscriptionMatched: 'listings.subscriptionMatched',
  agreementInForce: 'cooperation.agreementInForce',
} as const;

/** Payload of `listings.subscriptionMatched` (issue 16). */
export interface SubscriptionMatchedPayload {
  subscriptionId: string;
  organizationId: string;
  listingId: string;
  listingTitle: string;
  at: string;
}

/** Payload of `cooperation.agreementInForce` (issue 15). */
export interface AgreementInForcePayload {
  agreementId: string;
  parties: [string, string];
  type: string;
  at: string;
  title?: string;
}

export type NotificationPage = Page<NotificationDto>;

/**
 * The notifications service on the bus: the actions it owns (no events) and the services it reads names from.
 * The NATS permissions are generated from it (npm run nats:config).
 */
export const NotificationsBus: BusContract = {
  service: 'notifications',
  actions: Object.values(NotificationAction),
  events: [],
  calls: ['organizations', 'alliances', 'trainingBases', 'grants'],
};
