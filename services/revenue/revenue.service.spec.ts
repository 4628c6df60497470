/**
 * The revenue service's actions at the broker level (the Moleculer template's layer): one local broker with the
 * real service, the real auth middleware and the run's MongoDB, and stub organizations / alliances / projects
 * services answering the few lookups revenue makes. No transporter, no gateway.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { standingOfStandIn, unitBroker } from '../../test/helpers/unit-broker.js';
import { inject } from 'vitest';
import { ServiceBroker, type Context } from 'moleculer';
import { mintToken, type Role } from '../../infra/auth.js';
import { resetConfig } from '../../infra/env.js';
import type { BatchEntry } from '../../infra/batch.js';
import RevenueService from './revenue.service.js';
import {
  RevenueAction,
  RevenueBusEvent,
  type AgreementStatementDto,
  type AgreementVersionDto,
  type LedgerEventPayload,
  type RevenueAgreementDto,
  type RevenueEventDto,
  type RevenuePolicy,
} from './revenue.contract.js';
import { entryType, outcome } from '../../test/helpers/outcomes.js';

const id = () => randomBytes(12).toString('hex');
const SCHOOL = id();
const FIRM = id();
const OTHER = id();
const ALLIANCE = id();
/** An alliance in Guilin (450300), a city with no policy until a test creates one, and Guilin's government. */
const GUILIN_ALLIANCE = id();
const GUILIN_GOV = id();
const XIAN_GOV = id();
const orgs = new Map([
  [SCHOOL, { id: SCHOOL, name: '柳州职业技术大学', kind: 'SCHOOL', regionCode: '450200' }],
  [FIRM, { id: FIRM, name: '柳工', kind: 'ENTERPRISE', regionCode: '450200' }],
  [OTHER, { id: OTHER, name: '五菱', kind: 'ENTERPRISE', regionCode: '450200' }],
  [GUILIN_GOV, { id: GUILIN_GOV, name: '桂林市人民政府', kind: 'GOVERNMENT', regionCode: '450300' }],
  [XIAN_GOV, { id: XIAN_GOV, name: '西安市人民政府', kind: 'GOVERNMENT', regionCode: '610100' }],
]);
const alliances = new Map([
  [ALLIANCE, { id: ALLIANCE, leadOrganizationId: SCHOOL, regionCode: '450200' }],
  [GUILIN_ALLIANCE, { id: GUILIN_ALLIANCE, leadOrganizationId: SCHOOL, regionCode: '450300' }],
]);

let broker: ServiceBroker;
const ledgerEvents: { name: string; payload: LedgerEventPayload }[] = [];
let schoolAdmin: string, firmAdmin: string;

const token = (roles: Role[], org?: string) => mintToken({ sub: `u-${id()}`, roles, org, expiresIn: '1h' });
const call = <T>(action: string, params: Record<string, unknown>, as?: string) => broker.call(action, params, { meta: as ? { token: as } : {} }) as Promise<T>;
const errorOf = async (p: Promise<unknown>): Promise<{ type?: string; data?: Record<string, unknown> }> => {
  try {
    await p;
  } catch (err) {
    // The catalog message (data.i18n) is left out: these assertions are about the domain data.
    const { type, data } = await outcome(Promise.reject(err));
    return { type, data };
  }
  throw new Error('expected a coded error');
};
/** Events are delivered asynchronously: what `read` returns once it has `n` entries (or after 2 s, as it is). */
async function eventually<T>(read: () => T[], n: number): Promise<T[]> {
  for (let i = 0; i < 100 && read().length < n; i++) await new Promise((r) => setTimeout(r, 20));
  return read();
}

beforeAll(async () => {
  process.env.MONGO_URL = inject('mongoUrl');
  process.env.MONGO_DB_PREFIX = `t${randomBytes(4).toString('hex')}`;
  resetConfig();
  broker = unitBroker();
  broker.createService({
    name: 'organizations',
    actions: { getMany: (ctx: Context<{ ids: string[] }>) => ctx.params.ids.map((i) => orgs.get(i) ?? null), standingOf: standingOfStandIn() },
  });
  broker.createService({
    name: 'alliances',
    actions: {
      get: (ctx: Context<{ id: string }>) => alliances.get(ctx.params.id) ?? null,
      activeMembersOn: () => [...orgs.keys()].map((organizationId) => ({ organizationId })),
    },
  });
  broker.createService({ name: 'projects', actions: { get: () => null } });
  broker.createService({
    name: 'ledger-listener',
    events: {
      [RevenueBusEvent.recorded]: (ctx: Context<LedgerEventPayload>) => void ledgerEvents.push({ name: ctx.eventName ?? '', payload: ctx.params }),
      [RevenueBusEvent.reversed]: (ctx: Context<LedgerEventPayload>) => void ledgerEvents.push({ name: ctx.eventName ?? '', payload: ctx.params }),
    },
  });
  broker.createService(RevenueService);
  await broker.start();
  [schoolAdmin, firmAdmin] = await Promise.all([token(['ORG_ADMIN'], SCHOOL), token(['ORG_ADMIN'], FIRM)]);
});
afterAll(async () => broker?.stop());

const createAgreement = (parties: { organizationId: string; shareBp: number; teacherShareBp?: number }[], effectiveFrom = '2025-01-01') =>
  call<RevenueAgreementDto>(RevenueAction.createAgreement, { allianceId: ALLIANCE, title: `协议 ${id().slice(0, 4)}`, policyCode: 'LIUZHOU', effectiveFrom, parties }, schoolAdmin);

describe('revenue actions on a broker', () => {
  it('seeds the initial policies on start (owner region, validity, source) and lists them to any verified caller; refuses a call without a token', async () => {
    const policies = await call<RevenuePolicy[]>(RevenueAction.policies, {}, firmAdmin);
    expect(policies.map((p) => [p.code, p.regionCode, p.validFrom, p.minTeacherShareBp, p.maxTeacherShareBp])).toEqual([
      ['LIUZHOU', '450200', '2020-01-01', 7000, 10000],
      ['XIAN', '610100', '2019-01-01', 0, 5000],
    ]);
    expect(policies[0].changes).toMatchObject([{ action: 'CREATED', version: 1, by: 'service:revenue' }]);
    expect((await errorOf(call(RevenueAction.policies, {}))).type).toBe('UNAUTHENTICATED');
  });

  it("refuses another region's policy for an alliance (the handed case: Xi'an terms in Liuzhou) and stores nothing", async () => {
    const before = await call<{ edges: unknown[] }>(RevenueAction.listAgreements, { organizationId: SCHOOL, first: 100 }, schoolAdmin);
    const xian = await errorOf(
      call(RevenueAction.createAgreement, { allianceId: ALLIANCE, title: '西安政策', policyCode: 'XIAN', effectiveFrom: '2025-01-01', parties: [{ organizationId: SCHOOL, shareBp: 10000, teacherShareBp: 3000 }] }, schoolAdmin),
    );
    expect(xian).toEqual({ type: 'FAILED_PRECONDITION', data: { field: 'policyCode', rule: 'POLICY_NOT_IN_FORCE_FOR_REGION', policy: 'XIAN', policyInForce: 'LIUZHOU', regionCode: '450200', date: '2025-01-01' } });
    const unnamed = await errorOf(
      call(RevenueAction.createAgreement, { allianceId: ALLIANCE, title: '三成', effectiveFrom: '2025-01-01', parties: [{ organizationId: SCHOOL, shareBp: 10000, teacherShareBp: 3000 }] }, schoolAdmin),
    );
    expect(unnamed).toMatchObject({ type: 'BAD_USER_INPUT', data: { rule: 'POLICY_TEACHER_SHARE', policy: 'LIUZHOU' } });
    const after = await call<{ edges: unknown[] }>(RevenueAction.listAgreements, { organizationId: SCHOOL, first: 100 }, schoolAdmin);
    expect(after.edges.length).toBe(before.edges.length);
  });

  it('a third city: its funder creates a policy through the API, agreements there follow it; amendments leave earlier agreements alone', async () => {
    const guilinFunder = await token(['FUNDER'], GUILIN_GOV);
    const terms = (teacherShareBp: number) => [{ organizationId: SCHOOL, shareBp: 10000, teacherShareBp }];
    const make = (teacherShareBp: number, effectiveFrom: string) =>
      call<RevenueAgreementDto>(RevenueAction.createAgreement, { allianceId: GUILIN_ALLIANCE, title: `桂林 ${id().slice(0, 4)}`, effectiveFrom, parties: terms(teacherShareBp) }, schoolAdmin);
    expect(await errorOf(make(6000, '2025-01-01'))).toEqual({ type: 'FAILED_PRECONDITION', data: { field: 'effectiveFrom', rule: 'NO_POLICY_IN_FORCE', regionCode: '450300', date: '2025-01-01' } });
    const input = { code: 'guilin', name: '桂林市：教师不少于60%', regionCode: '450300', validFrom: '2024-01-01', minTeacherShareBp: 6000, maxTeacherShareBp: 10000, note: '试行' };
    expect((await errorOf(call(RevenueAction.createPolicy, input, await token(['FUNDER'], XIAN_GOV)))).type).toBe('FORBIDDEN');
    expect((await errorOf(call(RevenueAction.createPolicy, input, schoolAdmin))).type).toBe('FORBIDDEN');
    expect(await errorOf(call(RevenueAction.createPolicy, { ...input, minTeacherShareBp: 9000, maxTeacherShareBp: 8000 }, guilinFunder))).toEqual({ type: 'BAD_USER_INPUT', data: { field: 'maxTeacherShareBp', rule: 'POLICY_BOUNDS' } });
    expect(await call(RevenueAction.getPolicy, { code: 'GUILIN' }, firmAdmin)).toBeNull();
    const created = await call<RevenuePolicy>(RevenueAction.createPolicy, input, guilinFunder);
    expect(created).toMatchObject({ code: 'GUILIN', regionCode: '450300', version: 1, minTeacherShareBp: 6000, changes: [{ action: 'CREATED', version: 1, byOrganizationId: GUILIN_GOV, note: '试行' }] });
    expect(await errorOf(call(RevenueAction.createPolicy, { ...input, code: 'GUILIN2' }, guilinFunder))).toEqual({ type: 'CONFLICT', data: { field: 'regionCode', rule: 'POLICY_REGION_TAKEN', existingCode: 'GUILIN' } });

    const early = await make(6000, '2025-01-01');
    expect(early.policy).toMatchObject({ code: 'GUILIN', version: 1 });
    const amended = await call<RevenuePolicy>(RevenueAction.amendPolicy, { code: 'GUILIN', validFrom: '2026-01-01', minTeacherShareBp: 8000, note: '提高比例' }, guilinFunder);
    expect(amended).toMatchObject({ version: 2, validFrom: '2026-01-01', minTeacherShareBp: 8000, changes: [{ action: 'CREATED' }, { action: 'AMENDED', version: 2, note: '提高比例' }] });
    expect(await errorOf(call(RevenueAction.amendPolicy, { code: 'GUILIN', validFrom: '2025-12-31', note: '早于' }, guilinFunder))).toEqual({ type: 'BAD_USER_INPUT', data: { field: 'validFrom', rule: 'POLICY_VALIDITY' } });
    expect((await errorOf(call(RevenueAction.amendPolicy, { code: 'GUILIN', validFrom: '2027-01-01', note: '越权' }, await token(['FUNDER'], XIAN_GOV)))).type).toBe('FORBIDDEN');
    expect((await call<RevenuePolicy>(RevenueAction.getPolicy, { code: 'GUILIN' }, firmAdmin)).versions.map((v) => v.version)).toEqual([1, 2]);
    expect(await errorOf(make(6000, '2026-01-01'))).toMatchObject({ type: 'BAD_USER_INPUT', data: { rule: 'POLICY_TEACHER_SHARE', policy: 'GUILIN' } });
    expect((await make(8000, '2026-01-01')).policy).toMatchObject({ code: 'GUILIN', version: 2, minTeacherShareBp: 8000 });
    // The agreement made under version 1 still shows (and was checked against) version 1.
    const reread = await call<RevenueAgreementDto>(RevenueAction.getAgreement, { id: early.id }, schoolAdmin);
    expect(reread.policy).toMatchObject({ code: 'GUILIN', version: 1, minTeacherShareBp: 6000 });
    const inForce = await call<RevenuePolicy>(RevenueAction.policyInForce, { regionCode: '450305', date: '2025-06-01' }, firmAdmin);
    expect(inForce).toMatchObject({ code: 'GUILIN', version: 1 });
    const closed = await call<RevenuePolicy>(RevenueAction.closePolicy, { code: 'GUILIN', validUntil: '2026-12-31', note: '到期' }, guilinFunder);
    expect(closed.changes.map((c) => c.action)).toEqual(['CREATED', 'AMENDED', 'CLOSED']);
    expect(await call(RevenueAction.policyInForce, { regionCode: '450300', date: '2027-01-01' }, firmAdmin)).toBeNull();
  });

  it('creates an agreement owned by the alliance lead; an enterprise may not', async () => {
    const a = await createAgreement([{ organizationId: SCHOOL, shareBp: 5000, teacherShareBp: 7000 }, { organizationId: FIRM, shareBp: 5000 }]);
    expect(a).toMatchObject({ version: 1, ownerOrganizationId: SCHOOL, ownerKind: 'ALLIANCE_LEAD', deductionKinds: ['PATENT_FEE', 'AGENT_COMMISSION', 'TAX'] });
    const refused = await errorOf(
      call(RevenueAction.createAgreement, { allianceId: ALLIANCE, title: '越权', policyCode: 'LIUZHOU', effectiveFrom: '2025-01-01', parties: [{ organizationId: FIRM, shareBp: 10000 }] }, firmAdmin),
    );
    expect(refused.type).toBe('FORBIDDEN');
    const unknownPolicy = await errorOf(
      call(RevenueAction.createAgreement, { allianceId: ALLIANCE, title: '无政策', policyCode: 'NOWHERE', effectiveFrom: '2025-01-01', parties: [{ organizationId: FIRM, shareBp: 10000 }] }, schoolAdmin),
    );
    expect(unknownPolicy).toEqual({ type: 'BAD_USER_INPUT', data: { field: 'policyCode', rule: 'UNKNOWN_POLICY' } });
  });

  it('appends to the ledger once per reference and emits one revenue.recorded; a reversal emits revenue.reversed', async () => {
    const a = await createAgreement([{ organizationId: FIRM, shareBp: 10000 }]);
    const input = { agreementId: a.id, gross: { amount: '100.00' }, receivedOn: '2025-02-01', externalReference: `R-${id()}` };
    const first = await call<RevenueEventDto>(RevenueAction.record, input, schoolAdmin);
    const again = await call<RevenueEventDto>(RevenueAction.record, input, schoolAdmin);
    expect(again.id).toBe(first.id);
    const otherFigures = await errorOf(call(RevenueAction.record, { ...input, gross: { amount: '100.01' } }, schoolAdmin));
    expect(otherFigures).toEqual({ type: 'CONFLICT', data: { eventId: first.id, field: 'externalReference' } });
    const reversal = await call<RevenueEventDto>(RevenueAction.reverse, { eventId: first.id, reason: '录错', reversedOn: '2025-02-02' }, schoolAdmin);
    expect(reversal).toMatchObject({ kind: 'REVERSAL', grossFen: -10_000, reversesEventId: first.id });
    expect((await errorOf(call(RevenueAction.reverse, { eventId: first.id, reason: '再次' }, schoolAdmin)))).toEqual({
      type: 'CONFLICT',
      data: { rule: 'ALREADY_REVERSED', reversalEventId: reversal.id },
    });
    const mine = await eventually(() => ledgerEvents.filter((e) => e.payload.agreementId === a.id), 2);
    expect(mine.map((e) => [e.name, e.payload.eventId])).toEqual([
      ['revenue.recorded', first.id],
      ['revenue.reversed', reversal.id],
    ]);
    expect(mine[0].payload).toMatchObject({ kind: 'REVENUE', netFen: 10_000, allocations: [{ organizationId: FIRM, beneficiary: 'ORGANIZATION', amountFen: 10_000 }] });
  });

  it('getVersionsOn answers per agreement in order: the version in force, null before version 1, NOT_FOUND and FORBIDDEN as entries', async () => {
    const shared = await createAgreement([{ organizationId: SCHOOL, shareBp: 5000, teacherShareBp: 7000 }, { organizationId: FIRM, shareBp: 5000 }]);
    await call(RevenueAction.amendAgreement, { agreementId: shared.id, effectiveFrom: '2025-07-01', parties: [{ organizationId: FIRM, shareBp: 10000 }] }, schoolAdmin);
    const notFirms = await createAgreement([{ organizationId: SCHOOL, shareBp: 5000, teacherShareBp: 7000 }, { organizationId: OTHER, shareBp: 5000 }]);
    const missing = id();
    const ids = [shared.id, notFirms.id, missing, shared.id];
    const june = await call<BatchEntry<AgreementVersionDto | null>[]>(RevenueAction.getVersionsOn, { agreementIds: ids, date: '2025-06-30' }, firmAdmin);
    expect(june.map(entryType)).toEqual(['OK', 'FORBIDDEN', 'NOT_FOUND', 'OK']);
    expect((june[0] as AgreementVersionDto).version).toBe(1);
    expect((june[0] as AgreementVersionDto).policy.code).toBe('LIUZHOU');
    const july = await call<BatchEntry<AgreementVersionDto | null>[]>(RevenueAction.getVersionsOn, { agreementIds: [shared.id], date: '2025-07-01' }, firmAdmin);
    expect((july[0] as AgreementVersionDto).version).toBe(2);
    const before = await call<BatchEntry<AgreementVersionDto | null>[]>(RevenueAction.getVersionsOn, { agreementIds: [shared.id, notFirms.id], date: '2024-12-31' }, schoolAdmin);
    expect(before).toEqual([null, null]);
  });

  it('getAgreementStatements answers per agreement in order, equal to agreementStatement; a bad period fails every entry', async () => {
    const a = await createAgreement([{ organizationId: FIRM, shareBp: 10000 }]);
    const b = await createAgreement([{ organizationId: OTHER, shareBp: 10000 }]);
    await call(RevenueAction.record, { agreementId: a.id, gross: { amount: '10.00' }, receivedOn: '2025-03-01', externalReference: 'A-1' }, schoolAdmin);
    await call(RevenueAction.record, { agreementId: a.id, gross: { amount: '5.00' }, deductions: [{ kind: 'TAX', amount: { amount: '1.00' } }], receivedOn: '2025-04-01', externalReference: 'A-2' }, schoolAdmin);
    await call(RevenueAction.record, { agreementId: b.id, gross: { amount: '7.00' }, receivedOn: '2025-03-02', externalReference: 'B-1' }, schoolAdmin);
    const period = { from: '2025-01-01', to: '2025-12-31' };
    const batch = await call<BatchEntry<AgreementStatementDto>[]>(RevenueAction.getAgreementStatements, { agreementIds: [b.id, a.id, id()], ...period }, schoolAdmin);
    expect(batch.map(entryType)).toEqual(['OK', 'OK', 'NOT_FOUND']);
    for (const [i, agreementId] of [b.id, a.id].entries()) {
      expect(batch[i]).toEqual(await call<AgreementStatementDto>(RevenueAction.agreementStatement, { agreementId, ...period }, schoolAdmin));
    }
    expect(batch[1]).toMatchObject({ grossFen: '1500', deductionsFen: '100', netFen: '1400', reconciled: true });
    expect((batch[1] as AgreementStatementDto).lines.map((l) => l.runningNetFen)).toEqual(['1000', '1400']);
    const asFirm = await call<BatchEntry<AgreementStatementDto>[]>(RevenueAction.getAgreementStatements, { agreementIds: [a.id, b.id], ...period }, firmAdmin);
    expect(asFirm.map(entryType)).toEqual(['OK', 'FORBIDDEN']);
    const reversed = await call<BatchEntry<AgreementStatementDto>[]>(RevenueAction.getAgreementStatements, { agreementIds: [a.id, b.id], from: '2025-12-31', to: '2025-01-01' }, schoolAdmin);
    expect(reversed.map(entryType)).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT']);
  });
});
