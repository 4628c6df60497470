import type { Context, Service, ServiceBroker, ServiceSchema, ServiceSettingSchema } from 'moleculer';
import { inIdOrder } from '../../infra/batch.js';
import { Types } from 'mongoose';
import { actorOf, hasRole, systemToken, type Actor, type CallMeta } from '../../infra/auth.js';
import { badInput, conflict, failedPrecondition, forbidden, isDuplicateKey, notFound } from '../../infra/errors.js';
import { claim } from '../../infra/claims.js';
import { mongoMixin, type MongoVars } from '../../infra/mongo.mixin.js';
import { after, date, idList, objectId, optionalDate, optionalText, text } from '../../infra/params.js';
import { assertDate, assertNotFuture, today } from '../../infra/dates.js';
import { moneyInputRule, parseMoney, type MoneyInput } from '../../infra/money.js';
import { decodeCursor, pageSize, toPage, type Page } from '../../infra/pagination.js';
import type { OrganizationDto } from '../organizations/organizations.contract.js';
import type { AllianceDto, MembershipDto } from '../alliances/alliances.contract.js';
import { allocate, applyDeductions, type AllocationLine, type DeductionLine } from './allocation.js';
import { revenueModels, type AgreementDoc, type EventDoc, type RevenueModels } from './revenue.model.js';
import { RevenueBusEvent, type AgreementEventPayload, type LedgerEventPayload } from './revenue.events.js';
import {
  DEFAULT_DEDUCTION_KINDS,
  REVERSAL_PREFIX,
  SEED_POLICIES,
  amountFor,
  checkTerms,
  eventReconciles,
  negate,
  ownsAgreement,
  readsAgreement,
  readsStatement,
  requestFingerprint,
  reversalNegates,
  toPartyTerms,
  versionOn,
  type AgreementVersion,
  type PartyInput,
  type PartyTerms,
  type RevenuePolicy,
} from './revenue.rules.js';

// ---------------------------------------------------------------- DTOs (what the bus returns; amounts in integer fen)

export interface AgreementVersionDto {
  version: number;
  effectiveFrom: string;
  title: string;
  policy: RevenuePolicy;
  parties: PartyTerms[];
  deductionKinds: string[];
  recordedAt: string;
  recordedBy: string;
  note: string | null;
}

/** An agreement as of its latest version, with every version. */
export interface RevenueAgreementDto extends AgreementVersionDto {
  id: string;
  allianceId: string;
  projectId: string | null;
  outputIds: string[];
  ownerOrganizationId: string;
  ownerKind: 'ALLIANCE_LEAD' | 'PROJECT_LEAD';
  versions: AgreementVersionDto[];
  createdAt: string;
}

export interface RevenueEventDto {
  id: string;
  agreementId: string;
  agreementVersion: number;
  allianceId: string;
  kind: 'REVENUE' | 'REVERSAL';
  receivedOn: string;
  externalReference: string;
  grossFen: number;
  deductions: DeductionLine[];
  netFen: number;
  allocations: AllocationLine[];
  reversesEventId: string | null;
  reason: string | null;
  recordedAt: string;
  recordedBy: string;
}

export interface StatementLine {
  event: RevenueEventDto;
  /** This organization's allocations in the event (all its beneficiaries). */
  amountFen: number;
  runningTotalFen: number;
  /** The event's own check (gross − deductions = net = Σ allocations; a reversal negates its original). */
  reconciled: boolean;
  agreementTitle: string;
}

export interface RevenueStatementDto {
  organizationId: string;
  from: string;
  to: string;
  lines: StatementLine[];
  totalFen: number;
  reconciled: boolean;
}

/** One page of a statement (the CSV export streams these). */
export interface StatementPageDto {
  lines: StatementLine[];
  totalFen: number;
  reconciled: boolean;
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface AgreementStatementLine {
  event: RevenueEventDto;
  runningNetFen: number;
  reconciled: boolean;
}
export interface AgreementStatementDto {
  agreementId: string;
  from: string;
  to: string;
  lines: AgreementStatementLine[];
  grossFen: number;
  deductionsFen: number;
  netFen: number;
  byOrganization: { organizationId: string; beneficiary: string; amountFen: number }[];
  reconciled: boolean;
}

const toEventDto = (d: EventDoc): RevenueEventDto => ({
  id: String(d._id),
  agreementId: d.agreementId,
  agreementVersion: d.agreementVersion,
  allianceId: d.allianceId,
  kind: d.kind,
  receivedOn: d.receivedOn,
  externalReference: d.externalReference,
  grossFen: d.grossFen,
  deductions: (d.deductions ?? []).map((x) => ({ kind: x.kind, amountFen: x.amountFen, remainingFen: x.remainingFen })),
  netFen: d.netFen,
  allocations: (d.allocations ?? []).map((a) => ({
    organizationId: a.organizationId,
    beneficiary: a.beneficiary,
    amountFen: a.amountFen,
    inventors: (a.inventors ?? []).map((v) => ({ name: v.name, personId: v.personId ?? null, amountFen: v.amountFen })),
  })),
  reversesEventId: d.reversesEventId ?? null,
  reason: d.reason ?? null,
  recordedAt: (d.createdAt ?? new Date()).toISOString(),
  recordedBy: d.recordedBy,
});

const cleanVersion = (v: AgreementVersion): AgreementVersion => ({
  version: v.version,
  effectiveFrom: v.effectiveFrom,
  title: v.title,
  policyCode: v.policyCode,
  parties: v.parties.map((p) => ({
    organizationId: p.organizationId,
    orgKind: p.orgKind,
    shareBp: p.shareBp,
    teacherShareBp: p.teacherShareBp ?? null,
    inventors: (p.inventors ?? []).map((i) => ({ name: i.name, personId: i.personId ?? null, shareBp: i.shareBp })),
  })),
  deductionKinds: [...(v.deductionKinds ?? [])],
  recordedAt: v.recordedAt,
  recordedBy: v.recordedBy,
  note: v.note ?? null,
});

// ---------------------------------------------------------------- params

const bp = { type: 'number', integer: true, min: 0, max: 10_000, convert: false } as const;
const partyRule = {
  type: 'object',
  strict: 'remove',
  props: {
    organizationId: objectId,
    shareBp: bp,
    teacherShareBp: { ...bp, optional: true, nullable: true },
    inventors: {
      type: 'array',
      optional: true,
      nullable: true,
      max: 50,
      items: { type: 'object', strict: 'remove', props: { name: text(100), personId: optionalText(64), shareBp: bp } },
    },
  },
} as const;
const termsParams = {
  parties: { type: 'array', items: partyRule, min: 1, max: 50 },
  deductionKinds: { type: 'array', items: { type: 'string', min: 1, max: 40 }, max: 20, optional: true, nullable: true },
} as const;
const externalReference = { type: 'string', trim: true, min: 1, max: 200 } as const;

export interface CreateAgreementParams {
  allianceId: string;
  projectId?: string | null;
  outputIds?: string[] | null;
  title: string;
  policyCode: string;
  effectiveFrom: string;
  parties: PartyInput[];
  deductionKinds?: string[] | null;
}
export interface AmendAgreementParams {
  agreementId: string;
  effectiveFrom: string;
  parties: PartyInput[];
  title?: string | null;
  policyCode?: string | null;
  deductionKinds?: string[] | null;
  note?: string | null;
}
export interface RecordParams {
  agreementId: string;
  gross: MoneyInput;
  deductions?: { kind: string; amount: MoneyInput }[] | null;
  receivedOn: string;
  externalReference: string;
}
export interface StatementParams {
  organizationId: string;
  from: string;
  to: string;
}

/** Project as the projects service returns it (only what revenue needs). */
interface ProjectRef {
  id: string;
  allianceId: string;
  leadOrganizationId: string;
  outputs?: { id?: string; outputId?: string }[];
}

interface ScanResult {
  lines: StatementLine[];
  totalFen: number;
  reconciled: boolean;
  hasNextPage: boolean;
  endCursor: string | null;
}

interface Methods {
  policies(): Promise<Map<string, RevenuePolicy>>;
  toAgreementDto(d: AgreementDoc, policies: Map<string, RevenuePolicy>): RevenueAgreementDto;
  loadAgreement(id: string): Promise<AgreementDoc>;
  reviseAgreement(a: AgreementDoc, set: Partial<AgreementDoc>): Promise<AgreementDoc | null>;
  sys(): Promise<{ meta: CallMeta }>;
  funderRegion(ctx: Context, actor: Actor): Promise<string | null>;
  assertReadsAgreement(ctx: Context, actor: Actor, a: AgreementDoc): Promise<void>;
  checkedTerms(ctx: Context, allianceId: string, effectiveFrom: string, parties: PartyInput[], policy: RevenuePolicy, deductionKinds: string[]): Promise<{ terms: PartyTerms[]; orgs: OrganizationDto[] }>;
  scan(query: Record<string, unknown>, organizationId: string, opening: number, afterKey: { receivedOn: string; id: string } | null, limit: number): Promise<ScanResult>;
  reversalsCheck(reversals: { dto: RevenueEventDto; line: StatementLine | AgreementStatementLine }[], known: Map<string, RevenueEventDto>): Promise<boolean>;
  emitLedger(ctx: Context, e: RevenueEventDto): void;
}

type This = MongoVars<RevenueModels> & Methods & { broker: ServiceBroker; logger: Service['logger'] };

// Statement cursors wrap the (receivedOn, _id) sort key.
const encodeKey = (receivedOn: string, id: string) => Buffer.from(`r:${receivedOn}:${id}`, 'utf8').toString('base64url');
function decodeKey(cursor: string | null | undefined): { receivedOn: string; id: string } | null {
  if (!cursor) return null;
  const m = /^r:(\d{4}-\d{2}-\d{2}):([0-9a-f]{24})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) throw badInput('after is not a cursor returned by this API.', { field: 'after' });
  return { receivedOn: m[1], id: m[2] };
}

function checkPeriod(from: string, to: string): void {
  assertDate(from, 'from');
  assertDate(to, 'to');
  if (from > to) throw badInput(`from ${from} is after to ${to}.`, { field: 'from' });
}

const RevenueService: ServiceSchema<ServiceSettingSchema, Methods & Record<string, never>, This> = {
  name: 'revenue',
  dependencies: ['organizations', 'alliances'],
  mixins: [mongoMixin('revenue', revenueModels)],

  actions: {
    /** The regional policies (data, seeded on start). */
    policies: {
      retryPolicy: { enabled: true },
      async handler(this: This, ctx: Context): Promise<RevenuePolicy[]> {
        actorOf(ctx);
        return [...(await this.policies()).values()].sort((a, b) => a.code.localeCompare(b.code));
      },
    },

    /**
     * Creates an agreement (version 1). The owner is the alliance's lead, or the project's lead when a project is
     * named; only the owner's admins may create, amend and write its ledger.
     */
    createAgreement: {
      params: {
        allianceId: objectId,
        projectId: { ...objectId, optional: true, nullable: true },
        outputIds: { type: 'array', items: { type: 'string', min: 1, max: 64 }, max: 100, optional: true, nullable: true },
        title: text(200, 2),
        policyCode: { type: 'string', trim: true, min: 1, max: 40 },
        effectiveFrom: date,
        ...termsParams,
      },
      async handler(this: This, ctx: Context<CreateAgreementParams, CallMeta>): Promise<RevenueAgreementDto> {
        const actor = actorOf(ctx);
        const p = ctx.params;
        assertDate(p.effectiveFrom, 'effectiveFrom');
        const sys = await this.sys();
        const alliance = await ctx.call<AllianceDto | null, { id: string }>('alliances.get', { id: p.allianceId }, sys);
        if (!alliance) throw notFound('Alliance', p.allianceId);
        let owner = alliance.leadOrganizationId;
        let ownerKind: AgreementDoc['ownerKind'] = 'ALLIANCE_LEAD';
        const outputIds = [...new Set(p.outputIds ?? [])];
        if (p.projectId) {
          const project = await ctx.call<ProjectRef | null, { id: string }>('projects.get', { id: p.projectId }, sys);
          if (!project) throw notFound('Project', p.projectId);
          if (project.allianceId !== p.allianceId) throw badInput('The project belongs to another alliance.', { field: 'projectId', rule: 'PROJECT_ALLIANCE' });
          owner = project.leadOrganizationId;
          ownerKind = 'PROJECT_LEAD';
          const known = new Set((project.outputs ?? []).map((o) => o.id ?? o.outputId));
          const unknown = outputIds.filter((o) => !known.has(o));
          if (unknown.length) throw badInput(`Outputs ${unknown.join(', ')} are not outputs of the project.`, { field: 'outputIds', rule: 'PROJECT_OUTPUT' });
        } else if (outputIds.length) {
          throw badInput('outputIds name a project\'s outputs: give the projectId too.', { field: 'outputIds', rule: 'PROJECT_OUTPUT' });
        }
        if (!ownsAgreement(actor, owner)) {
          throw forbidden(ownerKind === 'PROJECT_LEAD' ? "Only the project lead's admins may make its revenue agreements." : "Only the alliance lead's admins may make its revenue agreements.");
        }
        const policy = (await this.policies()).get(p.policyCode);
        if (!policy) throw badInput(`There is no revenue policy ${p.policyCode}.`, { field: 'policyCode', rule: 'UNKNOWN_POLICY' });
        const deductionKinds = p.deductionKinds ?? [...DEFAULT_DEDUCTION_KINDS];
        const { terms, orgs } = await this.checkedTerms(ctx, p.allianceId, p.effectiveFrom, p.parties, policy, deductionKinds);
        const now = new Date().toISOString();
        const version: AgreementVersion = { version: 1, effectiveFrom: p.effectiveFrom, title: p.title, policyCode: policy.code, parties: terms, deductionKinds, recordedAt: now, recordedBy: actor.id, note: null };
        const doc = await this.models.Agreement.create({
          allianceId: p.allianceId,
          projectId: p.projectId ?? null,
          outputIds,
          ownerOrganizationId: owner,
          ownerKind,
          regionCodes: [...new Set([alliance.regionCode, ...orgs.map((o) => o.regionCode)])],
          partyOrganizationIds: terms.map((t) => t.organizationId),
          versions: [version],
          versionCount: 1,
          lastReceivedOn: '',
          rev: 0,
          createdBy: actor.id,
        });
        const dto = this.toAgreementDto(doc.toObject() as AgreementDoc, await this.policies());
        ctx.emit(RevenueBusEvent.agreementCreated, { agreementId: dto.id, allianceId: dto.allianceId, version: 1, effectiveFrom: dto.effectiveFrom, partyOrganizationIds: terms.map((t) => t.organizationId) } satisfies AgreementEventPayload);
        return dto;
      },
    },

    /**
     * Adds a version effective from a date strictly after the previous version's, and after any revenue already
     * recorded under the agreement (recorded revenue keeps the version it was split by).
     */
    amendAgreement: {
      params: {
        agreementId: objectId,
        effectiveFrom: date,
        title: { ...text(200, 2), optional: true, nullable: true },
        policyCode: { type: 'string', trim: true, min: 1, max: 40, optional: true, nullable: true },
        note: optionalText(500),
        ...termsParams,
      },
      async handler(this: This, ctx: Context<AmendAgreementParams, CallMeta>): Promise<RevenueAgreementDto> {
        const actor = actorOf(ctx);
        const p = ctx.params;
        assertDate(p.effectiveFrom, 'effectiveFrom');
        for (let attempt = 0; attempt < 10; attempt++) {
          const a = await this.loadAgreement(p.agreementId);
          if (!ownsAgreement(actor, a.ownerOrganizationId)) throw forbidden("Only the agreement owner's admins may amend it.");
          const last = a.versions[a.versions.length - 1];
          if (p.effectiveFrom <= last.effectiveFrom) {
            throw badInput(`An amendment must take effect after version ${last.version} (effective ${last.effectiveFrom}); got ${p.effectiveFrom}.`, { field: 'effectiveFrom', rule: 'EFFECTIVE_ORDER' });
          }
          if (a.lastReceivedOn && p.effectiveFrom <= a.lastReceivedOn) {
            throw failedPrecondition(`Revenue received on ${a.lastReceivedOn} is already split under this agreement; an amendment must take effect after that date.`, { field: 'effectiveFrom', rule: 'REVENUE_ALREADY_RECORDED', lastReceivedOn: a.lastReceivedOn });
          }
          const policies = await this.policies();
          const policy = policies.get(p.policyCode ?? last.policyCode);
          if (!policy) throw badInput(`There is no revenue policy ${p.policyCode}.`, { field: 'policyCode', rule: 'UNKNOWN_POLICY' });
          const deductionKinds = p.deductionKinds ?? last.deductionKinds;
          const { terms, orgs } = await this.checkedTerms(ctx, a.allianceId, p.effectiveFrom, p.parties, policy, deductionKinds);
          const version: AgreementVersion = {
            version: a.versionCount + 1,
            effectiveFrom: p.effectiveFrom,
            title: p.title ?? last.title,
            policyCode: policy.code,
            parties: terms,
            deductionKinds,
            recordedAt: new Date().toISOString(),
            recordedBy: actor.id,
            note: p.note ?? null,
          };
          // One revision step: checked against this revision's lastReceivedOn and last version; if anything changed
          // meanwhile (another amendment, revenue recorded at a later date), re-read and re-check.
          const updated = await this.reviseAgreement(a, {
            versions: [...a.versions.map(cleanVersion), version],
            versionCount: a.versionCount + 1,
            partyOrganizationIds: [...new Set([...a.partyOrganizationIds, ...terms.map((t) => t.organizationId)])],
            regionCodes: [...new Set([...a.regionCodes, ...orgs.map((o) => o.regionCode)])],
          });
          if (!updated) continue;
          const dto = this.toAgreementDto(updated, policies);
          ctx.emit(RevenueBusEvent.agreementAmended, { agreementId: dto.id, allianceId: dto.allianceId, version: dto.version, effectiveFrom: dto.effectiveFrom, partyOrganizationIds: updated.partyOrganizationIds } satisfies AgreementEventPayload);
          return dto;
        }
        throw conflict('The agreement was changed by someone else at the same time; try again.');
      },
    },

    getAgreement: {
      params: { id: objectId },
      retryPolicy: { enabled: true },
      async handler(this: This, ctx: Context<{ id: string }>): Promise<RevenueAgreementDto | null> {
        const actor = actorOf(ctx);
        const a = await this.models.Agreement.findById(ctx.params.id).lean<AgreementDoc>();
        if (!a) return null;
        await this.assertReadsAgreement(ctx, actor, a);
        return this.toAgreementDto(a, await this.policies());
      },
    },

    /** Batch lookup for DataLoader: same order as `ids`; null where missing or not readable by the caller. */
    getAgreements: {
      params: { ids: idList },
      retryPolicy: { enabled: true },
      async handler(this: This, ctx: Context<{ ids: string[] }>): Promise<(RevenueAgreementDto | null)[]> {
        const actor = actorOf(ctx);
        const docs = await this.models.Agreement.find({ _id: { $in: [...new Set(ctx.params.ids)].map((id) => new Types.ObjectId(id)) } }).lean<AgreementDoc[]>();
        const region = await this.funderRegion(ctx, actor);
        const policies = await this.policies();
        return inIdOrder(ctx.params.ids, docs.filter((d) => readsAgreement(actor, d, region)).map((d) => [String(d._id), this.toAgreementDto(d, policies)]));
      },
    },

    /** Agreements an organization owns or is a party to (its admins, a funder over it, platform admins). */
    listAgreements: {
      params: { organizationId: objectId, first: { type: 'number', integer: true, min: 0, max: 100, optional: true, nullable: true, convert: false }, after },
      retryPolicy: { enabled: true },
      async handler(this: This, ctx: Context<{ organizationId: string; first?: number | null; after?: string | null }>): Promise<Page<RevenueAgreementDto>> {
        const actor = actorOf(ctx);
        const { organizationId } = ctx.params;
        const [org] = await ctx.call<(OrganizationDto | null)[], { ids: string[] }>('organizations.getMany', { ids: [organizationId] }, await this.sys());
        if (!org) throw notFound('Organization', organizationId);
        if (!readsStatement(actor, organizationId, org.regionCode, await this.funderRegion(ctx, actor))) {
          throw forbidden("Only the organization's admins, a funder over its region or a platform admin may list its revenue agreements.");
        }
        const limit = pageSize(ctx.params.first);
        const afterId = decodeCursor(ctx.params.after);
        const q: Record<string, unknown> = { $or: [{ partyOrganizationIds: organizationId }, { ownerOrganizationId: organizationId }] };
        if (afterId) q._id = { $gt: new Types.ObjectId(afterId) };
        const docs = await this.models.Agreement.find(q).sort({ _id: 1 }).limit(limit + 1).lean<AgreementDoc[]>();
        const policies = await this.policies();
        return toPage(docs.map((d) => this.toAgreementDto(d, policies)), limit, (a) => a.id);
      },
    },

    /**
     * Records revenue received under an agreement: net = gross − deductions (in the declared order), split by the
     * version in force on `receivedOn` with the largest-remainder method. Idempotent on (agreement, externalReference).
     */
    record: {
      params: {
        agreementId: objectId,
        gross: moneyInputRule,
        deductions: { type: 'array', optional: true, nullable: true, max: 50, items: { type: 'object', strict: 'remove', props: { kind: { type: 'string', trim: true, min: 1, max: 40 }, amount: moneyInputRule } } },
        receivedOn: date,
        externalReference,
      },
      async handler(this: This, ctx: Context<RecordParams, CallMeta>): Promise<RevenueEventDto> {
        const actor = actorOf(ctx);
        const p = ctx.params;
        const a0 = await this.loadAgreement(p.agreementId);
        if (!ownsAgreement(actor, a0.ownerOrganizationId)) throw forbidden("Only the agreement owner's admins may record revenue in its ledger.");
        if (p.externalReference.toUpperCase().startsWith(REVERSAL_PREFIX)) {
          throw badInput(`External references starting with ${REVERSAL_PREFIX} are reserved for reversals.`, { field: 'externalReference' });
        }
        const receivedOn = assertNotFuture(p.receivedOn, 'receivedOn');
        const grossFen = parseMoney(p.gross, { field: 'gross', positive: true });
        const deductions = (p.deductions ?? []).map((d, i) => ({ kind: d.kind, amountFen: parseMoney(d.amount, { field: `deductions[${i}].amount` }) }));
        const fingerprint = requestFingerprint(
          grossFen,
          [...deductions].sort((x, y) => x.kind.localeCompare(y.kind) || x.amountFen - y.amountFen),
          receivedOn,
        );
        const existing = await this.models.Event.findOne({ agreementId: p.agreementId, externalReference: p.externalReference }).lean<EventDoc>();
        if (existing) {
          if (existing.fingerprint !== fingerprint) throw conflict(`Reference ${p.externalReference} is already recorded with other figures.`, { eventId: String(existing._id), field: 'externalReference' });
          return toEventDto(existing);
        }
        const split = (a: AgreementDoc) => {
          const v = versionOn(a.versions, receivedOn);
          if (!v) throw badInput(`No version of the agreement is in force on ${receivedOn} (version 1 takes effect ${a.versions[0]?.effectiveFrom}).`, { field: 'receivedOn', rule: 'NO_VERSION_IN_FORCE' });
          const undeclared = deductions.find((d) => !v.deductionKinds.includes(d.kind));
          if (undeclared) {
            throw badInput(`Deduction kind ${undeclared.kind} is not declared by version ${v.version} of the agreement (declared, in order: ${v.deductionKinds.join(', ') || 'none'}).`, { field: 'deductions', rule: 'UNDECLARED_DEDUCTION', kind: undeclared.kind });
          }
          const applied = applyDeductions(grossFen, deductions, v.deductionKinds);
          if (!applied.ok) {
            throw badInput(`The deductions exceed the gross: applying ${applied.kind} (in the declared order) leaves the net ${applied.shortFen} fen below zero.`, { field: 'deductions', rule: 'DEDUCTIONS_EXCEED_GROSS', kind: applied.kind });
          }
          return { v, applied };
        };
        split(a0); // refuse bad input before touching the agreement
        // Fence: the versions are read from a revision whose lastReceivedOn is already >= receivedOn (raising it is a
        // revision step of its own). Every later amendment must take effect after lastReceivedOn, hence after
        // receivedOn, and every earlier one is in that revision: the version in force on receivedOn is final.
        let fenced: AgreementDoc | null = a0;
        for (let attempt = 0; fenced && fenced.lastReceivedOn < receivedOn; attempt++) {
          if (attempt === 20) throw conflict('The agreement is being changed by others at the same time; try again.');
          const raised = await this.reviseAgreement(fenced, { lastReceivedOn: receivedOn });
          fenced = raised ?? (await this.loadAgreement(p.agreementId));
        }
        const { v, applied } = split(fenced!);
        const allocations = allocate(applied.netFen, v.parties);
        const id = new Types.ObjectId();
        try {
          const doc = await this.models.Event.create({
            _id: id,
            agreementId: p.agreementId,
            agreementVersion: v.version,
            allianceId: fenced!.allianceId,
            kind: 'REVENUE',
            receivedOn,
            externalReference: p.externalReference,
            fingerprint,
            grossFen,
            deductions: applied.lines,
            netFen: applied.netFen,
            allocations,
            organizationIds: [...new Set(allocations.map((l) => l.organizationId))],
            reversesEventId: null,
            reversalKey: `event:${id}`,
            reason: null,
            recordedBy: actor.id,
          });
          const dto = toEventDto(doc.toObject() as EventDoc);
          this.emitLedger(ctx, dto);
          return dto;
        } catch (err) {
          if (!isDuplicateKey(err)) throw err;
          // The same reference raced us and won: it is the one event for this reference.
          const winner = await this.models.Event.findOne({ agreementId: p.agreementId, externalReference: p.externalReference }).lean<EventDoc>();
          if (!winner) throw err;
          if (winner.fingerprint !== fingerprint) throw conflict(`Reference ${p.externalReference} is already recorded with other figures.`, { eventId: String(winner._id), field: 'externalReference' });
          return toEventDto(winner);
        }
      },
    },

    /** Appends a reversal: every figure of the original negated. An event is reversed at most once; a reversal never. */
    reverse: {
      params: { eventId: objectId, reason: text(500), reversedOn: optionalDate },
      async handler(this: This, ctx: Context<{ eventId: string; reason: string; reversedOn?: string | null }, CallMeta>): Promise<RevenueEventDto> {
        const actor = actorOf(ctx);
        const original = await this.models.Event.findById(ctx.params.eventId).lean<EventDoc>();
        if (!original) throw notFound('Revenue event', ctx.params.eventId);
        const a = await this.loadAgreement(original.agreementId);
        if (!ownsAgreement(actor, a.ownerOrganizationId)) throw forbidden("Only the agreement owner's admins may reverse revenue in its ledger.");
        if (original.kind === 'REVERSAL') throw failedPrecondition('This event is itself a reversal; record the revenue again instead.', { rule: 'REVERSAL_OF_REVERSAL' });
        const todayDate = today();
        const reversedOn = ctx.params.reversedOn ? assertNotFuture(ctx.params.reversedOn, 'reversedOn', todayDate) : todayDate;
        if (reversedOn < original.receivedOn) throw badInput(`reversedOn ${reversedOn} is before the revenue was received (${original.receivedOn}).`, { field: 'reversedOn' });
        const amounts = negate(toEventDto(original));
        try {
          const doc = await this.models.Event.create({
            agreementId: original.agreementId,
            agreementVersion: original.agreementVersion,
            allianceId: original.allianceId,
            kind: 'REVERSAL',
            receivedOn: reversedOn,
            externalReference: `${REVERSAL_PREFIX}${original.externalReference}`,
            fingerprint: `reversal:${original._id}`,
            grossFen: amounts.grossFen,
            deductions: amounts.deductions,
            netFen: amounts.netFen,
            allocations: amounts.allocations,
            organizationIds: original.organizationIds,
            reversesEventId: String(original._id),
            reversalKey: `reverses:${original._id}`,
            reason: ctx.params.reason,
            recordedBy: actor.id,
          });
          const dto = toEventDto(doc.toObject() as EventDoc);
          this.emitLedger(ctx, dto);
          return dto;
        } catch (err) {
          if (!isDuplicateKey(err)) throw err;
          const prior = await this.models.Event.findOne({ reversalKey: `reverses:${original._id}` }).lean<EventDoc>();
          throw conflict('This event has already been reversed.', { rule: 'ALREADY_REVERSED', reversalEventId: prior ? String(prior._id) : null });
        }
      },
    },

    /** Batch lookup for DataLoader: same order as `ids`; null where missing or not readable by the caller. */
    getEvents: {
      params: { ids: idList },
      retryPolicy: { enabled: true },
      async handler(this: This, ctx: Context<{ ids: string[] }>): Promise<(RevenueEventDto | null)[]> {
        const actor = actorOf(ctx);
        const docs = await this.models.Event.find({ _id: { $in: [...new Set(ctx.params.ids)].map((id) => new Types.ObjectId(id)) } }).lean<EventDoc[]>();
        const agreements = await this.models.Agreement.find({ _id: { $in: [...new Set(docs.map((d) => d.agreementId))].map((id) => new Types.ObjectId(id)) } }).lean<AgreementDoc[]>();
        const region = await this.funderRegion(ctx, actor);
        const readable = new Set(agreements.filter((a) => readsAgreement(actor, a, region)).map((a) => String(a._id)));
        return inIdOrder(ctx.params.ids, docs.filter((d) => readable.has(d.agreementId)).map((d) => [String(d._id), toEventDto(d)]));
      },
    },

    /** An organization's statement for a period: every event, its amount for the organization, running totals, a computed check. */
    statement: {
      params: { organizationId: objectId, from: date, to: date },
      retryPolicy: { enabled: true },
      async handler(this: This, ctx: Context<StatementParams>): Promise<RevenueStatementDto> {
        const actor = actorOf(ctx);
        const { organizationId, from, to } = ctx.params;
        checkPeriod(from, to);
        const [org] = await ctx.call<(OrganizationDto | null)[], { ids: string[] }>('organizations.getMany', { ids: [organizationId] }, await this.sys());
        if (!org) throw notFound('Organization', organizationId);
        if (!readsStatement(actor, organizationId, org.regionCode, await this.funderRegion(ctx, actor))) {
          throw forbidden("Only the organization's admins, a funder over its region or a platform admin may read its revenue statement.");
        }
        const r = await this.scan({ organizationIds: organizationId, receivedOn: { $gte: from, $lte: to } }, organizationId, 0, null, Infinity);
        return { organizationId, from, to, lines: r.lines, totalFen: r.totalFen, reconciled: r.reconciled };
      },
    },

    /** A page of an organization's statement, for exports that stream: running totals continue from `openingTotalFen`. */
    statementPage: {
      params: {
        organizationId: objectId,
        from: date,
        to: date,
        after,
        first: { type: 'number', integer: true, min: 1, max: 1000, optional: true, nullable: true, convert: false },
        openingTotalFen: { type: 'number', integer: true, optional: true, nullable: true, convert: false },
      },
      retryPolicy: { enabled: true },
      async handler(this: This, ctx: Context<StatementParams & { after?: string | null; first?: number | null; openingTotalFen?: number | null }>): Promise<StatementPageDto> {
        const actor = actorOf(ctx);
        const { organizationId, from, to } = ctx.params;
        checkPeriod(from, to);
        const [org] = await ctx.call<(OrganizationDto | null)[], { ids: string[] }>('organizations.getMany', { ids: [organizationId] }, await this.sys());
        if (!org) throw notFound('Organization', organizationId);
        if (!readsStatement(actor, organizationId, org.regionCode, await this.funderRegion(ctx, actor))) {
          throw forbidden("Only the organization's admins, a funder over its region or a platform admin may read its revenue statement.");
        }
        return this.scan(
          { organizationIds: organizationId, receivedOn: { $gte: from, $lte: to } },
          organizationId,
          ctx.params.openingTotalFen ?? 0,
          decodeKey(ctx.params.after),
          ctx.params.first ?? 500,
        );
      },
    },

    /** An agreement's ledger for a period: every event with running net, totals per organization and beneficiary, a computed check. */
    agreementStatement: {
      params: { agreementId: objectId, from: date, to: date },
      retryPolicy: { enabled: true },
      async handler(this: This, ctx: Context<{ agreementId: string; from: string; to: string }>): Promise<AgreementStatementDto> {
        const actor = actorOf(ctx);
        const { agreementId, from, to } = ctx.params;
        checkPeriod(from, to);
        const a = await this.loadAgreement(agreementId);
        await this.assertReadsAgreement(ctx, actor, a);
        const lines: AgreementStatementLine[] = [];
        const byKey = new Map<string, { organizationId: string; beneficiary: string; amountFen: number }>();
        const known = new Map<string, RevenueEventDto>();
        const reversals: { dto: RevenueEventDto; line: AgreementStatementLine }[] = [];
        let gross = 0;
        let deducted = 0;
        let net = 0;
        let ok = true;
        const cursor = this.models.Event.find({ agreementId, receivedOn: { $gte: from, $lte: to } }).sort({ receivedOn: 1, _id: 1 }).lean<EventDoc[]>().cursor();
        for await (const doc of cursor) {
          const e = toEventDto(doc as unknown as EventDoc);
          gross += e.grossFen;
          net += e.netFen;
          deducted += e.deductions.reduce((s, d) => s + d.amountFen, 0);
          for (const l of e.allocations) {
            const k = `${l.organizationId}:${l.beneficiary}`;
            const cur = byKey.get(k) ?? { organizationId: l.organizationId, beneficiary: l.beneficiary, amountFen: 0 };
            cur.amountFen += l.amountFen;
            byKey.set(k, cur);
          }
          const line = { event: e, runningNetFen: net, reconciled: eventReconciles(e) };
          ok &&= line.reconciled;
          lines.push(line);
          known.set(e.id, e);
          if (e.reversesEventId) reversals.push({ dto: e, line });
        }
        ok = (await this.reversalsCheck(reversals, known)) && ok;
        ok &&= gross - deducted === net && [...byKey.values()].reduce((s, x) => s + x.amountFen, 0) === net;
        return { agreementId, from, to, lines, grossFen: gross, deductionsFen: deducted, netFen: net, byOrganization: [...byKey.values()], reconciled: ok };
      },
    },
  },

  methods: {
    /** The policies, read at most once a minute per node (a handful of rows that change only with a deployment). */
    async policies(this: This): Promise<Map<string, RevenuePolicy>> {
      const self = this as This & { policyCache?: { at: number; map: Map<string, RevenuePolicy> } };
      if (self.policyCache && Date.now() - self.policyCache.at < 60_000) return self.policyCache.map;
      const docs = await this.models.Policy.find({}).lean();
      const map = new Map(docs.map((d) => [d.code, { code: d.code, name: d.name, regionCode: d.regionCode, minTeacherShareBp: d.minTeacherShareBp, maxTeacherShareBp: d.maxTeacherShareBp }]));
      self.policyCache = { at: Date.now(), map };
      return map;
    },
    toAgreementDto(this: This, d: AgreementDoc, policies: Map<string, RevenuePolicy>): RevenueAgreementDto {
      const versions = (d.versions ?? []).map((raw) => {
        const v = cleanVersion(raw);
        const policy = policies.get(v.policyCode) ?? { code: v.policyCode, name: v.policyCode, regionCode: '', minTeacherShareBp: 0, maxTeacherShareBp: 10_000 };
        const { policyCode: _code, ...rest } = v;
        return { ...rest, policy } satisfies AgreementVersionDto;
      });
      const latest = versions[versions.length - 1];
      return {
        ...latest,
        id: String(d._id),
        allianceId: d.allianceId,
        projectId: d.projectId ?? null,
        outputIds: d.outputIds ?? [],
        ownerOrganizationId: d.ownerOrganizationId,
        ownerKind: d.ownerKind,
        versions,
        createdAt: (d.createdAt ?? new Date()).toISOString(),
      };
    },
    /**
     * One revision step r → r + 1 with one writer: claim the step (unique key), then update `{ _id, rev: r }`.
     * Null when someone else took the step: the caller re-reads and re-checks.
     */
    async reviseAgreement(this: This, a: AgreementDoc, set: Partial<AgreementDoc>): Promise<AgreementDoc | null> {
      const rev = a.rev ?? 0;
      const won = await claim(this.models.Claim, `agreement:${a._id}:rev:${rev}`, {
        stillPending: async () => (await this.models.Agreement.countDocuments({ _id: a._id, rev })) === 1,
      });
      if (!won) return null;
      return this.models.Agreement.findOneAndUpdate({ _id: a._id, rev }, { $set: { ...set, rev: rev + 1 } }, { returnDocument: 'after' }).lean<AgreementDoc>();
    },
    async loadAgreement(this: This, id: string): Promise<AgreementDoc> {
      const a = await this.models.Agreement.findById(id).lean<AgreementDoc>();
      if (!a) throw notFound('Revenue agreement', id);
      return a;
    },
    /** Call options for lookups the service makes on its own behalf (reading reference data, not acting for the user). */
    async sys(this: This): Promise<{ meta: CallMeta }> {
      return { meta: { token: await systemToken('revenue') } };
    },
    /** The region a FUNDER acts in: its GOVERNMENT organization's; null for anyone else. */
    async funderRegion(this: This, ctx: Context, actor: Actor): Promise<string | null> {
      if (!hasRole(actor, 'FUNDER') || !actor.org) return null;
      const [org] = await ctx.call<(OrganizationDto | null)[], { ids: string[] }>('organizations.getMany', { ids: [actor.org] }, await this.sys());
      return org?.kind === 'GOVERNMENT' ? org.regionCode : null;
    },
    async assertReadsAgreement(this: This, ctx: Context, actor: Actor, a: AgreementDoc): Promise<void> {
      if (!readsAgreement(actor, a, await this.funderRegion(ctx, actor))) {
        throw forbidden("Only the agreement's owner, its parties' admins or a funder over its region may read it.");
      }
    },
    /** Validates a version's terms: the parties exist, follow the rules and the policy, and are active alliance members on effectiveFrom. */
    async checkedTerms(this: This, ctx: Context, allianceId: string, effectiveFrom: string, parties: PartyInput[], policy: RevenuePolicy, deductionKinds: string[]) {
      const sys = await this.sys();
      const ids = parties.map((x) => x.organizationId);
      const found = await ctx.call<(OrganizationDto | null)[], { ids: string[] }>('organizations.getMany', { ids }, sys);
      const missing = ids.find((_, i) => !found[i]);
      if (missing) throw notFound('Organization', missing);
      const orgs = found as OrganizationDto[];
      const byId = new Map(orgs.map((o) => [o.id, o]));
      const violation = checkTerms(parties, byId, policy, deductionKinds);
      if (violation) throw badInput(violation.message, { field: 'parties', rule: violation.rule, organizationId: violation.organizationId, policy: policy.code });
      const active = await ctx.call<MembershipDto[], { allianceId: string; asOf: string }>('alliances.activeMembersOn', { allianceId, asOf: effectiveFrom }, sys);
      const members = new Set(active.map((m) => m.organizationId));
      const outsider = orgs.find((o) => !members.has(o.id));
      if (outsider) {
        throw failedPrecondition(`"${outsider.name}" is not an active member of the alliance on ${effectiveFrom}; every party must be.`, { field: 'parties', rule: 'PARTY_NOT_MEMBER', organizationId: outsider.id });
      }
      return { terms: toPartyTerms(parties, byId), orgs };
    },
    /**
     * Streams events in (receivedOn, _id) order through a cursor — never the whole ledger in memory at once on the
     * database side — adding the organization's amounts to a running total and checking every event.
     */
    async scan(this: This, query: Record<string, unknown>, organizationId: string, opening: number, afterKey: { receivedOn: string; id: string } | null, limit: number): Promise<ScanResult> {
      const q: Record<string, unknown> = { ...query };
      if (afterKey) q.$or = [{ receivedOn: { $gt: afterKey.receivedOn } }, { receivedOn: afterKey.receivedOn, _id: { $gt: new Types.ObjectId(afterKey.id) } }];
      let find = this.models.Event.find(q).sort({ receivedOn: 1, _id: 1 });
      if (Number.isFinite(limit)) find = find.limit(limit + 1);
      const lines: StatementLine[] = [];
      const known = new Map<string, RevenueEventDto>();
      const reversals: { dto: RevenueEventDto; line: StatementLine }[] = [];
      let running = opening;
      let ok = true;
      let more = false;
      for await (const doc of find.lean<EventDoc[]>().cursor()) {
        if (lines.length === limit) {
          more = true;
          break;
        }
        const e = toEventDto(doc as unknown as EventDoc);
        const amount = amountFor(e, organizationId);
        running += amount;
        const line: StatementLine = { event: e, amountFen: amount, runningTotalFen: running, reconciled: eventReconciles(e), agreementTitle: '' };
        ok &&= line.reconciled;
        lines.push(line);
        known.set(e.id, e);
        if (e.reversesEventId) reversals.push({ dto: e, line });
      }
      ok = (await this.reversalsCheck(reversals, known)) && ok;
      const agreements = await this.models.Agreement.find({ _id: { $in: [...new Set(lines.map((l) => l.event.agreementId))].map((id) => new Types.ObjectId(id)) } }).lean<AgreementDoc[]>();
      const titles = new Map(agreements.map((a) => [String(a._id), a.versions[a.versions.length - 1]?.title ?? '']));
      for (const l of lines) l.agreementTitle = titles.get(l.event.agreementId) ?? '';
      const totalFen = running - opening;
      ok &&= lines.reduce((s, l) => s + l.amountFen, 0) === totalFen;
      const last = lines[lines.length - 1];
      return { lines, totalFen, reconciled: ok, hasNextPage: more, endCursor: last ? encodeKey(last.event.receivedOn, last.event.id) : null };
    },
    /** Each listed reversal negates its original exactly (originals outside the period are fetched in one query). */
    async reversalsCheck(this: This, reversals: { dto: RevenueEventDto; line: { reconciled: boolean } }[], known: Map<string, RevenueEventDto>): Promise<boolean> {
      if (!reversals.length) return true;
      const missing = reversals.map((r) => r.dto.reversesEventId!).filter((id) => !known.has(id));
      if (missing.length) {
        const docs = await this.models.Event.find({ _id: { $in: [...new Set(missing)].map((id) => new Types.ObjectId(id)) } }).lean<EventDoc[]>();
        for (const d of docs) known.set(String(d._id), toEventDto(d));
      }
      let ok = true;
      for (const r of reversals) {
        const original = known.get(r.dto.reversesEventId!);
        const good = !!original && reversalNegates(r.dto, original);
        r.line.reconciled &&= good;
        ok &&= good;
      }
      return ok;
    },
    emitLedger(this: This, ctx: Context, e: RevenueEventDto): void {
      ctx.emit(RevenueBusEvent[e.kind === 'REVERSAL' ? 'reversed' : 'recorded'], {
        eventId: e.id,
        agreementId: e.agreementId,
        allianceId: e.allianceId,
        kind: e.kind,
        receivedOn: e.receivedOn,
        netFen: e.netFen,
        reversesEventId: e.reversesEventId,
        allocations: e.allocations.map((a) => ({ organizationId: a.organizationId, beneficiary: a.beneficiary, amountFen: a.amountFen })),
      } satisfies LedgerEventPayload);
    },
  },

  /** Seeds the regional policies (upsert by code; replicas starting together may race on the unique index: retry once). */
  async started(this: This) {
    for (const policy of SEED_POLICIES) {
      for (let attempt = 0; ; attempt++) {
        try {
          await this.models.Policy.updateOne({ code: policy.code }, { $set: { ...policy } }, { upsert: true });
          break;
        } catch (err) {
          if (!isDuplicateKey(err) || attempt > 0) throw err;
        }
      }
    }
    this.logger.info(`revenue policies ready: ${SEED_POLICIES.map((p) => p.code).join(', ')}`);
  },
};

export default RevenueService;
