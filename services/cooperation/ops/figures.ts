/** The counts other services and dashboards read: `organizationHistory` and `allianceFigures` (brief: names fixed). */
import type { Context } from 'moleculer';
import { actorOf, regionCovers, type CallMeta } from '../../../infra/auth.js';
import { asSystem } from '../../../infra/caller.js';
import { today } from '../../../infra/dates.js';
import { forbidden, notFound } from '../../../infra/errors.js';
import { msg } from '../../../infra/message-registry.js';
import { AllianceAction, type AllianceDto, type MembershipDto } from '../../alliances/alliances.contract.js';
import type { AllianceFiguresParams, CooperationFigures, OrganizationHistoryParams } from '../cooperation.contract.js';
import type { AgreementDoc, CooperationModels } from '../cooperation.model.js';
import { inForceOn, monthOf } from '../cooperation.rules.js';
import { SERVICE, funderRegion, mayRead, organizationsOr404 } from './access.js';

const sumStudents = (docs: { students?: unknown[] }[]) => docs.reduce((n, d) => n + (d.students?.length ?? 0), 0);

/**
 * The figures of a set of organizations as of `asOf` (each record counted once even when both of its parties are in
 * the set): db work is a fixed number of commands (7), documents proportional to the records counted.
 */
export async function figuresOf(models: CooperationModels, ids: string[], asOf: string): Promise<CooperationFigures> {
  const agreements = await models.Agreement.find({ parties: { $in: ids }, status: { $ne: 'DRAFT' }, startOn: { $lte: asOf } }, { status: 1, startOn: 1, endOn: 1, terminatedOn: 1 }).lean<AgreementDoc[]>();
  const placements = await models.Placement.find({ $or: [{ schoolOrganizationId: { $in: ids } }, { hostOrganizationId: { $in: ids } }], startOn: { $lte: asOf } }, { students: 1 }).lean();
  const [attendance] = await models.Attendance.aggregate<{ n: number }>([
    { $match: { $or: [{ schoolOrganizationId: { $in: ids } }, { hostOrganizationId: { $in: ids } }], month: { $lte: monthOf(asOf) } } },
    { $group: { _id: null, n: { $sum: '$attendedCount' } } },
  ]);
  const cohortScope = { $or: [{ schoolOrganizationId: { $in: ids } }, { enterpriseOrganizationId: { $in: ids } }], startOn: { $lte: asOf } };
  const apprentices = await models.Cohort.find({ ...cohortScope, kind: { $in: ['MODERN_APPRENTICESHIP', 'NEW_APPRENTICESHIP'] } }, { students: 1 }).lean();
  const orderClasses = await models.Cohort.find({ ...cohortScope, kind: 'ORDER_CLASS' }, { students: 1 }).lean();
  const gradScope = { $or: [{ schoolOrganizationId: { $in: ids } }, { employerOrganizationId: { $in: ids } }], startOn: { $lte: asOf } };
  const graduatesPlaced = await models.Graduate.countDocuments(gradScope);
  const graduatesRetained = await models.Graduate.countDocuments({ ...gradScope, retained: true });
  return {
    agreementsInForce: agreements.filter((a) => inForceOn(a, asOf)).length,
    agreementsTotal: agreements.length,
    placements: sumStudents(placements as { students?: unknown[] }[]),
    internPersonMonths: attendance?.n ?? 0,
    apprentices: sumStudents(apprentices as { students?: unknown[] }[]),
    orderClassStudents: sumStudents(orderClasses as { students?: unknown[] }[]),
    graduatesPlaced,
    graduatesRetained,
  };
}

/** `cooperation.organizationHistory`: the organization itself, funders covering its region, platform admins, services. */
export async function organizationHistory(models: CooperationModels, ctx: Context<OrganizationHistoryParams, CallMeta>): Promise<CooperationFigures> {
  const { organizationId } = ctx.params;
  const [org] = await organizationsOr404(ctx, [organizationId]);
  if (!(await mayRead(ctx, [organizationId], [org.regionCode]))) throw forbidden(msg('cooperation.whoReadsHistory'));
  return figuresOf(models, [organizationId], ctx.params.asOf ?? today());
}

/**
 * `cooperation.allianceFigures`: summed over the alliance's active members on `asOf` (a record between two members
 * counts once). The alliance's members, funders covering its region, platform admins and services.
 */
export async function allianceFigures(models: CooperationModels, ctx: Context<AllianceFiguresParams, CallMeta>): Promise<CooperationFigures> {
  const asOf = ctx.params.asOf ?? today();
  const alliance = await ctx.call<AllianceDto | null, { id: string }>(AllianceAction.get, { id: ctx.params.allianceId }, asSystem(SERVICE, ctx));
  if (!alliance) throw notFound('Alliance', ctx.params.allianceId);
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const page: MembershipDto[] = await ctx.call<MembershipDto[], { allianceId: string; asOf: string; first: number; after: string | null }>(
      AllianceAction.activeMembersOn,
      { allianceId: alliance.id, asOf, first: 2000, after },
      asSystem(SERVICE, ctx),
    );
    ids.push(...page.map((m) => m.organizationId));
    if (page.length < 2000) break;
    after = page[page.length - 1].id;
  }
  const actor = actorOf(ctx);
  const member = !!actor.org && (ids.includes(actor.org) || actor.org === alliance.leadOrganizationId);
  if (!member && !actor.system && !actor.roles.includes('PLATFORM_ADMIN')) {
    const region = await funderRegion(ctx);
    if (!region || !regionCovers(region, alliance.regionCode)) throw forbidden(msg('cooperation.whoReadsAllianceFigures'));
  }
  return figuresOf(models, ids, asOf);
}
