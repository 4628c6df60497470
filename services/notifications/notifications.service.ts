/**
 * Notifications: an in-app inbox per user and e-mail through SMTP where configured (SMTP_URL), fed by the domain
 * events of alliances, trainingBases, grants, organizations (and, by name, listings and cooperation). Every event
 * becomes at most one inbox item per recipient organization and one mail per recipient user, however often it
 * arrives (ops/ingest.ts); mails are retried with backoff and never sent twice (ops/send-mails.ts).
 * Runnable alone: `npm run service -- notifications`.
 */
import type { Context, Service, ServiceSchema, ServiceSettingSchema } from 'moleculer';
import { actorOf, isPlatformAdmin, type CallMeta } from '../../infra/auth.js';
import { systemCaller } from '../../infra/caller.js';
import { forbidden } from '../../infra/errors.js';
import { msg } from '../../infra/message-registry.js';
import { mongoMixin, type MongoVars } from '../../infra/mongo.mixin.js';
import type { Page } from '../../infra/pagination.js';
import type { InboxParams, MailQueueState, NotificationDto, PreferencesDto, SetPreferencesParams, UnreadCount } from './notifications.contract.js';
import { notificationModels, type NotificationModels } from './notifications.model.js';
import { inboxParams, markReadParams, setPreferencesParams } from './notifications.params.js';
import { HANDLED_EVENTS } from './notifications.rules.js';
import { notificationSettings, type NotificationSettings } from './notifications.config.js';
import { ingest, type IngestDeps } from './ops/ingest.js';
import { inbox, markAllRead, markRead, preferences, setPreferences, unreadCount } from './ops/inbox.js';
import { MailSender, mailQueue } from './ops/send-mails.js';

const SERVICE = 'notifications';

interface Vars extends MongoVars<NotificationModels> {
  settings: NotificationSettings;
  sender: MailSender | null;
  deps: IngestDeps;
}
type This = Service<ServiceSettingSchema> & Vars;

/** Lookups may fail while a service restarts: an event is tried again after 1 s, 4 s and 16 s before it is dropped (logged). */
const INGEST_RETRIES_MS = [1_000, 4_000, 16_000];

async function handle(svc: This, event: string, payload: Record<string, unknown>): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      const r = await ingest(svc.deps, event, payload);
      if (r.kind) svc.logger.info({ event, ...r }, 'notification ingested');
      return;
    } catch (err) {
      if (attempt >= INGEST_RETRIES_MS.length) {
        svc.logger.error({ err, event }, 'notification dropped: the event could not be ingested');
        return;
      }
      await new Promise((r) => setTimeout(r, INGEST_RETRIES_MS[attempt]).unref?.());
    }
  }
}

const onEvent = {
  async handler(this: This, ctx: Context<Record<string, unknown>>) {
    await handle(this, ctx.eventName ?? '', ctx.params);
  },
};

const NotificationsService: ServiceSchema<ServiceSettingSchema, Record<string, never>, Vars> = {
  name: SERVICE,
  mixins: [mongoMixin(SERVICE, notificationModels)],

  created() {
    this.settings = notificationSettings();
  },

  async started() {
    const mail = this.settings.mail;
    this.sender = mail ? new MailSender(this.models, mail, this.logger) : null;
    this.deps = {
      models: this.models,
      call: systemCaller(this.broker, SERVICE),
      publicUrl: this.settings.publicUrl,
      mailEnabled: mail !== null,
      onMailQueued: () => this.sender?.wake(),
    };
    this.sender?.start();
    this.logger.info(mail ? `e-mail on (SMTP ${mail.smtpUrl.replace(/\/\/[^@/]*@/, '//***@')})` : 'e-mail off (SMTP_URL not set): in-app notifications only');
  },

  async stopped() {
    await this.sender?.stop();
  },

  actions: {
    /** InboxParams → Page<NotificationDto>: the caller's notifications, newest first. FORBIDDEN without an organization. */
    inbox: {
      params: inboxParams,
      handler(this: This, ctx: Context<InboxParams, CallMeta>): Promise<Page<NotificationDto>> {
        return inbox(this.models, actorOf(ctx), ctx.params);
      },
    },
    /** {} → { unread }: what the header badge shows. */
    unreadCount: {
      params: {},
      handler(this: This, ctx: Context<Record<string, never>, CallMeta>): Promise<UnreadCount> {
        return unreadCount(this.models, actorOf(ctx));
      },
    },
    /** { ids } → { unread }: marks those of the caller's notifications read. */
    markRead: {
      params: markReadParams,
      handler(this: This, ctx: Context<{ ids: string[] }, CallMeta>): Promise<UnreadCount> {
        return markRead(this.models, actorOf(ctx), ctx.params.ids);
      },
    },
    /** {} → { unread: 0 }. */
    markAllRead: {
      params: {},
      handler(this: This, ctx: Context<Record<string, never>, CallMeta>): Promise<UnreadCount> {
        return markAllRead(this.models, actorOf(ctx));
      },
    },
    /** {} → PreferencesDto. */
    preferences: {
      params: {},
      handler(this: This, ctx: Context<Record<string, never>, CallMeta>): Promise<PreferencesDto> {
        return preferences(this.models, actorOf(ctx), this.settings.mail !== null);
      },
    },
    /** SetPreferencesParams → PreferencesDto; BAD_USER_INPUT (field email) on a malformed address. */
    setPreferences: {
      params: setPreferencesParams,
      handler(this: This, ctx: Context<SetPreferencesParams, CallMeta>): Promise<PreferencesDto> {
        return setPreferences(this.models, actorOf(ctx), ctx.params, this.settings.mail !== null);
      },
    },
    /** {} → MailQueueState. Platform admins and services. */
    mailQueue: {
      params: {},
      handler(this: This, ctx: Context<Record<string, never>, CallMeta>): Promise<MailQueueState> {
        const a = actorOf(ctx);
        if (!a.system && !isPlatformAdmin(a)) throw forbidden(msg('notifications.whoReadsOutbox'));
        return mailQueue(this.models);
      },
    },
  },

  events: Object.fromEntries(HANDLED_EVENTS.map((e) => [e, onEvent])),
};

export default NotificationsService;
