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
import { ListingAction, type ListingDto, type ListingKind, type SearchResultDto } from '../services/listings/listings.contract.js';
// The index and the scorer are measured in process, as each replica runs them (bench may read a service's pure parts).
import { ListingIndex } from '../services/listings/listings.search.js';
import { recommend } from '../services/listings/listings.rules.js';

const QUICK = process.env.BENCH_QUICK === '1';
const SIZES = QUICK ? [1_000, 10_000] : [1_000, 10_000, 100_000];
const log = (m: string) => process.stdout.write(`${m}\n`);

const FIRMS = ['上汽通用五菱', '东风柳汽', '柳工', '柳钢', '广西汽车集团', '五菱柳机', '欧维姆', '柳州医药', '兴发集团', '人福药业', '宜化集团', '三峡电能', '赛克科技', '螺蛳粉产业园'];
const ROLES = ['数控加工', '总装工艺', '焊装', '涂装', '电气装调', '设备点检', '化工总控', '药品生产', '仓储物流', '软件开发', '数据分析', '电商运营', '质量检验', '机器人运维'];
const MAJORS = [['460103', '数控技术'], ['460701', '汽车制造与试验技术'], ['460702', '新能源汽车技术'], ['460305', '工业机器人技术'], ['460302', '电气自动化技术'], ['470201', '应用化工技术'], ['490201', '药品生产技术'], ['530802', '现代物流管理'], ['510203', '软件技术'], ['510205', '大数据技术'], ['530701', '电子商务'], ['460110', '智能焊接技术']] as const;
const REGIONS = ['450202', '450203', '450204', '450205', '450206', '420502', '420506', '420527', '450102', '430102'];
const INDUSTRIES = ['C36', 'C35', 'C31', 'C34', 'C26', 'C27', 'F51', 'I65', 'C14', 'D44'];
const KINDS: ListingKind[] = ['TALENT_DEMAND', 'TALENT_SUPPLY', 'TECH_NEED', 'TECH_OFFER', 'TRAINING_NEED', 'TRAINING_OFFER'];

function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generate(n: number): ListingDto[] {
  const r = rng(n);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const out: ListingDto[] = [];
  for (let i = 0; i < n; i++) {
    const kind = pick(KINDS);
    const firm = pick(FIRMS);
    const role = pick(ROLES);
    const [code, name] = pick(MAJORS);
    const headcount = 5 + Math.floor(r() * 60);
    const id = i.toString(16).padStart(24, '0');
    const at = new Date(Date.UTC(2026, 0, 1) + Math.floor(r() * 150) * 86_400_000).toISOString();
    out.push({
      id,
      kind,
      organizationId: (1_000 + Math.floor(r() * Math.max(50, n / 20))).toString(16).padStart(24, 'a'),
      organizationName: `${firm}${kind.startsWith('TALENT_S') || kind.endsWith('OFFER') ? '职业技术学院' : '有限公司'}`,
      organizationKind: 'ENTERPRISE',
      title: `${firm}${kind === 'TALENT_SUPPLY' ? `${name}专业毕业生 ${headcount} 人` : `招聘${name}专业实习生（${role}）${headcount} 名`}`,
      description: `${role}岗位，面向${name}专业，提供岗前培训与食宿，实习期六个月，表现优秀者可留用。`,
      regionCode: pick(REGIONS),
      industries: [pick(INDUSTRIES)],
      majors: [{ code, name }],
      headcount,
      periodFrom: '2026-07-01',
      periodTo: '2026-12-31',
      payMinFen: 350_000,
      payMaxFen: 480_000,
      budgetFen: null,
      place: null,
      openToNonMembers: true,
      validFrom: '2026-01-01',
      validTo: '2027-06-30',
      status: 'OPEN',
      matchedInterestId: null,
      rev: 1,
      publishedAt: at,
      createdAt: at,
      updatedAt: at,
    });
  }
  return out;
}

const QUERIES = [
  { query: '数控技术专业实习生' },
  { query: '新能源汽车', regionCode: '450200' },
  { query: '化工 实习', industry: 'C' },
  { query: '软件开发', sort: 'DATE' as const },
  { kinds: ['TALENT_DEMAND' as const], regionCode: '450000' },
  { query: '机器人运维 焊装', major: '460305' },
  { query: '药品生产技术专业毕业生' },
  { industry: 'C36', sort: 'DATE' as const },
];

const heap = () => {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
};

async function measureIndex() {
  const rows: Record<string, number | string>[] = [];
  for (const n of SIZES) {
    const docs = generate(n);
    const before = heap();
    const t0 = performance.now();
    const ix = new ListingIndex();
    ix.load(docs);
    const buildMs = performance.now() - t0;
    const indexMb = (heap() - before) / 1_048_576;
    const samples: number[] = [];
    const rounds = QUICK ? 10 : n >= 100_000 ? 3 : 20;
    for (let i = 0; i < rounds; i++) {
      for (const q of QUERIES) {
        const s = performance.now();
        ix.search({ ...q, first: 20 }, '2026-06-01');
        samples.push(performance.now() - s);
      }
    }
    const search = summarize(samples);
    const rec: number[] = [];
    const counts = new Map<string, number>();
    for (let i = 0; i < (QUICK || n >= 100_000 ? 10 : 30); i++) {
      const base = docs[(i * 7919) % docs.length];
      const s = performance.now();
      recommend(base, [...ix.all()], { termsOf: ix.termsOf, acceptedMatches: (o) => counts.get(o) ?? 0 }, 10);
      rec.push(performance.now() - s);
    }
    const recommendation = summarize(rec);
    const row = { listings: n, buildS: round(buildMs / 1000, 2), indexMb: round(indexMb, 1), searchP50Ms: round(search.p50, 2), searchP99Ms: round(search.p99, 2), recommendP50Ms: round(recommendation.p50, 1), recommendP99Ms: round(recommendation.p99, 1) };
    log(`  ${JSON.stringify(row)}`);
    rows.push(row);
  }
  return rows;
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
    index = await measureIndex();
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

if (process.env.BENCH_PROFILE) {
  const ix = new ListingIndex();
  ix.load(generate(Number(process.env.BENCH_PROFILE)));
  for (const q of QUERIES) {
    const t = performance.now();
    for (let i = 0; i < 5; i++) ix.search({ ...q, first: 20 }, '2026-06-01');
    log(`${JSON.stringify(q)} ${round((performance.now() - t) / 5, 1)} ms, total ${ix.search({ ...q, first: 20 }, '2026-06-01').total}`);
  }
  process.exit(0);
}

main().catch((err) => {
  process.stderr.write(`${err?.stack ?? err}\n`);
  process.exit(1);
});
