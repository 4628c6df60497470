import type { Context, ServiceSchema, ServiceSettingSchema } from 'moleculer';
import { actorOf, isPlatformAdmin, type CallMeta } from '../../infra/auth.js';
import { entityMixin, findPage, loadOr404, oid } from '../../infra/entity.js';
import { today } from '../../infra/dates.js';
import { badInput, conflict, forbidden, isDuplicateKey } from '../../infra/errors.js';
import { readCacheMixin } from '../../infra/read-cache.js';
import { mongoMixin, type MongoVars } from '../../infra/mongo.mixin.js';
import { escapeRegex } from '../../infra/params.js';
import type { Page } from '../../infra/pagination.js';
import {
  OrganizationEvent,
  type DisqualificationDto,
  type DisqualificationsOfParams,
  type DisqualifiedOnParams,
  type DisqualifyParams,
  type LiftParams,
  type ListParams,
  type OrganizationDto,
  type OrganizationRegisteredPayload,
  type RegisterParams,
  type StandingDto,
  type StandingOfParams,
} from './organizations.contract.js';
import { toDisqualificationDto, toOrganizationDto } from './organizations.mappers.js';
import { disqualifiedOnFilter, organizationModels, type DisqualificationDoc, type OrganizationDoc, type OrganizationModels } from './organizations.model.js';
import { normalizeCreditCode, registrationProblemMsgs, registrationRefusal, storedRegionCode } from './organizations.rules.js';
import * as P from './organizations.params.js';
import { requireFunderOver } from './ops/require-funder-over.js';
import { recordDesignatedSize, updateOrganization } from './ops/correct-organization.js';
import { classificationsOn, reclassifiedOn } from './ops/classifications.js';
import type { ClassificationOn, ClassificationsOnParams, RecordDesignatedSizeParams, ReclassifiedOnParams, UpdateOrganizationParams } from './organizations.contract.js';
import { disqualify } from './ops/disqualify.js';
import { standingOf } from './ops/standing.js';
import { msg } from '../../infra/message-registry.js';

type Self = MongoVars<OrganizationModels>;
const read = { retryPolicy: { enabled: true } } as const;

/**
 * Organizations (schools, enterprises, governments …) and their disqualifications. Every action needs a verified
 * caller. Action names: `OrganizationAction` in the contract.
 */
const OrganizationsService: ServiceSchema<ServiceSettingSchema, Record<string, never>, Self> = {
  name: 'organizations',
  // Reads cached for user callers, never for decisions (infra/read-cache.ts); dependsOn: the services these reads call.
  mixins: [mongoMixin('organizations', organizationModels), entityMixin<OrganizationDoc, OrganizationDto>({ model: 'Organization', toDto: toOrganizationDto }), readCacheMixin('organizations', { actions: ['get', 'getMany', 'list', 'disqualifiedOn', 'standingOf', 'disqualificationsOf', 'classificationsOn', 'reclassifiedOn'], dependsOn: [] })],

  actions: {
    /**
     * Registers an organization. Platform admins only (self-service sign-up may come later). The region code is
     * checked against GB/T 2260 (infra/regions.ts): a retired code with one successor is stored as that successor.
     * Errors: FORBIDDEN, BAD_USER_INPUT (data { fields }: every problem at once; an unknown or retired region code is
     * `fields.regionCode`), CONFLICT (credit code taken; data { field, existingId }).
     */
    register: {
      params: P.register,
      async handler(ctx: Context<RegisterParams, CallMeta>): Promise<OrganizationDto> {
        const actor = actorOf(ctx);
        if (!actor.system && !isPlatformAdmin(actor)) throw forbidden(msg('organizations.platformAdminRegisters'));
        const input = ctx.params;
        const problems = registrationProblemMsgs(input);
        if (Object.keys(problems).length) {
          // `fields`: each field's problem as text; `fieldsI18n`: the same as catalog references, which the gateway writes
          // into `fields` in the request's language (gateway/errors.ts `localize`) and removes.
          throw badInput(registrationRefusal(problems), {
            fields: Object.fromEntries(Object.entries(problems).map(([f, m]) => [f, m.message])),
            fieldsI18n: Object.fromEntries(Object.entries(problems).map(([f, m]) => [f, { key: m.key, params: m.params }])),
          });
        }
        const creditCode = normalizeCreditCode(input.creditCode);
        try {
          const doc = await this.models.Organization.create({
            name: input.name,
            kind: input.kind,
            schoolType: input.kind === 'SCHOOL' ? input.schoolType : null,
            creditCode,
            regionCode: storedRegionCode(input.regionCode),
            aboveDesignatedSize: input.kind === 'ENTERPRISE' ? (input.aboveDesignatedSize ?? null) : null,
            scale: input.kind === 'ENTERPRISE' ? (input.scale ?? null) : null,
            createdBy: actor.id,
          });
          const dto = toOrganizationDto(doc.toObject() as OrganizationDoc);
          ctx.emit(OrganizationEvent.registered, { id: dto.id, kind: dto.kind, schoolType: dto.schoolType, regionCode: dto.regionCode } satisfies OrganizationRegisteredPayload);
          return dto;
        } catch (err) {
          if (!isDuplicateKey(err)) throw err;
          const existing = await this.models.Organization.findOne({ creditCode }).lean<OrganizationDoc>();
          throw conflict(msg('organizations.creditCodeTaken', { creditCode, known: existing ? 'yes' : 'no', name: existing?.name ?? '', id: existing ? String(existing._id) : '' }), {
            field: 'creditCode',
            existingId: existing ? String(existing._id) : undefined,
          });
        }
      },
    },

    /** A page of organizations in id order, filtered by kind, exact region code and name. */
    list: {
      params: P.list,
      ...read,
      handler(ctx: Context<ListParams>): Promise<Page<OrganizationDto>> {
        actorOf(ctx);
        const f = ctx.params.filter ?? {};
        const query: Record<string, unknown> = {};
        if (f.kind) query.kind = f.kind;
        if (f.regionCode) query.regionCode = f.regionCode;
        if (f.nameContains) query.name = { $regex: escapeRegex(f.nameContains), $options: 'i' };
        return findPage(this.models.Organization, query, ctx.params, toOrganizationDto);
      },
    },

    /**
     * A funder bars an organization in its region (default: 5 years less a day, inclusive `until`), keeping or
     * cancelling with notice its bookings that start later (`futureBookings`; see ops/disqualify.ts).
     */
    disqualify: {
      params: P.disqualify,
      handler(ctx: Context<DisqualifyParams, CallMeta>): Promise<DisqualificationDto> {
        return disqualify(this.models, ctx, this.logger);
      },
    },

    /** Lifts a disqualification from today on; recorded once, never edited afterwards. */
    lift: {
      params: P.lift,
      async handler(ctx: Context<LiftParams, CallMeta>): Promise<DisqualificationDto> {
        const actor = actorOf(ctx);
        const d = await loadOr404<DisqualificationDoc>(this.models.Disqualification, ctx.params.disqualificationId, 'Disqualification');
        const target = await loadOr404<OrganizationDoc>(this.models.Organization, String(d.organizationId), 'Organization');
        await requireFunderOver(ctx, target);
        const updated = await this.models.Disqualification.findOneAndUpdate(
          { _id: d._id, liftedAt: null },
          { $set: { liftedAt: new Date(), liftedOn: today(), liftedBy: actor.id, liftReason: ctx.params.reason } },
          { returnDocument: 'after' },
        ).lean<DisqualificationDoc>();
        if (!updated) throw conflict(msg('organizations.alreadyLifted'));
        const dto = toDisqualificationDto(updated);
        ctx.emit(OrganizationEvent.lifted, dto);
        return dto;
      },
    },

    /** Ids of the organizations under a disqualification on a date (default today), optionally among the given ones. */
    disqualifiedOn: {
      params: P.disqualifiedOn,
      ...read,
      async handler(ctx: Context<DisqualifiedOnParams>): Promise<string[]> {
        actorOf(ctx);
        const q = disqualifiedOnFilter(ctx.params.asOf ?? today());
        if (ctx.params.organizationIds) q.organizationId = { $in: ctx.params.organizationIds.map(oid) };
        const ids = await this.models.Disqualification.distinct('organizationId', q);
        return ids.map(String);
      },
    },

    /**
     * The standing of organizations over a period (default today): the disqualifications in force on any day of it,
     * one entry per id in order. The one check every service makes before letting an organization take part in
     * something new (raised with `standingProblem` from the contract).
     */
    standingOf: {
      params: P.standingOf,
      ...read,
      handler(ctx: Context<StandingOfParams, CallMeta>): Promise<StandingDto[]> {
        return standingOf(this.models, ctx);
      },
    },

    /** Disqualifications of several organizations (for Organization.disqualifications), in the order of `organizationIds`. */
    disqualificationsOf: {
      params: P.disqualificationsOf,
      ...read,
      async handler(ctx: Context<DisqualificationsOfParams>): Promise<DisqualificationDto[][]> {
        actorOf(ctx);
        const docs = await this.models.Disqualification.find({ organizationId: { $in: [...new Set(ctx.params.organizationIds)].map(oid) } })
          .sort({ from: 1, _id: 1 })
          .lean<DisqualificationDoc[]>();
        const by = new Map<string, DisqualificationDto[]>();
        for (const d of docs) by.set(String(d.organizationId), [...(by.get(String(d.organizationId)) ?? []), toDisqualificationDto(d)]);
        return ctx.params.organizationIds.map((id) => by.get(id) ?? []);
      },
    },

    /** Corrects name, region, kind / school type, dated and kept in the organization's history (ops/correct-organization.ts). */
    update: {
      params: P.update,
      handler(ctx: Context<UpdateOrganizationParams, CallMeta>): Promise<OrganizationDto> {
        return updateOrganization(this.models, ctx);
      },
    },

    /** Records an enterprise's 规模以上 status for one statistical year (ops/correct-organization.ts). */
    recordDesignatedSize: {
      params: P.recordDesignatedSize,
      handler(ctx: Context<RecordDesignatedSizeParams, CallMeta>): Promise<OrganizationDto> {
        return recordDesignatedSize(this.models, ctx);
      },
    },

    /** Each organization's kind and school type on a date, one entry per id in order (null for an unknown id). */
    classificationsOn: {
      params: P.classificationsOn,
      ...read,
      handler(ctx: Context<ClassificationsOnParams>): Promise<(ClassificationOn | null)[]> {
        actorOf(ctx);
        return classificationsOn(this.models, ctx.params);
      },
    },

    /** The kind and school type on a date of every organization ever reclassified (what member counts correct by). */
    reclassifiedOn: {
      params: P.reclassifiedOn,
      ...read,
      handler(ctx: Context<ReclassifiedOnParams>): Promise<ClassificationOn[]> {
        actorOf(ctx);
        return reclassifiedOn(this.models, ctx.params);
      },
    },
  },
};

export default OrganizationsService;
