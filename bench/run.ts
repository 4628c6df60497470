/**
 * `npm run bench`: what the bus costs and how the platform scales, measured side by side in one run.
 * Starts its own nats-server and MongoDB (MONGO_URL or the embedded emulator), seeds with a fixed random
 * seed, measures, prints a table and writes bench/results/latest.md and latest.json. It exits non-zero only
 * if a correctness check fails (overbooking, calls per query growing with alliance size, a wrong count).
 *
 * BENCH_QUICK=1 shortens the load phases (for a smoke run); the README quotes a full run. BENCH_ONLY=admission,answers
 * runs only those sections and merges them into the last full run's bench/results/latest.json (and .md).
 * BENCH_MODES=b,c and BENCH_SKIP=growth,contention,answers narrow a run (to compare a setting); the README quotes full runs.
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import type { ServiceBroker } from 'moleculer';
import { resetConfig } from '../infra/env.js';
import { createBroker } from '../infra/broker.js';
import { SERVICES } from '../app/services.js';
import { mintToken } from '../infra/auth.js';
import { dbWork, totalDbWork } from '../infra/db-stats.js';
import { machine } from './lib/machine.js';
import { measureFloor } from './lib/floor.js';
import { startBenchServers } from './lib/servers.js';
import { Seeder } from './lib/seed.js';
import { MODE_LABEL, startMode, type Mode } from './lib/modes.js';
import { round, summarize, hrMs } from './lib/stats.js';
import { seedBase, weekWindow, bookWeek } from './lib/bases.js';
import { DASHBOARD, seedDashboardProgram } from './lib/dashboard.js';
import { seedRevenue } from './lib/revenue.js';
import { runContention } from './lib/contention.js';
import { cpuByRole, cpuMsPerRequestByRole, cpuOf } from './lib/cpu.js';
import { measureAdmission } from './lib/admission.js';
import { TRANSPORT_LIMIT, measureAnswers } from './lib/answers.js';
import { measureYogaFloor } from './lib/yoga-floor.js';
import { startGateway } from '../gateway/server.js';
import { SERVICE_NAMES } from '../app/services.js';

const QUICK = process.env.BENCH_QUICK === '1';
const SKIP = (process.env.BENCH_SKIP ?? '').split(',').map((x) => x.trim()).filter(Boolean);
/** A narrowed run (BENCH_MODES / BENCH_SKIP) writes bench/results/partial.* and leaves the full run's latest.* alone. */
const REPORT = process.env.BENCH_MODES || SKIP.length ? 'partial' : 'latest';
const DURATION_S = QUICK ? 3 : 8;
const CONCURRENCIES = [1, 16, 64];
const checks: { name: string; ok: boolean; detail: string }[] = [];
const log = (msg: string) => process.stdout.write(`${msg}\n`);

function check(name: string, ok: boolean, detail: string) {
  checks.push({ name, ok, detail });
  log(`  ${ok ? 'ok  ' : 'FAIL'} ${name}: ${detail}`);
}

function useDatabase(mongoUrl: string, prefix: string) {
  process.env.MONGO_URL = mongoUrl;
  process.env.MONGO_DB_PREFIX = prefix;
  process.env.NATS_URL = '';
  process.env.LOG_LEVEL = process.env.LOG_LEVEL ?? 'warn';
  resetConfig();
}

async function localPlatform(names = Object.keys(SERVICES)): Promise<ServiceBroker> {
  const broker = createBroker({ nodeID: `bench-${process.pid}`, transport: 'local', overrides: { logger: false, requestTimeout: 120_000 } });
  for (const n of names) broker.createService(SERVICES[n]);
  await broker.start();
  return broker;
}

/** A list of alliances, each asking an argument-taking field (batched per request: one call whatever `n`). */
const ALLIANCE_LIST = `query AllianceList($n: Int!) {
  alliances(filter: { nameContains: "基准联盟" }, first: $n) { edges { node { id name memberCounts(asOf: "2026-01-01") { total } } } }
}`;

async function gql(url: string, token: string, query: string, variables: Record<string, unknown>, debug = false) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...(debug ? { 'x-debug-calls': '1' } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: any; errors?: unknown[]; extensions?: { calls?: number } };
}

/**
 * Loads the dashboard for DURATION_S with `connections` in flight, spread over the gateways (`urls`: one, or the two
 * replicas of mode (c), as a load balancer would); figures summed over gateways (latency percentiles: the worse one).
 */
async function load(urls: string | string[], token: string, body: string, connections: number) {
  const list = (Array.isArray(urls) ? urls : [urls]).slice(0, connections);
  const results = await Promise.all(
    list.map((url, i) =>
      autocannon({
        url: `${url}/graphql`,
        method: 'POST',
        connections: Math.floor(connections / list.length) + (i < connections % list.length ? 1 : 0),
        duration: DURATION_S,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body,
      }),
    ),
  );
  const sum = (f: (r: autocannon.Result) => number) => results.reduce((a, r) => a + f(r), 0);
  return {
    concurrency: connections,
    requestsPerSec: round(sum((r) => r.requests.average), 1),
    p50Ms: Math.max(...results.map((r) => r.latency.p50)),
    p99Ms: Math.max(...results.map((r) => r.latency.p99)),
    non2xx: sum((r) => r.non2xx),
    errors: sum((r) => r.errors + r.timeouts),
    total: sum((r) => r.requests.total),
  };
}

/**
 * Zero stale decisions, with the read cache warm (mode (c), two replicas, memory cachers): the dashboard of the
 * 20-member alliance is read (cached), one of its members is disqualified, and at once (1) the dashboard counts one
 * member fewer and (2) that member's booking is refused DISQUALIFIED — a decision made from a cached standing would
 * book it.
 */
async function staleDecisionCheck(url: string, a: { allianceId: string; leadId: string; enterpriseIds: string[] }, baseId: string, variables: Record<string, unknown>) {
  const admin = await mintToken({ sub: 'bench-admin', roles: ['PLATFORM_ADMIN'], expiresIn: '1h' });
  const lead = await mintToken({ sub: 'bench-lead-20', roles: ['ORG_ADMIN'], org: a.leadId, expiresIn: '1h' });
  const victim = a.enterpriseIds[0];
  const total = async () => (await gql(url, lead, DASHBOARD, variables)).data?.alliance?.memberCounts?.total as number;
  const before = [await total(), await total(), await total()];
  const dq = await gql(url, admin, `mutation($o: ID!) { disqualifyOrganization(organizationId: $o, reason: "基准：资格检查") { id } }`, { o: victim });
  if (dq.errors) throw new Error(`disqualify failed: ${JSON.stringify(dq.errors)}`);
  const after = [await total(), await total(), await total(), await total()];
  const { mondayMs } = weekWindow();
  const start = mondayMs + 2 * 86_400_000 + 10 * 3_600_000;
  const booking = await gql(url, await mintToken({ sub: 'bench-victim', roles: ['ORG_ADMIN'], org: victim, expiresIn: '1h' }), `mutation($input: BookTrainingBaseInput!) { bookTrainingBase(input: $input) { id } }`, {
    input: { baseId, organizationId: victim, start: new Date(start).toISOString(), end: new Date(start + 3_600_000).toISOString(), headcount: 1, purpose: 'TRAINING' },
  });
  const refusal = (booking.errors?.[0] as { extensions?: { code?: string; details?: { reason?: string } } } | undefined)?.extensions;
  const staleReads = after.filter((n) => n !== before[0] - 1).length;
  const staleDecisions = refusal?.code === 'FAILED_PRECONDITION' ? 0 : 1;
  check('read-your-writes after a disqualification (mode (c), cache warm)', staleReads === 0, `member count ${before[0]} → ${after.join(', ')}`);
  check('zero stale decisions: a booking right after the disqualification is refused', staleDecisions === 0, `booking answered ${refusal ? `${refusal.code} ${refusal.details?.reason ?? ''}` : 'OK (stale!)'}`);
  return { before: before[0], after, staleReads, staleDecisions, refusal: refusal?.code ?? null };
}

/** Sections of their own (BENCH_ONLY): admission time per KB, and the largest legitimate answers in bytes. */
async function admissionAndAnswers(out: Record<string, any>, servers: { mongoUrl: string }) {
  log('\n## Admission: validation time per KB of document, worst generated shapes first');
  out.admission = measureAdmission();
  for (const r of out.admission) log(`  ${r.msPerKB} ms/KB (${r.ms} ms, ${r.bytes} B) ${r.outcome}: ${r.shape}`);
  log('\n## The largest legitimate answer of each kind: one bus message vs the page the gateway reads');
  useDatabase(servers.mongoUrl, `benchanswers${process.pid}`);
  const broker = await localPlatform();
  const seeder = new Seeder(broker, servers.mongoUrl, 9);
  try {
    out.answers = await measureAnswers(broker, seeder, { members: QUICK ? 2_000 : 5_000, events: 2_000 });
  } finally {
    await seeder.close();
    await broker.stop();
  }
  for (const r of out.answers) log(`  ${r.kind}: ${r.items} items = ${r.wholeBytes} B as one message${r.wholeBytes > TRANSPORT_LIMIT ? ' (over 1 MB)' : ''}; a page of ${r.pageItems} = ${r.pageBytes} B`);
  for (const r of out.answers) check(`${r.kind}: a bus page fits NATS's max_payload`, r.pageBytes < TRANSPORT_LIMIT, `${r.pageBytes} B < ${TRANSPORT_LIMIT} B`);
}

async function main() {
  const only = process.env.BENCH_ONLY?.split(',').map((x) => x.trim());
  if (only) return onlySections();
  const out: Record<string, any> = { machine: machine() };
  log(`# Benchmark — ${out.machine.cpu}, ${out.machine.cores} cores, Node ${out.machine.node}${QUICK ? ' (quick run)' : ''}`);
  const servers = await startBenchServers();
  out.database = servers.mongoKind;
  log(`database: ${servers.mongoKind}; NATS: private nats-server`);
  try {
    // 1. The floor.
    log('\n## Floor: a trivial action');
    const floor = await measureFloor(servers.natsUrl);
    out.floor = floor;
    log(`  in process: p50 ${round(floor.inProcess.p50Ms, 4)} ms, p99 ${round(floor.inProcess.p99Ms, 4)} ms, ${Math.round(floor.inProcess.callsPerSec)} calls/s`);
    log(`  over NATS:  p50 ${round(floor.overNats.p50Ms, 3)} ms, p99 ${round(floor.overNats.p99Ms, 3)} ms, ${Math.round(floor.overNats.callsPerSec)} calls/s`);

    // 2. Seed the dashboard data set.
    log('\n## Seeding the dashboard data set (fixed seed)');
    const dashPrefix = `benchdash${process.pid}`;
    process.env.MONGO_MONITOR_COMMANDS = 'true'; // database commands per dashboard query, measured below in process
    useDatabase(servers.mongoUrl, dashPrefix);
    let broker = await localPlatform();
    const seeder = new Seeder(broker, servers.mongoUrl);
    const programId = await seedDashboardProgram(seeder, { code: 'BENCH-LZ', name: '柳州市产教融合联盟奖补（基准）', funderName: '柳州市人民政府（基准）' });
    const sizes = [20, 200, 2000];
    const alliances: Record<number, { allianceId: string; leadId: string; memberIds: string[]; enterpriseIds: string[] }> = {};
    const benchBases: Record<number, string> = {};
    for (const size of sizes) {
      const t = Date.now();
      alliances[size] = await seeder.alliance(size, `基准联盟 ${size}`);
      benchBases[size] = (await seedBase(seeder, alliances[size], { bookingsThisWeek: 20, semesterWeeks: QUICK ? 2 : 6 })).baseId;
      log(`  alliance of ${size} members with a training base: ${Date.now() - t} ms`);
    }
    const token = await mintToken({ sub: 'bench-lead', roles: ['ORG_ADMIN'], org: alliances[200].leadId, expiresIn: '2h' });
    const { from, to } = weekWindow();
    const vars = (size: number) => ({ id: alliances[size].allianceId, programId, from, to });
    // Database commands per dashboard query, in process: the first query of a scope (nothing cached: what every query
    // cost before the read cache) and the next ones (served from the cache).
    {
      const gw = await startGateway({ broker, port: 0, host: '127.0.0.1', requiredServices: SERVICE_NAMES });
      const before = totalDbWork();
      await gql(gw.url, token, DASHBOARD, vars(200));
      const cold = totalDbWork();
      for (let i = 0; i < 10; i++) await gql(gw.url, token, DASHBOARD, vars(200));
      const warm = totalDbWork();
      out.dbCommandsPerDashboard = { uncached: cold.commands - before.commands, cached: round((warm.commands - cold.commands) / 10, 2) };
      log(`  database commands per dashboard query: ${out.dbCommandsPerDashboard.uncached} uncached, ${out.dbCommandsPerDashboard.cached} cached`);
      await gw.stop();
    }
    delete process.env.MONGO_MONITOR_COMMANDS;
    await seeder.close();
    await broker.stop();

    // 3. Calls per query (mode a), then 4. the deployment modes side by side.
    out.modes = [];
    const runs: { mode: Mode; key: string; label: string; extra?: Record<string, string>; concurrencies: number[] }[] = [
      { mode: 'a', key: 'a-uncached', label: `${MODE_LABEL.a}, read cache off`, extra: { READ_CACHE_TTL_S: '0' }, concurrencies: [1, 16] },
      { mode: 'a', key: 'a', label: MODE_LABEL.a, concurrencies: CONCURRENCIES },
      { mode: 'b', key: 'b', label: MODE_LABEL.b, concurrencies: CONCURRENCIES },
      { mode: 'c', key: 'c', label: MODE_LABEL.c, concurrencies: CONCURRENCIES },
    ];
    // BENCH_MODES=b,c runs only those deployment modes (keys: a-uncached, a, b, c; an A/B of a setting on a quiet machine).
    const onlyModes = process.env.BENCH_MODES?.split(',').map((x) => x.trim());
    for (const run of runs.filter((r) => !onlyModes || onlyModes.includes(r.key))) {
      const mode = run.mode;
      log(`\n## ${run.label}`);
      const running = await startMode(mode, { natsUrl: servers.natsUrl, mongoUrl: servers.mongoUrl, prefix: dashPrefix, namespace: `bench${process.pid}${run.key}`, extra: run.extra });
      try {
        const probe = await gql(running.url, token, DASHBOARD, vars(200));
        if (probe.errors) throw new Error(`dashboard query failed in mode ${mode}: ${JSON.stringify(probe.errors).slice(0, 500)}`);
        if (run.key === 'a') {
          // The floor: the same answer served by a bare graphql-yoga from memory, measured in the same run.
          out.yogaFloor = await measureYogaFloor(probe.data.alliance, DASHBOARD, vars(200), DURATION_S);
          const platformBytes = Buffer.byteLength(JSON.stringify(probe));
          check('the floor serves the same answer (size within 5 %)', Math.abs(out.yogaFloor.answerBytes - platformBytes) <= platformBytes * 0.05, `floor ${out.yogaFloor.answerBytes} B, platform ${platformBytes} B`);
          log(`  bare graphql-yoga floor (${out.yogaFloor.answerBytes} B answer): ${out.yogaFloor.rows.map((r: { concurrency: number; cpuMsPerRequest: number; requestsPerSec: number }) => `c=${r.concurrency} ${r.cpuMsPerRequest} ms CPU/request, ${r.requestsPerSec} req/s`).join('; ')}`);
          out.callsPerQuery = [];
          for (const size of sizes) {
            const r = await gql(running.url, token, DASHBOARD, vars(size), true);
            if (r.errors) throw new Error(JSON.stringify(r.errors));
            out.callsPerQuery.push({ members: size, calls: r.extensions?.calls, membersListed: r.data.alliance.members.edges.length, total: r.data.alliance.memberCounts.total });
            check(`member count, alliance of ${size}`, r.data.alliance.memberCounts.total === size, `memberCounts.total = ${r.data.alliance.memberCounts.total}`);
          }
          const callCounts = new Set(out.callsPerQuery.map((c: { calls: number }) => c.calls));
          log(`  broker calls per dashboard query: ${out.callsPerQuery.map((c: { members: number; calls: number }) => `${c.members} members → ${c.calls}`).join(', ')}`);
          check('calls per dashboard query constant in alliance size', callCounts.size === 1, [...callCounts].join(', '));
          // Argument-taking fields of list items are batched per request: a list of alliances asking memberCounts(asOf)
          // makes one call for the field whatever the list's length.
          out.callsPerListQuery = [];
          for (const n of [1, 3]) {
            const r = await gql(running.url, token, ALLIANCE_LIST, { n }, true);
            if (r.errors) throw new Error(JSON.stringify(r.errors));
            out.callsPerListQuery.push({ alliances: r.data.alliances.edges.length, calls: r.extensions?.calls });
          }
          log(`  broker calls for a list of alliances with memberCounts: ${out.callsPerListQuery.map((c: { alliances: number; calls: number }) => `${c.alliances} alliances → ${c.calls}`).join(', ')}`);
          check(
            'calls for a list of alliances with memberCounts constant in list length',
            out.callsPerListQuery[1].alliances === 3 && new Set(out.callsPerListQuery.map((c: { calls: number }) => c.calls)).size === 1,
            out.callsPerListQuery.map((c: { alliances: number; calls: number }) => `${c.alliances}: ${c.calls}`).join(', '),
          );
        }
        const body = JSON.stringify({ query: DASHBOARD, variables: vars(200) });
        // Warm-up: every process's code optimized and every replica's cache filled before measuring (with two replicas
        // each process sees half the calls, so it needs as many queries as (b) to reach the same state).
        await load(running.urls, token, body, 16);
        await load(running.urls, token, body, 16);
        const rows = [];
        for (const c of run.concurrencies) {
          // Where the CPU goes during the run: the database server, the platform's processes, the load generator.
          const dbPids = servers.mongoPid ? [servers.mongoPid] : [];
          const procs = [...running.roles, ...(servers.natsPid ? [{ role: 'nats-server', pid: servers.natsPid }] : [])];
          const before = { db: cpuOf(dbPids), bench: process.cpuUsage(), byRole: cpuByRole(procs) };
          const r = await load(running.urls, token, body, c);
          const after = cpuByRole(procs);
          const byRole = cpuMsPerRequestByRole(before.byRole, after, r.total);
          const benchCpu = process.cpuUsage(before.bench);
          // The platform: every process of the mode (the NATS server is the bus's, listed in byRole only).
          const platformCpu = [...after].filter(([role]) => role !== 'nats-server').reduce((a, [role, s]) => a + s - (before.byRole.get(role) ?? 0), 0);
          const cpu = { db: cpuOf(dbPids) - before.db, platform: platformCpu, loadGenerator: (benchCpu.user + benchCpu.system) / 1e6 };
          const totalCpu = cpu.db + cpu.platform + cpu.loadGenerator;
          Object.assign(r, {
            cpuShare: { database: round(cpu.db / totalCpu, 2), platform: round(cpu.platform / totalCpu, 2), loadGenerator: round(cpu.loadGenerator / totalCpu, 2) },
            cpuSecondsPerRequest: round((cpu.db + cpu.platform) / Math.max(1, r.total), 4),
            // The platform's own CPU per query (its processes only; the database server excluded), per-process sampling.
            platformCpuMsPerRequest: round((cpu.platform * 1000) / Math.max(1, r.total), 2),
            // The same split by process role (replicas summed), and the bus's own server (not in the platform's figure).
            cpuMsPerRequestByRole: byRole,
          });
          rows.push(r);
          log(`  concurrency ${String(c).padStart(2)}: ${r.requestsPerSec} req/s, p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms; platform CPU ${(r as any).platformCpuMsPerRequest} ms/query; CPU: database ${Math.round(100 * (r as any).cpuShare.database)} %, platform ${Math.round(100 * (r as any).cpuShare.platform)} %, load generator ${Math.round(100 * (r as any).cpuShare.loadGenerator)} %${r.non2xx || r.errors ? `, non-2xx ${r.non2xx}, errors ${r.errors}` : ''}`);
          log(`    CPU ms/query by process: ${byRole.map((x) => `${x.role} ${x.ms}`).join(' · ')}`);
          check(`dashboard answers in mode ${run.key} at ${c}`, r.non2xx === 0 && r.errors === 0, `non-2xx ${r.non2xx}, errors/timeouts ${r.errors}`);
        }
        if (run.key === 'c') out.staleness = await staleDecisionCheck(running.url, alliances[20], benchBases[20], vars(20));
        out.modes.push({ mode: run.key, label: run.label, processes: running.processes, rows });
      } finally {
        await running.stop();
      }
    }

    // BENCH_SKIP=growth leaves this section out (a smoke run on a busy machine).
    growth: {
    if (SKIP.includes('growth')) break growth;
    // 5. Growth: database work per operation as data grows (in process, with command monitoring).
    log('\n## Growth: database work per operation (commands sent, documents returned) and wall time');
    process.env.MONGO_MONITOR_COMMANDS = 'true';
    useDatabase(servers.mongoUrl, `benchgrowth${process.pid}`);
    broker = await localPlatform();
    let growthSeeder = new Seeder(broker, servers.mongoUrl, 7);
    const gProgramId = await seedDashboardProgram(growthSeeder, { code: 'BENCH-GROWTH', name: '基准项目', funderName: '基准政府' });
    const measureOp = async (fn: () => Promise<unknown>, services: string[]) => {
      await fn(); // warm
      const runs = 5;
      const before = totalDbWork(services);
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t = process.hrtime.bigint();
        await fn();
        times.push(hrMs(t));
      }
      const after = totalDbWork(services);
      return { commands: (after.commands - before.commands) / runs, documents: (after.documents - before.documents) / runs, wallMs: round(summarize(times).p50, 2) };
    };
    out.growth = { memberCounts: [], eligibility: [], eligibilityWithEvidence: [], availability: [], revenueStatement: [] };
    // No growth with size: no larger alliance needs more commands than the smallest (whose first calls may include a
    // one-off warm-up command, e.g. 3.4 on average at 20 members and 3 from then on).
    const flat = (series: { commands: number; documents: number }[]) => series.length > 1 && series.every((s) => s.commands <= series[0].commands);
    for (const size of [20, 200, 2000, 20000]) {
      const a = await growthSeeder.alliance(size, `增长联盟 ${size}`);
      const counts = await measureOp(() => growthSeeder.call('alliances.countMembers', { allianceIds: [a.allianceId] }), ['alliances', 'organizations']);
      const elig = await measureOp(() => growthSeeder.call('grants.evaluate', { allianceId: a.allianceId, programId: gProgramId, evidence: false }), ['alliances', 'organizations', 'grants']);
      const eligEvidence = await measureOp(() => growthSeeder.call('grants.evaluate', { allianceId: a.allianceId, programId: gProgramId }), ['alliances', 'organizations', 'grants']);
      out.growth.eligibilityWithEvidence.push({ n: size, ...eligEvidence });
      const [c] = await growthSeeder.call<{ total: number }[]>('alliances.countMembers', { allianceIds: [a.allianceId] });
      check(`memberCounts of ${size}`, c.total === size, `total ${c.total}`);
      out.growth.memberCounts.push({ n: size, ...counts });
      out.growth.eligibility.push({ n: size, ...elig });
      log(`  ${String(size).padStart(5)} members: memberCounts ${counts.commands} commands / ${counts.documents} docs / ${counts.wallMs} ms; eligibility ${elig.commands} commands / ${elig.documents} docs / ${elig.wallMs} ms; with member lists ${eligEvidence.commands} / ${eligEvidence.documents} / ${eligEvidence.wallMs} ms`);
    }
    check('memberCounts: no more commands at 20,000 members than at 20', flat(out.growth.memberCounts), out.growth.memberCounts.map((s: { commands: number }) => s.commands).join(' / '));
    check(
      'memberCounts: documents returned do not grow with members',
      out.growth.memberCounts.at(-1).documents <= out.growth.memberCounts[0].documents + 12,
      out.growth.memberCounts.map((s: { documents: number }) => s.documents).join(' / '),
    );
    check(
      'eligibility: documents returned do not grow with members',
      out.growth.eligibility.at(-1).documents <= out.growth.eligibility[0].documents + 12,
      out.growth.eligibility.map((s: { documents: number }) => s.documents).join(' / '),
    );
    check('eligibility: no more commands at 20,000 members than at 20', flat(out.growth.eligibility), out.growth.eligibility.map((s: { commands: number }) => s.commands).join(' / '));
    await growthSeeder.close();
    await broker.stop();
    // Bookings and ledgers in databases of their own: the emulator's cost per command grows with the size of the
    // collections, and the 20,000-member alliance above would otherwise dominate every wall time below.
    useDatabase(servers.mongoUrl, `benchgrowthb${process.pid}`);
    broker = await localPlatform();
    growthSeeder = new Seeder(broker, servers.mongoUrl, 8);
    for (const n of [10, 100, 1000]) {
      const a = await growthSeeder.alliance(20, `可用性联盟 ${n}`);
      const base = await seedBase(growthSeeder, a, { bookingsThisWeek: 0, semesterWeeks: 0, capacity: 2000 });
      await bookWeek(growthSeeder, base, a, n);
      const w = weekWindow();
      const r = await measureOp(() => growthSeeder.call('trainingBases.availability', { baseId: base.baseId, from: w.from, to: w.to }), ['trainingBases']);
      out.growth.availability.push({ n, ...r });
      log(`  availability, ${String(n).padStart(4)} bookings that week: ${r.commands} commands / ${r.documents} docs / ${r.wallMs} ms`);
    }
    for (const n of [100, 1000, 10000]) {
      const a = await growthSeeder.alliance(12, `收益联盟 ${n}`);
      const rev = await seedRevenue(growthSeeder, a, n);
      const r = await measureOp(() => growthSeeder.call('revenue.statement', { organizationId: rev.organizationId, from: rev.from, to: rev.to }), ['revenue', 'organizations']);
      const s = await growthSeeder.call<{ lines: unknown[]; reconciled: boolean }>('revenue.statement', { organizationId: rev.organizationId, from: rev.from, to: rev.to });
      check(`revenue statement of ${n} events reconciles`, s.reconciled && s.lines.length === n, `${s.lines.length} lines, reconciled ${s.reconciled}`);
      out.growth.revenueStatement.push({ n, ...r });
      log(`  revenueStatement, ${String(n).padStart(5)} events: ${r.commands} commands / ${r.documents} docs / ${r.wallMs} ms`);
    }
    out.dbWorkByService = dbWork;
    await growthSeeder.close();
    await broker.stop();
    delete process.env.MONGO_MONITOR_COMMANDS;

    }

    // 6. Contention: 500 concurrent bookings for one base (capacity 20) across two replicas (BENCH_SKIP=contention: not).
    if (!SKIP.includes('contention')) {
    log('\n## Contention: 500 concurrent bookings, capacity 20, two trainingBases replicas');
    out.contention = await runContention({ natsUrl: servers.natsUrl, mongoUrl: servers.mongoUrl, prefix: `benchcontend${process.pid}`, namespace: `benchc${process.pid}` });
    log(`  ${out.contention.requests} requests: ${out.contention.confirmed} confirmed (fits ${out.contention.fits}), ${out.contention.conflicts} conflicts, ${out.contention.otherErrors} other errors`);
    log(`  ${out.contention.decisionsPerSec} decisions/s, p50 ${out.contention.p50Ms} ms, p99 ${out.contention.p99Ms} ms, max stations in use ${out.contention.maxInUse}/20`);
    check('contention: confirmed equals what fits', out.contention.confirmed === out.contention.fits, `${out.contention.confirmed} of ${out.contention.fits}`);
    check('contention: never overbooked (from stored bookings)', out.contention.maxInUse <= 20, `max ${out.contention.maxInUse}`);
    }

    // 7, 8. Admission time per KB and the largest legitimate answers (BENCH_SKIP=answers leaves them out).
    if (!SKIP.includes('answers')) await admissionAndAnswers(out, servers);
  } finally {
    await servers.stop();
  }

  out.checks = checks;
  writeReport(out);
  const failed = checks.filter((c) => !c.ok);
  if (failed.length) {
    log(`\n${failed.length} correctness check(s) failed.`);
    process.exit(1);
  }
  log('\nAll correctness checks passed.');
  process.exit(0);
}

/** BENCH_ONLY: the admission and answers sections alone, merged into the last full run's results. */
async function onlySections() {
  const file = path.join(import.meta.dirname, 'results', 'latest.json');
  const out: Record<string, any> = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { machine: machine() };
  const previous = (out.checks ?? []) as typeof checks;
  const servers = await startBenchServers();
  try {
    await admissionAndAnswers(out, servers);
  } finally {
    await servers.stop();
  }
  out.sectionsRun = { date: machine().date, sections: ['admission', 'answers'] };
  checks.unshift(...previous.filter((c) => !checks.some((n) => n.name === c.name)));
  out.checks = checks;
  writeReport(out);
  process.exit(checks.some((c) => !c.ok) ? 1 : 0);
}

function writeReport(out: Record<string, any>) {
  const dir = path.join(import.meta.dirname, 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${REPORT}.json`), JSON.stringify(out, null, 2));
  const f = out.floor;
  const natsFloor = f.overNats.p50Ms;
  const lines: string[] = [];
  lines.push(`# Benchmark results`, '', `${out.machine.date} · ${out.machine.cpu} · ${out.machine.cores} cores · ${out.machine.memoryGiB} GiB · Node ${out.machine.node} · database: ${out.database}${QUICK ? ' · QUICK run' : ''}`, '');
  lines.push('## Floor (trivial action)', '', '| path | p50 ms | p99 ms | calls/s |', '|---|---|---|---|');
  lines.push(`| in process | ${round(f.inProcess.p50Ms, 4)} | ${round(f.inProcess.p99Ms, 4)} | ${Math.round(f.inProcess.callsPerSec)} |`);
  lines.push(`| over NATS (another process) | ${round(f.overNats.p50Ms, 3)} | ${round(f.overNats.p99Ms, 3)} | ${Math.round(f.overNats.callsPerSec)} |`, '');
  lines.push('## Alliance dashboard query by deployment mode (alliance of 200 members)', '', '| mode | processes | concurrency | req/s | p50 ms | p99 ms | p50 ÷ NATS floor | platform CPU ms/query | CPU: database / platform / load generator |', '|---|---|---|---|---|---|---|---|---|');
  for (const m of out.modes ?? []) for (const r of m.rows) lines.push(`| ${m.label} | ${m.processes} | ${r.concurrency} | ${r.requestsPerSec} | ${r.p50Ms} | ${r.p99Ms} | ${round(r.p50Ms / natsFloor, 0)}× | ${r.platformCpuMsPerRequest ?? '–'} | ${Math.round(100 * r.cpuShare.database)} % / ${Math.round(100 * r.cpuShare.platform)} % / ${Math.round(100 * r.cpuShare.loadGenerator)} % |`);
  const rps = (mode: string, c: number) => out.modes?.find((m: { mode: string }) => m.mode === mode)?.rows.find((r: { concurrency: number }) => r.concurrency === c)?.requestsPerSec;
  lines.push('', '| ratio | c=1 | c=16 | c=64 |', '|---|---|---|---|');
  lines.push(`| (b)/(a) throughput | ${CONCURRENCIES.map((c) => round(rps('b', c) / rps('a', c), 2)).join(' | ')} |`);
  lines.push(`| (c)/(b) throughput | ${CONCURRENCIES.map((c) => round(rps('c', c) / rps('b', c), 2)).join(' | ')} |`, '');
  const row = (mode: string, c: number) => out.modes?.find((m: { mode: string }) => m.mode === mode)?.rows.find((r: { concurrency: number }) => r.concurrency === c);
  if (out.yogaFloor) {
    lines.push('## Platform CPU per dashboard query against the bare graphql-yoga floor', '');
    lines.push(`The floor: the same answer (${out.yogaFloor.answerBytes} B) served by a bare graphql-yoga from memory, load generator in another process; CPU of the server process from /proc.`, '');
    lines.push('| concurrency | floor CPU ms/request | floor req/s | platform CPU ms/query, uncached (a) | × floor | platform CPU ms/query, cached (a) | × floor |', '|---|---|---|---|---|---|---|');
    for (const f of out.yogaFloor.rows) {
      const u = row('a-uncached', f.concurrency);
      const c = row('a', f.concurrency);
      lines.push(`| ${f.concurrency} | ${f.cpuMsPerRequest} | ${f.requestsPerSec} | ${u?.platformCpuMsPerRequest ?? '–'} | ${u ? round(u.platformCpuMsPerRequest / f.cpuMsPerRequest, 1) : '–'}× | ${c?.platformCpuMsPerRequest ?? '–'} | ${c ? round(c.platformCpuMsPerRequest / f.cpuMsPerRequest, 1) : '–'}× |`);
    }
    lines.push('');
  }
  if (out.dbCommandsPerDashboard) lines.push(`Database commands per dashboard query: ${out.dbCommandsPerDashboard.uncached} uncached, ${out.dbCommandsPerDashboard.cached} cached.`, '');
  if (out.staleness) lines.push(`Staleness (mode (c), cache warm): member count ${out.staleness.before} → ${out.staleness.after.join(', ')} right after a disqualification (stale reads: ${out.staleness.staleReads}); the disqualified member's booking: ${out.staleness.refusal ?? 'accepted'} (stale decisions: ${out.staleness.staleDecisions}).`, '');
  lines.push('## Broker calls per dashboard query', '', '| alliance members | calls |', '|---|---|');
  for (const c of out.callsPerQuery ?? []) lines.push(`| ${c.members} | ${c.calls} |`);
  lines.push('', '## Broker calls for a list of alliances with memberCounts', '', '| alliances listed | calls |', '|---|---|');
  for (const c of out.callsPerListQuery ?? []) lines.push(`| ${c.alliances} | ${c.calls} |`);
  lines.push('', `## Growth (database work per operation; wall time on ${out.database})`, '');
  const series = (title: string, rows: { n: number; commands: number; documents: number; wallMs: number }[], unit: string) => {
    lines.push(`### ${title}`, '', `| ${unit} | commands | documents returned | wall ms |`, '|---|---|---|---|');
    for (const r of rows) lines.push(`| ${r.n} | ${r.commands} | ${r.documents} | ${r.wallMs} |`);
    if (rows.length > 1) {
      const a = rows[0];
      const b = rows[rows.length - 1];
      lines.push(`| growth ×${b.n / a.n} | ×${round(b.commands / a.commands, 2)} | ×${round(b.documents / Math.max(1, a.documents), 2)} | ×${round(b.wallMs / a.wallMs, 2)} |`);
    }
    lines.push('');
  };
  series('memberCounts', out.growth?.memberCounts ?? [], 'members');
  series('grantEligibility (verdict, criteria, shortfall — what the dashboard asks)', out.growth?.eligibility ?? [], 'members');
  series('grantEligibility with countedMembers (the evidence list: grows with the answer)', out.growth?.eligibilityWithEvidence ?? [], 'members');
  series('availability (one week)', out.growth?.availability ?? [], 'bookings that week');
  series('revenueStatement', out.growth?.revenueStatement ?? [], 'events');
  if (out.contention) {
    const c = out.contention;
    lines.push('## Contention', '', '| requests | capacity | confirmed | fits | conflicts | other errors | decisions/s | p50 ms | p99 ms | max in use |', '|---|---|---|---|---|---|---|---|---|---|');
    lines.push(`| ${c.requests} | 20 | ${c.confirmed} | ${c.fits} | ${c.conflicts} | ${c.otherErrors} | ${c.decisionsPerSec} | ${c.p50Ms} | ${c.p99Ms} | ${c.maxInUse} |`, '');
  }
  if (out.admission) {
    lines.push(`## Admission: validation time per KB of document (worst shapes first${out.sectionsRun ? `; measured ${out.sectionsRun.date}` : ''})`, '');
    lines.push('| shape | bytes | outcome | ms | ms per KB |', '|---|---|---|---|---|');
    for (const r of out.admission) lines.push(`| ${r.shape} | ${r.bytes} | ${r.outcome} | ${r.ms} | ${r.msPerKB} |`);
    lines.push('');
  }
  if (out.answers) {
    lines.push('## The largest legitimate answer of each kind (NATS max_payload 1,048,576 B)', '');
    lines.push('| kind | items | as one bus message, B | page the gateway reads | page, B |', '|---|---|---|---|---|');
    for (const r of out.answers) lines.push(`| ${r.kind} | ${r.items} | ${r.wholeBytes}${r.wholeBytes > 1_048_576 ? ' (over)' : ''} | ${r.pageItems} | ${r.pageBytes} |`);
    lines.push('');
  }
  lines.push('## Correctness checks', '', ...checks.map((c) => `- ${c.ok ? '✅' : '❌'} ${c.name}: ${c.detail}`), '');
  writeFileSync(path.join(dir, `${REPORT}.md`), lines.join('\n'));
  log(`\nwrote bench/results/${REPORT}.md and ${REPORT}.json`);
}

main().catch((err) => {
  process.stderr.write(`benchmark failed: ${err?.stack ?? err}\n`);
  process.exit(2);
});
