import { badInput } from './errors.js';

/**
 * Money is integer fen (分) inside the platform — never a binary float — and a decimal string at the edges:
 * GraphQL `Money { amount: "1234.56", currency: "CNY" }`. Fen are `number` safe integers (up to
 * 90 071 992 547 409.91 yuan), which Mongo stores exactly and JSON carries exactly.
 */
export const CURRENCY = 'CNY';

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
 * than two decimals, an exponent, a sign (unless allowed), a currency other than CNY, or an amount beyond
 * what integer fen can hold exactly.
 */
export function parseMoney(input: MoneyInput | string, opts: ParseMoneyOptions = {}): number {
  const field = opts.field ?? 'amount';
  const amount = typeof input === 'string' ? input : input?.amount;
  const currency = typeof input === 'string' ? CURRENCY : (input?.currency ?? CURRENCY);
  if (currency !== CURRENCY) throw badInput(`${field}: only ${CURRENCY} is supported, got "${currency}".`, { field });
  if (typeof amount !== 'string') throw badInput(`${field} must be a decimal string such as "1234.56".`, { field });
  const m = AMOUNT_RE.exec(amount);
  if (!m) throw badInput(`${field} must be a decimal amount with at most two decimals, such as "1234.56" (no exponent, no spaces), got "${amount}".`, { field });
  const negative = m[1] === '-';
  if (negative && !opts.allowNegative) throw badInput(`${field} may not be negative, got "${amount}".`, { field });
  const fen = BigInt(m[2]) * 100n + BigInt((m[3] ?? '').padEnd(2, '0'));
  if (fen > BigInt(Number.MAX_SAFE_INTEGER)) throw badInput(`${field} is too large, got "${amount}".`, { field });
  if (opts.positive && fen === 0n) throw badInput(`${field} must be more than zero.`, { field });
  const n = Number(fen);
  return negative && n !== 0 ? -n : n;
}

/** Integer fen to the edge's decimal string with exactly two decimals: 100000001 → "1000000.01". */
export function formatFen(fen: number | bigint): string {
  if (typeof fen === 'number' && !Number.isSafeInteger(fen)) throw new TypeError(`formatFen needs integer fen, got ${fen}`);
  const big = BigInt(fen);
  const neg = big < 0n;
  const abs = neg ? -big : big;
  const yuan = abs / 100n;
  const cents = (abs % 100n).toString().padStart(2, '0');
  return `${neg ? '-' : ''}${yuan}.${cents}`;
}

/** Integer fen to GraphQL `Money`. */
export function toMoney(fen: number | bigint): Money {
  return { amount: formatFen(fen), currency: CURRENCY };
}
