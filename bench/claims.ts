/**
 * `node --import tsx bench/claims.ts`: the cost of a subsidy claim's computation as records grow (commands and
 * documents per claim, constant or proportional to the claim's own records). Its own servers and database; prints a
 * table and writes bench/results/claims.json. Not part of `npm run bench` yet (its run.ts is shared; the lead wires it).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { resetConfig } from '../infra/env.js';
import { createBroker } from '../infra/broker.js';
import { SERVICES } from '../app/services.js';
import { startBenchServers } from './lib/servers.js';
import { Seeder } from './lib/seed.js';
import { measureClaimCost } from './lib/claims.js';

const servers = await startBenchServers();
process.env.MONGO_URL = servers.mongoUrl;
process.env.MONGO_DB_PREFIX = `benchclaims${Date.now().toString(36)}`;
process.env.NATS_URL = '';
process.env.MONGO_MONITOR_COMMANDS = 'true';
process.env.LOG_LEVEL = process.env.LOG_LEVEL ?? 'warn';
resetConfig();
const broker = createBroker({ nodeID: `bench-claims-${process.pid}`, transport: 'local', overrides: { logger: false, requestTimeout: 120_000 } });
for (const n of ['organizations', 'alliances', 'cooperation']) broker.createService(SERVICES[n]);
await broker.start();
const seeder = new Seeder(broker, servers.mongoUrl);
const sizes = (process.env.BENCH_CLAIM_SIZES ?? '1,4,16').split(',').map(Number);
try {
  const rows = await measureClaimCost(seeder, sizes);
  process.stdout.write('series  placements  months  commands/claim  documents/claim  wall ms (emulator)\n');
  for (const r of rows) process.stdout.write(`${r.series.padEnd(7)} ${String(r.placements).padStart(10)} ${String(r.attendanceMonths).padStart(7)} ${String(r.commands).padStart(15)} ${String(r.documents).padStart(16)} ${String(r.wallMs).padStart(19)}\n`);
  const own = rows.filter((r) => r.series === 'own');
  const others = rows.filter((r) => r.series === 'others');
  const constantCommands = new Set(rows.map((r) => r.commands)).size === 1;
  const othersConstant = new Set(others.map((r) => r.documents)).size === 1;
  const proportional = own.every((r) => r.documents >= r.attendanceMonths);
  process.stdout.write(`commands constant: ${constantCommands}; documents independent of others' records: ${othersConstant}; documents ∝ own records: ${proportional}\n`);
  const dir = path.join(import.meta.dirname, 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'claims.json'), JSON.stringify({ mongo: servers.mongoKind, rows, constantCommands, othersConstant, proportional }, null, 2));
  if (!constantCommands || !othersConstant || !proportional) process.exitCode = 1;
} finally {
  await seeder.close();
  await broker.stop();
  await servers.stop();
}
