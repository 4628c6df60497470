/** Pure rules of the standings projection: who reads which rows, which reading wins, when rows are stale. */
import { hasRole, isPlatformAdmin, type Actor } from '../../infra/auth.js';
import { forbidden } from '../../infra/errors.js';
import type { AllianceAssessment, ApplicationStatus, ProgramStanding } from '../grants/grants.contract.js';

/** The rows a non-admin reader may list: its own organization's programs'. */
export interface StandingsScope {
  funderOrganizationId: string;
}

/** null (everything) for the system and platform admins, a FUNDER its organization's programs; FORBIDDEN for anyone else. */
export function standingsScope(actor: Actor): StandingsScope | null {
  if (actor.system || isPlatformAdmin(actor)) return null;
  if (!hasRole(actor, 'FUNDER') || !actor.org) throw forbidden('Only funders and platform admins may read grant standings.');
  return { funderOrganizationId: actor.org };
}

/** A scoped reader naming a program must be its funder: FORBIDDEN otherwise. */
export function requireOwnProgram(scope: StandingsScope, programFunderOrganizationId: string): void {
  if (programFunderOrganizationId !== scope.funderOrganizationId) throw forbidden('A funder sees the standings of its own programs only.');
}

/** Is a row listed for this scope and these filters? */
export function standingListed(
  scope: StandingsScope | null,
  args: { programId?: string | null; eligible?: boolean | null },
  row: { funderOrganizationId: string; programId: string; eligible: boolean },
): boolean {
  if (scope && row.funderOrganizationId !== scope.funderOrganizationId) return false;
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
  funderOrganizationId: string;
  regionCode: string;
  allianceName: string;
  eligible: boolean;
  shortfall: string[];
  counts: ProgramStanding['counts'];
  evaluatedOn: string;
  evaluatedAt: Date;
  readAt: number;
  applicationStatus: ApplicationStatus | null;
  awarded: boolean;
} {
  const { total, schools, enterprises, distinctSchoolTypes } = p.counts;
  return {
    funderOrganizationId: p.funderOrganizationId,
    regionCode: a.regionCode,
    allianceName: a.allianceName,
    eligible: p.eligible,
    shortfall: p.shortfall,
    counts: { total, schools, enterprises, distinctSchoolTypes },
    evaluatedOn: a.evaluatedOn,
    evaluatedAt: now,
    readAt,
    applicationStatus: p.applicationStatus,
    awarded: p.awarded,
  };
}
