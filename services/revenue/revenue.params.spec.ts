import { describe, expect, it } from 'vitest';
import { encodeCursor } from '../../infra/pagination.js';
import { decodeStatementCursor, encodeStatementCursor } from './revenue.params.js';

const ID = '0123456789abcdef01234567';
const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return { type: (err as { type?: string }).type, data: (err as { data?: unknown }).data };
  }
  throw new Error('expected a coded error');
};

describe('statement cursors', () => {
  it('wrap the (receivedOn, id) key and give it back; no cursor is no key', () => {
    expect(decodeStatementCursor(encodeStatementCursor('2025-03-01', ID))).toEqual({ receivedOn: '2025-03-01', id: ID });
    expect(decodeStatementCursor(null)).toBeNull();
    expect(decodeStatementCursor('')).toBeNull();
  });
  it('keep the format cursors already handed out had', () => {
    expect(encodeStatementCursor('2025-03-01', ID)).toBe(Buffer.from(`r:2025-03-01:${ID}`, 'utf8').toString('base64url'));
  });
  it('refuse a cursor from another list, or garbage, as BAD_USER_INPUT on `after`', () => {
    expect(codeOf(() => decodeStatementCursor(encodeCursor(ID)))).toEqual({ type: 'BAD_USER_INPUT', data: { field: 'after' } });
    expect(codeOf(() => decodeStatementCursor(Buffer.from(`r:March:${ID}`).toString('base64url')))).toEqual({ type: 'BAD_USER_INPUT', data: { field: 'after' } });
    expect(codeOf(() => decodeStatementCursor('not a cursor'))).toEqual({ type: 'BAD_USER_INPUT', data: { field: 'after' } });
  });
});
