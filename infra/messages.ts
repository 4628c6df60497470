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
