/**
 * Grant programs, eligibility, applications, decisions, awards and the audit trail. The standings projection
 * ("alliances of my region and whether they qualify today") is the grantStandings service, fed by this service's
 * events and `grants.assessAlliance`.
 */
import type { Context, Service, ServiceSchema, ServiceSettingSchema } from 'moleculer';
import { actorOf, type CallMeta } from '../../infra/auth.js';
import { requireAdminOf } from '../../infra/authz.js';
import { settleEach, type BatchEntry } from '../../infra/batch.js';
import { entityMixin, oid } from '../../infra/entity.js';
import { forbidden, notFound } from '../../infra/errors.js';
import { readCacheMixin } from '../../infra/read-cache.js';
import { mongoMixin, type MongoVars } from '../../infra/mongo.mixin.js';
import { assertNotFuture, today } from '../../infra/dates.js';
import type { Page } from '../../infra/pagination.js';
import type { DisqualificationDto } from '../organizations/organizations.contract.js';
import { OrganizationAction, OrganizationEvent } from '../organizations/organizations.contract.js';
import type {
  AllianceAssessment,
  AssessAllianceParams,
  AuditEntryDto,
  AuditTrailParams,
  CreateProgramParams,
  DecideApplicationParams,
  DisqualifyParams,
  EligibilityReport,
  EvaluateAlliancesParams,
  EvaluateParams,
  ApplicationEvidencePageParams,
  EvidencePageDto,
  EvidencePageParams,
  GetApplicationParams,
  GrantApplicationDto,
  GrantProgramDto,
  LiftParams,
  ListApplicationsParams,
  ListProgramsParams,
  SubmitApplicationParams,
} from './grants.contract.js';
import { EVIDENCE_PAGE } from './grants.contract.js';
import { grantModels, programsCoveringFilter, type AwardDoc, type GrantApplicationDoc, type GrantModels, type GrantProgramDoc } from './grants.model.js';
import { evidenceSlice, toApplicationDto, toProgramDto, withoutEvidence } from './grants.mappers.js';
import { programCovers, seesApplication } from './grants.rules.js';
import * as params from './grants.params.js';
import { createProgram } from './ops/create-program.js';
import { evaluateCounts, evaluateFor, evidencePage } from './ops/evidence.js';
import { decideApplication, loadProgram, repairDecisions, submitApplication } from './ops/decide-application.js';
import { auditDisqualification, type DisqualificationAuditAction } from './ops/audit.js';
import { auditTrail } from './ops/audit-trail.js';
import { listApplications } from './ops/list-applications.js';
import { assessAlliance } from './ops/assess-alliance.js';
import { systemCaller, userCaller } from '../../infra/caller.js';
import { SERVICE } from './ops/callers.js';
import { closeProgram, updateProgram } from './ops/change-program.js';
import { followLeadChange } from './ops/follow-lead.js';
import { AllianceEvent, type LeadChangedPayload } from '../alliances/alliances.contract.js';
import type { CloseProgramParams, UpdateProgramParams } from './grants.contract.js';
import { msg } from '../../infra/message-registry.js';

interface Vars extends MongoVars<GrantModels> {
  /** Background work (the repair of interrupted decisions on start) awaited on stop. */
  background: Set<Promise<unknown>>;
}
type This = Service<ServiceSettingSchema> & Vars;

/** Proxies a disqualification call to the organizations service as the user, then audits it (see ops/audit.ts). */
async function disqualificationThenAudit(svc: This, ctx: Context<DisqualifyParams | LiftParams, CallMeta>, action: typeof OrganizationAction.disqualify | typeof OrganizationAction.lift, audit: DisqualificationAuditAction) {
  const actor = actorOf(ctx);
  const call = userCaller(ctx);
  const dq = await call<DisqualificationDto>(action, { ...ctx.params });
  await auditDisqualification(svc.models, call, audit, dq, actor.id, actor.org ?? null);
  return dq;
}

/** The organizations service's disqualification events, audited here too (same key as the proxies: never twice). */
const auditFromEvent = (audit: DisqualificationAuditAction) => ({
  async handler(this: This, ctx: Context<DisqualificationDto, CallMeta>) {
    const dq = ctx.params;
    const [by, byOrg] = audit === 'ORGANIZATION_DISQUALIFIED' ? [dq.imposedBy, dq.imposedByOrganizationId] : [dq.liftedBy ?? 'unknown', null];
    await auditDisqualification(this.models, systemCaller(this.broker, SERVICE), audit, dq, by, byOrg).catch((err) => this.logger.warn({ err, audit }, 'auditing a disqualification from its event failed'));
  },
});

/** An application as the action sends it: without the frozen member lists when the caller asked (`evidence: false`). */
const sent = (p: { evidence?: boolean | null }, a: GrantApplicationDto): GrantApplicationDto => (p.evidence === false ? withoutEvidence(a) : a);

/** The application `id` (or `applicationId`) if the caller may read it (FORBIDDEN otherwise), null when there is none. */
async function readableApplication(models: GrantModels, ctx: Context<{ id?: string; applicationId?: string }>): Promise<GrantApplicationDoc | null> {
  const actor = actorOf(ctx);
  const d = await models.Application.findById(ctx.params.id ?? ctx.params.applicationId).lean<GrantApplicationDoc>();
  if (!d) return null;
  if (!seesApplication(actor, { funderOrganizationId: String(d.funderOrganizationId), leadOrganizationId: String(d.leadOrganizationId) })) {
    throw forbidden(msg('grants.whoReadsApplication'));
  }
  return d;
}

const GrantsService: ServiceSchema<ServiceSettingSchema, Record<string, never>, Vars> = {
  name: 'grants',
  dependencies: ['organizations', 'alliances'],
  mixins: [
    // Cached for user callers, never for decisions (infra/read-cache.ts); dependsOn: the services these reads call.
    readCacheMixin('grants', { actions: ['listPrograms', 'programRegions', 'evaluate', 'evaluateAlliances', 'getProgram', 'getPrograms'], dependsOn: ['organizations', 'alliances'] }),
    mongoMixin('grants', grantModels),
    // grants.getProgram ({ id } → GrantProgramDto | null) and grants.getPrograms (the gateway's DataLoader): any signed-in caller.
    entityMixin<GrantProgramDoc, GrantProgramDto>({ model: 'Program', toDto: toProgramDto, getAction: 'getProgram', getManyAction: 'getPrograms' }),
  ],

  created() {
    this.background = new Set();
  },

  async started() {
    // A decision whose writer died half-way is finished on start (the standings' rebuild asks again).
    const work = repairDecisions(this.models, this.logger, (e, p) => this.broker.emit(e, p)).catch((err) => this.logger.error({ err }, 'repairing interrupted grant decisions failed'));
    this.background.add(work);
    void work.finally(() => this.background.delete(work));
  },

  async stopped() {
    await Promise.allSettled([...this.background]);
  },

  actions: {
    createProgram: {
      params: params.createProgramParams,
      handler(ctx: Context<CreateProgramParams, CallMeta>): Promise<GrantProgramDto> {
        return createProgram(this.models, ctx);
      },
    },

    /** Programs are public information: anyone signed in may list them (optionally those covering a region, or one funder's). */
    listPrograms: {
      params: params.listProgramsParams,
      retryPolicy: { enabled: true },
      async handler(ctx: Context<ListProgramsParams>): Promise<GrantProgramDto[]> {
        actorOf(ctx);
        const { funderOrganizationId, regionCode } = ctx.params;
        const q: Record<string, unknown> = regionCode ? programsCoveringFilter(regionCode) : {};
        if (funderOrganizationId) q.funderOrganizationId = oid(funderOrganizationId);
        const docs = await this.models.Program.find(q).sort({ _id: 1 }).limit(500).lean<GrantProgramDoc[]>();
        return docs.filter((d) => !regionCode || programCovers(d.regionCode, regionCode)).map(toProgramDto);
      },
    },

    /** The region codes that programs cover (distinct): the regions whose alliances have standings. */
    programRegions: {
      params: {},
      retryPolicy: { enabled: true },
      async handler(ctx: Context): Promise<string[]> {
        actorOf(ctx);
        return (await this.models.Program.distinct('regionCode')) as string[];
      },
    },

    /**
     * The alliance against the program on a date (default today; never the future: BAD_USER_INPUT). Three service
     * calls whatever the alliance's size: the alliance, its memberships active on the date (or, with `evidence:
     * false`, its member counts — the gateway passes it when no member list is asked for, so the database work no
     * longer grows with the alliance), and the disqualifications of those organizations.
     */
    evaluate: {
      params: params.evaluateParams,
      retryPolicy: { enabled: true },
      async handler(ctx: Context<EvaluateParams, CallMeta>): Promise<EligibilityReport> {
        actorOf(ctx);
        const asOf = ctx.params.asOf ? assertNotFuture(ctx.params.asOf, 'asOf') : today();
        const program = await loadProgram(this.models, ctx.params.programId);
        if (ctx.params.evidence === false) {
          const [report] = await evaluateCounts(userCaller(ctx), program, [ctx.params.allianceId], asOf);
          if (!report) throw notFound('Alliance', ctx.params.allianceId);
          return report;
        }
        return (await evaluateFor(userCaller(ctx), program, ctx.params.allianceId, asOf)).report;
      },
    },

    /** One page of an evaluation's member evidence (counted and excluded), for the gateway to assemble. */
    evidencePage: {
      params: params.evidencePageParams,
      retryPolicy: { enabled: true },
      handler(ctx: Context<EvidencePageParams, CallMeta>): Promise<EvidencePageDto> {
        actorOf(ctx);
        return evidencePage(userCaller(ctx), ctx.params);
      },
    },

    /**
     * `evaluate` for many alliances and one program (the gateway's `Alliance.eligibility` over a list): one entry per
     * alliance id in order; an unknown alliance is its own entry's NOT_FOUND. From counts, three calls in all.
     */
    evaluateAlliances: {
      params: params.evaluateAlliancesParams,
      retryPolicy: { enabled: true },
      async handler(ctx: Context<EvaluateAlliancesParams, CallMeta>): Promise<BatchEntry<EligibilityReport>[]> {
        actorOf(ctx);
        const asOf = ctx.params.asOf ? assertNotFuture(ctx.params.asOf, 'asOf') : today();
        const program = await loadProgram(this.models, ctx.params.programId);
        const call = userCaller(ctx);
        const ids = ctx.params.allianceIds;
        if (ctx.params.evidence !== false) return settleEach(ids, async (id) => (await evaluateFor(call, program, id, asOf)).report);
        const reports = await evaluateCounts(call, program, ids, asOf);
        return settleEach([...ids.keys()], async (i) => reports[i] ?? Promise.reject(notFound('Alliance', ids[i])));
      },
    },

    /** An alliance against every program covering its region, today, with its application state: the standings projection's input. */
    assessAlliance: {
      params: params.assessAllianceParams,
      retryPolicy: { enabled: true },
      handler(ctx: Context<AssessAllianceParams, CallMeta>): Promise<AllianceAssessment | null> {
        requireAdminOf(actorOf(ctx), [], msg('grants.platformAssesses'));
        return assessAlliance(this.models, systemCaller(this.broker, SERVICE, ctx), ctx.params.allianceId);
      },
    },

    submitApplication: {
      params: params.submitApplicationParams,
      async handler(ctx: Context<SubmitApplicationParams, CallMeta>): Promise<GrantApplicationDto> {
        return sent(ctx.params, await submitApplication(this.models, ctx));
      },
    },

    decideApplication: {
      params: params.decideApplicationParams,
      async handler(ctx: Context<DecideApplicationParams, CallMeta>): Promise<GrantApplicationDto> {
        return sent(ctx.params, await decideApplication(this.models, this.logger, ctx));
      },
    },

    /** Finishes decisions whose writer died after recording them (award, status, audit entry, event). Platform admins and services. */
    repairDecisions: {
      params: {},
      async handler(ctx: Context<Record<string, never>, CallMeta>): Promise<{ repaired: number }> {
        requireAdminOf(actorOf(ctx), [], msg('grants.platformRepairs'));
        return { repaired: await repairDecisions(this.models, this.logger, (e, p) => ctx.emit(e, p)) };
      },
    },

    /** One application, for its program's funder, the alliance's lead admins and platform admins (others: FORBIDDEN). */
    getApplication: {
      params: params.getApplicationParams,
      retryPolicy: { enabled: true },
      async handler(ctx: Context<GetApplicationParams>): Promise<GrantApplicationDto | null> {
        const d = await readableApplication(this.models, ctx);
        if (!d) return null;
        const award = await this.models.Award.findOne({ applicationId: d._id }).lean<AwardDoc>();
        return sent(ctx.params, toApplicationDto(d, award));
      },
    },

    /** One page of a frozen evaluation's member lists (the gateway reads big ones page by page). */
    applicationEvidencePage: {
      params: params.applicationEvidencePageParams,
      retryPolicy: { enabled: true },
      async handler(ctx: Context<ApplicationEvidencePageParams>): Promise<EvidencePageDto> {
        const d = await readableApplication(this.models, ctx);
        if (!d) throw notFound('Grant application', ctx.params.applicationId);
        const report = ctx.params.which === 'evaluation' ? d.evaluation : d.decisionEvaluation;
        if (!report) return { countedMembers: [], excludedMembers: [], hasNextPage: false, endCursor: null };
        return evidenceSlice(report, ctx.params.after, ctx.params.first ?? EVIDENCE_PAGE);
      },
    },

    listApplications: {
      params: params.listApplicationsParams,
      retryPolicy: { enabled: true },
      async handler(ctx: Context<ListApplicationsParams, CallMeta>): Promise<Page<GrantApplicationDto>> {
        const page = await listApplications(this.models, ctx);
        return ctx.params.evidence === false ? { ...page, edges: page.edges.map((e) => ({ ...e, node: withoutEvidence(e.node) })) } : page;
      },
    },

    /**
     * Disqualifies through the organizations service (which checks the funder's authority) and records it in the
     * audit trail before answering, with the acting funder's organization (the event alone would record it later).
     */
    disqualifyOrganization: {
      params: params.disqualifyParams,
      handler(ctx: Context<DisqualifyParams, CallMeta>): Promise<DisqualificationDto> {
        return disqualificationThenAudit(this, ctx, OrganizationAction.disqualify, 'ORGANIZATION_DISQUALIFIED');
      },
    },

    /** Lifts through the organizations service and records it, with the lifting funder's organization. */
    liftDisqualification: {
      params: params.liftParams,
      handler(ctx: Context<LiftParams, CallMeta>): Promise<DisqualificationDto> {
        return disqualificationThenAudit(this, ctx, OrganizationAction.lift, 'DISQUALIFICATION_LIFTED');
      },
    },

    auditTrail: {
      params: params.auditTrailParams,
      retryPolicy: { enabled: true },
      handler(ctx: Context<AuditTrailParams, CallMeta>): Promise<Page<AuditEntryDto>> {
        return auditTrail(this.models, ctx);
      },
    },

    /** Edits a program (its funder or a platform admin): what may change and when, see ops/change-program.ts. */
    updateProgram: {
      params: params.updateProgramParams,
      handler(ctx: Context<UpdateProgramParams, CallMeta>): Promise<GrantProgramDto> {
        return updateProgram(this.models, ctx);
      },
    },

    /** Closes a program from now on (its funder or a platform admin); see ops/change-program.ts. */
    closeProgram: {
      params: params.closeProgramParams,
      handler(ctx: Context<CloseProgramParams, CallMeta>): Promise<GrantProgramDto> {
        return closeProgram(this.models, ctx);
      },
    },
  },

  events: {
    [OrganizationEvent.disqualified]: auditFromEvent('ORGANIZATION_DISQUALIFIED'),
    [OrganizationEvent.lifted]: auditFromEvent('DISQUALIFICATION_LIFTED'),
    [AllianceEvent.leadChanged]: {
      async handler(this: This, ctx: Context<LeadChangedPayload>) {
        await followLeadChange(this.models, ctx.params).catch((err) => this.logger.warn({ err, allianceId: ctx.params.allianceId }, 'moving pending applications to the new lead failed'));
      },
    },
  },
};

export default GrantsService;
