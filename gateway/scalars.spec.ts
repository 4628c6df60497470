import { describe, expect, it } from 'vitest';
import { DateScalar, DateTimeScalar } from './scalars.js';

describe('scalars', () => {
  it('Date accepts real calendar dates only', () => {
    expect(DateScalar.parseValue('2024-02-29')).toBe('2024-02-29');
    expect(() => DateScalar.parseValue('2023-02-29')).toThrow();
    expect(() => DateScalar.parseValue('2024-2-1')).toThrow();
    expect(() => DateScalar.parseValue({ $gt: '' })).toThrow();
  });
  it('DateTime needs an offset and comes back in UTC', () => {
    expect(DateTimeScalar.parseValue('2026-03-03T08:00:00+08:00')).toBe('2026-03-03T00:00:00.000Z');
    expect(() => DateTimeScalar.parseValue('2026-03-03T08:00:00')).toThrow();
    expect(DateTimeScalar.serialize('2026-03-03T08:00:00+08:00')).toBe('2026-03-03T00:00:00.000Z');
  });
});
