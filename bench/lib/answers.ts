/**
 * The largest legitimate answer of each kind that grows — a revenue statement, an agreement's ledger, an evaluation's
 * member evidence, an organization's bookings — in bytes as ONE bus message (what NATS refused above 1 MB) and as the
 * largest page the gateway now reads (BUS_PAGE_EVENTS, EVIDENCE_PAGE, BUS_PAGE_BOOKINGS), measured with the payload
 * guard's own measure (infra/payload-guard.ts `payloadBytes`) on a data set seeded at the sizes the API allows.
 */
import type { ServiceBroker } from 'moleculer';
import { payloadBytes } from '../../infra/payload-guard.js';
import { mintToken } from '../../infra/auth.js';
import { asSystem } from '../../infra/caller.js';
import { BUS_PAGE_BOOKINGS, BUS_PAGE_EVENTS } from '../../gateway/bus-pages.js';
import { EVIDENCE_PAGE } from '../../services/grants/grants.contract.js';
import { MY_BOOKINGS_MAX } from '../../services/trainingBases/trainingBases.contract.js';
import type { Seeder } from './seed.js';
import { seedRevenue } from './revenue.js';

export interface AnswerRow {
  kind: string;
  items: number;
  /** The whole answer as one bus message. */
  wholeBytes: number;
  /** The largest page the gateway reads instead. */
  pageItems: number;
  pageBytes: number;
}

/** NATS's max_payload as configured (infra/nats.conf). */
export const TRANSPORT_LIMIT = 1_048_576;

/**
 * Seeds and measures. `members`: the evidence alliance's size; `events`: the ledger's; bookings: `MY_BOOKINGS_MAX`
 * (what `myBookings` answers at most).
 */
export async function measureAnswers(broker: ServiceBroker, seeder: Seeder, opts: { members: number; events: number }): Promise<AnswerRow[]> {
  const system = asSystem('bench');
  const call = <T>(action: string, params: Record<string, unknown>, meta = system) => broker.call(action, params, meta) as Promise<T>;
  const rows: AnswerRow[] = [];

  // Revenue: an organization's statement and the agreement's ledger.
  const owner = await seeder.alliance(3, `应答联盟 ${opts.events}`);
  const ledger = await seedRevenue(seeder, owner, opts.events);
  const period = { from: ledger.from, to: ledger.to };
  const statement = await call<{ lines: unknown[] }>('revenue.statement', { organizationId: ledger.organizationId, ...period });
  const statementPage = await call('revenue.statementPage', { organizationId: ledger.organizationId, ...period, first: BUS_PAGE_EVENTS });
  rows.push({ kind: 'revenue statement (events)', items: statement.lines.length, wholeBytes: payloadBytes(statement), pageItems: BUS_PAGE_EVENTS, pageBytes: payloadBytes(statementPage) });
  const agreement = await call<{ lines: unknown[] }>('revenue.agreementStatement', { agreementId: ledger.agreementId, ...period });
  const agreementPage = await call('revenue.agreementStatement', { agreementId: ledger.agreementId, ...period, first: BUS_PAGE_EVENTS });
  rows.push({ kind: "agreement's ledger (events)", items: agreement.lines.length, wholeBytes: payloadBytes(agreement), pageItems: BUS_PAGE_EVENTS, pageBytes: payloadBytes(agreementPage) });

  // Grant evidence: an evaluation with its member lists, and the memberships it reads.
  const big = await seeder.alliance(opts.members, `证据联盟 ${opts.members}`);
  const funder = await call<{ id: string }>('organizations.register', { name: '应答测试政府', kind: 'GOVERNMENT', creditCode: seeder.creditCode('11'), regionCode: '450200' });
  const program = await call<{ id: string }>('grants.createProgram', {
    code: `ANSWERS-${opts.members}`,
    name: '应答测试项目',
    regionCode: '450200',
    awardAmount: { amount: '1000000.00', currency: 'CNY' },
    funderOrganizationId: funder.id,
    criteria: [{ kind: 'MIN_SCHOOLS', threshold: 10 }, { kind: 'MIN_ENTERPRISES', threshold: 10 }],
  });
  const report = await call<{ countedMembers: unknown[]; asOf: string }>('grants.evaluate', { allianceId: big.allianceId, programId: program.id });
  const evidencePage = await call('grants.evidencePage', { allianceId: big.allianceId, asOf: report.asOf, first: EVIDENCE_PAGE });
  rows.push({ kind: 'eligibility with its member evidence (members)', items: report.countedMembers.length, wholeBytes: payloadBytes(report), pageItems: EVIDENCE_PAGE, pageBytes: payloadBytes(evidencePage) });
  const members = await call<unknown[]>('alliances.activeMembersOn', { allianceId: big.allianceId, asOf: report.asOf });
  const membersPage = await call('alliances.activeMembersOn', { allianceId: big.allianceId, asOf: report.asOf, first: EVIDENCE_PAGE });
  rows.push({ kind: 'active memberships read by an evaluation (members)', items: members.length, wholeBytes: payloadBytes(members), pageItems: EVIDENCE_PAGE, pageBytes: payloadBytes(membersPage) });

  // Bookings: the most `myBookings` answers, for one organization (history imported: no capacity taken).
  const base = await call<{ id: string }>('trainingBases.create', {
    allianceId: owner.allianceId,
    hostOrganizationId: owner.leadId,
    name: '应答实训中心',
    timeZone: 'Asia/Shanghai',
    capacity: 10,
    openingHours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '08:00', closes: '20:00' })),
  });
  for (let i = 0; i < MY_BOOKINGS_MAX; i += 10) {
    await Promise.all(
      Array.from({ length: 10 }, (_, j) => {
        const start = Date.UTC(2023, 0, 2, 1, 0) + (i + j) * 86_400_000;
        return call('trainingBases.importBooking', { baseId: base.id, organizationId: owner.leadId, start: new Date(start).toISOString(), end: new Date(start + 3_600_000).toISOString(), headcount: 1, purpose: 'TRAINING' });
      }),
    );
  }
  const lead = { meta: { token: await mintToken({ sub: 'bench-lead', roles: ['ORG_ADMIN'], org: owner.leadId, expiresIn: '1h' }) } };
  const bookings = await call<unknown[]>('trainingBases.myBookings', {}, lead);
  const bookingsPage = await call('trainingBases.myBookings', { first: BUS_PAGE_BOOKINGS }, lead);
  rows.push({ kind: "an organization's bookings (myBookings)", items: bookings.length, wholeBytes: payloadBytes(bookings), pageItems: BUS_PAGE_BOOKINGS, pageBytes: payloadBytes(bookingsPage) });
  return rows;
}
