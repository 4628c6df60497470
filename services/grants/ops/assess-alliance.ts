/** An alliance against every program covering its region, today: the input of the grantStandings projection. */
import type { Caller } from '../../../infra/caller.js';
import { oid } from '../../../infra/entity.js';
import { today } from '../../../infra/dates.js';
import { AllianceAction, type AllianceDto } from '../../alliances/alliances.contract.js';
import type { AllianceAssessment } from '../grants.contract.js';
import { programsCoveringFilter, type AwardDoc, type GrantApplicationDoc, type GrantModels, type GrantProgramDoc } from '../grants.model.js';
import { programForEvaluation } from '../grants.mappers.js';
import { applicationStanding, evaluate, programCovers } from '../grants.rules.js';
import { evidence } from './evidence.js';

/**
 * Evaluates one alliance (as of today) against every program covering its region, with its application state per
 * program. Null for an unknown alliance; no programs → no evidence is read. The evidence is read once for all programs.
 */
export async function assessAlliance(models: GrantModels, call: Caller, allianceId: string): Promise<AllianceAssessment | null> {
  const alliance = await call<AllianceDto | null>(AllianceAction.get, { id: allianceId });
  if (!alliance) return null;
  const on = today();
  const base = { allianceId: alliance.id, allianceName: alliance.name, regionCode: alliance.regionCode, evaluatedOn: on };
  const programs = (await models.Program.find(programsCoveringFilter(alliance.regionCode)).lean<GrantProgramDoc[]>()).filter((p) => programCovers(p.regionCode, alliance.regionCode));
  if (!programs.length) return { ...base, programs: [] };
  const { members, disqualifications } = await evidence(call, allianceId, on);
  const programIds = programs.map((p) => p._id);
  const [apps, awards] = await Promise.all([
    models.Application.find({ allianceId: oid(allianceId), programId: { $in: programIds } }).sort({ _id: 1 }).lean<GrantApplicationDoc[]>(),
    models.Award.find({ allianceId: oid(allianceId), programId: { $in: programIds } }).lean<AwardDoc[]>(),
  ]);
  const appRows = apps.map((a) => ({ id: String(a._id), programId: String(a.programId), status: a.status }));
  const awardRows = awards.map((a) => ({ programId: String(a.programId), applicationId: String(a.applicationId) }));
  return {
    ...base,
    programs: programs.map((program) => {
      const report = evaluate(programForEvaluation(program), alliance, members, disqualifications, on);
      const { total, schools, enterprises, distinctSchoolTypes } = report.counts;
      return {
        programId: String(program._id),
        programCode: program.code,
        programName: program.name,
        programRegionCode: program.regionCode,
        funderOrganizationId: String(program.funderOrganizationId),
        eligible: report.eligible,
        shortfall: report.shortfall,
        shortfallI18n: report.shortfallI18n,
        counts: { total, schools, enterprises, distinctSchoolTypes },
        ...applicationStanding(appRows, awardRows, String(program._id)),
      };
    }),
  };
}
