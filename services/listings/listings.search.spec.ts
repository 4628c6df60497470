/** The index: jieba segmentation with MiniSearch, filters, facets, sort, paging and revision order. */
import { describe, expect, it } from 'vitest';
import type { ListingDto } from './listings.contract.js';
import { listing } from './listings.fixtures.js';
import { ListingIndex, queryGroups, terms } from './listings.search.js';

const TODAY = '2026-06-01';

describe('segmentation', () => {
  it('cutForSearch yields the words and their sub-words', () => {
    expect(terms('数控技术专业实习生')).toEqual(['数控', '技术', '数控技术', '专业', '实习', '实习生']);
  });
  it('a query is one group per coarse word', () => {
    expect(queryGroups('数控技术专业实习生')).toEqual([
      { word: '数控技术', parts: ['数控', '技术'] },
      { word: '专业', parts: [] },
      { word: '实习生', parts: ['实习'] },
    ]);
  });
  it('stop words and punctuation are not terms', () => {
    expect(terms('柳州的，汽车！')).toEqual(['柳州', '汽车']);
  });
});

describe('search', () => {
  const ix = new ListingIndex();
  const cnc = listing({ title: '数控技术专业顶岗实习岗位 20 名', description: '柳工挖掘机产线实习，面向数控技术专业学生', majors: [{ code: '460103', name: '数控技术' }], regionCode: '450203', industries: ['C35'] });
  const car = listing({ title: '汽车装配实习生', description: '新能源汽车总装车间', majors: [{ code: '460702', name: '新能源汽车技术' }], regionCode: '450205' });
  const yc = listing({ kind: 'TECH_NEED', title: '磷化工废水处理技术攻关', description: '宜昌化工园区企业技术需求', regionCode: '420500', industries: ['C26'] });
  const expired = listing({ title: '数控技术实习（已过期）', validTo: '2026-05-31' });
  ix.load([cnc, car, yc, expired]);

  it('"数控技术专业实习生" finds the listing that says 数控技术 … 实习', () => {
    const r = ix.search({ query: '数控技术专业实习生' }, TODAY);
    expect(r.hits.map((h) => h.listing.id)).toEqual([cnc.id]);
    expect(r.matchMode).toBe('ALL');
    expect(r.terms).toContain('实习');
  });

  it('falls back to any word when no listing has all of them, ranked by BM25', () => {
    const r = ix.search({ query: '新能源 数控技术' }, TODAY);
    expect(r.matchMode).toBe('ANY');
    expect(r.hits.map((h) => h.listing.id).sort()).toEqual([cnc.id, car.id].sort());
  });

  it('a city covers its districts; a province covers its cities', () => {
    expect(ix.search({ regionCode: '450200' }, TODAY).hits.map((h) => h.listing.id).sort()).toEqual([cnc.id, car.id].sort());
    expect(ix.search({ regionCode: '420000' }, TODAY).hits.map((h) => h.listing.id)).toEqual([yc.id]);
    expect(ix.search({ regionCode: '450203' }, TODAY).hits.map((h) => h.listing.id)).toEqual([cnc.id]);
  });

  it('an industry section covers its divisions; a division only itself', () => {
    expect(ix.search({ industry: 'C' }, TODAY).total).toBe(3);
    expect(ix.search({ industry: 'C36' }, TODAY).hits.map((h) => h.listing.id)).toEqual([car.id]);
  });

  it('filters by kind and major (code or name), and never shows a listing past its validity', () => {
    expect(ix.search({ kinds: ['TECH_NEED'] }, TODAY).hits.map((h) => h.listing.id)).toEqual([yc.id]);
    expect(ix.search({ major: '460103' }, TODAY).hits.map((h) => h.listing.id)).toEqual([cnc.id]);
    expect(ix.search({ major: '新能源汽车技术' }, TODAY).hits.map((h) => h.listing.id)).toEqual([car.id]);
    expect(ix.search({ query: '数控技术' }, TODAY).hits.map((h) => h.listing.id)).toEqual([cnc.id]);
    expect(ix.search({ query: '数控技术' }, '2026-05-01').total).toBe(2);
  });

  it('counts facets over all matches, cities rolled up', () => {
    const r = ix.search({ first: 1 }, TODAY);
    expect(r.total).toBe(3);
    expect(r.hits.length).toBe(1);
    expect(r.facets.kind).toEqual([
      { value: 'TALENT_DEMAND', label: '人才需求', count: 2 },
      { value: 'TECH_NEED', label: '技术需求', count: 1 },
    ]);
    expect(r.facets.region).toEqual([
      { value: '450200', label: '柳州市', count: 2 },
      { value: '420500', label: '宜昌市', count: 1 },
    ]);
  });

  it('sorts by date newest first and pages with the cursor', () => {
    const all = ix.search({ sort: 'DATE', first: 100 }, TODAY).hits.map((h) => h.listing.publishedAt!);
    expect(all.length).toBe(3);
    expect([...all].sort().reverse()).toEqual(all);
    const p1 = ix.search({ sort: 'DATE', first: 2 }, TODAY);
    expect(p1.hasNextPage).toBe(true);
    const p2 = ix.search({ sort: 'DATE', first: 2, after: p1.endCursor }, TODAY);
    expect(p2.hasNextPage).toBe(false);
    expect([...p1.hits, ...p2.hits].map((h) => h.listing.publishedAt)).toEqual(all);
  });

  it('refuses a forged cursor and a page size out of range', () => {
    expect(() => ix.search({ after: 'xyz' }, TODAY)).toThrow(expect.objectContaining({ type: 'BAD_USER_INPUT' }));
    expect(() => ix.search({ first: 101 }, TODAY)).toThrow(expect.objectContaining({ type: 'BAD_USER_INPUT' }));
  });
});

describe('revision order (replica consistency)', () => {
  it('applies only newer revisions, so late and repeated events converge', () => {
    const ix = new ListingIndex();
    const v1 = listing({ title: '电工实习', rev: 1 });
    const v2 = { ...v1, title: '焊工实习', rev: 2, updatedAt: '2026-04-02T00:00:00.000Z' };
    const v3 = { ...v1, status: 'CLOSED' as const, rev: 3, updatedAt: '2026-04-03T00:00:00.000Z' };
    expect(ix.apply(v2).applied).toBe(true);
    expect(ix.apply(v1).applied).toBe(false); // late
    expect(ix.search({ query: '焊工' }, TODAY).total).toBe(1);
    expect(ix.search({ query: '电工' }, TODAY).total).toBe(0);
    expect(ix.apply(v3).applied).toBe(true);
    expect(ix.apply(v2).applied).toBe(false); // a repeat after removal (tombstone)
    expect(ix.size).toBe(0);
    expect(ix.watermark).toBe('2026-04-03T00:00:00.000Z');
    expect(ix.stats).toEqual({ appliedEvents: 2, staleEventsIgnored: 2, catchUps: 0 });
  });
});
