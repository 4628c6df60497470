/**
 * Admission by KIND, not by instance: the real gateway (its schema, resolvers and plugins, in process) in front of
 * stand-ins for every service action (test/helpers/stub-services.ts: each answers the coded NOT_FOUND and counts the
 * call). The handed requests and generated variants of each shape — random fragment graphs with the same number of
 * spreads, cost given as literals, variables and variable defaults, N aliases of every root field that calls a
 * service — are all answered with coded errors and no 5xx, and a refused request reaches no service.
 *
 * Linear admission is checked by counting, not timing: the gateway runs with a work meter (gateway/admission-work.ts)
 * that its admission steps add to — a unit per token scanned and per selection or fragment-graph step visited — and
 * every answer must have cost at most ADMISSION_UNITS_PER_TOKEN units per token of its document. The handed fragment
 * bomb (652 bytes, 10^7 fragment paths) took 20–37 s when depth and cost walked fragments per spread: counted, that
 * is millions of units for ~200 tokens. The bench measures admission time (bench/lib/admission.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceBroker } from 'moleculer';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, buildSchema, getIntrospectionQuery, parse, typeFromAST, type GraphQLInputType, type OperationDefinitionNode } from 'graphql';
import { scanDocument } from './query-scan.js';
import { operationCost, operationDepths } from './query-cost.js';
import { ADMISSION_UNITS_PER_TOKEN, type WorkMeter } from './admission-work.js';
import { ErrorCode } from '../infra/errors.js';
import { mintToken } from '../infra/auth.js';
import { config } from '../infra/env.js';
import { CLIENT_CODES } from './errors.js';
import { createGatewayYoga, type GatewayYoga } from './server.js';
import { fieldWeights } from './field-weights.js';
import { resolvers } from './resolvers/index.js';
import { loadTypeDefs } from './schema.js';
import { send, testBus } from '../test/helpers/gateway.js';
import { stubServices, type StubCalls } from '../test/helpers/stub-services.js';
import {
  aliases,
  deepNest,
  fragmentGraph,
  minimalSelection,
  overlappingFragments,
  prng,
  requiredArgs,
  rootFields,
  sameField,
  sampleValue,
  tenfoldBomb,
} from '../test/helpers/query-shapes.js';

const SPEC = { accept: 'application/graphql-response+json' };
const HEX = 'a'.repeat(24);
/** The gateways' admission work meter: reset before each request, read after it. */
const meter: WorkMeter = { units: 0 };
/** Tokens of a document (its size for the work bound), counted by the scan itself without limits. */
const tokensOf = (query: string) => scanDocument(query, { maxTokens: Infinity, maxNesting: Infinity }).tokens;

let broker: ServiceBroker;
let calls: StubCalls;
let dev: GatewayYoga;
let prod: GatewayYoga;
/** A development gateway of its own, so no document the other tests sent is in its parse and validation caches. */
let fresh: GatewayYoga;
let token: string;
const weights = fieldWeights(resolvers);
const schema = buildSchema(loadTypeDefs().join('\n'));

beforeAll(async () => {
  const stubs = stubServices();
  calls = stubs.calls;
  broker = await testBus(...stubs.services);
  const common = { broker, requiredServices: [], rateLimit: { perTokenPerMinute: 0, perIpPerMinute: 0 }, limits: { meter } };
  dev = createGatewayYoga({ ...common, production: false });
  prod = createGatewayYoga({ ...common, production: true });
  fresh = createGatewayYoga({ ...common, production: false });
  token = await mintToken({ sub: 'admission-admin', roles: ['PLATFORM_ADMIN'] });
});
afterAll(async () => broker?.stop());

interface Answer {
  status: number;
  codes: string[];
  details: Record<string, unknown>[];
  calls: number;
  /** Admission work units the gateway spent on this request (gateway/admission-work.ts). */
  units: number;
  tokens: number;
  bytes: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

/** POSTs a document (as a GraphQL-over-HTTP client would) and measures it: status, codes, service calls, admission work. */
async function ask(query: string, variables?: Record<string, unknown>, yoga: GatewayYoga = dev): Promise<Answer> {
  const before = calls.total;
  const body = JSON.stringify({ query, variables });
  meter.units = 0;
  const r = await send(yoga, '/graphql', { body, headers: { ...SPEC, authorization: `Bearer ${token}` } });
  const units = meter.units;
  const errors = r.body.errors ?? [];
  return {
    status: r.status,
    codes: errors.map((e) => String(e.extensions?.code)),
    details: errors.map((e) => (e.extensions?.details ?? {}) as Record<string, unknown>),
    calls: calls.total - before,
    units,
    tokens: tokensOf(query),
    bytes: Buffer.byteLength(body),
    body: r.body as Answer['body'],
  };
}

/** What every answer must be: no 5xx, every error coded with a code clients know, admitted with linear work. */
function expectAdmissible(a: Answer, label: string) {
  expect(a.status, label).toBeLessThan(500);
  for (const c of a.codes) expect(CLIENT_CODES, label).toContain(c);
  expect(a.units, `${label}: ${a.units} work units for ${a.tokens} tokens`).toBeLessThanOrEqual(ADMISSION_UNITS_PER_TOKEN * a.tokens);
}

/** A refusal before execution: BAD_USER_INPUT naming `limit`, and no service called. */
function expectRefused(a: Answer, limit: string, label: string) {
  expectAdmissible(a, label);
  expect(a.codes, label).toEqual([ErrorCode.BAD_USER_INPUT]);
  expect(a.details[0]?.limit, label).toBe(limit);
  expect(a.calls, label).toBe(0);
}

describe('the handed requests', () => {
  it('answers the 652-byte tenfold fragment bomb at once (it froze the gateway for 20–37 s)', async () => {
    const a = await ask(tenfoldBomb(7));
    expect(a.units, 'the meter counts (at least the scan: a unit per token)').toBeGreaterThanOrEqual(a.tokens);
    expectAdmissible(a, 'bomb');
    expect(a.codes).toEqual([]);
  });

  it('refuses a query nested 5,000 levels deep with a coded 400, never 500', async () => {
    const a = await ask(deepNest(5_000));
    expect(a.bytes).toBeGreaterThan(30_000);
    expect(a.status).toBe(400);
    expectRefused(a, 'NESTING', 'deep');
  });

  it('prices first: $n like first: 100 (variables no longer bypass the cost)', async () => {
    const shape = (n: string) => `organizations(first: ${n}) { edges { node { memberships { alliance { members(first: ${n}) { edges { node { id } } } } } } } }`;
    const literal = await ask(`{ ${shape('100')} }`);
    const variable = await ask(`query($n: Int) { ${shape('$n')} }`, { n: 100 });
    expectRefused(literal, 'COST', 'literal');
    expectRefused(variable, 'COST', 'variable');
    expect(variable.details[0]).toEqual(literal.details[0]);
  });

  it('refuses 1,000 aliased grantEligibility (64 KB) before any service call, and 150 of them by their cost', async () => {
    const compact = (n: number) => `query($a:ID!,$p:ID!){${Array.from({ length: n }, (_, i) => `g${i}:grantEligibility(allianceId:$a,programId:$p){eligible}`).join(' ')}}`;
    const vars = { a: HEX, p: HEX };
    const handed = await ask(compact(1_000), vars);
    expect(handed.bytes).toBeGreaterThan(50_000);
    expect(handed.status).toBe(400);
    expectAdmissible(handed, '1,000 aliases');
    expect(handed.codes).toEqual([ErrorCode.BAD_USER_INPUT]);
    expect(handed.calls).toBe(0);
    // 150 fit the token limit; at 200 each (an evaluation is several service calls) they are over the cost limit.
    expectRefused(await ask(compact(150), vars), 'COST', '150 aliases');
    // 10 are a legitimate request: 10 evaluations, 10 calls.
    const ten = await ask(compact(10), vars);
    expectAdmissible(ten, '10 aliases');
    expect(ten.calls).toBe(10);
  });
});

describe('generated variants', () => {
  it('random fragment graphs with the same spread count all answer with linear admission work', async () => {
    for (let seed = 1; seed <= 24; seed++) {
      const fragments = 2 + Math.floor(prng(seed)() * 30);
      for (const spreads of [70, 700]) {
        const a = await ask(fragmentGraph({ fragments, spreads, seed }));
        expectAdmissible(a, `seed ${seed}, ${fragments} fragments, ${spreads} spreads`);
      }
    }
  });

  it('spends admission work linear in the document on the worst shapes as they grow (units per token stay flat)', async () => {
    const conflicting = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a: alliance(id: "${String(i).padStart(24, '0')}") { id }`).join(' ')} }`;
    const families: [string, (n: number) => string, number[]][] = [
      ['tenfold fragment bomb (10^n paths)', tenfoldBomb, [1, 3, 5, 7]],
      ['random fragment graph (n spreads)', (n) => fragmentGraph({ fragments: Math.ceil(n / 25), spreads: n, seed: n }), [70, 280, 700, 1_400]],
      ['n fragments selecting the same fields into one set', (n) => overlappingFragments(n, 'id roles organization { id name }'), [25, 50, 100, 200]],
      ['the same field n times in one set', (n) => sameField(n), [250, 500, 1_000, 2_000]],
      ['n aliases with one response name and different arguments', conflicting, [25, 50, 100, 200]],
      ['n nested fields (up to the bracket limit)', (n) => deepNest(n), [5, 10, 20, 38]],
    ];
    for (const [family, shape, sizes] of families) {
      const perToken: number[] = [];
      for (const n of sizes) {
        const a = await ask(shape(n), undefined, fresh);
        expect(a.units, `${family}, n = ${n}: counted`).toBeGreaterThanOrEqual(a.tokens);
        expectAdmissible(a, `${family}, n = ${n}`);
        perToken.push(a.units / a.tokens);
      }
      // Linear work: the largest document (8–20× the smallest) costs no more per token than the smallest, within a
      // quarter for the shapes' detail (measured: at most +11 %); quadratic work would cost 8–20× more per token.
      expect(perToken.at(-1)!, `${family}: units per token ${perToken.map((r) => r.toFixed(2)).join(' → ')}`).toBeLessThanOrEqual(perToken[0] * 1.25);
    }
  });

  it('prices a service call reached through fragment paths by every path, without walking them', async () => {
    // F0 calls a service; the spreads make up to 10^7 paths to it: refused by cost, no call made, with linear work.
    for (let seed = 1; seed <= 12; seed++) {
      const a = await ask(tenfoldBomb(7).replace('fragment F0 on Query { __typename }', `fragment F0 on Query { organization(id: "${HEX}") { id } }`));
      expectRefused(a, 'COST', 'service bomb');
      const g = await ask(fragmentGraph({ fragments: 12, spreads: 300, seed, leaf: `organization(id: "${HEX}") { id }` }));
      expectAdmissible(g, `graph ${seed}`);
      if (g.codes.includes(ErrorCode.BAD_USER_INPUT)) expect(g.calls).toBe(0);
    }
  });

  it('gives literals, variables and variable defaults the same cost (same answer, same cost, same calls)', async () => {
    const shapes = [
      (n: string) => `organizations(first: ${n}) { edges { node { memberships { alliance { members(first: ${n}) { edges { node { id } } } } } } } }`,
      (n: string) => `alliances(first: ${n}) { edges { node { trainingBases(first: ${n}) { edges { node { id } } } memberCounts { total } } } }`,
      (n: string) => `grantStandings(first: ${n}) { edges { node { alliance { members(first: ${n}) { totalCount } } } } }`,
    ];
    const rnd = prng(7);
    for (let i = 0; i < 30; i++) {
      const n = 1 + Math.floor(rnd() * 300);
      const shape = shapes[i % shapes.length];
      const literal = await ask(`{ ${shape(String(n))} }`);
      const variable = await ask(`query($n: Int) { ${shape('$n')} }`, { n });
      const byDefault = await ask(`query($n: Int = ${n}) { ${shape('$n')} }`);
      for (const [label, a] of [['literal', literal], ['variable', variable], ['default', byDefault]] as const) {
        expectAdmissible(a, `${label} n=${n}`);
        expect({ status: a.status, codes: a.codes, details: a.details, calls: a.calls }, `${label} n=${n}`).toEqual({
          status: literal.status,
          codes: literal.codes,
          details: literal.details,
          calls: literal.calls,
        });
      }
    }
  });

  it('N aliases of every root field that calls a service cost N calls: refused past the limit, never more calls than it allows', async () => {
    const maxCost = config().maxQueryCost;
    let checked = 0;
    for (const operation of ['query', 'mutation'] as const) {
      const root = operation === 'query' ? 'Query' : 'Mutation';
      for (const field of rootFields(schema, operation)) {
        const w = weights[`${root}.${field.name}`];
        if (!w) continue; // answered by the gateway itself (e.g. `me`)
        for (const n of [1, 25, 120, 450]) {
          const a = await ask(aliases(n, field.name, requiredArgs(field), minimalSelection(field), operation));
          const label = `${n} × ${root}.${field.name} (weight ${w})`;
          expectAdmissible(a, label);
          if (n * w > maxCost) {
            expect(a.codes, label).toEqual([ErrorCode.BAD_USER_INPUT]); // cost, or the token limit first
            expect(a.calls, label).toBe(0);
          } else {
            expect(a.calls, label).toBeLessThanOrEqual(n);
          }
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  }, 120_000);
});

describe('legitimate clients', () => {
  it("admits every operation the web console sends, with its largest pages (Int variables at 100)", () => {
    const src = readFileSync(path.resolve(import.meta.dirname, '../console/src/gql/gql.ts'), 'utf8');
    const map = src.slice(src.indexOf('type Documents = {'), src.indexOf('};', src.indexOf('type Documents = {')));
    const docs = [...map.matchAll(/^ {4}("(?:[^"\\]|\\.)*"): typeof/gm)].map((m) => JSON.parse(m[1]) as string);
    // The members-over-time chart builds its query: 36 month ends under aliases (console/src/pages/lead/MembersOverTime.tsx).
    docs.push(`query MemberCountsOverTime($id: ID!) { alliance(id: $id) { id ${Array.from({ length: 36 }, (_, i) => `m${i}: memberCounts(asOf: "2024-01-01") { asOf total schools enterprises }`).join(' ')} } }`);
    expect(docs.length).toBeGreaterThan(20);
    const cfg = config();
    for (const text of docs) {
      const scanned = scanDocument(text, { maxTokens: cfg.maxQueryTokens, maxNesting: cfg.maxQueryNesting });
      const doc = parse(text);
      const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
      const variables = Object.fromEntries((op.variableDefinitions ?? []).map((v) => [v.variable.name.value, sampleValue(typeFromAST(schema, v.type as never) as GraphQLInputType)]));
      const { cost } = operationCost(schema, doc, null, variables, weights);
      const depth = Math.max(...operationDepths(doc).values());
      expect({ op: op.name?.value, ok: scanned.tokens > 0 && cost > 0 && cost <= cfg.maxQueryCost && depth <= cfg.maxQueryDepth }).toEqual({ op: op.name?.value, ok: true });
    }
  });
});

describe('introspection and suggestions', () => {
  it('answers the standard introspection query in development (not priced like data)', async () => {
    const a = await ask(getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, inputValueDeprecation: true }));
    expect(a.status).toBe(200);
    expect(a.codes).toEqual([]);
    expect((a.body.data?.__schema as { types: unknown[] }).types.length).toBeGreaterThan(50);
    expect(a.calls).toBe(0);
  });

  it('refuses introspection in production and names no schema field in its errors', async () => {
    const intro = await ask(getIntrospectionQuery(), undefined, prod);
    expect(intro.status).toBe(400);
    expect(intro.codes.length).toBeGreaterThan(0);
    for (const c of intro.codes) expect(c).toBe('GRAPHQL_VALIDATION_FAILED');
    // A misspelt field or enum value: refused, without a hint naming the real one.
    const typo = await ask('{ organizatons(first: 1) { edges { cursor } } }', undefined, prod);
    expect(typo.codes).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(typo.body.errors![0].message).not.toContain('organizations');
    const enumTypo = await ask('query($s: AllianceStatus) { alliances(filter: { status: $s }) { edges { cursor } } }', { s: 'ACTIV' }, prod);
    expect(enumTypo.codes).toEqual([ErrorCode.BAD_USER_INPUT]);
    expect(enumTypo.body.errors![0].message).not.toContain('"ACTIVE"');
    // In development the hint stays (it helps people write queries).
    const devTypo = await ask('{ organizatons(first: 1) { edges { cursor } } }');
    expect(devTypo.body.errors![0].message).toContain('organizations');
  });
});
