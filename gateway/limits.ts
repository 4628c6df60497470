import { GraphQLError, Kind, type ASTVisitor, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext } from 'graphql';

/** Rejects queries nested deeper than `max` fields (fragments followed), before anything executes. */
export function depthLimitRule(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
      if (!set) return 0;
      let deepest = 0;
      for (const sel of set.selections) {
        if (sel.kind === Kind.FIELD) {
          if (sel.name.value.startsWith('__')) continue;
          deepest = Math.max(deepest, 1 + depthOf(sel.selectionSet, seen));
        } else if (sel.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(sel.selectionSet, seen));
        } else if (sel.kind === Kind.FRAGMENT_SPREAD && !seen.has(sel.name.value)) {
          const frag = fragments.get(sel.name.value);
          deepest = Math.max(deepest, depthOf(frag?.selectionSet, new Set([...seen, sel.name.value])));
        }
      }
      return deepest;
    };
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, new Set());
        if (depth > max) {
          context.reportError(
            new GraphQLError(`The query is nested ${depth} levels deep; at most ${max} are allowed.`, { nodes: [node], extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } }),
          );
        }
      },
    };
  };
}

/**
 * A cost estimate before execution: each field costs 1, multiplied by the page size requested for the
 * list it sits in (`first`, default 20). Keeps one request from fanning out into millions of lookups.
 */
export function costLimitRule(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    const vars = (context as unknown as { _variableValues?: Record<string, unknown> })._variableValues ?? {};
    const costOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
      if (!set) return 0;
      let total = 0;
      for (const sel of set.selections) {
        if (sel.kind === Kind.FIELD) {
          if (sel.name.value.startsWith('__')) continue;
          let multiplier = 1;
          const firstArg = sel.arguments?.find((a) => a.name.value === 'first');
          if (firstArg) {
            const v = firstArg.value.kind === Kind.INT ? Number(firstArg.value.value) : firstArg.value.kind === Kind.VARIABLE ? Number(vars[firstArg.value.name.value] ?? 20) : 20;
            multiplier = Number.isFinite(v) && v > 0 ? v : 1;
          } else if (sel.selectionSet && /s$|edges|members|Members|criteria|events|allocations|participants|milestones|outputs/.test(sel.name.value)) {
            multiplier = 20;
          }
          total += 1 + multiplier * costOf(sel.selectionSet, seen);
        } else if (sel.kind === Kind.INLINE_FRAGMENT) {
          total += costOf(sel.selectionSet, seen);
        } else if (sel.kind === Kind.FRAGMENT_SPREAD && !seen.has(sel.name.value)) {
          total += costOf(fragments.get(sel.name.value)?.selectionSet, new Set([...seen, sel.name.value]));
        }
      }
      return total;
    };
    return {
      OperationDefinition(node) {
        const cost = costOf(node.selectionSet, new Set());
        if (cost > max) {
          context.reportError(
            new GraphQLError(`The query's estimated cost is ${cost}; at most ${max} is allowed. Ask for smaller pages or fewer nested lists.`, {
              nodes: [node],
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 }, cost, maxCost: max },
            }),
          );
        }
      },
    };
  };
}
