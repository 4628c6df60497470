/**
 * Renders this service's catalog texts (notifications.messages.ts) with intl-messageformat (FormatJS's ICU
 * MessageFormat implementation, maintained, used by react-intl): select/plural work per locale, which plain string
 * substitution would not. Compiled formats are cached per key and locale.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import type { Locale } from '../../infra/messages.js';
import { messages, type NotificationMessageKey } from './notifications.messages.js';

const cache = new Map<string, IntlMessageFormat>();

/** The text of `key` in `locale` with `params` (missing parameters render empty rather than throwing). */
export function render(key: NotificationMessageKey, locale: Locale, params: Record<string, string>): string {
  const id = `${locale}\u0000${key}`;
  let fmt = cache.get(id);
  if (!fmt) {
    fmt = new IntlMessageFormat(messages[key][locale], locale, undefined, { ignoreTag: true });
    cache.set(id, fmt);
  }
  const needed = new Proxy(params, { get: (t, p) => (typeof p === 'string' ? (t[p] ?? '') : undefined) });
  return String(fmt.format(needed as Record<string, string>));
}
