import DataLoader from 'dataloader';
import { isBatchFailure, type BatchEntry } from '../infra/batch.js';
import type { Caller } from '../infra/caller.js';
import { toGraphQLError } from './errors.js';

/**
 * Argument-taking fields of list items (`Alliance.memberCounts(asOf)`, `TrainingBase.availability(from, to)` …)
 * batched per request: one call per field and argument set, whatever the length of the list of parents. The
 * action takes `{ [idsParam]: parentIds, ...args }` and answers one entry per parent id, in order; an entry that
 * is a `BatchFailure` (infra/batch.ts) becomes that field's own coded GraphQL error.
 */
export function makeFieldBatcher(call: Caller) {
  const loaders = new Map<string, DataLoader<string, unknown>>();
  return function batchField<T>(action: string, idsParam: string, parentId: string, args: Record<string, unknown> = {}): Promise<T> {
    const key = `${action}\u0000${idsParam}\u0000${stableJson(args)}`;
    let loader = loaders.get(key);
    if (!loader) {
      loader = new DataLoader<string, unknown>(
        async (ids) => {
          const entries = await call<BatchEntry<unknown>[]>(action, { ...args, [idsParam]: [...ids] });
          return entries.map((e) => (isBatchFailure(e) ? toGraphQLError({ type: e.__error.type, message: e.__error.message, data: e.__error.data }) : e));
        },
        { maxBatchSize: 200 },
      );
      loaders.set(key, loader);
    }
    return loader.load(parentId) as Promise<T>;
  };
}
export type FieldBatcher = ReturnType<typeof makeFieldBatcher>;

function stableJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stableJson).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v as object)
      .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v ?? null);
}
