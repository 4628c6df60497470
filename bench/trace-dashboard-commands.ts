/**
 * `READ_CACHE_TTL_S=0 node --import tsx bench/trace-dashboard-commands.ts`
 * Every database command one uncached dashboard query sends (the bench's query, alliance of 200), in order, with its
 * database (= service), collection and filter: to see which action issues which command.
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
import mongoose from 'mongoose';

const m = await startEmbeddedMongo();
process.env.MONGO_URL = m.url;
process.env.MONGO_DB_PREFIX = 'trace';
process.env.LOG_LEVEL = 'warn';
process.env.MONGO_MONITOR_COMMANDS = 'true';
resetConfig();
const IGNORED = new Set(['ping', 'hello', 'isMaster', 'ismaster', 'endSessions', 'createIndexes', 'buildInfo']);
let trace: string[] | undefined;
const origCreate = mongoose.createConnection.bind(mongoose);
(mongoose as unknown as { createConnection: typeof mongoose.createConnection }).createConnection = ((...args: Parameters<typeof mongoose.createConnection>) => {
  const conn = origCreate(...args);
  conn.getClient().on('commandStarted', (ev) => {
    if (!trace || IGNORED.has(ev.commandName)) return;
    const c = ev.command as Record<string, unknown>;
    const coll = c[ev.commandName];
    const shape = JSON.stringify(c.filter ?? c.query ?? c.pipeline ?? c.updates ?? c.documents ?? c.key ?? '').slice(0, 220);
    trace.push(`${ev.databaseName.padEnd(24)} ${ev.commandName.padEnd(10)} ${String(coll).padEnd(22)} ${shape}`);
  });
  return conn;
}) as typeof mongoose.createConnection;
const broker = createBroker({ nodeID: 'trace', transport: 'local', overrides: { logger: false, requestTimeout: 60000 } });
for (const s of Object.values(SERVICES)) broker.createService(s);
await broker.start();
const seeder = new Seeder(broker, m.url);
const programId = await seedDashboardProgram(seeder, { code: 'PROF', name: 'profile', funderName: 'gov' });
const a = await seeder.alliance(200, 'A200');
await seedBase(seeder, a, { bookingsThisWeek: 20, semesterWeeks: 6 });
await new Promise((r) => setTimeout(r, 3000));
const w = weekWindow();
const gateway = await startGateway({ broker, port: 0, host: '127.0.0.1', requiredServices: SERVICE_NAMES });
const token = await mintToken({ sub: 'prof', roles: ['ORG_ADMIN'], org: a.leadId });
const body = JSON.stringify({ query: DASHBOARD, variables: { id: a.allianceId, programId, from: w.from, to: w.to } });
for (let i = 0; i < 3; i++) {
  trace = [];
  const r = await fetch(`${gateway.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
  const j = (await r.json()) as { errors?: unknown };
  if (j.errors) throw new Error(JSON.stringify(j.errors));
  await new Promise((r) => setTimeout(r, 200));
  process.stdout.write(`query ${i + 1}: ${trace.length} commands\n${trace.join('\n')}\n`);
}
trace = undefined;
await gateway.stop();
await broker.stop();
await m.stop();
process.exit(0);
