import type { MutationMarkNotificationsReadArgs, MutationSetNotificationPreferencesArgs, QueryNotificationsArgs } from '../generated/resolvers-types.js';
import type { GatewayContext } from '../context.js';
import type { GatewayResolvers } from './merge.js';
import type { Locale } from '../../infra/messages.js';
import type { Page } from '../../infra/pagination.js';
import { NotificationAction, type NotificationDto, type PreferencesDto, type UnreadCount } from '../../services/notifications/notifications.contract.js';

/** The request's language for rendered texts: the first zh or en tag of Accept-Language, else the user's own choice. */
function requestLocale(ctx: GatewayContext): Locale | null {
  const header = ctx.request?.headers.get('accept-language') ?? '';
  for (const part of header.split(',')) {
    const tag = part.split(';')[0].trim().toLowerCase();
    if (tag === 'zh' || tag.startsWith('zh-')) return 'zh-CN';
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
  }
  return null;
}

/** GraphQL's enum names cannot hold a hyphen: zh_CN ↔ zh-CN. */
const toLocale = (l: string | null | undefined): Locale | null | undefined => (l === 'zh_CN' ? 'zh-CN' : (l as Locale | null | undefined));
const fromLocale = (l: Locale) => (l === 'zh-CN' ? 'zh_CN' : 'en') as 'zh_CN' | 'en';

export const notificationResolvers: GatewayResolvers = {
  Query: {
    notifications: (_: unknown, args: QueryNotificationsArgs, ctx: GatewayContext) => ctx.call<Page<NotificationDto>>(NotificationAction.inbox, { ...args, locale: toLocale(args.locale) ?? requestLocale(ctx) }),
    unreadNotificationCount: async (_: unknown, __: unknown, ctx: GatewayContext) => (await ctx.call<UnreadCount>(NotificationAction.unreadCount, {})).unread,
    notificationPreferences: (_: unknown, __: unknown, ctx: GatewayContext) => ctx.call<PreferencesDto>(NotificationAction.preferences, {}),
  },
  Mutation: {
    markNotificationsRead: async (_: unknown, { ids }: MutationMarkNotificationsReadArgs, ctx: GatewayContext) => (await ctx.call<UnreadCount>(NotificationAction.markRead, { ids })).unread,
    markAllNotificationsRead: async (_: unknown, __: unknown, ctx: GatewayContext) => (await ctx.call<UnreadCount>(NotificationAction.markAllRead, {})).unread,
    setNotificationPreferences: (_: unknown, { input }: MutationSetNotificationPreferencesArgs, ctx: GatewayContext) =>
      ctx.call<PreferencesDto>(NotificationAction.setPreferences, { ...input, locale: toLocale(input.locale) }),
  },
  Notification: {
    subject: (n: NotificationDto) => Object.entries(n.subject).map(([key, id]) => ({ key, id })),
  },
  NotificationPreferences: {
    locale: (p: PreferencesDto) => fromLocale(p.locale),
  },
};
