/**
 * 1,000 malformed or hostile requests to the gateway: fuzzed variables, deep and expensive queries, huge
 * pages, operator injection, bad tokens, broken bodies. Every one is answered with a 4xx or a GraphQL error
 * carrying a code; none with a 5xx; the process keeps serving; nothing is stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT, UnsecuredJWT } from 'jose';
import fc from 'fast-check';
import { creditCode, startTestPlatform, type TestPlatform } from '../helpers/platform.js';
import { fixtures } from '../helpers/fixtures.js';
import { config } from '../../infra/env.js';
import { ErrorCode } from '../../infra/errors.js';
import { asSystem } from '../../infra/caller.js';
import { CLIENT_CODES } from '../../gateway/errors.js';
import { aliases, deepNest, tenfoldBomb } from '../helpers/query-shapes.js';

let p: TestPlatform;
let admin: string;
let member: string;
let allianceId: string;
let orgId: string;
const { school } = fixtures(() => p);

async function snapshot() {
  const orgs: any = await p.client.call('organizations.list', { first: 100 }, asSystem('test'));
  const alliances: any = await p.client.call('alliances.list', { first: 100 }, asSystem('test'));
  const members: any = await p.client.call('alliances.members', { allianceId, first: 100 }, asSystem('test'));
  return { orgs: orgs.edges.length, alliances: alliances.edges.length, members: members.totalCount };
}

beforeAll(async () => {
  p = await startTestPlatform({ services: ['organizations', 'alliances'] });
  admin = await p.adminToken();
  const lead = await school('UNIVERSITY', { name: 'Hostile lead' });
  orgId = lead.id;
  member = await p.token(['ORG_ADMIN'], lead.id);
  allianceId = ((await p.call('alliances.create', { name: 'Hostile alliance', regionCode: '450200', leadOrganizationId: lead.id }, member)) as any).id;
});
afterAll(async () => p?.stop());

/** A request, and for the fixed ones how it must be answered: the error codes in order ([] = data, no error) or, without a JSON body, the status. */
type Attack = { body?: string; method?: string; headers?: Record<string, string>; path?: string; codes?: string[]; status?: number };

/**
 * The codes a hostile request may be answered with: the platform's refusals (infra/errors.ts) and the GraphQL
 * server's own for requests it cannot run (never INTERNAL or SERVICE_UNAVAILABLE: a hostile request is not our fault).
 */
const REFUSALS = new Set<string>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.NOT_FOUND,
  ErrorCode.CONFLICT,
  ErrorCode.FAILED_PRECONDITION,
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
]);
const BAD_REQUEST = ['BAD_REQUEST'];
const BAD_INPUT = [ErrorCode.BAD_USER_INPUT];
const UNAUTHENTICATED = [ErrorCode.UNAUTHENTICATED];

function deepQuery(depth: number): string {
  let q = 'id';
  for (let i = 0; i < depth; i++) q = i % 2 ? `organization { memberships { ${q} } }` : `alliance { lead { memberships { ${q} } } }`;
  return `{ alliance(id: "${'a'.repeat(24)}") { members { edges { node { ${q} } } } } }`;
}

async function attacks(): Promise<Attack[]> {
  const secret = new TextEncoder().encode(config().jwtSecret!);
  const expired = await new SignJWT({ roles: ['PLATFORM_ADMIN'] }).setProtectedHeader({ alg: 'HS256' }).setSubject('x').setExpirationTime(Math.floor(Date.now() / 1000) - 60).sign(secret);
  const none = new UnsecuredJWT({ roles: ['PLATFORM_ADMIN'] }).setSubject('x').encode();
  const wrongKey = await new SignJWT({ roles: ['PLATFORM_ADMIN'] }).setProtectedHeader({ alg: 'HS256' }).setSubject('x').setExpirationTime('1h').sign(new TextEncoder().encode('k'.repeat(40)));
  const gql = (codes: string[], query: string, variables?: unknown, token: string | null = admin): Attack => ({
    body: JSON.stringify({ query, variables }),
    headers: token ? { authorization: `Bearer ${token}` } : {},
    codes,
  });
  const fixed: Attack[] = [
    // Issue 13's handed requests: the tenfold fragment bomb (unauthenticated), 5,000 levels of nesting, the cost
    // bypassed through variables, aliased service calls, and refused mutations (nothing may be stored).
    gql([], tenfoldBomb(7)), // measured once per fragment: answered at once (it froze the gateway for 20–37 s)
    gql(BAD_INPUT, deepNest(5_000, 'organization(id: "x")')),
    gql(BAD_INPUT, `query($n: Int) { organizations(first: $n) { edges { node { memberships { alliance { members(first: $n) { edges { node { id } } } } } } } } }`, { n: 100 }),
    gql(BAD_INPUT, aliases(1_000, 'organization', `(id: "${'a'.repeat(24)}")`, '{ id }')),
    gql(BAD_INPUT, aliases(5, 'registerOrganization', `(input: { name: "Refused", kind: OTHER, creditCode: "${creditCode()}", regionCode: "450200" })`, '{ memberships { alliance { members(first: 100) { edges { node { organization { memberships { alliance { id } } } } } } } } }', 'mutation')),
    gql(BAD_INPUT, `mutation($i: RegisterOrganizationInput!, $n: Int = 100) { registerOrganization(input: $i) { memberships { alliance { members(first: $n) { edges { node { organization { memberships { alliance { members(first: $n) { totalCount } } } } } } } } } } }`, { i: { name: 'Refused too', kind: 'OTHER', creditCode: creditCode(), regionCode: '450200' } }),
    { body: '{"query": ', codes: BAD_REQUEST },
    { body: 'not json at all', codes: BAD_REQUEST },
    { body: '[]', codes: BAD_REQUEST },
    { body: JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]), codes: BAD_REQUEST },
    { body: JSON.stringify({ query: 123 }), codes: BAD_REQUEST },
    { body: JSON.stringify({ query: '{ me { id } }', variables: 'oops' }), codes: BAD_REQUEST },
    { body: JSON.stringify({ query: '{ me { id }' }), codes: ['GRAPHQL_PARSE_FAILED'] },
    { method: 'GET', path: '/graphql?query=' + encodeURIComponent('mutation { registerOrganization(input: { name: "x", kind: OTHER, creditCode: "x", regionCode: "450200" }) { id } }'), codes: BAD_REQUEST },
    { body: 'x'.repeat(1_000_000), codes: BAD_INPUT }, // over MAX_BODY_BYTES (768 KiB)
    { body: JSON.stringify({ query: '{ me { id } }' }), headers: { 'content-type': 'text/plain' }, status: 415 },
    gql(BAD_INPUT, deepQuery(12)), // too deep and too costly: one admission pass, one refusal
    gql(BAD_INPUT, `{ organizations(first: 100) { edges { node { memberships { alliance { members(first: 100) { edges { node { organization { memberships { id } } } } } } } } } } }`),
    gql(BAD_INPUT, `{ organizations(first: 100000) { edges { cursor } } }`),
    gql(BAD_INPUT, `{ organizations(first: -1) { edges { cursor } } }`),
    gql(BAD_INPUT, `{ ${Array.from({ length: 2000 }, (_, i) => `a${i}: me { id }`).join(' ')} }`), // aliases are counted
    gql(BAD_INPUT, `query($id: ID!) { organization(id: $id) { id } }`, { id: { $gt: '' } }),
    gql(BAD_INPUT, `query($f: OrganizationFilter) { organizations(filter: $f) { edges { cursor } } }`, { f: { nameContains: { $regex: '.*' } } }),
    gql(BAD_INPUT, `query($f: OrganizationFilter) { organizations(filter: $f) { edges { cursor } } }`, { f: { regionCode: { $ne: null } } }),
    gql([], `query($f: AllianceFilter) { alliances(filter: $f) { edges { cursor } } }`, { f: { nameContains: '.*(a+)+$' } }), // a literal, not a regex
    gql(BAD_INPUT, `mutation($i: RegisterOrganizationInput!) { registerOrganization(input: $i) { id } }`, { i: { name: { $gt: '' }, kind: 'OTHER', creditCode: creditCode(), regionCode: '450200' } }),
    gql(BAD_INPUT, `mutation($i: RegisterOrganizationInput!) { registerOrganization(input: $i) { id } }`, { i: { name: 'Inject', kind: 'OTHER', creditCode: { $ne: 'x' }, regionCode: '450200' } }),
    gql(BAD_INPUT, `mutation($a: ID!, $o: ID!) { applyForMembership(allianceId: $a, organizationId: $o) { id } }`, { a: allianceId, o: { $ne: orgId } }, member),
    gql(BAD_INPUT, `mutation { endMembership(membershipId: "${'f'.repeat(24)}", effectiveDate: "2024-13-45", reason: "x") { id } }`, undefined, member),
    gql(UNAUTHENTICATED, `{ organizations { edges { node { id } } } }`, undefined, expired),
    gql(UNAUTHENTICATED, `{ organizations { edges { node { id } } } }`, undefined, none),
    gql(UNAUTHENTICATED, `{ organizations { edges { node { id } } } }`, undefined, wrongKey),
    gql(UNAUTHENTICATED, `{ organizations { edges { node { id } } } }`, undefined, 'garbage'),
    { body: JSON.stringify({ query: '{ me { id } }' }), headers: { authorization: 'Basic YWRtaW46YWRtaW4=' }, codes: UNAUTHENTICATED },
    gql([], `{ __schema { types { name fields { name type { name ofType { name ofType { name } } } } } } }`), // introspection is open outside production
    gql(['GRAPHQL_VALIDATION_FAILED'], `fragment A on Organization { memberships { organization { ...B } } } fragment B on Organization { memberships { organization { ...A } } } { organizations { edges { node { ...A } } } }`),
  ];
  const fuzzed = fc.sample(
    fc.record({
      op: fc.constantFrom(
        `mutation($i: RegisterOrganizationInput!) { registerOrganization(input: $i) { id } }`,
        `mutation($i: CreateAllianceInput!) { createAlliance(input: $i) { id } }`,
        `mutation($m: ID!, $d: Date) { approveMembership(membershipId: $m, effectiveDate: $d) { id } }`,
        `mutation($a: ID!, $s: AllianceStatus!, $d: Date) { setAllianceStatus(allianceId: $a, status: $s, effectiveDate: $d) { id } }`,
        `query($id: ID!, $d: Date) { alliance(id: $id) { memberCounts(asOf: $d) { total } } }`,
        `query($f: OrganizationFilter, $n: Int, $c: String) { organizations(filter: $f, first: $n, after: $c) { edges { cursor } } }`,
      ),
      vars: fc.dictionary(fc.constantFrom('i', 'm', 'd', 'a', 's', 'id', 'f', 'n', 'c'), fc.anything({ maxDepth: 3, withObjectString: true, withNullPrototype: false }), { maxKeys: 5 }),
      token: fc.constantFrom<'admin' | 'member' | 'none' | 'junk'>('admin', 'member', 'none', 'junk'),
    }),
    { numRuns: 1000 - fixed.length, seed: 20261123 },
  );
  return [
    ...fixed,
    ...fuzzed.map((f) => {
      let body: string;
      try {
        body = JSON.stringify({ query: f.op, variables: f.vars });
      } catch {
        body = '{"query": "{ me { id } }", "variables": {"x": "unserializable"}}';
      }
      const token = f.token === 'admin' ? admin : f.token === 'member' ? member : f.token === 'junk' ? 'eyJ.junk.junk' : undefined;
      const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
      return { body, headers };
    }),
  ];
}

describe('hostile requests', () => {
  it('answers 1,000 of them with 4xx or coded GraphQL errors, never 5xx, and stores nothing', async () => {
    const before = await snapshot();
    const list = await attacks();
    expect(list.length).toBe(1000);
    expect(list.filter((a) => a.codes || a.status)).toHaveLength(36); // every fixed attack says how it is answered
    const byStatus: Record<number, number> = {};
    const byCode: Record<string, number> = {};
    const problems: string[] = [];
    for (let i = 0; i < list.length; i += 20) {
      await Promise.all(
        list.slice(i, i + 20).map(async (a, j) => {
          const res = await fetch(`${p.url}${a.path ?? '/graphql'}`, {
            method: a.method ?? 'POST',
            headers: { 'content-type': 'application/json', ...a.headers },
            body: a.method === 'GET' ? undefined : a.body,
          });
          byStatus[res.status] = (byStatus[res.status] ?? 0) + 1;
          const text = await res.text();
          if (res.status >= 500) problems.push(`#${i + j} → ${res.status}: ${text.slice(0, 300)}`);
          if (a.status !== undefined && res.status !== a.status) problems.push(`#${i + j} → ${res.status}, expected ${a.status}`);
          let body: any;
          try {
            body = JSON.parse(text);
          } catch {
            if (res.status < 400) problems.push(`#${i + j} → ${res.status} with a non-JSON body`);
            if (a.codes) problems.push(`#${i + j} → a non-JSON body, expected codes ${JSON.stringify(a.codes)}`);
            return;
          }
          const answered: string[] = [];
          for (const e of body.errors ?? []) {
            const code = e.extensions?.code;
            answered.push(code ?? 'NONE');
            byCode[code ?? 'NONE'] = (byCode[code ?? 'NONE'] ?? 0) + 1;
            if (!REFUSALS.has(code)) problems.push(`#${i + j} → error with ${code ? `code ${code}` : 'no code'}: ${e.message}`);
            if (/\bat .+\.(ts|js):\d+/.test(JSON.stringify(e))) problems.push(`#${i + j} → stack trace leaked`);
            if (code && !CLIENT_CODES.includes(code)) problems.push(`#${i + j} → a code the README's table does not list: ${code}`);
            if (/SyntaxError|originalError|stacktrace/.test(JSON.stringify(e))) problems.push(`#${i + j} → library internals leaked`);
          }
          if (a.codes && JSON.stringify(answered) !== JSON.stringify(a.codes)) problems.push(`#${i + j} → codes ${JSON.stringify(answered)}, expected ${JSON.stringify(a.codes)}`);
          if (res.status === 200 && !(body.errors?.length) && a.headers?.authorization !== `Bearer ${admin}` && a.headers?.authorization !== `Bearer ${member}`) {
            // Without a valid token only `me` may answer data.
            if (body.data && Object.keys(body.data).some((k) => k !== 'me' && body.data[k] !== null)) problems.push(`#${i + j} → data without a valid token`);
          }
        }),
      );
    }
    const health = await fetch(`${p.url}/healthz`);
    const after = await snapshot();
    process.stdout.write(`[fault: hostile] sent=${list.length} byStatus=${JSON.stringify(byStatus)} byCode=${JSON.stringify(byCode)}\n`);
    expect(problems).toEqual([]);
    expect(health.status).toBe(200);
    expect(after).toEqual(before);
  }, 120_000);
});
