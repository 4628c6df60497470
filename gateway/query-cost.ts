/**
 * Depth and cost of a GraphQL document, each in ONE pass linear in the document: every fragment is measured once
 * (in dependency order, without recursion over fragment chains) and a spread reuses its measure, so a fragment
 * spread ten times at ten levels costs ten lookups, not 10^10 walks. Recursion happens only along the nesting of
 * one selection set, which the parse-time scan (query-scan.ts) bounds.
 *
 * Cost is computed from the values the executor will see: variables coerced with their defaults by graphql-js's
 * own `getVariableValues`, arguments by its `getArgumentValues` — so a literal, a variable and a variable's default
 * with the same value cost the same. Every field costs its weight (1, or what a service call costs: see
 * field-weights.ts) times the number of times it can run, i.e. the product of the list sizes above it: a
 * connection counts `first` (default 20), a plain list 10. Introspection is priced flat (a `__schema` costs
 * INTROSPECTION_SCHEMA_COST whatever it selects): it is answered from the schema in memory, not from services.
 */
import {
  Kind,
  getArgumentValues,
  getNamedType,
  getNullableType,
  getOperationAST,
  getVariableValues,
  isInterfaceType,
  isListType,
  isObjectType,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { spend, type WorkMeter } from './admission-work.js';

/** Items a connection is assumed to return when `first` is not given (the services' default page). */
export const DEFAULT_PAGE = 20;
/** Items a plain list is assumed to hold. */
export const LIST_SIZE = 10;
/** The largest multiplier a `first` can make (larger pages are refused by the services anyway). */
export const MAX_MULTIPLIER = 10_000;
/** A `__schema` selection, whatever it selects (the standard introspection query is one). */
export const INTROSPECTION_SCHEMA_COST = 1_000;
/** A `__type(name:)` selection, whatever it selects. */
export const INTROSPECTION_TYPE_COST = 50;

/** Weight of one resolution of `Type.field` (default 1): what a field that calls a service costs. */
export type FieldWeights = Readonly<Record<string, number>>;

// ---------------------------------------------------------------- fragments in dependency order

interface FragmentGraph {
  fragments: Map<string, FragmentDefinitionNode>;
  /** Fragment names, every fragment after the fragments it spreads (cycles broken where found). */
  order: string[];
}

/** Names of the fragments a selection set spreads (directly or in nested fields and inline fragments). */
function spreadsOf(set: SelectionSetNode, out: string[], meter: WorkMeter | undefined): string[] {
  for (const sel of set.selections) {
    spend(meter);
    if (sel.kind === Kind.FRAGMENT_SPREAD) out.push(sel.name.value);
    else if (sel.selectionSet) spreadsOf(sel.selectionSet, out, meter);
  }
  return out;
}

const graphs = new WeakMap<DocumentNode, FragmentGraph>();

/**
 * The document's fragments, ordered dependencies first by an iterative depth-first search (no recursion over chains).
 * `meter`: a unit per selection inside a fragment and per search step (cached with the document: counted once).
 */
function fragmentGraph(doc: DocumentNode, meter: WorkMeter | undefined): FragmentGraph {
  const cached = graphs.get(doc);
  if (cached) return cached;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of doc.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION && !fragments.has(d.name.value)) fragments.set(d.name.value, d);
  const edges = new Map<string, string[]>();
  for (const [name, f] of fragments) edges.set(name, [...new Set(spreadsOf(f.selectionSet, [], meter))].filter((n) => fragments.has(n)));
  const state = new Map<string, 1 | 2>(); // 1: on the stack, 2: done
  const order: string[] = [];
  for (const root of fragments.keys()) {
    if (state.has(root)) continue;
    const stack: { name: string; next: number }[] = [{ name: root, next: 0 }];
    state.set(root, 1);
    while (stack.length) {
      spend(meter);
      const top = stack[stack.length - 1];
      const deps = edges.get(top.name)!;
      if (top.next < deps.length) {
        const dep = deps[top.next++];
        if (!state.has(dep)) {
          state.set(dep, 1);
          stack.push({ name: dep, next: 0 });
        } // on the stack: a cycle (NoFragmentCyclesRule reports it); done: already measured
      } else {
        state.set(top.name, 2);
        order.push(top.name);
        stack.pop();
      }
    }
  }
  const graph = { fragments, order };
  graphs.set(doc, graph);
  return graph;
}

/** Measures every fragment once, dependencies first; `lookup` gives a spread fragment's measure (undefined in a cycle). */
function measureFragments<T>(doc: DocumentNode, measure: (f: FragmentDefinitionNode, lookup: (name: string) => T | undefined) => T, meter: WorkMeter | undefined): (name: string) => T | undefined {
  const { fragments, order } = fragmentGraph(doc, meter);
  const values = new Map<string, T>();
  const lookup = (name: string) => values.get(name);
  for (const name of order) values.set(name, measure(fragments.get(name)!, lookup));
  return lookup;
}

// ---------------------------------------------------------------- depth

const depths = new WeakMap<DocumentNode, Map<OperationDefinitionNode, number>>();

/**
 * How deep each operation nests fields (fragments followed; introspection `__` fields not counted): `{ a { b } }` is 2.
 * It does not depend on variables, so it is computed once per document (cached with the parsed document).
 * `meter` counts a unit per selection visited (a cached answer costs none; see admission-work.ts).
 */
export function operationDepths(doc: DocumentNode, meter?: WorkMeter): Map<OperationDefinitionNode, number> {
  const cached = depths.get(doc);
  if (cached) return cached;
  const depthOf = (set: SelectionSetNode, lookup: (name: string) => number | undefined): number => {
    let deepest = 0;
    for (const sel of set.selections) {
      spend(meter);
      if (sel.kind === Kind.FIELD) {
        if (sel.name.value.startsWith('__')) continue;
        deepest = Math.max(deepest, 1 + (sel.selectionSet ? depthOf(sel.selectionSet, lookup) : 0));
      } else if (sel.kind === Kind.INLINE_FRAGMENT) deepest = Math.max(deepest, depthOf(sel.selectionSet, lookup));
      else deepest = Math.max(deepest, lookup(sel.name.value) ?? 0);
    }
    return deepest;
  };
  const lookup = measureFragments<number>(doc, (f, l) => depthOf(f.selectionSet, l), meter);
  const out = new Map<OperationDefinitionNode, number>();
  for (const d of doc.definitions) if (d.kind === Kind.OPERATION_DEFINITION) out.set(d, depthOf(d.selectionSet, lookup));
  depths.set(doc, out);
  return out;
}

// ---------------------------------------------------------------- cost

const isConnection = (t: GraphQLNamedType | undefined): boolean => !!t && /Connection$/.test(t.name);

/** How many times the children of `node` run per run of `node` (see the module comment). */
function multiplier(parent: GraphQLNamedType, def: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>): number {
  if (isConnection(parent) && def.name === 'edges') return 1; // counted by the connection's `first`
  if (isConnection(getNamedType(def.type))) {
    let first: unknown;
    try {
      first = getArgumentValues(def, node, variables).first;
    } catch {
      first = undefined; // invalid argument: execution refuses it before any resolver runs
    }
    return typeof first === 'number' && Number.isFinite(first) ? Math.max(1, Math.min(Math.trunc(first), MAX_MULTIPLIER)) : DEFAULT_PAGE;
  }
  return isListType(getNullableType(def.type)) ? LIST_SIZE : 1;
}

export interface CostResult {
  /** The operation's estimated cost; 0 when it cannot be known before execution fails anyway (bad variables, no such operation). */
  cost: number;
  /** Weighted fields (service calls) at their multiplicity: what the operation may ask of the services. */
  weighted: number;
}

/**
 * The cost of the operation `operationName` of `doc` with `rawVariables` (see the module comment). Linear in the
 * document: each fragment is costed once for this request's variables. `meter` counts a unit per selection visited
 * (and the fragment graph's steps the first time the document is measured; see admission-work.ts).
 */
export function operationCost(
  schema: GraphQLSchema,
  doc: DocumentNode,
  operationName: string | null | undefined,
  rawVariables: Record<string, unknown> | null | undefined,
  weights: FieldWeights,
  meter?: WorkMeter,
): CostResult {
  const op = getOperationAST(doc, operationName ?? undefined);
  if (!op) return { cost: 0, weighted: 0 };
  const coerced = getVariableValues(schema, op.variableDefinitions ?? [], rawVariables ?? {}, { maxErrors: 1 });
  if ('errors' in coerced && coerced.errors) return { cost: 0, weighted: 0 }; // execution refuses before any resolver runs
  const variables = coerced.coerced;
  type Measure = { cost: number; weighted: number };
  const costOf = (set: SelectionSetNode, parent: GraphQLNamedType | undefined, lookup: (name: string) => Measure | undefined): Measure => {
    let cost = 0;
    let weighted = 0;
    for (const sel of set.selections) {
      spend(meter);
      if (sel.kind === Kind.FIELD) {
        const name = sel.name.value;
        if (name === '__typename') continue;
        if (name === '__schema') cost += INTROSPECTION_SCHEMA_COST;
        else if (name === '__type') cost += INTROSPECTION_TYPE_COST;
        if (name.startsWith('__') || !parent || !(isObjectType(parent) || isInterfaceType(parent))) continue;
        const def = parent.getFields()[name];
        if (!def) continue; // unknown field: validation refuses it
        const weight = weights[`${parent.name}.${name}`] ?? 1;
        const child = sel.selectionSet ? costOf(sel.selectionSet, getNamedType(def.type), lookup) : { cost: 0, weighted: 0 };
        const m = multiplier(parent, def, sel, variables);
        cost += weight + m * child.cost;
        weighted += (weight > 1 ? weight : 0) + m * child.weighted;
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const c = costOf(sel.selectionSet, sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : parent, lookup);
        cost += c.cost;
        weighted += c.weighted;
      } else {
        const c = lookup(sel.name.value);
        if (c) {
          cost += c.cost;
          weighted += c.weighted;
        }
      }
    }
    return { cost, weighted };
  };
  const lookup = measureFragments<Measure>(doc, (f, l) => costOf(f.selectionSet, schema.getType(f.typeCondition.name.value), l), meter);
  const root = op.operation === 'mutation' ? schema.getMutationType() : op.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  return costOf(op.selectionSet, root ?? undefined, lookup);
}
