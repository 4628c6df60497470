import type { Page } from '../../infra/pagination.js';
import { RevenueAction, type RevenueAgreementDto } from '../../services/revenue/revenue.contract.js';

const DEMO_AGREEMENT = '新能源汽车热管理专利许可收益分配协议';

/**
 * Demo revenue: a LIUZHOU agreement in the demo alliance between the lead school (teachers 7000 bp, two named
 * inventors) and two enterprises, with two revenue events. Idempotent: the agreement is found by title, and the
 * events by their external references. Called from app/seed.ts; `call` acts as the seeding admin.
 */
export async function seedDemoRevenue(
  call: <T>(action: string, params: Record<string, unknown>) => Promise<T>,
  allianceId: string,
  leadId: string,
  firmIds: string[],
): Promise<string | null> {
  if (firmIds.length < 2) return null;
  const mine = await call<Page<RevenueAgreementDto>>(RevenueAction.listAgreements, { organizationId: leadId, first: 100 });
  const agreement =
    mine.edges.map((e) => e.node).find((a) => a.allianceId === allianceId && a.versions[0]?.title === DEMO_AGREEMENT) ??
    (await call<RevenueAgreementDto>(RevenueAction.createAgreement, {
      allianceId,
      title: DEMO_AGREEMENT,
      policyCode: 'LIUZHOU',
      effectiveFrom: '2025-01-01',
      deductionKinds: ['PATENT_FEE', 'AGENT_COMMISSION', 'TAX'],
      parties: [
        { organizationId: leadId, shareBp: 4000, teacherShareBp: 7000, inventors: [{ name: '张明', shareBp: 6000 }, { name: '李华', shareBp: 4000 }] },
        { organizationId: firmIds[0], shareBp: 3500 },
        { organizationId: firmIds[1], shareBp: 2500 },
      ],
    }));
  await call(RevenueAction.record, {
    agreementId: agreement.id,
    gross: { amount: '1000000.01', currency: 'CNY' },
    deductions: [{ kind: 'PATENT_FEE', amount: { amount: '12000.00' } }, { kind: 'TAX', amount: { amount: '6000.00' } }],
    receivedOn: '2025-03-15',
    externalReference: 'DEMO-LIC-2025-001',
  });
  await call(RevenueAction.record, {
    agreementId: agreement.id,
    gross: { amount: '250000.00', currency: 'CNY' },
    deductions: [{ kind: 'AGENT_COMMISSION', amount: { amount: '7500.00' } }],
    receivedOn: '2025-09-30',
    externalReference: 'DEMO-LIC-2025-002',
  });
  return agreement.id;
}
