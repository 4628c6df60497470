/**
 * The `getMany` contract every batch action keeps for the gateway's DataLoaders: one entry per requested id, in
 * the order asked (duplicates included), `null` where the id names nothing (or nothing the caller may see).
 */
export function inIdOrder<T>(ids: readonly string[], found: Iterable<readonly [string, T]>): (T | null)[] {
  const byId = new Map(found);
  return ids.map((id) => byId.get(id) ?? null);
}
