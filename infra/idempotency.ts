import { createHash } from 'node:crypto';
import type { Model } from 'mongoose';
import { conflict, isDuplicateKey } from './errors.js';
import { sleep } from './revise.js';
import { msg } from './message-registry.js';

/**
 * What an idempotency record stores besides its key fields (a unique index over the key fields is the model's
 * job): the request's fingerprint, its state and the ids of what it made (field named by `idsField`).
 */
export interface IdempotencyRecord {
  fingerprint: string;
  state: 'IN_PROGRESS' | 'DONE';
  [idsField: string]: unknown;
}

/** A stable fingerprint of a request's parameters (keys sorted), to tell a retry from a different request. */
export function fingerprint(value: unknown): string {
  const canon = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(canon) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v as object).sort().map((k) => [k, canon((v as Record<string, unknown>)[k])])) : v;
  return createHash('sha256').update(JSON.stringify(canon(value))).digest('hex');
}

export interface IdempotentOptions<T> {
  /** Model over `IdempotencyRecord` documents with a unique index on the fields of `where`. */
  model: Model<any>;
  /** The key's fields, e.g. `{ organizationId, key }`: keys of different owners never collide. */
  where: Record<string, unknown>;
  /** The field holding the made ids (default `resultIds`). */
  idsField?: string;
  fingerprint: string;
  /** Does the work once; returns its result and the ids that let a retry re-read it. */
  run: () => Promise<{ result: T; ids: string[] }>;
  /** Re-reads the result of a finished request from its ids. */
  replay: (ids: string[]) => Promise<T>;
  /** How long a duplicate waits for the first request to finish (default 20 s). */
  waitMs?: number;
}

/**
 * Runs `run` at most once per key (`where`). The first request claims the key (unique index); a retry or a
 * concurrent duplicate with the same fingerprint waits and gets the same result; a different request under a
 * used key is CONFLICT. If the first attempt fails, the key is freed so that the client may try again.
 * Errors: CONFLICT (`field: 'idempotencyKey'`), or whatever `run` throws.
 */
export async function withIdempotencyKey<T>(opts: IdempotentOptions<T>): Promise<T> {
  const deadline = Date.now() + (opts.waitMs ?? 20_000);
  const id = opts.where;
  const idsField = opts.idsField ?? 'resultIds';
  while (Date.now() < deadline) {
    let claimed = false;
    try {
      await opts.model.create({ ...id, fingerprint: opts.fingerprint, state: 'IN_PROGRESS', [idsField]: [] });
      claimed = true;
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
    }
    if (claimed) {
      try {
        const { result, ids } = await opts.run();
        await opts.model.updateOne(id, { $set: { state: 'DONE', [idsField]: ids } });
        return result;
      } catch (err) {
        await opts.model.deleteOne({ ...id, state: 'IN_PROGRESS' });
        throw err;
      }
    }
    const prior = await opts.model.findOne(id).lean<IdempotencyRecord>();
    if (!prior) continue; // the first attempt failed and freed the key: claim it
    if (prior.fingerprint !== opts.fingerprint) throw conflict(msg('infra.idempotencyKeyReused'), { field: 'idempotencyKey' });
    if (prior.state === 'DONE') return opts.replay((prior[idsField] as string[] | undefined) ?? []);
    await sleep(25 + Math.random() * 50);
  }
  throw conflict(msg('infra.idempotencyInProgress'), { field: 'idempotencyKey', retryable: true });
}
