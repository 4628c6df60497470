import { badInput } from './errors.js';
import { MoneyRule } from './reasons.js';
import { msg } from './message-registry.js';

/**
 * Money is integer fen (分) inside the platform — never a binary float — and a decimal string at the edges:
 * GraphQL `Money { amount: "1234.56", currency: "CNY" }`.
 *
 * Two kinds of figure, so that no size the API accepts can lose a fen:
 * - an AMOUNT (one receipt's gross, a deduction, an allocation, a committed funding line, a grant award) is a
 *   `number` of fen, at most `MAX_AMOUNT_FEN` = Number.MAX_SAFE_INTEGER (¥90,071,992,547,409.91): refused above
 *   that at input by `parseMoney` (BAD_USER_INPUT, data { field, rule: AMOUNT_TOO_LARGE, max }). MongoDB and JSON
 *   hold it exactly.
 * - a SUM of amounts (statement totals and running totals, an agreement's gross/net over a period, totals per
 *   beneficiary, a project's total committed funding) has no bound — two receipts of the largest amount already
 *   exceed 2^53 — so it is added up as a `bigint` and crosses the bus as a `FenSum`: the integer fen as a decimal
 *   string ("18014398509481982"), since JSON has no BigInt. `formatFen`/`toMoney` take either kind.
 */
export const CURRENCY = 'CNY';

/** The largest single amount the API accepts, in fen: ¥90,071,992,547,409.91. */
export const MAX_AMOUNT_FEN = Number.MAX_SAFE_INTEGER;

/** A sum of amounts: integer fen as a decimal string, optionally negative ("-120", "18014398509481982"). Exact at any size. */
export type FenSum = string;

const FEN_SUM_RE = /^-?(0|[1-9]\d*)$/;

/** Σ of fen amounts as a bigint: exact whatever their number and size. */
export function sumFen(values: Iterable<number | bigint>): bigint {
  let total = 0n;
  for (const v of values) total += BigInt(v);
  return total;
}

/** A bigint sum as it crosses the bus. */
export const toFenSum = (fen: bigint | number): FenSum => BigInt(fen).toString();

/** Reads a `FenSum` (or a safe-integer number of fen) back to a bigint; BAD_USER_INPUT (data.field) when it is not one. */
export function parseFenSum(value: FenSum | number, field = 'amount'): bigint {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return BigInt(value);
  if (typeof value === 'string' && value.length <= 40 && FEN_SUM_RE.test(value)) return BigInt(value);
  throw badInput(msg('infra.fenInvalid', { field }), { field });
}

export interface Money {
  amount: string;
  currency: string;
}
export interface MoneyInput {
  amount: string;
  currency?: string | null;
}

export interface ParseMoneyOptions {
  /** Field name used in the error (`data.field`). */
  field?: string;
  /** Accept a leading minus (e.g. an adjustment); refused by default. */
  allowNegative?: boolean;
  /** Refuse zero (e.g. a payment that must move money). */
  positive?: boolean;
}

// Strict: digits without leading zeros, at most two decimals, no exponent, no sign unless allowed, no spaces.
const AMOUNT_RE = /^(-?)(0|[1-9]\d*)(?:\.(\d{1,2}))?$/;

/** fastest-validator rule for a MoneyInput at an action boundary (the amount's format is checked by parseMoney). */
export const moneyInputRule = {
  type: 'object',
  strict: 'remove',
  props: {
    amount: { type: 'string', min: 1, max: 32 },
    currency: { type: 'string', optional: true, nullable: true, max: 8 },
  },
} as const;
export const optionalMoneyInputRule = { ...moneyInputRule, optional: true, nullable: true } as const;

/**
 * Parses "1234.56" (or `{ amount, currency: "CNY" }`) to integer fen: 123456. Throws BAD_USER_INPUT for more
 * than two decimals, an exponent, a sign (unless allowed), a currency other than CNY, or an amount above
 * `MAX_AMOUNT_FEN` (data.rule AMOUNT_TOO_LARGE, data.max "90071992547409.91").
 */
export function parseMoney(input: MoneyInput | string, opts: ParseMoneyOptions = {}): number {
  const field = opts.field ?? 'amount';
  const amount = typeof input === 'string' ? input : input?.amount;
  const currency = typeof input === 'string' ? CURRENCY : (input?.currency ?? CURRENCY);
  if (currency !== CURRENCY) throw badInput(msg('infra.currencyUnsupported', { field, currency: CURRENCY, value: String(currency) }), { field });
  if (typeof amount !== 'string') throw badInput(msg('infra.amountNotString', { field }), { field });
  const m = AMOUNT_RE.exec(amount);
  if (!m) throw badInput(msg('infra.amountFormat', { field, value: amount }), { field });
  const negative = m[1] === '-';
  if (negative && !opts.allowNegative) throw badInput(msg('infra.amountNegative', { field, value: amount }), { field });
  const fen = BigInt(m[2]) * 100n + BigInt((m[3] ?? '').padEnd(2, '0'));
  if (fen > BigInt(MAX_AMOUNT_FEN)) {
    throw badInput(msg('infra.amountTooLarge', { field, max: formatFen(MAX_AMOUNT_FEN), value: amount }), { field, rule: MoneyRule.AMOUNT_TOO_LARGE, max: formatFen(MAX_AMOUNT_FEN) });
  }
  if (opts.positive && fen === 0n) throw badInput(msg('infra.amountZero', { field }), { field });
  const n = Number(fen);
  return negative && n !== 0 ? -n : n;
}

/**
 * Integer fen — an amount (`number`), a sum (`bigint`, or a `FenSum` string) — to the edge's decimal string with
 * exactly two decimals: 100000001 → "1000000.01", "18014398509481982" → "180143985094819.82".
 */
export function formatFen(fen: number | bigint | FenSum): string {
  if (typeof fen === 'number' && !Number.isSafeInteger(fen)) throw new TypeError(`formatFen needs integer fen, got ${fen}`);
  if (typeof fen === 'string' && !FEN_SUM_RE.test(fen)) throw new TypeError(`formatFen needs integer fen, got "${fen}"`);
  const big = BigInt(fen);
  const neg = big < 0n;
  const abs = neg ? -big : big;
  const yuan = abs / 100n;
  const cents = (abs % 100n).toString().padStart(2, '0');
  return `${neg ? '-' : ''}${yuan}.${cents}`;
}

/** Integer fen (an amount, or a sum as bigint or `FenSum`) to GraphQL `Money`. */
export function toMoney(fen: number | bigint | FenSum): Money {
  return { amount: formatFen(fen), currency: CURRENCY };
}
