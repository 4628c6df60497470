import type { Context, ServiceSchema, ServiceSettingSchema } from 'moleculer';
import { inIdOrder } from '../../infra/batch.js';
import { Types } from 'mongoose';
import { actorOf, regionPrefix, type CallMeta } from '../../infra/auth.js';
import { badInput, conflict, failedPrecondition, forbidden, isDuplicateKey, notFound } from '../../infra/errors.js';
import { mongoMixin, type MongoVars } from '../../infra/mongo.mixin.js';
import { claim } from '../../infra/claims.js';
import { after, date, enumOf, escapeRegex, first, idList, objectId, optionalDate, text } from '../../infra/params.js';
import { decodeCursor, pageSize, toPage, type Page } from '../../infra/pagination.js';
import { assertNotFuture, today } from '../../infra/dates.js';
import type { OrganizationDto } from '../organizations/organizations.contract.js';
import { ORGANIZATION_KINDS } from '../organizations/organizations.contract.js';
import { allianceModels, type AllianceDoc, type AllianceModels, type MembershipDoc, type MembershipEntry } from './alliances.model.js';
import { AllianceEvent, MembershipEvent, type AllianceEventPayload, type MembershipEventPayload } from './alliances.events.js';
import {
  ALLIANCE_STATUSES,
  MEMBERSHIP_STATUSES,
  actsFor,
  administersAlliance,
  allowedTransitions,
  canTransition,
  foldCounts,
  statusOn,
  type AllianceStatus,
  type MemberCounts,
  type MembershipStatus,
  type StatusChange,
} from './alliances.rules.js';

export interface AllianceDto {
  id: string;
  name: string;
  regionCode: string;
  industries: string[];
  status: AllianceStatus;
  leadOrganizationId: string;
  foundedOn: string;
  statusHistory: StatusChange[];
  createdAt: string;
}

export interface MembershipDto {
  id: string;
  allianceId: string;
  organizationId: string;
  orgKind: string;
  schoolType: string | null;
  role: 'LEAD' | 'MEMBER';
  status: MembershipStatus;
  initiatedBy: string;
  joinedAt: string | null;
  endedAt: string | null;
  history: MembershipEntry[];
  createdAt: string;
}

export interface MemberPage extends Page<MembershipDto> {
  totalCount: number;
}

export const toAllianceDto = (d: AllianceDoc): AllianceDto => ({
  id: String(d._id),
  name: d.name,
  regionCode: d.regionCode,
  industries: d.industries ?? [],
  status: d.status,
  leadOrganizationId: String(d.leadOrganizationId),
  foundedOn: d.foundedOn,
  statusHistory: (d.statusHistory ?? []).map((s) => ({ status: s.status, from: s.from, recordedAt: s.recordedAt, by: s.by })),
  createdAt: (d.createdAt ?? new Date()).toISOString(),
});

export const toMembershipDto = (d: MembershipDoc): MembershipDto => ({
  id: String(d._id),
  allianceId: String(d.allianceId),
  organizationId: String(d.organizationId),
  orgKind: d.orgKind,
  schoolType: d.schoolType ?? null,
  role: d.role,
  status: d.status,
  initiatedBy: d.initiatedBy,
  joinedAt: d.joinedAt ?? null,
  endedAt: d.endedAt ?? null,
  history: (d.history ?? []).map((h) => ({ at: h.at, by: h.by, action: h.action, effectiveDate: h.effectiveDate ?? null, reason: h.reason ?? null })),
  createdAt: (d.createdAt ?? new Date()).toISOString(),
});

const oid = (id: string) => new Types.ObjectId(id);
const nameKey = (name: string) => name.trim().toLowerCase().replace(/\s+/g, ' ');

interface Methods {
  loadAlliance(id: string): Promise<AllianceDoc>;
  loadMembership(id: string): Promise<MembershipDoc>;
  fetchOrganization(ctx: Context, id: string): Promise<OrganizationDto>;
  transitionMembership(
    ctx: Context,
    m: MembershipDoc,
    to: MembershipStatus,
    entry: MembershipEntry,
    set: Partial<MembershipDoc>,
  ): Promise<MembershipDoc>;
  emitMembership(ctx: Context, event: string, m: MembershipDoc): void;
  disqualifiedOn(ctx: Context, date: string): Promise<string[]>;
  openMembership(ctx: Context, allianceId: string, organizationId: string, initiatedBy: 'APPLICATION' | 'INVITATION'): Promise<MembershipDto>;
}

type This = MongoVars<AllianceModels> & Methods & { broker: import('moleculer').ServiceBroker };

export interface CreateAllianceParams {
  name: string;
  regionCode: string;
  industries?: string[] | null;
  leadOrganizationId: string;
  foundedOn?: string | null;
}
export interface MembersParams {
  allianceId: string;
  status?: MembershipStatus | null;
  kind?: string | null;
  asOf?: string | null;
  first?: number | null;
  after?: string | null;
}

const AlliancesService: ServiceSchema<ServiceSettingSchema, Methods & Record<string, never>, This> = {
  name: 'alliances',
  dependencies: ['organizations'],
  mixins: [mongoMixin('alliances', allianceModels)],

  actions: {
    /** Registers an alliance; its lead organization becomes the LEAD member, active from `foundedOn`. */
    create: {
      params: {
        name: text(200, 2),
        regionCode: { type: 'string', pattern: /^\d{6}$/, messages: { stringPattern: "'regionCode' must be a 6-digit administrative division code." } },
        industries: { type: 'array', items: text(100), max: 50, optional: true, nullable: true },
        leadOrganizationId: objectId,
        foundedOn: optionalDate,
      },
      async handler(this: This, ctx: Context<CreateAllianceParams, CallMeta>): Promise<AllianceDto> {
        const actor = actorOf(ctx);
        const p = ctx.params;
        if (!actsFor(actor, p.leadOrganizationId)) throw forbidden('Only an admin of the lead organization (or a platform admin) may register an alliance for it.');
        const todayDate = today();
        const foundedOn = p.foundedOn ? assertNotFuture(p.foundedOn, 'foundedOn', todayDate) : todayDate;
        const lead = await this.fetchOrganization(ctx, p.leadOrganizationId);
        const allianceId = new Types.ObjectId();
        const now = new Date().toISOString();
        let alliance: AllianceDoc;
        try {
          alliance = (
            await this.models.Alliance.create({
              _id: allianceId,
              name: p.name,
              nameKey: nameKey(p.name),
              regionCode: p.regionCode,
              industries: [...new Set(p.industries ?? [])],
              leadOrganizationId: oid(lead.id),
              foundedOn,
              status: 'FORMING',
              statusHistory: [{ status: 'FORMING', from: foundedOn, recordedAt: now, by: actor.id }],
              rev: 0,
              createdBy: actor.id,
            })
          ).toObject() as AllianceDoc;
        } catch (err) {
          if (isDuplicateKey(err)) throw conflict(`An alliance named "${p.name}" already exists in region ${p.regionCode}.`, { field: 'name' });
          throw err;
        }
        try {
          const lm = await this.models.Membership.create({
            allianceId,
            organizationId: oid(lead.id),
            orgKind: lead.kind,
            schoolType: lead.schoolType,
            role: 'LEAD',
            status: 'ACTIVE',
            initiatedBy: 'FOUNDING',
            joinedAt: foundedOn,
            endedAt: null,
            openKey: `${allianceId}:${lead.id}`,
            history: [{ at: now, by: actor.id, action: 'FOUNDED', effectiveDate: foundedOn, reason: null }],
            decidedBy: actor.id,
          });
          this.emitMembership(ctx, MembershipEvent.joined, lm.toObject() as MembershipDoc);
        } catch (err) {
          // Compensate: no alliance without its lead membership is left behind.
          await this.models.Alliance.deleteOne({ _id: allianceId });
          throw err;
        }
        const dto = toAllianceDto(alliance);
        ctx.emit(AllianceEvent.created, { allianceId: dto.id, regionCode: dto.regionCode, status: dto.status, effectiveDate: foundedOn } satisfies AllianceEventPayload);
        return dto;
      },
    },

    setStatus: {
      params: { allianceId: objectId, status: enumOf(ALLIANCE_STATUSES), effectiveDate: optionalDate },
      async handler(this: This, ctx: Context<{ allianceId: string; status: AllianceStatus; effectiveDate?: string | null }, CallMeta>): Promise<AllianceDto> {
        const actor = actorOf(ctx);
        const { allianceId, status } = ctx.params;
        for (let attempt = 0; attempt < 5; attempt++) {
          const a = await this.loadAlliance(allianceId);
          if (!administersAlliance(actor, String(a.leadOrganizationId))) throw forbidden("Only the lead organization's admins may change the alliance's status.");
          const todayDate = today();
          const effective = ctx.params.effectiveDate ? assertNotFuture(ctx.params.effectiveDate, 'effectiveDate', todayDate) : todayDate;
          if (effective < a.foundedOn) throw badInput(`effectiveDate ${effective} is before the alliance was founded (${a.foundedOn}).`, { field: 'effectiveDate' });
          const last = a.statusHistory[a.statusHistory.length - 1];
          if (last && effective < last.from) {
            throw badInput(`effectiveDate ${effective} is before the last recorded change (${last.status} from ${last.from}); history is recorded in order.`, { field: 'effectiveDate' });
          }
          if (!canTransition(a.status, status)) {
            const allowed = allowedTransitions(a.status);
            throw conflict(`The alliance is ${a.status}; it can become ${allowed.length ? allowed.join(' or ') : 'nothing else (dissolved is final)'}, not ${status}.`, { from: a.status, to: status });
          }
          const history = [...a.statusHistory, { status, from: effective, recordedAt: new Date().toISOString(), by: actor.id }];
          // One writer per revision (see infra/claims.ts), then the conditional update.
          const won = await claim(this.models.Claim, `alliance:${a._id}:rev:${a.rev}`, {
            stillPending: async () => (await this.models.Alliance.countDocuments({ _id: a._id, rev: a.rev })) === 1,
          });
          if (!won) {
            await new Promise((r) => setTimeout(r, 20 + Math.random() * 30));
            continue;
          }
          const updated = await this.models.Alliance.findOneAndUpdate(
            { _id: a._id, rev: a.rev },
            { $set: { status, statusHistory: history, rev: a.rev + 1 } },
            { returnDocument: 'after' },
          ).lean<AllianceDoc>();
          if (!updated) continue; // someone else changed it first: re-read and re-check
          const dto = toAllianceDto(updated);
          ctx.emit(AllianceEvent.statusChanged, { allianceId: dto.id, regionCode: dto.regionCode, status, effectiveDate: effective } satisfies AllianceEventPayload);
          return dto;
        }
        throw conflict('The alliance was changed by someone else at the same time; try again.');
      },
    },

    get: {
      params: { id: objectId },
      retryPolicy: { enabled: true },
      async handler(this: This, ctx: Context<{ id: string }>): Promise<AllianceDto | null> {
        actorOf(ctx);
        const d = await this.models.Alliance.findById(ctx.params.id).lean<AllianceDoc>();
        return d ? toAllianceDto(d) : null;
      },
    },

    /** Batch lookup for DataLoader: same order as `ids`, null where missing. */
    getMany: {
      params: { ids: idList },
      retryPolicy: { enabled: true },
      async handler(this: This, ctx: Context<{ ids: string[] }>): Promise<(AllianceDto | null)[]> {
        actorOf(ctx);
        const docs = await this.models.Alliance.find({ _id: { $in: [...new Set(ctx.params.ids)].map(oid) } }).lean<AllianceDoc[]>();
        return inIdOrder(ctx.params.ids, docs.map((d) => [String(d._id), toAllianceDto(d)]));
      },
    },

    list: {
      params: {
        filter: {
          type: 'object',
          optional: true,
          nullable: true,
          strict: 'remove',
          props: {
            regionCode: { type: 'string', pattern: /^\d{6}$/, optional: true, nullable: true },
            status: { ...enumOf(ALLIANCE_STATUSES), optional: true, nullable: true },
            nameContains: { type: 'string', max: 100, optional: true, nullable: true },
            leadOrganizationId: { ...objectId, optional: true, nullable: true },
          },
        },
        first,
        after,
      },
      retryPolicy: { enabled: true },
      async handler(
        this: This,
        ctx: Context<{ filter?: { regionCode?: string | null; status?: AllianceStatus | null; nameContains?: string | null; leadOrganizationId?: string | null } | null; first?: number | null; after?: string | null }>,
      ): Promise<Page<AllianceDto>> {
        actorOf(ctx);
        const limit = pageSize(ctx.params.first);
        const afterId = decodeCursor(ctx.params.after);
        const f = ctx.params.filter ?? {};
        const q: Record<string, unknown> = {};
        // A region covers the codes below it: 450000 lists Liuzhou's (450200) alliances too.
        if (f.regionCode) q.regionCode = { $regex: `^${regionPrefix(f.regionCode)}` };
        if (f.status) q.status = f.status;
        if (f.nameContains) q.name = { $regex: escapeRegex(f.nameContains), $options: 'i' };
        if (f.leadOrganizationId) q.leadOrganizationId = oid(f.leadOrganizationId);
        if (afterId) q._id = { $gt: oid(afterId) };
        const docs = await this.models.Alliance.find(q).sort({ _id: 1 }).limit(limit + 1).lean<AllianceDoc[]>();
        return toPage(docs.map(toAllianceDto), limit, (a) => a.id);
      },
    },

    /** An organization's admin applies for its own organization. */
    apply: {
      params: { allianceId: objectId, organizationId: objectId },
      async handler(this: This, ctx: Context<{ allianceId: string; organizationId: string }, CallMeta>): Promise<MembershipDto> {
        const actor = actorOf(ctx);
        const { allianceId, organizationId } = ctx.params;
        if (!actsFor(actor, organizationId)) throw forbidden("An organization's admin may apply for that organization only.");
        return this.openMembership(ctx, allianceId, organizationId, 'APPLICATION');
      },
    },

    /** The lead's admins invite an organization; its admin accepts with approveMembership. */
    invite: {
      params: { allianceId: objectId, organizationId: objectId },
      async handler(this: This, ctx: Context<{ allianceId: string; organizationId: string }, CallMeta>): Promise<MembershipDto> {
        const actor = actorOf(ctx);
        const a = await this.loadAlliance(ctx.params.allianceId);
        if (!administersAlliance(actor, String(a.leadOrganizationId))) throw forbidden("Only the lead organization's admins may invite members.");
        return this.openMembership(ctx, ctx.params.allianceId, ctx.params.organizationId, 'INVITATION');
      },
    },

    /** Approves an application (lead's admins) or accepts an invitation (the invited organization's admin). */
    approve: {
      params: { membershipId: objectId, effectiveDate: optionalDate },
      async handler(this: This, ctx: Context<{ membershipId: string; effectiveDate?: string | null }, CallMeta>): Promise<MembershipDto> {
        const actor = actorOf(ctx);
        const m = await this.loadMembership(ctx.params.membershipId);
        const a = await this.loadAlliance(String(m.allianceId));
        if (m.initiatedBy === 'INVITATION') {
          if (!actsFor(actor, String(m.organizationId))) throw forbidden("An invitation is accepted by the invited organization's admin.");
        } else if (!administersAlliance(actor, String(a.leadOrganizationId))) {
          throw forbidden("Only the lead organization's admins may approve applications.");
        }
        if (m.status !== 'PENDING') throw conflict(`The membership is ${m.status}; only a PENDING one can be approved.`, { status: m.status });
        if (a.status === 'DISSOLVED') throw failedPrecondition('The alliance is dissolved and takes no new members.');
        const todayDate = today();
        const effective = ctx.params.effectiveDate ? assertNotFuture(ctx.params.effectiveDate, 'effectiveDate', todayDate) : todayDate;
        if (effective < a.foundedOn) throw badInput(`effectiveDate ${effective} is before the alliance was founded (${a.foundedOn}).`, { field: 'effectiveDate' });
        // Periods of the same organization in the same alliance never overlap.
        const earlier = await this.models.Membership.findOne({ allianceId: m.allianceId, organizationId: m.organizationId, status: 'ENDED', endedAt: { $gt: effective } }).lean<MembershipDoc>();
        if (earlier) throw badInput(`effectiveDate ${effective} overlaps an earlier membership of this organization that ended on ${earlier.endedAt}.`, { field: 'effectiveDate' });
        const updated = await this.transitionMembership(ctx, m, 'ACTIVE', { at: new Date().toISOString(), by: actor.id, action: 'APPROVED', effectiveDate: effective, reason: null }, { joinedAt: effective });
        this.emitMembership(ctx, MembershipEvent.joined, updated);
        return toMembershipDto(updated);
      },
    },

    reject: {
      params: { membershipId: objectId, reason: text(1000) },
      async handler(this: This, ctx: Context<{ membershipId: string; reason: string }, CallMeta>): Promise<MembershipDto> {
        const actor = actorOf(ctx);
        const m = await this.loadMembership(ctx.params.membershipId);
        const a = await this.loadAlliance(String(m.allianceId));
        const lead = administersAlliance(actor, String(a.leadOrganizationId));
        // The lead rejects applications or withdraws invitations; the invited organization may decline.
        const invitee = m.initiatedBy === 'INVITATION' && actsFor(actor, String(m.organizationId));
        if (!lead && !invitee) throw forbidden("Only the lead organization's admins may reject an application.");
        if (m.status !== 'PENDING') throw conflict(`The membership is ${m.status}; only a PENDING one can be rejected.`, { status: m.status });
        const updated = await this.transitionMembership(ctx, m, 'REJECTED', { at: new Date().toISOString(), by: actor.id, action: 'REJECTED', effectiveDate: null, reason: ctx.params.reason }, {});
        this.emitMembership(ctx, MembershipEvent.rejected, updated);
        return toMembershipDto(updated);
      },
    },

    /** The lead's admins, or the member's own admin, end an active membership from a date. */
    end: {
      params: { membershipId: objectId, effectiveDate: date, reason: text(1000) },
      async handler(this: This, ctx: Context<{ membershipId: string; effectiveDate: string; reason: string }, CallMeta>): Promise<MembershipDto> {
        const actor = actorOf(ctx);
        const m = await this.loadMembership(ctx.params.membershipId);
        const a = await this.loadAlliance(String(m.allianceId));
        if (!administersAlliance(actor, String(a.leadOrganizationId)) && !actsFor(actor, String(m.organizationId))) {
          throw forbidden("Only the lead organization's admins or the member's own admins may end a membership.");
        }
        if (m.role === 'LEAD') throw failedPrecondition('The lead organization cannot leave its own alliance; dissolve the alliance instead.');
        if (m.status !== 'ACTIVE') throw conflict(`The membership is ${m.status}; only an ACTIVE one can be ended.`, { status: m.status });
        const effective = assertNotFuture(ctx.params.effectiveDate, 'effectiveDate');
        if (m.joinedAt && effective <= m.joinedAt) throw badInput(`effectiveDate ${effective} must be after the date the membership began (${m.joinedAt}).`, { field: 'effectiveDate' });
        const updated = await this.transitionMembership(ctx, m, 'ENDED', { at: new Date().toISOString(), by: actor.id, action: 'ENDED', effectiveDate: effective, reason: ctx.params.reason }, { endedAt: effective });
        this.emitMembership(ctx, MembershipEvent.ended, updated);
        return toMembershipDto(updated);
      },
    },

    getMemberships: {
      params: { ids: idList },
      retryPolicy: { enabled: true },
      async handler(this: This, ctx: Context<{ ids: string[] }>): Promise<(MembershipDto | null)[]> {
        actorOf(ctx);
        const docs = await this.models.Membership.find({ _id: { $in: [...new Set(ctx.params.ids)].map(oid) } }).lean<MembershipDoc[]>();
        return inIdOrder(ctx.params.ids, docs.map((d) => [String(d._id), toMembershipDto(d)]));
      },
    },

    /** Memberships of several organizations at once (Organization.memberships via DataLoader), in the order of `organizationIds`. */
    membershipsOfOrganizations: {
      params: { organizationIds: idList },
      retryPolicy: { enabled: true },
      async handler(this: This, ctx: Context<{ organizationIds: string[] }>): Promise<MembershipDto[][]> {
        actorOf(ctx);
        const docs = await this.models.Membership.find({ organizationId: { $in: [...new Set(ctx.params.organizationIds)].map(oid) } })
          .sort({ _id: 1 })
          .lean<MembershipDoc[]>();
        const byOrg = new Map<string, MembershipDto[]>();
        for (const d of docs) {
          const k = String(d.organizationId);
          byOrg.set(k, [...(byOrg.get(k) ?? []), toMembershipDto(d)]);
        }
        return ctx.params.organizationIds.map((id) => byOrg.get(id) ?? []);
      },
    },

    /** A page of an alliance's memberships; with `asOf`, only those active on that date. */
    members: {
      params: {
        allianceId: objectId,
        status: { ...enumOf(MEMBERSHIP_STATUSES), optional: true, nullable: true },
        kind: { ...enumOf(ORGANIZATION_KINDS), optional: true, nullable: true },
        asOf: optionalDate,
        first,
        after,
      },
      retryPolicy: { enabled: true },
      async handler(this: This, ctx: Context<MembersParams>): Promise<MemberPage> {
        actorOf(ctx);
        const p = ctx.params;
        const limit = pageSize(p.first);
        const afterId = decodeCursor(p.after);
        const q: Record<string, unknown> = { allianceId: oid(p.allianceId) };
        if (p.status) q.status = p.status;
        if (p.kind) q.orgKind = p.kind;
        if (p.asOf) {
          q.joinedAt = { $ne: null, $lte: p.asOf };
          q.$or = [{ endedAt: null }, { endedAt: { $gt: p.asOf } }];
        }
        const [totalCount, docs] = await Promise.all([
          this.models.Membership.countDocuments(q),
          this.models.Membership.find(afterId ? { ...q, _id: { $gt: oid(afterId) } } : q)
            .sort({ _id: 1 })
            .limit(limit + 1)
            .lean<MembershipDoc[]>(),
        ]);
        return { ...toPage(docs.map(toMembershipDto), limit, (m) => m.id), totalCount };
      },
    },

    /**
     * Active members on a date by kind and school type, without organizations disqualified on that date.
     * A fixed amount of work whatever the alliance's size: one call for disqualifications, one indexed
     * aggregation that returns one row per kind and per school type.
     */
    memberCounts: {
      params: { allianceId: objectId, asOf: optionalDate },
      retryPolicy: { enabled: true },
      async handler(this: This, ctx: Context<{ allianceId: string; asOf?: string | null }, CallMeta>): Promise<MemberCounts> {
        actorOf(ctx);
        const asOf = ctx.params.asOf ?? today();
        const excluded = await this.disqualifiedOn(ctx, asOf);
        const match: Record<string, unknown> = {
          allianceId: oid(ctx.params.allianceId),
          joinedAt: { $ne: null, $lte: asOf },
          $or: [{ endedAt: null }, { endedAt: { $gt: asOf } }],
        };
        if (excluded.length) match.organizationId = { $nin: excluded.map(oid) };
        const [res] = await this.models.Membership.aggregate<{ byKind: { _id: string; n: number }[]; bySchoolType: { _id: string; n: number }[] }>([
          { $match: match },
          {
            $facet: {
              byKind: [{ $group: { _id: '$orgKind', n: { $sum: 1 } } }],
              bySchoolType: [{ $match: { orgKind: 'SCHOOL' } }, { $group: { _id: '$schoolType', n: { $sum: 1 } } }],
            },
          },
        ]);
        const byKind = Object.fromEntries((res?.byKind ?? []).map((r) => [r._id, r.n]));
        const bySchoolType = Object.fromEntries((res?.bySchoolType ?? []).filter((r) => r._id).map((r) => [r._id, r.n]));
        return foldCounts(asOf, byKind, bySchoolType);
      },
    },

    /**
     * Is the organization an active member on EVERY date of [from, to]? (trainingBases checks bookings with it.)
     * Back-to-back membership periods count as continuous. Returns the organization's kind from the membership.
     */
    isActiveMember: {
      params: { allianceId: objectId, organizationId: objectId, from: date, to: date },
      retryPolicy: { enabled: true },
      async handler(this: This, ctx: Context<{ allianceId: string; organizationId: string; from: string; to: string }>): Promise<{ active: boolean; orgKind: string | null; role: string | null }> {
        actorOf(ctx);
        const { allianceId, organizationId, from, to } = ctx.params;
        const docs = await this.models.Membership.find({ allianceId: oid(allianceId), organizationId: oid(organizationId), joinedAt: { $ne: null, $lte: to } })
          .sort({ joinedAt: 1 })
          .lean<MembershipDoc[]>();
        let covered = from;
        let found: MembershipDoc | undefined;
        for (const m of docs) {
          if (m.joinedAt! > covered) break;
          if (m.endedAt === null || m.endedAt > covered) found ??= m;
          if (m.endedAt === null) return { active: true, orgKind: m.orgKind, role: m.role };
          if (m.endedAt > covered) covered = m.endedAt; // active through the day before endedAt
          if (covered > to) return { active: true, orgKind: m.orgKind, role: m.role };
        }
        return { active: false, orgKind: found?.orgKind ?? null, role: found?.role ?? null };
      },
    },

    /** The memberships active on a date (the evidence behind counts), including disqualified organizations. */
    activeMembersOn: {
      params: { allianceId: objectId, asOf: date },
      retryPolicy: { enabled: true },
      async handler(this: This, ctx: Context<{ allianceId: string; asOf: string }>): Promise<MembershipDto[]> {
        actorOf(ctx);
        const { allianceId, asOf } = ctx.params;
        const docs = await this.models.Membership.find({ allianceId: oid(allianceId), joinedAt: { $ne: null, $lte: asOf }, $or: [{ endedAt: null }, { endedAt: { $gt: asOf } }] })
          .sort({ _id: 1 })
          .lean<MembershipDoc[]>();
        return docs.map(toMembershipDto);
      },
    },

    /** The alliance's status on a date (null before it was founded). */
    statusOn: {
      params: { allianceId: objectId, asOf: date },
      retryPolicy: { enabled: true },
      async handler(this: This, ctx: Context<{ allianceId: string; asOf: string }>): Promise<AllianceStatus | null> {
        actorOf(ctx);
        const a = await this.loadAlliance(ctx.params.allianceId);
        return statusOn(a.statusHistory, ctx.params.asOf);
      },
    },
  },

  methods: {
    /** Shared by apply and invite (the caller has checked who may). */
    async openMembership(this: This, ctx: Context, allianceId: string, organizationId: string, initiatedBy: 'APPLICATION' | 'INVITATION'): Promise<MembershipDto> {
      const actor = actorOf(ctx);
      const a = await this.loadAlliance(allianceId);
      if (a.status === 'DISSOLVED') throw failedPrecondition('The alliance is dissolved and takes no new members.');
      const org = await this.fetchOrganization(ctx, organizationId);
      const now = new Date().toISOString();
      try {
        const doc = await this.models.Membership.create({
          allianceId: a._id,
          organizationId: oid(org.id),
          orgKind: org.kind,
          schoolType: org.schoolType,
          role: 'MEMBER',
          status: 'PENDING',
          initiatedBy,
          openKey: `${allianceId}:${organizationId}`,
          history: [{ at: now, by: actor.id, action: initiatedBy === 'APPLICATION' ? 'APPLIED' : 'INVITED', effectiveDate: null, reason: null }],
        });
        const m = doc.toObject() as MembershipDoc;
        this.emitMembership(ctx, initiatedBy === 'APPLICATION' ? MembershipEvent.applied : MembershipEvent.invited, m);
        return toMembershipDto(m);
      } catch (err) {
        if (isDuplicateKey(err)) {
          const open = await this.models.Membership.findOne({ openKey: `${allianceId}:${organizationId}` }).lean<MembershipDoc>();
          throw conflict(
            open?.status === 'ACTIVE'
              ? `"${org.name}" is already an active member of this alliance.`
              : `"${org.name}" already has a pending ${open?.initiatedBy === 'INVITATION' ? 'invitation' : 'application'} for this alliance.`,
            { membershipId: open ? String(open._id) : undefined, status: open?.status },
          );
        }
        throw err;
      }
    },
    async loadAlliance(this: This, id: string): Promise<AllianceDoc> {
      const a = await this.models.Alliance.findById(id).lean<AllianceDoc>();
      if (!a) throw notFound('Alliance', id);
      return a;
    },
    async loadMembership(this: This, id: string): Promise<MembershipDoc> {
      const m = await this.models.Membership.findById(id).lean<MembershipDoc>();
      if (!m) throw notFound('Membership', id);
      return m;
    },
    async fetchOrganization(this: This, ctx: Context, id: string): Promise<OrganizationDto> {
      const org = await ctx.call<OrganizationDto | null, { id: string }>('organizations.get', { id });
      if (!org) throw notFound('Organization', id);
      return org;
    },
    /**
     * Moves a membership from its current status with a single conditional update: of two concurrent
     * approvals (or an approval racing an end), exactly one wins; the other gets CONFLICT.
     */
    async transitionMembership(this: This, _ctx: Context, m: MembershipDoc, to: MembershipStatus, entry: MembershipEntry, set: Partial<MembershipDoc>): Promise<MembershipDoc> {
      const closes = to === 'REJECTED' || to === 'ENDED';
      // Each status is left once: the first to claim this step decides it (see infra/claims.ts).
      const won = await claim(this.models.Claim, `membership:${m._id}:${m.status}`, {
        stillPending: async () => (await this.models.Membership.countDocuments({ _id: m._id, status: m.status })) === 1,
      });
      if (!won) {
        const now = await this.models.Membership.findById(m._id).lean<MembershipDoc>();
        throw conflict(`The membership was changed at the same time and is now ${now?.status === m.status ? 'being decided' : (now?.status ?? 'gone')}.`, { status: now?.status });
      }
      const updated = await this.models.Membership.findOneAndUpdate(
        { _id: m._id, status: m.status },
        {
          $set: {
            ...set,
            status: to,
            decidedBy: entry.by,
            history: [...(m.history ?? []), entry],
            ...(closes ? { openKey: `closed:${m._id}` } : {}),
          },
        },
        { returnDocument: 'after' },
      ).lean<MembershipDoc>();
      if (!updated) {
        const now = await this.models.Membership.findById(m._id).lean<MembershipDoc>();
        throw conflict(`The membership was changed at the same time and is now ${now?.status ?? 'gone'}.`, { status: now?.status });
      }
      return updated;
    },
    emitMembership(this: This, ctx: Context, event: string, m: MembershipDoc): void {
      const payload: MembershipEventPayload = {
        membershipId: String(m._id),
        allianceId: String(m.allianceId),
        organizationId: String(m.organizationId),
        orgKind: m.orgKind,
        schoolType: m.schoolType ?? null,
        status: m.status,
        joinedAt: m.joinedAt ?? null,
        endedAt: m.endedAt ?? null,
      };
      ctx.emit(event, payload);
    },
    async disqualifiedOn(this: This, ctx: Context, asOf: string): Promise<string[]> {
      return ctx.call<string[], { asOf: string }>('organizations.disqualifiedOn', { asOf });
    },
  },
};

export default AlliancesService;
