import { describe, expect, it } from 'vitest';
import { BookingEvent } from '../trainingBases/trainingBases.contract.js';
import { MembershipEvent } from '../alliances/alliances.contract.js';
import { GrantEvent } from '../grants/grants.contract.js';
import { LOCALES } from '../../infra/messages.js';
import { messages } from './notifications.messages.js';
import { NOTIFICATION_KINDS } from './notifications.contract.js';
import { render } from './notifications.render.js';
import { allChannels, channelsOf, draftFor, emailProblem, localTime, mutedKinds, paramsFor, retryableMailError, retryDelayMs, settledKeys, uniqueRecipients, yuan, type Facts } from './notifications.rules.js';

const facts: Facts = {
  orgName: (id) => ({ o1: '柳州职业技术学院', o2: '柳工' })[id] ?? id,
  alliance: (id) => (id === 'a1' ? { name: '汽车联盟', leadOrganizationId: 'lead' } : null),
  base: (id) => (id === 'b1' ? { name: '实训基地', hostOrganizationId: 'o1', timeZone: 'Asia/Shanghai', requiresApproval: true } : id === 'b2' ? { name: '自助基地', hostOrganizationId: 'o1', timeZone: 'Asia/Shanghai', requiresApproval: false } : null),
  program: (id) => (id === 'p1' ? { name: '专项资金', funderOrganizationId: 'gov' } : null),
};
const booking = { bookingId: 'k1', baseId: 'b1', allianceId: 'a1', organizationId: 'o2', seriesId: null, start: '2026-12-01T16:30:00.000Z', end: '2026-12-01T18:00:00.000Z', headcount: 3, purpose: 'x', status: 'PENDING', reason: null };
const membership = { membershipId: 'm1', allianceId: 'a1', organizationId: 'o2', orgKind: 'ENTERPRISE', schoolType: null, status: 'ACTIVE', joinedAt: '2026-12-01', endedAt: null };

describe('recipients and keys', () => {
  it('a pending booking goes to the host’s admins; one key per series', () => {
    const d = draftFor(BookingEvent.requested, booking, facts)!;
    expect(d.recipients).toEqual([{ organizationId: 'o1', roles: ['ORG_ADMIN'] }]);
    expect(d.eventKey).toBe('booking:k1:pending');
    expect(draftFor(BookingEvent.requested, { ...booking, bookingId: 'k2', seriesId: 's1' }, facts)!.eventKey).toBe(draftFor(BookingEvent.requested, { ...booking, bookingId: 'k3', seriesId: 's1' }, facts)!.eventKey);
  });
  it('a booking confirmed at once (no approval, not PENDING) concerns nobody; confirmed after approval tells the booker', () => {
    expect(draftFor(BookingEvent.requested, { ...booking, status: 'CONFIRMED' }, facts)).toBeNull();
    expect(draftFor(BookingEvent.confirmed, { ...booking, baseId: 'b2', status: 'CONFIRMED' }, facts)).toBeNull();
    expect(draftFor(BookingEvent.confirmed, { ...booking, status: 'CONFIRMED' }, facts)!.recipients).toEqual([{ organizationId: 'o2', roles: ['ORG_ADMIN'] }]);
  });
  it('a cancellation tells the booker and the host, once each when they are the same organization', () => {
    expect(draftFor(BookingEvent.cancelled, booking, facts)!.recipients.map((r) => r.organizationId).sort()).toEqual(['o1', 'o2']);
    expect(draftFor(BookingEvent.cancelled, { ...booking, organizationId: 'o1' }, facts)!.recipients).toHaveLength(1);
  });
  it('an application goes to the lead; the founding lead’s own membership to nobody; a decision to the member', () => {
    expect(draftFor(MembershipEvent.applied, membership, facts)!.recipients).toEqual([{ organizationId: 'lead', roles: ['ORG_ADMIN'] }]);
    expect(draftFor(MembershipEvent.joined, { ...membership, organizationId: 'lead' }, facts)).toBeNull();
    const d = draftFor(MembershipEvent.rejected, membership, facts)!;
    expect([d.kind, d.eventKey, d.params.outcome]).toEqual(['MEMBERSHIP_DECIDED', 'membership:m1:REJECTED', 'REJECTED']);
  });
  it('a grant submission goes to the program’s funder (FUNDER role); a decision to the lead and the award’s recipient', () => {
    const base = { applicationId: 'g1', allianceId: 'a1', programId: 'p1', status: 'SUBMITTED' };
    expect(draftFor(GrantEvent.applicationSubmitted, base, facts)!.recipients).toEqual([{ organizationId: 'gov', roles: ['FUNDER'] }]);
    const d = draftFor(GrantEvent.applicationDecided, { ...base, status: 'APPROVED', awardAmountFen: 123456789, recipientOrganizationId: 'lead' }, facts)!;
    expect(d.recipients).toEqual([{ organizationId: 'lead', roles: ['ORG_ADMIN'] }]);
    expect(d.params.amount).toEqual({ $money: '123456789' });
    expect(render('notifications.grantDecided.body', 'zh-CN', d.params)).toContain('资助金额 ¥1,234,567.89。');
    expect(render('notifications.grantDecided.body', 'en', d.params)).toContain('approved: ¥1,234,567.89.');
  });
  it('unknown events and missing subjects make nothing', () => {
    expect(draftFor('alliances.created', {}, facts)).toBeNull();
    expect(draftFor(BookingEvent.requested, { ...booking, baseId: 'gone' }, facts)).toBeNull();
  });
  it('decisions settle the requests they answer', () => {
    expect(settledKeys(MembershipEvent.joined, membership)).toEqual(['membership:m1:applied', 'membership:m1:invited']);
    expect(settledKeys(BookingEvent.rejected, { ...booking, seriesId: 's1' })).toEqual(['booking:s1:pending']);
    expect(settledKeys(BookingEvent.requested, booking)).toEqual([]);
    expect(settledKeys(GrantEvent.applicationDecided, { applicationId: 'g1' })).toEqual(['grant:g1:submitted']);
  });
  it('a two-party parameter is each reader’s own', () => {
    expect(paramsFor({ title: 't', 'partner:o1': 'B', 'partner:o2': 'A' }, 'o1')).toEqual({ title: 't', partner: 'B' });
  });
  it('merges a repeated organization’s roles', () => {
    expect(uniqueRecipients([{ organizationId: 'x', roles: ['ORG_ADMIN'] }, { organizationId: 'x', roles: ['FUNDER'] }])).toEqual([{ organizationId: 'x', roles: ['FUNDER', 'ORG_ADMIN'] }]);
  });
});

describe('texts', () => {
  it('every key has a non-empty text in every locale, and every kind has a title and a body that render', () => {
    const missing = Object.entries(messages).flatMap(([k, t]) => LOCALES.filter((l) => !(t as Record<string, string>)[l]?.trim()).map((l) => `${k}:${l}`));
    expect(missing).toEqual([]);
    expect(Object.keys(messages).length).toBeGreaterThan(2 * NOTIFICATION_KINDS.length);
    for (const l of LOCALES) expect(render('notifications.grantDecided.title', l, { outcome: 'APPROVED', program: 'P' }).length).toBeGreaterThan(0);
  });
  it('times in the base’s zone, across midnight', () => {
    expect(localTime('2026-12-01T16:30:00.000Z', 'Asia/Shanghai')).toBe('2026-12-02 00:30');
    const params = draftFor(BookingEvent.requested, booking, facts)!.params;
    expect(params).toMatchObject({ start: { $time: '2026-12-01T16:30:00.000Z', zone: 'Asia/Shanghai' }, end: '02:00' });
    // Written per reader: 2026年12月2日 00:30 in zh-CN, 2026-12-02 00:30 in English (the base's zone either way).
    expect(render('notifications.bookingPending.body', 'zh-CN', params)).toContain('2026年12月2日 00:30–02:00');
    expect(render('notifications.bookingPending.body', 'en', params)).toContain('2026-12-02 00:30–02:00');
  });
  it('yuan with separators, exact beyond 2^53 fen', () => {
    expect(yuan(5)).toBe('0.05');
    expect(yuan(100_000_000)).toBe('1,000,000.00');
    expect(yuan(12345678901234567890n)).toBe('123,456,789,012,345,678.90');
  });
});

describe('channels and input', () => {
  it('in-app on by default; e-mail only with an address and unless turned off', () => {
    expect(channelsOf(undefined, 'BOOKING_PENDING', false)).toEqual({ inApp: true, email: false });
    expect(channelsOf(undefined, 'BOOKING_PENDING', true)).toEqual({ inApp: true, email: true });
    expect(channelsOf({ BOOKING_PENDING: { inApp: false, email: false } }, 'BOOKING_PENDING', true)).toEqual({ inApp: false, email: false });
    expect(mutedKinds({ GRANT_DECIDED: { inApp: false, email: true } })).toEqual(['GRANT_DECIDED']);
    expect(allChannels(undefined, false)).toHaveLength(NOTIFICATION_KINDS.length);
  });
  it('addresses', () => {
    expect(emailProblem('wang.li@lzzy.edu.cn')).toBeNull();
    expect(emailProblem('王丽@例子.中国')).toBeNull();
    expect(emailProblem('not an address')?.data).toEqual({ field: 'email' });
    expect(emailProblem('a@b')?.code).toBe('BAD_USER_INPUT');
  });
  it('retries: ×4 from the base, capped at an hour; 5xx is permanent', () => {
    expect([1, 2, 3].map((n) => retryDelayMs(n, 30_000))).toEqual([30_000, 120_000, 480_000]);
    expect(retryDelayMs(20, 30_000)).toBe(3_600_000);
    expect(retryableMailError({ responseCode: 451 })).toBe(true);
    expect(retryableMailError({ code: 'ECONNREFUSED' })).toBe(true);
    expect(retryableMailError({ responseCode: 550 })).toBe(false);
  });
});
