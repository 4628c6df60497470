import type { Context, ServiceSchema, ServiceSettingSchema } from 'moleculer';
import { actorOf, regionPrefix, type CallMeta } from '../../infra/auth.js';
import { requireAdminOf } from '../../infra/authz.js';
import { settleEach } from '../../infra/batch.js';
import { entityMixin, findInIdOrder, findPage, loadOr404, oid } from '../../infra/entity.js';
import { notFound } from '../../infra/errors.js';
import { readCacheMixin } from '../../infra/read-cache.js';
import { mongoMixin, type MongoVars } from '../../infra/mongo.mixin.js';
import { escapeRegex } from '../../infra/params.js';
import type { Page } from '../../infra/pagination.js';
import type {
  ActiveMemberAnswer,
  ActiveMembersOnParams,
  AllianceDto,
  AllianceStatus,
  ApproveParams,
  CountMembersParams,
  CreateAllianceParams,
  EndParams,
  IsActiveMemberParams,
  ListAlliancesParams,
  ListMembersParams,
  MemberCounts,
  MemberPage,
  MembersParams,
  MembershipDto,
  OpenMembershipParams,
  RejectParams,
  SetStatusParams,
  StatusOnParams,
  StatusesOnParams,
} from './alliances.contract.js';
import { toAllianceDto, toMembershipDto } from './alliances.mappers.js';
import { activeOnFilter, allianceModels, type AllianceDoc, type AllianceModels, type MembershipDoc } from './alliances.model.js';
import { asClassifiedOn, coversRange, statusOn } from './alliances.rules.js';
import { today } from '../../infra/dates.js';
import * as P from './alliances.params.js';
import { countMembers } from './ops/count-members.js';
import { createAlliance } from './ops/create-alliance.js';
import { decideMembership } from './ops/decide-membership.js';
import { memberPage } from './ops/member-page.js';
import { openMembership } from './ops/open-membership.js';
import { setAllianceStatus } from './ops/set-status.js';
import { changeLead } from './ops/change-lead.js';
import { reclassifiedOn } from './ops/classifications.js';
import type { ChangeLeadParams } from './alliances.contract.js';
import { msg } from '../../infra/message-registry.js';

type Self = MongoVars<AllianceModels>;
const loadAlliance = (models: AllianceModels, id: string) => loadOr404<AllianceDoc>(models.Alliance, id, 'Alliance');
const read = { retryPolicy: { enabled: true } } as const;

/**
 * Alliances and their memberships. Every action needs a verified caller; who may change what is decided in
 * alliances.rules.ts and infra/authz.ts; the flows live in ops/. Action names: `AllianceAction` in the contract.
 */
const AlliancesService: ServiceSchema<ServiceSettingSchema, Record<string, never>, Self> = {
  name: 'alliances',
  dependencies: ['organizations'],
  // Reads cached for user callers, never for decisions (infra/read-cache.ts); dependsOn: the services these reads call.
  mixins: [mongoMixin('alliances', allianceModels), entityMixin<AllianceDoc, AllianceDto>({ model: 'Alliance', toDto: toAllianceDto }), readCacheMixin('alliances', { actions: ['get', 'getMany', 'list', 'getMemberships', 'membershipsOfOrganizations', 'members', 'listMembers', 'countMembers', 'isActiveMember', 'statusOn', 'getStatusesOn'], dependsOn: ['organizations'] })],

  actions: {
    /** Registers an alliance; its lead organization becomes the LEAD member, active from `foundedOn`. */
    create: {
      params: P.create,
      handler(ctx: Context<CreateAllianceParams, CallMeta>): Promise<AllianceDto> {
        return createAlliance(this.models, ctx);
      },
    },

    /** Records a status change effective on a date (lead's admins); see ops/set-status.ts. */
    setStatus: {
      params: P.setStatus,
      handler(ctx: Context<SetStatusParams, CallMeta>): Promise<AllianceDto> {
        return setAllianceStatus(this.models, ctx);
      },
    },

    /** A page of alliances in id order, filtered by region (covering the codes below it), status, name, lead. */
    list: {
      params: P.list,
      ...read,
      handler(ctx: Context<ListAlliancesParams>): Promise<Page<AllianceDto>> {
        actorOf(ctx);
        const f = ctx.params.filter ?? {};
        const q: Record<string, unknown> = {};
        // A region covers the codes below it: 450000 lists Liuzhou's (450200) alliances too.
        if (f.regionCode) q.regionCode = { $regex: `^${regionPrefix(f.regionCode)}` };
        if (f.status) q.status = f.status;
        if (f.nameContains) q.name = { $regex: escapeRegex(f.nameContains), $options: 'i' };
        if (f.leadOrganizationId) q.leadOrganizationId = oid(f.leadOrganizationId);
        return findPage(this.models.Alliance, q, ctx.params, toAllianceDto);
      },
    },

    /** An organization's admin applies for its own organization. */
    apply: {
      params: P.openMembership,
      async handler(ctx: Context<OpenMembershipParams, CallMeta>): Promise<MembershipDto> {
        requireAdminOf(actorOf(ctx), [ctx.params.organizationId], msg('alliances.applyForOwnOrganization'));
        return openMembership(this.models, ctx, await loadAlliance(this.models, ctx.params.allianceId), 'APPLICATION');
      },
    },

    /** The lead's admins invite an organization; its admin accepts with approve. */
    invite: {
      params: P.openMembership,
      async handler(ctx: Context<OpenMembershipParams, CallMeta>): Promise<MembershipDto> {
        const a = await loadAlliance(this.models, ctx.params.allianceId);
        requireAdminOf(actorOf(ctx), [String(a.leadOrganizationId)], msg('alliances.leadInvites'));
        return openMembership(this.models, ctx, a, 'INVITATION');
      },
    },

    /** Approves an application (lead's admins) or accepts an invitation (the invited organization's admin). */
    approve: {
      params: P.approve,
      handler(ctx: Context<ApproveParams, CallMeta>): Promise<MembershipDto> {
        return decideMembership(this.models, ctx, { to: 'ACTIVE', effectiveDate: ctx.params.effectiveDate });
      },
    },

    /** The lead rejects an application or withdraws an invitation; the invited organization may decline. */
    reject: {
      params: P.reject,
      handler(ctx: Context<RejectParams, CallMeta>): Promise<MembershipDto> {
        return decideMembership(this.models, ctx, { to: 'REJECTED', reason: ctx.params.reason });
      },
    },

    /** The lead's admins, or the member's own admin, end an active membership from a date. */
    end: {
      params: P.end,
      handler(ctx: Context<EndParams, CallMeta>): Promise<MembershipDto> {
        return decideMembership(this.models, ctx, { to: 'ENDED', effectiveDate: ctx.params.effectiveDate, reason: ctx.params.reason });
      },
    },

    /** Batch lookup of memberships for DataLoader: same order as `ids`, null where missing. */
    getMemberships: {
      params: P.ids,
      ...read,
      handler(ctx: Context<{ ids: string[] }>): Promise<(MembershipDto | null)[]> {
        actorOf(ctx);
        return findInIdOrder(this.models.Membership, ctx.params.ids, toMembershipDto);
      },
    },

    /** Memberships of several organizations at once (Organization.memberships via DataLoader), in the order of `organizationIds`. */
    membershipsOfOrganizations: {
      params: P.organizationIds,
      ...read,
      async handler(ctx: Context<{ organizationIds: string[] }>): Promise<MembershipDto[][]> {
        actorOf(ctx);
        const docs = await this.models.Membership.find({ organizationId: { $in: [...new Set(ctx.params.organizationIds)].map(oid) } })
          .sort({ _id: 1 })
          .lean<MembershipDoc[]>();
        const byOrg = new Map<string, MembershipDto[]>();
        for (const d of docs) byOrg.set(String(d.organizationId), [...(byOrg.get(String(d.organizationId)) ?? []), toMembershipDto(d)]);
        return ctx.params.organizationIds.map((id) => byOrg.get(id) ?? []);
      },
    },

    /** A page of an alliance's memberships; with `asOf`, only those active on that date. */
    members: {
      params: P.members,
      ...read,
      async handler(ctx: Context<MembersParams, CallMeta>): Promise<MemberPage> {
        actorOf(ctx);
        // A kind filter reads each organization's kind on `asOf` (default today): reclassified ones included.
        const classificationOn = ctx.params.kind ? await reclassifiedOn(ctx, ctx.params.asOf ?? today()) : undefined;
        return memberPage(this.models, ctx.params.allianceId, ctx.params, classificationOn);
      },
    },

    /** `members` for several alliances (Alliance.members of a list): one page per id, in order; a bad cursor fails its entry. */
    listMembers: {
      params: P.listMembers,
      ...read,
      async handler(ctx: Context<ListMembersParams, CallMeta>) {
        actorOf(ctx);
        const classificationOn = ctx.params.kind ? await reclassifiedOn(ctx, ctx.params.asOf ?? today()) : undefined;
        return settleEach(ctx.params.allianceIds, (id) => memberPage(this.models, id, ctx.params, classificationOn));
      },
    },

    /** Active members on a date by kind and school type, without disqualified organizations: one entry per id, in order. */
    countMembers: {
      params: P.countMembers,
      ...read,
      handler(ctx: Context<CountMembersParams, CallMeta>): Promise<MemberCounts[]> {
        actorOf(ctx);
        return countMembers(this.models, ctx);
      },
    },

    /**
     * Is the organization an active member on EVERY date of [from, to]? (trainingBases checks bookings with it.)
     * Back-to-back membership periods count as continuous. Returns the organization's kind from the membership.
     */
    isActiveMember: {
      params: P.isActiveMember,
      ...read,
      async handler(ctx: Context<IsActiveMemberParams, CallMeta>): Promise<ActiveMemberAnswer> {
        actorOf(ctx);
        const { allianceId, organizationId, from, to } = ctx.params;
        const docs = await this.models.Membership.find({ allianceId: oid(allianceId), organizationId: oid(organizationId), joinedAt: { $ne: null, $lte: to } })
          .sort({ joinedAt: 1 })
          .lean<MembershipDoc[]>();
        const { active, period } = coversRange(docs, from, to);
        if (!period) return { active, orgKind: null, role: null };
        // The organization's kind on `from` (it may have been reclassified since the membership was opened).
        const classified = asClassifiedOn({ ...period, organizationId }, await reclassifiedOn(ctx, from));
        return { active, orgKind: classified.orgKind, role: period.role };
      },
    },

    /** The memberships active on a date (the evidence behind counts), including disqualified organizations; in pages with `first`/`after`. */
    activeMembersOn: {
      params: P.activeMembersOn,
      ...read,
      async handler(ctx: Context<ActiveMembersOnParams, CallMeta>): Promise<MembershipDto[]> {
        actorOf(ctx);
        const { allianceId, asOf, first, after } = ctx.params;
        let find = this.models.Membership.find({ allianceId: oid(allianceId), ...activeOnFilter(asOf), ...(after ? { _id: { $gt: oid(after) } } : {}) }).sort({ _id: 1 });
        if (first) find = find.limit(first);
        const [docs, classificationOn] = await Promise.all([find.lean<MembershipDoc[]>(), reclassifiedOn(ctx, asOf)]);
        // Each organization's kind and school type on `asOf`, as `countMembers` counts them.
        return docs.map((d) => asClassifiedOn(toMembershipDto(d), classificationOn));
      },
    },

    /** Hands the lead unit over to an active member from a date (current lead's admins or platform admins); see ops/change-lead.ts. */
    changeLead: {
      params: P.changeLead,
      handler(ctx: Context<ChangeLeadParams, CallMeta>): Promise<AllianceDto> {
        return changeLead(this.models, ctx);
      },
    },

    /** The alliance's status on a date (null before it was founded). NOT_FOUND for an unknown id. */
    statusOn: {
      params: P.statusOn,
      ...read,
      async handler(ctx: Context<StatusOnParams>): Promise<AllianceStatus | null> {
        actorOf(ctx);
        const a = await loadAlliance(this.models, ctx.params.allianceId);
        return statusOn(a.statusHistory, ctx.params.asOf);
      },
    },

    /** `statusOn` for several alliances (Alliance.statusOn of a list): one entry per id, in order; NOT_FOUND fails its entry. */
    getStatusesOn: {
      params: P.statusesOn,
      ...read,
      async handler(ctx: Context<StatusesOnParams>) {
        actorOf(ctx);
        const docs = await findInIdOrder(this.models.Alliance, ctx.params.allianceIds, (d: AllianceDoc) => d);
        return settleEach(ctx.params.allianceIds.map((id, i) => [id, docs[i]] as const), async ([id, a]) => {
          if (!a) throw notFound('Alliance', id);
          return statusOn(a.statusHistory, ctx.params.date);
        });
      },
    },
  },
};

export default AlliancesService;
