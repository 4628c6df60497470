/**
 * Reading the regional revenue policies (the `policies` collection): a handful of small documents, read from the
 * database on every use — policies are amended through the API, and a cache per node would let one replica decide
 * an agreement by a version another has already replaced.
 */
import type { Model } from 'mongoose';
import type { PolicyVersion } from './revenue.contract.js';
import { policiesCoveringFilter, type PolicyDoc } from './revenue.model.js';
import type { PolicyData } from './revenue.rules.js';

/** A stored policy as the rules read it (ids and timestamps left out). */
export interface StoredPolicy extends PolicyData {
  versions: PolicyVersion[];
  changes: PolicyDoc['changes'];
}

/**
 * A stored policy document → what the rules and mappers read. Documents written before policies had versions held
 * one flat set of bounds: they read as a version 1 valid from 1970-01-01.
 */
export function storedPolicy(d: PolicyDoc): StoredPolicy {
  const legacy = d as PolicyDoc & { minTeacherShareBp?: number; maxTeacherShareBp?: number };
  const versions =
    d.versions?.length || legacy.minTeacherShareBp === undefined
      ? (d.versions ?? [])
      : [{ version: 1, validFrom: '1970-01-01', validUntil: null, minTeacherShareBp: legacy.minTeacherShareBp, maxTeacherShareBp: legacy.maxTeacherShareBp ?? 10_000, source: null, note: null, recordedAt: (d.createdAt ?? new Date(0)).toISOString(), recordedBy: d.createdBy ?? 'unknown' }];
  return { code: d.code, name: d.name, regionCode: d.regionCode, versions, changes: d.changes ?? [] };
}

/** Every policy by code. */
export async function policies(Policy: Model<PolicyDoc>): Promise<Map<string, StoredPolicy>> {
  const docs = await Policy.find({}).lean<PolicyDoc[]>();
  return new Map(docs.map((d) => [d.code, storedPolicy(d)]));
}

/** The policies whose region covers `regionCode` (its own, its prefecture's, its province's). */
export async function policiesCovering(Policy: Model<PolicyDoc>, regionCode: string): Promise<StoredPolicy[]> {
  return (await Policy.find(policiesCoveringFilter(regionCode)).lean<PolicyDoc[]>()).map(storedPolicy);
}
