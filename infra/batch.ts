/**
 * The `getMany` contract every batch action keeps for the gateway's DataLoaders: one entry per requested id, in
 * the order asked (duplicates included), `null` where the id names nothing (or nothing the caller may see).
 */
export function inIdOrder<T>(ids: readonly string[], found: Iterable<readonly [string, T]>): (T | null)[] {
  const byId = new Map(found);
  return ids.map((id) => byId.get(id) ?? null);
}

/** One entry of a per-parent batch answer that failed on its own (the others still answer). */
export interface BatchFailure {
  __error: { type: string; message: string; data?: unknown };
}
export type BatchEntry<T> = T | BatchFailure;

export const isBatchFailure = (v: unknown): v is BatchFailure => typeof v === 'object' && v !== null && '__error' in v;

/**
 * Answers a batch of parents one by one, in order: a coded error (`MoleculerClientError`) for one parent becomes
 * that entry's `BatchFailure` (e.g. FORBIDDEN for a base the caller may not see), so one call serves a whole list
 * of parents without one parent's refusal failing the others. Unexpected errors still fail the whole call.
 */
export async function settleEach<K, T>(keys: readonly K[], answer: (key: K) => Promise<T>): Promise<BatchEntry<T>[]> {
  return Promise.all(
    keys.map(async (k) => {
      try {
        return await answer(k);
      } catch (err) {
        const e = err as { type?: unknown; message?: string; data?: unknown; name?: string };
        if (e?.name === 'MoleculerClientError' && typeof e.type === 'string') return { __error: { type: e.type, message: e.message ?? '', data: e.data } };
        throw err;
      }
    }),
  );
}
