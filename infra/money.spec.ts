import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_AMOUNT_FEN, formatFen, parseFenSum, parseMoney, sumFen, toFenSum, toMoney } from './money.js';
import { thrown, thrownType } from '../test/helpers/outcomes.js';

describe('parseMoney', () => {
  it('parses decimal strings to integer fen', () => {
    expect(parseMoney('1000000.01')).toBe(100000001);
    expect(parseMoney('0')).toBe(0);
    expect(parseMoney('0.5')).toBe(50);
    expect(parseMoney('12.30')).toBe(1230);
    expect(parseMoney('7')).toBe(700);
    expect(parseMoney({ amount: '123.45', currency: 'CNY' })).toBe(12345);
    expect(parseMoney({ amount: '123.45' })).toBe(12345);
  });

  it('refuses more than two decimals, exponents, signs, junk and other currencies', () => {
    for (const bad of ['1.234', '-1', '1e5', '1E5', '+1', ' 1', '1 ', '1.', '.5', '01', '1,000.00', 'NaN', 'Infinity', '0x10', '', '１']) {
      expect(thrownType(() => parseMoney(bad)), bad).toBe('BAD_USER_INPUT');
    }
    expect(thrownType(() => parseMoney({ amount: '1.00', currency: 'USD' }))).toBe('BAD_USER_INPUT');
    expect(thrownType(() => parseMoney({ amount: '1.00', currency: 'cny' }))).toBe('BAD_USER_INPUT');
  });

  it('accepts a negative amount only when asked, and zero unless positive is required', () => {
    expect(parseMoney('-1.5', { allowNegative: true })).toBe(-150);
    expect(thrownType(() => parseMoney('0.00', { positive: true }))).toBe('BAD_USER_INPUT');
    expect(parseMoney('0.01', { positive: true })).toBe(1);
  });

  it('refuses amounts integer fen cannot hold exactly', () => {
    expect(parseMoney('90071992547409.91')).toBe(Number.MAX_SAFE_INTEGER);
    expect(thrownType(() => parseMoney('90071992547409.92'))).toBe('BAD_USER_INPUT');
  });

  it('names the field in the error data', () => {
    try {
      parseMoney('1.234', { field: 'committedFunding' });
      expect.unreachable();
    } catch (err) {
      expect((err as { data?: { field?: string } }).data?.field).toBe('committedFunding');
    }
  });
});

describe('formatFen', () => {
  it('formats integer fen with exactly two decimals', () => {
    expect(formatFen(100000001)).toBe('1000000.01');
    expect(formatFen(0)).toBe('0.00');
    expect(formatFen(5)).toBe('0.05');
    expect(formatFen(-150)).toBe('-1.50');
    expect(formatFen(100000001n)).toBe('1000000.01');
    expect(toMoney(12345)).toEqual({ amount: '123.45', currency: 'CNY' });
    expect(() => formatFen(1.5)).toThrow(TypeError); // a programming error, not a refusal: no code
  });

  it('round-trips every safe amount exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (fen) => {
        expect(parseMoney(formatFen(fen))).toBe(fen);
      }),
    );
  });
});

describe('sums of amounts (beyond 2^53 fen)', () => {
  it('refuses one amount above the largest with its rule and the limit', () => {
    expect(thrown(() => parseMoney('90071992547409.92', { field: 'gross' }))).toEqual({ type: 'BAD_USER_INPUT', data: { field: 'gross', rule: 'AMOUNT_TOO_LARGE', max: '90071992547409.91' } });
    expect(parseMoney(formatFen(MAX_AMOUNT_FEN))).toBe(MAX_AMOUNT_FEN);
  });

  it('adds two of the largest amounts exactly and formats the sum from bigint or FenSum', () => {
    const two = sumFen([MAX_AMOUNT_FEN, MAX_AMOUNT_FEN]);
    expect(two).toBe(18_014_398_509_481_982n);
    expect(toFenSum(two)).toBe('18014398509481982');
    expect(formatFen(two)).toBe('180143985094819.82');
    expect(toMoney('18014398509481982')).toEqual({ amount: '180143985094819.82', currency: 'CNY' });
    expect(formatFen('-5')).toBe('-0.05');
    expect(() => formatFen('1.5')).toThrow(TypeError);
  });

  it('reads a FenSum back, refusing anything else as BAD_USER_INPUT on its field', () => {
    expect(parseFenSum('18014398509481982')).toBe(18_014_398_509_481_982n);
    expect(parseFenSum(-7)).toBe(-7n);
    for (const bad of ['', '1.5', '01', '1e3', ' 1', 'x']) expect(thrown(() => parseFenSum(bad, 'openingTotalFen')), bad).toEqual({ type: 'BAD_USER_INPUT', data: { field: 'openingTotalFen' } });
  });

  it('round-trips any sum of accepted amounts exactly (generated)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -MAX_AMOUNT_FEN, max: MAX_AMOUNT_FEN }), { maxLength: 20 }), (xs) => {
        const exact = xs.reduce((s, x) => s + BigInt(x), 0n);
        expect(sumFen(xs)).toBe(exact);
        expect(parseFenSum(toFenSum(exact))).toBe(exact);
      }),
    );
  });
});
