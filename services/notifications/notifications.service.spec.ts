/**
 * The notifications service at the broker level (no transporter) over the run's test database, with stand-ins for the
 * services it reads names from and a real SMTP server in-process (test/helpers/smtp.ts) receiving the mail.
 */
import { ServiceBroker, type Context, type ServiceSchema } from 'moleculer';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { authMiddleware } from '../../infra/broker.js';
import { mintToken, type Role } from '../../infra/auth.js';
import { isolateEnv } from '../../test/helpers/platform.js';
import { failure } from '../../test/helpers/outcomes.js';
import { startTestSmtp, until, type TestSmtp } from '../../test/helpers/smtp.js';
import type { Page } from '../../infra/pagination.js';
import { BookingEvent, type BookingEventPayload } from '../trainingBases/trainingBases.contract.js';
import { MembershipEvent } from '../alliances/alliances.contract.js';
import { GrantEvent } from '../grants/grants.contract.js';
import { OrganizationEvent } from '../organizations/organizations.contract.js';
import { ForeignEvent, NotificationAction, type MailQueueState, type NotificationDto, type PreferencesDto, type UnreadCount } from './notifications.contract.js';
import NotificationsService from './notifications.service.js';

const HOST = 'b00000000000000000000001';
const MEMBER = 'b00000000000000000000002';
const LEAD = 'b00000000000000000000003';
const FUNDER = 'b00000000000000000000004';
const ALLIANCE = 'a00000000000000000000001';
const BASE = 'c00000000000000000000001';
const BASE_AUTO = 'c00000000000000000000002';
const PROGRAM = 'd00000000000000000000001';

const names: Record<string, string> = { [HOST]: '柳州职业技术学院', [MEMBER]: '广西柳工机械股份有限公司', [LEAD]: '柳州市汽车产教联盟牵头单位', [FUNDER]: '柳州市教育局' };
const standIns: ServiceSchema[] = [
  { name: 'organizations', actions: { getMany: (ctx: Context<{ ids: string[] }>) => ctx.params.ids.map((id) => (names[id] ? { id, name: names[id] } : null)) } },
  { name: 'alliances', actions: { getMany: (ctx: Context<{ ids: string[] }>) => ctx.params.ids.map((id) => (id === ALLIANCE ? { id, name: '柳州汽车产教联盟', leadOrganizationId: LEAD } : null)) } },
  {
    name: 'trainingBases',
    actions: {
      getMany: (ctx: Context<{ ids: string[] }>) =>
        ctx.params.ids.map((id) => (id === BASE || id === BASE_AUTO ? { id, name: id === BASE ? '智能制造实训基地' : '汽修实训中心', hostOrganizationId: HOST, timeZone: 'Asia/Shanghai', requiresApproval: id === BASE } : null)),
    },
  },
  { name: 'grants', actions: { getProgram: (ctx: Context<{ id: string }>) => (ctx.params.id === PROGRAM ? { id: PROGRAM, name: '产教融合专项资金', funderOrganizationId: FUNDER } : null) } },
  // Owners of the events of services built in parallel (a local emit is handled only from a node hosting the owner).
  { name: 'listings' },
  { name: 'cooperation' },
];

let seq = 0;
const booking = (over: Partial<BookingEventPayload> = {}): BookingEventPayload => ({
  bookingId: `e${String(++seq).padStart(23, '0')}`,
  baseId: BASE,
  allianceId: ALLIANCE,
  organizationId: MEMBER,
  seriesId: null,
  start: '2026-12-01T01:00:00.000Z',
  end: '2026-12-01T03:00:00.000Z',
  headcount: 12,
  purpose: '数控加工实训',
  status: 'PENDING',
  reason: null,
  ...over,
});

async function node(): Promise<ServiceBroker> {
  const broker = new ServiceBroker({ logger: false, middlewares: [authMiddleware] });
  for (const s of standIns) broker.createService(s);
  broker.createService(NotificationsService);
  await broker.start();
  return broker;
}

let smtp: TestSmtp;
let broker: ServiceBroker;
const tokens: Record<string, string> = {};
const as = (who: string) => ({ meta: { token: tokens[who] } });
const call = <T>(action: string, params: Record<string, unknown>, who: string) => broker.call<T, Record<string, unknown>>(action, params, as(who));
const inboxOf = (who: string, params: Record<string, unknown> = {}) => call<Page<NotificationDto>>(NotificationAction.inbox, params, who);
const unread = async (who: string) => (await call<UnreadCount>(NotificationAction.unreadCount, {}, who)).unread;
const queue = () => call<MailQueueState>(NotificationAction.mailQueue, {}, 'admin');
/** Waits until the outbox has nothing pending (mails of earlier tests delivered). */
const settled = () => until(async () => (await queue()).pending === 0);

beforeAll(async () => {
  isolateEnv();
  smtp = await startTestSmtp();
  Object.assign(process.env, { SMTP_URL: smtp.url, SMTP_FROM: '产教联盟平台 <no-reply@cej.test>', NOTIFY_MAIL_RETRY_BASE_MS: '200', NOTIFY_MAIL_POLL_MS: '50' });
  const mk = (sub: string, org: string | undefined, roles: Role[]) => mintToken({ sub, org, roles });
  tokens.hostAdmin = await mk('user:host-admin', HOST, ['ORG_ADMIN']);
  tokens.hostAdmin2 = await mk('user:host-admin-2', HOST, ['ORG_ADMIN']);
  tokens.hostMember = await mk('user:host-member', HOST, ['ORG_MEMBER']);
  tokens.memberAdmin = await mk('user:member-admin', MEMBER, ['ORG_ADMIN']);
  tokens.leadAdmin = await mk('user:lead-admin', LEAD, ['ORG_ADMIN']);
  tokens.funder = await mk('user:funder', FUNDER, ['FUNDER']);
  tokens.admin = await mk('user:platform', undefined, ['PLATFORM_ADMIN']);
  broker = await node();
  await call(NotificationAction.setPreferences, { email: 'host-admin@lzzy.edu.cn' }, 'hostAdmin');
  await call(NotificationAction.setPreferences, { email: 'member-admin@liugong.com', locale: 'en' }, 'memberAdmin');
});
afterAll(async () => {
  await broker?.stop();
  await smtp?.close();
});
beforeEach(() => smtp.refuseNext(0));

describe('a booking waiting for approval', () => {
  it('reaches the host’s admins in the inbox and by mail (Chinese), not the booker nor the host’s plain members', async () => {
    const b = booking();
    await broker.emit(BookingEvent.requested, b);
    const page = await until(async () => ((await inboxOf('hostAdmin')).edges.length ? inboxOf('hostAdmin') : null));
    expect(page!.edges).toHaveLength(1);
    const item = page!.edges[0].node;
    expect(item).toMatchObject({ kind: 'BOOKING_PENDING', read: false, link: `/bases/${BASE}`, subject: { bookingId: b.bookingId, baseId: BASE } });
    // The product is the text: names, the base's local time (UTC 01:00 = 09:00 in Asia/Shanghai), in Chinese.
    expect(item.title).toBe('实训基地预约待审批：智能制造实训基地');
    expect(item.body).toBe('广西柳工机械股份有限公司 预约了“智能制造实训基地” 2026年12月1日 09:00–11:00（12 人），请审批。');
    expect(await unread('hostAdmin')).toBe(1);
    expect(await unread('hostAdmin2')).toBe(1);
    expect((await inboxOf('hostMember')).edges).toHaveLength(0);
    expect((await inboxOf('memberAdmin')).edges).toHaveLength(0);

    const mail = await until(() => smtp.received.find((m) => m.to.includes('host-admin@lzzy.edu.cn')));
    expect(mail).toBeDefined();
    expect(mail!.subject).toBe('实训基地预约待审批：智能制造实训基地');
    expect(mail!.text).toContain('广西柳工机械股份有限公司 预约了“智能制造实训基地” 2026年12月1日 09:00–11:00');
    expect(mail!.text).toContain('/notifications');
    expect(mail!.from).toBe('no-reply@cej.test');
    // Only the admin who gave an address gets mail.
    expect(smtp.received.filter((m) => m.subject.includes('智能制造实训基地'))).toHaveLength(1);
  });

  it('is rendered in the language the reader asks for', async () => {
    const page = await inboxOf('hostAdmin', { locale: 'en' });
    expect(page.edges[0].node.title).toBe('Booking waiting for approval: 智能制造实训基地');
  });

  it('read marks are per user: one admin reading leaves the other’s unread; mark all read clears', async () => {
    const [first] = (await inboxOf('hostAdmin')).edges;
    expect((await call<UnreadCount>(NotificationAction.markRead, { ids: [first.node.id] }, 'hostAdmin')).unread).toBe(0);
    expect((await inboxOf('hostAdmin')).edges[0].node.read).toBe(true);
    expect(await unread('hostAdmin2')).toBe(1);
    // Marking an id not addressed to the caller does nothing.
    expect((await call<UnreadCount>(NotificationAction.markRead, { ids: [first.node.id] }, 'memberAdmin')).unread).toBe(0);
    expect((await call<UnreadCount>(NotificationAction.markAllRead, {}, 'hostAdmin2')).unread).toBe(0);
    await broker.emit(BookingEvent.requested, booking());
    expect(await until(async () => (await unread('hostAdmin2')) === 1)).toBe(true);
    expect((await inboxOf('hostAdmin2', { unreadOnly: true })).edges).toHaveLength(1);
    expect((await inboxOf('hostAdmin2')).edges).toHaveLength(2);
  });
});

describe('at-least-once delivery', () => {
  it('the same event delivered three times (and a weekly series of three) makes one inbox item and one mail', async () => {
    await settled();
    const before = smtp.received.length;
    const items = (await inboxOf('hostAdmin')).edges.length;
    const b = booking();
    await Promise.all([broker.emit(BookingEvent.requested, b), broker.emit(BookingEvent.requested, b), broker.emit(BookingEvent.requested, b)]);
    const seriesId = 'f00000000000000000000001';
    for (let i = 0; i < 3; i++) await broker.emit(BookingEvent.requested, booking({ seriesId }));
    await until(async () => (await inboxOf('hostAdmin')).edges.length >= items + 2 && smtp.received.length >= before + 2);
    await new Promise((r) => setTimeout(r, 300)); // time for any duplicate to show up
    expect((await inboxOf('hostAdmin')).edges.length).toBe(items + 2);
    expect(smtp.received.length - before).toBe(2);
    const q = await queue();
    expect(q.pending).toBe(0);
    expect(q.failed).toBe(0);
  });

  it('two replicas handling the same events make one item and one mail each', async () => {
    const other = await node();
    try {
      await settled();
      const before = smtp.received.length;
      const items = (await inboxOf('hostAdmin')).edges.length;
      const events = [booking(), booking(), booking()];
      await Promise.all(events.flatMap((b) => [broker.emit(BookingEvent.requested, b), other.emit(BookingEvent.requested, b)]));
      await until(async () => smtp.received.length >= before + 3);
      await new Promise((r) => setTimeout(r, 300));
      expect((await inboxOf('hostAdmin')).edges.length).toBe(items + 3);
      expect(smtp.received.length - before).toBe(3);
      expect(new Set(smtp.received.slice(before).map((m) => m.messageId)).size).toBe(3);
    } finally {
      await other.stop();
    }
  });
});

describe('mail delivery', () => {
  it('is retried when the SMTP server refuses once (451), then delivered once', async () => {
    await settled();
    const before = smtp.received.length;
    const refusedBefore = smtp.refused();
    smtp.refuseNext(1, 451);
    const b = booking({ status: 'CONFIRMED' });
    await broker.emit(BookingEvent.confirmed, b); // on a base that requires approval: the booker's admins are told
    const mail = await until(() => smtp.received.slice(before).find((m) => m.to.includes('member-admin@liugong.com')), 5_000);
    expect(smtp.refused() - refusedBefore).toBe(1);
    expect(mail).toBeDefined();
    expect(mail!.subject).toBe('Booking confirmed: 智能制造实训基地'); // the member admin chose English
    // The SMTP server has the mail before the queue row is marked SENT (the service writes that after the server's
    // answer): read the row once it has left PENDING.
    const row = await until(async () => (await queue()).recent.find((r) => r.id.startsWith(`booking:${b.bookingId}:`) && r.status !== 'PENDING'));
    expect(row).toMatchObject({ status: 'SENT', attempts: 2 });
    expect(smtp.received.slice(before).filter((m) => m.to.includes('member-admin@liugong.com'))).toHaveLength(1);
  });

  it('is given up (FAILED) on a permanent refusal (550), not retried', async () => {
    await settled();
    smtp.refuseNext(1, 550);
    const b = booking({ status: 'REJECTED', reason: '设备检修' });
    await broker.emit(BookingEvent.rejected, b);
    const failed = await until(async () => ((await queue()).failed === 1 ? queue() : null));
    expect(failed!.recent.filter((r) => r.status === 'FAILED')).toEqual([expect.objectContaining({ to: 'member-admin@liugong.com', attempts: 1 })]);
    // The inbox item is there regardless of mail.
    const page = await inboxOf('memberAdmin', { locale: 'zh-CN' });
    expect(page.edges[0].node.body).toBe('“智能制造实训基地” 2026年12月1日 09:00–11:00 的预约未获批准：设备检修');
  });

  it('a restarted node resumes a pending retry, and sends it once', async () => {
    await settled();
    const before = smtp.received.length;
    process.env.NOTIFY_MAIL_RETRY_BASE_MS = '1500';
    const first = await node();
    smtp.refuseNext(1, 451);
    const b = booking({ baseId: BASE, status: 'CANCELLED', reason: '单位被取消资格' });
    await first.emit(BookingEvent.cancelled, b);
    expect(await until(() => smtp.refused() > 0 && first.call<MailQueueState, Record<string, unknown>>(NotificationAction.mailQueue, {}, as('admin')).then((q) => q.recent.some((r) => r.attempts === 1 && r.status === 'PENDING')))).toBe(true);
    await first.stop(); // gone before the retry is due
    process.env.NOTIFY_MAIL_RETRY_BASE_MS = '200';
    const second = await node();
    try {
      const got = await until(() => smtp.received.slice(before).some((m) => m.to.includes('member-admin@liugong.com')), 6_000);
      expect(got).toBe(true);
      await new Promise((r) => setTimeout(r, 300));
      // Booker's admin (member) chose English; host admin Chinese: each once.
      const mine = smtp.received.slice(before);
      expect(mine.filter((m) => m.to.includes('host-admin@lzzy.edu.cn'))).toHaveLength(1);
      expect(mine.filter((m) => m.to.includes('member-admin@liugong.com')).map((m) => m.subject)).toEqual(['Booking cancelled: 智能制造实训基地']);
    } finally {
      await second.stop();
    }
  });
});

describe('settled requests', () => {
  it('the host deciding a pending booking settles the waiting item for every admin (no longer unread)', async () => {
    await call(NotificationAction.markAllRead, {}, 'hostAdmin2');
    const b = booking();
    await broker.emit(BookingEvent.requested, b);
    expect(await until(async () => (await unread('hostAdmin2')) === 1)).toBe(true);
    await broker.emit(BookingEvent.confirmed, { ...b, status: 'CONFIRMED' });
    expect(await until(async () => (await unread('hostAdmin2')) === 0)).toBe(true);
    const item = (await inboxOf('hostAdmin2')).edges.find((e) => e.node.subject.bookingId === b.bookingId)!.node;
    expect(item).toMatchObject({ kind: 'BOOKING_PENDING', settled: true, read: true });
  });

  it('a decision handled before its application arrives: the item is born settled and not mailed', async () => {
    await settled();
    const before = smtp.received.length;
    const m = { membershipId: 'f10000000000000000000009', allianceId: ALLIANCE, organizationId: MEMBER, orgKind: 'ENTERPRISE', schoolType: null, status: 'ACTIVE', joinedAt: '2026-12-01', endedAt: null };
    await broker.emit(MembershipEvent.joined, m);
    await until(async () => (await inboxOf('memberAdmin')).edges.some((e) => e.node.subject.membershipId === m.membershipId));
    await broker.emit(MembershipEvent.applied, { ...m, status: 'PENDING', joinedAt: null });
    const item = await until(async () => (await call<Page<NotificationDto>>(NotificationAction.inbox, {}, 'leadAdmin')).edges.find((e) => e.node.subject.membershipId === m.membershipId));
    expect(item!.node).toMatchObject({ kind: 'MEMBERSHIP_APPLIED', settled: true, read: true });
    await new Promise((r) => setTimeout(r, 300));
    expect(smtp.received.slice(before).filter((x) => x.subject.includes('申请加入'))).toEqual([]);
  });
});

describe('preferences', () => {
  it('a kind turned off for e-mail sends no mail; turned off in-app hides it from the inbox and the count', async () => {
    const prefs = await call<PreferencesDto>(
      NotificationAction.setPreferences,
      { kinds: [{ kind: 'MEMBERSHIP_APPLIED', inApp: true, email: false }, { kind: 'GRANT_DECIDED', inApp: false, email: true }] },
      'leadAdmin',
    );
    expect(prefs.kinds.find((k) => k.kind === 'MEMBERSHIP_APPLIED')).toEqual({ kind: 'MEMBERSHIP_APPLIED', inApp: true, email: false });
    await call(NotificationAction.setPreferences, { email: 'lead@auto-alliance.cn' }, 'leadAdmin');
    const before = smtp.received.length;
    await broker.emit(MembershipEvent.applied, { membershipId: 'f10000000000000000000001', allianceId: ALLIANCE, organizationId: MEMBER, orgKind: 'ENTERPRISE', schoolType: null, status: 'PENDING', joinedAt: null, endedAt: null });
    await broker.emit(GrantEvent.applicationDecided, { applicationId: 'f20000000000000000000001', allianceId: ALLIANCE, programId: PROGRAM, status: 'APPROVED', awardAmountFen: 100_000_000, recipientOrganizationId: LEAD });
    const grantMail = await until(() => smtp.received.slice(before).find((m) => m.to.includes('lead@auto-alliance.cn')));
    expect(grantMail!.subject).toBe('资助申请已批准：产教融合专项资金');
    expect(grantMail!.text).toContain('已批准，资助金额 ¥1,000,000.00。');
    await new Promise((r) => setTimeout(r, 300));
    expect(smtp.received.slice(before).filter((m) => m.to.includes('lead@auto-alliance.cn'))).toHaveLength(1); // no mail for the application
    const page = await inboxOf('leadAdmin');
    expect(page.edges.length).toBeGreaterThan(0);
    expect(page.edges.filter((e) => e.node.kind === 'GRANT_DECIDED')).toEqual([]); // muted in-app
    expect(page.edges[0].node.title).toBe('广西柳工机械股份有限公司 申请加入 柳州汽车产教联盟');
    expect(await unread('leadAdmin')).toBe(1);
  });

  it('refuses a malformed address with BAD_USER_INPUT (field email, key notifications.badEmail)', async () => {
    const f = await failure(call(NotificationAction.setPreferences, { email: 'not an address' }, 'hostAdmin'));
    expect(f.type).toBe('BAD_USER_INPUT');
    expect(f.data).toEqual({ field: 'email' });
    expect(f.i18n).toMatchObject({ key: 'notifications.badEmail', params: { email: 'not an address' } });
    expect((await call<PreferencesDto>(NotificationAction.preferences, {}, 'hostAdmin')).email).toBe('host-admin@lzzy.edu.cn');
  });

  it('defaults: in-app on, e-mail on once an address is given; mailEnabled says whether SMTP is configured', async () => {
    const p = await call<PreferencesDto>(NotificationAction.preferences, {}, 'hostMember');
    expect(p).toMatchObject({ email: null, locale: 'zh-CN', mailEnabled: true });
    expect(p.kinds.filter((k) => !k.inApp || k.email)).toEqual([]);
    expect(p.kinds.length).toBeGreaterThan(0);
  });
});

describe('recipients of other events', () => {
  it('the funder hears of a grant application; the disqualified organization of its disqualification; both parties of an agreement; the subscriber of a match', async () => {
    await broker.emit(GrantEvent.applicationSubmitted, { applicationId: 'f20000000000000000000002', allianceId: ALLIANCE, programId: PROGRAM, status: 'SUBMITTED' });
    await broker.emit(OrganizationEvent.disqualified, { id: 'f30000000000000000000001', organizationId: MEMBER, reason: '弄虚作假', from: '2026-12-01', until: '2027-11-30' });
    await broker.emit(ForeignEvent.agreementInForce, { agreementId: 'f40000000000000000000001', parties: [HOST, MEMBER], type: 'ORDER_CLASS', title: '柳工订单班', at: '2026-12-01T00:00:00.000Z' });
    await broker.emit(ForeignEvent.subscriptionMatched, { subscriptionId: 'f50000000000000000000001', organizationId: HOST, listingId: 'f60000000000000000000001', listingTitle: '招聘数控实习生 20 名', at: '2026-12-01T00:00:00.000Z' });
    const funder = await until(async () => ((await inboxOf('funder')).edges.length ? inboxOf('funder') : null));
    expect(funder!.edges.map((e) => e.node.title)).toEqual(['收到资助申请：产教融合专项资金']);
    const member = await until(async () => {
      const p = await inboxOf('memberAdmin', { locale: 'zh-CN' });
      return p.edges.some((e) => e.node.kind === 'AGREEMENT_IN_FORCE') && p.edges.some((e) => e.node.kind === 'DISQUALIFIED') ? p : null;
    });
    expect(member!.edges.find((e) => e.node.kind === 'AGREEMENT_IN_FORCE')!.node.body).toBe('与 柳州职业技术学院 的合作协议“柳工订单班”自 2026年12月1日 起生效。');
    const host = await until(async () => {
      const p = await inboxOf('hostMember');
      return p.edges.length ? p : null;
    });
    // Plain members see what is addressed to them (listing matches), not the admins' items.
    expect(host!.edges.map((e) => e.node.kind)).toEqual(['LISTING_MATCHED']);
    const hostAdmin = await inboxOf('hostAdmin');
    expect(hostAdmin.edges.find((e) => e.node.kind === 'AGREEMENT_IN_FORCE')!.node.body).toBe('与 广西柳工机械股份有限公司 的合作协议“柳工订单班”自 2026年12月1日 起生效。');
  });

  it('a caller without an organization has no inbox (FORBIDDEN, key notifications.noOrganization)', async () => {
    const f = await failure(call(NotificationAction.unreadCount, {}, 'admin'));
    expect(f.type).toBe('FORBIDDEN');
    expect(f.i18n).toMatchObject({ key: 'notifications.noOrganization' });
  });
});
