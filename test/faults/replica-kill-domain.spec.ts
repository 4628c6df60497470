/**
 * Kill one of two replicas of `trainingBases` and of `revenue` (separate processes) while bookings and
 * revenue events are being written over HTTP. No acknowledged booking or revenue event may be lost; only
 * calls in flight on the dead nodes may fail, with SERVICE_UNAVAILABLE; writing resumes by itself.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceBroker } from 'moleculer';
import { creditCode } from '../helpers/platform.js';
import { spawnService, type ServiceProcess } from '../helpers/processes.js';
import { gqlOrThrow, recover, runLoad, sleep } from '../helpers/load.js';
import { availableNodes, drillBus, secureDrill, startDrillGateway, stopDrill } from '../helpers/drill.js';
import type { SecureNats } from '../helpers/secure-nats.js';
import { asSystem } from '../../infra/caller.js';
import { fixtures } from '../helpers/fixtures.js';
import { mintToken } from '../../infra/auth.js';
import type { Gateway } from '../../gateway/server.js';

const CONCURRENCY = 8;
const SERVICES_UP = ['organizations', 'alliances', 'projects', 'trainingBases', 'revenue'];
let procs: ServiceProcess[] = [];
let client: ServiceBroker;
let gateway: Gateway;
let leadAdmin: string;
let firmAdmin: string;
let firmId: string;
let baseId: string;
let agreementId: string;
let mondayMs: number;

const gql = (query: string, variables: Record<string, unknown>, token: string) => gqlOrThrow(gateway.url, query, variables, token);

/** Alternately a one-station booking next week and a revenue event; returns `kind:id` of what was acknowledged. */
async function write(i: number): Promise<string> {
  if (i % 2 === 0) {
    const slot = Math.floor(i / 2) % (5 * 38); // 5 weekdays × 38 half-hour bookings starting 08:00–17:15 (closes 18:00)
    const start = mondayMs + Math.floor(slot / 38) * 86_400_000 + 8 * 3_600_000 + (slot % 38) * 15 * 60_000;
    const d = await gql(
      `mutation($input: BookTrainingBaseInput!) { bookTrainingBase(input: $input) { id } }`,
      { input: { baseId, organizationId: firmId, start: new Date(start).toISOString(), end: new Date(start + 30 * 60_000).toISOString(), headcount: 1, purpose: 'TRAINING' } },
      firmAdmin,
    );
    return `booking:${d.bookTrainingBase[0].id}`;
  }
  const d = await gql(
    `mutation($input: RecordRevenueInput!) { recordRevenue(input: $input) { id } }`,
    { input: { agreementId, gross: { amount: `${1000 + i}.01`, currency: 'CNY' }, receivedOn: '2026-01-15', externalReference: `fault-${i}-${Math.random()}` } },
    leadAdmin,
  );
  return `revenue:${d.recordRevenue.id}`;
}

const available = (service: string) => availableNodes(client, service);
let bus: ReturnType<typeof drillBus> | undefined;
/** The secured bus of this drill (generated configuration: TLS, nkeys, permissions from the contracts). */
let nats: SecureNats;
const { school, firm: enterprise, join } = fixtures(() => (bus ??= drillBus(client)));

beforeAll(async () => {
  const drill = await secureDrill({ requestTimeoutMs: 6000, groups: [['organizations', 'alliances', 'projects']] });
  nats = drill.nats;
  const env = drill.envFor;
  procs = [
    spawnService(['organizations', 'alliances', 'projects'], 'core-1', env(['organizations', 'alliances', 'projects'])),
    spawnService(['trainingBases'], 'trainingBases-1', env(['trainingBases'])),
    spawnService(['trainingBases'], 'trainingBases-2', env(['trainingBases'])),
    spawnService(['revenue'], 'revenue-1', env(['revenue'])),
    spawnService(['revenue'], 'revenue-2', env(['revenue'])),
  ];
  ({ client, gateway } = await startDrillGateway({ nodeID: 'gateway-domain-fault', services: SERVICES_UP, replicas: { trainingBases: 2, revenue: 2 }, waitMs: 90_000, transport: nats.transport('gateway') }));

  const call = (action: string, params: Record<string, unknown>) => client.call(action, params, asSystem('test')) as Promise<any>;
  const lead = await school('HIGHER_VOCATIONAL', { name: 'Fault school', creditCode: creditCode('12') });
  const firm = await enterprise({ name: 'Fault firm' });
  firmId = firm.id;
  const alliance = await call('alliances.create', { name: 'Fault drill alliance', regionCode: '450200', leadOrganizationId: lead.id, foundedOn: '2025-01-01' });
  await call('alliances.setStatus', { allianceId: alliance.id, status: 'ACTIVE', effectiveDate: '2025-01-02' });
  await join(alliance.id, firm, '2025-01-03');
  const base = await call('trainingBases.create', {
    allianceId: alliance.id,
    hostOrganizationId: lead.id,
    name: 'Fault drill base',
    timeZone: 'Asia/Shanghai',
    capacity: 10_000,
    openingHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '08:00', closes: '18:00' })),
  });
  baseId = base.id;
  const agreement = await call('revenue.createAgreement', {
    allianceId: alliance.id,
    title: 'Fault drill agreement',
    policyCode: 'LIUZHOU',
    effectiveFrom: '2025-06-01',
    parties: [
      { organizationId: lead.id, shareBp: 5000, teacherShareBp: 7000 },
      { organizationId: firm.id, shareBp: 5000 },
    ],
  });
  agreementId = agreement.id;
  leadAdmin = await mintToken({ sub: 'fault-lead', roles: ['ORG_ADMIN'], org: lead.id });
  firmAdmin = await mintToken({ sub: 'fault-firm', roles: ['ORG_ADMIN'], org: firm.id });
  // Next week's Monday 00:00 in Shanghai, as UTC.
  const local = new Date(Date.now() + 8 * 3_600_000);
  const dow = (local.getUTCDay() + 6) % 7;
  mondayMs = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() - dow + 7) - 8 * 3_600_000;
}, 180_000);

afterAll(async () => {
  await stopDrill({ client, gateway }, procs);
  await nats?.stop();
});

describe('replica failure under booking and revenue load', () => {
  it('loses no acknowledged booking or revenue event when one replica of each is killed', async () => {
    expect(available('trainingBases')).toBe(2);
    expect(available('revenue')).toBe(2);
    const start = Date.now();
    const killer = (async () => {
      await sleep(2_000);
      await Promise.all([procs[1].kill('SIGKILL'), procs[3].kill('SIGKILL')]);
    })();
    const load = await runLoad({ concurrency: CONCURRENCY, until: () => Date.now() - start > 9_000, request: write });
    await killer;
    // Full service without restarting anything: once the dead node is declared gone (heartbeat timeout, later on a
    // loaded machine), 20 requests in a row succeed.
    const { ok: recovery, recoveredAfterMs } = await recover((i) => write(100_000 + i), { withinMs: 15_000, inARow: 20 });

    const acknowledged = [...load.ok, ...recovery];
    const bookingIds = acknowledged.filter((a) => a.startsWith('booking:')).map((a) => a.slice(8));
    const eventIds = acknowledged.filter((a) => a.startsWith('revenue:')).map((a) => a.slice(8));
    const bookings = (await client.call('trainingBases.getBookings', { ids: bookingIds }, asSystem('test'))) as ({ id: string; status: string } | null)[];
    const events = (await client.call('revenue.getEvents', { ids: eventIds }, asSystem('test'))) as ({ id: string } | null)[];
    const lostBookings = bookings.filter((b) => !b || b.status !== 'CONFIRMED').length;
    const lostEvents = events.filter((e) => !e).length;
    const errors = Object.values(load.errors).reduce((a, b) => a + b, 0);
    process.stdout.write(
      `[fault: trainingBases+revenue replica SIGKILL] sent=${load.sent} acknowledged bookings=${bookingIds.length} events=${eventIds.length} errors=${JSON.stringify(load.errors)} lost bookings=${lostBookings} lost events=${lostEvents} recoveredAfterLoadMs=${recoveredAfterMs} samples=${JSON.stringify(load.samples)}\n`,
    );
    expect(lostBookings).toBe(0);
    expect(lostEvents).toBe(0);
    expect(Object.keys(load.errors).filter((c) => c !== 'SERVICE_UNAVAILABLE')).toEqual([]);
    // Two services lost a node each: per service, a worker can have one call in flight on the dead node and one
    // more routed there before its heartbeat expired.
    expect(errors).toBeLessThanOrEqual(4 * CONCURRENCY);
    expect(bookingIds.length).toBeGreaterThan(20);
    expect(eventIds.length).toBeGreaterThan(20);
  }, 90_000);
});
