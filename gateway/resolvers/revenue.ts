import type {
  MutationAmendRevenueAgreementArgs,
  MutationAmendRevenuePolicyArgs,
  MutationCloseRevenuePolicyArgs,
  MutationCreateRevenuePolicyArgs,
  QueryRevenuePolicyArgs,
  QueryRevenuePolicyInForceArgs,
  MutationCreateRevenueAgreementArgs,
  MutationRecordRevenueArgs,
  MutationReverseRevenueArgs,
  QueryRevenueAgreementArgs,
  QueryRevenueAgreementStatementArgs,
  QueryRevenueAgreementsArgs,
  QueryRevenueStatementArgs,
  RevenueAgreementStatementArgs,
  RevenueAgreementVersionOnArgs,
} from '../generated/resolvers-types.js';
import type { GatewayContext } from '../context.js';
import type { GatewayResolvers } from './merge.js';
import type { BeneficiaryTotalFen } from './parents.js';
import { toMoney } from '../../infra/money.js';
import { agreementStatementFromPages, revenueStatementFromPages } from '../bus-pages.js';
import type { Page } from '../../infra/pagination.js';
import {
  RevenueAction,
  type AgreementStatementDto,
  type AgreementStatementLine,
  type AgreementVersionDto,
  type AllocationLine,
  type DeductionLine,
  type InventorAllocation,
  type PartyTerms,
  type PolicyChange,
  type PolicyVersion,
  type RevenueAgreementDto,
  type RevenueEventDto,
  type RevenuePolicy,
  type RevenueStatementDto,
  type StatementLine,
} from '../../services/revenue/revenue.contract.js';

export const revenueResolvers: GatewayResolvers = {
  Query: {
    revenuePolicies: (_: unknown, __: unknown, ctx: GatewayContext) => ctx.call<RevenuePolicy[]>(RevenueAction.policies),
    revenuePolicy: (_: unknown, args: QueryRevenuePolicyArgs, ctx: GatewayContext) => ctx.call<RevenuePolicy | null>(RevenueAction.getPolicy, args),
    revenuePolicyInForce: (_: unknown, args: QueryRevenuePolicyInForceArgs, ctx: GatewayContext) => ctx.call<RevenuePolicy | null>(RevenueAction.policyInForce, args),
    revenueAgreement: (_: unknown, { id }: QueryRevenueAgreementArgs, ctx: GatewayContext) => ctx.call<RevenueAgreementDto | null>(RevenueAction.getAgreement, { id }),
    // Statements grow with the period: read in pages on the bus and assembled here (gateway/bus-pages.ts).
    revenueStatement: (_: unknown, args: QueryRevenueStatementArgs, ctx: GatewayContext) => revenueStatementFromPages(ctx.call, args),
    revenueAgreementStatement: (_: unknown, args: QueryRevenueAgreementStatementArgs, ctx: GatewayContext) => agreementStatementFromPages(ctx.call, args),
    revenueAgreements: (_: unknown, args: QueryRevenueAgreementsArgs, ctx: GatewayContext) => ctx.call<Page<RevenueAgreementDto>>(RevenueAction.listAgreements, args),
  },
  Mutation: {
    createRevenuePolicy: (_: unknown, { input }: MutationCreateRevenuePolicyArgs, ctx: GatewayContext) => ctx.call<RevenuePolicy>(RevenueAction.createPolicy, input),
    amendRevenuePolicy: (_: unknown, { input }: MutationAmendRevenuePolicyArgs, ctx: GatewayContext) => ctx.call<RevenuePolicy>(RevenueAction.amendPolicy, input),
    closeRevenuePolicy: (_: unknown, args: MutationCloseRevenuePolicyArgs, ctx: GatewayContext) => ctx.call<RevenuePolicy>(RevenueAction.closePolicy, args),
    createRevenueAgreement: (_: unknown, { input }: MutationCreateRevenueAgreementArgs, ctx: GatewayContext) => ctx.call<RevenueAgreementDto>(RevenueAction.createAgreement, input),
    amendRevenueAgreement: (_: unknown, { input }: MutationAmendRevenueAgreementArgs, ctx: GatewayContext) => ctx.call<RevenueAgreementDto>(RevenueAction.amendAgreement, input),
    recordRevenue: (_: unknown, { input }: MutationRecordRevenueArgs, ctx: GatewayContext) => ctx.call<RevenueEventDto>(RevenueAction.record, input),
    reverseRevenue: (_: unknown, args: MutationReverseRevenueArgs, ctx: GatewayContext) => ctx.call<RevenueEventDto>(RevenueAction.reverse, args),
  },
  RevenuePolicyVersion: {
    recordedAt: (v: PolicyVersion) => v.recordedAt,
  },
  RevenuePolicyChange: {
    byOrganization: (c: PolicyChange, _: unknown, ctx: GatewayContext) => (c.byOrganizationId ? ctx.loaders.organization.load(c.byOrganizationId) : null),
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
    versionOn: (a: RevenueAgreementDto, { date }: RevenueAgreementVersionOnArgs, ctx: GatewayContext) => ctx.batch<AgreementVersionDto | null>(RevenueAction.getVersionsOn, 'agreementIds', a.id, { date }),
    statement: async (a: RevenueAgreementDto, { from, to }: RevenueAgreementStatementArgs, ctx: GatewayContext) =>
      agreementStatementFromPages(ctx.call, { agreementId: a.id, from, to }, await ctx.batch<AgreementStatementDto>(RevenueAction.getAgreementStatements, 'agreementIds', a.id, { from, to })),
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
    runningNet: (l: AgreementStatementLine) => toMoney(l.runningNetFen),
  },
  RevenueBeneficiaryTotal: {
    organization: (t: BeneficiaryTotalFen, _: unknown, ctx: GatewayContext) => ctx.loaders.organization.load(t.organizationId),
    amount: (t: BeneficiaryTotalFen) => toMoney(t.amountFen),
  },
  RevenueAgreementStatement: {
    agreement: (s: AgreementStatementDto, _: unknown, ctx: GatewayContext) => ctx.loaders.revenueAgreement.load(s.agreementId),
    gross: (s: AgreementStatementDto) => toMoney(s.grossFen),
    deductions: (s: AgreementStatementDto) => toMoney(s.deductionsFen),
    net: (s: AgreementStatementDto) => toMoney(s.netFen),
    totals: (s: AgreementStatementDto) => s.byOrganization,
  },
};
