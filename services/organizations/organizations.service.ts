import type { Context, ServiceSchema, ServiceSettingSchema } from 'moleculer';
import { inIdOrder } from '../../infra/batch.js';
import { Types } from 'mongoose';
import { actorOf, hasRole, isPlatformAdmin, regionCovers, type Actor, type CallMeta } from '../../infra/auth.js';
import { badInput, conflict, forbidden, isDuplicateKey, notFound } from '../../infra/errors.js';
import { addDays, addYears, assertDate, assertNotFuture, today } from '../../infra/dates.js';
import { mongoMixin, type MongoVars } from '../../infra/mongo.mixin.js';
import { after, enumOf, escapeRegex, first, idList, objectId, optionalDate, text } from '../../infra/params.js';
import { decodeCursor, pageSize, toPage, type Page } from '../../infra/pagination.js';
import { organizationModels, type DisqualificationDoc, type OrganizationDoc, type OrganizationModels } from './organizations.model.js';
import { OrganizationEvent, type OrganizationRegisteredPayload } from './organizations.events.js';
import {
  ENTERPRISE_SCALES,
  ORGANIZATION_KINDS,
  SCHOOL_TYPES,
  normalizeCreditCode,
  registrationProblems,
  type OrganizationInput,
  type OrganizationKind,
} from './organizations.rules.js';

/** An organization as every other service and the gateway see it. */
export interface OrganizationDto {
  id: string;
  name: string;
  kind: OrganizationKind;
  schoolType: string | null;
  creditCode: string;
  regionCode: string;
  aboveDesignatedSize: boolean | null;
  scale: string | null;
  createdAt: string;
}

export function toDto(doc: OrganizationDoc & { createdAt?: Date }): OrganizationDto {
  return {
    id: String(doc._id),
    name: doc.name,
    kind: doc.kind as OrganizationKind,
    schoolType: doc.schoolType ?? null,
    creditCode: doc.creditCode,
    regionCode: doc.regionCode,
    aboveDesignatedSize: doc.aboveDesignatedSize ?? null,
    scale: doc.scale ?? null,
    createdAt: (doc.createdAt ?? new Date()).toISOString(),
  };
}

export type RegisterParams = OrganizationInput;
export interface ListParams {
  filter?: { kind?: OrganizationKind; regionCode?: string; nameContains?: string } | null;
  first?: number | null;
  after?: string | null;
}

export interface DisqualificationDto {
  id: string;
  organizationId: string;
  reason: string;
  from: string;
  until: string;
  imposedByOrganizationId: string | null;
  imposedBy: string;
  liftedAt: string | null;
  liftedOn: string | null;
  liftedBy: string | null;
  liftReason: string | null;
  createdAt: string;
}

export const toDisqualificationDto = (d: DisqualificationDoc): DisqualificationDto => ({
  id: String(d._id),
  organizationId: String(d.organizationId),
  reason: d.reason,
  from: d.from,
  until: d.until,
  imposedByOrganizationId: d.imposedByOrganizationId ? String(d.imposedByOrganizationId) : null,
  imposedBy: d.imposedBy,
  liftedAt: d.liftedAt ? d.liftedAt.toISOString() : null,
  liftedOn: d.liftedOn ?? null,
  liftedBy: d.liftedBy ?? null,
  liftReason: d.liftReason ?? null,
  createdAt: (d.createdAt ?? new Date()).toISOString(),
});

/** The national rules bar a firm that filed false information for 5 years. */
export const DEFAULT_DISQUALIFICATION_YEARS = 5;

interface Methods {
  /** Throws unless the actor is a FUNDER of a GOVERNMENT organization whose region covers the target's. */
  assertFunderOver(actor: Actor, target: OrganizationDoc): Promise<OrganizationDoc | null>;
}

type This = MongoVars<OrganizationModels> & Methods;


const OrganizationsService: ServiceSchema<ServiceSettingSchema, Methods & Record<string, never>, This> = {
  name: 'organizations',
  mixins: [mongoMixin('organizations', organizationModels)],

  actions: {
    /** Registers an organization. Platform admins only (self-service sign-up may come later). */
    register: {
      params: {
        name: { type: 'string', trim: true, min: 2, max: 200 },
        kind: enumOf(ORGANIZATION_KINDS),
        schoolType: { ...enumOf(SCHOOL_TYPES), optional: true, nullable: true },
        creditCode: { type: 'string', trim: true, min: 1, max: 40 },
        regionCode: { type: 'string', trim: true, min: 1, max: 12 },
        aboveDesignatedSize: { type: 'boolean', optional: true, nullable: true },
        scale: { ...enumOf(ENTERPRISE_SCALES), optional: true, nullable: true },
      },
      async handler(this: This, ctx: Context<RegisterParams, CallMeta>): Promise<OrganizationDto> {
        const actor = actorOf(ctx);
        if (!actor.system && !isPlatformAdmin(actor)) throw forbidden('Only a platform admin may register organizations.');
        const input = ctx.params;
        const problems = registrationProblems(input);
        if (Object.keys(problems).length) {
          const first = Object.entries(problems).map(([f, p]) => `${f} ${p}`).join('; ');
          throw badInput(`The organization cannot be registered: ${first}.`, { fields: problems });
        }
        const creditCode = normalizeCreditCode(input.creditCode);
        try {
          const doc = await this.models.Organization.create({
            name: input.name,
            kind: input.kind,
            schoolType: input.kind === 'SCHOOL' ? input.schoolType : null,
            creditCode,
            regionCode: input.regionCode,
            aboveDesignatedSize: input.kind === 'ENTERPRISE' ? (input.aboveDesignatedSize ?? null) : null,
            scale: input.kind === 'ENTERPRISE' ? (input.scale ?? null) : null,
            createdBy: actor.id,
          });
          const dto = toDto(doc.toObject() as OrganizationDoc & { createdAt: Date });
          const payload: OrganizationRegisteredPayload = { id: dto.id, kind: dto.kind, schoolType: dto.schoolType, regionCode: dto.regionCode };
          ctx.emit(OrganizationEvent.registered, payload);
          return dto;
        } catch (err) {
          if (isDuplicateKey(err)) {
            const existing = await this.models.Organization.findOne({ creditCode }).lean<OrganizationDoc>();
            throw conflict(`An organization with credit code ${creditCode} is already registered${existing ? ` ("${existing.name}", id ${existing._id})` : ''}.`, {
              field: 'creditCode',
              existingId: existing ? String(existing._id) : undefined,
            });
          }
          throw err;
        }
      },
    },

    get: {
      params: { id: objectId },
      retryPolicy: { enabled: true },
      async handler(this: This, ctx: Context<{ id: string }>): Promise<OrganizationDto | null> {
        actorOf(ctx);
        const doc = await this.models.Organization.findById(ctx.params.id).lean<OrganizationDoc & { createdAt: Date }>();
        return doc ? toDto(doc) : null;
      },
    },

    /** Batch lookup for the gateway's DataLoader: same order as `ids`, null where missing. */
    getMany: {
      params: { ids: idList },
      retryPolicy: { enabled: true },
      async handler(this: This, ctx: Context<{ ids: string[] }>): Promise<(OrganizationDto | null)[]> {
        actorOf(ctx);
        const unique = [...new Set(ctx.params.ids)];
        const docs = await this.models.Organization.find({ _id: { $in: unique.map((id) => new Types.ObjectId(id)) } }).lean<(OrganizationDoc & { createdAt: Date })[]>();
        return inIdOrder(ctx.params.ids, docs.map((d) => [String(d._id), toDto(d)]));
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
            kind: { ...enumOf(ORGANIZATION_KINDS), optional: true, nullable: true },
            regionCode: { type: 'string', pattern: /^\d{6}$/, optional: true, nullable: true },
            nameContains: { type: 'string', max: 100, optional: true, nullable: true },
          },
        },
        first,
        after,
      },
      retryPolicy: { enabled: true },
      async handler(this: This, ctx: Context<ListParams>): Promise<Page<OrganizationDto>> {
        actorOf(ctx);
        const limit = pageSize(ctx.params.first);
        const afterId = decodeCursor(ctx.params.after);
        const f = ctx.params.filter ?? {};
        const query: Record<string, unknown> = {};
        if (f.kind) query.kind = f.kind;
        if (f.regionCode) query.regionCode = f.regionCode;
        if (f.nameContains) query.name = { $regex: escapeRegex(f.nameContains), $options: 'i' };
        if (afterId) query._id = { $gt: new Types.ObjectId(afterId) };
        const docs = await this.models.Organization.find(query).sort({ _id: 1 }).limit(limit + 1).lean<(OrganizationDoc & { createdAt: Date })[]>();
        return toPage(docs.map(toDto), limit, (o) => o.id);
      },
    },

    /** A funder bars an organization in its region (default: 5 years less a day, inclusive `until`). */
    disqualify: {
      params: { organizationId: objectId, reason: text(2000, 3), from: optionalDate, until: optionalDate },
      async handler(this: This, ctx: Context<{ organizationId: string; reason: string; from?: string | null; until?: string | null }, CallMeta>): Promise<DisqualificationDto> {
        const actor = actorOf(ctx);
        const target = await this.models.Organization.findById(ctx.params.organizationId).lean<OrganizationDoc>();
        if (!target) throw notFound('Organization', ctx.params.organizationId);
        const funderOrg = await this.assertFunderOver(actor, target);
        const from = ctx.params.from ? assertNotFuture(ctx.params.from, 'from') : today();
        const until = ctx.params.until ? assertDate(ctx.params.until, 'until') : addDays(addYears(from, DEFAULT_DISQUALIFICATION_YEARS), -1);
        if (until < from) throw badInput(`until ${until} is before from ${from}.`, { field: 'until' });
        const doc = await this.models.Disqualification.create({
          organizationId: target._id,
          reason: ctx.params.reason,
          from,
          until,
          imposedByOrganizationId: funderOrg?._id ?? null,
          imposedBy: actor.id,
        });
        const dto = toDisqualificationDto(doc.toObject() as DisqualificationDoc);
        ctx.emit(OrganizationEvent.disqualified, dto);
        return dto;
      },
    },

    /** Lifts a disqualification from today on; recorded once, never edited afterwards. */
    lift: {
      params: { disqualificationId: objectId, reason: text(2000, 3) },
      async handler(this: This, ctx: Context<{ disqualificationId: string; reason: string }, CallMeta>): Promise<DisqualificationDto> {
        const actor = actorOf(ctx);
        const d = await this.models.Disqualification.findById(ctx.params.disqualificationId).lean<DisqualificationDoc>();
        if (!d) throw notFound('Disqualification', ctx.params.disqualificationId);
        const target = await this.models.Organization.findById(d.organizationId).lean<OrganizationDoc>();
        if (!target) throw notFound('Organization', String(d.organizationId));
        await this.assertFunderOver(actor, target);
        const updated = await this.models.Disqualification.findOneAndUpdate(
          { _id: d._id, liftedAt: null },
          { $set: { liftedAt: new Date(), liftedOn: today(), liftedBy: actor.id, liftReason: ctx.params.reason } },
          { returnDocument: 'after' },
        ).lean<DisqualificationDoc>();
        if (!updated) throw conflict('This disqualification has already been lifted.');
        const dto = toDisqualificationDto(updated);
        ctx.emit(OrganizationEvent.lifted, dto);
        return dto;
      },
    },

    /** Ids of the organizations under a disqualification on a date (optionally among the given ones). */
    disqualifiedOn: {
      params: { asOf: { type: 'string', pattern: /^\d{4}-\d{2}-\d{2}$/ }, organizationIds: { ...idList, optional: true } },
      retryPolicy: { enabled: true },
      async handler(this: This, ctx: Context<{ asOf: string; organizationIds?: string[] }>): Promise<string[]> {
        actorOf(ctx);
        const { asOf } = ctx.params;
        const q: Record<string, unknown> = { from: { $lte: asOf }, until: { $gte: asOf }, $or: [{ liftedOn: null }, { liftedOn: { $gt: asOf } }] };
        if (ctx.params.organizationIds) q.organizationId = { $in: ctx.params.organizationIds.map((id) => new Types.ObjectId(id)) };
        const ids = await this.models.Disqualification.distinct('organizationId', q);
        return ids.map(String);
      },
    },

    /** Disqualifications of several organizations (for Organization.disqualifications), in the order of `organizationIds`. */
    disqualificationsOf: {
      params: { organizationIds: idList },
      retryPolicy: { enabled: true },
      async handler(this: This, ctx: Context<{ organizationIds: string[] }>): Promise<DisqualificationDto[][]> {
        actorOf(ctx);
        const docs = await this.models.Disqualification.find({ organizationId: { $in: [...new Set(ctx.params.organizationIds)].map((id) => new Types.ObjectId(id)) } })
          .sort({ from: 1, _id: 1 })
          .lean<DisqualificationDoc[]>();
        const by = new Map<string, DisqualificationDto[]>();
        for (const d of docs) by.set(String(d.organizationId), [...(by.get(String(d.organizationId)) ?? []), toDisqualificationDto(d)]);
        return ctx.params.organizationIds.map((id) => by.get(id) ?? []);
      },
    },
  },

  methods: {
    async assertFunderOver(this: This, actor: Actor, target: OrganizationDoc): Promise<OrganizationDoc | null> {
      if (actor.system || isPlatformAdmin(actor)) return null;
      if (!hasRole(actor, 'FUNDER') || !actor.org) throw forbidden('Only a funder (a government organization) may disqualify organizations or lift a disqualification.');
      const funderOrg = await this.models.Organization.findById(actor.org).lean<OrganizationDoc>();
      if (!funderOrg || funderOrg.kind !== 'GOVERNMENT') throw forbidden("A funder's token must name a GOVERNMENT organization.");
      if (!regionCovers(funderOrg.regionCode, target.regionCode)) {
        throw forbidden(`${target.name} (region ${target.regionCode}) is outside your region ${funderOrg.regionCode}.`);
      }
      return funderOrg;
    },
  },
};

export default OrganizationsService;
