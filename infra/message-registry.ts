/**
 * The message registry: every catalog of the platform in one place (infra/messages.ts explains the convention),
 * `msg` to name a message (a service's English fallback text comes from its English catalog text) and `render` to
 * write it in a locale. ICU MessageFormat through `intl-messageformat` (FormatJS): the ICU syntax translators and
 * tools already know (plural, select, number), maintained, no runtime dependencies beyond FormatJS's parser, and it
 * formats with the platform's own `Intl` (no locale data to ship). Parsed formats are cached per key and locale.
 *
 * This file is infra's one exception to "imports nothing above": it imports the catalogs (pure data files,
 * `services/<name>/<name>.messages.ts`, `gateway/gateway.messages.ts`) so the gateway and every service render
 * the same texts (.dependency-cruiser.cjs allows exactly that).
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { DateTime } from 'luxon';
import { DEFAULT_LOCALE, LOCALES, type Locale, type MessageCatalog, type MessageParams, type Msg, type ParamValue } from './messages.js';
import { formatFen } from './money.js';
import { messages as infra } from './infra.messages.js';
import { messages as gateway } from '../gateway/gateway.messages.js';
import { messages as organizations } from '../services/organizations/organizations.messages.js';
import { messages as alliances } from '../services/alliances/alliances.messages.js';
import { messages as trainingBases } from '../services/trainingBases/trainingBases.messages.js';
import { messages as grants } from '../services/grants/grants.messages.js';
import { messages as grantStandings } from '../services/grantStandings/grantStandings.messages.js';
import { messages as projects } from '../services/projects/projects.messages.js';
import { messages as revenue } from '../services/revenue/revenue.messages.js';
import { messages as cooperation } from '../services/cooperation/cooperation.messages.js';
import { messages as notifications } from '../services/notifications/notifications.messages.js';
import { messages as listings } from '../services/listings/listings.messages.js';
import { messages as matchmaking } from '../services/matchmaking/matchmaking.messages.js';
import { messages as certification } from '../services/certification/certification.messages.js';
import { messages as evaluation } from '../services/evaluation/evaluation.messages.js';

/** Every catalog by its owner (the key prefix). A new service adds its catalog here. */
export const CATALOGS = { infra, gateway, organizations, alliances, trainingBases, grants, grantStandings, projects, revenue, cooperation, notifications, listings, matchmaking, certification, evaluation } as const;

const ALL = { ...infra, ...gateway, ...organizations, ...alliances, ...trainingBases, ...grants, ...grantStandings, ...projects, ...revenue, ...cooperation, ...notifications, ...listings, ...matchmaking, ...certification, ...evaluation };
/** Every message key of the platform (checked by tsc where a message is named). */
export type MessageKey = keyof typeof ALL;
/** All messages, key → texts. */
export const MESSAGES: MessageCatalog = ALL;

/** Names a message: key, parameters and its English text (the error's fallback `message`). */
export function msg(key: MessageKey, params: MessageParams = {}): Msg {
  return { key, params, message: render(key, params, 'en') };
}

const cache = new Map<string, IntlMessageFormat>();
function format(key: string, locale: Locale): IntlMessageFormat | null {
  const id = `${locale}\u0000${key}`;
  let f = cache.get(id);
  if (!f) {
    const text = MESSAGES[key]?.[locale];
    if (text === undefined) return null;
    f = new IntlMessageFormat(text, locale);
    cache.set(id, f);
  }
  return f;
}

const PLATFORM_ZONE = 'Asia/Shanghai';

/** "1234567.80" → "1,234,567.80" (grouping the yuan). */
function grouped(decimal: string): string {
  const [int, frac] = decimal.replace('-', '').split('.');
  return `${decimal.startsWith('-') ? '-' : ''}${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac}`;
}

/** One parameter as the locale writes it (typed values formatted; plain values as they are). */
export function formatParam(v: ParamValue | undefined, locale: Locale): string | number | boolean | null | undefined {
  if (v === null || v === undefined || typeof v !== 'object') return v;
  if ('$date' in v) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v.$date);
    return m && locale === 'zh-CN' ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : v.$date;
  }
  if ('$money' in v) return `¥${grouped(formatFen(v.$money))}`;
  if ('$time' in v) {
    const t = DateTime.fromISO(v.$time, { zone: v.zone ?? PLATFORM_ZONE });
    if (!t.isValid) return v.$time;
    return locale === 'zh-CN' ? `${t.year}年${t.month}月${t.day}日 ${t.toFormat('HH:mm')}` : t.toFormat('yyyy-MM-dd HH:mm');
  }
  if ('$key' in v) return render(v.$key, v.params ?? {}, locale);
  if ('$list' in v) {
    const items = v.$list.map((x) => String(formatParam(x, locale)));
    return new Intl.ListFormat(locale, { type: v.type ?? 'conjunction', style: 'long' }).format(items);
  }
  return JSON.stringify(v);
}

/**
 * The text of `key` in `locale` with `params` (typed values formatted for the locale). An unknown key answers
 * the key itself (never throws: a missing text must not hide the error it explains); a text that fails to
 * format falls back to English, then to the key.
 */
export function render(key: string, params: Record<string, unknown> = {}, locale: Locale = DEFAULT_LOCALE): string {
  const f = format(key, locale);
  if (!f) return key;
  const values: Record<string, string | number | boolean | null | undefined> = {};
  for (const [k, v] of Object.entries(params)) values[k] = formatParam(v as ParamValue, locale);
  try {
    return String(f.format(values));
  } catch {
    return locale === 'en' ? key : render(key, params, 'en');
  }
}

/** Is `value` one of the platform's locales? */
export const isLocale = (value: unknown): value is Locale => (LOCALES as readonly unknown[]).includes(value);

/** A language tag to one of ours: zh, zh-CN, zh-Hans… → zh-CN; en, en-US… → en; anything else null. */
export function localeOfTag(tag: string | null | undefined): Locale | null {
  const t = (tag ?? '').trim().toLowerCase();
  if (t === 'zh' || t.startsWith('zh-')) return 'zh-CN';
  if (t === 'en' || t.startsWith('en-')) return 'en';
  return null;
}

/**
 * The locale of a request: an explicit choice first (the console's `x-lang` header or `lang` cookie, e.g. `en`),
 * then `Accept-Language` by its q-values (RFC 9110: the best-weighted tag we speak; q=0 refuses a tag), else zh-CN.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined, explicit?: string | null): Locale {
  const chosen = localeOfTag(explicit);
  if (chosen) return chosen;
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, i) => {
      const [tag, ...ps] = part.trim().split(';');
      const q = ps.map((x) => /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(x)).find(Boolean);
      return { tag: tag.trim(), q: q ? Number(q[1]) : 1, i };
    })
    .filter((x) => x.tag && x.q > 0 && !Number.isNaN(x.q))
    .sort((a, b) => b.q - a.q || a.i - b.i);
  for (const r of ranked) {
    const l = localeOfTag(r.tag);
    if (l) return l;
  }
  return DEFAULT_LOCALE;
}

/** A rendered i18n reference `{ key, params }` (as in an error's `data.i18n`), or null when `ref` is none. */
export function renderRef(ref: unknown, locale: Locale): string | null {
  if (!ref || typeof ref !== 'object' || typeof (ref as { key?: unknown }).key !== 'string') return null;
  const r = ref as { key: string; params?: Record<string, unknown> };
  return MESSAGES[r.key] ? render(r.key, r.params ?? {}, locale) : null;
}
