/**
 * What a field costs the services, for the cost limit (query-cost.ts): every field whose resolver calls the bus
 * weighs what that call costs, so N aliases of a service-backed field cost N calls. The map is derived from the
 * resolvers themselves (gateway/resolvers/), so a new resolver that calls a service is weighed without anyone
 * remembering to list it:
 * - `ctx.call(...)`: one bus call per resolution — CALL_WEIGHT;
 * - `ctx.batch(...)`: one call per field and argument set for a whole list of parents, but the service's work
 *   grows with the parents — BATCH_WEIGHT per parent;
 * - `ctx.loaders.*`: a DataLoader by id, one call per request and entity type — LOADER_WEIGHT per parent;
 * and a few fields whose one call does much more (an eligibility evaluation, a statement, a utilization) weigh
 * what the benchmark measured them at relative to a plain read (HEAVY).
 */
import { GraphQLScalarType } from 'graphql';
import type { GatewayResolvers } from './resolvers/merge.js';

export const CALL_WEIGHT = 50;
export const BATCH_WEIGHT = 10;
export const LOADER_WEIGHT = 2;

/**
 * Fields whose one call is many times the work of a read by id (bench: eligibility ≈ 5 database commands and 3 bus
 * calls; a statement reads the whole period): their weight per resolution.
 */
export const HEAVY: Readonly<Record<string, number>> = {
  'Query.grantEligibility': 200,
  'Alliance.eligibility': 200,
  'Query.revenueStatement': 200,
  'Query.revenueAgreementStatement': 200,
  'RevenueAgreement.statement': 100,
  'Alliance.memberCounts': 50,
  'TrainingBase.availability': 50,
  'TrainingBase.utilization': 100,
  'TrainingBase.internshipService': 50,
  'Mutation.rebuildGrantStandings': 1_000,
};

/** How a resolver reaches the services, read from its source (undefined: it does not). */
export function serviceUse(resolver: unknown): 'call' | 'batch' | 'loader' | undefined {
  const fn = typeof resolver === 'function' ? resolver : typeof resolver === 'object' && resolver && 'resolve' in resolver ? (resolver as { resolve: unknown }).resolve : undefined;
  if (typeof fn !== 'function') return undefined;
  const src = Function.prototype.toString.call(fn);
  if (/\bctx\.call\b/.test(src)) return 'call';
  if (/\bctx\.batch\b/.test(src)) return 'batch';
  if (/\bctx\.loaders\b/.test(src)) return 'loader';
  return undefined;
}

/** `Type.field` → weight for every resolver that calls a service (others weigh 1 and are not listed). */
export function fieldWeights(resolvers: GatewayResolvers): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [type, fields] of Object.entries(resolvers as Record<string, unknown>)) {
    if (!fields || typeof fields !== 'object' || fields instanceof GraphQLScalarType) continue;
    for (const [field, resolver] of Object.entries(fields as Record<string, unknown>)) {
      const use = serviceUse(resolver);
      if (!use) continue;
      const key = `${type}.${field}`;
      out[key] = HEAVY[key] ?? (use === 'call' ? CALL_WEIGHT : use === 'batch' ? BATCH_WEIGHT : LOADER_WEIGHT);
    }
  }
  for (const [key, w] of Object.entries(HEAVY)) out[key] ??= w;
  return out;
}
