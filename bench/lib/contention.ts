/**
 * Contention: 500 concurrent booking requests over HTTP for one base of capacity 20, one station each, with
 * the trainingBases service running as two replicas (separate processes) over NATS. Exactly 20 must be
 * confirmed, and the stations in use — recomputed from the stored bookings — never exceed 20.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { resetConfig } from '../../infra/env.js';
import { createBroker } from '../../infra/broker.js';
import { SERVICES, SERVICE_NAMES } from '../../app/services.js';
import { mintToken } from '../../infra/auth.js';
import { freePort } from '../../infra/ports.js';
import { Seeder } from './seed.js';
import { weekWindow } from './bases.js';
import { round, summarize } from './stats.js';
import { stopProcesses } from './modes.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const REQUESTS = 500;
const CAPACITY = 20;

export async function runContention(env: { natsUrl: string; mongoUrl: string; prefix: string; namespace: string }) {
  process.env.MONGO_URL = env.mongoUrl;
  process.env.MONGO_DB_PREFIX = env.prefix;
  process.env.NATS_URL = '';
  resetConfig();
  // Seed in process: an alliance of 30 members and a base of capacity 20.
  const local = createBroker({ nodeID: 'bench-contention-seed', transport: 'local', overrides: { logger: false } });
  for (const n of ['organizations', 'alliances', 'trainingBases']) local.createService(SERVICES[n]);
  await local.start();
  const seeder = new Seeder(local, env.mongoUrl, 99);
  const a = await seeder.alliance(30, '争用联盟');
  const base = await seeder.call<{ id: string }>('trainingBases.create', {
    allianceId: a.allianceId,
    hostOrganizationId: a.leadId,
    name: '争用实训中心',
    timeZone: 'Asia/Shanghai',
    capacity: CAPACITY,
    openingHours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '08:00', closes: '20:00' })),
  });
  await seeder.close();
  await local.stop();

  // Two replicas of trainingBases, one of everything else, and the gateway, each its own process.
  const port = await freePort();
  // NATS_INSECURE: the bench's private nats-server is plain (no nkeys, no TLS).
  const common = { ...process.env, MONGO_URL: env.mongoUrl, MONGO_DB_PREFIX: env.prefix, MOLECULER_NAMESPACE: env.namespace, NATS_URL: env.natsUrl, LOG_LEVEL: 'warn', SEED_DEMO: 'false', NATS_INSECURE: 'true' };
  const children: ChildProcess[] = [];
  const run = (script: string, args: string[], extra: Record<string, string>) =>
    children.push(spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, script), ...args], { cwd: ROOT, env: { ...common, ...extra }, stdio: ['ignore', 'ignore', 'inherit'] }));
  for (const name of SERVICE_NAMES) run('app/run-service.ts', [name], { NODE_ID: `${name}-1` });
  run('app/run-service.ts', ['trainingBases'], { NODE_ID: 'trainingBases-2' });
  run('app/gateway.ts', [], { PORT: String(port), NODE_ID: 'gateway' });
  const url = `http://127.0.0.1:${port}`;
  try {
    for (let i = 0; i < 400; i++) {
      try {
        if ((await fetch(`${url}/readyz`)).status === 200) break;
      } catch {
        // starting
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    await new Promise((r) => setTimeout(r, 3_000)); // both replicas discovered

    const orgs = [a.leadId, ...a.memberIds];
    const tokens = await Promise.all(orgs.map((org, i) => mintToken({ sub: `booker-${i}`, roles: ['ORG_ADMIN'], org, expiresIn: '1h' })));
    const { mondayMs } = weekWindow();
    const start = new Date(mondayMs + 2 * 86_400_000 + 9 * 3_600_000).toISOString(); // Wednesday 09:00 Shanghai
    const end = new Date(mondayMs + 2 * 86_400_000 + 10 * 3_600_000).toISOString();
    const mutation = `mutation($input: BookTrainingBaseInput!) { bookTrainingBase(input: $input) { id status headcount } }`;
    let confirmed = 0;
    let conflicts = 0;
    let otherErrors = 0;
    const otherCodes: Record<string, number> = {};
    const latencies: number[] = [];
    const t0 = Date.now();
    await Promise.all(
      Array.from({ length: REQUESTS }, async (_, i) => {
        const t = Date.now();
        const res = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[i % orgs.length]}` },
          body: JSON.stringify({ query: mutation, variables: { input: { baseId: base.id, organizationId: orgs[i % orgs.length], start, end, headcount: 1, purpose: 'TRAINING' } } }),
        });
        const body = (await res.json()) as { data?: { bookTrainingBase: { status: string }[] }; errors?: { extensions?: { code?: string } }[] };
        latencies.push(Date.now() - t);
        if (body.data?.bookTrainingBase?.length) confirmed += body.data.bookTrainingBase.filter((b) => b.status === 'CONFIRMED').length;
        else if (body.errors?.[0]?.extensions?.code === 'CONFLICT') conflicts++;
        else {
          otherErrors++;
          const code = body.errors?.[0]?.extensions?.code ?? `HTTP ${res.status}`;
          otherCodes[code] = (otherCodes[code] ?? 0) + 1;
        }
      }),
    );
    const elapsedS = (Date.now() - t0) / 1000;

    // Stations in use, recomputed from the stored bookings (not from the counters).
    const leadToken = await mintToken({ sub: 'bench-lead', roles: ['ORG_ADMIN'], org: a.leadId, expiresIn: '1h' });
    let after: string | null = null;
    let inUse = 0;
    for (;;) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${leadToken}` },
        body: JSON.stringify({
          query: `query($id: ID!, $from: DateTime, $to: DateTime, $after: String) { trainingBase(id: $id) { bookings(from: $from, to: $to, first: 100, after: $after) { edges { node { status headcount } } pageInfo { hasNextPage endCursor } } } }`,
          variables: { id: base.id, from: start, to: end, after },
        }),
      });
      const body = (await res.json()) as any;
      const page = body.data.trainingBase.bookings;
      for (const e of page.edges) if (e.node.status === 'CONFIRMED' || e.node.status === 'PENDING') inUse += e.node.headcount;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const s = summarize(latencies);
    return {
      requests: REQUESTS,
      replicas: 2,
      confirmed,
      fits: CAPACITY,
      conflicts,
      otherErrors,
      otherCodes,
      maxInUse: inUse,
      decisionsPerSec: round(REQUESTS / elapsedS, 1),
      p50Ms: s.p50,
      p99Ms: s.p99,
    };
  } finally {
    await stopProcesses(children);
  }
}
