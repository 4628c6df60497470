/** Standing documents → contract DTOs. */
import type { StandingDto } from './grantStandings.contract.js';
import type { StandingDoc } from './grantStandings.model.js';

export const toStandingDto = (d: StandingDoc): StandingDto => ({
  id: String(d._id),
  allianceId: String(d.allianceId),
  allianceName: d.allianceName,
  programId: String(d.programId),
  programCode: d.programCode ?? null,
  programName: d.programName ?? null,
  programRegionCode: d.programRegionCode ?? null,
  funderOrganizationId: String(d.funderOrganizationId),
  regionCode: d.regionCode,
  eligible: d.eligible,
  shortfall: d.shortfall ?? [],
  ...(d.shortfallI18n ? { shortfallI18n: d.shortfallI18n } : {}),
  counts: { total: d.counts?.total ?? 0, schools: d.counts?.schools ?? 0, enterprises: d.counts?.enterprises ?? 0, distinctSchoolTypes: d.counts?.distinctSchoolTypes ?? 0 },
  evaluatedOn: d.evaluatedOn,
  evaluatedAt: d.evaluatedAt.toISOString(),
  applicationStatus: d.applicationStatus ?? null,
  awarded: !!d.awarded,
});
