/**
 * A revenue ledger of `n` events for the statement benchmark. The first event goes through
 * `revenue.record` (the real path: deductions, largest-remainder allocation, idempotency); the rest are
 * copies of its stored document with their own id, reference and date, inserted in batches (one request per
 * event would take hours on the emulator, whose cost per insert grows with the collection).
 */
import { Types } from 'mongoose';
import type { Seeder } from './seed.js';
import { revenueModels } from '../../services/revenue/revenue.model.js';

export async function seedRevenue(seeder: Seeder, a: { allianceId: string; leadId: string; enterpriseIds: string[] }, n: number) {
  const firm = a.enterpriseIds[0];
  if (!firm) throw new Error('the revenue benchmark needs an alliance with an enterprise member');
  const agreement = await seeder.call<{ id: string }>('revenue.createAgreement', {
    allianceId: a.allianceId,
    title: `技术转让收益分配协议 ${n}`,
    policyCode: 'LIUZHOU',
    effectiveFrom: '2024-01-01',
    parties: [
      { organizationId: a.leadId, shareBp: 6000, teacherShareBp: 7000 },
      { organizationId: firm, shareBp: 4000 },
    ],
    deductionKinds: ['PATENT_FEE', 'TAX'],
  });
  await seeder.call('revenue.record', {
    agreementId: agreement.id,
    gross: { amount: '12345.67', currency: 'CNY' },
    deductions: [{ kind: 'PATENT_FEE', amount: { amount: '345.67', currency: 'CNY' } }],
    receivedOn: '2024-01-02',
    externalReference: `bench-${agreement.id}-0`,
  });
  const { Event } = revenueModels(await seeder.conn('revenue'));
  const first = await Event.collection.findOne({ agreementId: agreement.id });
  if (!first) throw new Error('the recorded revenue event was not found');
  for (let start = 1; start < n; start += 1000) {
    const docs = [];
    for (let i = start; i < Math.min(n, start + 1000); i++) {
      const _id = new Types.ObjectId();
      const day = new Date(Date.UTC(2024, 0, 2) + Math.floor((i / n) * 700) * 86_400_000).toISOString().slice(0, 10);
      docs.push({ ...first, _id, externalReference: `bench-${agreement.id}-${i}`, reversalKey: `event:${_id}`, receivedOn: day, createdAt: new Date() });
    }
    await Event.collection.insertMany(docs, { ordered: false });
  }
  return { agreementId: agreement.id, organizationId: a.leadId, from: '2024-01-01', to: '2026-12-31' };
}
