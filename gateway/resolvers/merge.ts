import { GraphQLScalarType } from 'graphql';
import type { GatewayContext } from '../context.js';
import type { Resolvers } from '../generated/resolvers-types.js';

/** The gateway's whole resolver map, typed by GraphQL Code Generator's server types (gateway/codegen.ts). */
export type GatewayResolvers = Resolvers<GatewayContext>;

type FieldMap = Record<string, unknown>;

/** Merges per-domain resolver maps type by type (a later map may add fields to a type, never replace one). */
export function mergeResolvers(maps: readonly GatewayResolvers[]): GatewayResolvers {
  const out: Record<string, FieldMap | GraphQLScalarType> = {};
  for (const map of maps) {
    for (const [type, fields] of Object.entries(map) as [string, FieldMap | GraphQLScalarType | undefined][]) {
      if (!fields) continue;
      if (fields instanceof GraphQLScalarType) {
        out[type] = fields;
        continue;
      }
      const merged = (out[type] ??= {}) as FieldMap;
      for (const [field, fn] of Object.entries(fields)) {
        if (field in merged) throw new Error(`Resolver ${type}.${field} is defined twice`);
        merged[field] = fn;
      }
    }
  }
  return out as GatewayResolvers;
}
