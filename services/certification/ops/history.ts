/**
 * The cooperation history a declaration carries, drawn from the platform when it is created (003 篇6 五: 企业通过平台
 * 据实填报 — the platform's own records, so the enterprise cannot type them in): agreements, placements, apprentices
 * and graduates from `cooperation.organizationHistory` (issue 15's service), training bases it hosts and joint
 * projects it takes part in, in the alliances it is an active member of. A source that cannot be asked is named in
 * `unavailable` and its counts stay null (the pre-check then fails the conditions that need them).
 */
import type { Caller } from '../../../infra/caller.js';
import { isBatchFailure, type BatchEntry } from '../../../infra/batch.js';
import type { Page } from '../../../infra/pagination.js';
import { AllianceAction, type MembershipDto } from '../../alliances/alliances.contract.js';
import { TrainingBaseAction } from '../../trainingBases/trainingBases.contract.js';
import { ProjectAction } from '../../projects/projects.contract.js';
import type { CooperationSnapshot } from '../certification.contract.js';

/** `cooperation.organizationHistory` as agreed across helpers (brief, "Names decided across helpers"). */
export const COOPERATION_HISTORY = 'cooperation.organizationHistory';
interface CooperationHistory {
  agreementsInForce: number;
  agreementsTotal: number;
  placements: number;
  internPersonMonths: number;
  apprentices: number;
  orderClassStudents: number;
  graduatesPlaced: number;
  graduatesRetained: number;
}

export async function drawHistory(call: Caller, organizationId: string, asOf: string, log?: { warn(o: object, m: string): void }): Promise<CooperationSnapshot> {
  const unavailable: string[] = [];
  const [coop, memberships] = await Promise.all([
    call<CooperationHistory>(COOPERATION_HISTORY, { organizationId, asOf }).catch((err) => {
      log?.warn({ err }, 'cooperation history unavailable');
      unavailable.push('cooperation');
      return null;
    }),
    call<MembershipDto[][]>(AllianceAction.membershipsOfOrganizations, { organizationIds: [organizationId] }).catch(() => null),
  ]);
  const allianceIds = [...new Set((memberships?.[0] ?? []).filter((m) => m.status === 'ACTIVE').map((m) => m.allianceId))].slice(0, 1000);
  const pages = async <T>(action: string, name: string): Promise<T[] | null> => {
    if (!memberships) {
      unavailable.push(name);
      return null;
    }
    if (!allianceIds.length) return [];
    try {
      const entries = await call<BatchEntry<Page<T>>[]>(action, { allianceIds, first: 100 });
      return entries.flatMap((e) => (isBatchFailure(e) ? [] : e.edges.map((x) => x.node)));
    } catch {
      unavailable.push(name);
      return null;
    }
  };
  const [bases, projects] = await Promise.all([
    pages<{ hostOrganizationId: string }>(TrainingBaseAction.listByAlliances, 'trainingBases'),
    pages<{ participants: { organizationId: string }[] }>(ProjectAction.listByAlliances, 'projects'),
  ]);
  return {
    asOf,
    agreementsInForce: coop?.agreementsInForce ?? null,
    agreementsTotal: coop?.agreementsTotal ?? null,
    placements: coop?.placements ?? null,
    internPersonMonths: coop?.internPersonMonths ?? null,
    apprentices: coop?.apprentices ?? null,
    orderClassStudents: coop?.orderClassStudents ?? null,
    graduatesPlaced: coop?.graduatesPlaced ?? null,
    graduatesRetained: coop?.graduatesRetained ?? null,
    trainingBasesHosted: bases ? bases.filter((b) => b.hostOrganizationId === organizationId).length : null,
    projects: projects ? projects.filter((p) => p.participants.some((x) => x.organizationId === organizationId)).length : null,
    unavailable: [...new Set(unavailable)],
  };
}
