/** Reading declarations: one by id, or the list the caller may see. */
import { actorOf, hasRole, isPlatformAdmin } from '../../../infra/auth.js';
import { callerOrganization, funderRegionOf } from '../../../infra/authz.js';
import { oid } from '../../../infra/entity.js';
import { forbidden } from '../../../infra/errors.js';
import { msg } from '../../../infra/message-registry.js';
import type { DeclarationDto, ListDeclarationsParams } from '../certification.contract.js';
import { toDeclarationDto } from '../certification.mappers.js';
import { underRegionFilter, type DeclarationDoc, type ReviewDoc } from '../certification.model.js';
import { declarationDto, mayRead, seatedFilter, SERVICE, type Ctx, type Deps } from './common.js';

/** The declaration `id` or null; FORBIDDEN to anyone who may not read it (see `mayRead`). */
export async function getDeclaration(deps: Deps, ctx: Ctx<{ id: string }>): Promise<DeclarationDto | null> {
  const d = await deps.models.Declaration.findById(ctx.params.id).lean<DeclarationDoc>();
  if (!d) return null;
  if (!(await mayRead(ctx, d))) throw forbidden(msg('certification.mayNotRead'));
  return declarationDto(deps.models, d);
}

/** What the caller may see: funders their region's (provincial: its cities'), enterprise admins their own, reviewers their assignments. */
export async function listDeclarations(deps: Deps, ctx: Ctx<ListDeclarationsParams>): Promise<DeclarationDto[]> {
  const actor = actorOf(ctx);
  const p = ctx.params;
  const filter: Record<string, unknown> = {};
  if (p.programId) filter.programId = oid(p.programId);
  if (p.organizationId) filter.organizationId = oid(p.organizationId);
  if (p.status) filter.status = p.status;
  if (!actor.system && !isPlatformAdmin(actor)) {
    const or: Record<string, unknown>[] = [];
    const seated = seatedFilter(actor);
    if (seated) or.push(seated);
    if (actor.org && hasRole(actor, 'ORG_ADMIN')) or.push({ organizationId: oid(actor.org) });
    const region = funderRegionOf(actor, hasRole(actor, 'FUNDER') ? await callerOrganization(ctx, SERVICE) : null);
    if (region) or.push(underRegionFilter(region));
    if (!or.length) return [];
    filter.$or = or;
  }
  const docs = await deps.models.Declaration.find(filter).sort({ createdAt: -1 }).limit(500).lean<DeclarationDoc[]>();
  const reviews = await deps.models.Review.find({ declarationId: { $in: docs.map((d) => d._id) } }).lean<ReviewDoc[]>();
  return docs.map((d) => toDeclarationDto(d, reviews.filter((r) => String(r.declarationId) === String(d._id))));
}
