/**
 * GraphQL over the cooperation service (schemas/cooperation.graphql): one line of delegation per field. Money inputs
 * are parsed to integer fen here (infra/money.ts, BAD_USER_INPUT on a bad amount); outputs formatted as Money.
 */
import type { GatewayContext } from '../context.js';
import type { GatewayResolvers } from './merge.js';
import type * as G from '../generated/resolvers-types.js';
import { parseMoney, toMoney, type MoneyInput } from '../../infra/money.js';
import {
  CooperationAction as A,
  type AgreementDto,
  type AssessmentDto,
  type AttendanceDto,
  type ClaimComputationDto,
  type ClaimDto,
  type CohortDto,
  type CooperationFigures,
  type GraduateDto,
  type ObligationDto,
  type PlacementDto,
  type PolicyParameters,
  type SubsidyPolicyDto,
} from '../../services/cooperation/cooperation.contract.js';
import type { AgreementConfirmationParent } from './parents.js';
import { localized } from '../localized.js';

const fenOrNull = (m: MoneyInput | null | undefined, field: string) => (m ? parseMoney(m, { field }) : null);
const moneyOrNull = (fen: number | null | undefined) => (fen === null || fen === undefined ? null : toMoney(fen));

/** GraphQL policy parameters (Money) → the service's fen parameters. */
function policyParameters(p: G.SubsidyPolicyParametersInput): PolicyParameters {
  return {
    perPersonYearFen: fenOrNull(p.perPersonYear, 'perPersonYear'),
    perInternMonthFen: fenOrNull(p.perInternMonth, 'perInternMonth'),
    fixedFen: fenOrNull(p.fixed, 'fixed'),
    continuousMonths: p.continuousMonths ?? null,
    perGraduateFen: fenOrNull(p.perGraduate, 'perGraduate'),
    yearlyBudgetFen: fenOrNull(p.yearlyBudget, 'yearlyBudget'),
    overBudget: p.overBudget ?? null,
  };
}

export const cooperationResolvers: GatewayResolvers = {
  Query: {
    cooperationAgreement: (_: unknown, args: G.QueryCooperationAgreementArgs, ctx: GatewayContext) => ctx.call<AgreementDto | null>(A.getAgreement, args),
    cooperationAgreements: (_: unknown, args: G.QueryCooperationAgreementsArgs, ctx: GatewayContext) => ctx.call(A.listAgreements, args),
    agreementSignedCopy: (_: unknown, args: G.QueryAgreementSignedCopyArgs, ctx: GatewayContext) => ctx.call(A.signedCopy, args),
    internshipPlacement: (_: unknown, args: G.QueryInternshipPlacementArgs, ctx: GatewayContext) => ctx.call<PlacementDto | null>(A.getPlacement, args),
    internshipPlacements: (_: unknown, args: G.QueryInternshipPlacementsArgs, ctx: GatewayContext) => ctx.call(A.listPlacements, args),
    apprenticeCohorts: (_: unknown, args: G.QueryApprenticeCohortsArgs, ctx: GatewayContext) => ctx.call(A.listCohorts, args),
    graduatePlacements: (_: unknown, args: G.QueryGraduatePlacementsArgs, ctx: GatewayContext) => ctx.call(A.listGraduates, args),
    retentionRates: (_: unknown, args: G.QueryRetentionRatesArgs, ctx: GatewayContext) => ctx.call(A.retentionRates, args),
    cooperationFigures: (_: unknown, args: G.QueryCooperationFiguresArgs, ctx: GatewayContext) => ctx.call<CooperationFigures>(A.organizationHistory, { organizationId: args.organizationId, ...(args.asOf ? { asOf: args.asOf } : {}) }),
    allianceCooperationFigures: (_: unknown, args: G.QueryAllianceCooperationFiguresArgs, ctx: GatewayContext) => ctx.call<CooperationFigures>(A.allianceFigures, { allianceId: args.allianceId, ...(args.asOf ? { asOf: args.asOf } : {}) }),
    subsidyPolicies: (_: unknown, args: G.QuerySubsidyPoliciesArgs, ctx: GatewayContext) => ctx.call<SubsidyPolicyDto[]>(A.listPolicies, args),
    subsidyClaims: (_: unknown, args: G.QuerySubsidyClaimsArgs, ctx: GatewayContext) => ctx.call(A.listClaims, args),
    subsidyClaimPreview: (_: unknown, { input }: G.QuerySubsidyClaimPreviewArgs, ctx: GatewayContext) => ctx.call<ClaimComputationDto>(A.previewClaim, input),
    internQuota: (_: unknown, args: G.QueryInternQuotaArgs, ctx: GatewayContext) => ctx.call(A.internQuota, args),
  },
  Mutation: {
    createAgreementDraft: (_: unknown, { input }: G.MutationCreateAgreementDraftArgs, ctx: GatewayContext) => ctx.call<AgreementDto>(A.createAgreementDraft, input),
    updateAgreementDraft: (_: unknown, { input }: G.MutationUpdateAgreementDraftArgs, ctx: GatewayContext) => ctx.call<AgreementDto>(A.updateAgreementDraft, input),
    confirmAgreement: (_: unknown, args: G.MutationConfirmAgreementArgs, ctx: GatewayContext) => ctx.call<AgreementDto>(A.confirmAgreement, args),
    uploadAgreementSignedCopy: (_: unknown, args: G.MutationUploadAgreementSignedCopyArgs, ctx: GatewayContext) => ctx.call<AgreementDto>(A.uploadSignedCopy, args),
    terminateAgreement: (_: unknown, args: G.MutationTerminateAgreementArgs, ctx: GatewayContext) => ctx.call<AgreementDto>(A.terminateAgreement, args),
    renewAgreement: (_: unknown, args: G.MutationRenewAgreementArgs, ctx: GatewayContext) => ctx.call<AgreementDto>(A.renewAgreement, args),
    createInternshipPlacement: (_: unknown, { input }: G.MutationCreateInternshipPlacementArgs, ctx: GatewayContext) => {
      const { monthlyPay, ...rest } = input;
      return ctx.call<PlacementDto>(A.createPlacement, { ...rest, monthlyPayFen: parseMoney(monthlyPay, { field: 'monthlyPay' }) });
    },
    confirmInternshipAttendance: (_: unknown, args: G.MutationConfirmInternshipAttendanceArgs, ctx: GatewayContext) => ctx.call<AttendanceDto>(A.confirmAttendance, args),
    createApprenticeCohort: (_: unknown, { input }: G.MutationCreateApprenticeCohortArgs, ctx: GatewayContext) => ctx.call<CohortDto>(A.createCohort, input),
    recordCohortCompletion: (_: unknown, args: G.MutationRecordCohortCompletionArgs, ctx: GatewayContext) => ctx.call<CohortDto>(A.recordCompletion, args),
    recordGraduatePlacement: (_: unknown, { input }: G.MutationRecordGraduatePlacementArgs, ctx: GatewayContext) => ctx.call<GraduateDto>(A.recordGraduate, input),
    confirmGraduateRetention: (_: unknown, args: G.MutationConfirmGraduateRetentionArgs, ctx: GatewayContext) => ctx.call<GraduateDto>(A.confirmRetention, args),
    createSubsidyPolicy: (_: unknown, { input }: G.MutationCreateSubsidyPolicyArgs, ctx: GatewayContext) => ctx.call<SubsidyPolicyDto>(A.createPolicy, { ...input, parameters: policyParameters(input.parameters) }),
    assessOrganizationForSubsidy: (_: unknown, args: G.MutationAssessOrganizationForSubsidyArgs, ctx: GatewayContext) => ctx.call<AssessmentDto>(A.assessOrganization, args),
    submitSubsidyClaim: (_: unknown, { input }: G.MutationSubmitSubsidyClaimArgs, ctx: GatewayContext) => ctx.call<ClaimDto>(A.submitClaim, input),
    decideSubsidyClaim: (_: unknown, args: G.MutationDecideSubsidyClaimArgs, ctx: GatewayContext) => ctx.call<ClaimDto>(A.decideClaim, args),
    recordWorkforce: (_: unknown, args: G.MutationRecordWorkforceArgs, ctx: GatewayContext) => ctx.call(A.recordWorkforce, args),
  },
  CooperationAgreement: {
    parties: (a: AgreementDto, _: unknown, ctx: GatewayContext) => ctx.loaders.organization.loadMany(a.parties),
  },
  AgreementObligation: {
    organization: (o: ObligationDto, _: unknown, ctx: GatewayContext) => ctx.loaders.organization.load(o.organizationId),
  },
  AgreementConfirmation: {
    organization: (c: AgreementConfirmationParent, _: unknown, ctx: GatewayContext) => ctx.loaders.organization.load(c.organizationId),
  },
  InternshipPlacement: {
    school: (x: PlacementDto, _: unknown, ctx: GatewayContext) => ctx.loaders.organization.load(x.schoolOrganizationId),
    host: (x: PlacementDto, _: unknown, ctx: GatewayContext) => ctx.loaders.organization.load(x.hostOrganizationId),
    monthlyPay: (x: PlacementDto) => toMoney(x.monthlyPayFen),
    /** Batched per request: one `cooperation.attendanceOfMany` call for a whole list of placements. */
    attendance: (x: PlacementDto, _: unknown, ctx: GatewayContext) => ctx.batch<AttendanceDto[]>(A.attendanceOfMany, 'placementIds', x.id, {}),
  },
  ApprenticeCohort: {
    school: (x: CohortDto, _: unknown, ctx: GatewayContext) => ctx.loaders.organization.load(x.schoolOrganizationId),
    enterprise: (x: CohortDto, _: unknown, ctx: GatewayContext) => ctx.loaders.organization.load(x.enterpriseOrganizationId),
  },
  GraduatePlacement: {
    school: (x: GraduateDto, _: unknown, ctx: GatewayContext) => ctx.loaders.organization.load(x.schoolOrganizationId),
    employer: (x: GraduateDto, _: unknown, ctx: GatewayContext) => ctx.loaders.organization.load(x.employerOrganizationId),
  },
  SubsidyPolicyParameters: {
    perPersonYear: (p: PolicyParameters) => moneyOrNull(p.perPersonYearFen),
    perInternMonth: (p: PolicyParameters) => moneyOrNull(p.perInternMonthFen),
    fixed: (p: PolicyParameters) => moneyOrNull(p.fixedFen),
    perGraduate: (p: PolicyParameters) => moneyOrNull(p.perGraduateFen),
    yearlyBudget: (p: PolicyParameters) => moneyOrNull(p.yearlyBudgetFen),
  },
  SubsidyClaim: {
    claimant: (c: ClaimDto, _: unknown, ctx: GatewayContext) => ctx.loaders.organization.load(c.claimantOrganizationId),
    requested: (c: ClaimDto) => toMoney(c.requestedFen),
    awarded: (c: ClaimDto) => moneyOrNull(c.awardedFen),
  },
  ClaimEvidence: {
    amount: (e: ClaimComputationDto) => toMoney(e.amountFen),
    /** How the amount was computed, in the request's language (claims computed before catalogs keep their English text). */
    formula: (e: ClaimComputationDto, _: unknown, ctx: GatewayContext) => localized(e.formula, e.formulaI18n, ctx),
  },
  OrganizationAssessment: {
    organization: (a: AssessmentDto, _: unknown, ctx: GatewayContext) => ctx.loaders.organization.load(a.organizationId),
  },
};
