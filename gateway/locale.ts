/**
 * The language of a request's texts (error messages, shortfalls and reasons, CSV headers): the console's explicit
 * choice first — an `x-lang` header or a `lang` cookie (`zh-CN` / `en`, any zh-* or en-* tag) — then the
 * `Accept-Language` header by its q-values, else zh-CN (infra/message-registry.ts `negotiateLocale`). CSV downloads
 * opened from a browser carry the cookie and Accept-Language; `?lang=` also works on plain routes. A calendar feed's
 * own texts follow only its URL's `lang` (gateway/calendar.ts `feedLocale`); its refusals follow this.
 */
import type { Locale } from '../infra/messages.js';
import { negotiateLocale } from '../infra/message-registry.js';

/** The `lang` cookie of a Cookie header, if any. */
export function langCookie(header: string | null): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === 'lang') return decodeURIComponent(v.join('=')).trim() || null;
  }
  return null;
}

const cache = new WeakMap<Request, Locale>();

/** The locale of `request` (cached per request). */
export function localeOf(request: Request | undefined | null): Locale {
  if (!request) return negotiateLocale(null);
  const hit = cache.get(request);
  if (hit) return hit;
  let query: string | null = null;
  try {
    query = new URL(request.url).searchParams.get('lang');
  } catch {
    query = null;
  }
  const explicit = request.headers.get('x-lang') ?? query ?? langCookie(request.headers.get('cookie'));
  const locale = negotiateLocale(request.headers.get('accept-language'), explicit);
  cache.set(request, locale);
  return locale;
}
