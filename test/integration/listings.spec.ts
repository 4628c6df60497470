/**
 * The listings service over NATS with two replicas, each with its own index: a firm publishes an internship demand
 * in Chinese; the other replica finds it after one event hop (measured); a school finds it by a segmented query and
 * by recommendation with reasons; the school expresses interest; two decisions race and one wins; the match becomes
 * an agreement draft through the real `cooperation.createAgreementDraft` once, even when both parties convert at once;
 * a saved search emits `listings.subscriptionMatched` once.
 */
import type { Context } from 'moleculer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CooperationAction, type AgreementDto } from '../../services/cooperation/cooperation.contract.js';
import { startTestPlatform, type TestPlatform } from '../helpers/platform.js';
import { fixtures, type Org } from '../helpers/fixtures.js';
import { outcome } from '../helpers/outcomes.js';
import { ListingAction, type InterestDto, type ListingDto, type RecommendationsDto, type SearchResultDto, type SubscriptionMatchedPayload } from '../../services/listings/listings.contract.js';

let p: TestPlatform;
let firm: Org;
let school: Org;
let firmAdmin: string;
let schoolAdmin: string;
const fx = fixtures(() => p);
const matched: SubscriptionMatchedPayload[] = [];
const validTo = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);

/** Calls one listings replica: 'listings-1' or 'listings-2' (the node ids start with the identity and the name given). */
const on = <T>(replica: string, action: string, params: Record<string, unknown>, token: string) => {
  const [, n] = replica.split('-');
  const nodeID = p.serviceBrokers.map((b) => b.nodeID).filter((id) => id.startsWith('listings'))[Number(n) - 1];
  return p.client.call<T, Record<string, unknown>>(action, params, { meta: { token }, nodeID, timeout: 30_000 });
};

const internship = (over: Record<string, unknown> = {}) => ({
  organizationId: firm.id,
  kind: 'TALENT_DEMAND',
  title: '招聘数控技术专业实习生 20 名',
  description: '柳工装载机事业部数控加工车间顶岗实习，岗位：数控车床操作、加工中心编程，提供食宿，实习期满表现优秀者可留用。',
  regionCode: '450203',
  industries: ['C35'],
  majors: [{ code: '460103', name: '数控技术' }],
  headcount: 20,
  periodFrom: '2026-07-01',
  periodTo: '2026-12-31',
  payMin: '3500.00',
  payMax: '4500.00',
  place: '柳州市鱼峰区柳工大道 1 号',
  validTo,
  ...over,
});

beforeAll(async () => {
  p = await startTestPlatform({ services: ['organizations', 'alliances', 'cooperation', 'listings'], replicas: { listings: 2 }, gateway: false });
  await p.addNode({ name: 'notifications', events: { 'listings.subscriptionMatched': (ctx: Context<SubscriptionMatchedPayload>) => void matched.push(ctx.params) } });
  // An event is sent only to nodes the emitter already knows: wait until every listings replica has seen the new nodes.
  await Promise.all(p.serviceBrokers.filter((b) => b.nodeID.startsWith('listings')).map((b) => b.waitForServices(['notifications', 'cooperation'], 20_000)));
  firm = await fx.firm({ name: '广西柳工机械股份有限公司', regionCode: '450203' });
  school = await fx.school('HIGHER_VOCATIONAL', { name: '柳州职业技术学院', regionCode: '450204' });
  firmAdmin = await p.token(['ORG_ADMIN'], firm.id);
  schoolAdmin = await p.token(['ORG_ADMIN'], school.id);
}, 60_000);
afterAll(async () => {
  await p?.stop();
});

describe('the "Done when" path on the bus', () => {
  let demand: ListingDto;
  let interest: InterestDto;

  it('a listing written on one replica is findable on the other after one event hop', async () => {
    await p.call(ListingAction.subscribe, { organizationId: school.id, name: '数控实习岗位', filter: { query: '数控 实习', regionCode: '450200' } }, schoolAdmin);
    demand = await on<ListingDto>('listings-1', ListingAction.create, internship(), firmAdmin);
    expect(demand.status).toBe('OPEN');
    // The other replica's index catches up by the `listings.changed` event (or its watermark catch-up): polled, with a
    // deadline only so that a broken projection fails instead of hanging — how fast it is belongs to `npm run bench`.
    let found = 0;
    for (const deadline = Date.now() + 30_000; Date.now() < deadline; ) {
      found = (await on<SearchResultDto>('listings-2', ListingAction.search, { query: '数控技术专业实习生' }, schoolAdmin)).total;
      if (found) break;
      await new Promise((res) => setTimeout(res, 5));
    }
    expect(found).toBe(1);
    // The writer's replica finds it at once.
    expect((await on<SearchResultDto>('listings-1', ListingAction.search, { query: '数控 实习' }, schoolAdmin)).total).toBe(1);
  });

  it('a saved search is told once about the new listing', async () => {
    for (let i = 0; i < 250 && !matched.length; i++) await new Promise((res) => setTimeout(res, 20));
    expect(matched.map((m) => [m.listingId, m.organizationId, m.listingTitle])).toEqual([[demand.id, school.id, demand.title]]);
  });

  it('the school finds it by segmented query with facets, and by recommendation with reasons', async () => {
    const r = await p.call<SearchResultDto>(ListingAction.search, { query: '数控技术专业实习生', regionCode: '450200', kinds: ['TALENT_DEMAND'] }, schoolAdmin);
    expect(r.hits.map((h) => h.listing.id)).toEqual([demand.id]);
    expect(r.facets.region).toEqual([{ value: '450200', label: '柳州市', count: 1 }]);
    const supply = await p.call<ListingDto>(ListingAction.create, { ...internship(), organizationId: school.id, kind: 'TALENT_SUPPLY', title: '2026届数控技术专业毕业生 45 人', description: '数控技术专业应届毕业生，可安排顶岗实习', regionCode: '450204', headcount: 45, payMin: null, payMax: null }, schoolAdmin);
    await new Promise((res) => setTimeout(res, 200));
    const rec = await p.call<RecommendationsDto>(ListingAction.recommend, { listingId: supply.id }, schoolAdmin);
    expect(rec.listings.map((x) => x.listing.id)).toEqual([demand.id]);
    expect(rec.listings[0].reasons.map((x) => x.code)).toEqual(expect.arrayContaining(['SAME_MAJOR', 'SAME_INDUSTRY', 'SAME_CITY', 'CAPACITY_FIT', 'PERIOD_FIT']));
    expect(rec.listings[0].reasons.find((x) => x.code === 'SAME_MAJOR')!.text.zhCN).toBe('专业对口：数控技术');
    expect(rec.organizations.map((o) => o.organizationId)).toEqual([firm.id]);
  });

  it('the school expresses interest once; two decisions race and exactly one wins', async () => {
    interest = await p.call<InterestDto>(ListingAction.expressInterest, { listingId: demand.id, organizationId: school.id, message: '我院数控技术专业可安排 20 名学生参加顶岗实习。' }, schoolAdmin);
    expect(await outcome(p.call(ListingAction.expressInterest, { listingId: demand.id, organizationId: school.id, message: '再次表达意向' }, schoolAdmin))).toMatchObject({ type: 'CONFLICT', data: { reason: 'ALREADY_INTERESTED' } });
    const decisions = await Promise.all([
      outcome(on('listings-1', ListingAction.decideInterest, { interestId: interest.id, accept: true }, firmAdmin)),
      outcome(on('listings-2', ListingAction.decideInterest, { interestId: interest.id, accept: false }, firmAdmin)),
      outcome(on('listings-2', ListingAction.decideInterest, { interestId: interest.id, accept: true }, firmAdmin)),
    ]);
    expect(decisions.filter((d) => d.type === 'OK').length).toBe(1);
    expect(decisions.filter((d) => d.type === 'CONFLICT').length).toBe(2);
    const winner = decisions.findIndex((d) => d.type === 'OK');
    const stored = (await p.call(ListingAction.interests, { listingId: demand.id }, firmAdmin)).edges.map((e: { node: InterestDto }) => e.node);
    expect(stored.map((i: InterestDto) => i.status)).toEqual([winner === 1 ? 'DECLINED' : 'ACCEPTED']);
    const listing = await p.call<ListingDto>(ListingAction.get, { id: demand.id }, firmAdmin);
    expect(listing.status).toBe(winner === 1 ? 'OPEN' : 'MATCHED');
    if (winner === 1) {
      // The decline won: express again is not possible (one interest per organization) — re-run the path on a new listing.
      demand = await p.call<ListingDto>(ListingAction.create, internship({ title: '数控技术专业实习生（二批）' }), firmAdmin);
      interest = await p.call<InterestDto>(ListingAction.expressInterest, { listingId: demand.id, organizationId: school.id, message: '我院可安排学生实习。' }, schoolAdmin);
      await p.call(ListingAction.decideInterest, { interestId: interest.id, accept: true }, firmAdmin);
    }
    expect((await p.call<ListingDto>(ListingAction.get, { id: demand.id }, firmAdmin)).status).toBe('MATCHED');
    // A matched listing leaves every replica's index.
    await new Promise((res) => setTimeout(res, 200));
    for (const node of ['listings-1', 'listings-2']) expect((await on<SearchResultDto>(node, ListingAction.search, { query: demand.title }, schoolAdmin)).hits.map((h) => h.listing.id)).not.toContain(demand.id);
  });

  it('the accepted match becomes one cooperation agreement draft in one step, even when both parties convert at once', async () => {
    const results = await Promise.all([
      outcome(on('listings-1', ListingAction.convertMatch, { interestId: interest.id, kind: 'AGREEMENT' }, schoolAdmin)),
      outcome(on('listings-2', ListingAction.convertMatch, { interestId: interest.id, kind: 'AGREEMENT' }, firmAdmin)),
    ]);
    expect(results.filter((r) => r.type === 'OK').length).toBe(1);
    expect(results.filter((r) => r.type === 'CONFLICT').map((r) => (r as unknown as { data: { reason: string } }).data.reason)).toEqual(['ALREADY_CONVERTED']);
    const after = (await p.call(ListingAction.interests, {}, schoolAdmin)).edges.map((e: { node: InterestDto }) => e.node).find((i: InterestDto) => i.id === interest.id);
    expect(after.conversion?.kind).toBe('AGREEMENT');
    // The draft is the real cooperation service's, with the listing's terms and the match as its origin (links both ways).
    const agreement = await p.call<AgreementDto>(CooperationAction.getAgreement, { id: after.conversion.id }, schoolAdmin);
    expect(agreement).toMatchObject({ status: 'DRAFT', type: 'INTERNSHIP_BASE', title: demand.title, origin: { kind: 'LISTING_MATCH', id: interest.id } });
    const drafts = (await p.call<{ edges: { node: AgreementDto }[] }>(CooperationAction.listAgreements, { organizationId: school.id }, schoolAdmin)).edges.filter((e) => e.node.origin?.id === interest.id);
    expect(drafts.length).toBe(1);
  });
});

describe('with the real cooperation service, on a platform of its own', () => {
  it('an accepted match becomes a DRAFT agreement whose origin is the match', async () => {
    const q = await startTestPlatform({ services: ['organizations', 'alliances', 'cooperation', 'listings'], gateway: false });
    try {
      const qfx = fixtures(() => q);
      const f = await qfx.firm({ name: '上汽通用五菱汽车股份有限公司' });
      const s = await qfx.school('HIGHER_VOCATIONAL', { name: '柳州城市职业学院' });
      const [fa, sa] = [await q.token(['ORG_ADMIN'], f.id), await q.token(['ORG_ADMIN'], s.id)];
      const l = await q.call<ListingDto>(ListingAction.create, { ...internship(), organizationId: f.id }, fa);
      const i = await q.call<InterestDto>(ListingAction.expressInterest, { listingId: l.id, organizationId: s.id, message: '愿意合作开展实习。' }, sa);
      await q.call(ListingAction.decideInterest, { interestId: i.id, accept: true }, fa);
      const converted = await q.call<InterestDto>(ListingAction.convertMatch, { interestId: i.id, kind: 'AGREEMENT' }, sa);
      expect(converted.conversion?.kind).toBe('AGREEMENT');
      const agreement = await q.call<AgreementDto>(CooperationAction.getAgreement, { id: converted.conversion!.id }, sa);
      expect(agreement.status).toBe('DRAFT');
      expect(agreement.origin).toEqual({ kind: 'LISTING_MATCH', id: i.id });
    } finally {
      await q.stop();
    }
  }, 60_000);
});
