import { Types, type Model } from 'mongoose';

/** A MongoDB filter over a model's documents (built by the models' named query builders). */
type FilterQuery<_T> = Record<string, unknown>;
import type { Context, ServiceSchema } from 'moleculer';
import { actorOf } from './auth.js';
import { notFound } from './errors.js';
import { idList, objectId } from './params.js';
import { inIdOrder } from './batch.js';
import { decodeCursor, pageSize, toPage, type Page } from './pagination.js';

/** A 24-hex id as an ObjectId (ids are validated at the action boundary by `objectId`). */
export const oid = (id: string | Types.ObjectId): Types.ObjectId => (typeof id === 'string' ? new Types.ObjectId(id) : id);

/** Reads one document by id or throws NOT_FOUND naming `what` (e.g. 'Alliance'). */
export async function loadOr404<D>(model: Model<any>, id: string, what: string): Promise<D> {
  const doc = await model.findById(id).lean<D>();
  if (!doc) throw notFound(what, id);
  return doc as D;
}

/**
 * The `getMany` contract: one entry per requested id, in the order asked (duplicates included), `null` where the
 * id names nothing. `filter` narrows further (e.g. to what the caller may see).
 */
export async function findInIdOrder<D extends { _id: unknown }, T>(model: Model<any>, ids: readonly string[], toDto: (d: D) => T, filter: FilterQuery<unknown> = {}): Promise<(T | null)[]> {
  const docs = await model.find({ ...filter, _id: { $in: [...new Set(ids)].map(oid) } }).lean<D[]>();
  return inIdOrder(ids, docs.map((d) => [String(d._id), toDto(d)] as const));
}

/** One keyset page in `_id` order of the documents matching `query` (first ≤ 100; cursors are opaque). */
export async function findPage<D extends { _id: unknown }, T extends { id: string }>(
  model: Model<any>,
  query: FilterQuery<unknown>,
  args: { first?: number | null; after?: string | null },
  toDto: (d: D) => T,
): Promise<Page<T>> {
  const limit = pageSize(args.first);
  const afterId = decodeCursor(args.after);
  const q = afterId ? { ...query, _id: { $gt: oid(afterId) } } : query;
  const docs = await model.find(q).sort({ _id: 1 }).limit(limit + 1).lean<D[]>();
  return toPage(docs.map(toDto), limit, (t) => t.id);
}

export interface EntitySpec<D, T> {
  /** The model's key in the service's `models` (from mongoMixin). */
  model: string;
  toDto: (d: D) => T;
  /** Action names: default `get` and `getMany`. */
  getAction?: string;
  getManyAction?: string;
}

/**
 * The entity actions every service offers for its main record, in one shape: `get` ({ id } → DTO | null) and
 * `getMany` ({ ids } → (DTO | null)[] in id order, for the gateway's DataLoaders). Read-only, retried, any
 * verified caller (the records are the platform's shared reference data; narrower reads are their own actions).
 */
export function entityMixin<D extends { _id: unknown }, T>(spec: EntitySpec<D, T>): Partial<ServiceSchema> {
  const modelOf = (svc: unknown): Model<any> => (svc as { models: Record<string, Model<any>> }).models[spec.model];
  return {
    actions: {
      [spec.getAction ?? 'get']: {
        params: { id: objectId },
        retryPolicy: { enabled: true },
        async handler(ctx: Context<{ id: string }>): Promise<T | null> {
          actorOf(ctx);
          const d = await modelOf(this).findById(ctx.params.id).lean<D>();
          return d ? spec.toDto(d as D) : null;
        },
      },
      [spec.getManyAction ?? 'getMany']: {
        params: { ids: idList },
        retryPolicy: { enabled: true },
        async handler(ctx: Context<{ ids: string[] }>): Promise<(T | null)[]> {
          actorOf(ctx);
          return findInIdOrder(modelOf(this), ctx.params.ids, spec.toDto);
        },
      },
    },
  };
}
