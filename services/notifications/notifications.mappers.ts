/** Stored notification → what its reader sees, rendered in the reader's language. */
import type { Locale } from '../../infra/messages.js';
import type { NotificationDto } from './notifications.contract.js';
import type { NotificationDoc } from './notifications.model.js';
import { textKey } from './notifications.rules.js';
import { render } from './notifications.render.js';

export function toNotificationDto(d: NotificationDoc, locale: Locale, read: boolean): NotificationDto {
  return {
    id: String(d._id),
    kind: d.kind,
    title: render(textKey(d.message, 'title'), locale, d.params),
    body: render(textKey(d.message, 'body'), locale, d.params),
    link: d.link,
    subject: d.subject,
    read,
    settled: d.settled === true,
    createdAt: d.createdAt.toISOString(),
  };
}

