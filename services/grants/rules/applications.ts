/**
 * Rules of applications and awards: who applies (the lead unit's admins), who decides (the program's funder only),
 * who reads and lists applications (as scopes), when a decision may be taken (once; a rejection needs a note), and
 * an alliance's application state for a program (latest status, awarded or not). Part of grants.rules.ts.
 */
import { hasRole, isOrgAdminOf, isPlatformAdmin, type Actor } from '../../../infra/auth.js';
import { badInput, conflict, forbidden } from '../../../infra/errors.js';
import { hasVisibleCharacter } from '../../../infra/params.js';
import type { ApplicationStatus, Decision } from '../grants.contract.js';
import { msg } from '../../../infra/message-registry.js';
import { P } from '../../../infra/messages.js';

// ---------------------------------------------------------------- who may do what

/** Only the program's funder decides (and a service acting for itself); platform admins do not decide grants. */
export const decidesFor = (actor: Actor, funderOrganizationId: string): boolean => !!actor.system || (hasRole(actor, 'FUNDER') && actor.org === funderOrganizationId);

/** Only an ORG_ADMIN of the alliance's lead unit applies (or a service); platform admins and funders do not. */
export const appliesFor = (actor: Actor, leadOrganizationId: string): boolean => !!actor.system || isOrgAdminOf(actor, leadOrganizationId);

/** Who reads an application: the system, platform admins, the program's funder and the lead unit's admins. */
export function seesApplication(actor: Actor, app: { funderOrganizationId: string; leadOrganizationId: string }): boolean {
  return !!actor.system || isPlatformAdmin(actor) || (hasRole(actor, 'FUNDER') && actor.org === app.funderOrganizationId) || isOrgAdminOf(actor, app.leadOrganizationId);
}

/** Applications a non-admin caller may list: a FUNDER its organization's programs', an ORG_ADMIN its alliances'. */
export type ApplicationScope = { funderOrganizationId: string } | { leadOrganizationId: string };

/**
 * The scopes of `listApplications`: null for the system and platform admins (everything); otherwise what
 * `seesApplication` allows, as scopes. FORBIDDEN for callers with neither role.
 */
export function applicationScopes(actor: Actor): ApplicationScope[] | null {
  if (actor.system || isPlatformAdmin(actor)) return null;
  const scopes: ApplicationScope[] = [];
  if (hasRole(actor, 'FUNDER') && actor.org) scopes.push({ funderOrganizationId: actor.org });
  if (hasRole(actor, 'ORG_ADMIN') && actor.org) scopes.push({ leadOrganizationId: actor.org });
  if (!scopes.length) throw forbidden(msg('grants.whoListsApplications'));
  return scopes;
}

/** A funder (who is not also an ORG_ADMIN) naming a program in `listApplications` must be its funder. */
export const listsOnlyOwnPrograms = (actor: Actor): boolean => !actor.system && !isPlatformAdmin(actor) && hasRole(actor, 'FUNDER') && !hasRole(actor, 'ORG_ADMIN');

/**
 * May this decision be taken on an application in `status`? CONFLICT (data.status) once decided; a rejection
 * needs a non-blank note (BAD_USER_INPUT, field note). Returns the trimmed note (null when blank).
 */
export function checkDecision(status: ApplicationStatus, decision: Decision, note: string | null | undefined): string | null {
  if (status !== 'SUBMITTED') throw conflict(msg('grants.alreadyDecided', { status: P.key(`grants.applicationStatus.${status}`) }), { status });
  const trimmed = note && hasVisibleCharacter(note) ? note.trim() : null;
  if (decision === 'REJECT' && !trimmed) throw badInput(msg('grants.rejectionNeedsNote'), { field: 'note' });
  return trimmed;
}

/**
 * An alliance's application state for one program: the latest application's status (applications in id
 * order), and whether it is awarded (an award whose application is APPROVED; an award of a rejected
 * application exists only for a moment, while a lost approval race compensates it).
 */
export function applicationStanding(
  apps: readonly { id: string; programId: string; status: ApplicationStatus }[],
  awards: readonly { programId: string; applicationId: string }[],
  programId: string,
): { applicationStatus: ApplicationStatus | null; awarded: boolean } {
  const latest = apps.filter((a) => a.programId === programId).at(-1);
  const statusOf = new Map(apps.map((a) => [a.id, a.status]));
  return { applicationStatus: latest?.status ?? null, awarded: awards.some((a) => a.programId === programId && statusOf.get(a.applicationId) === 'APPROVED') };
}
