/**
 * The cost of a subsidy claim's computation as records grow (issue 15): database commands and documents per
 * `cooperation.previewClaim` (the computation `submitClaim` freezes), counted by the driver's command monitoring.
 * Two series: the claimant's OWN records grow (placements × months it hosts — documents should grow with them,
 * commands stay constant), and OTHER hosts' records grow around a fixed claimant (both should stay constant).
 * Bulk placements and attendance months are inserted with the service's own models (see bench/lib/seed.ts why).
 */
import { Types } from 'mongoose';
import { totalDbWork } from '../../infra/db-stats.js';
import { cooperationModels } from '../../services/cooperation/cooperation.model.js';
import type { Seeder } from './seed.js';
import { hrMs, round, summarize } from './stats.js';

export interface ClaimCostRow {
  series: 'own' | 'others';
  /** Placements of the claimant (own) or of the other hosts (others). */
  placements: number;
  attendanceMonths: number;
  commands: number;
  documents: number;
  /** On the emulator: says little about MongoDB (NOTES.md). */
  wallMs: number;
}

const months = (n: number) => Array.from({ length: n }, (_, i) => `20${24 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);

/** Seeds `placements` placements of 12 students at `host`, each with `perPlacementMonths` confirmed months (2024-01 on). */
async function bulkPlacements(seeder: Seeder, schoolId: string, host: string, agreementId: string, placements: number, perPlacementMonths: number) {
  const { Placement, Attendance } = cooperationModels(await seeder.conn('cooperation'));
  const ms = months(perPlacementMonths);
  const docs = [];
  const att = [];
  for (let i = 0; i < placements; i++) {
    const _id = new Types.ObjectId();
    docs.push({
      _id,
      agreementId,
      schoolOrganizationId: schoolId,
      schoolType: 'HIGHER_VOCATIONAL',
      schoolRegionCode: '450200',
      hostOrganizationId: host,
      hostKind: 'ENTERPRISE',
      regionCode: '450200',
      startOn: '2024-01-01',
      endOn: '2025-12-31',
      students: Array.from({ length: 12 }, (_, k) => ({ studentNumber: `B${i}-${k}`, name: '学生', major: '机电', year: 2 })),
      monthlyPayFen: 300_000,
      insurance: { insurer: 'x', policyNumber: 'p', coverFrom: '2024-01-01', coverTo: '2025-12-31', premiumPaidBy: 'SCHOOL', deductedFromPay: false },
      mentor: { name: 'm' },
      createdBy: 'bench',
    });
    for (const month of ms) att.push({ placementId: String(_id), hostOrganizationId: host, schoolOrganizationId: schoolId, month, studentNumbers: [], attendedCount: 12, confirmedAt: new Date().toISOString(), confirmedBy: 'bench' });
  }
  if (docs.length) await Placement.insertMany(docs);
  for (let i = 0; i < att.length; i += 1000) await Attendance.insertMany(att.slice(i, i + 1000));
}

export async function measureClaimCost(seeder: Seeder, sizes = [1, 4, 16], perPlacementMonths = 12): Promise<ClaimCostRow[]> {
  const school = await seeder.call<{ id: string }>('organizations.register', { name: '基准职业学院', kind: 'SCHOOL', schoolType: 'HIGHER_VOCATIONAL', creditCode: seeder.creditCode('12'), regionCode: '450200' });
  const funder = await seeder.call<{ id: string }>('organizations.register', { name: '基准市政府', kind: 'GOVERNMENT', creditCode: seeder.creditCode('11'), regionCode: '450200' });
  const policy = await seeder.call<{ id: string }>('cooperation.createPolicy', { regionCode: '450200', kind: 'INTERN_MONTH', name: '基准实习补助', validFrom: '2020-01-01', parameters: { perInternMonthFen: 50_000 }, source: 'bench' });
  void funder;
  const rows: ClaimCostRow[] = [];
  const measure = async (claimant: string) => {
    const fn = () => seeder.call('cooperation.previewClaim', { policyId: policy.id, claimantOrganizationId: claimant, periodFrom: '2024-01-01', periodTo: '2025-12-31' });
    await fn();
    const before = totalDbWork(['cooperation']);
    const times: number[] = [];
    const runs = 5;
    for (let i = 0; i < runs; i++) {
      const t = process.hrtime.bigint();
      await fn();
      times.push(hrMs(t));
    }
    const after = totalDbWork(['cooperation']);
    return { commands: (after.commands - before.commands) / runs, documents: (after.documents - before.documents) / runs, wallMs: round(summarize(times).p50, 2) };
  };
  const newHost = async () => {
    const h = await seeder.call<{ id: string }>('organizations.register', { name: `基准企业${seeder.rand().toString(36).slice(2, 6)}`, kind: 'ENTERPRISE', creditCode: seeder.creditCode('91'), regionCode: '450200' });
    await seeder.call('cooperation.assessOrganization', { organizationId: h.id, policyKind: 'INTERN_MONTH', qualified: true });
    return h.id;
  };
  const agreementId = new Types.ObjectId().toHexString();
  // Own records grow.
  for (const n of sizes) {
    const host = await newHost();
    await bulkPlacements(seeder, school.id, host, agreementId, n, perPlacementMonths);
    rows.push({ series: 'own', placements: n, attendanceMonths: n * perPlacementMonths, ...(await measure(host)) });
  }
  // Others' records grow around a claimant with one placement.
  const fixed = await newHost();
  await bulkPlacements(seeder, school.id, fixed, agreementId, 1, perPlacementMonths);
  let others = 0;
  for (const n of sizes) {
    const add = n * 4 - others;
    if (add > 0) await bulkPlacements(seeder, school.id, await newHost(), agreementId, add, perPlacementMonths);
    others = n * 4;
    rows.push({ series: 'others', placements: others, attendanceMonths: others * perPlacementMonths, ...(await measure(fixed)) });
  }
  return rows;
}
