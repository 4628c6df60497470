/**
 * The harder races, over NATS with two trainingBases replicas: capacity decreases and closed dates racing with
 * bookings. (The crash repair, which writes a half-done reservation straight into the database, lives beside the
 * service: services/trainingBases/trainingBases.sweep.spec.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../helpers/platform.js';
import { fixtures } from '../helpers/fixtures.js';
import { errType } from '../helpers/outcomes.js';
import type { BookingDto, TrainingBaseDto } from '../../services/trainingBases/trainingBases.contract.js';
import { WEEKDAYS, at, futureMonday } from '../helpers/booking-times.js';

let p: TestPlatform;
let allianceId: string;
let lead: { id: string };
let firm: { id: string };
let leadAdmin: string;
let firmAdmin: string;
const fx = fixtures(() => p);

/** Bookings race with a generous timeout: on a loaded machine a caller timing out would hide the outcome. */
const bookCall = (params: Record<string, unknown>, token: string) => p.client.call('trainingBases.book', params, { meta: { token }, timeout: 60_000 });
let seq = 0;
const createBase = (capacity: number): Promise<TrainingBaseDto> =>
  p.call('trainingBases.create', { allianceId, hostOrganizationId: lead.id, name: `竞争测试基地 ${++seq}`, timeZone: 'Asia/Shanghai', capacity, openingHours: WEEKDAYS }, leadAdmin);

async function holding(baseId: string): Promise<BookingDto[]> {
  const page = await p.call('trainingBases.bookings', { baseId, first: 100 }, leadAdmin);
  return page.edges.map((e: { node: BookingDto }) => e.node).filter((b: BookingDto) => b.status === 'CONFIRMED' || b.status === 'PENDING');
}
function peak(bookings: BookingDto[]): number {
  const per = new Map<number, number>();
  for (const b of bookings) for (let s = Date.parse(b.start); s < Date.parse(b.end); s += 15 * 60_000) per.set(s, (per.get(s) ?? 0) + b.headcount);
  return Math.max(0, ...per.values());
}

beforeAll(async () => {
  p = await startTestPlatform({ services: ['organizations', 'alliances', 'trainingBases'], replicas: { trainingBases: 2 }, gateway: false });
  lead = await fx.school('VOCATIONAL_UNDERGRADUATE', { name: `柳州职业技术大学 ${seq}` });
  firm = await fx.firm({ name: '柳工' });
  leadAdmin = await p.token(['ORG_ADMIN'], lead.id);
  firmAdmin = await p.token(['ORG_ADMIN'], firm.id);
  allianceId = (await p.call('alliances.create', { name: '竞争测试联盟', regionCode: '450200', leadOrganizationId: lead.id, foundedOn: '2024-01-01' }, leadAdmin)).id;
  await fx.join(allianceId, firm, '2024-02-01');
});
afterAll(async () => {
  await p?.stop();
});

describe('changes racing with bookings', () => {
  it('a capacity decrease racing with 60 bookings: the stored bookings never exceed the capacity the base ends with', async () => {
    for (let round = 0; round < 3; round++) {
      const base = await createBase(10);
      const day = futureMonday();
      const bookings = Array.from({ length: 60 }, () => errType(bookCall({ baseId: base.id, organizationId: firm.id, start: at(day, '09:00'), end: at(day, '10:00'), headcount: 1, purpose: 'TRAINING' }, firmAdmin)));
      const change = errType(p.call('trainingBases.update', { baseId: base.id, capacity: 4 }, leadAdmin));
      const results = await Promise.all([change, ...bookings]);
      const final = await p.call('trainingBases.get', { id: base.id }, leadAdmin);
      const held = await holding(base.id);
      expect(['OK', 'CONFLICT']).toContain(results[0]);
      expect(final.capacity).toBe(results[0] === 'OK' ? 4 : 10);
      expect(held.length).toBe(results.slice(1).filter((r) => r === 'OK').length);
      expect(peak(held)).toBeLessThanOrEqual(final.capacity);
      // And the counters agree: what is left is the final capacity minus what is held.
      const slots = await p.call('trainingBases.availability', { baseId: base.id, from: at(day, '09:00'), to: at(day, '10:00') }, firmAdmin);
      expect(slots).toEqual([{ start: new Date(at(day, '09:00')).toISOString(), end: new Date(at(day, '10:00')).toISOString(), remaining: final.capacity - held.length }]);
    }
  });

  it('a closed date racing with bookings on that date: if the date closes, no booking holds it', async () => {
    const base = await createBase(10);
    const day = futureMonday();
    const bookings = Array.from({ length: 30 }, () => errType(bookCall({ baseId: base.id, organizationId: firm.id, start: at(day, '14:00'), end: at(day, '15:00'), headcount: 1, purpose: 'TRAINING' }, firmAdmin)));
    const close = errType(p.call('trainingBases.addClosedDates', { baseId: base.id, dates: [day], cancelConflicting: true, reason: '临时停电' }, leadAdmin));
    const results = await Promise.all([close, ...bookings]);
    const final = await p.call('trainingBases.get', { id: base.id }, leadAdmin);
    const held = await holding(base.id);
    if (final.closedDates.includes(day)) expect(held).toEqual([]);
    else expect(results[0]).toBe('CONFLICT'); // a booking still RESERVING was in the way, or the step was lost 5 times
    expect(peak(held)).toBeLessThanOrEqual(10);
  });
});
