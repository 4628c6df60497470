import type {
  AllianceEligibilityArgs,
  MutationCloseGrantProgramArgs,
  MutationCreateGrantProgramArgs,
  MutationUpdateGrantProgramArgs,
  MutationDecideGrantApplicationArgs,
  MutationSubmitGrantApplicationArgs,
  QueryGrantApplicationArgs,
  QueryGrantApplicationsArgs,
  QueryGrantAuditTrailArgs,
  QueryGrantEligibilityArgs,
  QueryGrantProgramArgs,
  QueryGrantProgramsArgs,
  QueryGrantStandingsArgs,
  SchoolType,
} from '../generated/resolvers-types.js';
import { countList } from './alliances.js';
import type { GatewayContext } from '../context.js';
import type { GatewayResolvers } from './merge.js';
import type { Page } from '../../infra/pagination.js';
import type { AllianceDto } from '../../services/alliances/alliances.contract.js';
import type { DisqualificationDto } from '../../services/organizations/organizations.contract.js';
import { GrantAction, type AuditEntryDto, type AwardDto, type GrantApplicationDto, type GrantProgramDto, type ProgramChange, type ProgramTerms } from '../../services/grants/grants.contract.js';
import type { CriterionResult, EligibilityCounts, EligibilityReport, ExcludedEvidence, MemberEvidence } from '../../services/grants/grants.contract.js';
import { GrantStandingsAction, type StandingDto, type StandingsRebuild } from '../../services/grantStandings/grantStandings.contract.js';
import { CURRENCY, formatFen } from '../../infra/money.js';
import { evidenceOf, frozenReport, liveReport, type GatewayReport } from '../evidence.js';
import { criterionText, localized, localizedList } from '../localized.js';

/** Money leaves the platform as a decimal string with two decimals, never a float. */
const money = (fen: number, currency: string) => ({ amount: formatFen(fen), currency });

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * An audit snapshot's `evaluation` (grants/ops/decide-application.ts writes the EligibilityReport decided on);
 * snapshots are stored schemaless (`AuditEntryDto.snapshot: Record<string, unknown>`), so the shape is checked.
 */
const isEligibilityReport = (v: unknown): v is EligibilityReport =>
  isRecord(v) && typeof v.allianceId === 'string' && typeof v.programId === 'string' && typeof v.eligible === 'boolean';

/** An audit snapshot's `disqualification` (grants/ops/audit.ts writes the DisqualificationDto acted on). */
const isDisqualification = (v: unknown): v is DisqualificationDto =>
  isRecord(v) && typeof v.id === 'string' && typeof v.organizationId === 'string' && typeof v.from === 'string' && typeof v.until === 'string';

export const grantResolvers: GatewayResolvers = {
  Query: {
    grantPrograms: (_: unknown, { funderId, regionCode }: QueryGrantProgramsArgs, ctx: GatewayContext) =>
      ctx.call<GrantProgramDto[]>(GrantAction.listPrograms, { funderOrganizationId: funderId, regionCode }),
    grantProgram: (_: unknown, { id }: QueryGrantProgramArgs, ctx: GatewayContext) => ctx.loaders.grantProgram.load(id),
    // The verdict from counts; member lists, when selected, are read in pages (gateway/evidence.ts).
    grantEligibility: async (_: unknown, args: QueryGrantEligibilityArgs, ctx: GatewayContext) => liveReport(await ctx.call<EligibilityReport>(GrantAction.evaluate, { ...args, evidence: false })),
    // Applications come without their frozen member lists (read in pages when selected).
    grantApplications: (_: unknown, args: QueryGrantApplicationsArgs, ctx: GatewayContext) => ctx.call<Page<GrantApplicationDto>>(GrantAction.listApplications, { ...args, evidence: false }),
    grantApplication: (_: unknown, { id }: QueryGrantApplicationArgs, ctx: GatewayContext) => ctx.call<GrantApplicationDto | null>(GrantAction.getApplication, { id, evidence: false }),
    grantAuditTrail: (_: unknown, args: QueryGrantAuditTrailArgs, ctx: GatewayContext) => ctx.call<Page<AuditEntryDto>>(GrantAction.auditTrail, args),
    grantStandings: (_: unknown, args: QueryGrantStandingsArgs, ctx: GatewayContext) => ctx.call<Page<StandingDto>>(GrantStandingsAction.list, args),
  },
  Mutation: {
    createGrantProgram: (_: unknown, { input }: MutationCreateGrantProgramArgs, ctx: GatewayContext) => ctx.call<GrantProgramDto>(GrantAction.createProgram, input),
    submitGrantApplication: (_: unknown, args: MutationSubmitGrantApplicationArgs, ctx: GatewayContext) =>
      ctx.call<GrantApplicationDto>(GrantAction.submitApplication, { ...args, evidence: false }),
    decideGrantApplication: (_: unknown, args: MutationDecideGrantApplicationArgs, ctx: GatewayContext) =>
      ctx.call<GrantApplicationDto>(GrantAction.decideApplication, { ...args, evidence: false }),
    rebuildGrantStandings: (_: unknown, __: unknown, ctx: GatewayContext) => ctx.call<StandingsRebuild>(GrantStandingsAction.rebuild, {}),
    updateGrantProgram: (_: unknown, { input, ...args }: MutationUpdateGrantProgramArgs, ctx: GatewayContext) =>
      ctx.call<GrantProgramDto>(GrantAction.updateProgram, { ...input, ...args }),
    closeGrantProgram: (_: unknown, args: MutationCloseGrantProgramArgs, ctx: GatewayContext) => ctx.call<GrantProgramDto>(GrantAction.closeProgram, args),
  },
  GrantProgramChange: {
    byOrganization: (c: ProgramChange, _: unknown, ctx: GatewayContext) => (c.byOrganizationId ? ctx.loaders.organization.load(c.byOrganizationId) : null),
    oldValues: (c: ProgramChange) => c.old,
    newValues: (c: ProgramChange) => c.new,
  },
  GrantProgramTerms: {
    awardAmount: (t: ProgramTerms) => (t.awardAmountFen === undefined ? null : money(t.awardAmountFen, CURRENCY)),
  },
  Alliance: {
    eligibility: async (a: AllianceDto, { programId, asOf }: AllianceEligibilityArgs, ctx: GatewayContext) =>
      liveReport(await ctx.batch<EligibilityReport>(GrantAction.evaluateAlliances, 'allianceIds', a.id, { programId, asOf, evidence: false })),
  },
  GrantProgram: {
    funder: (p: GrantProgramDto, _: unknown, ctx: GatewayContext) => ctx.loaders.organization.load(p.funderOrganizationId),
    awardAmount: (p: GrantProgramDto) => money(p.awardAmountFen, p.currency),
    recipient: () => 'LEAD_UNIT',
  },
  Criterion: {
    description: (c: { kind: string; threshold?: number | null }, _: unknown, ctx: GatewayContext) => criterionText(c, ctx),
  },
  CriterionResult: {
    description: (c: CriterionResult, _: unknown, ctx: GatewayContext) => criterionText(c, ctx),
    detail: (c: CriterionResult, _: unknown, ctx: GatewayContext) => localized(c.detail, c.detailI18n, ctx),
  },
  EligibilityReport: {
    shortfall: (r: EligibilityReport, _: unknown, ctx: GatewayContext) => localizedList(r.shortfall, r.shortfallI18n, ctx),
    alliance: (r: EligibilityReport, _: unknown, ctx: GatewayContext) => ctx.loaders.alliance.load(r.allianceId),
    program: (r: EligibilityReport, _: unknown, ctx: GatewayContext) => ctx.loaders.grantProgram.load(r.programId),
    awardAmount: (r: EligibilityReport) => money(r.awardAmountFen, r.currency),
    recipient: (r: EligibilityReport, _: unknown, ctx: GatewayContext) => ctx.loaders.organization.load(r.recipientOrganizationId),
    countedMembers: async (r: GatewayReport, _: unknown, ctx: GatewayContext) =>
      ctx.loaders.organization.loadMany((await evidenceOf(ctx.call, r)).countedMembers.map((m) => m.organizationId)),
    countedEvidence: async (r: GatewayReport, _: unknown, ctx: GatewayContext) => (await evidenceOf(ctx.call, r)).countedMembers,
    excludedMembers: async (r: GatewayReport, _: unknown, ctx: GatewayContext) => (await evidenceOf(ctx.call, r)).excludedMembers,
  },
  EligibilityCounts: {
    bySchoolType: (c: EligibilityCounts) => countList(c.bySchoolType, (schoolType: SchoolType, count) => ({ schoolType, count })),
  },
  EvaluatedMember: {
    name: (m: MemberEvidence) => m.name ?? null,
  },
  ExcludedMember: {
    organization: (m: ExcludedEvidence, _: unknown, ctx: GatewayContext) => ctx.loaders.organization.load(m.organizationId),
    name: (m: ExcludedEvidence) => m.name ?? null,
    reason: (m: ExcludedEvidence, _: unknown, ctx: GatewayContext) => localized(m.reason, m.reasonI18n, ctx),
  },
  GrantApplication: {
    alliance: (a: GrantApplicationDto, _: unknown, ctx: GatewayContext) => ctx.loaders.alliance.load(a.allianceId),
    program: (a: GrantApplicationDto, _: unknown, ctx: GatewayContext) => ctx.loaders.grantProgram.load(a.programId),
    evaluation: (a: GrantApplicationDto) => frozenReport(a.evaluation, a.id, 'evaluation'),
    decisionEvaluation: (a: GrantApplicationDto) => frozenReport(a.decisionEvaluation, a.id, 'decisionEvaluation'),
  },
  GrantAward: {
    amount: (a: AwardDto) => money(a.amountFen, a.currency),
    recipient: (a: AwardDto, _: unknown, ctx: GatewayContext) => ctx.loaders.organization.load(a.recipientOrganizationId),
  },
  GrantAuditEntry: {
    byOrganization: (e: AuditEntryDto, _: unknown, ctx: GatewayContext) => (e.byOrganizationId ? ctx.loaders.organization.load(e.byOrganizationId) : null),
    program: (e: AuditEntryDto, _: unknown, ctx: GatewayContext) => (e.programId ? ctx.loaders.grantProgram.load(e.programId) : null),
    alliance: (e: AuditEntryDto, _: unknown, ctx: GatewayContext) => (e.allianceId ? ctx.loaders.alliance.load(e.allianceId) : null),
    organization: (e: AuditEntryDto, _: unknown, ctx: GatewayContext) => (e.organizationId ? ctx.loaders.organization.load(e.organizationId) : null),
    evaluation: (e: AuditEntryDto) => (isEligibilityReport(e.snapshot.evaluation) ? e.snapshot.evaluation : null),
    disqualification: (e: AuditEntryDto) => (isDisqualification(e.snapshot.disqualification) ? e.snapshot.disqualification : null),
    snapshot: (e: AuditEntryDto) => JSON.stringify(e.snapshot),
  },
  GrantStanding: {
    shortfall: (s: StandingDto, _: unknown, ctx: GatewayContext) => localizedList(s.shortfall, s.shortfallI18n, ctx),
    alliance: (s: StandingDto, _: unknown, ctx: GatewayContext) => ctx.loaders.alliance.load(s.allianceId),
    program: (s: StandingDto, _: unknown, ctx: GatewayContext) => ctx.loaders.grantProgram.load(s.programId),
    funder: (s: StandingDto, _: unknown, ctx: GatewayContext) => ctx.loaders.organization.load(s.funderOrganizationId),
    schools: (s: StandingDto) => s.counts.schools,
    enterprises: (s: StandingDto) => s.counts.enterprises,
    distinctSchoolTypes: (s: StandingDto) => s.counts.distinctSchoolTypes,
  },
};
