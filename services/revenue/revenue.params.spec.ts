import { describe, expect, it } from 'vitest';
import { encodeCursor } from '../../infra/pagination.js';
import { decodeStatementCursor, encodeStatementCursor } from './revenue.params.js';
import { thrown } from '../../test/helpers/outcomes.js';

const ID = '0123456789abcdef01234567';

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
    expect(thrown(() => decodeStatementCursor(encodeCursor(ID)))).toEqual({ type: 'BAD_USER_INPUT', data: { field: 'after' } });
    expect(thrown(() => decodeStatementCursor(Buffer.from(`r:March:${ID}`).toString('base64url')))).toEqual({ type: 'BAD_USER_INPUT', data: { field: 'after' } });
    expect(thrown(() => decodeStatementCursor('not a cursor'))).toEqual({ type: 'BAD_USER_INPUT', data: { field: 'after' } });
  });
});
