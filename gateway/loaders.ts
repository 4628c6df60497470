import DataLoader from 'dataloader';
import type { Caller } from './call.js';
import { OrganizationAction, type OrganizationDto, type DisqualificationDto } from '../services/organizations/organizations.contract.js';
import { AllianceAction, type AllianceDto, type MembershipDto } from '../services/alliances/alliances.contract.js';
import { TrainingBaseAction, type BookingDto, type TrainingBaseDto } from '../services/trainingBases/trainingBases.contract.js';
import { GrantAction, type GrantProgramDto } from '../services/grants/grants.contract.js';
import { ProjectAction, type ProjectDto } from '../services/projects/projects.contract.js';
import { ListingAction, type ListingDto } from '../services/listings/listings.contract.js';
import { RevenueAction, type RevenueAgreementDto, type RevenueEventDto } from '../services/revenue/revenue.contract.js';

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
    organization: byIds<OrganizationDto>(OrganizationAction.getMany),
    alliance: byIds<AllianceDto>(AllianceAction.getMany),
    membership: byIds<MembershipDto>(AllianceAction.getMemberships),
    trainingBase: byIds<TrainingBaseDto>(TrainingBaseAction.getMany),
    /** Null where missing or not visible to the caller. */
    booking: byIds<BookingDto>(TrainingBaseAction.getBookings),
    membershipsOfOrganization: listBy<MembershipDto>(AllianceAction.membershipsOfOrganizations, 'organizationIds'),
    disqualificationsOfOrganization: listBy<DisqualificationDto>(OrganizationAction.disqualificationsOf, 'organizationIds'),
    grantProgram: byIds<GrantProgramDto>(GrantAction.getPrograms),
    /** Null where missing or not readable by the caller. */
    project: byIds<ProjectDto>(ProjectAction.getMany),
    revenueAgreement: byIds<RevenueAgreementDto>(RevenueAction.getAgreements),
    revenueEvent: byIds<RevenueEventDto>(RevenueAction.getEvents),
    /** Null where missing or a draft of another organization. */
    listing: byIds<ListingDto>(ListingAction.getMany),
  };
}

export type Loaders = ReturnType<typeof makeLoaders>;
