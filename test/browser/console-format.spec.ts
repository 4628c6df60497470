/** The console's formatting rules (pure functions shared by every screen): money from strings, times in the base's zone. */
import { describe, expect, it } from 'vitest';
import { bp, formatDateTime, formatMoney, fromWallClock, monthEnds, nextMonday, parseYuan, toWallClock, zonedToIso } from '../../console/src/format.js';

describe('formatMoney', () => {
  it('groups thousands and keeps exactly the fen of the decimal string, never through a float', () => {
    expect(formatMoney({ amount: '1000000.00', currency: 'CNY' })).toBe('¥1,000,000.00');
    expect(formatMoney({ amount: '1000000.01', currency: 'CNY' })).toBe('¥1,000,000.01');
    expect(formatMoney({ amount: '0.50', currency: 'CNY' })).toBe('¥0.50');
    expect(formatMoney({ amount: '-7500.00', currency: 'CNY' })).toBe('-¥7,500.00');
    expect(formatMoney({ amount: '12.5', currency: 'CNY' })).toBe('¥12.50');
    expect(formatMoney({ amount: '123', currency: 'CNY' })).toBe('¥123.00');
    // Beyond 2^53 fen a float would lose the last digits; the string keeps them.
    expect(formatMoney({ amount: '90071992547409.93', currency: 'CNY' })).toBe('¥90,071,992,547,409.93');
    expect(formatMoney({ amount: '1234.56', currency: 'USD' })).toBe('USD 1,234.56');
    expect(formatMoney(null)).toBe('—');
  });
});

describe('time zones', () => {
  it('turns a wall-clock time of the base into an instant with its offset, across DST', () => {
    expect(zonedToIso('2026-03-03', '08:00', 'Asia/Shanghai')).toBe('2026-03-03T08:00:00+08:00');
    expect(zonedToIso('2026-07-01', '09:30', 'America/New_York')).toBe('2026-07-01T09:30:00-04:00');
    expect(zonedToIso('2026-01-15', '09:30', 'America/New_York')).toBe('2026-01-15T09:30:00-05:00');
    expect(zonedToIso('2026-03-29', '03:00', 'Europe/Berlin')).toBe('2026-03-29T03:00:00+02:00');
  });

  it('shows an instant in the base zone whatever the browser zone, and the calendar round trip is exact', () => {
    expect(formatDateTime('2026-11-30T06:00:00.000Z', 'Asia/Shanghai')).toBe('2026-11-30 14:00');
    const wall = toWallClock('2026-11-30T06:00:00.000Z', 'Asia/Shanghai');
    expect(wall.toISOString()).toBe('2026-11-30T14:00:00.000Z');
    expect(Date.parse(fromWallClock(wall, 'Asia/Shanghai'))).toBe(Date.parse('2026-11-30T06:00:00.000Z'));
  });

  it('samples month ends from the founding month through the chosen date', () => {
    expect(monthEnds('2024-03-01', '2024-06-10')).toEqual(['2024-03-31', '2024-04-30', '2024-05-31', '2024-06-10']);
    expect(monthEnds('2024-01-15', '2024-02-29')).toEqual(['2024-01-31', '2024-02-29']);
    expect(monthEnds('2020-01-01', '2026-11-23')).toHaveLength(36);
    expect(nextMonday('2026-11-23')).toBe('2026-11-30');
    expect(nextMonday('2026-11-29')).toBe('2026-11-30');
  });
});

describe('parseYuan and bp', () => {
  it('takes an amount of yuan as typed or refuses it, never rounding', () => {
    expect(parseYuan('1000000')).toBe('1000000');
    expect(parseYuan(' 1,000,000.50 ')).toBe('1000000.50');
    expect(parseYuan('0.5')).toBe('0.5');
    expect(parseYuan('12.345')).toBeNull();
    expect(parseYuan('-1')).toBeNull();
    expect(parseYuan('1e6')).toBeNull();
    expect(parseYuan('')).toBeNull();
  });
  it('shows basis points as a percentage with two decimals', () => {
    expect(bp(3500)).toBe('35.00%');
    expect(bp(1)).toBe('0.01%');
    expect(bp(10000)).toBe('100.00%');
    expect(bp(-250)).toBe('-2.50%');
    expect(bp(null)).toBe('—');
  });
});
