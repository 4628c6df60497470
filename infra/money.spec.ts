import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatFen, parseMoney, toMoney } from './money.js';
import { thrownType } from '../test/helpers/outcomes.js';

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
