/**
 * Grant programs, eligibility, applications, awards, the audit trail and the standings projection over a real
 * NATS server: organizations, alliances, grants and grantStandings each on their own broker.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mongoose, { Types, type Connection } from 'mongoose';
import type { ServiceBroker } from 'moleculer';
import { startTestPlatform, type TestPlatform } from '../helpers/platform.js';
import { fixtures } from '../helpers/fixtures.js';
import fc from 'fast-check';
import { errType, failure, outcome } from '../helpers/outcomes.js';
import { addDays, today } from '../../infra/dates.js';
import { config } from '../../infra/env.js';
import { databaseName } from '../../infra/mongo.mixin.js';
import { currentRegionCodes } from '../../infra/regions.js';
import type { StandingDto } from '../../services/grantStandings/grantStandings.contract.js';

let p: TestPlatform;
let admin: string;
let gov: { id: string };
let funder: string;
let otherGov: { id: string };
let otherFunder: string;
let program: { id: string; code: string };
let db: Connection;
/** The grantStandings service's own database (the projection's rows). */
let standingsDb: Connection;

const LIUZHOU = [
  { kind: 'MIN_SCHOOLS', threshold: 10 },
  { kind: 'MIN_DISTINCT_SCHOOL_TYPES', threshold: 2 },
  { kind: 'MIN_ENTERPRISES', threshold: 10 },
  { kind: 'ALLIANCE_ACTIVE' },
  { kind: 'LEAD_IN_GOOD_STANDING' },
];
const TWO_TYPES = ['HIGHER_VOCATIONAL', 'SECONDARY_VOCATIONAL'];

const rand = () => Math.random().toString(36).slice(2, 8);
const { org, school, firm, join } = fixtures(() => p);

interface Built {
  alliance: { id: string; regionCode: string };
  lead: { id: string };
  leadAdmin: string;
  schools: { id: string }[];
  firms: { id: string }[];
  memberships: Map<string, string>;
}

/** An alliance founded 2024-01-01, ACTIVE from 2024-02-01, members joining 2024-03-01 (the last firm on `lastFirmJoins`). */
async function buildAlliance(opts: { schoolTypes: string[]; firms: number; lastFirmJoins?: string; active?: boolean; region?: string }): Promise<Built> {
  const region = opts.region ?? '450200';
  const lead = await school(opts.schoolTypes[0], { regionCode: region });
  const alliance = await p.call('alliances.create', { name: `联盟 ${rand()}`, regionCode: region, leadOrganizationId: lead.id, foundedOn: '2024-01-01' }, admin);
  if (opts.active !== false) await p.call('alliances.setStatus', { allianceId: alliance.id, status: 'ACTIVE', effectiveDate: '2024-02-01' }, admin);
  const schools = await Promise.all(opts.schoolTypes.slice(1).map((t) => school(t, { regionCode: region })));
  const firms = await Promise.all(Array.from({ length: opts.firms }, () => firm({ regionCode: region })));
  const memberships = new Map<string, string>();
  await Promise.all(
    [...schools, ...firms].map(async (o, i, all) => {
      const last = i === all.length - 1 && opts.firms > 0;
      const m = await join(alliance.id, o, last && opts.lastFirmJoins ? opts.lastFirmJoins : '2024-03-01');
      memberships.set(o.id, m.id);
    }),
  );
  return { alliance, lead, leadAdmin: await p.token(['ORG_ADMIN'], lead.id), schools: [lead, ...schools], firms, memberships };
}
const eligibleAlliance = (extra: Partial<Parameters<typeof buildAlliance>[0]> = {}) =>
  buildAlliance({ schoolTypes: Array.from({ length: 10 }, (_, i) => TWO_TYPES[i % 2]), firms: 10, ...extra });

const evaluate = (allianceId: string, asOf?: string, programId = program.id) => p.call('grants.evaluate', { allianceId, programId, asOf }, admin);
const awardsOf = (allianceId: string) => db.collection('awards').countDocuments({ allianceId: new Types.ObjectId(allianceId) });

beforeAll(async () => {
  // Two grants replicas: concurrent decisions land on different nodes, as in production.
  p = await startTestPlatform({ services: ['organizations', 'alliances', 'grants', 'grantStandings'], replicas: { grants: 2 }, gateway: false });
  admin = await p.adminToken();
  gov = await org('GOVERNMENT', { name: `柳州市人民政府 ${rand()}` });
  funder = await p.token(['FUNDER'], gov.id, 'funder-liuzhou');
  otherGov = await org('GOVERNMENT', { name: `柳州市财政局 ${rand()}` });
  otherFunder = await p.token(['FUNDER'], otherGov.id);
  program = await p.call(
    'grants.createProgram',
    { code: 'LZ-CJRH-ALLIANCE', name: '柳州市产教融合联盟奖补', regionCode: '450200', opensOn: '2024-01-01', awardAmount: { amount: '1000000.00', currency: 'CNY' }, criteria: LIUZHOU },
    funder,
  );
  db = mongoose.createConnection(config().mongoUrl!, { dbName: databaseName('grants'), autoCreate: false });
  await db.asPromise();
  standingsDb = mongoose.createConnection(config().mongoUrl!, { dbName: databaseName('grantStandings'), autoCreate: false });
  await standingsDb.asPromise();
});
afterAll(async () => {
  await db?.close();
  await standingsDb?.close();
  await p?.stop();
});

describe('grant programs', () => {
  it('stores the award as integer fen and the criteria as data', async () => {
    expect(program).toMatchObject({ code: 'LZ-CJRH-ALLIANCE', regionCode: '450200', funderOrganizationId: gov.id, awardAmountFen: 100_000_000, currency: 'CNY' });
    const stored = await db.collection('programs').findOne({ _id: new Types.ObjectId(program.id) });
    expect(stored?.awardAmountFen).toBe(100_000_000);
    expect(stored?.criteria).toEqual([
      { kind: 'MIN_SCHOOLS', threshold: 10 },
      { kind: 'MIN_DISTINCT_SCHOOL_TYPES', threshold: 2 },
      { kind: 'MIN_ENTERPRISES', threshold: 10 },
      { kind: 'ALLIANCE_ACTIVE', threshold: null },
      { kind: 'LEAD_IN_GOOD_STANDING', threshold: null },
    ]);
    const list = await p.call('grants.listPrograms', { regionCode: '450203' }, await p.token(['ORG_MEMBER'], gov.id));
    expect(list.map((x: { id: string }) => x.id)).toContain(program.id);
  });

  it('lets a funder create programs only for its own government organization, within its region', async () => {
    const input = (extra: Record<string, unknown> = {}) => ({ code: `P-${rand()}`, name: '测试项目', regionCode: '450200', awardAmount: { amount: '10.00' }, criteria: [{ kind: 'MIN_SCHOOLS', threshold: 1 }], ...extra });
    const nanning = await org('GOVERNMENT', { regionCode: '450100' });
    const nanningFunder = await p.token(['FUNDER'], nanning.id);
    // A funder outside the region cannot create a program for Liuzhou; inside its own region it can.
    expect(await errType(p.call('grants.createProgram', input(), nanningFunder))).toBe('FORBIDDEN');
    expect(await errType(p.call('grants.createProgram', input({ regionCode: '450100' }), nanningFunder))).toBe('OK');
    // A prefecture funder may cover a district below it, not the province above it.
    expect(await errType(p.call('grants.createProgram', input({ regionCode: '450203' }), funder))).toBe('OK');
    expect(await errType(p.call('grants.createProgram', input({ regionCode: '450000' }), funder))).toBe('FORBIDDEN');
    // Not for someone else's organization, not without the FUNDER role, not for a non-government organization.
    expect(await errType(p.call('grants.createProgram', input({ funderOrganizationId: otherGov.id }), funder))).toBe('FORBIDDEN');
    expect(await errType(p.call('grants.createProgram', input(), await p.token(['ORG_ADMIN'], gov.id)))).toBe('FORBIDDEN');
    const company = await firm();
    expect(await errType(p.call('grants.createProgram', input(), await p.token(['FUNDER'], company.id)))).toBe('FORBIDDEN');
    // Criteria and money are validated; nothing is stored for a refused program.
    const before = await db.collection('programs').countDocuments({});
    expect(await errType(p.call('grants.createProgram', input({ criteria: [{ kind: 'MIN_SCHOOLS' }] }), funder))).toBe('BAD_USER_INPUT');
    expect(await errType(p.call('grants.createProgram', input({ criteria: [{ kind: 'MIN_SCHOOLS', threshold: -1 }] }), funder))).toBe('BAD_USER_INPUT');
    expect(await errType(p.call('grants.createProgram', input({ criteria: [{ kind: 'ALLIANCE_ACTIVE', threshold: 3 }] }), funder))).toBe('BAD_USER_INPUT');
    expect(await errType(p.call('grants.createProgram', input({ criteria: [] }), funder))).toBe('BAD_USER_INPUT');
    expect(await errType(p.call('grants.createProgram', input({ awardAmount: { amount: '10.001' } }), funder))).toBe('BAD_USER_INPUT');
    expect(await errType(p.call('grants.createProgram', input({ awardAmount: { amount: '1e6' } }), funder))).toBe('BAD_USER_INPUT');
    expect(await errType(p.call('grants.createProgram', input({ awardAmount: { amount: '0.00' } }), funder))).toBe('BAD_USER_INPUT');
    expect(await errType(p.call('grants.createProgram', input({ awardAmount: { amount: '10.00', currency: 'USD' } }), funder))).toBe('BAD_USER_INPUT');
    expect(await errType(p.call('grants.createProgram', input({ opensOn: '2025-02-01', closesOn: '2025-01-01' }), funder))).toBe('BAD_USER_INPUT');
    expect(await db.collection('programs').countDocuments({})).toBe(before);
    // One code per funder, case-insensitively, even when requests race.
    const code = `DUP-${rand()}`;
    const results = await Promise.all(Array.from({ length: 5 }, (_, i) => errType(p.call('grants.createProgram', input({ code: i % 2 ? code.toLowerCase() : code }), funder))));
    expect(results.filter((r) => r === 'OK')).toHaveLength(1);
    expect(results.filter((r) => r === 'CONFLICT')).toHaveLength(4);
  });
});

describe('eligibility', () => {
  it('9 schools → ineligible with shortfall "1 more school"', async () => {
    const b = await buildAlliance({ schoolTypes: Array.from({ length: 9 }, (_, i) => TWO_TYPES[i % 2]), firms: 10 });
    const r = await evaluate(b.alliance.id);
    expect(r.eligible).toBe(false);
    expect(r.shortfall).toEqual(['1 more school']);
    expect(r.criteria.find((c: { kind: string }) => c.kind === 'MIN_SCHOOLS')).toMatchObject({ required: 10, actual: 9, passed: false });
    expect(r.asOf).toBe(today());
  });

  it('10 schools all of one type → ineligible on distinct school types', async () => {
    const b = await buildAlliance({ schoolTypes: Array.from({ length: 10 }, () => 'SECONDARY_VOCATIONAL'), firms: 10 });
    const r = await evaluate(b.alliance.id);
    expect(r.eligible).toBe(false);
    expect(r.shortfall).toEqual(['schools of 1 more type']);
    expect(r.criteria.find((c: { kind: string }) => c.kind === 'MIN_DISTINCT_SCHOOL_TYPES')).toMatchObject({ required: 2, actual: 1, passed: false });
    expect(r.criteria.find((c: { kind: string }) => c.kind === 'MIN_SCHOOLS')).toMatchObject({ actual: 10, passed: true });
  });

  it('10 schools over 2 types + 10 enterprises → eligible; approved, it awards 1,000,000.00 CNY to the lead', async () => {
    const b = await eligibleAlliance();
    const r = await evaluate(b.alliance.id);
    expect(r).toMatchObject({ eligible: true, shortfall: [], recipientOrganizationId: b.lead.id, awardAmountFen: 100_000_000, currency: 'CNY' });
    expect(r.counts).toMatchObject({ schools: 10, enterprises: 10, distinctSchoolTypes: 2, total: 20 });
    expect(r.countedMembers.map((m: { organizationId: string }) => m.organizationId).sort()).toEqual([...b.schools, ...b.firms].map((o) => o.id).sort());

    const app = await p.call('grants.submitApplication', { allianceId: b.alliance.id, programId: program.id }, b.leadAdmin);
    expect(app).toMatchObject({ status: 'SUBMITTED', allianceId: b.alliance.id, programId: program.id });
    // The frozen evidence names every member counted.
    expect(app.evaluation.countedMembers).toHaveLength(20);
    expect(app.evaluation.countedMembers.every((m: { name?: string }) => typeof m.name === 'string' && m.name.length > 0)).toBe(true);

    const decided = await p.call('grants.decideApplication', { applicationId: app.id, decision: 'APPROVE', note: '符合条件' }, funder);
    expect(decided).toMatchObject({ status: 'APPROVED', decisionNote: '符合条件', award: { amountFen: 100_000_000, currency: 'CNY', recipientOrganizationId: b.lead.id, awardedOn: today() } });
    expect(decided.decisionEvaluation).toMatchObject({ eligible: true, asOf: today() });
    const award = await db.collection('awards').findOne({ allianceId: new Types.ObjectId(b.alliance.id) });
    expect(award).toMatchObject({ amountFen: 100_000_000, currency: 'CNY' });
    expect(String(award?.recipientOrganizationId)).toBe(b.lead.id);
    // Approved once: a second application for the same program is refused.
    expect(await errType(p.call('grants.submitApplication', { allianceId: b.alliance.id, programId: program.id }, b.leadAdmin))).toBe('CONFLICT');
    expect(await errType(p.call('grants.decideApplication', { applicationId: app.id, decision: 'APPROVE' }, funder))).toBe('CONFLICT');
  });

  it('as of a date before the tenth enterprise joined → ineligible ("1 more enterprise"); from that date on → eligible', async () => {
    const b = await eligibleAlliance({ lastFirmJoins: '2024-09-01' });
    const before = await evaluate(b.alliance.id, '2024-08-31');
    expect(before.eligible).toBe(false);
    expect(before.shortfall).toEqual(['1 more enterprise']);
    expect(before.counts.enterprises).toBe(9);
    expect((await evaluate(b.alliance.id, '2024-09-01')).eligible).toBe(true);
    // Before the alliance was ACTIVE the status criterion fails too, with the status it had.
    const forming = await evaluate(b.alliance.id, '2024-01-15');
    expect(forming.shortfall).toContain('the alliance must be ACTIVE on 2024-01-15 (it was FORMING)');
    // The future is not evaluated.
    expect(await errType(evaluate(b.alliance.id, addDays(today(), 1)))).toBe('BAD_USER_INPUT');
  });

  it('does not count a member that ended its membership; a disqualified member is excluded with the reason until lifted', async () => {
    const b = await eligibleAlliance();
    const [leaver, cheat] = b.firms;
    await p.call('alliances.end', { membershipId: b.memberships.get(leaver.id), effectiveDate: today(), reason: '业务调整' }, admin);
    const afterEnd = await evaluate(b.alliance.id);
    expect(afterEnd.shortfall).toEqual(['1 more enterprise']);
    expect(afterEnd.countedMembers.map((m: { organizationId: string }) => m.organizationId)).not.toContain(leaver.id);
    expect(afterEnd.excludedMembers).toEqual([]);
    // The day before it ended, it still counted.
    expect((await evaluate(b.alliance.id, addDays(today(), -1))).eligible).toBe(true);

    const dq = await p.call('grants.disqualifyOrganization', { organizationId: cheat.id, reason: '提供虚假材料' }, funder);
    const afterDq = await evaluate(b.alliance.id);
    expect(afterDq.shortfall).toEqual(['2 more enterprises']);
    expect(afterDq.countedMembers.map((m: { organizationId: string }) => m.organizationId)).not.toContain(cheat.id);
    expect(afterDq.excludedMembers).toEqual([expect.objectContaining({ organizationId: cheat.id, disqualificationId: dq.id, reason: expect.stringContaining(dq.until) })]);
    // The verdict from counts alone (no member lists: what the gateway asks for when no member list is selected) agrees.
    const fromCounts = await p.call('grants.evaluate', { allianceId: b.alliance.id, programId: program.id, evidence: false }, admin);
    expect(fromCounts).toMatchObject({ eligible: false, shortfall: ['2 more enterprises'], evidence: false, countedMembers: [] });
    expect(fromCounts.criteria).toEqual(afterDq.criteria);
    await p.call('grants.liftDisqualification', { disqualificationId: dq.id, reason: '复核后撤销' }, funder);
    expect((await evaluate(b.alliance.id)).shortfall).toEqual(['1 more enterprise']);
    expect((await p.call('grants.evaluate', { allianceId: b.alliance.id, programId: program.id, evidence: false }, admin)).shortfall).toEqual(['1 more enterprise']);
  });

  it('a disqualified lead makes the alliance ineligible: "the lead unit is disqualified until …"', async () => {
    const b = await eligibleAlliance();
    const dq = await p.call('grants.disqualifyOrganization', { organizationId: b.lead.id, reason: '提供虚假材料', from: '2024-03-01' }, funder);
    expect(dq.until).toBe('2029-02-28');
    const r = await evaluate(b.alliance.id);
    expect(r.eligible).toBe(false);
    expect(r.shortfall).toEqual(['1 more school', 'the lead unit is disqualified until 2029-02-28']);
    expect(await failure(p.call('grants.submitApplication', { allianceId: b.alliance.id, programId: program.id }, b.leadAdmin))).toMatchObject({
      type: 'FAILED_PRECONDITION',
      data: { shortfall: ['1 more school', 'the lead unit is disqualified until 2029-02-28'] },
    });
    // As of a date before the bar, it was eligible.
    expect((await evaluate(b.alliance.id, '2024-02-29')).eligible).toBe(false); // members joined 2024-03-01
    expect((await evaluate(b.alliance.id, '2024-03-01')).shortfall).toContain('the lead unit is disqualified until 2029-02-28');
  });

  it('makes a fixed number of service calls whatever the alliance size', async () => {
    const grantsBrokers = p.serviceBrokers.filter((b) => b.nodeID.startsWith('grants.')) as ServiceBroker[];
    expect(grantsBrokers).toHaveLength(2);
    const small = await buildAlliance({ schoolTypes: ['HIGHER_VOCATIONAL'], firms: 1 });
    const big = await eligibleAlliance();
    const count = async (allianceId: string) => {
      const seen: string[] = [];
      const originals = grantsBrokers.map((b) => b.call.bind(b));
      grantsBrokers.forEach((b, i) => {
        (b as { call: unknown }).call = (action: string, ...rest: unknown[]) => {
          // Only the calls made within this request: background recomputations run in the standings projection's own
          // `grants.assessAlliance` requests, whose calls have that action as their parent.
          if ((rest[1] as { parentCtx?: { action?: { name?: string } } } | undefined)?.parentCtx?.action?.name === 'grants.evaluate') seen.push(action);
          return (originals[i] as (...a: unknown[]) => unknown)(action, ...rest);
        };
      });
      try {
        await evaluate(allianceId);
      } finally {
        grantsBrokers.forEach((b, i) => ((b as { call: unknown }).call = originals[i]));
      }
      return seen.sort();
    };
    const smallCalls = await count(small.alliance.id);
    const bigCalls = await count(big.alliance.id);
    expect(smallCalls).toEqual(['alliances.activeMembersOn', 'alliances.get', 'organizations.disqualificationsOf']);
    expect(bigCalls).toEqual(smallCalls);
  });
});

describe('applications and decisions', () => {
  it('refuses an ineligible alliance with the shortfall and stores no application', async () => {
    const b = await buildAlliance({ schoolTypes: TWO_TYPES, firms: 1 });
    const e = await failure(p.call('grants.submitApplication', { allianceId: b.alliance.id, programId: program.id }, b.leadAdmin));
    expect(e.type).toBe('FAILED_PRECONDITION');
    expect(e.data?.shortfall).toEqual(['8 more schools', '9 more enterprises']);
    expect(await db.collection('applications').countDocuments({ allianceId: new Types.ObjectId(b.alliance.id) })).toBe(0);
  });

  it('accepts applications only from the lead admin, only inside the window (inclusive)', async () => {
    const b = await eligibleAlliance();
    const mk = (opensOn: string | null, closesOn: string | null) =>
      p.call('grants.createProgram', { code: `W-${rand()}`, name: '窗口', regionCode: '450200', opensOn, closesOn, awardAmount: { amount: '5.00' }, criteria: LIUZHOU }, funder);
    const closed = await mk('2024-01-01', addDays(today(), -1));
    const notYet = await mk(addDays(today(), 1), null);
    const lastDay = await mk('2024-01-01', today());
    expect(await errType(p.call('grants.submitApplication', { allianceId: b.alliance.id, programId: closed.id }, b.leadAdmin))).toBe('FAILED_PRECONDITION');
    expect(await errType(p.call('grants.submitApplication', { allianceId: b.alliance.id, programId: notYet.id }, b.leadAdmin))).toBe('FAILED_PRECONDITION');
    const memberAdmin = await p.token(['ORG_ADMIN'], b.schools[1].id);
    expect(await errType(p.call('grants.submitApplication', { allianceId: b.alliance.id, programId: lastDay.id }, memberAdmin))).toBe('FORBIDDEN');
    expect(await errType(p.call('grants.submitApplication', { allianceId: b.alliance.id, programId: lastDay.id }, funder))).toBe('FORBIDDEN');
    expect(await errType(p.call('grants.submitApplication', { allianceId: b.alliance.id, programId: lastDay.id }, b.leadAdmin))).toBe('OK');
    // A program of another region does not cover the alliance.
    const nanning = await org('GOVERNMENT', { regionCode: '450100' });
    const elsewhere = await p.call('grants.createProgram', { code: `NN-${rand()}`, name: '南宁', regionCode: '450100', awardAmount: { amount: '5.00' }, criteria: LIUZHOU }, await p.token(['FUNDER'], nanning.id));
    expect(await errType(p.call('grants.submitApplication', { allianceId: b.alliance.id, programId: elsewhere.id }, b.leadAdmin))).toBe('FAILED_PRECONDITION');
  });

  it('keeps one open application per alliance and program when 10 submissions race', async () => {
    const b = await eligibleAlliance();
    const results = await Promise.all(Array.from({ length: 10 }, () => errType(p.call('grants.submitApplication', { allianceId: b.alliance.id, programId: program.id }, b.leadAdmin))));
    expect(results.filter((r) => r === 'OK')).toHaveLength(1);
    expect(results.filter((r) => r === 'CONFLICT')).toHaveLength(9);
    expect(await db.collection('applications').countDocuments({ allianceId: new Types.ObjectId(b.alliance.id) })).toBe(1);
  });

  it('lets only the program funder decide: a member organization, the lead, another funder and platform admins get FORBIDDEN', async () => {
    const b = await eligibleAlliance();
    const app = await p.call('grants.submitApplication', { allianceId: b.alliance.id, programId: program.id }, b.leadAdmin);
    const memberAdmin = await p.token(['ORG_ADMIN'], b.firms[0].id);
    const memberAsFunder = await p.token(['FUNDER', 'ORG_ADMIN'], b.firms[0].id);
    for (const token of [memberAdmin, memberAsFunder, b.leadAdmin, otherFunder, admin]) {
      expect(await errType(p.call('grants.decideApplication', { applicationId: app.id, decision: 'APPROVE' }, token))).toBe('FORBIDDEN');
    }
    expect((await db.collection('applications').findOne({ _id: new Types.ObjectId(app.id) }))?.status).toBe('SUBMITTED');
    expect(await awardsOf(b.alliance.id)).toBe(0);
  });

  it('REJECT needs a note; a rejected alliance may apply again', async () => {
    const b = await eligibleAlliance();
    const app = await p.call('grants.submitApplication', { allianceId: b.alliance.id, programId: program.id }, b.leadAdmin);
    expect(await errType(p.call('grants.decideApplication', { applicationId: app.id, decision: 'REJECT' }, funder))).toBe('BAD_USER_INPUT');
    expect(await errType(p.call('grants.decideApplication', { applicationId: app.id, decision: 'REJECT', note: '   ' }, funder))).toBe('BAD_USER_INPUT');
    const rejected = await p.call('grants.decideApplication', { applicationId: app.id, decision: 'REJECT', note: '材料不完整' }, funder);
    expect(rejected).toMatchObject({ status: 'REJECTED', decisionNote: '材料不完整', award: null });
    expect(await errType(p.call('grants.decideApplication', { applicationId: app.id, decision: 'APPROVE' }, funder))).toBe('CONFLICT');
    expect(await errType(p.call('grants.submitApplication', { allianceId: b.alliance.id, programId: program.id }, b.leadAdmin))).toBe('OK');
  });

  it('APPROVE re-evaluates as of the decision date and refuses when the alliance is no longer eligible', async () => {
    const b = await eligibleAlliance();
    const app = await p.call('grants.submitApplication', { allianceId: b.alliance.id, programId: program.id }, b.leadAdmin);
    await p.call('alliances.end', { membershipId: b.memberships.get(b.firms[0].id), effectiveDate: today(), reason: '退出' }, admin);
    const e = await failure(p.call('grants.decideApplication', { applicationId: app.id, decision: 'APPROVE' }, funder));
    expect(e).toMatchObject({ type: 'FAILED_PRECONDITION', data: { shortfall: ['1 more enterprise'] } });
    expect((await db.collection('applications').findOne({ _id: new Types.ObjectId(app.id) }))?.status).toBe('SUBMITTED');
    expect(await awardsOf(b.alliance.id)).toBe(0);
    // The frozen evaluation still shows what was submitted.
    const stored = await p.call('grants.getApplication', { id: app.id }, funder);
    expect(stored.evaluation).toMatchObject({ eligible: true, counts: { enterprises: 10 } });
  });

  it('10 concurrent approvals of one application → one approval, one award', async () => {
    const b = await eligibleAlliance();
    const app = await p.call('grants.submitApplication', { allianceId: b.alliance.id, programId: program.id }, b.leadAdmin);
    const results = await Promise.all(Array.from({ length: 10 }, () => errType(p.call('grants.decideApplication', { applicationId: app.id, decision: 'APPROVE' }, funder))));
    expect(results.filter((r) => r === 'OK')).toHaveLength(1);
    expect(results.filter((r) => r === 'CONFLICT')).toHaveLength(9);
    expect(await awardsOf(b.alliance.id)).toBe(1);
    expect((await db.collection('applications').findOne({ _id: new Types.ObjectId(app.id) }))?.status).toBe('APPROVED');
    expect(await db.collection('auditEntries').countDocuments({ applicationId: new Types.ObjectId(app.id), action: 'APPLICATION_APPROVED' })).toBe(1);
  });

  it('approvals racing rejections → exactly one decision, and an award exactly when it was an approval', async () => {
    for (let round = 0; round < 4; round++) {
      const b = await eligibleAlliance();
      const app = await p.call('grants.submitApplication', { allianceId: b.alliance.id, programId: program.id }, b.leadAdmin);
      const results = await Promise.all(
        Array.from({ length: 8 }, async (_, i) => {
          // Staggered starts, so that in some rounds approvals (which evaluate first) reach the decision before rejections.
          const approve = (i + round) % 2 === 1;
          await new Promise((r) => setTimeout(r, approve ? 0 : round * 15));
          return errType(p.call('grants.decideApplication', { applicationId: app.id, decision: approve ? 'APPROVE' : 'REJECT', note: '并发' }, funder));
        }),
      );
      expect(results.filter((r) => r === 'OK')).toHaveLength(1);
      expect(results.filter((r) => r === 'CONFLICT')).toHaveLength(7);
      const status = (await db.collection('applications').findOne({ _id: new Types.ObjectId(app.id) }))?.status;
      expect(['APPROVED', 'REJECTED']).toContain(status);
      expect(await awardsOf(b.alliance.id)).toBe(status === 'APPROVED' ? 1 : 0);
    }
  });

  it('shows funders their own programs’ applications and lead admins their own alliances’', async () => {
    const b = await eligibleAlliance();
    const app = await p.call('grants.submitApplication', { allianceId: b.alliance.id, programId: program.id }, b.leadAdmin);
    const ids = (page: { edges: { node: { id: string } }[] }) => page.edges.map((e) => e.node.id);
    expect(ids(await p.call('grants.listApplications', { programId: program.id, first: 100 }, funder))).toContain(app.id);
    expect(ids(await p.call('grants.listApplications', { allianceId: b.alliance.id }, b.leadAdmin))).toEqual([app.id]);
    expect(ids(await p.call('grants.listApplications', { first: 100 }, b.leadAdmin))).toEqual([app.id]);
    expect(ids(await p.call('grants.listApplications', { first: 100 }, otherFunder))).toEqual([]);
    expect(await errType(p.call('grants.listApplications', { programId: program.id }, otherFunder))).toBe('FORBIDDEN');
    expect(ids(await p.call('grants.listApplications', { first: 100 }, await p.token(['ORG_ADMIN'], b.firms[0].id)))).toEqual([]);
    expect(await errType(p.call('grants.listApplications', {}, await p.token(['ORG_MEMBER'], b.lead.id)))).toBe('FORBIDDEN');
    expect(await errType(p.call('grants.getApplication', { id: app.id }, otherFunder))).toBe('FORBIDDEN');
    expect(await errType(p.call('grants.getApplication', { id: app.id }, await p.token(['ORG_ADMIN'], b.firms[0].id)))).toBe('FORBIDDEN');
    expect((await p.call('grants.getApplication', { id: app.id }, b.leadAdmin)).id).toBe(app.id);
    const submitted = await p.call('grants.listApplications', { programId: program.id, status: 'SUBMITTED', first: 100 }, funder);
    expect(submitted.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(app.id);
    expect(submitted.edges.every((e: { node: { status: string } }) => e.node.status === 'SUBMITTED')).toBe(true);
  });
});

describe('audit trail', () => {
  it('records every submission, decision and disqualification once, readable by the funder only', async () => {
    const b = await eligibleAlliance();
    const app = await p.call('grants.submitApplication', { allianceId: b.alliance.id, programId: program.id }, b.leadAdmin);
    await p.call('grants.decideApplication', { applicationId: app.id, decision: 'APPROVE', note: '同意' }, funder);
    const dq = await p.call('grants.disqualifyOrganization', { organizationId: b.firms[0].id, reason: '提供虚假材料' }, funder);
    await p.call('grants.liftDisqualification', { disqualificationId: dq.id, reason: '复核后撤销' }, funder);
    // The organizations service's own events are audited too, under the same keys: give them time to arrive.
    await new Promise((r) => setTimeout(r, 300));

    const trail = await p.call('grants.auditTrail', { allianceId: b.alliance.id, first: 100 }, funder);
    const entries = trail.edges.map((e: { node: any }) => e.node);
    expect(entries.map((e: { action: string }) => e.action)).toEqual(['APPLICATION_SUBMITTED', 'APPLICATION_APPROVED']);
    const [submitted, approved] = entries;
    expect(submitted).toMatchObject({ by: expect.any(String), applicationId: app.id, programId: program.id, snapshot: { evaluation: { eligible: true } } });
    expect(submitted.snapshot.evaluation.countedMembers).toHaveLength(20);
    expect(approved).toMatchObject({ by: 'funder-liuzhou', byOrganizationId: gov.id, note: '同意', snapshot: { decision: 'APPROVE', award: { amountFen: 100_000_000 } } });

    const dqTrail = await p.call('grants.auditTrail', { organizationId: b.firms[0].id, first: 100 }, funder);
    expect(dqTrail.edges.map((e: { node: { action: string } }) => e.node.action)).toEqual(['ORGANIZATION_DISQUALIFIED', 'DISQUALIFICATION_LIFTED']);
    expect(dqTrail.edges[0].node).toMatchObject({ by: 'funder-liuzhou', disqualificationId: dq.id, note: '提供虚假材料', snapshot: { disqualification: { id: dq.id, until: dq.until } } });
    expect(await db.collection('auditEntries').countDocuments({ disqualificationId: new Types.ObjectId(dq.id) })).toBe(2);

    // The program's entries are not another funder's business (outside the region it sees no disqualifications either).
    const nanning = await org('GOVERNMENT', { regionCode: '450100' });
    expect((await p.call('grants.auditTrail', { allianceId: b.alliance.id }, otherFunder)).edges).toEqual([]);
    expect((await p.call('grants.auditTrail', { organizationId: b.firms[0].id }, await p.token(['FUNDER'], nanning.id))).edges).toEqual([]);
    expect(await errType(p.call('grants.auditTrail', {}, b.leadAdmin))).toBe('FORBIDDEN');
  });

  it('audits a disqualification made directly on the organizations service, from its event', async () => {
    const company = await firm();
    const dq = await p.call('organizations.disqualify', { organizationId: company.id, reason: '直接调用' }, funder);
    await expect.poll(() => db.collection('auditEntries').countDocuments({ disqualificationId: new Types.ObjectId(dq.id), action: 'ORGANIZATION_DISQUALIFIED' }), { timeout: 5_000 }).toBe(1);
  });
});

describe('standings projection', () => {
  it('follows membership events: an alliance becomes eligible when its tenth enterprise is approved', async () => {
    const b = await buildAlliance({ schoolTypes: Array.from({ length: 10 }, (_, i) => TWO_TYPES[i % 2]), firms: 9 });
    const standing = async () => {
      const page = await p.call('grantStandings.list', { programId: program.id, first: 100 }, funder);
      return page.edges.map((e: { node: any }) => e.node).find((s: { allianceId: string }) => s.allianceId === b.alliance.id);
    };
    await expect.poll(async () => (await standing())?.shortfall, { timeout: 5_000 }).toEqual(['1 more enterprise']);
    expect(await standing()).toMatchObject({ eligible: false, evaluatedOn: today(), counts: { schools: 10, enterprises: 9 } });

    const tenth = await firm();
    const m = await p.call('alliances.apply', { allianceId: b.alliance.id, organizationId: tenth.id }, await p.token(['ORG_ADMIN'], tenth.id));
    await p.call('alliances.approve', { membershipId: m.id }, b.leadAdmin);
    await expect.poll(async () => (await standing())?.eligible, { timeout: 5_000 }).toBe(true);
    expect((await standing()).shortfall).toEqual([]);

    const app = await p.call('grants.submitApplication', { allianceId: b.alliance.id, programId: program.id }, b.leadAdmin);
    await p.call('grants.decideApplication', { applicationId: app.id, decision: 'APPROVE' }, funder);
    await expect.poll(async () => (await standing())?.awarded, { timeout: 5_000 }).toBe(true);
    expect((await standing()).applicationStatus).toBe('APPROVED');

    // Funders of the region (any government there) and platform admins read them; a funder elsewhere sees none.
    const xian = await p.token(['FUNDER'], (await org('GOVERNMENT', { regionCode: '610100' })).id);
    expect(await errType(p.call('grantStandings.list', { programId: program.id }, xian))).toBe('FORBIDDEN');
    expect(await errType(p.call('grantStandings.list', {}, b.leadAdmin))).toBe('FORBIDDEN');
    expect((await p.call('grantStandings.list', { first: 100 }, xian)).edges).toEqual([]);
    expect((await p.call('grantStandings.list', { programId: program.id, first: 100 }, otherFunder)).edges.map((e: { node: { allianceId: string } }) => e.node.allianceId)).toContain(b.alliance.id);
    const eligibleOnly = await p.call('grantStandings.list', { programId: program.id, eligible: true, first: 100 }, funder);
    expect(eligibleOnly.edges.map((e: { node: { allianceId: string } }) => e.node.allianceId)).toContain(b.alliance.id);
    expect(eligibleOnly.edges.every((e: { node: { eligible: boolean } }) => e.node.eligible)).toBe(true);
  });

  /** Every row a caller lists (all pages: this file's alliances are many). */
  async function allRows(token: string, args: Record<string, unknown> = {}): Promise<StandingDto[]> {
    const rows: StandingDto[] = [];
    let after: string | null = null;
    do {
      const page: { edges: { node: StandingDto }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } = await p.call('grantStandings.list', { first: 100, after, ...args }, token);
      rows.push(...page.edges.map((e) => e.node));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    return rows;
  }

  it("handed case: a provincial funder (450000) with no program of its own sees its cities' alliances, with the program named", async () => {
    const b = await buildAlliance({ schoolTypes: ['HIGHER_VOCATIONAL'], firms: 1 });
    const guangxi = await p.token(['FUNDER'], (await org('GOVERNMENT', { regionCode: '450000' })).id);
    const mine = async (token: string, args: Record<string, unknown> = {}) => (await allRows(token, args)).filter((s) => s.allianceId === b.alliance.id);
    // One row per program covering Liuzhou (this file creates several); the city's own program is among them, named.
    await expect.poll(async () => (await mine(guangxi, { programId: program.id })).length, { timeout: 5_000 }).toBe(1);
    expect((await mine(guangxi, { programId: program.id }))[0]).toMatchObject({ programName: '柳州市产教融合联盟奖补', programCode: 'LZ-CJRH-ALLIANCE', programRegionCode: '450200', funderOrganizationId: gov.id, regionCode: '450200', eligible: false });
    // Exactly the rows the city's own funder sees for that alliance.
    expect((await mine(guangxi)).map((s) => s.programId).sort()).toEqual((await mine(funder)).map((s) => s.programId).sort());
  });

  it("generated variant: an alliance in a real Liuzhou county is seen by the province's and the city's funders, not by a neighbouring city's", async () => {
    const [county] = fc.sample(fc.constantFrom(...currentRegionCodes().filter((c) => c.startsWith('4502') && c !== '450200')), 1);
    const b = await buildAlliance({ schoolTypes: ['SECONDARY_VOCATIONAL'], firms: 0, region: county });
    const seen = async (token: string) => (await allRows(token, { programId: program.id })).filter((s) => s.allianceId === b.alliance.id).length;
    const guangxi = await p.token(['FUNDER'], (await org('GOVERNMENT', { regionCode: '450000' })).id);
    const nanning = await p.token(['FUNDER'], (await org('GOVERNMENT', { regionCode: '450100' })).id);
    const countyFunder = await p.token(['FUNDER'], (await org('GOVERNMENT', { regionCode: county })).id);
    await expect.poll(() => seen(guangxi), { timeout: 5_000 }).toBe(1);
    expect(await seen(funder)).toBe(1);
    expect(await seen(countyFunder)).toBe(1);
    expect(await errType(allRows(nanning, { programId: program.id }))).toBe('FORBIDDEN');
    expect((await allRows(nanning)).filter((s) => s.allianceId === b.alliance.id)).toEqual([]);
  });

  it('rebuilds from the source services on demand (platform admins only), without losing rows', async () => {
    expect(await errType(p.call('grantStandings.rebuild', {}, funder))).toBe('FORBIDDEN');
    await standingsDb.collection('standings').deleteMany({});
    const r = await p.call('grantStandings.rebuild', {}, admin);
    expect(r.alliances).toBeGreaterThan(0);
    expect(r.standings).toBeGreaterThan(0);
    expect(await standingsDb.collection('standings').countDocuments({ programId: new Types.ObjectId(program.id) })).toBeGreaterThan(0);
  });
});

describe('recovery', () => {
  it('finishes a decision whose writer died after recording it (on start / rebuild): award, status and audit follow', async () => {
    const b = await eligibleAlliance();
    const app = await p.call('grants.submitApplication', { allianceId: b.alliance.id, programId: program.id }, b.leadAdmin);
    // What a crashed approval leaves behind: the decision row only, written two minutes ago.
    await db.collection('decisions').insertOne({
      applicationId: new Types.ObjectId(app.id),
      allianceId: new Types.ObjectId(b.alliance.id),
      programId: new Types.ObjectId(program.id),
      decision: 'APPROVE',
      decidedBy: 'funder-liuzhou',
      decidedByOrganizationId: new Types.ObjectId(gov.id),
      decidedAt: new Date(Date.now() - 120_000),
      decidedOn: today(),
      note: '崩溃前的批准',
      evaluation: null,
    });
    // Meanwhile nobody can decide it again.
    expect(await errType(p.call('grants.decideApplication', { applicationId: app.id, decision: 'REJECT', note: 'x' }, funder))).toBe('CONFLICT');
    await p.call('grantStandings.rebuild', {}, admin);
    const repaired = await p.call('grants.getApplication', { id: app.id }, funder);
    expect(repaired).toMatchObject({ status: 'APPROVED', decidedBy: 'funder-liuzhou', decisionNote: '崩溃前的批准', award: { amountFen: 100_000_000, recipientOrganizationId: b.lead.id } });
    expect(await awardsOf(b.alliance.id)).toBe(1);
    expect(await db.collection('auditEntries').countDocuments({ applicationId: new Types.ObjectId(app.id), action: 'APPLICATION_APPROVED' })).toBe(1);
    // Repairing twice changes nothing.
    await p.call('grantStandings.rebuild', {}, admin);
    expect(await awardsOf(b.alliance.id)).toBe(1);
    expect(await db.collection('auditEntries').countDocuments({ applicationId: new Types.ObjectId(app.id) })).toBe(2);
  });
});

describe('corrections (issue 14, fault 6): the lead on the award date, editing and closing programs', () => {
  const SMALL = [{ kind: 'MIN_SCHOOLS', threshold: 1 }, { kind: 'ALLIANCE_ACTIVE' }, { kind: 'LEAD_IN_GOOD_STANDING' }];
  const smallProgram = (extra: Record<string, unknown> = {}) =>
    p.call('grants.createProgram', { code: `C-${rand()}`, name: '更正测试奖补', regionCode: '450200', opensOn: '2024-01-01', awardAmount: { amount: '200000.00' }, criteria: SMALL, ...extra }, funder);
  const smallAlliance = () => buildAlliance({ schoolTypes: TWO_TYPES, firms: 1 });
  const storedProgram = (id: string) => db.collection('programs').findOne({ _id: new Types.ObjectId(id) });
  const auditOf = (programId: string) => db.collection('auditEntries').find({ programId: new Types.ObjectId(programId) }).sort({ _id: 1 }).toArray();
  async function eventually<T>(read: () => Promise<T>, ok: (v: T) => boolean): Promise<T> {
    for (let i = 0; ; i++) {
      const v = await read();
      if (ok(v) || i >= 100) return v;
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  it('handed: the lead changes after the application; the award goes to the lead in force on the decision date', async () => {
    const prog = await smallProgram();
    const b = await smallAlliance();
    const [a, newLead] = [b.lead, b.schools[1]];
    const app = await p.call('grants.submitApplication', { allianceId: b.alliance.id, programId: prog.id }, b.leadAdmin);
    expect(app.evaluation.recipientOrganizationId).toBe(a.id);
    const frozen = (await db.collection('applications').findOne({ _id: new Types.ObjectId(app.id) }))?.evaluation;

    await p.call('alliances.changeLead', { allianceId: b.alliance.id, organizationId: newLead.id, reason: '理事会换届' }, b.leadAdmin);
    // The pending application follows the new lead (who would receive the award); the old lead no longer administers.
    const newLeadAdmin = await p.token(['ORG_ADMIN'], newLead.id);
    const seen = await eventually(() => errType(p.call('grants.getApplication', { id: app.id }, newLeadAdmin)), (t) => t === 'OK');
    expect(seen).toBe('OK');

    const decided = await p.call('grants.decideApplication', { applicationId: app.id, decision: 'APPROVE', note: '符合条件' }, funder);
    expect(decided.award).toMatchObject({ recipientOrganizationId: newLead.id, amountFen: 20_000_000, awardedOn: today() });
    expect(decided.decisionEvaluation.recipientOrganizationId).toBe(newLead.id);
    const award = await db.collection('awards').findOne({ applicationId: new Types.ObjectId(app.id) });
    expect(String(award?.recipientOrganizationId)).toBe(newLead.id);
    // The evidence frozen at submission is unchanged: it still names the lead of that day.
    expect((await db.collection('applications').findOne({ _id: new Types.ObjectId(app.id) }))?.evaluation).toEqual(frozen);
    // And as of a past date the lead then is the recipient.
    expect((await evaluate(b.alliance.id, addDays(today(), -1), prog.id)).recipientOrganizationId).toBe(a.id);
  });

  it('generated: for any member and hand-over date, the recipient is the lead of the evaluation date (property over the bus)', async () => {
    const prog = await smallProgram();
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom<'school' | 'firm'>('school', 'firm'), fc.integer({ min: 0, max: 500 }).map((n) => addDays('2024-03-01', n)), async (which, effectiveDate) => {
        const b = await smallAlliance();
        const next = which === 'school' ? b.schools[1] : b.firms[0];
        await p.call('alliances.changeLead', { allianceId: b.alliance.id, organizationId: next.id, effectiveDate, reason: '换届' }, b.leadAdmin);
        const recipient = async (asOf: string) => (await evaluate(b.alliance.id, asOf, prog.id)).recipientOrganizationId;
        expect(await recipient(addDays(effectiveDate, -1))).toBe(b.lead.id);
        expect(await recipient(effectiveDate)).toBe(next.id);
        expect(await recipient(today())).toBe(next.id);
        runs++;
      }),
      { numRuns: 3 },
    );
    expect(runs).toBe(3);
  });

  it('handed: a funder edits and closes its program; refusals store nothing; past evaluations, frozen evidence and the award stand', async () => {
    const prog = await smallProgram();
    const b = await smallAlliance();
    const pastBefore = await evaluate(b.alliance.id, '2024-06-01', prog.id);
    const app = await p.call('grants.submitApplication', { allianceId: b.alliance.id, programId: prog.id }, b.leadAdmin);
    const appBefore = await db.collection('applications').findOne({ _id: new Types.ObjectId(app.id) });
    const submittedAudit = await db.collection('auditEntries').findOne({ key: `submitted:${app.id}` });

    const untouched = await storedProgram(prog.id);
    const refused = [
      await failure(p.call('grants.updateProgram', { programId: prog.id, name: '别人的项目', reason: 'x' }, otherFunder)),
      await failure(p.call('grants.updateProgram', { programId: prog.id, awardAmount: { amount: '1.00' }, reason: '降低金额' }, funder)),
      await failure(p.call('grants.updateProgram', { programId: prog.id, criteria: [{ kind: 'MIN_SCHOOLS', threshold: 5 }], reason: '提高门槛' }, funder)),
      await failure(p.call('grants.updateProgram', { programId: prog.id, closesOn: addDays(today(), -1), reason: '提前截止' }, funder)),
      await failure(p.call('grants.updateProgram', { programId: prog.id, regionCode: '450100', reason: '换地区' }, funder)),
      await failure(p.call('grants.updateProgram', { programId: prog.id, reason: '什么也不改' }, funder)),
    ];
    expect(refused.map((r) => [r.type, (r.data as { reason?: string; field?: string } | undefined)?.reason ?? (r.data as { field?: string } | undefined)?.field])).toEqual([
      ['FORBIDDEN', undefined],
      ['FAILED_PRECONDITION', 'TERMS_FIXED'],
      ['FAILED_PRECONDITION', 'TERMS_FIXED'],
      ['BAD_USER_INPUT', 'closesOn'],
      ['VALIDATION_ERROR', undefined],
      ['BAD_USER_INPUT', 'input'],
    ]);
    expect(await storedProgram(prog.id)).toEqual(untouched);

    const closesOn = addDays(today(), 30);
    const edited = await p.call('grants.updateProgram', { programId: prog.id, name: '更正测试奖补（2026年度）', closesOn, reason: '延长申报期' }, funder);
    expect(edited).toMatchObject({ name: '更正测试奖补（2026年度）', closesOn, closedAt: null, awardAmountFen: 20_000_000 });
    expect(edited.history).toEqual([
      { action: 'UPDATED', at: expect.any(String), by: 'funder-liuzhou', byOrganizationId: gov.id, reason: '延长申报期', old: { name: '更正测试奖补', closesOn: null }, new: { name: '更正测试奖补（2026年度）', closesOn } },
    ]);

    const closed = await p.call('grants.closeProgram', { programId: prog.id, reason: '资金已用完' }, funder);
    expect(closed).toMatchObject({ closedAt: expect.any(String), closeReason: '资金已用完', closesOn: today() });
    expect(closed.history.map((h: { action: string }) => h.action)).toEqual(['UPDATED', 'CLOSED']);
    expect((await auditOf(prog.id)).map((e) => e.action)).toEqual(['PROGRAM_CREATED', 'APPLICATION_SUBMITTED', 'PROGRAM_UPDATED', 'PROGRAM_CLOSED']);

    // No application is accepted after the close, and the refusal leaves nothing.
    const late = await smallAlliance();
    expect(await failure(p.call('grants.submitApplication', { allianceId: late.alliance.id, programId: prog.id }, late.leadAdmin))).toMatchObject({ type: 'FAILED_PRECONDITION', data: { reason: 'PROGRAM_CLOSED' } });
    expect(await db.collection('applications').countDocuments({ allianceId: new Types.ObjectId(late.alliance.id) })).toBe(0);
    expect(await failure(p.call('grants.closeProgram', { programId: prog.id, reason: 'again' }, funder))).toMatchObject({ type: 'CONFLICT', data: { reason: 'PROGRAM_CLOSED' } });
    expect(await failure(p.call('grants.updateProgram', { programId: prog.id, closesOn: addDays(today(), 60), reason: '重开' }, funder))).toMatchObject({ type: 'FAILED_PRECONDITION', data: { reason: 'PROGRAM_CLOSED' } });

    // The application submitted before the close is still decided, on the terms it was submitted under.
    const decided = await p.call('grants.decideApplication', { applicationId: app.id, decision: 'APPROVE', note: '符合条件' }, funder);
    expect(decided.award).toMatchObject({ amountFen: 20_000_000 });
    const appAfter = await db.collection('applications').findOne({ _id: new Types.ObjectId(app.id) });
    expect(appAfter?.evaluation).toEqual(appBefore?.evaluation);
    expect(await db.collection('auditEntries').findOne({ key: `submitted:${app.id}` })).toEqual(submittedAudit);
    expect(await evaluate(b.alliance.id, '2024-06-01', prog.id)).toEqual(pastBefore);
  });

  it('lets the terms change before the program opens, kept in the history', async () => {
    const prog = await smallProgram({ opensOn: addDays(today(), 10) });
    const edited = await p.call(
      'grants.updateProgram',
      { programId: prog.id, awardAmount: { amount: '300000.00' }, criteria: [{ kind: 'MIN_SCHOOLS', threshold: 2 }, { kind: 'ALLIANCE_ACTIVE' }], opensOn: addDays(today(), 5), reason: '文件修订' },
      admin,
    );
    expect(edited).toMatchObject({ awardAmountFen: 30_000_000, opensOn: addDays(today(), 5), criteria: [{ kind: 'MIN_SCHOOLS', threshold: 2 }, { kind: 'ALLIANCE_ACTIVE', threshold: null }] });
    expect(edited.history[0]).toMatchObject({ action: 'UPDATED', by: 'test-platform-admin', old: { awardAmountFen: 20_000_000 }, new: { awardAmountFen: 30_000_000 } });
    expect(edited.history[0].new.criteria[0]).toMatchObject({ kind: 'MIN_SCHOOLS', threshold: 2, description: expect.any(String) });
  });

  it('on two replicas: of two concurrent closes one wins; two concurrent edits both land in order', async () => {
    const prog = await smallProgram();
    const [n1, n2] = [addDays(today(), 20), addDays(today(), 40)];
    const edits = await Promise.all([
      errType(p.call('grants.updateProgram', { programId: prog.id, name: '并发甲', reason: 'a' }, funder)),
      errType(p.call('grants.updateProgram', { programId: prog.id, closesOn: n1, reason: 'b' }, funder)),
      errType(p.call('grants.updateProgram', { programId: prog.id, closesOn: n2, reason: 'c' }, funder)),
    ]);
    expect(edits).toEqual(['OK', 'OK', 'OK']);
    const afterEdits = await storedProgram(prog.id);
    expect(afterEdits?.history).toHaveLength(3);
    expect(afterEdits?.name).toBe('并发甲');
    // Each entry's "old" is what the one before it left.
    const closings = afterEdits?.history.filter((h: { new: { closesOn?: string } }) => 'closesOn' in h.new);
    expect(closings[1].old.closesOn).toBe(closings[0].new.closesOn);
    expect(afterEdits?.closesOn).toBe(closings[1].new.closesOn);

    const closes = await Promise.all([1, 2, 3].map((i) => errType(p.call('grants.closeProgram', { programId: prog.id, reason: `关闭${i}` }, funder))));
    expect(closes.filter((r) => r === 'OK')).toHaveLength(1);
    expect(closes.filter((r) => r === 'CONFLICT')).toHaveLength(2);
    expect((await auditOf(prog.id)).filter((e) => e.action === 'PROGRAM_CLOSED')).toHaveLength(1);
    expect((await storedProgram(prog.id))?.history.filter((h: { action: string }) => h.action === 'CLOSED')).toHaveLength(1);
  });

  it('generated: any sequence of allowed edits leaves the last values, one history entry per effective edit, and the frozen evidence as it was', async () => {
    const b = await smallAlliance();
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ name: fc.option(fc.constantFrom('甲项目', '乙项目', '丙项目'), { nil: undefined }), days: fc.option(fc.integer({ min: 0, max: 90 }), { nil: undefined }) }), { minLength: 1, maxLength: 4 }),
        async (steps) => {
          const prog = await smallProgram();
          const app = await p.call('grants.submitApplication', { allianceId: b.alliance.id, programId: prog.id }, b.leadAdmin);
          const frozen = (await db.collection('applications').findOne({ _id: new Types.ObjectId(app.id) }))?.evaluation;
          let expected = { name: '更正测试奖补', closesOn: null as string | null };
          let effective = 0;
          for (const s of steps) {
            const closesOn = s.days === undefined ? undefined : addDays(today(), s.days);
            const r = await outcome(p.call('grants.updateProgram', { programId: prog.id, name: s.name, closesOn, reason: 'gen' }, funder));
            if (s.name === undefined && closesOn === undefined) {
              expect(r.type).toBe('BAD_USER_INPUT');
              continue;
            }
            expect(r.type).toBe('OK');
            const next = { name: s.name ?? expected.name, closesOn: closesOn ?? expected.closesOn };
            if (next.name !== expected.name || next.closesOn !== expected.closesOn) effective++;
            expected = next;
          }
          const stored = await storedProgram(prog.id);
          expect({ name: stored?.name, closesOn: stored?.closesOn }).toEqual(expected);
          expect(stored?.history ?? []).toHaveLength(effective);
          expect((await db.collection('applications').findOne({ _id: new Types.ObjectId(app.id) }))?.evaluation).toEqual(frozen);
          await p.call('grants.decideApplication', { applicationId: app.id, decision: 'REJECT', note: '测试' }, funder);
        },
      ),
      { numRuns: 3 },
    );
  });
});
