import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { DateScalar, DateTimeScalar } from './scalars.js';

/** The `extensions.code` of what `parse` throws ('OK' when it does not throw). */
const codeOf = (parse: () => unknown): unknown => {
  try {
    parse();
    return 'OK';
  } catch (err) {
    return err instanceof GraphQLError ? err.extensions.code : String(err);
  }
};

describe('scalars', () => {
  it('Date accepts real calendar dates only', () => {
    expect(DateScalar.parseValue('2024-02-29')).toBe('2024-02-29');
    expect(codeOf(() => DateScalar.parseValue('2023-02-29'))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => DateScalar.parseValue('2024-2-1'))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => DateScalar.parseValue({ $gt: '' }))).toBe('BAD_USER_INPUT');
  });
  it('DateTime needs an offset and comes back in UTC', () => {
    expect(DateTimeScalar.parseValue('2026-03-03T08:00:00+08:00')).toBe('2026-03-03T00:00:00.000Z');
    expect(codeOf(() => DateTimeScalar.parseValue('2026-03-03T08:00:00'))).toBe('BAD_USER_INPUT');
    expect(DateTimeScalar.serialize('2026-03-03T08:00:00+08:00')).toBe('2026-03-03T00:00:00.000Z');
  });
});
