/**
 * The facts an evaluation needs, fetched from the alliances and organizations services in a fixed number of
 * calls whatever the alliance's size, and the evaluations built on them.
 */
import type { Caller } from '../../../infra/caller.js';
import { notFound } from '../../../infra/errors.js';
import { AllianceAction, type AllianceDto, type MemberCounts, type MembershipDto } from '../../alliances/alliances.contract.js';
import { OrganizationAction, type DisqualificationDto, type OrganizationDto } from '../../organizations/organizations.contract.js';
import type { EligibilityReport } from '../grants.contract.js';
import type { GrantProgramDoc } from '../grants.model.js';
import { programForEvaluation, toDisqualificationRecord } from '../grants.mappers.js';
import { evaluate, evaluateFromCounts, leadUnitOn, type DisqualificationRecord } from '../grants.rules.js';

/** An alliance, its memberships active on the date, and the disqualifications of the lead and those members. */
export interface Evidence {
  alliance: AllianceDto;
  members: MembershipDto[];
  disqualifications: DisqualificationRecord[];
}

/** Three calls whatever the alliance's size: the alliance, its active members on `asOf`, their disqualifications. NOT_FOUND for an unknown alliance. */
export async function evidence(call: Caller, allianceId: string, asOf: string): Promise<Evidence> {
  const [alliance, members] = await Promise.all([
    call<AllianceDto | null>(AllianceAction.get, { id: allianceId }),
    call<MembershipDto[]>(AllianceAction.activeMembersOn, { allianceId, asOf }),
  ]);
  if (!alliance) throw notFound('Alliance', allianceId);
  const ids = [...new Set([leadUnitOn(alliance, asOf), ...members.map((m) => m.organizationId)])];
  const lists = await call<DisqualificationDto[][]>(OrganizationAction.disqualificationsOf, { organizationIds: ids });
  return { alliance, members, disqualifications: lists.flat().map(toDisqualificationRecord) };
}

/** The full evaluation (member lists read, evidence in the report) of one alliance against a program on `asOf`. */
export async function evaluateFor(call: Caller, program: GrantProgramDoc, allianceId: string, asOf: string): Promise<{ report: EligibilityReport; alliance: AllianceDto }> {
  const { alliance, members, disqualifications } = await evidence(call, allianceId, asOf);
  return { report: evaluate(programForEvaluation(program), alliance, members, disqualifications, asOf), alliance };
}

/** Member counts on `asOf`, one per alliance id in order, in one call (disqualified members already left out by the alliances service). */
const countMembers = (call: Caller, allianceIds: readonly string[], asOf: string): Promise<MemberCounts[]> => call<MemberCounts[]>(AllianceAction.countMembers, { allianceIds: [...allianceIds], asOf });

/**
 * Verdicts from counts alone (no member lists: the database work does not grow with the alliances) for several
 * alliances against one program, one entry per alliance id in order, null for an unknown alliance. Three calls
 * whatever the number of alliances: the alliances, their member counts, the leads' disqualifications.
 */
export async function evaluateCounts(call: Caller, program: GrantProgramDoc, allianceIds: readonly string[], asOf: string): Promise<(EligibilityReport | null)[]> {
  const [alliances, counts] = await Promise.all([call<(AllianceDto | null)[]>(AllianceAction.getMany, { ids: [...allianceIds] }), countMembers(call, allianceIds, asOf)]);
  const leads = [...new Set(alliances.filter((a): a is AllianceDto => !!a).map((a) => leadUnitOn(a, asOf)))];
  const lists = leads.length ? await call<DisqualificationDto[][]>(OrganizationAction.disqualificationsOf, { organizationIds: leads }) : [];
  const dqsOf = new Map(leads.map((id, i) => [id, (lists[i] ?? []).map(toDisqualificationRecord)]));
  const evaluated = programForEvaluation(program);
  return alliances.map((alliance, i) => {
    if (!alliance) return null;
    const { total, schools, enterprises, distinctSchoolTypes, bySchoolType } = counts[i];
    return evaluateFromCounts(evaluated, alliance, { total, schools, enterprises, distinctSchoolTypes, bySchoolType }, dqsOf.get(leadUnitOn(alliance, asOf)) ?? [], asOf);
  });
}

/** Adds organization names (one batch call) so a frozen evaluation reads on its own, years later. */
export async function withNames(call: Caller, report: EligibilityReport): Promise<EligibilityReport> {
  const ids = [...report.countedMembers, ...report.excludedMembers].map((m) => m.organizationId);
  if (!ids.length) return report;
  const orgs = await call<(OrganizationDto | null)[]>(OrganizationAction.getMany, { ids });
  const names = new Map(orgs.filter((o): o is OrganizationDto => !!o).map((o) => [o.id, o.name]));
  return {
    ...report,
    countedMembers: report.countedMembers.map((m) => ({ ...m, name: names.get(m.organizationId) ?? null })),
    excludedMembers: report.excludedMembers.map((m) => ({ ...m, name: names.get(m.organizationId) ?? null })),
  };
}
