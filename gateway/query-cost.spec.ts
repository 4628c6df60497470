/**
 * The admission measures as pure functions: the parse-time scan (tokens, bracket nesting), field depth and cost with
 * fragments measured once, cost agreeing for literals, variables and defaults (property test), and the weights the
 * resolvers get.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { GraphQLError, buildSchema, parse } from 'graphql';
import { scanDocument } from './query-scan.js';
import { DEFAULT_PAGE, INTROSPECTION_SCHEMA_COST, operationCost, operationDepths } from './query-cost.js';
import { CALL_WEIGHT, HEAVY, fieldWeights, serviceUse } from './field-weights.js';
import { resolvers } from './resolvers/index.js';
import { loadTypeDefs } from './schema.js';
import { deepNest, tenfoldBomb } from '../test/helpers/query-shapes.js';

const schema = buildSchema(loadTypeDefs().join('\n'));
const weights = fieldWeights(resolvers);
const cost = (q: string, vars: Record<string, unknown> = {}) => operationCost(schema, parse(q), null, vars, weights).cost;
const limitOf = (fn: () => unknown) => {
  try {
    fn();
    return null;
  } catch (e) {
    return ((e as GraphQLError).extensions?.details as { limit: string } | undefined)?.limit ?? 'OTHER';
  }
};

describe('scanDocument', () => {
  it('counts tokens and bracket nesting, and refuses past either limit with its name', () => {
    expect(scanDocument('{ a { b(x: [1, {y: 2}]) } }', { maxTokens: 100, maxNesting: 10 })).toEqual({ tokens: 18, nesting: 5 });
    expect(limitOf(() => scanDocument(deepNest(5_000), { maxTokens: 1e9, maxNesting: 40 }))).toBe('NESTING');
    expect(limitOf(() => scanDocument(`{ ${'a '.repeat(200)} }`, { maxTokens: 100, maxNesting: 40 }))).toBe('TOKENS');
    expect(limitOf(() => scanDocument(deepNest(38), { maxTokens: 1e9, maxNesting: 40 }))).toBeNull();
  });
});

describe('operationDepths and operationCost', () => {
  it('measures the tenfold bomb once per fragment: depth 0, 10^7 paths to a service call priced exactly', () => {
    expect([...operationDepths(parse(tenfoldBomb(7))).values()]).toEqual([0]);
    const bomb = tenfoldBomb(7).replace('{ __typename }', '{ organization(id: "x") { id } }');
    expect(cost(bomb)).toBe(10 ** 7 * (weights['Query.organization'] + 1));
  });

  it('follows fragments for depth and survives fragment cycles', () => {
    const q = '{ me { ...V } } fragment V on Viewer { organization { ...O } } fragment O on Organization { memberships { id } }';
    expect([...operationDepths(parse(q)).values()]).toEqual([4]);
    const cyclic = parse('{ me { ...A } } fragment A on Viewer { ...B } fragment B on Viewer { ...A id }');
    expect([...operationDepths(cyclic).values()]).toEqual([2]);
    expect(operationCost(schema, cyclic, null, {}, weights).cost).toBeGreaterThan(0);
  });

  it('prices a connection by its first, whether a literal, a variable or a variable default', () => {
    const shape = (n: string) => `organizations(first: ${n}) { edges { node { memberships { alliance { members(first: ${n}) { edges { node { id } } } } } } } }`;
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 20_000 }), (n) => {
        const literal = cost(`{ ${shape(String(n))} }`);
        expect(cost(`query($n: Int) { ${shape('$n')} }`, { n })).toBe(literal);
        expect(cost(`query($n: Int = ${n}) { ${shape('$n')} }`)).toBe(literal);
      }),
      { numRuns: 200 },
    );
    // No first: the services' default page.
    expect(cost('{ organizations { edges { node { id } } } }')).toBe(weights['Query.organizations'] + DEFAULT_PAGE * 3); // edges, node, id per item
  });

  it('prices the standard introspection query flat, not like data', () => {
    const q = '{ __schema { types { name fields { name type { name ofType { name ofType { name } } } } } } }';
    expect(cost(q)).toBe(INTROSPECTION_SCHEMA_COST);
  });
});

describe('fieldWeights', () => {
  it('weighs every resolver that calls a service (ctx.call: a call per resolution), the heavy ones by their measure', () => {
    expect(serviceUse((_: unknown, __: unknown, ctx: { call: () => void }) => ctx.call())).toBe('call');
    expect(serviceUse(() => 1)).toBeUndefined();
    expect(weights['Query.organizations']).toBe(CALL_WEIGHT);
    for (const [k, w] of Object.entries(HEAVY)) expect(weights[k]).toBe(w);
    // Every field of the schema that has a resolver calling a service has a weight above 1.
    const rs = resolvers as Record<string, Record<string, unknown>>;
    for (const type of Object.keys(rs)) {
      for (const [field, r] of Object.entries(rs[type] ?? {})) if (serviceUse(r)) expect(weights[`${type}.${field}`], `${type}.${field}`).toBeGreaterThan(1);
    }
  });
});
