import { describe, expect, it } from 'vitest';
import { inIdOrder, isBatchFailure, settleEach } from './batch.js';
import { forbidden, notFound } from './errors.js';

describe('inIdOrder', () => {
  it('answers one entry per id asked, in order, duplicates included, null where missing', () => {
    expect(inIdOrder(['b', 'a', 'b', 'x'], [['a', 1], ['b', 2]])).toEqual([2, 1, 2, null]);
  });
});

describe('settleEach', () => {
  it('turns a coded error of one key into that entry\'s failure and answers the others', async () => {
    const out = await settleEach(['a', 'b', 'c'], async (k) => {
      if (k === 'b') throw forbidden('no', { baseId: k });
      if (k === 'c') throw notFound('Base', k);
      return k.toUpperCase();
    });
    expect(out).toHaveLength(3);
    expect(out[0]).toBe('A');
    expect(isBatchFailure(out[1]) && out[1].__error.type).toBe('FORBIDDEN');
    expect(isBatchFailure(out[1]) && out[1].__error.data).toEqual({ baseId: 'b' });
    expect(isBatchFailure(out[2]) && out[2].__error.type).toBe('NOT_FOUND');
  });

  it('fails the whole call on an unexpected error', async () => {
    await expect(settleEach([1], async () => { throw new TypeError('bug'); })).rejects.toBeInstanceOf(TypeError);
  });
});
