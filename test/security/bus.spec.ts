/**
 * Trust on the bus, against a real nats-server running the GENERATED configuration (npm run nats:config's code):
 * TLS with a CA made for this run, one nkey per identity, subject permissions from the contracts. Services run as
 * their own identities (organizations, alliances, grants, grantStandings, revenue), the gateway as `gateway`.
 * Each case asserts what was refused (by NATS, by the receiving node, by the service) and what was stored.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServiceBroker } from 'moleculer';
import type { NatsConnection, Subscription } from 'nats';
import { codes, creditCode, startTestPlatform, type TestPlatform } from '../helpers/platform.js';
import { startSecureNats, type SecureNats } from '../helpers/secure-nats.js';
import { systemCaller, type Caller } from '../../infra/caller.js';
import { mintToken, systemToken } from '../../infra/auth.js';
import { IdentityNatsTransporter } from '../../infra/nats-transport.js';
import { refusalCount } from '../../infra/bus-refusals.js';
import { readCacheStats } from '../../infra/read-cache.js';
import { nearCacheServing, nearGraceMs } from '../../infra/near-cache.js';
import { createBroker } from '../../infra/broker.js';
import { readFileSync, writeFileSync } from 'node:fs';
import type { OrganizationDto } from '../../services/organizations/organizations.contract.js';
import type { AllianceDto } from '../../services/alliances/alliances.contract.js';
import type { AuditEntryDto, GrantProgramDto } from '../../services/grants/grants.contract.js';
import type { StandingDto } from '../../services/grantStandings/grantStandings.contract.js';
import type { Page } from '../../infra/pagination.js';

const SERVICES = ['organizations', 'alliances', 'grants', 'grantStandings', 'revenue'];
const enc = new TextEncoder();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let nats: SecureNats;
let p: TestPlatform;
let sys: Caller;
let admin: string;
let P: string;
let lead: OrganizationDto;
let alliance: AllianceDto;
let program: GrantProgramDto;
const clients: NatsConnection[] = [];

const nodeOf = (service: string) => p.serviceBrokers.find((b) => b.nodeID.startsWith(`${service}.`))!.nodeID;
const errType = (promise: Promise<unknown>) => promise.then(() => 'OK', (err: { type?: string; code?: string }) => err.type ?? err.code ?? 'ERROR');

/** A Moleculer EVENT packet as the JSON serializer writes it (protocol 5), from `sender` (omitted when undefined). */
function eventPacket(sender: string | undefined, event: string, data: unknown, group: string): Uint8Array {
  return enc.encode(JSON.stringify({ ver: '5', ...(sender ? { sender } : {}), id: randomUUID(), event, data, groups: [group], broadcast: false, meta: {}, level: 1, needAck: false }));
}

/** A raw client with `identity`'s credentials that counts the permission violations NATS reports to it. */
async function rawClient(identity: string): Promise<{ nc: NatsConnection; violations: () => number }> {
  const nc = await nats.rawClient(identity);
  clients.push(nc);
  let violations = 0;
  void (async () => {
    for await (const s of nc.status()) if (s.type === 'error' && String(s.data).includes('PERMISSIONS_VIOLATION')) violations++;
  })();
  return { nc, violations: () => violations };
}

/** Subscribes and reports whether NATS refused the subscription, and how many messages it delivered. */
function trySubscribe(nc: NatsConnection, subject: string): { refused: () => boolean; received: () => number; sub: Subscription } {
  let refused = false;
  let received = 0;
  const sub = nc.subscribe(subject, {
    callback: (err) => {
      if (err) refused = true;
      else received++;
    },
  });
  return { refused: () => refused, received: () => received, sub };
}

async function auditCount(): Promise<number> {
  return (await sys<Page<AuditEntryDto>>('grants.auditTrail', { first: 100 })).edges.length;
}

async function standing(): Promise<StandingDto | undefined> {
  const page = await sys<Page<StandingDto>>('grantStandings.list', { programId: program.id, first: 50 });
  return page.edges.map((e) => e.node).find((s) => s.allianceId === alliance.id);
}

async function until<T>(what: () => Promise<T | undefined | false>, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await what();
    if (v) return v;
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await sleep(100);
  }
}

beforeAll(async () => {
  const namespace = `sec-${randomBytes(3).toString('hex')}`;
  P = `MOL-${namespace}`;
  nats = await startSecureNats({ namespace });
  p = await startTestPlatform({ services: SERVICES, nats });
  sys = systemCaller(p.client, 'test');
  admin = await p.adminToken();
  const funder = await sys<OrganizationDto>('organizations.register', { name: '柳州市人民政府', kind: 'GOVERNMENT', creditCode: creditCode('11'), regionCode: '450200' });
  lead = await sys<OrganizationDto>('organizations.register', { name: '柳州职业技术学院', kind: 'SCHOOL', schoolType: 'HIGHER_VOCATIONAL', creditCode: creditCode('12'), regionCode: '450200' });
  alliance = await sys<AllianceDto>('alliances.create', { name: '安全测试联盟', regionCode: '450200', industries: ['汽车'], leadOrganizationId: lead.id, foundedOn: '2024-01-01' });
  program = await sys<GrantProgramDto>('grants.createProgram', {
    code: 'SEC-1',
    name: '安全测试奖补',
    regionCode: '450200',
    funderOrganizationId: funder.id,
    awardAmount: { amount: '1.00', currency: 'CNY' },
    criteria: [{ kind: 'ALLIANCE_ACTIVE' }],
  });
  // The projection's rows, recomputed from the source services (a call chain grantStandings → grants → alliances,
  // organizations over the secured bus); events sent before every listener was registered are not replayed.
  await sys('grantStandings.rebuild', {});
  await until(standing);
}, 120_000);

afterAll(async () => {
  await Promise.all(clients.map((c) => c.close().catch(() => undefined)));
  await p?.stop();
  await nats?.stop();
});

describe('connecting', () => {
  it('refuses a client without credentials, without the CA, or that reached another host name; every connection is an identity over TLS', async () => {
    await expect(nats.rawClient(null)).rejects.toMatchObject({ code: 'AUTHORIZATION_VIOLATION' });
    await expect(nats.rawClient('gateway', { tls: {} })).rejects.toMatchObject({ code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' });
    await expect(nats.rawClient('gateway', { tls: { caFile: nats.generated.caFile, servername: 'nats.attacker.example' } as never })).rejects.toMatchObject({ code: 'ERR_TLS_CERT_ALTNAME_INVALID' });
    // What the server holds: only our brokers' connections, each an nkey of a generated identity, each over TLS.
    const connz = (await (await fetch(`${nats.monitorUrl}/connz?auth=true`)).json()) as { connections: { authorized_user?: string; tls_version?: string }[] };
    const keys = new Set(Object.values(nats.generated.identities).map((i) => i.publicKey));
    expect(connz.connections).toHaveLength(SERVICES.length + 1);
    for (const c of connz.connections) {
      expect(keys.has(c.authorized_user ?? '')).toBe(true);
      expect(c.tls_version).toMatch(/^1\.[23]$/);
    }
  });
});

describe("the gateway's credentials", () => {
  it('cannot emit organizations.* events: NATS refuses the publish and the audit trail is unchanged', async () => {
    const before = await auditCount();
    const { nc, violations } = await rawClient('gateway');
    const forged = { id: randomBytes(12).toString('hex'), organizationId: lead.id, reason: 'forged', from: '2024-01-01', until: '2029-01-01', imposedBy: 'demo-funder', imposedByOrganizationId: null };
    nc.publish(`${P}.EVENT.${nodeOf('grants')}.gateway`, eventPacket('gateway.raw', 'organizations.disqualified', forged, 'grants'));
    nc.publish(`${P}.EVENT.${nodeOf('grants')}`, eventPacket(undefined, 'organizations.disqualificationLifted', forged, 'grants'));
    await nc.flush();
    await until(async () => violations() >= 2, 5_000);
    await sleep(500);
    expect(violations()).toBe(2);
    expect(await auditCount()).toBe(before);
  });

  it('cannot register an organizations service: its announcement is dropped, it can take no request, and every call reaches the real one', async () => {
    const refusedBefore = refusalCount('packet', 'announces services its identity does not host');
    let rogueHits = 0;
    const rogue = new ServiceBroker({
      namespace: nats.namespace,
      nodeID: 'gateway.rogue',
      logger: false,
      transporter: new IdentityNatsTransporter(nats.transport('gateway')),
      heartbeatInterval: 1,
    });
    rogue.createService({
      name: 'organizations',
      actions: {
        get: () => ((rogueHits++), { id: lead.id, name: 'FORGED' }),
        getMany: () => ((rogueHits++), [{ id: lead.id, name: 'FORGED' }]),
      },
    });
    await rogue.start();
    try {
      // Its INFO reached every node and was dropped by each (the NATS-verified identity `gateway` hosts no service).
      await until(async () => refusalCount('packet', 'announces services its identity does not host') >= refusedBefore + SERVICES.length + 1, 10_000);
      await sleep(1_500);
      const orgNodes = (p.client.registry.getServiceList({ onlyAvailable: true }) as { name: string; nodeID: string }[]).filter((s) => s.name === 'organizations').map((s) => s.nodeID);
      expect(orgNodes).toEqual([nodeOf('organizations')]);
      // Nor can those credentials take requests: NATS refuses any subscription to request subjects.
      const { nc } = await rawClient('gateway');
      const reqs = trySubscribe(nc, `${P}.REQ.>`);
      await nc.flush();
      await until(async () => reqs.refused(), 5_000);
      const names: string[] = [];
      for (let i = 0; i < 12; i++) names.push((await p.call<OrganizationDto>('organizations.get', { id: lead.id }, admin)).name);
      expect(names).toEqual(Array(12).fill(lead.name));
      expect(rogueHits).toBe(0);
      expect(reqs.received()).toBe(0);
    } finally {
      await rogue.stop();
    }
  });
});

describe('forged events', () => {
  it('with no identity or another identity than the owner change nothing; the same packet from the owner is handled', async () => {
    const row = (await standing())!;
    const disqualification = { id: randomBytes(12).toString('hex'), organizationId: lead.id, reason: 'forged', from: '2024-01-01', until: '2029-01-01', imposedBy: 'x', imposedByOrganizationId: null };
    const to = `${P}.EVENT.${nodeOf('grantStandings')}`;
    const eventsRefused = refusalCount('event', 'organizations.disqualified: emitted by grants');
    const packetsRefused = refusalCount('packet', 'EVENT: sender is not the NATS-verified identity');

    // grants may send events to grantStandings (its own), not organizations' events: refused by the handler.
    const grants = await rawClient('grants');
    grants.nc.publish(`${to}.grants`, eventPacket(`grants.raw`, 'organizations.disqualified', disqualification, 'grantStandings'));
    // A sender that claims to be organizations from grants' connection, and one that names no sender: dropped on receipt.
    grants.nc.publish(`${to}.grants`, eventPacket('organizations.forged', 'organizations.disqualified', disqualification, 'grantStandings'));
    grants.nc.publish(`${to}.grants`, eventPacket(undefined, 'organizations.disqualified', disqualification, 'grantStandings'));
    // No identity suffix at all: NATS refuses the publish.
    grants.nc.publish(to, eventPacket('grants.raw', 'organizations.disqualified', disqualification, 'grantStandings'));
    await grants.nc.flush();
    await until(async () => refusalCount('event', 'organizations.disqualified: emitted by grants') > eventsRefused && refusalCount('packet', 'EVENT: sender is not the NATS-verified identity') >= packetsRefused + 2 && grants.violations() >= 1, 10_000);
    await sleep(1_000);
    expect(refusalCount('event', 'organizations.disqualified: emitted by grants')).toBe(eventsRefused + 1);
    expect(refusalCount('packet', 'EVENT: sender is not the NATS-verified identity')).toBe(packetsRefused + 2);
    expect(grants.violations()).toBe(1);
    expect((await standing())!.evaluatedAt).toBe(row.evaluatedAt); // nothing recomputed, nothing written

    // The same event from the owner's identity is handled: the lead's alliance is recomputed.
    const organizations = await rawClient('organizations');
    organizations.nc.publish(`${to}.organizations`, eventPacket('organizations.raw', 'organizations.disqualified', disqualification, 'grantStandings'));
    await organizations.nc.flush();
    const after = await until(async () => {
      const s = await standing();
      return s && s.evaluatedAt !== row.evaluatedAt ? s : undefined;
    });
    expect(after.evaluatedAt > row.evaluatedAt).toBe(true);
    expect(organizations.violations()).toBe(0);
  });
});

describe('sniffing', () => {
  it("a service's credentials cannot read another service's requests or replies", async () => {
    const { nc, violations } = await rawClient('alliances');
    const replies = trySubscribe(nc, `${P}.RES.gateway.>`);
    const requests = trySubscribe(nc, `${P}.REQ.organizations.>`);
    const everything = trySubscribe(nc, '>');
    const heartbeats = trySubscribe(nc, `${P}.HEARTBEAT.*`); // allowed: proves the client is connected and listening
    await nc.flush();
    for (let i = 0; i < 10; i++) await p.call('organizations.get', { id: lead.id }, admin);
    await until(async () => heartbeats.received() > 0, 5_000);
    expect([replies.refused(), requests.refused(), everything.refused(), heartbeats.refused()]).toEqual([true, true, true, false]);
    expect(violations()).toBe(3);
    expect(replies.received() + requests.received() + everything.received()).toBe(0);
  });
});

describe('internal tokens', () => {
  it('are UNAUTHENTICATED on the public HTTP endpoints, and nothing is stored', async () => {
    const internal = await systemToken('gateway', 'organizations');
    const code = creditCode();
    const r = await p.gql(`mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { id } }`, { input: { name: 'Replayed', kind: 'ENTERPRISE', creditCode: code, regionCode: '450200' } }, internal);
    expect(r.status).toBe(401);
    expect(codes(r)).toEqual(['UNAUTHENTICATED']);
    const csv = await fetch(`${p.url}/exports/revenue-statement.csv?organizationId=${lead.id}&from=2024-01-01&to=2024-12-31`, { headers: { authorization: `Bearer ${await systemToken('gateway', 'revenue')}` } });
    expect(csv.status).toBe(401);
    expect(((await csv.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const found = await sys<Page<OrganizationDto>>('organizations.list', { filter: { nameContains: 'Replayed' }, first: 10 });
    expect(found.edges).toEqual([]);
  });

  it('minted for one service are refused by another, and nothing is stored', async () => {
    const forGrants = await systemToken('gateway', 'grants');
    expect(await errType(p.call('revenue.policies', {}, forGrants))).toBe('UNAUTHENTICATED');
    const input = { name: 'Wrong audience', kind: 'ENTERPRISE', creditCode: creditCode(), regionCode: '450200' };
    expect(await errType(p.call('organizations.register', input, forGrants))).toBe('UNAUTHENTICATED');
    expect((await sys<Page<OrganizationDto>>('organizations.list', { filter: { nameContains: 'Wrong audience' }, first: 10 })).edges).toEqual([]);
    // The same call with a token for organizations is accepted and stored.
    const stored = await p.call<OrganizationDto>('organizations.register', input, await systemToken('gateway', 'organizations'));
    expect((await sys<(OrganizationDto | null)[]>('organizations.getMany', { ids: [stored.id] }))[0]?.creditCode).toBe(input.creditCode);
  });
});

describe("Moleculer's internal actions", () => {
  it('$node.list is refused without a service identity', async () => {
    const target = { nodeID: nodeOf('organizations') };
    expect(await errType(p.client.call('$node.list', {}, target))).toBe('UNAUTHENTICATED');
    expect(await errType(p.client.call('$node.list', {}, { ...target, meta: { token: admin } }))).toBe('FORBIDDEN');
    expect(await errType(p.client.call('$node.services', {}, { ...target, meta: { token: await mintToken({ sub: 'x', roles: ['PLATFORM_ADMIN'] }) } }))).toBe('FORBIDDEN');
    // A service's own identity (an internal token for $node) may.
    const nodes = (await p.client.call('$node.list', {}, { ...target, meta: { token: await systemToken('gateway', '$node') } })) as { id: string }[];
    expect(nodes.map((n) => n.id)).toContain(nodeOf('organizations'));
  });
});

describe("the gateway's near cache on the secured bus", () => {
  it('hears <service>.cacheStale under the generated permissions; revenue (which caches nothing) may not send the gateway events', async () => {
    // It serves once every node has discovered the gateway (infra/near-cache.ts nearGraceMs).
    await until(async () => nearCacheServing(p.client), 20_000);
    const leadAdmin = await mintToken({ sub: 'lead-admin', roles: ['ORG_ADMIN'], org: lead.id, expiresIn: '1h' });
    const READ = 'query($id: ID!) { alliance(id: $id) { id status } }';
    const read = async () => (await p.gql(READ, { id: alliance.id }, leadAdmin)).body.data.alliance.status as string;
    const before = readCacheStats().nearHits;
    const status = await read();
    expect(await read()).toBe(status);
    expect(readCacheStats().nearHits).toBeGreaterThan(before); // the second read never left the gateway
    // A change on the alliances node reaches the gateway as alliances.cacheStale: the next read is fresh.
    const next = status === 'ACTIVE' ? 'SUSPENDED' : 'ACTIVE';
    await sys('alliances.setStatus', { allianceId: alliance.id, status: next, effectiveDate: '2024-06-01' });
    expect(await read()).toBe(next);
    // revenue's credentials cannot publish to the gateway's events (NATS refuses), so nothing but the owners can reach it.
    const { nc, violations } = await rawClient('revenue');
    nc.publish(`${P}.EVENT.${p.client.nodeID}.revenue`, eventPacket(`revenue.raw`, 'alliances.cacheStale', { service: 'alliances' }, '$readCache'));
    await nc.flush();
    await until(async () => violations() >= 1, 5_000);
  });
});

describe('a gateway on permissions generated before it could hear cacheStale', () => {
  it('turns its near cache off for good when NATS refuses its event subscription (nothing stale is served)', async () => {
    // An older generated configuration: the gateway may not subscribe to its EVENT subject (restored afterwards).
    const file = nats.generated.configFile;
    const original = readFileSync(file, 'utf8');
    const older = original.replace(`"${P}.EVENT.gateway.*.*"`, `"${P}.RES.gateway.*.*"`);
    expect(older).not.toBe(original);
    writeFileSync(file, older);
    nats.server.reload();
    await sleep(500);
    const gw = createBroker({ nodeID: 'gateway-old-perms', transport: nats.transport('gateway') });
    try {
      await gw.start();
      await gw.waitForServices(['alliances'], 10_000);
      // Past the rest it would otherwise take at start, it still does not serve.
      await sleep(nearGraceMs() + 500);
      expect(nearCacheServing(gw)).toBe(false);
    } finally {
      await gw.stop();
      writeFileSync(file, original);
      nats.server.reload();
    }
  });
});
