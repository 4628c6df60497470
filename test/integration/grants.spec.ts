/**
 * Grant programs, eligibility, applications, awards, the audit trail and the standings projection over a real
 * NATS server: organizations, alliances, grants and grantStandings each on their own broker.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mongoose, { Types, type Connection } from 'mongoose';
import type { ServiceBroker } from 'moleculer';
import { startTestPlatform, type TestPlatform } from '../helpers/platform.js';
import { fixtures } from '../helpers/fixtures.js';
import { errType, failure } from '../helpers/outcomes.js';
import { addDays, today } from '../../infra/dates.js';
import { config } from '../../infra/env.js';
import { databaseName } from '../../infra/mongo.mixin.js';
import fc from 'fast-check';
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
