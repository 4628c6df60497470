import type { Context, ServiceBroker, ServiceSchema, ServiceSettingSchema } from 'moleculer';
import { inIdOrder } from '../../infra/batch.js';
import { Types } from 'mongoose';
import { actorOf, hasRole, isOrgAdminOf, isPlatformAdmin, regionCovers, regionPrefix, systemToken, type Actor, type CallMeta } from '../../infra/auth.js';
import { badInput, conflict, failedPrecondition, forbidden, isDuplicateKey, notFound } from '../../infra/errors.js';
import { mongoMixin, type MongoVars } from '../../infra/mongo.mixin.js';
import { onTransportReconnect } from '../../infra/broker.js';
import { after, enumOf, first, idList, objectId, optionalDate, optionalObjectId, optionalText, text } from '../../infra/params.js';
import { decodeCursor, pageSize, toPage, type Page } from '../../infra/pagination.js';
import { assertDate, assertNotFuture, today } from '../../infra/dates.js';
import type { AllianceDto, MembershipDto } from '../alliances/alliances.contract.js';
import type { DisqualificationDto, OrganizationDto } from '../organizations/organizations.contract.js';
import { grantModels, type AuditAction, type AuditEntryDoc, type AwardDoc, type DecisionDoc, type GrantApplicationDoc, type GrantModels, type GrantProgramDoc, type StandingDoc } from './grants.model.js';
import { GrantEvent, type GrantApplicationEventPayload, type GrantProgramEventPayload } from './grants.events.js';
import { CURRENCY, moneyInputRule, parseMoney } from '../../infra/money.js';
import {
  APPLICATION_STATUSES,
  CRITERION_KINDS,
  DECISIONS,
  criteriaProblems,
  describeCriterion,
  evaluate,
  evaluateFromCounts,
  normalizeCriteria,
  programCovers,
  windowProblem,
  type ApplicationStatus,
  type CriterionKind,
  type Decision,
  type DisqualificationRecord,
  type EligibilityReport,
} from './grants.rules.js';

// ---------------------------------------------------------------- DTOs (what the gateway and other services see)

export interface GrantProgramDto {
  id: string;
  code: string;
  name: string;
  funderOrganizationId: string;
  regionCode: string;
  opensOn: string | null;
  closesOn: string | null;
  awardAmountFen: number;
  currency: string;
  criteria: { kind: CriterionKind; threshold: number | null; description: string }[];
  createdAt: string;
}

export interface AwardDto {
  amountFen: number;
  currency: string;
  recipientOrganizationId: string;
  awardedOn: string;
}

export interface GrantApplicationDto {
  id: string;
  allianceId: string;
  programId: string;
  funderOrganizationId: string;
  leadOrganizationId: string;
  status: ApplicationStatus;
  submittedAt: string;
  submittedBy: string;
  evaluation: EligibilityReport;
  decidedAt: string | null;
  decidedBy: string | null;
  decisionNote: string | null;
  decisionEvaluation: EligibilityReport | null;
  award: AwardDto | null;
}

export interface AuditEntryDto {
  id: string;
  action: AuditAction;
  at: string;
  by: string;
  byOrganizationId: string | null;
  programId: string | null;
  allianceId: string | null;
  applicationId: string | null;
  organizationId: string | null;
  disqualificationId: string | null;
  note: string | null;
  snapshot: Record<string, unknown>;
}

export interface StandingDto {
  id: string;
  allianceId: string;
  allianceName: string;
  programId: string;
  regionCode: string;
  eligible: boolean;
  shortfall: string[];
  counts: { total: number; schools: number; enterprises: number; distinctSchoolTypes: number };
  evaluatedOn: string;
  evaluatedAt: string;
  applicationStatus: ApplicationStatus | null;
  awarded: boolean;
}

export const toProgramDto = (d: GrantProgramDoc): GrantProgramDto => ({
  id: String(d._id),
  code: d.code,
  name: d.name,
  funderOrganizationId: String(d.funderOrganizationId),
  regionCode: d.regionCode,
  opensOn: d.opensOn ?? null,
  closesOn: d.closesOn ?? null,
  awardAmountFen: d.awardAmountFen,
  currency: d.currency,
  criteria: d.criteria.map((c) => ({ kind: c.kind, threshold: c.threshold ?? null, description: describeCriterion(c) })),
  createdAt: (d.createdAt ?? new Date()).toISOString(),
});

const toAwardDto = (a: AwardDoc): AwardDto => ({ amountFen: a.amountFen, currency: a.currency, recipientOrganizationId: String(a.recipientOrganizationId), awardedOn: a.awardedOn });

export const toApplicationDto = (d: GrantApplicationDoc, award: AwardDoc | null): GrantApplicationDto => ({
  id: String(d._id),
  allianceId: String(d.allianceId),
  programId: String(d.programId),
  funderOrganizationId: String(d.funderOrganizationId),
  leadOrganizationId: String(d.leadOrganizationId),
  status: d.status,
  submittedAt: d.submittedAt.toISOString(),
  submittedBy: d.submittedBy,
  evaluation: d.evaluation,
  decidedAt: d.decidedAt ? d.decidedAt.toISOString() : null,
  decidedBy: d.decidedBy ?? null,
  decisionNote: d.decisionNote ?? null,
  decisionEvaluation: d.decisionEvaluation ?? null,
  // An award row for a rejected application can exist only for a moment (a lost approval race compensates it).
  award: award && d.status === 'APPROVED' ? toAwardDto(award) : null,
});

const toAuditDto = (d: AuditEntryDoc): AuditEntryDto => ({
  id: String(d._id),
  action: d.action,
  at: d.at.toISOString(),
  by: d.by,
  byOrganizationId: d.byOrganizationId ? String(d.byOrganizationId) : null,
  programId: d.programId ? String(d.programId) : null,
  allianceId: d.allianceId ? String(d.allianceId) : null,
  applicationId: d.applicationId ? String(d.applicationId) : null,
  organizationId: d.organizationId ? String(d.organizationId) : null,
  disqualificationId: d.disqualificationId ? String(d.disqualificationId) : null,
  note: d.note ?? null,
  snapshot: d.snapshot ?? {},
});

const toStandingDto = (d: StandingDoc): StandingDto => ({
  id: String(d._id),
  allianceId: String(d.allianceId),
  allianceName: d.allianceName,
  programId: String(d.programId),
  regionCode: d.regionCode,
  eligible: d.eligible,
  shortfall: d.shortfall ?? [],
  counts: { total: d.counts?.total ?? 0, schools: d.counts?.schools ?? 0, enterprises: d.counts?.enterprises ?? 0, distinctSchoolTypes: d.counts?.distinctSchoolTypes ?? 0 },
  evaluatedOn: d.evaluatedOn,
  evaluatedAt: d.evaluatedAt.toISOString(),
  applicationStatus: d.applicationStatus ?? null,
  awarded: !!d.awarded,
});

// ---------------------------------------------------------------- params

export interface CreateProgramParams {
  code: string;
  name: string;
  regionCode: string;
  opensOn?: string | null;
  closesOn?: string | null;
  awardAmount: { amount: string; currency?: string | null };
  criteria: { kind: CriterionKind; threshold?: number | null }[];
  /** Platform admins and services create a program on behalf of a GOVERNMENT organization; funders always for their own. */
  funderOrganizationId?: string | null;
}

type Caller = <T>(action: string, params: Record<string, unknown>) => Promise<T>;

interface Evidence {
  alliance: AllianceDto;
  members: MembershipDto[];
  disqualifications: DisqualificationRecord[];
}

interface AuditInput {
  key: string;
  action: AuditAction;
  by: string;
  byOrganizationId?: string | null;
  funderOrganizationId?: string | null;
  regionCode?: string | null;
  programId?: string | null;
  allianceId?: string | null;
  applicationId?: string | null;
  organizationId?: string | null;
  disqualificationId?: string | null;
  note?: string | null;
  snapshot: Record<string, unknown>;
}

interface Methods {
  loadProgram(id: string): Promise<GrantProgramDoc>;
  evidence(call: Caller, allianceId: string, asOf: string): Promise<Evidence>;
  evaluateFor(call: Caller, program: GrantProgramDoc, allianceId: string, asOf: string): Promise<{ report: EligibilityReport; alliance: AllianceDto }>;
  evaluateCounts(call: Caller, program: GrantProgramDoc, allianceId: string, asOf: string): Promise<EligibilityReport>;
  rebuildInBackground(when: string): void;
  recomputeAlliancesOf(call: Caller, organizationId: string): Promise<void>;
  withNames(call: Caller, report: EligibilityReport): Promise<EligibilityReport>;
  appendAudit(entry: AuditInput): Promise<void>;
  auditDisqualification(call: Caller, action: 'ORGANIZATION_DISQUALIFIED' | 'DISQUALIFICATION_LIFTED', dq: DisqualificationDto, by: string, byOrg: string | null): Promise<void>;
  systemCall(): Promise<Caller>;
  scheduleRecompute(allianceId: string): Promise<void>;
  recomputeAlliance(allianceId: string): Promise<number>;
  rebuildAll(): Promise<{ alliances: number; standings: number }>;
  allianceIdsInRegion(call: Caller, regionCode: string): Promise<string[]>;
  repairDecisions(): Promise<void>;
  completeDecision(ctx: Context | null, app: GrantApplicationDoc, program: GrantProgramDoc, decision: DecisionDoc): Promise<GrantApplicationDto>;
  refreshIfStale(): Promise<void>;
}

interface State {
  recomputing: Map<string, { again: boolean; done: Promise<void> }>;
  stopping: boolean;
  background: Set<Promise<unknown>>;
  refreshTimer?: NodeJS.Timeout;
}

type This = MongoVars<GrantModels> & Methods & State & { broker: ServiceBroker; logger: ServiceBroker['logger'] };

const oid = (id: string) => new Types.ObjectId(id);
const codeKey = (code: string) => code.trim().toUpperCase();
const regionCode = { type: 'string', pattern: /^\d{6}$/, messages: { stringPattern: "'{field}' must be a 6-digit administrative division code." } } as const;
/** The region codes that can cover `code` in the GB/T 2260 hierarchy: itself, its prefecture, its province. */
const coveringRegions = (code: string) => [...new Set([code, `${code.slice(0, 4)}00`, `${code.slice(0, 2)}0000`])];
const DQ_ACTIONS: AuditAction[] = ['ORGANIZATION_DISQUALIFIED', 'DISQUALIFICATION_LIFTED'];
const STALE_CHECK_MS = 60 * 60 * 1000;

/** Only the program's funder decides (and a service acting for itself); platform admins do not decide grants. */
const decidesFor = (actor: Actor, program: GrantProgramDoc) => !!actor.system || (hasRole(actor, 'FUNDER') && actor.org === String(program.funderOrganizationId));

/** What the eligibility rules need of a disqualification. */
const toRecord = (d: DisqualificationDto): DisqualificationRecord => ({ id: d.id, organizationId: d.organizationId, reason: d.reason, from: d.from, until: d.until, liftedOn: d.liftedOn ?? null });

/** Membership and alliance events change one alliance's standings. */
const recomputeOnEvent = {
  handler(this: This, ctx: Context<{ allianceId: string }>) {
    void this.scheduleRecompute(ctx.params.allianceId);
  },
};

const GrantsService: ServiceSchema<ServiceSettingSchema, Methods & Record<string, never>, This> = {
  name: 'grants',
  dependencies: ['organizations', 'alliances'],
  mixins: [mongoMixin('grants', grantModels)],

  created(this: This) {
    this.recomputing = new Map();
    this.stopping = false;
    this.background = new Set();
  },

  async started(this: This) {
    // Events over NATS are not durable: whatever happened while this service was down is caught up here.
    this.rebuildInBackground('on start');
    // After a NATS outage the events published meanwhile may be gone (they are not durable): catch up from the
    // source services, as on start.
    onTransportReconnect(this.broker, () => {
      if (!this.stopping) this.rebuildInBackground('after a transporter reconnect');
    });
    this.refreshTimer = setInterval(() => void this.refreshIfStale().catch((err) => this.logger.warn({ err }, 'refreshing stale standings failed')), STALE_CHECK_MS);
    this.refreshTimer.unref();
  },

  async stopped(this: This) {
    this.stopping = true;
    if (this.refreshTimer) clearInterval(this.refreshTimer);
    await Promise.allSettled([...this.background, ...[...this.recomputing.values()].map((r) => r.done)]);
  },

  actions: {
    /** A funder creates a program for its own GOVERNMENT organization, within its own region. */
    createProgram: {
      params: {
        code: { type: 'string', trim: true, pattern: /^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$/, messages: { stringPattern: "'code' must be 2–64 letters, digits, '.', '_' or '-'." } },
        name: text(200, 2),
        regionCode,
        opensOn: optionalDate,
        closesOn: optionalDate,
        awardAmount: moneyInputRule,
        criteria: { type: 'array', max: 20, items: { type: 'object', strict: 'remove', props: { kind: enumOf(CRITERION_KINDS), threshold: { type: 'number', optional: true, nullable: true, convert: false } } } },
        funderOrganizationId: optionalObjectId,
      },
      async handler(this: This, ctx: Context<CreateProgramParams, CallMeta>): Promise<GrantProgramDto> {
        const actor = actorOf(ctx);
        const p = ctx.params;
        let funderId: string;
        if (actor.system || isPlatformAdmin(actor)) {
          if (!p.funderOrganizationId && !actor.org) throw badInput('funderOrganizationId is required when a platform admin creates a program.', { field: 'funderOrganizationId' });
          funderId = p.funderOrganizationId ?? actor.org!;
        } else {
          if (!hasRole(actor, 'FUNDER') || !actor.org) throw forbidden('Only a funder (of a government organization) may create grant programs.');
          if (p.funderOrganizationId && p.funderOrganizationId !== actor.org) throw forbidden('A funder creates programs for its own organization only.');
          funderId = actor.org;
        }
        const funder = await ctx.call<OrganizationDto | null, { id: string }>('organizations.get', { id: funderId });
        if (!funder) throw notFound('Organization', funderId);
        if (funder.kind !== 'GOVERNMENT') throw forbidden(`${funder.name} is not a GOVERNMENT organization; only governments fund programs.`);
        if (!regionCovers(funder.regionCode, p.regionCode)) {
          throw forbidden(`Region ${p.regionCode} is outside ${funder.name}'s region ${funder.regionCode}; a funder creates programs only within its own region.`, { field: 'regionCode' });
        }
        const problems = criteriaProblems(p.criteria);
        if (problems.length) throw badInput(`The criteria are not valid: ${problems.join('; ')}.`, { field: 'criteria', problems });
        const fen = parseMoney(p.awardAmount, { field: 'awardAmount', positive: true });
        const currency = CURRENCY;
        const opensOn = p.opensOn ? assertDate(p.opensOn, 'opensOn') : null;
        const closesOn = p.closesOn ? assertDate(p.closesOn, 'closesOn') : null;
        if (opensOn && closesOn && closesOn < opensOn) throw badInput(`closesOn ${closesOn} is before opensOn ${opensOn}.`, { field: 'closesOn' });
        let doc: GrantProgramDoc;
        try {
          doc = (
            await this.models.Program.create({
              code: p.code,
              codeKey: codeKey(p.code),
              name: p.name,
              funderOrganizationId: oid(funder.id),
              regionCode: p.regionCode,
              opensOn,
              closesOn,
              awardAmountFen: fen,
              currency,
              criteria: normalizeCriteria(p.criteria),
              createdBy: actor.id,
            })
          ).toObject() as GrantProgramDoc;
        } catch (err) {
          if (isDuplicateKey(err)) throw conflict(`${funder.name} already has a program with code ${codeKey(p.code)}.`, { field: 'code' });
          throw err;
        }
        const dto = toProgramDto(doc);
        await this.appendAudit({
          key: `program:${dto.id}`,
          action: 'PROGRAM_CREATED',
          by: actor.id,
          byOrganizationId: actor.org ?? null,
          funderOrganizationId: funder.id,
          regionCode: dto.regionCode,
          programId: dto.id,
          snapshot: { program: dto },
        });
        ctx.emit(GrantEvent.programCreated, { programId: dto.id, funderOrganizationId: dto.funderOrganizationId, regionCode: dto.regionCode } satisfies GrantProgramEventPayload);
        // The new program's standings: every alliance of its region, in the background.
        const work = (async () => {
          const call = await this.systemCall();
          const ids = await this.allianceIdsInRegion(call, dto.regionCode);
          await Promise.all(ids.map((id) => this.scheduleRecompute(id)));
        })().catch((err) => this.logger.warn({ err, programId: dto.id }, 'computing standings of a new program failed'));
        this.background.add(work);
        void work.finally(() => this.background.delete(work));
        return dto;
      },
    },

    getProgram: {
      params: { id: objectId },
      retryPolicy: { enabled: true },
      async handler(this: This, ctx: Context<{ id: string }>): Promise<GrantProgramDto | null> {
        actorOf(ctx);
        const d = await this.models.Program.findById(ctx.params.id).lean<GrantProgramDoc>();
        return d ? toProgramDto(d) : null;
      },
    },

    /** Batch lookup for DataLoader: same order as `ids`, null where missing. */
    getPrograms: {
      params: { ids: idList },
      retryPolicy: { enabled: true },
      async handler(this: This, ctx: Context<{ ids: string[] }>): Promise<(GrantProgramDto | null)[]> {
        actorOf(ctx);
        const docs = await this.models.Program.find({ _id: { $in: [...new Set(ctx.params.ids)].map(oid) } }).lean<GrantProgramDoc[]>();
        return inIdOrder(ctx.params.ids, docs.map((d) => [String(d._id), toProgramDto(d)]));
      },
    },

    /** Programs are public information: anyone signed in may list them (optionally those covering a region, or one funder's). */
    listPrograms: {
      params: { funderOrganizationId: optionalObjectId, regionCode: { ...regionCode, optional: true, nullable: true } },
      retryPolicy: { enabled: true },
      async handler(this: This, ctx: Context<{ funderOrganizationId?: string | null; regionCode?: string | null }>): Promise<GrantProgramDto[]> {
        actorOf(ctx);
        const q: Record<string, unknown> = {};
        if (ctx.params.funderOrganizationId) q.funderOrganizationId = oid(ctx.params.funderOrganizationId);
        if (ctx.params.regionCode) q.regionCode = { $in: coveringRegions(ctx.params.regionCode) };
        const docs = await this.models.Program.find(q).sort({ _id: 1 }).limit(500).lean<GrantProgramDoc[]>();
        return docs.filter((d) => !ctx.params.regionCode || programCovers(d.regionCode, ctx.params.regionCode)).map(toProgramDto);
      },
    },

    /**
     * An alliance against a program's criteria on a date (default today; never the future). Three service
     * calls whatever the alliance's size: the alliance, its memberships active on the date, and the
     * disqualifications of those organizations.
     */
    /**
     * The alliance against the program on a date. With `evidence: false` (the gateway passes it when no member
     * list is asked for) the verdict comes from the counts alone — the same three calls, but the database work no
     * longer grows with the alliance (no member list is read).
     */
    evaluate: {
      params: { allianceId: objectId, programId: objectId, asOf: optionalDate, evidence: { type: 'boolean', optional: true, nullable: true } },
      retryPolicy: { enabled: true },
      async handler(this: This, ctx: Context<{ allianceId: string; programId: string; asOf?: string | null; evidence?: boolean | null }, CallMeta>): Promise<EligibilityReport> {
        actorOf(ctx);
        const asOf = ctx.params.asOf ? assertNotFuture(ctx.params.asOf, 'asOf') : today();
        const program = await this.loadProgram(ctx.params.programId);
        const call: Caller = (a, p) => ctx.call(a, p);
        if (ctx.params.evidence === false) return this.evaluateCounts(call, program, ctx.params.allianceId, asOf);
        const { report } = await this.evaluateFor(call, program, ctx.params.allianceId, asOf);
        return report;
      },
    },

    /** The lead's admin applies inside the program's window; the evaluation is frozen into the application. */
    submitApplication: {
      params: { allianceId: objectId, programId: objectId },
      async handler(this: This, ctx: Context<{ allianceId: string; programId: string }, CallMeta>): Promise<GrantApplicationDto> {
        const actor = actorOf(ctx);
        const call: Caller = (a, p) => ctx.call(a, p);
        const program = await this.loadProgram(ctx.params.programId);
        const alliance = await call<AllianceDto | null>('alliances.get', { id: ctx.params.allianceId });
        if (!alliance) throw notFound('Alliance', ctx.params.allianceId);
        if (!actor.system && !isOrgAdminOf(actor, alliance.leadOrganizationId)) throw forbidden("Only an admin of the alliance's lead unit may apply for a grant.");
        if (!programCovers(program.regionCode, alliance.regionCode)) {
          throw failedPrecondition(`The program covers region ${program.regionCode}; the alliance is in region ${alliance.regionCode}.`, { programRegion: program.regionCode, allianceRegion: alliance.regionCode });
        }
        const on = today();
        const closed = windowProblem(program, on);
        if (closed) throw failedPrecondition(`Applications are not accepted today (${on}): ${closed}.`, { opensOn: program.opensOn, closesOn: program.closesOn, today: on });
        const award = await this.models.Award.findOne({ allianceId: oid(alliance.id), programId: program._id }).lean<AwardDoc>();
        if (award) throw conflict('This alliance has already been awarded this grant.', { applicationId: String(award.applicationId) });
        const { report } = await this.evaluateFor(call, program, alliance.id, on);
        if (!report.eligible) {
          throw failedPrecondition(`The alliance is not eligible on ${on}: ${report.shortfall.join('; ')}.`, { shortfall: report.shortfall, asOf: on, criteria: report.criteria });
        }
        const evaluation = await this.withNames(call, report);
        const id = new Types.ObjectId();
        let doc: GrantApplicationDoc;
        try {
          doc = (
            await this.models.Application.create({
              _id: id,
              allianceId: oid(alliance.id),
              programId: program._id,
              funderOrganizationId: program.funderOrganizationId,
              leadOrganizationId: oid(alliance.leadOrganizationId),
              status: 'SUBMITTED',
              submittedAt: new Date(),
              submittedBy: actor.id,
              evaluation,
              openKey: `${alliance.id}:${program._id}`,
            })
          ).toObject() as GrantApplicationDoc;
        } catch (err) {
          if (isDuplicateKey(err)) {
            const open = await this.models.Application.findOne({ openKey: `${alliance.id}:${program._id}` }).lean<GrantApplicationDoc>();
            throw conflict(`The alliance already has ${open?.status === 'APPROVED' ? 'an approved' : 'a pending'} application for this program.`, {
              applicationId: open ? String(open._id) : undefined,
              status: open?.status,
            });
          }
          throw err;
        }
        await this.appendAudit({
          key: `submitted:${id}`,
          action: 'APPLICATION_SUBMITTED',
          by: actor.id,
          byOrganizationId: actor.org ?? null,
          funderOrganizationId: String(program.funderOrganizationId),
          regionCode: alliance.regionCode,
          programId: String(program._id),
          allianceId: alliance.id,
          applicationId: String(id),
          snapshot: { evaluation },
        });
        ctx.emit(GrantEvent.applicationSubmitted, { applicationId: String(id), allianceId: alliance.id, programId: String(program._id), status: 'SUBMITTED' } satisfies GrantApplicationEventPayload);
        void this.scheduleRecompute(alliance.id);
        return toApplicationDto(doc, null);
      },
    },

    /**
     * The program's funder decides. The decision is written once (unique per application) before anything else,
     * so of any number of concurrent decisions exactly one proceeds; an approval then inserts the award (unique per
     * alliance and program) and moves the application out of SUBMITTED.
     */
    decideApplication: {
      params: { applicationId: objectId, decision: enumOf(DECISIONS), note: optionalText(2000) },
      async handler(this: This, ctx: Context<{ applicationId: string; decision: Decision; note?: string | null }, CallMeta>): Promise<GrantApplicationDto> {
        const actor = actorOf(ctx);
        const app = await this.models.Application.findById(ctx.params.applicationId).lean<GrantApplicationDoc>();
        if (!app) throw notFound('Grant application', ctx.params.applicationId);
        const program = await this.loadProgram(String(app.programId));
        if (!decidesFor(actor, program)) throw forbidden("Only the program's funder may decide its applications.");
        if (app.status !== 'SUBMITTED') throw conflict(`The application is already ${app.status}.`, { status: app.status });
        const note = ctx.params.note?.trim() || null;
        const approve = ctx.params.decision === 'APPROVE';
        if (!approve && !note) throw badInput('A rejection needs a note explaining why.', { field: 'note' });
        const on = today();
        let evaluation: EligibilityReport | null = null;
        if (approve) {
          const { report } = await this.evaluateFor((a, p) => ctx.call(a, p), program, String(app.allianceId), on);
          if (!report.eligible) {
            throw failedPrecondition(`The alliance is no longer eligible on ${on}: ${report.shortfall.join('; ')}.`, { shortfall: report.shortfall, asOf: on, criteria: report.criteria });
          }
          evaluation = await this.withNames((a, p) => ctx.call(a, p), report);
        }
        let decision: DecisionDoc;
        try {
          decision = (
            await this.models.Decision.create({
              applicationId: app._id,
              allianceId: app.allianceId,
              programId: app.programId,
              decision: ctx.params.decision,
              decidedBy: actor.id,
              decidedByOrganizationId: actor.org ? oid(actor.org) : null,
              decidedAt: new Date(),
              decidedOn: on,
              note,
              evaluation,
            })
          ).toObject() as DecisionDoc;
        } catch (err) {
          if (!isDuplicateKey(err)) throw err;
          const first = await this.models.Decision.findOne({ applicationId: app._id }).lean<DecisionDoc>();
          throw conflict(`The application was decided at the same time (${first?.decision ?? 'unknown'}).`, { status: first?.decision === 'APPROVE' ? 'APPROVED' : 'REJECTED' });
        }
        return this.completeDecision(ctx, app, program, decision);
      },
    },

    /** One application, for its program's funder, the alliance's lead admins and platform admins. */
    getApplication: {
      params: { id: objectId },
      retryPolicy: { enabled: true },
      async handler(this: This, ctx: Context<{ id: string }>): Promise<GrantApplicationDto | null> {
        const actor = actorOf(ctx);
        const d = await this.models.Application.findById(ctx.params.id).lean<GrantApplicationDoc>();
        if (!d) return null;
        const sees =
          actor.system ||
          isPlatformAdmin(actor) ||
          (hasRole(actor, 'FUNDER') && actor.org === String(d.funderOrganizationId)) ||
          isOrgAdminOf(actor, String(d.leadOrganizationId));
        if (!sees) throw forbidden("Only the program's funder and the alliance's lead admins may read a grant application.");
        const award = await this.models.Award.findOne({ applicationId: d._id }).lean<AwardDoc>();
        return toApplicationDto(d, award);
      },
    },

    /**
     * Applications the caller may see: a funder those of its own programs (naming another funder's program is
     * FORBIDDEN), a lead unit's admin those of its alliances (other organization admins get an empty list),
     * platform admins all. Callers with neither role are FORBIDDEN.
     */
    listApplications: {
      params: { programId: optionalObjectId, allianceId: optionalObjectId, status: { ...enumOf(APPLICATION_STATUSES), optional: true, nullable: true }, first, after },
      retryPolicy: { enabled: true },
      async handler(
        this: This,
        ctx: Context<{ programId?: string | null; allianceId?: string | null; status?: ApplicationStatus | null; first?: number | null; after?: string | null }>,
      ): Promise<Page<GrantApplicationDto>> {
        const actor = actorOf(ctx);
        const p = ctx.params;
        const limit = pageSize(p.first);
        const afterId = decodeCursor(p.after);
        const q: Record<string, unknown> = {};
        if (!actor.system && !isPlatformAdmin(actor)) {
          const scopes: Record<string, unknown>[] = [];
          const funder = hasRole(actor, 'FUNDER') && actor.org;
          if (funder) scopes.push({ funderOrganizationId: oid(actor.org!) });
          if (hasRole(actor, 'ORG_ADMIN') && actor.org) scopes.push({ leadOrganizationId: oid(actor.org) });
          if (!scopes.length) throw forbidden('Only funders and the admins of alliance lead units may list grant applications.');
          if (p.programId && funder && !hasRole(actor, 'ORG_ADMIN')) {
            const program = await this.loadProgram(p.programId);
            if (String(program.funderOrganizationId) !== actor.org) throw forbidden("A funder sees the applications of its own programs only.");
          }
          q.$or = scopes;
        }
        if (p.programId) q.programId = oid(p.programId);
        if (p.allianceId) q.allianceId = oid(p.allianceId);
        if (p.status) q.status = p.status;
        if (afterId) q._id = { $gt: oid(afterId) };
        const docs = await this.models.Application.find(q).sort({ _id: 1 }).limit(limit + 1).lean<GrantApplicationDoc[]>();
        const awards = await this.models.Award.find({ applicationId: { $in: docs.map((d) => d._id) } }).lean<AwardDoc[]>();
        const byApp = new Map(awards.map((a) => [String(a.applicationId), a]));
        return toPage(docs.map((d) => toApplicationDto(d, byApp.get(String(d._id)) ?? null)), limit, (a) => a.id);
      },
    },

    /** Disqualifies through the organizations service (which checks the funder's authority) and records it in the audit trail. */
    disqualifyOrganization: {
      params: { organizationId: objectId, reason: text(2000, 3), from: optionalDate, until: optionalDate },
      async handler(this: This, ctx: Context<{ organizationId: string; reason: string; from?: string | null; until?: string | null }, CallMeta>): Promise<DisqualificationDto> {
        const actor = actorOf(ctx);
        const dq = await ctx.call<DisqualificationDto, typeof ctx.params>('organizations.disqualify', ctx.params);
        await this.auditDisqualification((a, p) => ctx.call(a, p), 'ORGANIZATION_DISQUALIFIED', dq, actor.id, actor.org ?? null);
        return dq;
      },
    },

    liftDisqualification: {
      params: { disqualificationId: objectId, reason: text(2000, 3) },
      async handler(this: This, ctx: Context<{ disqualificationId: string; reason: string }, CallMeta>): Promise<DisqualificationDto> {
        const actor = actorOf(ctx);
        const dq = await ctx.call<DisqualificationDto, typeof ctx.params>('organizations.lift', ctx.params);
        await this.auditDisqualification((a, p) => ctx.call(a, p), 'DISQUALIFICATION_LIFTED', dq, actor.id, actor.org ?? null);
        return dq;
      },
    },

    /**
     * The append-only audit trail, oldest first. A funder reads the entries of its own programs and the
     * disqualifications in its region; platform admins read everything; nobody else.
     */
    auditTrail: {
      params: { programId: optionalObjectId, allianceId: optionalObjectId, organizationId: optionalObjectId, first, after },
      retryPolicy: { enabled: true },
      async handler(
        this: This,
        ctx: Context<{ programId?: string | null; allianceId?: string | null; organizationId?: string | null; first?: number | null; after?: string | null }, CallMeta>,
      ): Promise<Page<AuditEntryDto>> {
        const actor = actorOf(ctx);
        const p = ctx.params;
        const limit = pageSize(p.first);
        const afterId = decodeCursor(p.after);
        const q: Record<string, unknown> = {};
        if (!actor.system && !isPlatformAdmin(actor)) {
          if (!hasRole(actor, 'FUNDER') || !actor.org) throw forbidden('Only funders and platform admins may read the grant audit trail.');
          const funder = await ctx.call<OrganizationDto | null, { id: string }>('organizations.get', { id: actor.org });
          if (!funder || funder.kind !== 'GOVERNMENT') throw forbidden("A funder's token must name a GOVERNMENT organization.");
          q.$or = [{ funderOrganizationId: oid(actor.org) }, { action: { $in: DQ_ACTIONS }, regionCode: { $regex: `^${regionPrefix(funder.regionCode)}` } }];
        }
        if (p.programId) q.programId = oid(p.programId);
        if (p.allianceId) q.allianceId = oid(p.allianceId);
        if (p.organizationId) q.organizationId = oid(p.organizationId);
        if (afterId) q._id = { $gt: oid(afterId) };
        const docs = await this.models.AuditEntry.find(q).sort({ _id: 1 }).limit(limit + 1).lean<AuditEntryDoc[]>();
        return toPage(docs.map(toAuditDto), limit, (e) => e.id);
      },
    },

    /** The projection: alliances and whether they qualify today, for a funder's own programs (platform admins: all). */
    standings: {
      params: { programId: optionalObjectId, eligible: { type: 'boolean', optional: true, nullable: true }, first, after },
      retryPolicy: { enabled: true },
      async handler(this: This, ctx: Context<{ programId?: string | null; eligible?: boolean | null; first?: number | null; after?: string | null }>): Promise<Page<StandingDto>> {
        const actor = actorOf(ctx);
        const p = ctx.params;
        const limit = pageSize(p.first);
        const afterId = decodeCursor(p.after);
        const q: Record<string, unknown> = {};
        if (!actor.system && !isPlatformAdmin(actor)) {
          if (!hasRole(actor, 'FUNDER') || !actor.org) throw forbidden('Only funders and platform admins may read grant standings.');
          if (p.programId) {
            const program = await this.loadProgram(p.programId);
            if (String(program.funderOrganizationId) !== actor.org) throw forbidden('A funder sees the standings of its own programs only.');
          }
          q.funderOrganizationId = oid(actor.org);
        }
        if (p.programId) q.programId = oid(p.programId);
        if (p.eligible !== undefined && p.eligible !== null) q.eligible = p.eligible;
        if (afterId) q._id = { $gt: oid(afterId) };
        const docs = await this.models.Standing.find(q).sort({ _id: 1 }).limit(limit + 1).lean<StandingDoc[]>();
        return toPage(docs.map(toStandingDto), limit, (s) => s.id);
      },
    },

    /** Recomputes every standing from the source services (events over NATS are not durable). Platform admins and services. */
    rebuildStandings: {
      params: {},
      async handler(this: This, ctx: Context): Promise<{ alliances: number; standings: number }> {
        const actor = actorOf(ctx);
        if (!actor.system && !isPlatformAdmin(actor)) throw forbidden('Only a platform admin may rebuild grant standings.');
        return this.rebuildAll();
      },
    },
  },

  events: {
    'alliances.membershipJoined': recomputeOnEvent,
    'alliances.membershipEnded': recomputeOnEvent,
    'alliances.created': recomputeOnEvent,
    'alliances.statusChanged': recomputeOnEvent,
    'organizations.disqualified': {
      async handler(this: This, ctx: Context<DisqualificationDto>) {
        const call = await this.systemCall();
        // Also recorded here, so a disqualification made directly on the bus is in the trail (same key: never twice).
        await this.auditDisqualification(call, 'ORGANIZATION_DISQUALIFIED', ctx.params, ctx.params.imposedBy, ctx.params.imposedByOrganizationId).catch((err) =>
          this.logger.warn({ err }, 'auditing a disqualification from its event failed'),
        );
        await this.recomputeAlliancesOf(call, ctx.params.organizationId);
      },
    },
    'organizations.disqualificationLifted': {
      async handler(this: This, ctx: Context<DisqualificationDto>) {
        const call = await this.systemCall();
        await this.auditDisqualification(call, 'DISQUALIFICATION_LIFTED', ctx.params, ctx.params.liftedBy ?? 'unknown', null).catch((err) =>
          this.logger.warn({ err }, 'auditing a lifted disqualification from its event failed'),
        );
        await this.recomputeAlliancesOf(call, ctx.params.organizationId);
      },
    },
  },

  methods: {
    /** Rebuilds every standing without holding up the caller; failures are logged (grants.rebuildStandings retries). */
    rebuildInBackground(this: This, when: string): void {
      const rebuild = this.rebuildAll()
        .then((r) => this.logger.info(r, `grant standings rebuilt ${when}`))
        .catch((err) => {
          if (!this.stopping) this.logger.error({ err }, `rebuilding grant standings ${when} failed; call grants.rebuildStandings`);
        });
      this.background.add(rebuild);
      void rebuild.finally(() => this.background.delete(rebuild));
    },

    /** Recomputes the standings of every alliance the organization has belonged to (its standing changed). */
    async recomputeAlliancesOf(this: This, call: Caller, organizationId: string): Promise<void> {
      const lists = await call<MembershipDto[][]>('alliances.membershipsOfOrganizations', { organizationIds: [organizationId] });
      for (const id of new Set((lists[0] ?? []).map((m) => m.allianceId))) void this.scheduleRecompute(id);
    },

    async loadProgram(this: This, id: string): Promise<GrantProgramDoc> {
      const p = await this.models.Program.findById(id).lean<GrantProgramDoc>();
      if (!p) throw notFound('Grant program', id);
      return p;
    },

    /** The facts an evaluation needs, in three calls whatever the alliance's size. */
    async evidence(this: This, call: Caller, allianceId: string, asOf: string): Promise<Evidence> {
      const [alliance, members] = await Promise.all([
        call<AllianceDto | null>('alliances.get', { id: allianceId }),
        call<MembershipDto[]>('alliances.activeMembersOn', { allianceId, asOf }),
      ]);
      if (!alliance) throw notFound('Alliance', allianceId);
      const ids = [...new Set([alliance.leadOrganizationId, ...members.map((m) => m.organizationId)])];
      const lists = await call<DisqualificationDto[][]>('organizations.disqualificationsOf', { organizationIds: ids });
      const disqualifications = lists.flat().map(toRecord);
      return { alliance, members, disqualifications };
    },

    async evaluateFor(this: This, call: Caller, program: GrantProgramDoc, allianceId: string, asOf: string) {
      const { alliance, members, disqualifications } = await this.evidence(call, allianceId, asOf);
      const report = evaluate(
        { id: String(program._id), criteria: program.criteria, awardAmountFen: program.awardAmountFen, currency: program.currency },
        alliance,
        members,
        disqualifications,
        asOf,
      );
      return { report, alliance };
    },

    async evaluateCounts(this: This, call: Caller, program: GrantProgramDoc, allianceId: string, asOf: string): Promise<EligibilityReport> {
      const [alliance, counts] = await Promise.all([
        call<AllianceDto | null>('alliances.get', { id: allianceId }),
        call<{ total: number; schools: number; enterprises: number; distinctSchoolTypes: number; bySchoolType: Record<string, number> }>('alliances.memberCounts', { allianceId, asOf }),
      ]);
      if (!alliance) throw notFound('Alliance', allianceId);
      const [leadLists] = await call<DisqualificationDto[][]>('organizations.disqualificationsOf', { organizationIds: [alliance.leadOrganizationId] });
      const leadDqs = (leadLists ?? []).map(toRecord);
      return evaluateFromCounts(
        { id: String(program._id), criteria: program.criteria, awardAmountFen: program.awardAmountFen, currency: program.currency },
        alliance,
        { total: counts.total, schools: counts.schools, enterprises: counts.enterprises, distinctSchoolTypes: counts.distinctSchoolTypes, bySchoolType: counts.bySchoolType },
        leadDqs,
        asOf,
      );
    },

    /** Adds organization names (one batch call) so a frozen evaluation reads on its own, years later. */
    async withNames(this: This, call: Caller, report: EligibilityReport): Promise<EligibilityReport> {
      const ids = [...report.countedMembers, ...report.excludedMembers].map((m) => m.organizationId);
      if (!ids.length) return report;
      const orgs = await call<(OrganizationDto | null)[]>('organizations.getMany', { ids });
      const names = new Map(orgs.filter((o): o is OrganizationDto => !!o).map((o) => [o.id, o.name]));
      return {
        ...report,
        countedMembers: report.countedMembers.map((m) => ({ ...m, name: names.get(m.organizationId) ?? null })),
        excludedMembers: report.excludedMembers.map((m) => ({ ...m, name: names.get(m.organizationId) ?? null })),
      };
    },

    /** Inserts an audit entry once: a second insert with the same key (a retry, a replayed event) is a no-op. */
    async appendAudit(this: This, e: AuditInput): Promise<void> {
      const toOid = (id: string | null | undefined) => (id ? oid(id) : null);
      try {
        await this.models.AuditEntry.create({
          key: e.key,
          action: e.action,
          at: new Date(),
          by: e.by,
          byOrganizationId: toOid(e.byOrganizationId),
          funderOrganizationId: toOid(e.funderOrganizationId),
          regionCode: e.regionCode ?? null,
          programId: toOid(e.programId),
          allianceId: toOid(e.allianceId),
          applicationId: toOid(e.applicationId),
          organizationId: toOid(e.organizationId),
          disqualificationId: toOid(e.disqualificationId),
          note: e.note ?? null,
          snapshot: e.snapshot,
        });
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
      }
    },

    async auditDisqualification(this: This, call: Caller, action, dq, by, byOrg): Promise<void> {
      const org = await call<OrganizationDto | null>('organizations.get', { id: dq.organizationId });
      await this.appendAudit({
        key: `${action === 'ORGANIZATION_DISQUALIFIED' ? 'disqualified' : 'lifted'}:${dq.id}`,
        action,
        by,
        byOrganizationId: byOrg,
        funderOrganizationId: byOrg ?? dq.imposedByOrganizationId,
        regionCode: org?.regionCode ?? null,
        organizationId: dq.organizationId,
        disqualificationId: dq.id,
        note: action === 'ORGANIZATION_DISQUALIFIED' ? dq.reason : dq.liftReason,
        snapshot: { disqualification: dq, organization: org ? { id: org.id, name: org.name, kind: org.kind, regionCode: org.regionCode, creditCode: org.creditCode } : null },
      });
    },

    async systemCall(this: This): Promise<Caller> {
      const token = await systemToken('grants');
      return <T>(action: string, params: Record<string, unknown>) => this.broker.call(action, params, { meta: { token } }) as Promise<T>;
    },

    /**
     * Recomputes an alliance's standings soon; requests arriving while one runs coalesce into one more run,
     * so a burst of membership events costs two evaluations, not one per event.
     */
    scheduleRecompute(this: This, allianceId: string): Promise<void> {
      const running = this.recomputing.get(allianceId);
      if (running) {
        running.again = true;
        return running.done;
      }
      const state = { again: false, done: Promise.resolve() };
      this.recomputing.set(allianceId, state);
      state.done = (async () => {
        try {
          do {
            state.again = false;
            if (this.stopping) return;
            try {
              await this.recomputeAlliance(allianceId);
            } catch (err) {
              if (!this.stopping) this.logger.warn({ err, allianceId }, 'recomputing grant standings failed');
            }
          } while (state.again);
        } finally {
          this.recomputing.delete(allianceId);
        }
      })();
      return state.done;
    },

    /** Evaluates one alliance (as of today) against every program covering its region and writes its standings. */
    async recomputeAlliance(this: This, allianceId: string): Promise<number> {
      const readAt = Date.now();
      const call = await this.systemCall();
      const alliance = await call<AllianceDto | null>('alliances.get', { id: allianceId });
      if (!alliance) return 0;
      const programs = (await this.models.Program.find({ regionCode: { $in: coveringRegions(alliance.regionCode) } }).lean<GrantProgramDoc[]>()).filter((p) =>
        programCovers(p.regionCode, alliance.regionCode),
      );
      if (!programs.length) return 0;
      const on = today();
      const { members, disqualifications } = await this.evidence(call, allianceId, on);
      const [apps, awards] = await Promise.all([
        this.models.Application.find({ allianceId: oid(allianceId), programId: { $in: programs.map((p) => p._id) } }).sort({ _id: 1 }).lean<GrantApplicationDoc[]>(),
        this.models.Award.find({ allianceId: oid(allianceId), programId: { $in: programs.map((p) => p._id) } }).lean<AwardDoc[]>(),
      ]);
      let written = 0;
      for (const program of programs) {
        const report = evaluate(
          { id: String(program._id), criteria: program.criteria, awardAmountFen: program.awardAmountFen, currency: program.currency },
          alliance,
          members,
          disqualifications,
          on,
        );
        const latest = apps.filter((a) => String(a.programId) === String(program._id)).at(-1);
        const statusOf = new Map(apps.map((a) => [String(a._id), a.status]));
        const awarded = awards.some((a) => String(a.programId) === String(program._id) && statusOf.get(String(a.applicationId)) === 'APPROVED');
        const set = {
          funderOrganizationId: program.funderOrganizationId,
          regionCode: alliance.regionCode,
          allianceName: alliance.name,
          eligible: report.eligible,
          shortfall: report.shortfall,
          counts: { total: report.counts.total, schools: report.counts.schools, enterprises: report.counts.enterprises, distinctSchoolTypes: report.counts.distinctSchoolTypes },
          evaluatedOn: on,
          evaluatedAt: new Date(),
          readAt,
          applicationStatus: latest?.status ?? null,
          awarded,
        };
        try {
          // Written only over an older reading: if a newer one is stored the filter misses, the upsert collides
          // with the unique (alliance, program) index, and this stale result is dropped.
          await this.models.Standing.findOneAndUpdate({ allianceId: oid(allianceId), programId: program._id, readAt: { $lt: readAt } }, { $set: set }, { upsert: true, returnDocument: 'after' });
          written++;
        } catch (err) {
          if (!isDuplicateKey(err)) throw err;
        }
      }
      return written;
    },

    async allianceIdsInRegion(this: This, call: Caller, region: string): Promise<string[]> {
      const ids: string[] = [];
      let cursor: string | null = null;
      do {
        const page: Page<AllianceDto> = await call('alliances.list', { filter: { regionCode: region }, first: 100, after: cursor });
        ids.push(...page.edges.map((e) => e.node.id));
        cursor = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (cursor && !this.stopping);
      return ids;
    },

    /** Every alliance covered by any program, recomputed; also repairs decisions interrupted half-way. */
    async rebuildAll(this: This): Promise<{ alliances: number; standings: number }> {
      await this.repairDecisions();
      const programs = await this.models.Program.find({}).lean<GrantProgramDoc[]>();
      const call = await this.systemCall();
      const ids = new Set<string>();
      for (const region of new Set(programs.map((p) => p.regionCode))) {
        for (const id of await this.allianceIdsInRegion(call, region)) ids.add(id);
      }
      let standings = 0;
      for (const id of ids) {
        if (this.stopping) break;
        standings += await this.recomputeAlliance(id);
      }
      return { alliances: ids.size, standings };
    },

    /**
     * Finishes what the holder of a decision did not (it wrote the decision, then its process died): the award and
     * the application's status follow the decision. Stale decisions only: a young one may still be in flight.
     */
    async repairDecisions(this: This): Promise<void> {
      const stale = await this.models.Decision.find({ decidedAt: { $lt: new Date(Date.now() - 60_000) } }).lean<DecisionDoc[]>();
      if (!stale.length) return;
      const open = await this.models.Application.find({ _id: { $in: stale.map((d) => d.applicationId) }, status: 'SUBMITTED' }).lean<GrantApplicationDoc[]>();
      for (const app of open) {
        const decision = stale.find((d) => String(d.applicationId) === String(app._id))!;
        const program = await this.loadProgram(String(app.programId));
        await this.completeDecision(null, app, program, decision).catch((err) => this.logger.error({ err, applicationId: String(app._id) }, 'could not complete an interrupted grant decision'));
      }
    },

    /** After the decision is written: the award (for an approval), the application's status, the audit entry, the event. */
    async completeDecision(this: This, ctx: Context | null, app: GrantApplicationDoc, program: GrantProgramDoc, decision: DecisionDoc): Promise<GrantApplicationDto> {
      const approve = decision.decision === 'APPROVE';
      let award: AwardDoc | null = null;
      if (approve) {
        try {
          award = (
            await this.models.Award.create({
              allianceId: app.allianceId,
              programId: app.programId,
              applicationId: app._id,
              recipientOrganizationId: app.leadOrganizationId,
              amountFen: program.awardAmountFen,
              currency: program.currency,
              awardedOn: decision.decidedOn,
              approvedBy: decision.decidedBy,
              decisionNote: decision.note,
            })
          ).toObject() as AwardDoc;
        } catch (err) {
          if (!isDuplicateKey(err)) throw err;
          const existing = await this.models.Award.findOne({ allianceId: app.allianceId, programId: app.programId }).lean<AwardDoc>();
          if (!existing || String(existing.applicationId) !== String(app._id)) {
            // Another application of this alliance already holds the award: this approval does not stand.
            await this.models.Decision.deleteOne({ _id: decision._id });
            throw conflict('This alliance has already been awarded this grant.', { applicationId: existing ? String(existing.applicationId) : undefined });
          }
          award = existing;
        }
      }
      const status: ApplicationStatus = approve ? 'APPROVED' : 'REJECTED';
      const set = approve
        ? { status, decidedAt: decision.decidedAt, decidedBy: decision.decidedBy, decisionNote: decision.note, decisionEvaluation: decision.evaluation }
        : { status, decidedAt: decision.decidedAt, decidedBy: decision.decidedBy, decisionNote: decision.note, openKey: `closed:${app._id}` };
      // Only the holder of the decision gets here, so nothing races this update; the filter keeps it idempotent.
      let updated = await this.models.Application.findOneAndUpdate({ _id: app._id, status: 'SUBMITTED' }, { $set: set }, { returnDocument: 'after' }).lean<GrantApplicationDoc>();
      if (!updated) {
        updated = await this.models.Application.findById(app._id).lean<GrantApplicationDoc>();
        if (!updated || updated.status !== status) {
          this.logger.error({ applicationId: String(app._id), decision: decision.decision, status: updated?.status }, 'an application disagrees with its decision');
          throw conflict(`The application is ${updated?.status ?? 'gone'}.`, { status: updated?.status });
        }
      }
      await this.appendAudit({
        key: `decided:${app._id}`,
        action: approve ? 'APPLICATION_APPROVED' : 'APPLICATION_REJECTED',
        by: decision.decidedBy,
        byOrganizationId: decision.decidedByOrganizationId ? String(decision.decidedByOrganizationId) : null,
        funderOrganizationId: String(program.funderOrganizationId),
        programId: String(program._id),
        allianceId: String(app.allianceId),
        applicationId: String(app._id),
        note: decision.note,
        snapshot: approve ? { decision: 'APPROVE', evaluation: decision.evaluation, award: award ? toAwardDto(award) : null } : { decision: 'REJECT' },
      });
      const payload: GrantApplicationEventPayload = {
        applicationId: String(app._id),
        allianceId: String(app.allianceId),
        programId: String(program._id),
        status,
        ...(award ? { awardAmountFen: award.amountFen, recipientOrganizationId: String(award.recipientOrganizationId) } : {}),
      };
      if (ctx) ctx.emit(GrantEvent.applicationDecided, payload);
      else this.broker.emit(GrantEvent.applicationDecided, payload);
      void this.scheduleRecompute(String(app.allianceId));
      return toApplicationDto(updated, award);
    },

    /** Standings answer "today": once the date has moved on (a disqualification may have run out), recompute. */
    async refreshIfStale(this: This): Promise<void> {
      const stale = await this.models.Standing.findOne({ evaluatedOn: { $lt: today() } }).lean<StandingDoc>();
      if (stale) await this.rebuildAll();
    },
  },
};

export default GrantsService;
