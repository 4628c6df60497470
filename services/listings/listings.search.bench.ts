/**
 * The in-process part of the listings bench (run by bench/listings.ts as a child process, because bench code may use
 * a service only through its contract; this file lives in the service folder and may use the index and the scorer):
 * build time, heap used and search p50/p99 of `ListingIndex`, and recommendation time of the pure scorer, over
 * listings generated from tables of firms, roles, majors and regions. Prints one JSON line: the rows.
 *   node --expose-gc --import tsx services/listings/listings.search.bench.ts 1000,10000,100000 [quick]
 */
import type { ListingDto, ListingKind } from './listings.contract.js';
import { ListingIndex } from './listings.search.js';
import { recommend } from './listings.rules.js';

const SIZES = (process.argv[2] ?? '1000,10000').split(',').map(Number);
const QUICK = process.argv[3] === 'quick';
const log = (m: string) => process.stderr.write(`${m}\n`);
const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;
function summarize(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
  return { p50: at(50), p99: at(99) };
}

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

export async function measureIndex(): Promise<Record<string, number>[]> {
  const rows: Record<string, number>[] = [];
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


const rows = await measureIndex();
process.stdout.write(`${JSON.stringify(rows)}\n`);
process.exit(0);
