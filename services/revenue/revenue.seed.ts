/** Reference data the revenue service needs to run: the regional policies (`SEED_POLICIES`), upserted on start. */
import type { Model } from 'mongoose';
import { isDuplicateKey } from '../../infra/errors.js';
import type { PolicyDoc } from './revenue.model.js';
import { SEED_POLICIES } from './revenue.rules.js';
import { forgetPolicies } from './policies.js';

/**
 * Upserts every seed policy by code. Replicas starting together may race on the unique index: the loser retries
 * once (the row exists then, so the retry is an update). Resolves the seeded codes.
 */
export async function seedPolicies(Policy: Model<PolicyDoc>): Promise<string[]> {
  for (const policy of SEED_POLICIES) {
    for (let attempt = 0; ; attempt++) {
      try {
        await Policy.updateOne({ code: policy.code }, { $set: { ...policy } }, { upsert: true });
        break;
      } catch (err) {
        if (!isDuplicateKey(err) || attempt > 0) throw err;
      }
    }
  }
  forgetPolicies(Policy);
  return SEED_POLICIES.map((p) => p.code);
}
