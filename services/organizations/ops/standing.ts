import type { Context } from 'moleculer';
import { actorOf, type CallMeta } from '../../../infra/auth.js';
import { today } from '../../../infra/dates.js';
import { oid } from '../../../infra/entity.js';
import type { StandingDto, StandingOfParams } from '../organizations.contract.js';
import { toDisqualificationDto } from '../organizations.mappers.js';
import { inForceDuringFilter, type DisqualificationDoc, type OrganizationDoc, type OrganizationModels } from '../organizations.model.js';
import { inForceDuring, standingPeriod } from '../organizations.rules.js';

/**
 * `organizations.standingOf`: for each organization (in the order asked), the disqualifications in force on some
 * day of the period (`inForceDuring`), and its name. Two queries whatever the number of organizations. Any verified
 * caller (disqualifications are public: `Organization.disqualifications`).
 */
export async function standingOf(models: OrganizationModels, ctx: Context<StandingOfParams, CallMeta>): Promise<StandingDto[]> {
  actorOf(ctx);
  const { from, to } = standingPeriod(ctx.params.from, ctx.params.to, today());
  const ids = [...new Set(ctx.params.organizationIds)].map(oid);
  const [orgs, bans] = await Promise.all([
    models.Organization.find({ _id: { $in: ids } }, { name: 1 }).lean<Pick<OrganizationDoc, '_id' | 'name'>[]>(),
    models.Disqualification.find({ organizationId: { $in: ids }, ...inForceDuringFilter(from, to) }).sort({ from: 1, _id: 1 }).lean<DisqualificationDoc[]>(),
  ]);
  const names = new Map(orgs.map((o) => [String(o._id), o.name]));
  const inForce = bans.filter((d) => inForceDuring(d, from, to));
  return ctx.params.organizationIds.map((organizationId) => {
    const disqualifications = inForce.filter((d) => String(d.organizationId) === organizationId).map(toDisqualificationDto);
    return { organizationId, name: names.get(organizationId) ?? null, inGoodStanding: disqualifications.length === 0, disqualifications };
  });
}
