/**
 * Crash repair by the sweeper, over NATS with two trainingBases replicas: a reservation left half-done by a
 * crashed node, and bookings whose time passed, are written straight into the service's database (which only
 * a test beside the service may do) and repaired or completed by `trainingBases.sweep`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mongoose, { Types } from 'mongoose';
import { startTestPlatform, type TestPlatform } from '../../test/helpers/platform.js';
import { fixtures } from '../../test/helpers/fixtures.js';
import { config } from '../../infra/env.js';
import { databaseName } from '../../infra/mongo.mixin.js';
import { takeSlot } from './trainingBases.capacity.js';
import { TrainingBaseAction as A, type TrainingBaseDto } from './trainingBases.contract.js';
import { baseModels, newBookingDoc, type BaseModels, type NewBooking, type TrainingBaseDoc } from './trainingBases.model.js';
import { errType } from '../../test/helpers/outcomes.js';
import { WEEKDAYS, at, futureMonday } from '../../test/helpers/booking-times.js';

let p: TestPlatform;
let admin: string;
let conn: mongoose.Connection;
let models: BaseModels;
let allianceId: string;
let lead: { id: string };
let firm: { id: string };
let leadAdmin: string;
let firmAdmin: string;
const fx = fixtures(() => p);

const bookCall = (params: Record<string, unknown>, token: string) => p.client.call(A.book, params, { meta: { token }, timeout: 60_000 });
let seq = 0;
const createBase = (capacity: number): Promise<TrainingBaseDto> =>
  p.call(A.create, { allianceId, hostOrganizationId: lead.id, name: `修复测试基地 ${++seq}`, timeZone: 'Asia/Shanghai', capacity, openingHours: WEEKDAYS }, leadAdmin);

async function holding(baseId: string) {
  const page = await p.call(A.bookings, { baseId, first: 100 }, leadAdmin);
  return page.edges.map((e: { node: { status: string } }) => e.node).filter((b: { status: string }) => b.status === 'CONFIRMED' || b.status === 'PENDING');
}

/** Writes a booking of the firm straight into the database (as a node would have, bypassing the service), with `at` as its timestamps. */
async function storeRaw(base: TrainingBaseDto, b: Pick<NewBooking, 'start' | 'end' | 'headcount' | 'status' | 'requestedBy'>, stamped: Date): Promise<Types.ObjectId> {
  const doc = await models.Base.findById(base.id).lean<TrainingBaseDoc>();
  const raw = { ...newBookingDoc(doc!, { ...b, organizationId: firm.id, orgKind: 'ENTERPRISE', purpose: 'TRAINING', seriesId: null, imported: false }), history: [], createdAt: stamped, updatedAt: stamped };
  await models.Booking.collection.insertOne(raw);
  return raw._id;
}

beforeAll(async () => {
  p = await startTestPlatform({ services: ['organizations', 'alliances', 'trainingBases'], replicas: { trainingBases: 2 }, gateway: false });
  admin = await p.adminToken();
  lead = await fx.school('VOCATIONAL_UNDERGRADUATE', { name: `柳州职业技术大学 ${seq}` });
  firm = await fx.firm({ name: '柳工' });
  leadAdmin = await p.token(['ORG_ADMIN'], lead.id);
  firmAdmin = await p.token(['ORG_ADMIN'], firm.id);
  allianceId = (await p.call('alliances.create', { name: '修复测试联盟', regionCode: '450200', leadOrganizationId: lead.id, foundedOn: '2024-01-01' }, leadAdmin)).id;
  await fx.join(allianceId, firm, '2024-02-01');
  conn = await mongoose.createConnection(config().mongoUrl!, { dbName: databaseName('trainingBases'), autoCreate: false, autoIndex: false }).asPromise();
  models = baseModels(conn);
});
afterAll(async () => {
  await conn?.close();
  await p?.stop();
});

describe('crash repair', () => {
  it('gives back the stations of a reservation left half-done by a crashed node', async () => {
    const base = await createBase(5);
    const day = futureMonday();
    const start = new Date(at(day, '09:00'));
    const end = new Date(at(day, '11:00'));
    // A node wrote the booking RESERVING, took 3 of its 8 slots, then died.
    const old = new Date(Date.now() - 10 * 60_000);
    const id = await storeRaw(base, { start: start.getTime(), end: end.getTime(), headcount: 4, status: 'RESERVING', requestedBy: 'crashed' }, old);
    for (let k = 0; k < 3; k++) {
      expect((await takeSlot(models, new Types.ObjectId(base.id), new Date(start.getTime() + k * 15 * 60_000), String(id), 4, { capacity: 5, capacityVersion: 0 })).ok).toBe(true);
    }
    // Hidden from everyone, but its stations are held: only 1 left at 09:00.
    expect(await holding(base.id)).toEqual([]);
    expect((await p.call(A.availability, { baseId: base.id, from: at(day, '09:00'), to: at(day, '09:15') }, firmAdmin))[0].remaining).toBe(1);
    expect(await errType(bookCall({ baseId: base.id, organizationId: firm.id, start: at(day, '09:00'), end: at(day, '10:00'), headcount: 2, purpose: 'TRAINING' }, firmAdmin))).toBe('CONFLICT');

    const r = await p.call(A.sweep, {}, admin);
    expect(r.rolledBack).toBe(1);
    const slots = await p.call(A.availability, { baseId: base.id, from: at(day, '09:00'), to: at(day, '11:00') }, firmAdmin);
    expect(slots.map((s: { remaining: number }) => s.remaining)).toEqual([5]);
    // Running it again changes nothing (give-back is idempotent).
    expect((await p.call(A.sweep, {}, admin)).rolledBack).toBe(0);
    expect((await p.call(A.availability, { baseId: base.id, from: at(day, '09:00'), to: at(day, '11:00') }, firmAdmin))[0].remaining).toBe(5);
    await p.call(A.book, { baseId: base.id, organizationId: firm.id, start: at(day, '09:00'), end: at(day, '10:00'), headcount: 5, purpose: 'TRAINING' }, firmAdmin);
  });

  it('stores CONFIRMED bookings whose end has passed as COMPLETED and expires undecided PENDING ones', async () => {
    const base = await createBase(5);
    const now = Date.now();
    const dayAgo = new Date(now - 86_400_000);
    const id = await storeRaw(base, { start: now - 3 * 3_600_000, end: now - 3_600_000, headcount: 1, status: 'CONFIRMED', requestedBy: 'x' }, dayAgo);
    // An undecided PENDING booking whose start passed is rejected as expired.
    const pendingId = await storeRaw(base, { start: now - 60_000, end: now + 3_600_000, headcount: 1, status: 'PENDING', requestedBy: 'x' }, dayAgo);
    // Derived on read before the sweep, stored by it.
    expect((await p.call(A.getBookings, { ids: [String(id)] }, leadAdmin))[0].status).toBe('COMPLETED');
    expect((await p.call(A.sweep, {}, admin)).completed).toBeGreaterThanOrEqual(1);
    expect((await models.Booking.findById(id).lean())!.status).toBe('COMPLETED');
    expect((await p.call(A.getBookings, { ids: [String(pendingId)] }, leadAdmin))[0]).toMatchObject({ status: 'REJECTED', decidedBy: 'service:trainingBases' });
  });
});
