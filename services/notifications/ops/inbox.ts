/**
 * A user's inbox: pages newest first, unread count, read marks and preferences. Read state is per token subject: a
 * watermark (`readThrough`, the newest id at the last "mark all read") plus one mark per item read after it, so
 * "unread" is one count minus the user's few marks, whatever the inbox's length.
 */
import { Types } from 'mongoose';
import type { Actor } from '../../../infra/auth.js';
import { problemError, raise } from '../../../infra/errors.js';
import { DEFAULT_LOCALE } from '../../../infra/messages.js';
import { pageSize, decodeCursor, toPage, type Page } from '../../../infra/pagination.js';
import type { InboxParams, NotificationDto, PreferencesDto, SetPreferencesParams, UnreadCount } from '../notifications.contract.js';
import { inboxFilter, type NotificationDoc, type NotificationModels, type UserStateDoc } from '../notifications.model.js';
import { allChannels, emailProblem, mutedKinds, noOrganizationProblem, type StoredChannels } from '../notifications.rules.js';
import { toNotificationDto } from '../notifications.mappers.js';

/** The caller as an inbox owner: a user with an organization (system callers and platform admins without one: FORBIDDEN). */
export function inboxOwner(actor: Actor): Actor & { org: string } {
  if (!actor.org || actor.system) throw problemError(noOrganizationProblem());
  return actor as Actor & { org: string };
}

async function stateOf(models: NotificationModels, sub: string): Promise<UserStateDoc | null> {
  return models.UserState.findById(sub).lean<UserStateDoc>();
}

/** Ids (after the watermark) the user marked read. */
async function readMarks(models: NotificationModels, sub: string, after: Types.ObjectId | null): Promise<Types.ObjectId[]> {
  const marks = await models.Read.find({ userSub: sub, ...(after ? { notificationId: { $gt: after } } : {}) }, { notificationId: 1 }).lean<{ notificationId: Types.ObjectId }[]>();
  return marks.map((m) => m.notificationId);
}

/** The caller's notifications, newest first; `unreadOnly` leaves out what they read. */
export async function inbox(models: NotificationModels, actor: Actor, params: InboxParams): Promise<Page<NotificationDto>> {
  const me = inboxOwner(actor);
  const limit = pageSize(params.first);
  const state = await stateOf(models, me.id);
  const watermark = state?.readThrough ?? null;
  const marks = await readMarks(models, me.id, watermark);
  const marked = new Set(marks.map(String));
  const filter = inboxFilter(me, mutedKinds(state?.channels), {
    before: decodeCursor(params.after),
    ...(params.unreadOnly ? { after: watermark, excludeIds: marks, unsettledOnly: true } : {}),
  });
  const rows = await models.Notification.find(filter).sort({ _id: -1 }).limit(limit + 1).lean<NotificationDoc[]>();
  const locale = params.locale ?? state?.locale ?? DEFAULT_LOCALE;
  // Ids of equal length compare as hex text in creation order.
  const isRead = (d: NotificationDoc) => d.settled === true || (watermark !== null && String(d._id) <= String(watermark)) || marked.has(String(d._id));
  return toPage(
    rows.map((d) => toNotificationDto(d, locale, isRead(d))),
    limit,
    (n) => n.id,
  );
}

/** How many of the caller's notifications are unread. */
export async function unreadCount(models: NotificationModels, actor: Actor): Promise<UnreadCount> {
  const me = inboxOwner(actor);
  const state = await stateOf(models, me.id);
  const watermark = state?.readThrough ?? null;
  const marks = await readMarks(models, me.id, watermark);
  const unread = await models.Notification.countDocuments(inboxFilter(me, mutedKinds(state?.channels), { after: watermark, excludeIds: marks, unsettledOnly: true }));
  return { unread };
}

/** Marks the caller's notifications read; ids of notifications not addressed to them are ignored. */
export async function markRead(models: NotificationModels, actor: Actor, ids: string[]): Promise<UnreadCount> {
  const me = inboxOwner(actor);
  const mine = await models.Notification.find({ ...inboxFilter(me, []), _id: { $in: ids.map((id) => new Types.ObjectId(id)) } }, { _id: 1 }).lean<{ _id: Types.ObjectId }[]>();
  if (mine.length) {
    await models.Read.bulkWrite(
      mine.map((n) => ({
        updateOne: { filter: { _id: `${n._id}>${me.id}` }, update: { $setOnInsert: { userSub: me.id, notificationId: n._id, at: new Date() } }, upsert: true },
      })),
    );
  }
  return unreadCount(models, actor);
}

/** Everything the caller has now counts as read (the watermark moves to their newest notification). */
export async function markAllRead(models: NotificationModels, actor: Actor): Promise<UnreadCount> {
  const me = inboxOwner(actor);
  const newest = await models.Notification.findOne(inboxFilter(me, []), { _id: 1 }).sort({ _id: -1 }).lean<{ _id: Types.ObjectId }>();
  if (newest) {
    await ensureState(models, me);
    await models.UserState.updateOne({ _id: me.id }, { $set: { readThrough: newest._id, updatedAt: new Date() } });
    await models.Read.deleteMany({ userSub: me.id, notificationId: { $lte: newest._id } }); // subsumed by the watermark
  }
  return unreadCount(models, actor);
}

/** Creates the user's state with defaults if they have none (organization and roles from their token). */
async function ensureState(models: NotificationModels, me: Actor & { org: string }): Promise<void> {
  await models.UserState.updateOne(
    { _id: me.id },
    { $setOnInsert: { organizationId: me.org, roles: me.roles, email: null, locale: DEFAULT_LOCALE, channels: {}, readThrough: null, updatedAt: new Date() } },
    { upsert: true },
  );
}

function toPreferences(state: UserStateDoc | null, mailEnabled: boolean): PreferencesDto {
  const email = state?.email ?? null;
  return { email, locale: state?.locale ?? DEFAULT_LOCALE, kinds: allChannels(state?.channels, email !== null), mailEnabled };
}

export async function preferences(models: NotificationModels, actor: Actor, mailEnabled: boolean): Promise<PreferencesDto> {
  const me = inboxOwner(actor);
  return toPreferences(await stateOf(models, me.id), mailEnabled);
}

/**
 * Saves the caller's preferences. Their organization and roles are taken from the token each time (mail reaches the
 * users of an organization with a concerned role as of their last save). An empty address removes e-mail.
 */
export async function setPreferences(models: NotificationModels, actor: Actor, params: SetPreferencesParams, mailEnabled: boolean): Promise<PreferencesDto> {
  const me = inboxOwner(actor);
  const set: Record<string, unknown> = { organizationId: me.org, roles: me.roles, updatedAt: new Date() };
  if (params.email !== undefined) {
    const email = params.email?.trim() || null;
    if (email) raise(emailProblem(email));
    set.email = email;
  }
  if (params.locale) set.locale = params.locale;
  await ensureState(models, me);
  if (params.kinds?.length) {
    const state = await stateOf(models, me.id);
    const channels: StoredChannels = { ...(state?.channels ?? {}) };
    for (const k of params.kinds) channels[k.kind] = { inApp: k.inApp, email: k.email };
    set.channels = channels;
  }
  await models.UserState.updateOne({ _id: me.id }, { $set: set });
  return toPreferences(await stateOf(models, me.id), mailEnabled);
}
