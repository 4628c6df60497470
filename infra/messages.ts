/**
 * Message catalogs: every text a user reads from the API (errors, reasons, shortfalls, criterion descriptions,
 * export headers) is a key with ICU MessageFormat texts in zh-CN (first) and English. Each service keeps its
 * catalog beside its rules in `services/<name>/<name>.messages.ts`:
 *
 *   export const messages = {
 *     'cooperation.insuranceGap': {
 *       'zh-CN': '实习责任保险期间 {coverFrom}–{coverTo} 未覆盖实习期间 {from}–{to}。',
 *       en: 'The internship liability insurance {coverFrom}–{coverTo} does not cover the placement {from}–{to}.',
 *     },
 *   } satisfies MessageCatalog;
 *
 * Keys are `<service>.<camelCaseName>`; parameters are plain JSON values.
 */
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** One message: its ICU text per locale (both required). */
export type MessageTexts = Record<Locale, string>;
/** A service's (or the gateway's) catalog: message key → texts. */
export type MessageCatalog = Record<string, MessageTexts>;

/**
 * A parameter of a message: a plain JSON value, or one of these typed values the renderer formats per locale —
 * `{ $date: 'YYYY-MM-DD' }` (zh-CN 2026年12月1日, en 2026-12-01), `{ $money: fen }` (integer fen as a string or
 * number → ¥1,000,000.00), `{ $time: ISO instant, zone? }` (wall time in that IANA zone, default Asia/Shanghai),
 * `{ $key, params? }` (another message, e.g. a status name such as `alliances.status.ACTIVE`), `{ $list, type? }`
 * (values joined by the locale's list format: "A、B和C" / "A, B, and C"; type 'disjunction' for "or").
 * Build them with the `P` helpers below.
 */
export type ParamValue =
  | string
  | number
  | boolean
  | null
  | { $date: string }
  | { $money: string }
  | { $time: string; zone?: string }
  | { $key: string; params?: MessageParams }
  | { $list: ParamValue[]; type?: 'conjunction' | 'disjunction' | 'unit' };
export type MessageParams = Record<string, ParamValue>;

/** A message ready to travel: its key, parameters and the English text (the fallback `message`). */
export interface Msg {
  key: string;
  params: MessageParams;
  message: string;
}

/** Builders of typed parameter values (see `ParamValue`). */
export const P = {
  date: (d: string): ParamValue => ({ $date: d }),
  money: (fen: number | bigint | string): ParamValue => ({ $money: String(fen) }),
  time: (at: Date | string | number, zone?: string): ParamValue => ({ $time: new Date(at).toISOString(), ...(zone ? { zone } : {}) }),
  key: (key: string, params?: MessageParams): ParamValue => ({ $key: key, ...(params ? { params } : {}) }),
  list: (items: ParamValue[], type?: 'conjunction' | 'disjunction' | 'unit'): ParamValue => ({ $list: items, ...(type ? { type } : {}) }),
};

/** Is `value` a `Msg` (as opposed to a plain string message)? */
export const isMsg = (value: unknown): value is Msg =>
  typeof value === 'object' && value !== null && typeof (value as Msg).key === 'string' && typeof (value as Msg).message === 'string';

/** A message by reference (key and parameters, no text): what a DTO carries beside a prose field for the gateway to render. */
export interface MessageRef {
  key: string;
  params: MessageParams;
}
/** The reference of a message (drops its English text). */
export const refOf = (m: Msg): MessageRef => ({ key: m.key, params: m.params });
