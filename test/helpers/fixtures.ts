/**
 * Organization builders for integration specs, registered on the bus as a platform admin (was copied in five
 * specs). Bind them once to the spec's platform — a getter, because the platform starts in `beforeAll`:
 *
 *   let p: TestPlatform;
 *   const { org, school, firm, join } = fixtures(() => p);
 *   …
 *   const lead = await school();                                   // HIGHER_VOCATIONAL, region 450200
 *   const gov = await org('GOVERNMENT', { regionCode: '450000' }); // any kind, any extra registration field
 *   await join(allianceId, lead);                                  // apply + approve (effective 2024-05-01)
 *
 * Names are `<KIND> <random>` and credit codes fresh and valid for the organization's region, so specs never
 * collide with each other or with themselves.
 */
import type { MembershipDto } from '../../services/alliances/alliances.contract.js';
import type { OrganizationDto } from '../../services/organizations/organizations.contract.js';
import { creditCode, type TestPlatform } from './platform.js';

/** What the builders return: the registered organization (its DTO from `organizations.register`). */
export type Org = OrganizationDto;

/** Fields of `organizations.register` beyond kind: regionCode (default 450200), schoolType, name, … */
export type OrgFields = Record<string, unknown> & { regionCode?: string };

/** What the builders need of a platform: `call` and a platform admin's token (a TestPlatform, or a fault drill's bus). */
export type FixtureBus = Pick<TestPlatform, 'call' | 'adminToken'>;

/** The builders, each calling `p()` when used. */
export interface Fixtures {
  /** Registers an organization of `kind`; `fields` override the defaults (name, region 450200, a credit code in that region). */
  org(kind: string, fields?: OrgFields): Promise<Org>;
  /** A SCHOOL (`schoolType` default HIGHER_VOCATIONAL). */
  school(schoolType?: string, fields?: OrgFields): Promise<Org>;
  /** An ENTERPRISE. */
  firm(fields?: OrgFields): Promise<Org>;
  /** Makes `o` an ACTIVE member of the alliance: `alliances.apply` then `alliances.approve` as platform admin. */
  join(allianceId: string, o: { id: string }, effectiveDate?: string): Promise<MembershipDto>;
}

/** Organization builders over the platform `p()` returns (see the file comment). */
export function fixtures(p: () => FixtureBus): Fixtures {
  const admin = () => p().adminToken();
  const org = async (kind: string, fields: OrgFields = {}): Promise<Org> => {
    const regionCode = fields.regionCode ?? '450200';
    const input = { name: `${kind} ${Math.random().toString(36).slice(2, 8)}`, kind, creditCode: creditCode('91', regionCode), regionCode, ...fields };
    return p().call<Org>('organizations.register', input, await admin());
  };
  return {
    org,
    school: (schoolType = 'HIGHER_VOCATIONAL', fields = {}) => org('SCHOOL', { schoolType, ...fields }),
    firm: (fields = {}) => org('ENTERPRISE', fields),
    async join(allianceId, o, effectiveDate = '2024-05-01') {
      const m = await p().call<MembershipDto>('alliances.apply', { allianceId, organizationId: o.id }, await admin());
      return p().call<MembershipDto>('alliances.approve', { membershipId: m.id, effectiveDate }, await admin());
    },
  };
}
