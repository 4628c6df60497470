import type { GatewayContext } from '../context.js';
import type { GatewayResolvers } from './merge.js';
import type { MutationAmendRevenueAgreementArgs, MutationCreateRevenueAgreementArgs, MutationRecordRevenueArgs, MutationReverseRevenueArgs, QueryRevenueAgreementArgs, QueryRevenueAgreementStatementArgs, QueryRevenueAgreementsArgs, QueryRevenueStatementArgs, RevenueAgreementStatementArgs, RevenueAgreementVersionOnArgs } from '../generated/resolvers-types.js';
import { toMoney } from '../../infra/money.js';
import type { Page } from '../../infra/pagination.js';
import type {
  AgreementStatementDto,
  AgreementVersionDto,
  RevenueAgreementDto,
  RevenueEventDto,
  RevenueStatementDto,
  StatementLine,
} from '../../services/revenue/revenue.contract.js';
import type { RevenuePolicy, PartyTerms } from '../../services/revenue/revenue.contract.js';
import type { AllocationLine, DeductionLine, InventorAllocation } from '../../services/revenue/allocation.js';
import { versionOn } from '../../services/revenue/revenue.rules.js';

export const revenueResolvers: GatewayResolvers = {
  Query: {
    revenuePolicies: (_: unknown, __: unknown, ctx: GatewayContext) => ctx.call<RevenuePolicy[]>('revenue.policies'),
    revenueAgreement: (_: unknown, { id }: QueryRevenueAgreementArgs, ctx: GatewayContext) => ctx.call<RevenueAgreementDto | null>('revenue.getAgreement', { id }),
    revenueStatement: (_: unknown, args: QueryRevenueStatementArgs, ctx: GatewayContext) => ctx.call<RevenueStatementDto>('revenue.statement', args),
    revenueAgreementStatement: (_: unknown, args: QueryRevenueAgreementStatementArgs, ctx: GatewayContext) => ctx.call<AgreementStatementDto>('revenue.agreementStatement', args),
    revenueAgreements: (_: unknown, args: QueryRevenueAgreementsArgs, ctx: GatewayContext) => ctx.call<Page<RevenueAgreementDto>>('revenue.listAgreements', args),
  },
  Mutation: {
    createRevenueAgreement: (_: unknown, { input }: MutationCreateRevenueAgreementArgs, ctx: GatewayContext) => ctx.call<RevenueAgreementDto>('revenue.createAgreement', input),
    amendRevenueAgreement: (_: unknown, { input }: MutationAmendRevenueAgreementArgs, ctx: GatewayContext) => ctx.call<RevenueAgreementDto>('revenue.amendAgreement', input),
    recordRevenue: (_: unknown, { input }: MutationRecordRevenueArgs, ctx: GatewayContext) => ctx.call<RevenueEventDto>('revenue.record', input),
    reverseRevenue: (_: unknown, args: MutationReverseRevenueArgs, ctx: GatewayContext) => ctx.call<RevenueEventDto>('revenue.reverse', args),
  },
  RevenueParty: {
    organization: (p: PartyTerms, _: unknown, ctx: GatewayContext) => ctx.loaders.organization.load(p.organizationId),
  },
  RevenueAgreementVersion: {
    recordedAt: (v: AgreementVersionDto) => v.recordedAt,
  },
  RevenueAgreement: {
    alliance: (a: RevenueAgreementDto, _: unknown, ctx: GatewayContext) => ctx.loaders.alliance.load(a.allianceId),
    owner: (a: RevenueAgreementDto, _: unknown, ctx: GatewayContext) => ctx.loaders.organization.load(a.ownerOrganizationId),
    versionOn: (a: RevenueAgreementDto, { date }: RevenueAgreementVersionOnArgs) => versionOn(a.versions, date),
    statement: (a: RevenueAgreementDto, args: RevenueAgreementStatementArgs, ctx: GatewayContext) => ctx.call<AgreementStatementDto>('revenue.agreementStatement', { ...args, agreementId: a.id }),
  },
  Deduction: {
    amount: (d: DeductionLine) => toMoney(d.amountFen),
    remaining: (d: DeductionLine) => toMoney(d.remainingFen),
  },
  Allocation: {
    organization: (l: AllocationLine, _: unknown, ctx: GatewayContext) => ctx.loaders.organization.load(l.organizationId),
    amount: (l: AllocationLine) => toMoney(l.amountFen),
  },
  InventorAllocation: {
    amount: (v: InventorAllocation) => toMoney(v.amountFen),
  },
  RevenueEvent: {
    agreement: (e: RevenueEventDto, _: unknown, ctx: GatewayContext) => ctx.loaders.revenueAgreement.load(e.agreementId),
    gross: (e: RevenueEventDto) => toMoney(e.grossFen),
    net: (e: RevenueEventDto) => toMoney(e.netFen),
    reverses: (e: RevenueEventDto, _: unknown, ctx: GatewayContext) => (e.reversesEventId ? ctx.loaders.revenueEvent.load(e.reversesEventId) : null),
  },
  RevenueStatement: {
    organization: (s: RevenueStatementDto, _: unknown, ctx: GatewayContext) => ctx.loaders.organization.load(s.organizationId),
    events: (s: RevenueStatementDto) => s.lines.map((l) => l.event),
    total: (s: RevenueStatementDto) => toMoney(s.totalFen),
  },
  RevenueStatementLine: {
    amount: (l: StatementLine) => toMoney(l.amountFen),
    runningTotal: (l: StatementLine) => toMoney(l.runningTotalFen),
  },
  RevenueAgreementStatementLine: {
    runningNet: (l: { runningNetFen: number }) => toMoney(l.runningNetFen),
  },
  RevenueBeneficiaryTotal: {
    organization: (t: { organizationId: string }, _: unknown, ctx: GatewayContext) => ctx.loaders.organization.load(t.organizationId),
    amount: (t: { amountFen: number }) => toMoney(t.amountFen),
  },
  RevenueAgreementStatement: {
    agreement: (s: AgreementStatementDto, _: unknown, ctx: GatewayContext) => ctx.loaders.revenueAgreement.load(s.agreementId),
    gross: (s: AgreementStatementDto) => toMoney(s.grossFen),
    deductions: (s: AgreementStatementDto) => toMoney(s.deductionsFen),
    net: (s: AgreementStatementDto) => toMoney(s.netFen),
    totals: (s: AgreementStatementDto) => s.byOrganization,
  },
};
