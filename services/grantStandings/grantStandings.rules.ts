/** Pure rules of the standings projection: who reads which rows, which reading wins, when rows are stale. */
import { hasRole, isPlatformAdmin, regionCovers, type Actor } from '../../infra/auth.js';
import { forbidden } from '../../infra/errors.js';
import type { AllianceAssessment, ApplicationStatus, ProgramStanding } from '../grants/grants.contract.js';
import type { MessageRef } from '../../infra/messages.js';
import { msg } from '../../infra/message-registry.js';

/**
 * The rows a non-admin reader may list: those of the alliances in its region (GB/T 2260: 450000 covers 450200), under
 * every program that applies to them — its own and other governments' (a province's over a city's alliances, a city's
 * under a provincial funder's eye). Rows exist only for programs that cover the alliance's region.
 */
export interface StandingsScope {
  regionCode: string;
}

/**
 * null (everything) for the system and platform admins; a FUNDER of a GOVERNMENT organization the rows of its region
 * (`funderRegion`: infra/authz.ts `callerFunderRegion`, null when the caller's organization is not a government);
 * FORBIDDEN for anyone else.
 */
export function standingsScope(actor: Actor, funderRegion: string | null): StandingsScope | null {
  if (actor.system || isPlatformAdmin(actor)) return null;
  if (!hasRole(actor, 'FUNDER') || !actor.org || !funderRegion) throw forbidden(msg('grantStandings.whoReads'));
  return { regionCode: funderRegion };
}

/** Does a program (by its region) apply anywhere in the scope's region: its region covers the scope's, or the other way round? */
export const programAppliesIn = (scope: StandingsScope, programRegionCode: string): boolean =>
  regionCovers(programRegionCode, scope.regionCode) || regionCovers(scope.regionCode, programRegionCode);

/** A scoped reader naming a program must name one that applies in its region: FORBIDDEN otherwise. */
export function requireProgramApplies(scope: StandingsScope, programRegionCode: string): void {
  if (!programAppliesIn(scope, programRegionCode)) throw forbidden(msg('grantStandings.programOutsideRegion', { programRegionCode, regionCode: scope.regionCode }));
}

/** Is a row listed for this scope and these filters? A funder's region must cover the alliance's (`row.regionCode`). */
export function standingListed(
  scope: StandingsScope | null,
  args: { programId?: string | null; eligible?: boolean | null },
  row: { regionCode: string; programId: string; eligible: boolean },
): boolean {
  if (scope && !regionCovers(scope.regionCode, row.regionCode)) return false;
  if (args.programId && row.programId !== args.programId) return false;
  return args.eligible === undefined || args.eligible === null || row.eligible === args.eligible;
}

/** A reading made at `readAt` (ms since epoch) replaces the stored row only if that one was read earlier (or there is none). */
export const supersedes = (storedReadAt: number | null, readAt: number): boolean => storedReadAt === null || storedReadAt < readAt;

/** Standings answer "today": a row evaluated on an earlier date is stale (a disqualification may have run out). */
export const isStale = (evaluatedOn: string, today: string): boolean => evaluatedOn < today;

/** The stored fields of one row (ids as strings; the model converts) from an assessment read at `readAt`. */
export function standingFields(
  a: AllianceAssessment,
  p: ProgramStanding,
  readAt: number,
  now: Date,
): {
  programCode: string;
  programName: string;
  programRegionCode: string;
  funderOrganizationId: string;
  regionCode: string;
  allianceName: string;
  eligible: boolean;
  shortfall: string[];
  shortfallI18n?: MessageRef[];
  counts: ProgramStanding['counts'];
  evaluatedOn: string;
  evaluatedAt: Date;
  readAt: number;
  applicationStatus: ApplicationStatus | null;
  awarded: boolean;
} {
  const { total, schools, enterprises, distinctSchoolTypes } = p.counts;
  return {
    programCode: p.programCode,
    programName: p.programName,
    programRegionCode: p.programRegionCode,
    funderOrganizationId: p.funderOrganizationId,
    regionCode: a.regionCode,
    allianceName: a.allianceName,
    eligible: p.eligible,
    shortfall: p.shortfall,
    ...(p.shortfallI18n ? { shortfallI18n: p.shortfallI18n } : {}),
    counts: { total, schools, enterprises, distinctSchoolTypes },
    evaluatedOn: a.evaluatedOn,
    evaluatedAt: now,
    readAt,
    applicationStatus: p.applicationStatus,
    awarded: p.awarded,
  };
}
