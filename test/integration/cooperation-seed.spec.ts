/** The cooperation demo seed on the bus: the history the "Done when" walks, and idempotent. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { seedDemoCooperation } from '../../app/seeds/cooperation.js';
import type { ClaimDto, CooperationFigures, PlacementDto } from '../../services/cooperation/cooperation.contract.js';
import { fixtures, type Org } from '../helpers/fixtures.js';
import { startTestPlatform, type TestPlatform } from '../helpers/platform.js';

let p: TestPlatform;
const { org, school, firm } = fixtures(() => p);
let sch: Org, wuling: Org, funder: Org;

beforeAll(async () => {
  p = await startTestPlatform({ services: ['organizations', 'alliances', 'cooperation'], gateway: false });
  [sch, wuling, funder] = await Promise.all([school('HIGHER_VOCATIONAL'), firm(), org('GOVERNMENT', { regionCode: '450200' })]);
}, 60_000);
afterAll(async () => p?.stop());

it('seeds an agreement, 12 insured students with 24 confirmed months, and the two claims; a second run changes nothing', async () => {
  const demo = await seedDemoCooperation(p.client, { schoolId: sch.id, firmId: wuling.id, funderId: funder.id });
  expect(demo?.baseClaimId).toBeTruthy();
  const funderTok = await p.token(['FUNDER'], funder.id);
  const placement = await p.call<PlacementDto>('cooperation.getPlacement', { id: demo!.placementId }, funderTok);
  expect(placement.headcount).toBe(12);
  expect(placement.insurance.premiumPaidBy).toBe('SCHOOL');
  const months = await p.call<unknown[]>('cooperation.attendanceOf', { placementId: demo!.placementId }, funderTok);
  expect(months).toHaveLength(24);
  const claims = await p.call<{ edges: { node: ClaimDto }[] }>('cooperation.listClaims', { organizationId: wuling.id }, funderTok);
  expect(claims.edges.map((e) => [e.node.policyKind, e.node.status, e.node.requestedFen])).toEqual([
    ['INTERNSHIP_BASE', 'SUBMITTED', 10_000_000],
    ['APPRENTICESHIP_TRAINING', 'SUBMITTED', 6_000_000],
  ]);
  const figures = await p.call<CooperationFigures>('cooperation.organizationHistory', { organizationId: wuling.id }, funderTok);
  expect(figures).toMatchObject({ agreementsInForce: 3, agreementsTotal: 3, placements: 12, internPersonMonths: 288, apprentices: 15, orderClassStudents: 30, graduatesPlaced: 8, graduatesRetained: 5 });
  const again = await seedDemoCooperation(p.client, { schoolId: sch.id, firmId: wuling.id, funderId: funder.id });
  expect(again?.agreementId).toBe(demo!.agreementId);
  expect((await p.call<CooperationFigures>('cooperation.organizationHistory', { organizationId: wuling.id }, funderTok)).agreementsTotal).toBe(3);
});
