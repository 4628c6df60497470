/**
 * The search index of listings: a derived projection, one per listings replica, kept in memory. MiniSearch
 * (BM25, maintained, in-process, incremental add/discard, query trees) indexes titles, descriptions, organization
 * names, majors and industry names; @node-rs/jieba segments Chinese (its `cutForSearch` emits the words and their
 * shorter sub-words: 实习生 → 实习, 实习生; 数控技术 → 数控, 技术, 数控技术), so "数控技术专业实习生" finds a
 * listing that says 数控技术 … 实习.
 *
 * A query is segmented coarsely (`cut`): each word is a group of its fine terms (`cutForSearch`), and a listing
 * must match every group (AND of ORs). When that finds nothing, any group may match (`matchMode` ANY), ranked.
 *
 * Consistency: each listing carries `rev`; `apply` keeps only a newer revision than the one held (tombstones keep the
 * revision of removed listings), so events arriving twice or out of order, and the periodic catch-up from the
 * `updatedAt` watermark, converge to the same index on every replica.
 */
import MiniSearch from 'minisearch';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { currentRegion } from '../../infra/regions.js';
import { badInput } from '../../infra/errors.js';
import type { FacetCountDto, ListingDto, ListingFilter, ListingKind, ListingSort, SearchResultDto } from './listings.contract.js';
import { industryName } from './listings.industries.js';
import { matchesStructured } from './listings.rules.js';

let jieba: Jieba | undefined;
const segmenter = (): Jieba => (jieba ??= Jieba.withDict(dict));

/** Words that carry no meaning for search (particles and conjunctions). */
const STOP = new Set(['的', '了', '和', '与', '及', '或', '等', '在', '是', '为', '对', '将', '把', '被', '之', '其', '于', '以', '及其', '以及', '我们', '我', '你', '您', '有', '个']);
const MEANINGFUL = /[\p{L}\p{N}]/u;

const keep = (t: string): boolean => MEANINGFUL.test(t) && !STOP.has(t);

/** The index's terms of a text: jieba `cutForSearch` (words and sub-words), lower case, without stop words. */
export function terms(text: string): string[] {
  return segmenter()
    .cutForSearch(text, true)
    .map((t) => t.trim().toLowerCase())
    .filter(keep);
}

/**
 * A query as groups: one per coarse word (jieba `cut`), with the word's own sub-words (`cutForSearch` minus the word).
 * A listing matches a group when it has the word, or every one of its sub-words (实习生 is matched by 实习; 数控技术
 * by 数控 and 技术 together, not by 技术 alone).
 */
export interface QueryGroup {
  word: string;
  parts: string[];
}
export function queryGroups(text: string): QueryGroup[] {
  const groups: QueryGroup[] = [];
  for (const w of segmenter().cut(text, true)) {
    const word = w.trim().toLowerCase();
    if (!keep(word)) continue;
    groups.push({ word, parts: [...new Set(terms(w))].filter((t) => t !== word) });
  }
  return groups;
}

/** Does a set of terms satisfy a group? */
export const groupMatches = (g: QueryGroup, have: ReadonlySet<string>): boolean => have.has(g.word) || (g.parts.length > 0 && g.parts.every((t) => have.has(t)));

type MsQuery = string | { combineWith: 'AND' | 'OR'; queries: MsQuery[] };
const groupQuery = (g: QueryGroup): MsQuery => (g.parts.length ? { combineWith: 'OR', queries: [g.word, { combineWith: 'AND', queries: g.parts }] } : g.word);

/** The searchable text of a listing's majors and industries (names and codes). */
const majorsText = (l: ListingDto) => l.majors.map((m) => `${m.name} ${m.code ?? ''}`).join(' ');
const industriesText = (l: ListingDto) => l.industries.map((c) => industryName(c) ?? '').join(' ');

/** Every term of a listing (what a saved search's groups are checked against). */
export function listingTerms(l: ListingDto): Set<string> {
  return new Set(terms([l.title, l.description, l.organizationName, majorsText(l), industriesText(l)].join(' ')));
}

const KIND_LABELS: Record<ListingKind, string> = {
  TALENT_DEMAND: '人才需求',
  TALENT_SUPPLY: '人才供给',
  TECH_NEED: '技术需求',
  TECH_OFFER: '技术成果',
  TRAINING_NEED: '培训需求',
  TRAINING_OFFER: '培训服务',
  EQUIPMENT_NEED: '设备场地需求',
  EQUIPMENT_OFFER: '设备与基地共享',
};
export const kindLabel = (k: ListingKind): string => KIND_LABELS[k];

export interface SearchQuery extends ListingFilter {
  sort?: ListingSort | null;
  first?: number | null;
  after?: string | null;
}

const encodeOffset = (n: number) => Buffer.from(`o:${n}`, 'utf8').toString('base64url');
function decodeOffset(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  const m = /^o:(\d{1,7})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) throw badInput('after is not a cursor returned by this API.', { field: 'after' });
  return Number(m[1]);
}

export interface ApplyOutcome {
  applied: boolean;
}

/** One replica's index (see the file comment). Holds OPEN listings only; others are removed (tombstoned). */
export class ListingIndex {
  private readonly ms: MiniSearch<ListingDto>;
  private readonly docs = new Map<string, ListingDto>();
  /** Highest revision seen per listing, including removed ones. */
  private readonly revs = new Map<string, number>();
  private watermarkAt: string | null = null;
  readonly stats = { appliedEvents: 0, staleEventsIgnored: 0, catchUps: 0 };

  constructor() {
    this.ms = new MiniSearch<ListingDto>({
      // Three fields, not five: every query term is looked up per field, so fewer fields is proportionally less work.
      fields: ['title', 'majors', 'body'],
      storeFields: [],
      tokenize: terms,
      processTerm: (t) => t,
      extractField: (doc, field) => (field === 'majors' ? majorsText(doc) : field === 'body' ? `${doc.description} ${doc.organizationName} ${industriesText(doc)}` : field === 'title' ? doc.title : String((doc as unknown as Record<string, unknown>)[field] ?? '')),
      searchOptions: { boost: { title: 3, majors: 2 }, tokenize: terms, processTerm: (t) => t },
    });
  }

  get size(): number {
    return this.docs.size;
  }
  get watermark(): string | null {
    return this.watermarkAt;
  }
  /** The indexed listing, if OPEN and indexed. */
  get(id: string): ListingDto | undefined {
    return this.docs.get(id);
  }
  all(): IterableIterator<ListingDto> {
    return this.docs.values();
  }

  /**
   * Applies one revision of a listing: ignored unless newer than what this replica holds (stale or repeated event);
   * an OPEN listing is (re)indexed, any other status removes it.
   */
  apply(l: ListingDto): ApplyOutcome {
    const held = this.revs.get(l.id);
    if (held !== undefined && held >= l.rev) {
      this.stats.staleEventsIgnored++;
      return { applied: false };
    }
    this.revs.set(l.id, l.rev);
    if (!this.watermarkAt || l.updatedAt > this.watermarkAt) this.watermarkAt = l.updatedAt;
    if (this.docs.has(l.id)) this.ms.discard(l.id);
    if (l.status === 'OPEN') {
      this.docs.set(l.id, l);
      this.ms.add(l);
    } else this.docs.delete(l.id);
    this.stats.appliedEvents++;
    return { applied: true };
  }

  /** Everything at once (start-up rebuild): `addAll` is faster than one `add` per listing. */
  load(listings: readonly ListingDto[]): void {
    const fresh: ListingDto[] = [];
    for (const l of listings) {
      const held = this.revs.get(l.id);
      if (held !== undefined && held >= l.rev) continue;
      this.revs.set(l.id, l.rev);
      if (!this.watermarkAt || l.updatedAt > this.watermarkAt) this.watermarkAt = l.updatedAt;
      if (this.docs.has(l.id)) {
        this.ms.discard(l.id);
        this.docs.delete(l.id);
      }
      if (l.status === 'OPEN') {
        this.docs.set(l.id, l);
        fresh.push(l);
      }
    }
    this.ms.addAll(fresh);
  }

  /**
   * Search: text (AND of the query's words, falling back to ANY when nothing matches all), structured filters
   * (listings.rules.ts `matchesStructured`), facets counted over every match, sort by relevance (ties newest first)
   * or by publication date, offset paging (1 … 100 per page).
   */
  search(q: SearchQuery, today: string): SearchResultDto & { matchMode: 'ALL' | 'ANY' | 'NONE' } {
    const first = q.first ?? 20;
    if (!Number.isInteger(first) || first < 1 || first > 100) throw badInput('first must be between 1 and 100.', { field: 'first' });
    const offset = decodeOffset(q.after);
    const filter = (id: string) => {
      const l = this.docs.get(id);
      return !!l && matchesStructured(l, q, today);
    };
    const groups = q.query ? queryGroups(q.query) : [];
    let hits: { listing: ListingDto; score: number }[];
    let matchMode: 'ALL' | 'ANY' | 'NONE' = 'NONE';
    if (groups.length) {
      const run = (combineWith: 'AND' | 'OR') =>
        this.ms
          // Terms are already segmented: each query string is one term (identity tokenizer).
          .search({ combineWith, queries: groups.map(groupQuery) } as never, { filter: (r) => filter(String(r.id)), tokenize: (t) => [t] })
          .map((r) => ({ listing: this.docs.get(String(r.id))!, score: Math.round(r.score * 1000) / 1000 }));
      hits = run('AND');
      matchMode = 'ALL';
      if (!hits.length && groups.length > 1) {
        hits = run('OR');
        matchMode = 'ANY';
      }
    } else {
      hits = [];
      for (const l of this.docs.values()) if (matchesStructured(l, q, today)) hits.push({ listing: l, score: 0 });
    }
    // Plain code-unit comparison: ISO instants and hex ids order correctly as text (localeCompare is ~50× slower).
    const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
    const byDate = (a: { listing: ListingDto }, b: { listing: ListingDto }) => cmp(b.listing.publishedAt ?? '', a.listing.publishedAt ?? '') || cmp(a.listing.id, b.listing.id);
    hits.sort(q.sort === 'DATE' || !groups.length ? byDate : (a, b) => b.score - a.score || byDate(a, b));
    const page = hits.slice(offset, offset + first);
    const more = offset + first < hits.length;
    return {
      total: hits.length,
      hits: page,
      facets: facets(hits.map((h) => h.listing)),
      terms: [...new Set(groups.flatMap((g) => [g.word, ...g.parts]))],
      endCursor: page.length ? encodeOffset(offset + page.length) : null,
      hasNextPage: more,
      matchMode,
    };
  }

  /** Title terms per listing for recommendation scoring (cached per revision). */
  private readonly titleTerms = new Map<string, { rev: number; terms: string[] }>();
  termsOf = (l: ListingDto): string[] => {
    const hit = this.titleTerms.get(l.id);
    if (hit && hit.rev === l.rev) return hit.terms;
    const t = terms(l.title);
    this.titleTerms.set(l.id, { rev: l.rev, terms: t });
    return t;
  };
}

const bump = (m: Map<string, number>, v: string) => m.set(v, (m.get(v) ?? 0) + 1);
function sorted(m: Map<string, number>, label: (v: string) => string): FacetCountDto[] {
  return [...m.entries()].map(([value, n]) => ({ value, label: label(value), count: n })).sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

/** Facet counts: by kind, by prefecture-level region (county codes roll up to their city), by industry division, by major. */
export function facets(ls: readonly ListingDto[]): SearchResultDto['facets'] {
  const kind = new Map<string, number>();
  const region = new Map<string, number>();
  const industry = new Map<string, number>();
  const major = new Map<string, number>();
  for (const l of ls) {
    bump(kind, l.kind);
    bump(region, l.regionCode.endsWith('0000') ? l.regionCode : `${l.regionCode.slice(0, 4)}00`);
    // A listing counts once per value (its lists are deduplicated at input; majors may repeat a name with two codes).
    for (const c of l.industries) bump(industry, c);
    if (l.majors.length === 1) bump(major, l.majors[0].name);
    else for (const n of new Set(l.majors.map((m) => m.name))) bump(major, n);
  }
  return {
    kind: sorted(kind, (v) => kindLabel(v as ListingKind)),
    region: sorted(region, (v) => currentRegion(v)?.name ?? v),
    industry: sorted(industry, (v) => industryName(v) ?? v),
    major: sorted(major, (v) => v),
  };
}
