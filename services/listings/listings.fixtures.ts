/** A listing DTO builder for the unit specs of this folder (defaults: an OPEN talent demand in 鱼峰区, C36). */
import type { ListingDto } from './listings.contract.js';

let n = 0;
export function listing(over: Partial<ListingDto> = {}): ListingDto {
  n++;
  const id = (over.id ?? `${n}`.padStart(24, '0'));
  return {
    id,
    kind: 'TALENT_DEMAND',
    organizationId: 'e00000000000000000000001',
    organizationName: '上汽通用五菱汽车股份有限公司',
    organizationKind: 'ENTERPRISE',
    title: '招聘实习生',
    description: '岗位描述',
    regionCode: '450203',
    industries: ['C36'],
    majors: [],
    headcount: null,
    periodFrom: null,
    periodTo: null,
    payMinFen: null,
    payMaxFen: null,
    budgetFen: null,
    place: null,
    openToNonMembers: true,
    validFrom: '2026-01-01',
    validTo: '2026-12-31',
    status: 'OPEN',
    matchedInterestId: null,
    rev: 1,
    publishedAt: `2026-03-${String((n % 28) + 1).padStart(2, '0')}T02:00:00.000Z`,
    createdAt: '2026-03-01T00:00:00.000Z',
    updatedAt: `2026-03-${String((n % 28) + 1).padStart(2, '0')}T02:00:00.000Z`,
    ...over,
  };
}
