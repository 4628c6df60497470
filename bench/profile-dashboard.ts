/**
 * `node --import tsx bench/profile-dashboard.ts`: where the dashboard query's time goes — each action it makes,
 * timed alone (mean of 20) on the same data set as the benchmark (alliance of 200, base, program).
 */
import { resetConfig } from '../infra/env.js';
import { createBroker } from '../infra/broker.js';
import { SERVICES } from '../infra/services.js';
import { startEmbeddedMongo } from '../infra/embedded-mongo.js';
import { Seeder } from './lib/seed.js';
import { seedBase, weekWindow } from './lib/bases.js';
const m = await startEmbeddedMongo();
process.env.MONGO_URL = m.url; process.env.MONGO_DB_PREFIX = 'prof'; process.env.LOG_LEVEL = 'warn'; resetConfig();
const broker = createBroker({ nodeID: 'prof', transport: 'local', overrides: { logger: false, requestTimeout: 60000 } });
for (const s of Object.values(SERVICES)) broker.createService(s);
await broker.start();
const seeder = new Seeder(broker, m.url);
const funder = await seeder.call<{ id: string }>('organizations.register', { name: 'gov', kind: 'GOVERNMENT', creditCode: seeder.creditCode('11'), regionCode: '450200' });
const program = await seeder.call<{ id: string }>('grants.createProgram', { code: 'PROF', name: 'pp', regionCode: '450200', awardAmount: { amount: '1.00', currency: 'CNY' }, funderOrganizationId: funder.id, criteria: [{ kind: 'MIN_SCHOOLS', threshold: 10 }] });
const sizes = [20, 200, 2000];
let a200: any;
for (const s of sizes) { const a = await seeder.alliance(s, `A${s}`); await seedBase(seeder, a, { bookingsThisWeek: 20, semesterWeeks: 6 }); if (s === 200) a200 = a; }
await new Promise((r) => setTimeout(r, 5000));
const w = weekWindow();
const bases: any = await seeder.call('trainingBases.list', { allianceId: a200.allianceId });
const ops: Record<string, () => Promise<unknown>> = {
  'alliances.get': () => seeder.call('alliances.get', { id: a200.allianceId }),
  'alliances.memberCounts': () => seeder.call('alliances.memberCounts', { allianceId: a200.allianceId }),
  'alliances.members(50)': () => seeder.call('alliances.members', { allianceId: a200.allianceId, first: 50, status: 'ACTIVE' }),
  'organizations.getMany(50)': () => seeder.call('organizations.getMany', { ids: a200.memberIds.slice(0, 50) }),
  'trainingBases.list': () => seeder.call('trainingBases.list', { allianceId: a200.allianceId }),
  'trainingBases.availability': () => seeder.call('trainingBases.availability', { baseId: bases.edges[0].node.id, from: w.from, to: w.to }),
  'grants.evaluate': () => seeder.call('grants.evaluate', { allianceId: a200.allianceId, programId: program.id }),
};
for (const [name, fn] of Object.entries(ops)) {
  await fn();
  const t = Date.now();
  for (let i = 0; i < 20; i++) await fn();
  console.log(name.padEnd(30), ((Date.now() - t) / 20).toFixed(1), 'ms');
}
await broker.stop(); await m.stop(); process.exit(0);
