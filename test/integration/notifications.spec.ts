/**
 * Notifications over a real NATS server, through the HTTP gateway, with two replicas of the notifications service
 * and a real SMTP server in-process: a member's booking reaches the host's inbox (badge count) and mailbox once; the
 * host's decision reaches the member; events of services built in parallel (listings) are handled when their owner's
 * identity emits them and refused from any other identity.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../helpers/platform.js';
import { fixtures } from '../helpers/fixtures.js';
import { gqlData } from '../helpers/http.js';
import { startTestSmtp, until, type TestSmtp } from '../helpers/smtp.js';
import { WEEKDAYS, at, futureMonday } from '../helpers/booking-times.js';
import type { BookingDto, TrainingBaseDto } from '../../services/trainingBases/trainingBases.contract.js';
import { ForeignEvent } from '../../services/notifications/notifications.contract.js';

let p: TestPlatform;
let smtp: TestSmtp;
const { school, firm, join } = fixtures(() => p);
let hostAdmin: string;
let firmAdmin: string;
let host: { id: string };
let member: { id: string };
let base: TrainingBaseDto;

const COUNT = '{ unreadNotificationCount }';
const INBOX = '{ notifications(first: 10) { edges { node { id kind title body read subject { key id } } } } }';
const count = async (token: string) => (await gqlData(p, COUNT, {}, token)).unreadNotificationCount as number;

beforeAll(async () => {
  smtp = await startTestSmtp();
  Object.assign(process.env, { SMTP_URL: smtp.url, NOTIFY_MAIL_RETRY_BASE_MS: '200', NOTIFY_MAIL_POLL_MS: '100' });
  p = await startTestPlatform({ services: ['organizations', 'alliances', 'trainingBases', 'notifications'], replicas: { notifications: 2 } });
  host = await school('VOCATIONAL_UNDERGRADUATE');
  member = await firm();
  hostAdmin = await p.token(['ORG_ADMIN'], host.id, 'host-admin');
  firmAdmin = await p.token(['ORG_ADMIN'], member.id, 'firm-admin');
  const alliance = await p.call('alliances.create', { name: `柳州智能制造产教联盟 ${Math.random().toString(36).slice(2, 6)}`, regionCode: '450200', leadOrganizationId: host.id, foundedOn: '2023-01-01' }, hostAdmin);
  await join(alliance.id, member, '2023-02-01');
  base = await p.call('trainingBases.create', { allianceId: alliance.id, hostOrganizationId: host.id, name: '数控加工实训基地', timeZone: 'Asia/Shanghai', capacity: 10, openingHours: WEEKDAYS, requiresApproval: true }, hostAdmin);
  await gqlData(p, 'mutation($i: NotificationPreferencesInput!) { setNotificationPreferences(input: $i) { email } }', { i: { email: 'jiaowu@lzzy.edu.cn' } }, hostAdmin);
  await gqlData(p, 'mutation { markAllNotificationsRead }', {}, hostAdmin); // the membership application of the set-up
});
afterAll(async () => {
  await p?.stop();
  await smtp?.close();
  delete process.env.SMTP_URL;
});

describe('a member’s booking and the host’s decision', () => {
  let booking: BookingDto;
  it('the host’s badge counts the pending booking within seconds; the item and the mail are in Chinese, once each', async () => {
    const day = futureMonday();
    [booking] = await p.call('trainingBases.book', { baseId: base.id, organizationId: member.id, start: at(day, '09:00'), end: at(day, '11:00'), headcount: 8, purpose: 'TRAINING' }, firmAdmin);
    expect(booking.status).toBe('PENDING');
    // Polled with a deadline so that a lost event fails instead of hanging; how fast it arrives is not asserted here.
    expect(await until(async () => (await count(hostAdmin)) === 1, 15_000)).toBe(true);
    const inbox = await gqlData(p, INBOX, {}, hostAdmin);
    const item = inbox.notifications.edges[0].node;
    expect(item).toMatchObject({ kind: 'BOOKING_PENDING', read: false, title: '实训基地预约待审批：数控加工实训基地' });
    expect(item.subject).toContainEqual({ key: 'bookingId', id: booking.id });
    expect(item.body).toContain(`${Number(day.slice(0, 4))}年${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日 09:00–11:00（8 人）`);
    const mail = await until(() => smtp.received.find((m) => m.to.includes('jiaowu@lzzy.edu.cn')));
    expect(mail!.subject).toBe('实训基地预约待审批：数控加工实训基地');
    await new Promise((r) => setTimeout(r, 500));
    expect(smtp.received.filter((m) => m.to.includes('jiaowu@lzzy.edu.cn'))).toHaveLength(1); // two replicas, one mail
    // English on request.
    const en = await p.gql(INBOX, {}, hostAdmin, { 'accept-language': 'en-US,en;q=0.9' });
    expect(en.body.data.notifications.edges[0].node.title).toBe('Booking waiting for approval: 数控加工实训基地');
    expect(await gqlData(p, 'mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }', { ids: [item.id] }, hostAdmin)).toEqual({ markNotificationsRead: 0 });
  });

  it('the host approves: the member’s admins are told', async () => {
    await p.call('trainingBases.approve', { id: booking.id }, hostAdmin);
    const inbox = await until(async () => {
      const d = await gqlData(p, INBOX, {}, firmAdmin);
      return d.notifications.edges.find((e: { node: { kind: string } }) => e.node.kind === 'BOOKING_DECIDED') ? d : null;
    });
    expect(inbox!.notifications.edges.find((e: { node: { kind: string } }) => e.node.kind === 'BOOKING_DECIDED').node.title).toBe('预约已确认：数控加工实训基地');
  });
});

describe('events of services built in parallel', () => {
  it('listings.subscriptionMatched from the listings identity reaches the subscriber; from another identity it is refused', async () => {
    const listings = await p.addNode({ name: 'listings' });
    const rogue = await p.addNode({ name: 'projects' });
    await new Promise((r) => setTimeout(r, 500)); // discovery of the new nodes
    const payload = (listingId: string, title: string) => ({ subscriptionId: 'f50000000000000000000001', organizationId: member.id, listingId, listingTitle: title, at: new Date().toISOString() });
    await rogue.emit(ForeignEvent.subscriptionMatched, payload('f60000000000000000000009', '伪造的信息'));
    await listings.emit(ForeignEvent.subscriptionMatched, payload('f60000000000000000000001', '招聘数控实习生 20 名'));
    await listings.emit(ForeignEvent.subscriptionMatched, payload('f60000000000000000000001', '招聘数控实习生 20 名')); // redelivered
    const inbox = await until(async () => {
      const d = await gqlData(p, INBOX, {}, firmAdmin);
      return d.notifications.edges.some((e: { node: { kind: string } }) => e.node.kind === 'LISTING_MATCHED') ? d : null;
    });
    await new Promise((r) => setTimeout(r, 500));
    const again = await gqlData(p, INBOX, {}, firmAdmin);
    const matches = again.notifications.edges.filter((e: { node: { kind: string } }) => e.node.kind === 'LISTING_MATCHED').map((e: { node: { body: string } }) => e.node.body);
    expect(inbox).not.toBeNull();
    expect(matches).toEqual(['新发布的信息“招聘数控实习生 20 名”符合您订阅的条件。']);
  });
});
