import { GraphQLError, Kind, NoSchemaIntrospectionCustomRule, getNamedType, getNullableType, isListType, type ASTVisitor, type FieldNode, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ErrorCode } from '../../infra/errors.js';
import { codedError } from '../errors.js';

export interface LimitOptions {
  /** Deepest nesting of fields a query may have (fragments followed). */
  maxDepth: number;
  /** Highest estimated cost (see `costLimitRule`). */
  maxCost: number;
  /** Refuse introspection (production: the schema is published in the repository, not served). */
  noIntrospection?: boolean;
}

/** Depth and cost limits (and, in production, no introspection), checked at validation, before anything executes. */
export function useLimits(opts: LimitOptions): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(depthLimitRule(opts.maxDepth));
      addValidationRule(costLimitRule(opts.maxCost));
      if (opts.noIntrospection) addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}

/** A validation error with the BAD_USER_INPUT code, located at `node`. */
function limitError(message: string, node: GraphQLError['nodes'], extra: Record<string, unknown> = {}): GraphQLError {
  const base = codedError(ErrorCode.BAD_USER_INPUT, message);
  return new GraphQLError(message, { nodes: node, extensions: { ...base.extensions, ...extra } });
}

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
          context.reportError(limitError(`The query is nested ${depth} levels deep; at most ${max} are allowed.`, [node]));
        }
      },
    };
  };
}

/**
 * A cost estimate before execution: every field costs 1 times the number of times it can run, i.e. the
 * product of the list sizes above it — a connection counts `first` (default 20), a plain list 10. Fragments
 * are costed where they are spread. Keeps one request from fanning out into millions of lookups.
 */
export function costLimitRule(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    const vars = (context as unknown as { _variableValues?: Record<string, unknown> })._variableValues ?? {};
    // Per operation or fragment: its own cost and the fragments it spreads (with the multiplier at the spread).
    const own = new Map<string, number>();
    const spreads = new Map<string, { name: string; multiplier: number }[]>();
    let scope = '';
    const stack: number[] = [];
    const current = () => stack.reduce((a, b) => a * b, 1);
    const multiplierOf = (node: FieldNode): number => {
      const type = context.getType();
      if (!type) return 1;
      const named = getNamedType(type);
      const nullable = getNullableType(type);
      // A connection's edges are already counted by the connection's `first`.
      const parent = context.getParentType();
      if (parent && /Connection$/.test(parent.name) && node.name.value === 'edges') return 1;
      if (named && /Connection$/.test(named.name)) {
        const arg = node.arguments?.find((a) => a.name.value === 'first');
        if (!arg) return 20;
        const v = arg.value.kind === Kind.INT ? Number(arg.value.value) : arg.value.kind === Kind.VARIABLE ? Number(vars[arg.value.name.value] ?? 20) : 20;
        return Number.isFinite(v) && v > 0 ? Math.min(v, 10_000) : 1;
      }
      return isListType(nullable) ? 10 : 1;
    };
    const total = (name: string, seen: Set<string>): number => {
      if (seen.has(name)) return 0;
      const next = new Set([...seen, name]);
      return (own.get(name) ?? 0) + (spreads.get(name) ?? []).reduce((acc, s) => acc + s.multiplier * total(`fragment:${s.name}`, next), 0);
    };
    return {
      OperationDefinition: {
        enter(node) {
          scope = `operation:${node.name?.value ?? ''}:${node.loc?.start ?? 0}`;
          stack.length = 0;
        },
      },
      FragmentDefinition: {
        enter(node) {
          scope = `fragment:${node.name.value}`;
          stack.length = 0;
        },
      },
      Field: {
        enter(node) {
          if (node.name.value.startsWith('__')) {
            stack.push(1);
            return;
          }
          const m = multiplierOf(node);
          own.set(scope, (own.get(scope) ?? 0) + current());
          stack.push(m);
        },
        leave() {
          stack.pop();
        },
      },
      FragmentSpread(node) {
        spreads.set(scope, [...(spreads.get(scope) ?? []), { name: node.name.value, multiplier: current() }]);
      },
      Document: {
        leave(doc) {
          for (const def of doc.definitions) {
            if (def.kind !== Kind.OPERATION_DEFINITION) continue;
            const cost = total(`operation:${def.name?.value ?? ''}:${def.loc?.start ?? 0}`, new Set());
            if (cost > max) {
              context.reportError(limitError(`The query's estimated cost is ${cost}; at most ${max} is allowed. Ask for smaller pages or fewer nested lists.`, [def], { cost, maxCost: max }));
            }
          }
        },
      },
    };
  };
}
