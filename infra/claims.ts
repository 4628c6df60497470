import { Schema, type Connection, type Model } from 'mongoose';
import { isDuplicateKey } from './errors.js';

/**
 * Exactly one winner per step, by a unique index.
 *
 * On real MongoDB a conditional `findOneAndUpdate` ({_id, status} or {_id, rev}) already has one winner: the
 * filter is re-checked under the document's write lock. Our test database does not always honour that — we
 * measured 2–3% of rounds of 8 racing conditional `$set`s with two winners — and a transaction does not help
 * there either. So a step that must happen once (a membership decision, a revision of a document) first
 * inserts its key under a unique `_id`, which both servers enforce; only the inserter goes on to the
 * conditional update. A claim whose holder died before finishing (older than `staleMs` while the step is
 * still undone) is taken over, so a crash never wedges a document.
 */
export interface ClaimDoc {
  _id: string;
  at: Date;
}

const claimSchema = new Schema<ClaimDoc>({ _id: { type: String, required: true }, at: { type: Date, required: true } }, { collection: 'claims', versionKey: false });

export function claimModel(conn: Connection): Model<ClaimDoc> {
  return conn.model<ClaimDoc>('Claim', claimSchema);
}

export async function claim(Claim: Model<ClaimDoc>, key: string, opts: { stillPending: () => Promise<boolean>; staleMs?: number }): Promise<boolean> {
  const staleMs = opts.staleMs ?? 30_000;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await Claim.create({ _id: key, at: new Date() });
      return true;
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
    }
    const held = await Claim.findById(key).lean<ClaimDoc>();
    if (!held || Date.now() - new Date(held.at).getTime() < staleMs || !(await opts.stillPending())) return false;
    await Claim.deleteOne({ _id: key, at: held.at }); // a stale claim: its holder never finished
  }
  return false;
}
