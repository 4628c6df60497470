/**
 * The facts an evaluation needs, fetched from the alliances and organizations services in a fixed number of
 * calls whatever the alliance's size, and the evaluations built on them.
 */
import type { Caller } from '../../../infra/caller.js';
import { notFound } from '../../../infra/errors.js';
import { AllianceAction, type AllianceDto, type MemberCounts, type MembershipDto } from '../../alliances/alliances.contract.js';
import { OrganizationAction, type DisqualificationDto, type OrganizationDto } from '../../organizations/organizations.contract.js';
import { EVIDENCE_PAGE, type EligibilityReport, type EvidencePageDto, type EvidencePageParams } from '../grants.contract.js';
import type { GrantProgramDoc } from '../grants.model.js';
import { programForEvaluation, toDisqualificationRecord } from '../grants.mappers.js';
import { classifyMembers, evaluate, evaluateFromCounts, leadUnitOn, type DisqualificationRecord } from '../grants.rules.js';

/** An alliance, its memberships active on the date, and the disqualifications of the lead and those members. */
export interface Evidence {
  alliance: AllianceDto;
  members: MembershipDto[];
  disqualifications: DisqualificationRecord[];
}

/** Ids per bus call when a list of organizations is sent or answered (disqualifications, names). */
const IDS_PER_CALL = 1_000;

/** `fn` over `ids` in slices of `IDS_PER_CALL`, one call each, answers concatenated in order. */
async function inSlices<T>(ids: readonly string[], fn: (slice: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += IDS_PER_CALL) out.push(...(await fn(ids.slice(i, i + IDS_PER_CALL))));
  return out;
}

/** All memberships active on `asOf`, read in pages of `EVIDENCE_PAGE` (no reply grows with the alliance). */
async function activeMembers(call: Caller, allianceId: string, asOf: string): Promise<MembershipDto[]> {
  const out: MembershipDto[] = [];
  let after: string | null = null;
  for (;;) {
    const page: MembershipDto[] = await call<MembershipDto[]>(AllianceAction.activeMembersOn, { allianceId, asOf, first: EVIDENCE_PAGE, after });
    out.push(...page);
    if (page.length < EVIDENCE_PAGE) return out;
    after = page[page.length - 1].id;
  }
}

/** The disqualifications of `ids` (lifted ones included), in slices. */
const disqualificationsOf = async (call: Caller, ids: readonly string[]): Promise<DisqualificationRecord[]> =>
  (await inSlices(ids, (slice) => call<DisqualificationDto[][]>(OrganizationAction.disqualificationsOf, { organizationIds: slice }))).flat().map(toDisqualificationRecord);

/**
 * The alliance, its active members on `asOf`, and their disqualifications: a fixed number of calls per page of
 * members (pages and id slices keep every message far below the transport limit). NOT_FOUND for an unknown alliance.
 */
export async function evidence(call: Caller, allianceId: string, asOf: string): Promise<Evidence> {
  const [alliance, members] = await Promise.all([call<AllianceDto | null>(AllianceAction.get, { id: allianceId }), activeMembers(call, allianceId, asOf)]);
  if (!alliance) throw notFound('Alliance', allianceId);
  const ids = [...new Set([leadUnitOn(alliance, asOf), ...members.map((m) => m.organizationId)])];
  return { alliance, members, disqualifications: await disqualificationsOf(call, ids) };
}

/** One page of an evaluation's member evidence (`EvidencePageParams`): two calls, whatever the alliance's size. */
export async function evidencePage(call: Caller, p: EvidencePageParams): Promise<EvidencePageDto> {
  const first = p.first ?? EVIDENCE_PAGE;
  const members = await call<MembershipDto[]>(AllianceAction.activeMembersOn, { allianceId: p.allianceId, asOf: p.asOf, first, after: p.after ?? null });
  const dqs = await disqualificationsOf(call, [...new Set(members.map((m) => m.organizationId))]);
  const { counted, excluded } = classifyMembers(members, dqs, p.asOf);
  return { countedMembers: counted, excludedMembers: excluded, hasNextPage: members.length === first, endCursor: members.length ? members[members.length - 1].id : (p.after ?? null) };
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
  const orgs = await inSlices(ids, (slice) => call<(OrganizationDto | null)[]>(OrganizationAction.getMany, { ids: slice }));
  const names = new Map(orgs.filter((o): o is OrganizationDto => !!o).map((o) => [o.id, o.name]));
  return {
    ...report,
    countedMembers: report.countedMembers.map((m) => ({ ...m, name: names.get(m.organizationId) ?? null })),
    excludedMembers: report.excludedMembers.map((m) => ({ ...m, name: names.get(m.organizationId) ?? null })),
  };
}
