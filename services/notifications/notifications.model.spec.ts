/**
 * The inbox's query builder selects exactly what the pure rules select (`visibleTo`, `unreadFor`): property tests on
 * generated notifications and users, stored in a real test database (the run's MongoDB or the emulator).
 */
import fc from 'fast-check';
import mongoose, { Types, type Connection } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { NOTIFICATION_KINDS, type NotificationKind } from './notifications.contract.js';
import { inboxFilter, notificationModels, type NotificationModels } from './notifications.model.js';
import { unreadFor, visibleTo, type ItemFacts } from './notifications.rules.js';
import type { Role } from '../../infra/auth.js';

let conn: Connection;
let models: NotificationModels;

beforeAll(async () => {
  conn = mongoose.createConnection(inject('mongoUrl'), { dbName: `t${new Types.ObjectId().toHexString().slice(-8)}_notifications_model`, autoCreate: false, autoIndex: false });
  await conn.asPromise();
  models = notificationModels(conn);
  await models.Notification.createIndexes();
});
afterAll(async () => {
  await models?.Notification.deleteMany({});
  await conn?.close();
});

const ORGS = ['b00000000000000000000001', 'b00000000000000000000002'];
const ROLES: Role[] = ['ORG_ADMIN', 'ORG_MEMBER', 'FUNDER'];
const KINDS = NOTIFICATION_KINDS.slice(0, 4);

const item = fc.record({
  organizationId: fc.constantFrom(...ORGS),
  roles: fc.uniqueArray(fc.constantFrom(...ROLES), { minLength: 1, maxLength: 2 }),
  kind: fc.constantFrom(...KINDS),
  settled: fc.boolean(),
});
const user = fc.record({
  org: fc.constantFrom(...ORGS),
  roles: fc.uniqueArray(fc.constantFrom(...ROLES), { minLength: 1, maxLength: 2 }),
  muted: fc.uniqueArray(fc.constantFrom<NotificationKind>(...KINDS), { maxLength: 2 }),
});

describe('inboxFilter', () => {
  it('selects the items visible to the user, and with the unread options exactly the unread ones', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(item, { maxLength: 12 }), user, fc.nat(12), fc.array(fc.nat(11), { maxLength: 4 }), async (items, u, watermarkAt, markAt) => {
        await models.Notification.deleteMany({});
        const base = Math.floor(Date.now() / 1000);
        const facts: ItemFacts[] = items.map((g, i) => ({ ...g, id: Types.ObjectId.createFromTime(base + i).toHexString() }));
        if (facts.length) {
          await models.Notification.collection.insertMany(
            facts.map((f) => ({ _id: new Types.ObjectId(f.id), key: f.id, eventKey: f.id, kind: f.kind, organizationId: f.organizationId, roles: f.roles, message: 'm', params: {}, link: null, subject: {}, settled: f.settled, createdAt: new Date() })),
          );
        }
        const readThrough = watermarkAt < facts.length ? facts[watermarkAt].id : null;
        const marks = new Set(markAt.filter((i) => i < facts.length).map((i) => facts[i].id));
        const who = { org: u.org, roles: u.roles };
        const ids = async (filter: object) => (await models.Notification.find(filter, { _id: 1 }).lean<{ _id: Types.ObjectId }[]>()).map((d) => String(d._id)).sort();

        const visible = facts.filter((f) => visibleTo(who, u.muted, f)).map((f) => f.id).sort();
        expect(await ids(inboxFilter(who, u.muted))).toEqual(visible);
        const unread = facts.filter((f) => visibleTo(who, u.muted, f) && unreadFor(f, readThrough, marks)).map((f) => f.id).sort();
        const filter = inboxFilter(who, u.muted, { after: readThrough ? new Types.ObjectId(readThrough) : null, excludeIds: [...marks].map((m) => new Types.ObjectId(m)), unsettledOnly: true });
        expect(await ids(filter)).toEqual(unread);
      }),
      { numRuns: 40 },
    );
  });
});
