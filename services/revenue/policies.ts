/** The regional revenue policies as the service reads them: a small per-node cache over the `policies` collection. */
import type { Model } from 'mongoose';
import type { RevenuePolicy } from './revenue.contract.js';
import type { PolicyDoc } from './revenue.model.js';

/** How long a node reuses what it read: a handful of rows that change only with a deployment (ms). */
export const POLICY_CACHE_MS = 60_000;

// Keyed by model: each service instance (its own connection) has its own cache, as when it hung on the instance.
const cache = new WeakMap<Model<PolicyDoc>, { at: number; map: Map<string, RevenuePolicy> }>();

/** The policies by code, read at most once a minute per node (`POLICY_CACHE_MS`). */
export async function policies(Policy: Model<PolicyDoc>, now = Date.now()): Promise<Map<string, RevenuePolicy>> {
  const hit = cache.get(Policy);
  if (hit && now - hit.at < POLICY_CACHE_MS) return hit.map;
  const docs = await Policy.find({}).lean<PolicyDoc[]>();
  const map = new Map(docs.map((d) => [d.code, { code: d.code, name: d.name, regionCode: d.regionCode, minTeacherShareBp: d.minTeacherShareBp, maxTeacherShareBp: d.maxTeacherShareBp }]));
  cache.set(Policy, { at: Date.now(), map });
  return map;
}

/** Forgets what this node read (after seeding, and in tests). */
export function forgetPolicies(Policy: Model<PolicyDoc>): void {
  cache.delete(Policy);
}
