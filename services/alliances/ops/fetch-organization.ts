import type { Context } from 'moleculer';
import type { CallMeta } from '../../../infra/auth.js';
import { asUser } from '../../../infra/caller.js';
import { notFound } from '../../../infra/errors.js';
import { OrganizationAction, type OrganizationDto } from '../../organizations/organizations.contract.js';

/** The organization with this id, read as the calling user; NOT_FOUND when there is none. */
export async function fetchOrganization(ctx: Context<unknown, CallMeta>, id: string): Promise<OrganizationDto> {
  const org = await ctx.call<OrganizationDto | null, { id: string }>(OrganizationAction.get, { id }, asUser(ctx));
  if (!org) throw notFound('Organization', id);
  return org;
}
