/** What the organizations service says about organizations on a date, as the membership reads need it. */
import type { Context } from 'moleculer';
import type { CallMeta } from '../../../infra/auth.js';
import { asUser } from '../../../infra/caller.js';
import { OrganizationAction, type ClassificationOn } from '../../organizations/organizations.contract.js';
import type { Classification } from '../alliances.rules.js';

/** Organization id → its kind and school type on the date, for the organizations the answer names. */
export const toClassificationMap = (list: readonly (ClassificationOn | null)[]): Map<string, Classification> =>
  new Map(list.filter((c): c is ClassificationOn => !!c).map((c) => [c.organizationId, { kind: c.kind, schoolType: c.schoolType }]));

/** The organizations ever reclassified, with their kind and school type on `asOf` (one call). */
export async function reclassifiedOn(ctx: Context<unknown, CallMeta>, asOf: string): Promise<Map<string, Classification>> {
  return toClassificationMap(await ctx.call<ClassificationOn[], { asOf: string }>(OrganizationAction.reclassifiedOn, { asOf }, asUser(ctx)));
}

/** Both facts counting needs, in two concurrent calls: who is disqualified on `asOf`, and who was reclassified. */
export async function disqualifiedAndReclassifiedOn(ctx: Context<unknown, CallMeta>, asOf: string): Promise<{ disqualified: string[]; classificationOn: Map<string, Classification> }> {
  const [disqualified, classificationOn] = await Promise.all([ctx.call<string[], { asOf: string }>(OrganizationAction.disqualifiedOn, { asOf }, asUser(ctx)), reclassifiedOn(ctx, asOf)]);
  return { disqualified, classificationOn };
}
