import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** Whether the query asks for any of `fields` directly under the field being resolved (fragments followed). */
export function selects(info: GraphQLResolveInfo, fields: readonly string[]): boolean {
  const wanted = new Set(fields);
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode | undefined): boolean => {
    if (!set) return false;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD && wanted.has(sel.name.value)) return true;
      if (sel.kind === Kind.INLINE_FRAGMENT && walk(sel.selectionSet)) return true;
      if (sel.kind === Kind.FRAGMENT_SPREAD && !seen.has(sel.name.value)) {
        seen.add(sel.name.value);
        if (walk(info.fragments[sel.name.value]?.selectionSet)) return true;
      }
    }
    return false;
  };
  return info.fieldNodes.some((node) => walk(node.selectionSet));
}
