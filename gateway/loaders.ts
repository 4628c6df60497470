import DataLoader from 'dataloader';
import type { Caller } from './call.js';
import type { OrganizationDto, DisqualificationDto } from '../services/organizations/organizations.contract.js';
import type { AllianceDto, MembershipDto } from '../services/alliances/alliances.contract.js';
import type { BookingDto, TrainingBaseDto } from '../services/trainingBases/trainingBases.contract.js';
import type { GrantProgramDto } from '../services/grants/grants.contract.js';
import type { ProjectDto } from '../services/projects/projects.contract.js';
import type { RevenueAgreementDto, RevenueEventDto } from '../services/revenue/revenue.contract.js';

/**
 * One DataLoader per request per batch action: every to-one / to-many lookup in a query becomes one
 * `getMany`-style call per entity type, whatever the length of the lists it appears in.
 */
export function makeLoaders(call: Caller) {
  const byIds = <T>(action: string) =>
    new DataLoader<string, T | null>(async (ids) => call<(T | null)[]>(action, { ids: [...ids] }), { maxBatchSize: 1000 });
  const listBy = <T>(action: string, key: string) =>
    new DataLoader<string, T[]>(async (ids) => call<T[][]>(action, { [key]: [...ids] }), { maxBatchSize: 1000 });
  return {
    organization: byIds<OrganizationDto>('organizations.getMany'),
    alliance: byIds<AllianceDto>('alliances.getMany'),
    membership: byIds<MembershipDto>('alliances.getMemberships'),
    trainingBase: byIds<TrainingBaseDto>('trainingBases.getMany'),
    /** Null where missing or not visible to the caller. */
    booking: byIds<BookingDto>('trainingBases.getBookings'),
    membershipsOfOrganization: listBy<MembershipDto>('alliances.membershipsOfOrganizations', 'organizationIds'),
    disqualificationsOfOrganization: listBy<DisqualificationDto>('organizations.disqualificationsOf', 'organizationIds'),
    grantProgram: byIds<GrantProgramDto>('grants.getPrograms'),
    /** Null where missing or not readable by the caller. */
    project: byIds<ProjectDto>('projects.getMany'),
    revenueAgreement: byIds<RevenueAgreementDto>('revenue.getAgreements'),
    revenueEvent: byIds<RevenueEventDto>('revenue.getEvents'),
  };
}

export type Loaders = ReturnType<typeof makeLoaders>;
