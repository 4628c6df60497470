/**
 * National ID numbers (居民身份证号码, GB 11643) in free text: the platform never stores one, so any text a person
 * writes into the cooperation service is searched, however the number is written (`looksLikeNationalId`), and every
 * free-text param of an action is checked at once (`nationalIdInParams`, the service's `before` hook). Re-exported by
 * cooperation.rules.ts.
 */
import { ErrorCode, type Problem } from '../../../infra/errors.js';
import { msg } from '../../../infra/message-registry.js';
import { CooperationReason as R } from '../cooperation.contract.js';

/**
 * 居民身份证号码 (GB 11643): 6-digit region code, birth date, 3-digit sequence and a check character (digit or X) —
 * or the old 15-digit form (2-digit birth year, no check character). The region code and the birth date must be
 * plausible, so that policy numbers, phone numbers and amounts are not mistaken for one; the check digit is not
 * verified (a mistyped ID is still an ID).
 */
const ID_18 = /^[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dX]$/;
const ID_15 = /^[1-9]\d{7}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}$/;
/** What may stand between the digits of one written number: white space, dashes, underscores, dots and middle dots, commas, slashes. */
const SEPARATORS = /^[\s\p{Zs}\p{Pd}_.·・‧•∙,，、/\\]+$/u;
/** An X (the check character) after the 17th digit, possibly after separators, not followed by another digit. */
const CHECK_X = /^[\s\p{Zs}\p{Pd}_.·・‧•∙,，、/\\]*X(?!\d)/u;
/** Invisible format characters (zero-width space and joiners, soft hyphen, BOM, direction marks): dropped before looking. */
const INVISIBLE = /\p{Cf}/gu;
/** Digits written as Chinese numerals (〇/零 … 九). */
const CHINESE_DIGITS = /[〇零一二三四五六七八九]/g;
const CHINESE_DIGIT_VALUE: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

/** Whether a text (already NFKC-normalized, upper case, ASCII digits) holds an ID made of whole digit groups joined only by separators. */
function holdsId(t: string): boolean {
  const runs = [...t.matchAll(/\d+/g)].map((m) => ({ digits: m[0], start: m.index, end: m.index + m[0].length }));
  for (let i = 0; i < runs.length; i++) {
    let digits = '';
    for (let j = i; j < runs.length; j++) {
      if (j > i && !SEPARATORS.test(t.slice(runs[j - 1].end, runs[j].start))) break;
      digits += runs[j].digits;
      if (digits.length > 18) break;
      if (digits.length === 15 && ID_15.test(digits)) return true;
      if (digits.length === 18 && ID_18.test(digits)) return true;
      if (digits.length === 17 && CHECK_X.test(t.slice(runs[j].end)) && ID_18.test(`${digits}X`)) return true;
    }
  }
  return false;
}

/**
 * Whether a text contains a national ID number (18 digits, the last may be X, or the old 15 digits), however it is
 * written: full-width digits or X (NFKC, as Chinese IMEs type them), digits split by spaces, dashes, dots or similar
 * separators (450202 19900101 1234, 450202-19900101-1234), invisible characters in between, or Chinese numerals.
 * A digit group must be whole: an ID is not looked for inside a longer run of digits. Phone numbers (0772-7654321,
 * 13800138000) never match.
 */
export function looksLikeNationalId(s: string): boolean {
  const t = s.normalize('NFKC').replace(INVISIBLE, '').toUpperCase();
  if (holdsId(t)) return true;
  const arabic = t.replace(CHINESE_DIGITS, (c) => CHINESE_DIGIT_VALUE[c] ?? c);
  return arabic !== t && holdsId(arabic);
}

/** Params that are not text a person wrote, never searched for an ID: the page cursor, a file's base64 content. */
const NOT_TEXT = new Set(['after', 'contentBase64']);
/** fastest-validator rule types that never carry free text. */
const NO_TEXT_TYPES = new Set(['number', 'boolean', 'enum', 'date', 'equal', 'forbidden', 'objectID', 'uuid', 'mac', 'luhn', 'function', 'class']);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Any string inside `value` (for a param whose rule does not describe its content) holds an ID. */
function anyStringHoldsId(value: unknown): boolean {
  if (typeof value === 'string') return looksLikeNationalId(value);
  if (Array.isArray(value)) return value.some(anyStringHoldsId);
  if (isRecord(value)) return Object.values(value).some(anyStringHoldsId);
  return false;
}

/** Whether `value`, validated by the fastest-validator `rule`, holds an ID in one of its free-text strings. */
function valueHoldsId(value: unknown, rule: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (Array.isArray(rule)) return rule.some((r) => valueHoldsId(value, r));
  const r: Record<string, unknown> = typeof rule === 'string' ? { type: rule.split('|')[0] } : isRecord(rule) ? rule : {};
  const type = typeof r.type === 'string' ? r.type : 'any';
  if (NO_TEXT_TYPES.has(type)) return false;
  // A string with a pattern (ids, dates, months, region codes) is not free text.
  if (type === 'string') return typeof value === 'string' && !('pattern' in r) && !('enum' in r) && looksLikeNationalId(value);
  if (type === 'array' && r.items !== undefined) return Array.isArray(value) && value.some((v) => valueHoldsId(v, r.items));
  if (type === 'object' && isRecord(r.props)) {
    const props = r.props;
    return isRecord(value) && Object.keys(props).some((k) => !NOT_TEXT.has(k) && valueHoldsId(value[k], props[k]));
  }
  return anyStringHoldsId(value);
}

/**
 * No national ID number in any free-text param, at any depth (students, mentor, insurance, titles, majors,
 * obligations, notes, reasons, file names …): `params` as validated by `schema` (an action's fastest-validator
 * params; without one, every string is searched). Strings with a pattern (ids, dates) and the opaque params (cursor,
 * base64 file) are not searched. Refused → BAD_USER_INPUT NATIONAL_ID, `field` the top-level param (e.g. `students`, `mentor`).
 */
export function nationalIdInParams(params: Record<string, unknown>, schema: Record<string, unknown> | undefined): Problem | null {
  const rules: [string, unknown][] = schema ? Object.entries(schema) : Object.keys(params).map((k) => [k, undefined]);
  for (const [field, rule] of rules) {
    if (field.startsWith('$$') || NOT_TEXT.has(field)) continue;
    if (valueHoldsId(params[field], rule)) return { code: ErrorCode.BAD_USER_INPUT, ...msg('cooperation.nationalId'), data: { reason: R.NATIONAL_ID, field } };
  }
  return null;
}
