/**
 * Renders this service's catalog texts (notifications.messages.ts, registered in infra/message-registry.ts) with
 * intl-messageformat (FormatJS's ICU MessageFormat implementation): select/plural work per locale, and typed
 * parameters (`P.date`, `P.time`, `P.money`) are written the locale's way by the registry's `formatParam`
 * (2026年12月1日 09:00 / 2026-12-01 09:00, ¥1,000,000.00). Compiled formats are cached per key and locale.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { formatParam, MESSAGES } from '../../infra/message-registry.js';
import type { Locale, MessageParams, ParamValue } from '../../infra/messages.js';
import type { NotificationMessageKey } from './notifications.messages.js';

const cache = new Map<string, IntlMessageFormat>();

/**
 * The text of `key` in `locale` with `params` (missing parameters render empty rather than throwing: an item stored
 * before a text gained a parameter still reads). Items stored before typed parameters hold plain strings, shown as-is.
 */
export function render(key: NotificationMessageKey, locale: Locale, params: MessageParams | Record<string, string>): string {
  const id = `${locale}\u0000${key}`;
  let fmt = cache.get(id);
  if (!fmt) {
    fmt = new IntlMessageFormat(MESSAGES[key][locale], locale, undefined, { ignoreTag: true });
    cache.set(id, fmt);
  }
  const values = params as Record<string, ParamValue>;
  const needed = new Proxy(values, { get: (t, p) => (typeof p === 'string' ? (formatParam(t[p], locale) ?? '') : undefined) });
  return String(fmt.format(needed as unknown as Record<string, string>));
}
