/**
 * GraphQL over the gateway's real HTTP port, for the end-to-end specs and the fault drills (was copied as
 * `ok` / `gqlOk` / `register` in five specs):
 *
 *   const d = await gqlData(p, `{ me { id } }`, {}, token);                        // data; fails on any error
 *   const firm = await registerOverHttp(p.url, admin, { name: '柳工', kind: 'ENTERPRISE' });
 *
 * Refusals are asserted with `p.gql` and `codes(result)` (platform.ts), never on message wording.
 */
import { expect } from 'vitest';
import { creditCode, type TestPlatform } from './platform.js';
import { gqlOrThrow } from './load.js';

/**
 * The `data` of a GraphQL request that must succeed: asserts that it answered no errors (showing them when it
 * did). `T` is the shape the query selects (untyped by default, as `p.gql`).
 */
export async function gqlData<T = any>(p: TestPlatform, query: string, variables: Record<string, unknown>, token: string): Promise<T> {
  const r = await p.gql<T>(query, variables, token);
  expect(r.body.errors, JSON.stringify(r.body.errors)).toBeUndefined();
  return r.body.data as T;
}

/** What `registerOverHttp` answers. */
export interface RegisteredOrg {
  id: string;
  name: string;
}

/**
 * Registers an organization through the public `registerOrganization` mutation at the gateway `url` (the token
 * must be a platform admin's). `input` is the mutation's input (name, kind, schoolType, …); region 450200 and a
 * fresh credit code valid for the region unless given. Throws load.ts' CodedError (the first error's code).
 */
export async function registerOverHttp(url: string, token: string, input: Record<string, unknown>): Promise<RegisteredOrg> {
  const regionCode = (input.regionCode as string | undefined) ?? '450200';
  const d = await gqlOrThrow(
    url,
    `mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { id name } }`,
    { input: { regionCode, creditCode: creditCode('91', regionCode), ...input } },
    token,
  );
  return d.registerOrganization as RegisteredOrg;
}
