import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import mongoose, { Schema, Types, type Connection, type Model } from 'mongoose';
import { claimModel, type ClaimDoc } from './claims.js';
import { revise } from './revise.js';
import { withIdempotencyKey, fingerprint } from './idempotency.js';
import { conflict } from './errors.js';

interface CounterDoc {
  _id: Types.ObjectId;
  rev: number;
  items: string[];
}
interface RequestDoc {
  owner: string;
  key: string;
  fingerprint: string;
  state: string;
  madeIds: string[];
}

let conn: Connection;
let Counter: Model<CounterDoc>;
let Claim: Model<ClaimDoc>;
let Request: Model<RequestDoc>;

beforeAll(async () => {
  conn = await mongoose.createConnection(inject('mongoUrl'), { dbName: `infra_revise_${process.pid}_${Date.now()}`, autoCreate: false, autoIndex: false }).asPromise();
  Counter = conn.model<CounterDoc>('Counter', new Schema<CounterDoc>({ rev: Number, items: [String] }, { versionKey: false }));
  Claim = claimModel(conn);
  const req = new Schema<RequestDoc>({ owner: String, key: String, fingerprint: String, state: String, madeIds: [String] }, { versionKey: false });
  req.index({ owner: 1, key: 1 }, { unique: true });
  Request = conn.model<RequestDoc>('Request', req);
  for (const m of [Counter, Claim, Request]) await m.createIndexes();
});
afterAll(async () => {
  await conn?.close();
});

describe('revise (claim + compare-and-set)', () => {
  it('lands every one of 8 concurrent allowed changes exactly once, one revision each', async () => {
    const { _id } = await Counter.create({ rev: 0, items: [] });
    const load = async () => (await Counter.findById(_id).lean<CounterDoc>())!;
    const writers = Array.from({ length: 8 }, (_, i) =>
      revise({ model: Counter, claims: Claim, kind: 'counter', load, attempts: 40, compute: (d) => ({ set: { items: [...d.items, `w${i}`] }, extra: i }) }),
    );
    const results = await Promise.all(writers);
    const final = await load();
    expect(final.rev).toBe(8);
    expect([...final.items].sort()).toEqual(Array.from({ length: 8 }, (_, i) => `w${i}`).sort());
    expect(results.map((r) => r.extra).sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(await Claim.countDocuments({ _id: { $regex: `^counter:${_id}:rev:` } })).toBe(8);
  });

  it('refuses with the computation\'s own error when the current revision forbids the change, and writes nothing', async () => {
    const { _id } = await Counter.create({ rev: 3, items: ['x'] });
    const load = async () => (await Counter.findById(_id).lean<CounterDoc>())!;
    await expect(
      revise({ model: Counter, claims: Claim, kind: 'counter', load, compute: () => { throw conflict('full', { reason: 'FULL' }); } }),
    ).rejects.toMatchObject({ type: 'CONFLICT', data: { reason: 'FULL' } });
    expect(await load()).toMatchObject({ rev: 3, items: ['x'] });
  });

  it('gives up with CONFLICT when every attempt loses its step', async () => {
    const { _id } = await Counter.create({ rev: 0, items: [] });
    // Every step already claimed by someone who is still within the stale window: nobody may write.
    for (let r = 0; r < 3; r++) await Claim.create({ _id: `counter:${_id}:rev:${r}`, at: new Date() });
    const load = async () => (await Counter.findById(_id).lean<CounterDoc>())!;
    await expect(revise({ model: Counter, claims: Claim, kind: 'counter', load, attempts: 2, compute: () => ({ set: { items: ['y'] } }) })).rejects.toMatchObject({ type: 'CONFLICT' });
    expect((await load()).rev).toBe(0);
  });
});

describe('revise when the write itself is refused', () => {
  it('gives the claimed step back, so that the next change is not locked out until the claim goes stale', async () => {
    const Named = conn.model<{ _id: Types.ObjectId; rev: number; name: string }>('Named', new Schema({ rev: Number, name: String }, { versionKey: false }).index({ name: 1 }, { unique: true }));
    await Named.createIndexes();
    const a = await Named.create({ rev: 0, name: 'a' });
    await Named.create({ rev: 0, name: 'b' });
    const load = async () => (await Named.findById(a._id).lean())!;
    await expect(revise({ model: Named, claims: Claim, kind: 'named', load, compute: () => ({ set: { name: 'b' } }) })).rejects.toMatchObject({ code: 11000 });
    expect(await Claim.countDocuments({ _id: `named:${a._id}:rev:0` })).toBe(0);
    const { doc } = await revise({ model: Named, claims: Claim, kind: 'named', load, attempts: 1, compute: () => ({ set: { name: 'c' } }) });
    expect(doc).toMatchObject({ rev: 1, name: 'c' });
  });
});

describe('withIdempotencyKey', () => {
  it('runs concurrent duplicates once and gives them all the same result', async () => {
    let runs = 0;
    const fp = fingerprint({ a: 1, b: [2, 3] });
    const once = () =>
      withIdempotencyKey({
        model: Request,
        where: { owner: 'o1', key: 'k1' },
        idsField: 'madeIds',
        fingerprint: fp,
        run: async () => {
          runs++;
          await new Promise((r) => setTimeout(r, 50));
          return { result: ['id-1'], ids: ['id-1'] };
        },
        replay: async (ids) => ids,
      });
    const out = await Promise.all([once(), once(), once(), once()]);
    expect(runs).toBe(1);
    expect(out).toEqual([['id-1'], ['id-1'], ['id-1'], ['id-1']]);
    expect(await Request.findOne({ owner: 'o1', key: 'k1' }).lean()).toMatchObject({ state: 'DONE', madeIds: ['id-1'] });
  });

  it('refuses a different request under a used key with CONFLICT on idempotencyKey', async () => {
    const base = { model: Request, where: { owner: 'o2', key: 'k' }, idsField: 'madeIds', run: async () => ({ result: 1, ids: ['x'] }), replay: async () => 1 };
    await withIdempotencyKey({ ...base, fingerprint: fingerprint({ n: 1 }) });
    await expect(withIdempotencyKey({ ...base, fingerprint: fingerprint({ n: 2 }) })).rejects.toMatchObject({ type: 'CONFLICT', data: { field: 'idempotencyKey' } });
  });

  it('frees the key when the first attempt fails, so that a retry runs', async () => {
    const base = { model: Request, where: { owner: 'o3', key: 'k' }, idsField: 'madeIds', fingerprint: fingerprint({}), replay: async () => 'replayed' };
    await expect(withIdempotencyKey({ ...base, run: async () => { throw conflict('busy'); } })).rejects.toMatchObject({ type: 'CONFLICT' });
    expect(await Request.countDocuments({ owner: 'o3' })).toBe(0);
    expect(await withIdempotencyKey({ ...base, run: async () => ({ result: 'made', ids: ['m'] }) })).toBe('made');
  });

  it('fingerprints ignore key order', () => {
    expect(fingerprint({ a: 1, b: { c: 2, d: 3 } })).toBe(fingerprint({ b: { d: 3, c: 2 }, a: 1 }));
    expect(fingerprint({ a: 1 })).not.toBe(fingerprint({ a: 2 }));
  });
});
