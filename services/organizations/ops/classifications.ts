/** Organizations' kind and school type as of a date (organizations.rules.ts `classificationOn`). */
import { findInIdOrder } from '../../../infra/entity.js';
import type { ClassificationOn, ClassificationsOnParams, ReclassifiedOnParams } from '../organizations.contract.js';
import type { OrganizationDoc, OrganizationModels } from '../organizations.model.js';
import { classificationOn } from '../organizations.rules.js';

const on = (asOf: string) => (d: OrganizationDoc): ClassificationOn => ({ organizationId: String(d._id), ...classificationOn(d, d.history ?? [], asOf) });

/** One entry per id, in order, null for an unknown id: one query. */
export function classificationsOn(models: OrganizationModels, p: ClassificationsOnParams): Promise<(ClassificationOn | null)[]> {
  return findInIdOrder(models.Organization, p.organizationIds, on(p.asOf));
}

/**
 * Every organization ever reclassified (the `reclassified` flag, indexed), with its kind and school type on `asOf`:
 * one query whose size is the number of organizations ever corrected, not the number of organizations or members.
 */
export async function reclassifiedOn(models: OrganizationModels, p: ReclassifiedOnParams): Promise<ClassificationOn[]> {
  const docs = await models.Organization.find({ reclassified: true }).lean<OrganizationDoc[]>();
  return docs.map(on(p.asOf));
}
