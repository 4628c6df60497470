/**
 * Depth and cost limits and (production) no introspection: refused at validation, before anything runs. Validation
 * errors are answered 400 to clients that accept application/graphql-response+json (the GraphQL-over-HTTP spec;
 * plain application/json clients get 200 with the errors).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceBroker } from 'moleculer';
import { ErrorCode } from '../../infra/errors.js';
import { gql, probeService, testBus, testGateway } from '../../test/helpers/gateway.js';

const SPEC = { accept: 'application/graphql-response+json' };
let broker: ServiceBroker;
beforeAll(async () => {
  broker = await testBus(probeService);
});
afterAll(async () => broker?.stop());

/** A query `depth` fields deep: items { children { … { id } } }. */
const nested = (depth: number) => {
  let q = 'id';
  for (let i = 0; i < depth - 2; i++) q = `children { ${q} }`;
  return `{ items { ${q} } }`;
};

describe('useLimits', () => {
  it('answers plain application/json clients 200 with the same coded error', async () => {
    const yoga = testGateway(broker, { limits: { maxDepth: 4, maxCost: 1_000_000 } });
    const deep = await gql(yoga, nested(5));
    expect(deep.status).toBe(200);
    expect(deep.body.errors).toHaveLength(1);
    expect(deep.body.errors![0].extensions?.code).toBe(ErrorCode.BAD_USER_INPUT);
  });

  it('refuses a query deeper than the limit, and runs one at the limit', async () => {
    const yoga = testGateway(broker, { limits: { maxDepth: 4, maxCost: 1_000_000 } });
    const deep = await gql(yoga, nested(5), undefined, SPEC);
    expect(deep.status).toBe(400);
    expect(deep.body.errors).toHaveLength(1);
    expect(deep.body.errors![0].extensions?.code).toBe(ErrorCode.BAD_USER_INPUT);
    const ok = await gql(yoga, nested(4), undefined, SPEC);
    expect(ok.status).toBe(200);
    expect(ok.body.errors).toBeUndefined();
  });

  it('refuses a query whose estimated cost is over the limit, and says the cost', async () => {
    const yoga = testGateway(broker, { limits: { maxDepth: 20, maxCost: 100 } });
    // items (10) × children (10) × children (10): 10 + 100 + 1000 + … > 100
    const r = await gql(yoga, '{ items { children { children { id } } } }', undefined, SPEC);
    expect(r.status).toBe(400);
    expect(r.body.errors![0].extensions).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, maxCost: 100 });
    expect(r.body.errors![0].extensions?.cost).toBeGreaterThan(100);
    expect((await gql(yoga, '{ items { id } }')).body.errors).toBeUndefined();
  });

  it('refuses introspection in production only', async () => {
    const prod = testGateway(broker, { production: true });
    const refused = await gql(prod, '{ __schema { queryType { name } } }', undefined, SPEC);
    expect(refused.status).toBe(400);
    expect(refused.body.data).toBeUndefined();
    expect(refused.body.errors!.length).toBeGreaterThan(0);
    for (const e of refused.body.errors!) expect(e.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const dev = await gql(testGateway(broker), '{ __schema { queryType { name } } }');
    expect(dev.body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  });
});
