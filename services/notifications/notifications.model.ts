import { Schema, Types, type Connection, type Model } from 'mongoose';
import type { Actor, Role } from '../../infra/auth.js';
import { claimModel, type ClaimDoc } from '../../infra/claims.js';
import type { Locale, MessageParams } from '../../infra/messages.js';
import { MAIL_STATUSES, NOTIFICATION_KINDS, type MailStatus, type NotificationKind } from './notifications.contract.js';
import type { StoredChannels } from './notifications.rules.js';

/**
 * One notification for one recipient organization (and the roles concerned in it). `key` = `<eventKey>><orgId>` is
 * unique: an event delivered twice on the bus inserts nothing the second time.
 */
export interface NotificationDoc {
  _id: Types.ObjectId;
  key: string;
  eventKey: string;
  kind: NotificationKind;
  organizationId: string;
  roles: Role[];
  /** Catalog key prefix (`notifications.bookingPending`): texts are rendered per reader, in the reader's language. */
  message: string;
  params: MessageParams;
  link: string | null;
  subject: Record<string, string>;
  /** What the item asked for was decided (an application, a pending booking): read for everyone. */
  settled: boolean;
  createdAt: Date;
}

/** An item key whose request was decided (`_id` = the eventKey it settles), kept so an item arriving later is born settled. */
export interface SettlementDoc {
  _id: string;
  at: Date;
}

/** A user's read mark on one notification created after their last "mark all read". `_id` = `<notificationId>><sub>`. */
export interface ReadDoc {
  _id: string;
  userSub: string;
  notificationId: Types.ObjectId;
  at: Date;
}

/** A user's preferences and read watermark, by token subject. */
export interface UserStateDoc {
  _id: string;
  /** The organization and roles of the user's token when they last saved (mail goes to users of the recipient organization with a concerned role). */
  organizationId: string;
  roles: Role[];
  email: string | null;
  locale: Locale;
  channels: StoredChannels;
  /** Everything up to this notification id counts as read ("mark all read"). */
  readThrough: Types.ObjectId | null;
  updatedAt: Date;
}

/**
 * One e-mail, rendered when enqueued (so a retry sends the same text). `_id` = `<eventKey>><orgId>><sub>` is the
 * idempotency key: one mail per event and recipient user, however often the event arrives. Retry state lives here,
 * so a restarted node resumes where the last one stopped.
 */
export interface MailDoc {
  _id: string;
  to: string;
  subject: string;
  text: string;
  status: MailStatus;
  /** Attempts made (each attempt is claimed `mail:<id>:attempt:<n>` first: one sender per attempt). */
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
}

const notificationSchema = new Schema<NotificationDoc>(
  {
    key: { type: String, required: true },
    eventKey: { type: String, required: true },
    kind: { type: String, enum: NOTIFICATION_KINDS, required: true },
    organizationId: { type: String, required: true },
    roles: { type: [String], required: true },
    message: { type: String, required: true },
    params: { type: Schema.Types.Mixed, default: {} },
    link: { type: String, default: null },
    subject: { type: Schema.Types.Mixed, default: {} },
    settled: { type: Boolean, default: false },
    createdAt: { type: Date, required: true },
  },
  { collection: 'notifications', versionKey: false, minimize: false },
);
notificationSchema.index({ key: 1 }, { unique: true });
notificationSchema.index({ organizationId: 1, _id: -1 });
notificationSchema.index({ eventKey: 1 });

const settlementSchema = new Schema<SettlementDoc>({ _id: { type: String, required: true }, at: { type: Date, required: true } }, { collection: 'settlements', versionKey: false });

const readSchema = new Schema<ReadDoc>(
  { _id: { type: String, required: true }, userSub: { type: String, required: true }, notificationId: { type: Schema.Types.ObjectId, required: true }, at: { type: Date, required: true } },
  { collection: 'reads', versionKey: false },
);
readSchema.index({ userSub: 1, notificationId: 1 });

const userStateSchema = new Schema<UserStateDoc>(
  {
    _id: { type: String, required: true },
    organizationId: { type: String, required: true },
    roles: { type: [String], default: [] },
    email: { type: String, default: null },
    locale: { type: String, required: true },
    channels: { type: Schema.Types.Mixed, default: {} },
    readThrough: { type: Schema.Types.ObjectId, default: null },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'users', versionKey: false, minimize: false },
);
userStateSchema.index({ organizationId: 1 });

const mailSchema = new Schema<MailDoc>(
  {
    _id: { type: String, required: true },
    to: { type: String, required: true },
    subject: { type: String, required: true },
    text: { type: String, required: true },
    status: { type: String, enum: MAIL_STATUSES, required: true },
    attempts: { type: Number, required: true },
    nextAttemptAt: { type: Date, required: true },
    lastError: { type: String, default: null },
    createdAt: { type: Date, required: true },
    sentAt: { type: Date, default: null },
  },
  { collection: 'mails', versionKey: false },
);
mailSchema.index({ status: 1, nextAttemptAt: 1 });

export type NotificationModels = {
  Notification: Model<NotificationDoc>;
  Read: Model<ReadDoc>;
  UserState: Model<UserStateDoc>;
  Mail: Model<MailDoc>;
  Settlement: Model<SettlementDoc>;
  Claim: Model<ClaimDoc>;
};

export function notificationModels(conn: Connection): NotificationModels {
  return {
    Notification: conn.model<NotificationDoc>('Notification', notificationSchema),
    Read: conn.model<ReadDoc>('Read', readSchema),
    UserState: conn.model<UserStateDoc>('UserState', userStateSchema),
    Mail: conn.model<MailDoc>('Mail', mailSchema),
    Settlement: conn.model<SettlementDoc>('Settlement', settlementSchema),
    Claim: claimModel(conn),
  };
}

/**
 * The notifications a user sees: addressed to their organization and one of their roles, of a kind they did not
 * mute. With `unreadAfter`, only those after their read watermark (read marks after it are subtracted by the caller).
 */
export function inboxFilter(actor: Pick<Actor, 'org' | 'roles'>, muted: readonly NotificationKind[], opts: { before?: string; after?: Types.ObjectId | null; excludeIds?: Types.ObjectId[]; unsettledOnly?: boolean } = {}) {
  const id: Record<string, unknown> = {};
  if (opts.before) id.$lt = new Types.ObjectId(opts.before);
  if (opts.after) id.$gt = opts.after;
  if (opts.excludeIds?.length) id.$nin = opts.excludeIds;
  return {
    organizationId: actor.org,
    roles: { $in: actor.roles },
    ...(muted.length ? { kind: { $nin: [...muted] } } : {}),
    ...(opts.unsettledOnly ? { settled: { $ne: true } } : {}),
    ...(Object.keys(id).length ? { _id: id } : {}),
  };
}

/** Users of `organizationId` with one of `roles` who gave an e-mail address (candidates for a mail). */
export const mailCandidatesFilter = (organizationId: string, roles: readonly Role[]) => ({ organizationId, roles: { $in: [...roles] }, email: { $ne: null } });

/** Mails due for an attempt now. */
export const dueMailsFilter = (now: Date) => ({ status: 'PENDING' as const, nextAttemptAt: { $lte: now } });
