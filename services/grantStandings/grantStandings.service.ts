/**
 * The grant standings projection as its own service: alliances and whether they qualify today, per program. Its
 * input is events (grants, alliances, organizations) and `grants.assessAlliance`; its lifecycle (rebuild on start and
 * after a transporter reconnect, hourly staleness check) is its own. Runnable alone: `npm run service -- grantStandings`.
 */
import type { Context, Service, ServiceSchema, ServiceSettingSchema } from 'moleculer';
import { actorOf, type CallMeta } from '../../infra/auth.js';
import { callerFunderRegion, requireAdminOf } from '../../infra/authz.js';
import { asUser } from '../../infra/caller.js';
import { onTransportReconnect } from '../../infra/broker.js';
import { findPage } from '../../infra/entity.js';
import { notFound } from '../../infra/errors.js';
import { mongoMixin, type MongoVars } from '../../infra/mongo.mixin.js';
import { after, first, optionalObjectId } from '../../infra/params.js';
import type { Page } from '../../infra/pagination.js';
import { AllianceEvent, MembershipEvent } from '../alliances/alliances.contract.js';
import { OrganizationEvent, type DisqualificationDto, type OrganizationUpdatedPayload } from '../organizations/organizations.contract.js';
import { GrantAction, GrantEvent, type GrantApplicationEventPayload, type GrantProgramDto, type GrantProgramEventPayload } from '../grants/grants.contract.js';
import type { ListStandingsParams, StandingDto, StandingsRebuild } from './grantStandings.contract.js';
import { standingModels, standingsFilter, type StandingDoc, type StandingModels } from './grantStandings.model.js';
import { toStandingDto } from './grantStandings.mappers.js';
import { requireProgramApplies, standingsScope } from './grantStandings.rules.js';
import { StandingsProjection } from './grantStandings.projection.js';
import { systemCaller } from '../../infra/caller.js';
import { SERVICE } from './ops/callers.js';
import { msg } from '../../infra/message-registry.js';

interface Vars extends MongoVars<StandingModels> {
  projection: StandingsProjection;
}
type This = Service<ServiceSettingSchema> & Vars;

/** Events that change one alliance's rows (payloads carry `allianceId`). */
const recomputeOnEvent = {
  handler(this: This, ctx: Context<{ allianceId: string }>) {
    void this.projection.schedule(ctx.params.allianceId);
  },
};

/** A disqualification imposed or lifted changes the rows of every alliance the organization has belonged to. */
const recomputeMemberAlliances = {
  async handler(this: This, ctx: Context<DisqualificationDto>) {
    await this.projection.recomputeAlliancesOf(ctx.params.organizationId).catch((err) => this.logger.warn({ err }, 'recomputing the standings of a disqualified organization failed'));
  },
};

const GrantStandingsService: ServiceSchema<ServiceSettingSchema, Record<string, never>, Vars> = {
  name: SERVICE,
  dependencies: ['grants', 'alliances'],
  mixins: [mongoMixin(SERVICE, standingModels)],

  async started() {
    // The mixin's started() (connection, models) has run: mixins' hooks run before the service's own.
    this.projection = new StandingsProjection(this.models, systemCaller(this.broker, SERVICE), this.logger);
    this.projection.start();
    onTransportReconnect(this.broker, () => this.projection.afterReconnect());
  },

  async stopped() {
    await this.projection?.stop();
  },

  actions: {
    /**
     * Alliances and whether they qualify today, per program: a FUNDER every alliance of its region under every program
     * that applies there (its own and other governments'; naming a program that applies nowhere in its region:
     * FORBIDDEN), platform admins all.
     */
    list: {
      params: { programId: optionalObjectId, eligible: { type: 'boolean', optional: true, nullable: true }, first, after },
      retryPolicy: { enabled: true },
      async handler(ctx: Context<ListStandingsParams, CallMeta>): Promise<Page<StandingDto>> {
        const scope = standingsScope(actorOf(ctx), await callerFunderRegion(ctx, SERVICE));
        const { programId } = ctx.params;
        if (scope && programId) {
          const program = await ctx.call<GrantProgramDto | null, { id: string }>(GrantAction.getProgram, { id: programId }, asUser(ctx));
          if (!program) throw notFound('Grant program', programId);
          requireProgramApplies(scope, program.regionCode);
        }
        return findPage<StandingDoc, StandingDto>(this.models.Standing, standingsFilter(scope, ctx.params), ctx.params, toStandingDto);
      },
    },

    /** Recomputes every row from the source services (events over NATS are not durable). Platform admins and services. */
    rebuild: {
      params: {},
      async handler(ctx: Context<Record<string, never>, CallMeta>): Promise<StandingsRebuild> {
        requireAdminOf(actorOf(ctx), [], msg('grantStandings.platformRebuilds'));
        return this.projection.rebuild();
      },
    },
  },

  events: {
    [MembershipEvent.joined]: recomputeOnEvent,
    [MembershipEvent.ended]: recomputeOnEvent,
    [AllianceEvent.created]: recomputeOnEvent,
    [AllianceEvent.statusChanged]: recomputeOnEvent,
    [GrantEvent.applicationSubmitted]: {
      handler(this: This, ctx: Context<GrantApplicationEventPayload>) {
        void this.projection.schedule(ctx.params.allianceId);
      },
    },
    [GrantEvent.applicationDecided]: {
      handler(this: This, ctx: Context<GrantApplicationEventPayload>) {
        void this.projection.schedule(ctx.params.allianceId);
      },
    },
    [GrantEvent.programCreated]: {
      handler(this: This, ctx: Context<GrantProgramEventPayload>) {
        this.projection.programCreated(ctx.params.programId, ctx.params.regionCode);
      },
    },
    [OrganizationEvent.disqualified]: recomputeMemberAlliances,
    [OrganizationEvent.lifted]: recomputeMemberAlliances,
    // Corrections: a new lead is judged for LEAD_IN_GOOD_STANDING, an edited program's rows change, a reclassified
    // organization counts as another kind or school type in every alliance it belongs to.
    [AllianceEvent.leadChanged]: recomputeOnEvent,
    [GrantEvent.programUpdated]: {
      handler(this: This, ctx: Context<GrantProgramEventPayload>) {
        this.projection.programCreated(ctx.params.programId, ctx.params.regionCode);
      },
    },
    [OrganizationEvent.updated]: {
      async handler(this: This, ctx: Context<OrganizationUpdatedPayload>) {
        if (!ctx.params.changes.some((c) => c.field === 'CLASSIFICATION')) return;
        await this.projection.recomputeAlliancesOf(ctx.params.organization.id).catch((err) => this.logger.warn({ err }, 'recomputing the standings of a reclassified organization failed'));
      },
    },
  },
};

export default GrantStandingsService;
