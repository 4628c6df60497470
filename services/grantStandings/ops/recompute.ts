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
    const fields = standingFields(assessment, p, readAt, new Date());
    try {
      await models.Standing.findOneAndUpdate(
        olderReadingFilter(allianceId, p.programId, readAt),
        { $set: { ...fields, funderOrganizationId: oid(fields.funderOrganizationId) } },
        { upsert: true, returnDocument: 'after' },
      );
      written++;
    } catch (err) {
      // A newer reading is stored: this one is dropped (see olderReadingFilter).
      if (!isDuplicateKey(err)) throw err;
    }
  }
  return written;
}
