/**
 * `node --expose-gc --import tsx bench/listings.ts`: the information service platform's figures.
 * - Search over the in-process index (MiniSearch + jieba, no database): build time, heap used by the index, and
 *   search p50/p99 over a fixed query mix (text with and without filters, filters only, facets always counted) at
 *   1k, 10k and 100k OPEN listings generated from tables of firms, roles, majors and regions.
 * - Recommendation time per listing (the pure scorer over every OPEN counterpart in the index) at the same sizes.
 * - Write → findable: two listings replicas over NATS (own nats-server, MONGO_URL or the emulator); a listing created
 *   on replica A, polled on replica B every 2 ms until found. Database wall times on the emulator are labelled so.
 * Writes bench/results/listings.json and listings.md. BENCH_QUICK=1: 1k and 10k only, fewer samples.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { ServiceBroker } from 'moleculer';
import { resetConfig } from '../infra/env.js';
import { createBroker } from '../infra/broker.js';
import { identityForServices, GATEWAY_IDENTITY } from '../infra/bus-identity.js';
import { mintToken } from '../infra/auth.js';
import { SERVICES } from '../app/services.js';
import { startBenchServers } from './lib/servers.js';
import { summarize, round } from './lib/stats.js';
import { ListingAction, type ListingDto, type SearchResultDto } from '../services/listings/listings.contract.js';

const QUICK = process.env.BENCH_QUICK === '1';
const SIZES = QUICK ? [1_000, 10_000] : [1_000, 10_000, 100_000];
const log = (m: string) => process.stdout.write(`${m}\n`);

/** The in-process index figures, measured by the service folder's own bench script in a child process. */
function measureIndex(): Record<string, number | string>[] {
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', path.join(import.meta.dirname, '../services/listings/listings.search.bench.ts'), SIZES.join(','), QUICK ? 'quick' : ''], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 10_000_000 });
  return JSON.parse(out.trim().split('\n').pop()!);
}

async function measureWriteToFindable() {
  const servers = await startBenchServers();
  process.env.MONGO_URL = servers.mongoUrl;
  process.env.MONGO_DB_PREFIX = `benchlistings${Date.now().toString(36)}`;
  process.env.NATS_URL = servers.natsUrl;
  process.env.MOLECULER_NAMESPACE = `bench-listings-${process.pid}`;
  process.env.LOG_LEVEL = 'warn';
  process.env.LISTINGS_CATCH_UP_MS = '600000';
  resetConfig();
  const brokers: ServiceBroker[] = [];
  const node = (services: string[], name: string) => {
    const identity = services.length ? identityForServices(services) : GATEWAY_IDENTITY;
    const b = createBroker({ nodeID: name, transport: { natsUrl: servers.natsUrl, identity }, overrides: { logger: false, requestTimeout: 60_000 } });
    for (const s of services) b.createService(SERVICES[s]);
    brokers.push(b);
    return b;
  };
  try {
    const a = node(['organizations', 'listings'], 'bench-a');
    const b = node(['listings'], 'bench-b');
    const client = node([], 'bench-client');
    await Promise.all(brokers.map((x) => x.start()));
    await client.waitForServices(['organizations', 'listings'], 30_000);
    const admin = await mintToken({ sub: 'bench-admin', roles: ['PLATFORM_ADMIN'], expiresIn: '1h' });
    const { withCheckCharacter } = await import('../services/organizations/organizations.contract.js');
    const org = await client.call<{ id: string }, Record<string, unknown>>('organizations.register', { name: '广西柳工机械股份有限公司', kind: 'ENTERPRISE', creditCode: withCheckCharacter('91450200MA5L77771'), regionCode: '450200' }, { meta: { token: admin } });
    const nodeOf = (svc: ServiceBroker) => svc.nodeID;
    // Both replicas must be known to the client before calls are addressed to one of them.
    for (const x of [a, b]) {
      for (let i = 0; ; i++) {
        try {
          await client.call(ListingAction.indexStats, {}, { meta: { token: admin }, nodeID: x.nodeID });
          break;
        } catch (err) {
          if (i > 200) throw err;
          await new Promise((res) => setTimeout(res, 100));
        }
      }
    }
    const delays: number[] = [];
    const writes: number[] = [];
    for (let i = 0; i < (QUICK ? 10 : 40); i++) {
      const title = `柳工招聘数控技术专业实习生 第${i}批 ${Math.random().toString(36).slice(2, 7)}`;
      const t0 = performance.now();
      const l = await client.call<ListingDto, Record<string, unknown>>(ListingAction.create, { organizationId: org.id, kind: 'TALENT_DEMAND', title, description: '数控加工车间顶岗实习。', regionCode: '450203', industries: ['C35'], majors: [{ code: '460103', name: '数控技术' }], validTo: '2027-06-30' }, { meta: { token: admin }, nodeID: nodeOf(a) });
      const t1 = performance.now();
      writes.push(t1 - t0);
      for (;;) {
        const r = await client.call<SearchResultDto, Record<string, unknown>>(ListingAction.search, { query: title, first: 5 }, { meta: { token: admin }, nodeID: nodeOf(b) });
        if (r.hits.some((h) => h.listing.id === l.id)) break;
        await new Promise((res) => setTimeout(res, 2));
      }
      delays.push(performance.now() - t1);
    }
    const d = summarize(delays);
    const w = summarize(writes);
    const row = { samples: delays.length, writeP50Ms: round(w.p50, 1), writeP99Ms: round(w.p99, 1), findableAfterWriteP50Ms: round(d.p50, 1), findableAfterWriteP99Ms: round(d.p99, 1), database: servers.mongoKind };
    log(`  ${JSON.stringify(row)}`);
    return row;
  } finally {
    for (const x of brokers.reverse()) await x.stop().catch(() => undefined);
    await servers.stop();
  }
}

async function main() {
  // BENCH_LISTINGS_PART=findable: only the write → findable part, merged into the last results file.
  const part = process.env.BENCH_LISTINGS_PART;
  const dir0 = path.join(import.meta.dirname, 'results');
  let index: Record<string, number | string>[] = [];
  if (part === 'findable') {
    try {
      index = JSON.parse((await import('node:fs')).readFileSync(path.join(dir0, 'listings.json'), 'utf8')).index ?? [];
    } catch {
      index = [];
    }
  } else {
    log('listings: index (in process)');
    index = measureIndex();
    mkdirSync(dir0, { recursive: true });
    writeFileSync(path.join(dir0, 'listings.json'), JSON.stringify({ at: new Date().toISOString(), quick: QUICK, index }, null, 2));
  }
  log('listings: write → findable on another replica (over NATS)');
  const findable = await measureWriteToFindable();
  const dir = path.join(import.meta.dirname, 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'listings.json'), JSON.stringify({ at: new Date().toISOString(), quick: QUICK, index, findable }, null, 2));
  const md = [
    '## Listings search (MiniSearch + jieba, in process, per replica)',
    '',
    '| OPEN listings | build s | index heap MB | search p50 ms | search p99 ms | recommend p50 ms | recommend p99 ms |',
    '|---|---|---|---|---|---|---|',
    ...index.map((r) => `| ${r.listings} | ${r.buildS} | ${r.indexMb} | ${r.searchP50Ms} | ${r.searchP99Ms} | ${r.recommendP50Ms} | ${r.recommendP99Ms} |`),
    '',
    '## Write → findable on the other replica',
    '',
    `| samples | write p50 ms | write p99 ms | findable after write p50 ms | p99 ms | database |`,
    '|---|---|---|---|---|---|',
    `| ${findable.samples} | ${findable.writeP50Ms} | ${findable.writeP99Ms} | ${findable.findableAfterWriteP50Ms} | ${findable.findableAfterWriteP99Ms} | ${findable.database} |`,
    '',
  ].join('\n');
  writeFileSync(path.join(dir, 'listings.md'), md);
  log(md);
  process.exit(0);
}

main().catch((err) => {
  process.stderr.write(`${err?.stack ?? err}\n`);
  process.exit(1);
});
