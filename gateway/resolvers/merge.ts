type ResolverMap = Record<string, any>;

/** Merges per-domain resolver maps type by type (a later map may add fields to a type, never replace one). */
export function mergeResolvers(maps: ResolverMap[]): ResolverMap {
  const out: ResolverMap = {};
  for (const map of maps) {
    for (const [type, fields] of Object.entries(map)) {
      if (fields && typeof fields === 'object' && !(fields.constructor?.name === 'GraphQLScalarType')) {
        out[type] ??= {};
        for (const [field, fn] of Object.entries(fields)) {
          if (field in out[type]) throw new Error(`Resolver ${type}.${field} is defined twice`);
          out[type][field] = fn;
        }
      } else {
        out[type] = fields;
      }
    }
  }
  return out;
}
