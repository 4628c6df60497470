/** The public notice's objections (公示异议): filed by anyone signed in while it runs, resolved once by the funder. */
import { actorOf, hasRole, isPlatformAdmin } from '../../../infra/auth.js';
import { today } from '../../../infra/dates.js';
import { conflict, isDuplicateKey, notFound, raise } from '../../../infra/errors.js';
import { msg } from '../../../infra/message-registry.js';
import type { FileObjectionParams, ObjectionDto, ResolveObjectionParams } from '../certification.contract.js';
import { toObjectionDto } from '../certification.mappers.js';
import type { ObjectionDoc } from '../certification.model.js';
import { objectionProblem, stepProblem } from '../certification.rules.js';
import { audit, loadDeclaration, mayRead, requireProgramFunder, step, type Ctx, type Deps } from './common.js';

/** Anyone signed in objects (异议) during the notice period. */
export async function fileObjection(deps: Deps, ctx: Ctx<FileObjectionParams>): Promise<ObjectionDto> {
  const actor = actorOf(ctx);
  const d = await loadDeclaration(deps.models, ctx.params.declarationId);
  raise(stepProblem('object', d.status));
  const on = today();
  raise(objectionProblem(on, d.noticeFrom!, d.noticeUntil!));
  const created = await deps.models.Objection.create({ declarationId: d._id, text: ctx.params.text, filedBy: actor.id, filedOn: on, status: 'OPEN', resolution: null, resolvedOn: null, resolvedBy: null, createdAt: new Date() });
  const o = created.toObject() as ObjectionDoc;
  await audit(deps.models, `objection:${String(o._id)}`, 'OBJECTION_FILED', d, actor.id, { objectionId: String(o._id) });
  return toObjectionDto(o);
}

/** The funder resolves an objection once (claimed); UPHELD rejects the declaration (rejectionReason OBJECTION_UPHELD). */
export async function resolveObjection(deps: Deps, ctx: Ctx<ResolveObjectionParams>): Promise<ObjectionDto> {
  const actor = actorOf(ctx);
  const p = ctx.params;
  const o = await deps.models.Objection.findById(p.objectionId).lean<ObjectionDoc>();
  if (!o) throw notFound('Objection', p.objectionId);
  const d = await loadDeclaration(deps.models, String(o.declarationId));
  requireProgramFunder(actor, d);
  try {
    await deps.models.Claim.create({ _id: `objection:${p.objectionId}:resolved`, at: new Date() });
  } catch (err) {
    if (isDuplicateKey(err)) throw conflict(msg('certification.objectionResolved'), { reason: 'ALREADY_RESOLVED' });
    throw err;
  }
  const on = today();
  const updated = await deps.models.Objection.findOneAndUpdate({ _id: o._id, status: 'OPEN' }, { $set: { status: p.outcome, resolution: p.resolution, resolvedOn: on, resolvedBy: actor.id } }, { returnDocument: 'after' }).lean<ObjectionDoc>();
  await audit(deps.models, `objectionResolved:${p.objectionId}`, 'OBJECTION_RESOLVED', d, actor.id, { objectionId: p.objectionId, outcome: p.outcome });
  if (p.outcome === 'UPHELD' && d.status === 'IN_NOTICE') {
    await step(deps, ctx, String(d._id), 'resolveObjection', (cur) => ({ set: { rejectionReason: 'OBJECTION_UPHELD', openKey: `closed:${String(cur._id)}` }, status: 'REJECTED', note: p.resolution }), 'REJECTED_ON_OBJECTION', { objectionId: p.objectionId });
  }
  return toObjectionDto(updated!);
}

/** A declaration's objections: a funder who may read it (or a platform admin) sees all, an objector its own (they name private persons: never public). */
export async function listObjections(deps: Deps, ctx: Ctx<{ declarationId: string }>): Promise<ObjectionDto[]> {
  const d = await loadDeclaration(deps.models, ctx.params.declarationId);
  const actor = actorOf(ctx);
  const funder = actor.system || isPlatformAdmin(actor) || (hasRole(actor, 'FUNDER') && (await mayRead(ctx, d)));
  const os = await deps.models.Objection.find({ declarationId: d._id }).sort({ createdAt: 1 }).lean<ObjectionDoc[]>();
  // The objector sees its own; the funder all (objections name private persons: never public).
  return os.filter((o) => funder || o.filedBy === actor.id).map(toObjectionDto);
}
