/** Recomputes one alliance's rows from the grants service's assessment. */
import type { Caller } from '../../../infra/caller.js';
import { isDuplicateKey } from '../../../infra/errors.js';
import { oid } from '../../../infra/entity.js';
import { GrantAction, type AllianceAssessment } from '../../grants/grants.contract.js';
import { olderReadingFilter, type StandingModels } from '../grantStandings.model.js';
import { standingFields } from '../grantStandings.rules.js';

/**
 * Evaluates one alliance (as of today) against every program covering its region (`grants.assessAlliance`) and
 * writes its rows, each only over an older reading. Returns the rows written (0 for an unknown alliance).
 */
export async function recomputeAlliance(models: StandingModels, call: Caller, allianceId: string): Promise<number> {
  const readAt = Date.now();
  const assessment = await call<AllianceAssessment | null>(GrantAction.assessAlliance, { allianceId });
  if (!assessment) return 0;
  let written = 0;
  for (const p of assessment.programs) {
    if (await writeStanding(models, allianceId, p.programId, standingFields(assessment, p, readAt, new Date()))) written++;
  }
  return written;
}

/**
 * Writes one row unless a newer reading is stored (rule: `supersedes`): upserted over an older reading only, a
 * newer stored row makes the insert collide with the unique (alliance, program) index. True when written.
 */
export async function writeStanding(models: StandingModels, allianceId: string, programId: string, fields: ReturnType<typeof standingFields>): Promise<boolean> {
  try {
    await models.Standing.findOneAndUpdate(
      olderReadingFilter(allianceId, programId, fields.readAt),
      { $set: { ...fields, funderOrganizationId: oid(fields.funderOrganizationId) } },
      { upsert: true, returnDocument: 'after' },
    );
    return true;
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    return false;
  }
}
