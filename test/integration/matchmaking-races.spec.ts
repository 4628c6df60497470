/**
 * Matchmaking seats under concurrency, over NATS with two matchmaking replicas: 45 organizations racing for an
 * event of capacity 30 end with exactly 30 seats (distinct seat numbers 1…30) and 15 CONFLICT FULL; one
 * organization racing itself takes one seat; a cancelled seat is taken again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../helpers/platform.js';
import { fixtures, type Org } from '../helpers/fixtures.js';
import { outcome } from '../helpers/outcomes.js';
import type { EventDto, RegistrationDto } from '../../services/matchmaking/matchmaking.contract.js';
import { MatchmakingAction } from '../../services/matchmaking/matchmaking.contract.js';

let p: TestPlatform;
let lead: Org;
let leadAdmin: string;
let allianceId: string;
const firms: { org: Org; token: string }[] = [];
const fx = fixtures(() => p);
const future = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

const createEvent = (capacity: number, registrationMode = 'OPEN'): Promise<EventDto> =>
  p.call(MatchmakingAction.create, { organizerOrganizationId: lead.id, allianceId, kind: 'MATCHMAKING', title: '柳州市汽车产业产教对接会', theme: '新能源汽车人才需求对接', date: future(20), mode: 'ONSITE', place: '柳州职业技术学院 图书馆报告厅', regionCode: '450200', industries: ['C36'], registrationMode, capacity }, leadAdmin);
const register = (eventId: string, f: { org: Org; token: string }) =>
  outcome(p.client.call(MatchmakingAction.register, { eventId, organizationId: f.org.id }, { meta: { token: f.token }, timeout: 60_000 }));

async function registrations(eventId: string): Promise<RegistrationDto[]> {
  const page = await p.call(MatchmakingAction.registrations, { eventId, first: 100 }, leadAdmin);
  return page.edges.map((e: { node: RegistrationDto }) => e.node);
}

beforeAll(async () => {
  p = await startTestPlatform({ services: ['organizations', 'alliances', 'matchmaking'], replicas: { matchmaking: 2 }, gateway: false });
  lead = await fx.school('HIGHER_VOCATIONAL', { name: '柳州职业技术学院' });
  leadAdmin = await p.token(['ORG_ADMIN'], lead.id);
  allianceId = (await p.call('alliances.create', { name: '柳州汽车产教联盟', regionCode: '450200', leadOrganizationId: lead.id, foundedOn: '2024-01-01' }, leadAdmin)).id;
  for (let i = 0; i < 46; i++) {
    const org = await fx.firm({ name: `柳州汽车零部件企业 ${i + 1}` });
    firms.push({ org, token: await p.token(['ORG_ADMIN'], org.id) });
  }
}, 120_000);
afterAll(async () => {
  await p?.stop();
});

describe('capacity under concurrency (two replicas)', () => {
  it('45 concurrent registrations for 30 seats: exactly 30 hold a seat, 15 are refused FULL', async () => {
    const event = await createEvent(30);
    const results = await Promise.all(firms.slice(0, 45).map((f) => register(event.id, f)));
    const ok = results.filter((r) => r.type === 'OK');
    const full = results.filter((r) => r.type === 'CONFLICT');
    expect(ok.length).toBe(30);
    expect(full.length).toBe(15);
    expect(full.map((r) => (r as unknown as { data: { reason: string; capacity: number } }).data).filter((d) => d.reason !== 'FULL' || d.capacity !== 30)).toEqual([]);
    const held = (await registrations(event.id)).filter((r) => r.status === 'REGISTERED');
    expect(held.length).toBe(30);
    expect(held.map((r) => r.seatNo).sort((a, b) => a! - b!)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect((await p.call(MatchmakingAction.get, { id: event.id }, leadAdmin)).registered).toBe(30);
    // The 46th, later, is refused as well; a cancellation frees a seat that the next one takes.
    expect(await register(event.id, firms[45])).toMatchObject({ type: 'CONFLICT', data: { reason: 'FULL' } });
    await p.call(MatchmakingAction.cancelRegistration, { eventId: event.id, organizationId: held[0].organizationId }, leadAdmin);
    expect((await register(event.id, firms[45])).type).toBe('OK');
    expect((await p.call(MatchmakingAction.get, { id: event.id }, leadAdmin)).registered).toBe(30);
  }, 120_000);

  it('one organization racing itself takes one seat', async () => {
    const event = await createEvent(5);
    const results = await Promise.all(Array.from({ length: 8 }, () => register(event.id, firms[0])));
    expect(results.filter((r) => r.type === 'OK').length).toBe(1);
    expect(results.filter((r) => r.type === 'CONFLICT' && (r as unknown as { data: { reason: string } }).data.reason === 'ALREADY_REGISTERED').length).toBe(7);
    expect((await p.call(MatchmakingAction.get, { id: event.id }, leadAdmin)).registered).toBe(1);
  }, 60_000);

  it('an invitation-only event seats only invited organizations', async () => {
    const event = await createEvent(10, 'INVITATION');
    expect(await register(event.id, firms[1])).toMatchObject({ type: 'FORBIDDEN', data: { reason: 'NOT_INVITED' } });
    await p.call(MatchmakingAction.invite, { eventId: event.id, organizationIds: [firms[1].org.id] }, leadAdmin);
    expect((await register(event.id, firms[1])).type).toBe('OK');
  }, 60_000);

  it('only the alliance lead organizes for its alliance', async () => {
    const r = await outcome(p.call(MatchmakingAction.create, { organizerOrganizationId: firms[2].org.id, allianceId, kind: 'ROUNDTABLE', title: '恳谈会', theme: '校企合作', date: future(5), mode: 'ONLINE', place: '腾讯会议', regionCode: '450200', registrationMode: 'OPEN', capacity: 10 }, firms[2].token));
    expect(r).toMatchObject({ type: 'FORBIDDEN', data: { reason: 'NOT_ORGANIZER' } });
  });
});
