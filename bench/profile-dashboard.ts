/**
 * `node --cpu-prof --cpu-prof-dir=bench/results/profile --import tsx bench/profile-dashboard.ts`
 * Where the dashboard query's time goes, on the same data as the benchmark (alliance of 200, base, program):
 * each action it makes timed alone (mean of 20), then 200 dashboard queries over HTTP to an in-process gateway
 * (mode (a)), so that a CPU profile of this process shows the platform's own share. Summarize the profile with
 * `node bench/summarize-profile.mjs bench/results/profile/*.cpuprofile`. `READ_CACHE_TTL_S=0` measures it uncached.
 */
import { resetConfig } from '../infra/env.js';
import { createBroker } from '../infra/broker.js';
import { SERVICES, SERVICE_NAMES } from '../app/services.js';
import { startEmbeddedMongo } from '../infra/embedded-mongo.js';
import { mintToken } from '../infra/auth.js';
import { startGateway } from '../gateway/server.js';
import { Seeder } from './lib/seed.js';
import { seedBase, weekWindow } from './lib/bases.js';
import { DASHBOARD, seedDashboardProgram } from './lib/dashboard.js';
import { cpuSeconds } from './lib/cpu.js';

const m = await startEmbeddedMongo();
process.env.MONGO_URL = m.url;
process.env.MONGO_DB_PREFIX = 'prof';
process.env.LOG_LEVEL = 'warn';
resetConfig();
const broker = createBroker({ nodeID: 'prof', transport: 'local', overrides: { logger: false, requestTimeout: 60000 } });
for (const s of Object.values(SERVICES)) broker.createService(s);
await broker.start();
const seeder = new Seeder(broker, m.url);
const programId = await seedDashboardProgram(seeder, { code: 'PROF', name: 'profile', funderName: 'gov' });
let a200: Awaited<ReturnType<Seeder['alliance']>> | undefined;
for (const size of [20, 200, 2000]) {
  const a = await seeder.alliance(size, `A${size}`);
  await seedBase(seeder, a, { bookingsThisWeek: 20, semesterWeeks: 6 });
  if (size === 200) a200 = a;
}
await new Promise((r) => setTimeout(r, 5000)); // background standings work settles
const w = weekWindow();
const bases = await seeder.call<{ edges: { node: { id: string } }[] }>('trainingBases.list', { allianceId: a200!.allianceId });
const ops: Record<string, () => Promise<unknown>> = {
  'alliances.get': () => seeder.call('alliances.get', { id: a200!.allianceId }),
  'alliances.countMembers': () => seeder.call('alliances.countMembers', { allianceIds: [a200!.allianceId] }),
  'alliances.members(50)': () => seeder.call('alliances.members', { allianceId: a200!.allianceId, first: 50, status: 'ACTIVE' }),
  'organizations.getMany(50)': () => seeder.call('organizations.getMany', { ids: a200!.memberIds.slice(0, 50) }),
  'trainingBases.list': () => seeder.call('trainingBases.list', { allianceId: a200!.allianceId }),
  'trainingBases.availability': () => seeder.call('trainingBases.availability', { baseId: bases.edges[0].node.id, from: w.from, to: w.to }),
  'grants.evaluate (counts)': () => seeder.call('grants.evaluate', { allianceId: a200!.allianceId, programId, evidence: false }),
};
process.stdout.write('action alone (mean of 20, ms, wall | database CPU | platform CPU):\n');
for (const [name, fn] of Object.entries(ops)) {
  await fn();
  const db0 = cpuSeconds(m.pid!);
  const me0 = process.cpuUsage();
  const t = Date.now();
  for (let i = 0; i < 20; i++) await fn();
  const me = process.cpuUsage(me0);
  process.stdout.write(`  ${name.padEnd(30)} ${((Date.now() - t) / 20).toFixed(1).padStart(6)} | ${(((cpuSeconds(m.pid!) - db0) * 1000) / 20).toFixed(1).padStart(6)} | ${((me.user + me.system) / 1000 / 20).toFixed(1).padStart(6)}\n`);
}
const gateway = await startGateway({ broker, port: 0, host: '127.0.0.1', requiredServices: SERVICE_NAMES });
const token = await mintToken({ sub: 'prof', roles: ['ORG_ADMIN'], org: a200!.leadId });
const body = JSON.stringify({ query: DASHBOARD, variables: { id: a200!.allianceId, programId, from: w.from, to: w.to } });
// PROFILE_LOOP=<file.cpuprofile>: a CPU profile of the 200 dashboard queries alone (not the seeding), for summarize-profile.mjs.
const session = process.env.PROFILE_LOOP ? new (await import('node:inspector')).Session() : undefined;
const post = (method: string, params?: object) => new Promise<any>((res, rej) => session!.post(method, params ?? {}, (err, r) => (err ? rej(err) : res(r))));
if (session) {
  session.connect();
  await post('Profiler.enable');
  await post('Profiler.start');
}
const db0 = cpuSeconds(m.pid!);
const me0 = process.cpuUsage();
const t = Date.now();
for (let i = 0; i < 200; i++) {
  const r = await fetch(`${gateway.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
  const j = (await r.json()) as { errors?: unknown };
  if (j.errors) throw new Error(JSON.stringify(j.errors));
}
const me = process.cpuUsage(me0);
if (session) (await import('node:fs')).writeFileSync(process.env.PROFILE_LOOP!, JSON.stringify((await post('Profiler.stop')).profile));
process.stdout.write(
  `read cache ${process.env.READ_CACHE_TTL_S === '0' ? 'OFF' : 'on'}; dashboard over HTTP, 200 sequential: ${((Date.now() - t) / 200).toFixed(1)} ms each; database CPU ${(((cpuSeconds(m.pid!) - db0) * 1000) / 200).toFixed(1)} ms, platform CPU ${((me.user + me.system) / 1000 / 200).toFixed(1)} ms per query\n`,
);
await gateway.stop();
await broker.stop();
await m.stop();
process.exit(0);
