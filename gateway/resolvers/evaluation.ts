/** Yearly evaluation, pilot cities and award payments (schemas/evaluation.graphql): one-line delegations. `publicRankings` answers without a token. */
import type { GatewayResolvers } from './merge.js';
import { CURRENCY, formatFen } from '../../infra/money.js';
import { EvaluationAction as E, type EvaluationRunDto, type IndicatorSystemDto, type ListItemDto, type PaymentDto, type PilotCityProgressDto, type PublicRankingDto } from '../../services/evaluation/evaluation.contract.js';

const money = (fen: number) => ({ amount: formatFen(fen), currency: CURRENCY });

export const evaluationResolvers: GatewayResolvers = {
  Query: {
    indicatorSystems: (_p, args, ctx) => ctx.call<IndicatorSystemDto[]>(E.listSystems, args),
    evaluationRuns: (_p, args, ctx) => ctx.call<EvaluationRunDto[]>(E.listRuns, args),
    evaluationRun: (_p, { id }, ctx) => ctx.call<EvaluationRunDto | null>(E.getRun, { runId: id }),
    publicRankings: (_p, args, ctx) => ctx.publicCall<PublicRankingDto[]>(E.publicRankings, args),
    pilotCities: (_p, args, ctx) => ctx.call<PilotCityProgressDto[]>(E.pilotCities, args),
    awardPayments: (_p, args, ctx) => ctx.call<PaymentDto[]>(E.payments, args),
  },
  Mutation: {
    createIndicatorSystem: (_p, args, ctx) => ctx.call<IndicatorSystemDto>(E.createSystem, args),
    runEvaluation: (_p, args, ctx) => ctx.call<EvaluationRunDto>(E.run, args),
    enterIndicatorValue: (_p, args, ctx) => ctx.call<EvaluationRunDto>(E.enterValue, args),
    publishEvaluation: (_p, args, ctx) => ctx.call<EvaluationRunDto>(E.publish, args),
    recordEvaluationOutcome: (_p, args, ctx) => ctx.call<EvaluationRunDto>(E.recordOutcome, args),
    recordPilotCity: async (_p, args, ctx) => (await ctx.call<PilotCityProgressDto[]>(E.pilotCities, { regionCode: (await ctx.call<{ regionCode: string }>(E.recordPilotCity, args)).regionCode }))[0],
    recordPilotAchievement: (_p, args, ctx) => ctx.call<PilotCityProgressDto>(E.recordAchievement, args),
    addReformItem: (_p, args, ctx) => ctx.call<ListItemDto>(E.addListItem, args),
    updateReformItem: (_p, args, ctx) => ctx.call<ListItemDto>(E.updateListItem, args),
    recordAwardPayment: (_p, args, ctx) => ctx.call<PaymentDto>(E.recordPayment, args),
    fileSpendingReport: (_p, args, ctx) => ctx.call<PaymentDto>(E.fileSpendingReport, args),
  },
  AwardPayment: {
    recipient: (p, _a, ctx) => ctx.loaders.organization.load(p.recipientOrganizationId),
    amount: (p) => money(p.amountFen),
  },
  SpendingReport: { total: (s) => money(s.totalFen) },
  SpendingLine: { amount: (l) => money(l.amountFen) },
};
