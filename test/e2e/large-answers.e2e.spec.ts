/**
 * No legitimate answer is cut by the transport: the revenue service runs in its own OS process and the gateway in
 * this one, so every reply crosses NATS (max_payload 1 MB, set on purpose in infra/nats.conf). A 2,000-event
 * statement (≈ 1.4 MB as one message, which NATS refused) answers over HTTP, assembled from pages on the bus; the old
 * one-message action is refused by the payload guard with the coded RESPONSE_TOO_LARGE before anything is sent,
 * instead of a timeout or INTERNAL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceBroker } from 'moleculer';
import { isolateEnv } from '../helpers/platform.js';
import { spawnService, type ServiceProcess } from '../helpers/processes.js';
import { failure } from '../helpers/outcomes.js';
import { createBroker } from '../../infra/broker.js';
import { config, resetConfig } from '../../infra/env.js';
import { mintToken } from '../../infra/auth.js';
import { asSystem } from '../../infra/caller.js';
import { startSecureNats, type SecureNats } from '../helpers/secure-nats.js';
import { ErrorCode } from '../../infra/errors.js';
import { transportMaxPayload } from '../../infra/payload-guard.js';
import { startGateway, type Gateway } from '../../gateway/server.js';
import { BUS_PAGE_BOOKINGS, BUS_PAGE_EVENTS } from '../../gateway/bus-pages.js';
import { RevenueAction } from '../../services/revenue/revenue.contract.js';
import { TrainingBaseAction } from '../../services/trainingBases/trainingBases.contract.js';
import { EVIDENCE_PAGE } from '../../services/grants/grants.contract.js';
import { Seeder } from '../../bench/lib/seed.js';
import { seedRevenue } from '../../bench/lib/revenue.js';

const EVENTS = 2_000;
const BOOKINGS = 230;
const MEMBERS = 1_200;
let bigAllianceId: string;
let programId: string;
let leadId: string;
let services: ServiceProcess;
/** The generated secure NATS configuration (max_payload 1 MB as everywhere), the services as one group identity. */
let nats: SecureNats;
let client: ServiceBroker;
let gateway: Gateway;
let seeder: Seeder;
let ledger: { agreementId: string; organizationId: string; from: string; to: string };

beforeAll(async () => {
  const { prefix, namespace } = isolateEnv();
  nats = await startSecureNats({ namespace, groups: [['organizations', 'alliances', 'revenue', 'trainingBases', 'grants']] });
  process.env.NATS_URL = nats.url;
  resetConfig();
  const cfg = config();
  services = spawnService(['organizations', 'alliances', 'revenue', 'trainingBases', 'grants'], 'services-own-process', {
    ...nats.serviceEnv(['organizations', 'alliances', 'revenue', 'trainingBases', 'grants']),
    MONGO_URL: cfg.mongoUrl!,
    MONGO_DB_PREFIX: prefix,
    MOLECULER_NAMESPACE: namespace,
  });
  client = createBroker({ nodeID: 'gateway-own-process', transport: nats.transport('gateway') });
  await client.start();
  await client.waitForServices(['organizations', 'alliances', 'revenue', 'trainingBases', 'grants'], 90_000);
  gateway = await startGateway({ broker: client, port: 0, host: '127.0.0.1', requiredServices: ['revenue'] });
  seeder = new Seeder(client, cfg.mongoUrl!);
  const big = await seeder.alliance(MEMBERS, '大型联盟');
  bigAllianceId = big.allianceId;
  const funder = await seeder.call<{ id: string }>('organizations.register', { name: '大额测试政府', kind: 'GOVERNMENT', creditCode: seeder.creditCode('11'), regionCode: '450200' });
  programId = (
    await seeder.call<{ id: string }>('grants.createProgram', {
      code: 'BIG-1',
      name: '大型联盟奖补',
      regionCode: '450200',
      awardAmount: { amount: '1000000.00', currency: 'CNY' },
      funderOrganizationId: funder.id,
      criteria: [{ kind: 'MIN_SCHOOLS', threshold: 10 }, { kind: 'MIN_ENTERPRISES', threshold: 10 }],
    })
  ).id;
  const a = await seeder.alliance(3, '大额收益联盟');
  leadId = a.leadId;
  ledger = await seedRevenue(seeder, a, EVENTS);
  // Booking history of the lead: more bookings than one bus page holds.
  const base = await seeder.call<{ id: string }>(TrainingBaseAction.create, {
    allianceId: a.allianceId,
    hostOrganizationId: a.leadId,
    name: '大额实训中心',
    timeZone: 'Asia/Shanghai',
    capacity: 10,
    openingHours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '08:00', closes: '20:00' })),
  });
  for (let i = 0; i < BOOKINGS; i += 10) {
    await Promise.all(
      Array.from({ length: Math.min(10, BOOKINGS - i) }, (_, j) => {
        const start = Date.UTC(2023, 0, 2, 1, 0) + (i + j) * 86_400_000; // 09:00 Shanghai, one a day
        return seeder.call(TrainingBaseAction.importBooking, { baseId: base.id, organizationId: a.leadId, start: new Date(start).toISOString(), end: new Date(start + 3_600_000).toISOString(), headcount: 1, purpose: 'TRAINING' });
      }),
    );
  }
}, 180_000);

afterAll(async () => {
  await gateway?.stop();
  await client?.stop();
  await services?.kill('SIGTERM');
  await nats?.stop();
});

describe('a 2,000-event revenue statement over NATS', () => {
  it('runs against a NATS server whose max_payload is the configured 1 MB', () => {
    expect(transportMaxPayload(client)).toBe(1_048_576);
  });

  it('answers in full over HTTP, assembled from pages on the bus', async () => {
    const token = await mintToken({ sub: 'admin', roles: ['PLATFORM_ADMIN'] });
    const res = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-debug-calls': '1' },
      body: JSON.stringify({
        query: `query($o: ID!, $f: Date!, $t: Date!) { revenueStatement(organizationId: $o, from: $f, to: $t) {
          total { amount } reconciled lines { amount { amount } runningTotal { amount } event { id receivedOn } } } }`,
        variables: { o: ledger.organizationId, f: ledger.from, t: ledger.to },
      }),
    });
    const text = await res.text();
    expect(res.status).toBe(200);
    const body = JSON.parse(text);
    expect(body.errors).toBeUndefined();
    const s = body.data.revenueStatement;
    expect(s.lines).toHaveLength(EVENTS);
    expect(new Set(s.lines.map((l: { event: { id: string } }) => l.event.id)).size).toBe(EVENTS);
    expect(s.reconciled).toBe(true);
    // Running totals continue across pages and end at the total.
    expect(s.lines[EVENTS - 1].runningTotal.amount).toBe(s.total.amount);
    const sumFen = s.lines.reduce((acc: number, l: { amount: { amount: string } }) => acc + Math.round(Number(l.amount.amount) * 100), 0);
    expect(sumFen).toBe(Math.round(Number(s.total.amount) * 100));
    // One bus call per page (plus the statement's own reads), never one message for the whole period.
    expect(body.extensions.callsByAction[RevenueAction.statementPage]).toBe(Math.ceil(EVENTS / BUS_PAGE_EVENTS));
    process.stdout.write(`[large answers] ${EVENTS}-event statement: ${text.length} bytes over HTTP in ${Math.ceil(EVENTS / BUS_PAGE_EVENTS)} bus pages\n`);
  }, 120_000);

  it('refuses the whole period as one bus message with the coded RESPONSE_TOO_LARGE, before sending it', async () => {
    const f = await failure(client.call(RevenueAction.statement, { organizationId: ledger.organizationId, from: ledger.from, to: ledger.to }, asSystem('test')));
    expect(f.type).toBe(ErrorCode.RESPONSE_TOO_LARGE);
    expect(f.data).toMatchObject({ action: RevenueAction.statement, limitBytes: 1_048_576 });
    expect((f.data as { bytes: number }).bytes).toBeGreaterThan(1_048_576 - 64 * 1024);
  }, 60_000);

  it("reads the organization's bookings in pages on the bus too", async () => {
    const token = await mintToken({ sub: 'lead-admin', roles: ['ORG_ADMIN'], org: leadId });
    const res = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-debug-calls': '1' },
      body: JSON.stringify({ query: '{ myBookings { id start status } }' }),
    });
    const body = await res.json();
    expect(body.errors).toBeUndefined();
    const ids: string[] = body.data.myBookings.map((b: { id: string }) => b.id);
    expect(ids).toHaveLength(BOOKINGS);
    expect(new Set(ids).size).toBe(BOOKINGS);
    const starts: string[] = body.data.myBookings.map((b: { start: string }) => b.start);
    expect([...starts].sort()).toEqual(starts);
    expect(body.extensions.callsByAction[TrainingBaseAction.myBookings]).toBe(Math.ceil((BOOKINGS + 1) / BUS_PAGE_BOOKINGS));
  }, 60_000);

  it("reads an evaluation's member evidence in pages on the bus", async () => {
    const token = await mintToken({ sub: 'admin', roles: ['PLATFORM_ADMIN'] });
    const res = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-debug-calls': '1' },
      body: JSON.stringify({
        query: 'query($a: ID!, $p: ID!) { grantEligibility(allianceId: $a, programId: $p) { eligible counts { total } countedEvidence { organizationId kind } excludedMembers { reason } } }',
        variables: { a: bigAllianceId, p: programId },
      }),
    });
    const body = await res.json();
    expect(body.errors).toBeUndefined();
    const r = body.data.grantEligibility;
    expect(r.counts.total).toBe(MEMBERS);
    expect(r.countedEvidence).toHaveLength(MEMBERS);
    expect(new Set(r.countedEvidence.map((m: { organizationId: string }) => m.organizationId)).size).toBe(MEMBERS);
    expect(r.excludedMembers).toEqual([]);
    expect(body.extensions.callsByAction['grants.evidencePage']).toBe(Math.ceil((MEMBERS + 1) / EVIDENCE_PAGE));
  }, 60_000);
});
