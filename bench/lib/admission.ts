/**
 * The gateway's admission time per KB of document for the worst generated shapes: the steps the gateway runs before
 * anything executes (gateway/plugins/use-limits.ts) — the parse-time scan, graphql-js's parse with `maxTokens`, field
 * depth, graphql-js's validation rules, and the cost with variables — timed in process on the real schema (median of
 * 5 runs after a warm-up). A document over a limit stops at the step that refuses it, as it does in the gateway.
 */
import { parse, specifiedRules, validate, getIntrospectionQuery, type GraphQLSchema } from 'graphql';
import { buildGatewaySchema } from '../../gateway/schema.js';
import { fieldWeights } from '../../gateway/field-weights.js';
import { resolvers } from '../../gateway/resolvers/index.js';
import { scanDocument } from '../../gateway/query-scan.js';
import { operationCost, operationDepths } from '../../gateway/query-cost.js';
import { config } from '../../infra/env.js';
import { aliases, deepNest, fragmentGraph, overlappingFragments, sameField, tenfoldBomb } from '../../test/helpers/query-shapes.js';
import { round, summarize } from './stats.js';

export interface AdmissionRow {
  shape: string;
  bytes: number;
  outcome: string;
  ms: number;
  msPerKB: number;
}

const HEX = 'a'.repeat(24);

/** One admission as the gateway runs it; the outcome is `admitted` or the refusing step. */
function admit(schema: GraphQLSchema, weights: Record<string, number>, query: string): string {
  const cfg = config();
  try {
    scanDocument(query, { maxTokens: cfg.maxQueryTokens, maxNesting: cfg.maxQueryNesting });
  } catch (e) {
    return `refused: ${((e as { extensions?: { details?: { limit?: string } } }).extensions?.details?.limit ?? 'PARSE').toLowerCase()}`;
  }
  let doc;
  try {
    doc = parse(query, { maxTokens: cfg.maxQueryTokens });
  } catch {
    return 'refused: parse';
  }
  if ([...operationDepths(doc).values()].some((d) => d > cfg.maxQueryDepth)) return 'refused: depth';
  if (validate(schema, doc, specifiedRules).length) return 'refused: validation';
  return operationCost(schema, doc, null, {}, weights).cost > cfg.maxQueryCost ? 'refused: cost' : 'admitted';
}

/** The generated shapes, at sizes up to the limits and past them. */
function shapes(): [string, string][] {
  const conflicting = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a: alliance(id: "${String(i).padStart(24, '0')}") { id }`).join(' ')} }`;
  return [
    ['the handed tenfold fragment bomb (8 fragments, 70 spreads)', tenfoldBomb(7)],
    ['random fragment graph, 30 fragments, 700 spreads', fragmentGraph({ fragments: 30, spreads: 700, seed: 1 })],
    ['random fragment graph, 200 fragments, 1,500 spreads', fragmentGraph({ fragments: 200, spreads: 1_500, seed: 2 })],
    ['random fragment graph whose leaf calls a service, 12 fragments, 300 spreads', fragmentGraph({ fragments: 12, spreads: 300, seed: 3, leaf: `organization(id: "${HEX}") { id }` })],
    ['the same field 4,000 times in one set', sameField(4_000)],
    ['200 fragments selecting the same fields into one set', overlappingFragments(200, 'id roles organization { id name }')],
    ['600 fragments selecting the same fields into one set', overlappingFragments(600)],
    ['250 aliases with one response name and different arguments', conflicting(250)],
    ['150 aliased grantEligibility', aliases(150, 'grantEligibility', `(allianceId: "${HEX}", programId: "${HEX}")`, '{ eligible }')],
    ['1,000 aliased grantEligibility', aliases(1_000, 'grantEligibility', `(allianceId: "${HEX}", programId: "${HEX}")`, '{ eligible }')],
    ['38 nested fields (within the bracket limit, over the depth limit)', deepNest(37)],
    ['10 nested fields (at the depth limit)', `{ organization(id: "${HEX}") { memberships { alliance { members { edges { node { organization { memberships { alliance { id } } } } } } } } } }`],
    ['nesting 5,000 deep', deepNest(5_000)],
    ['the standard introspection query', getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true })],
  ];
}

/** Times every shape; the rows are sorted worst first (ms per KB). */
export function measureAdmission(): AdmissionRow[] {
  const schema = buildGatewaySchema();
  const weights = fieldWeights(resolvers);
  const rows: AdmissionRow[] = [];
  for (const [shape, query] of shapes()) {
    admit(schema, weights, query); // warm-up
    const times: number[] = [];
    let outcome = '';
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      outcome = admit(schema, weights, query);
      times.push(performance.now() - t);
    }
    const ms = summarize(times).p50;
    const bytes = Buffer.byteLength(query);
    rows.push({ shape, bytes, outcome, ms: round(ms, 2), msPerKB: round(ms / (bytes / 1024), 3) });
  }
  return rows.sort((a, b) => b.msPerKB - a.msPerKB);
}
