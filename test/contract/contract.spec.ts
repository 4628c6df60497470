/**
 * The public contract (../shared/contract/schema.graphql) is a promise to our users' clients: the gateway's
 * schema must stay a superset of it. Root fields of domains not built yet are listed below and pruned from
 * the contract before comparing; the list only ever shrinks.
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSchema, findBreakingChanges, parse, print, visit, type DocumentNode } from 'graphql';
import { pruneSchema } from '@graphql-tools/utils';
import { buildGatewaySchema } from '../../gateway/schema.js';

// The contract lives in shared/ beside the project; a copy is kept here so clones without shared/ (the
// GitHub Actions lane) check against the same text. A test below keeps the copy identical.
const SHARED = path.resolve(import.meta.dirname, '../../../shared/contract/schema.graphql');
const COPY = path.resolve(import.meta.dirname, 'public-contract.graphql');
const CONTRACT = existsSync(SHARED) ? SHARED : COPY;

/** `Type.field` coordinates of the contract not implemented yet. */
export const NOT_YET_IMPLEMENTED = new Set<string>([
]);

function withoutPending(doc: DocumentNode): DocumentNode {
  let currentType = '';
  return visit(doc, {
    ObjectTypeDefinition: { enter: (node) => void (currentType = node.name.value) },
    FieldDefinition: (node) => (NOT_YET_IMPLEMENTED.has(`${currentType}.${node.name.value}`) ? null : undefined),
  });
}

describe('public GraphQL contract', () => {
  it('is present, and the copy in this repository is identical to shared/', () => {
    expect(existsSync(CONTRACT), `contract not found at ${CONTRACT}`).toBe(true);
    if (existsSync(SHARED)) expect(readFileSync(COPY, 'utf8'), 'test/contract/public-contract.graphql is stale: copy shared/contract/schema.graphql over it').toBe(readFileSync(SHARED, 'utf8'));
  });

  it('is implemented by the gateway schema with no breaking change', () => {
    const contractDoc = parse(readFileSync(CONTRACT, 'utf8'));
    const contract = pruneSchema(buildSchema(print(withoutPending(contractDoc))));
    const gateway = buildGatewaySchema();
    const breaking = findBreakingChanges(contract, gateway)
      .map((c) => `${c.type}: ${c.description}`)
      // Built-in scalars (Float) appear only once a schema uses them; they cannot be "removed".
      .filter((d) => !/^TYPE_REMOVED: Standard scalar/.test(d));
    expect(breaking).toEqual([]);
  });

  it('lists only coordinates that exist in the contract', () => {
    const contract = buildSchema(readFileSync(CONTRACT, 'utf8'));
    for (const coord of NOT_YET_IMPLEMENTED) {
      const [type, field] = coord.split('.');
      const t = contract.getType(type) as { getFields?: () => Record<string, unknown> } | undefined;
      expect(t?.getFields?.()[field], coord).toBeDefined();
    }
  });

  it('has a resolver for every root field it serves', () => {
    const gateway = buildGatewaySchema();
    for (const root of [gateway.getQueryType(), gateway.getMutationType()]) {
      for (const [name, field] of Object.entries(root?.getFields() ?? {})) {
        expect(field.resolve, `${root?.name}.${name} has no resolver`).toBeTypeOf('function');
      }
    }
  });
});
