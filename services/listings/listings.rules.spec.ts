/** The pure rules: fields, life cycle, expiry, interests, conversions, filters and the recommendation score. */
import { describe, expect, it } from 'vitest';
import type { ListingDto } from './listings.contract.js';
import {
  WEIGHTS,
  conversionProblem,
  decisionProblem,
  effectiveStatus,
  interestProblem,
  listingFieldsProblem,
  matchesStructured,
  recommend,
  scoreCandidate,
  subscriptionMatches,
  transitionProblem,
} from './listings.rules.js';
import { listing } from './listings.fixtures.js';
import { listingTerms, queryGroups, terms } from './listings.search.js';

const TODAY = '2026-06-01';
const fields = { industries: ['C36'], validFrom: '2026-06-01', validTo: '2026-09-30', payMinFen: 300_000, payMaxFen: 500_000, periodFrom: '2026-07-01', periodTo: '2026-08-31' };

describe('listing fields', () => {
  it('accepts a well-formed listing', () => expect(listingFieldsProblem(fields, TODAY)).toBeNull());
  it('refuses reversed, past or over-long validity', () => {
    expect(listingFieldsProblem({ ...fields, validTo: '2026-05-31' }, TODAY)?.data).toEqual({ reason: 'VALIDITY', field: 'validTo' });
    expect(listingFieldsProblem({ ...fields, validFrom: '2026-06-01', validTo: '2027-06-03' }, TODAY)?.data?.reason).toBe('VALIDITY');
    expect(listingFieldsProblem({ ...fields, validFrom: '2026-06-01', validTo: '2027-06-02' }, TODAY)).toBeNull(); // 366 days
  });
  it('refuses an industry code outside the GB/T 4754 table', () => {
    const p = listingFieldsProblem({ ...fields, industries: ['C36', 'C99'] }, TODAY);
    expect(p?.code).toBe('BAD_USER_INPUT');
    expect(p?.data).toEqual({ reason: 'UNKNOWN_INDUSTRY', code: 'C99', field: 'industries' });
    expect(p?.key).toBe('listings.unknownIndustry');
  });
  it('refuses a pay range upside down and a period that ends before it starts', () => {
    expect(listingFieldsProblem({ ...fields, payMinFen: 600_000 }, TODAY)?.data?.reason).toBe('PAY_RANGE');
    expect(listingFieldsProblem({ ...fields, periodTo: '2026-06-30' }, TODAY)?.data?.reason).toBe('PERIOD');
  });
});

describe('life cycle', () => {
  it('an OPEN listing past validTo reads EXPIRED; other statuses are kept', () => {
    expect(effectiveStatus('OPEN', '2026-05-31', TODAY)).toBe('EXPIRED');
    expect(effectiveStatus('OPEN', '2026-06-01', TODAY)).toBe('OPEN');
    expect(effectiveStatus('MATCHED', '2026-05-31', TODAY)).toBe('MATCHED');
  });
  it('allows only the transitions of the life cycle', () => {
    expect(transitionProblem('DRAFT', 'OPEN')).toBeNull();
    expect(transitionProblem('OPEN', 'MATCHED')).toBeNull();
    expect(transitionProblem('MATCHED', 'CLOSED')).toBeNull();
    expect(transitionProblem('MATCHED', 'OPEN')?.data).toEqual({ reason: 'TRANSITION', from: 'MATCHED', to: 'OPEN' });
    expect(transitionProblem('EXPIRED', 'MATCHED')?.code).toBe('CONFLICT');
    expect(transitionProblem('CLOSED', 'OPEN')?.code).toBe('CONFLICT');
  });
});

describe('interests and conversions', () => {
  it('only OPEN listings of another organization take interest', () => {
    expect(interestProblem({ organizationId: 'a', status: 'OPEN' }, 'b')).toBeNull();
    expect(interestProblem({ organizationId: 'a', status: 'OPEN' }, 'a')?.data).toEqual({ reason: 'OWN_LISTING' });
    expect(interestProblem({ organizationId: 'a', status: 'EXPIRED' }, 'b')?.data).toEqual({ reason: 'NOT_OPEN', status: 'EXPIRED' });
  });
  it('one decision: a decided interest is not decided again; accepting needs an OPEN listing', () => {
    expect(decisionProblem('PENDING', 'OPEN', true)).toBeNull();
    expect(decisionProblem('PENDING', 'MATCHED', false)).toBeNull();
    expect(decisionProblem('PENDING', 'MATCHED', true)?.data).toEqual({ reason: 'NOT_OPEN', status: 'MATCHED' });
    expect(decisionProblem('DECLINED', 'OPEN', true)?.data).toEqual({ reason: 'ALREADY_DECIDED', status: 'DECLINED' });
  });
  it('a conversion needs an accepted, unconverted match', () => {
    expect(conversionProblem('ACCEPTED', null)).toBeNull();
    expect(conversionProblem('PENDING', null)?.data?.reason).toBe('NOT_ACCEPTED');
    expect(conversionProblem('ACCEPTED', { kind: 'AGREEMENT', id: 'x', at: '', by: '' })?.data?.reason).toBe('ALREADY_CONVERTED');
  });
});

describe('filters and saved searches', () => {
  const l = listing({ title: '数控技术专业顶岗实习', regionCode: '450203', industries: ['C35'], majors: [{ code: '460103', name: '数控技术' }], publishedAt: '2026-05-20T02:00:00.000Z' });
  it('matches structured filters', () => {
    expect(matchesStructured(l, { regionCode: '450000', industry: 'C', major: '数控技术', kinds: ['TALENT_DEMAND'], publishedFrom: '2026-05-20' }, TODAY)).toBe(true);
    expect(matchesStructured(l, { regionCode: '420500' }, TODAY)).toBe(false);
    expect(matchesStructured(l, { publishedFrom: '2026-05-21' }, TODAY)).toBe(false);
    expect(matchesStructured(l, { kinds: ['TALENT_SUPPLY'] }, TODAY)).toBe(false);
  });
  it('a saved search fires when every word of its query is in the listing', () => {
    const lt = listingTerms(l);
    expect(subscriptionMatches(l, { query: '数控技术专业实习生' }, queryGroups('数控技术专业实习生'), lt, TODAY)).toBe(true);
    expect(subscriptionMatches(l, { query: '焊接实习' }, queryGroups('焊接实习'), lt, TODAY)).toBe(false);
    expect(subscriptionMatches({ ...l, status: 'MATCHED' }, {}, [], lt, TODAY)).toBe(false);
  });
});

describe('recommendations', () => {
  const sc = { termsOf: (x: ListingDto) => terms(x.title), acceptedMatches: (o: string) => (o === SCHOOL ? 2 : 0) };
  const SCHOOL = '500000000000000000000001';
  const demand = listing({ kind: 'TALENT_DEMAND', title: '数控技术实习生', regionCode: '450203', industries: ['C35'], majors: [{ code: '460103', name: '数控技术' }], headcount: 20, periodFrom: '2026-07-01', periodTo: '2026-08-30' });
  const supply = listing({
    kind: 'TALENT_SUPPLY',
    organizationId: SCHOOL,
    organizationName: '柳州职业技术学院',
    title: '2026届数控技术专业毕业生',
    regionCode: '450203',
    industries: ['C35'],
    majors: [{ code: '460103', name: '数控技术' }],
    headcount: 45,
    periodFrom: '2026-07-01',
    periodTo: '2027-06-30',
  });

  it('scores each criterion with its points and its words in both languages', () => {
    const { score, reasons } = scoreCandidate(demand, supply, sc);
    expect(reasons.map((r) => [r.code, r.points])).toEqual([
      ['SAME_MAJOR', WEIGHTS.SAME_MAJOR],
      ['SAME_INDUSTRY', WEIGHTS.SAME_INDUSTRY],
      ['SAME_COUNTY', WEIGHTS.SAME_COUNTY],
      ['PAST_COOPERATION', 6],
      ['CAPACITY_FIT', WEIGHTS.CAPACITY_FIT],
      ['PERIOD_FIT', WEIGHTS.PERIOD_FIT],
      ['TEXT_SIMILARITY', 3],
    ]);
    expect(score).toBe(30 + 20 + 15 + 6 + 10 + 10 + 3);
    // The words are the product here: what a school reads next to the score.
    expect(reasons[0].text).toEqual({ zhCN: '专业对口：数控技术', en: 'Same major: 数控技术' });
    expect(reasons[2].text.zhCN).toBe('同在鱼峰区');
    expect(reasons[3].text).toEqual({ zhCN: '柳州职业技术学院在平台上已有 2 次成功对接', en: '柳州职业技术学院 has 2 successful matches on the platform' });
    expect(reasons[4].text.zhCN).toBe('人数匹配：需要 20 人，可提供 45 人');
  });

  it('nearby regions and sections score less than exact matches', () => {
    const city = scoreCandidate(demand, { ...supply, regionCode: '450205', industries: ['C34'] }, sc).reasons.map((r) => r.code);
    expect(city).toContain('SAME_CITY');
    expect(city).toContain('SAME_INDUSTRY_SECTION');
    const province = scoreCandidate(demand, { ...supply, regionCode: '450100' }, sc).reasons.find((r) => r.code === 'SAME_PROVINCE');
    expect(province?.text.zhCN).toBe('同省：广西壮族自治区');
    expect(scoreCandidate(demand, { ...supply, regionCode: '420500' }, sc).reasons.filter((r) => r.code.startsWith('SAME_') && r.code.includes('C')).length).toBe(0);
  });

  it('half the headcount earns half the points; less earns none', () => {
    expect(scoreCandidate(demand, { ...supply, headcount: 10 }, sc).reasons.find((r) => r.code === 'CAPACITY_FIT')?.points).toBe(5);
    expect(scoreCandidate(demand, { ...supply, headcount: 9 }, sc).reasons.find((r) => r.code === 'CAPACITY_FIT')).toBeUndefined();
  });

  it('recommends only counterpart kinds of other organizations, best first, and groups organizations', () => {
    const weaker = { ...supply, id: 'f00000000000000000000002', majors: [], title: '毕业生推荐' };
    const sameKind = { ...supply, id: 'f00000000000000000000003', kind: 'TALENT_DEMAND' as const };
    const own = { ...supply, id: 'f00000000000000000000004', organizationId: demand.organizationId };
    const r = recommend(demand, [weaker, sameKind, own, supply], sc, 10);
    expect(r.listings.map((x) => x.listing.id)).toEqual([supply.id, weaker.id]);
    expect(r.listings[0].score).toBeGreaterThan(r.listings[1].score);
    expect(r.organizations).toEqual([expect.objectContaining({ organizationId: SCHOOL, score: r.listings[0].score, listingIds: [supply.id, weaker.id] })]);
  });
});
