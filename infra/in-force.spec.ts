import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { inForceOn, periodInForce } from './in-force.js';

const day = fc.integer({ min: 0, max: 60 }).map((n) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10));

describe('inForceOn', () => {
  it('takes the last entry that started on or before the date', () => {
    const h = [
      { s: 'FORMING', from: '2026-01-01' },
      { s: 'ACTIVE', from: '2026-02-01' },
      { s: 'SUSPENDED', from: '2026-03-01' },
    ];
    expect(inForceOn(h, '2025-12-31', (e) => e.from)).toBeNull();
    expect(inForceOn(h, '2026-01-01', (e) => e.from)?.s).toBe('FORMING');
    expect(inForceOn(h, '2026-02-28', (e) => e.from)?.s).toBe('ACTIVE');
    expect(inForceOn(h, '2026-03-01', (e) => e.from)?.s).toBe('SUSPENDED');
    expect(inForceOn([], '2026-03-01', (e: { from: string }) => e.from)).toBeNull();
  });

  it('agrees with "the latest start not after the date" on generated ordered histories', () => {
    fc.assert(
      fc.property(fc.array(day, { maxLength: 8 }), day, (starts, date) => {
        const h = [...starts].sort().map((from, i) => ({ i, from }));
        const got = inForceOn(h, date, (e) => e.from);
        const eligible = h.filter((e) => e.from <= date);
        expect(got).toEqual(eligible.length ? eligible[eligible.length - 1] : null);
      }),
    );
  });
});

describe('periodInForce', () => {
  it('is in force from its first day up to, not including, its end', () => {
    expect(periodInForce({ from: '2026-01-10', until: null }, '2026-01-09')).toBe(false);
    expect(periodInForce({ from: '2026-01-10', until: null }, '2026-01-10')).toBe(true);
    expect(periodInForce({ from: '2026-01-10', until: '2026-02-01' }, '2026-01-31')).toBe(true);
    expect(periodInForce({ from: '2026-01-10', until: '2026-02-01' }, '2026-02-01')).toBe(false);
    expect(periodInForce({ from: null, until: null }, '2026-02-01')).toBe(false);
  });
});
