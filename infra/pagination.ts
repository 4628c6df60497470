import { badInput } from './errors.js';
import { msg } from './message-registry.js';

/** Contract: `first` defaults to 20 and may be at most 100; `after` is an opaque cursor. */
export const DEFAULT_PAGE = 20;
export const MAX_PAGE = 100;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}
export interface Page<T> {
  edges: { node: T; cursor: string }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export function pageSize(first: number | null | undefined): number {
  if (first === undefined || first === null) return DEFAULT_PAGE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE) throw badInput(msg('infra.pageSize', { max: MAX_PAGE, value: String(first) }), { field: 'first' });
  return first;
}

/** Cursors wrap the sort key (here always the ObjectId) so clients cannot depend on it. */
export function encodeCursor(id: string): string {
  return Buffer.from(`c:${id}`, 'utf8').toString('base64url');
}
export function decodeCursor(cursor: string | null | undefined): string | undefined {
  if (cursor === undefined || cursor === null || cursor === '') return undefined;
  const raw = Buffer.from(cursor, 'base64url').toString('utf8');
  const m = /^c:([0-9a-f]{24})$/.exec(raw);
  if (!m) throw badInput(msg('infra.cursorInvalid'), { field: 'after' });
  return m[1];
}

/** Builds a page from `limit + 1` rows fetched in id order. */
export function toPage<T>(rows: T[], limit: number, idOf: (row: T) => string): Page<T> {
  const more = rows.length > limit;
  const slice = more ? rows.slice(0, limit) : rows;
  const edges = slice.map((node) => ({ node, cursor: encodeCursor(idOf(node)) }));
  return { edges, pageInfo: { hasNextPage: more, endCursor: edges.length ? edges[edges.length - 1].cursor : null } };
}

/**
 * Keyset cursors over a (key, _id) sort, e.g. a statement's (receivedOn, _id): the cursor wraps both, opaque to
 * clients. `keyPattern` says what a key looks like (it must not match ':' followed by an id); a cursor that does not
 * decode is BAD_USER_INPUT (field `after`).
 */
export function encodeKeyedCursor(key: string, id: string): string {
  return Buffer.from(`r:${key}:${id}`, 'utf8').toString('base64url');
}
export function decodeKeyedCursor(cursor: string | null | undefined, keyPattern: RegExp = /[^:]*/): { key: string; id: string } | null {
  if (!cursor) return null;
  const m = new RegExp(`^r:(${keyPattern.source}):([0-9a-f]{24})$`).exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) throw badInput(msg('infra.cursorInvalid'), { field: 'after' });
  return { key: m[1], id: m[m.length - 1] };
}
