import type { Model, Types } from 'mongoose';
import { claim, type ClaimDoc } from './claims.js';
import { conflict } from './errors.js';
import { msg } from './message-registry.js';
import type { Msg } from './messages.js';

/** A document revised in steps r → r + 1 (the `rev` field). */
export interface Revisable {
  _id: Types.ObjectId | string;
  rev?: number;
}

export interface ReviseOptions<D extends Revisable, R> {
  model: Model<D>;
  claims: Model<ClaimDoc>;
  /** The claim key's prefix, e.g. `alliance` → claims `alliance:<id>:rev:<r>`. */
  kind: string;
  /** Reads the current document (throw NOT_FOUND when missing). Called again after every lost step. */
  load: () => Promise<D>;
  /**
   * Decides the change from the current document: the fields to `$set` (the `rev` is added), or throws a coded
   * error when the change is not allowed on this revision. `extra` travels to `then` untouched.
   */
  compute: (doc: D, attempt: number) => Promise<{ set: Record<string, unknown>; extra?: R }> | { set: Record<string, unknown>; extra?: R };
  /** How many times to re-read and re-apply after losing a step to a concurrent writer (default 8). */
  attempts?: number;
  /** CONFLICT message when every attempt was lost. */
  gaveUp?: string | Msg;
  /** The data of that CONFLICT (e.g. its `reason`), if any. */
  gaveUpData?: Record<string, unknown>;
}

/**
 * The one way a document is changed under concurrency: read → compute → claim the step (a unique key, so exactly
 * one writer wins each revision on real MongoDB and on the emulator alike, see infra/claims.ts) → conditional
 * update on `{ _id, rev }`. A loser backs off (jittered, growing) and re-applies its change on the new state,
 * so concurrent changes that are both allowed both land and a change that the new state forbids is refused by
 * `compute`. Resolves the updated document and the `extra` of the winning computation.
 * Errors: whatever `load`/`compute` throw; CONFLICT when all attempts were lost.
 */
export async function revise<D extends Revisable, R = undefined>(opts: ReviseOptions<D, R>): Promise<{ doc: D; extra: R | undefined }> {
  const attempts = opts.attempts ?? 8;
  for (let attempt = 0; attempt < attempts; attempt++) {
    const doc = await opts.load();
    const rev = doc.rev ?? 0;
    // A document stored before it was ever revised may have no `rev` yet: its revision 0 is "no rev field".
    const atRev = { _id: doc._id, rev: doc.rev === undefined || doc.rev === null ? { $exists: false } : rev };
    const change = await opts.compute(doc, attempt);
    const won = await claim(opts.claims, `${opts.kind}:${String(doc._id)}:rev:${rev}`, {
      stillPending: async () => (await opts.model.countDocuments(atRev as never)) === 1,
    });
    if (won) {
      const claimKey = `${opts.kind}:${String(doc._id)}:rev:${rev}`;
      let updated: D | null;
      try {
        updated = await opts.model
          .findOneAndUpdate(atRev as never, { $set: { ...change.set, rev: rev + 1 } } as never, { returnDocument: 'after' })
          .lean<D>();
      } catch (err) {
        // The write itself was refused (e.g. a unique index): the step did not happen, so give it back at once
        // rather than leaving the document locked until the claim goes stale.
        await opts.claims.deleteOne({ _id: claimKey }).catch(() => undefined);
        throw err;
      }
      if (updated) return { doc: updated as D, extra: change.extra };
    }
    await sleep(Math.random() * Math.min(5 + attempt * 10, 50));
  }
  throw conflict(opts.gaveUp ?? msg('infra.concurrentChange'), opts.gaveUpData);
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
