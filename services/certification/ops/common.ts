/**
 * What every step of the declaration flow shares (003 篇6 三: 自愿申报、复核确认、建设培育、认证评价): the service's
 * name, the ops' dependencies, loading a declaration or program, who may act or read, the audit trail, and `step` —
 * every step is a claimed revision (infra/revise.ts), dated in `steps`, audited and announced.
 */
import type { Context, ServiceBroker } from 'moleculer';
import type { Connection } from 'mongoose';
import { actorOf, hasRole, isPlatformAdmin, regionCovers, type Actor, type CallMeta } from '../../../infra/auth.js';
import { adminOf, callerOrganization, funderRegionOf } from '../../../infra/authz.js';
import { systemCaller, userCaller } from '../../../infra/caller.js';
import { today } from '../../../infra/dates.js';
import { forbidden, isDuplicateKey, notFound, raise, type ErrorCode, type Problem } from '../../../infra/errors.js';
import { revise } from '../../../infra/revise.js';
import { CertificationEvent, type DeclarationDto, type DeclarationStatus } from '../certification.contract.js';
import { toDeclarationDto } from '../certification.mappers.js';
import type { CertificationModels, CertProgramDoc, DeclarationDoc, ReviewDoc } from '../certification.model.js';
import { isOnPanel, reviewerKey, stepProblem, type Step } from '../certification.rules.js';
import { msg } from '../../../infra/message-registry.js';
import type { Msg } from '../../../infra/messages.js';

/** The service's name: system identity (calls as the service) and claim keys' owner. */
export const SERVICE = 'certification';
/** The request context every op receives. */
export type Ctx<P> = Context<P, CallMeta>;
/** What the declaration ops need: the models, the connection (GridFS attachments), the broker (calls) and a logger. */
export interface Deps {
  models: CertificationModels;
  conn: Connection;
  broker: ServiceBroker;
  logger: { warn(o: object, m: string): void };
}

/** Calls on the caller's behalf: the user's token travels; a service caller (the demo seed, a repair) calls as this service (its internal token is bound to us, not to the callee). */
export const onBehalf = (deps: Deps, ctx: Ctx<unknown>) => (actorOf(ctx).system ? systemCaller(deps.broker, SERVICE, ctx) : userCaller(ctx));

/** A refusal made in ops: its code, its catalog message (`msg`) and its stable data. */
export const coded = (code: ErrorCode, m: Msg, data: Record<string, unknown>): Problem => ({ code, ...m, data });

/** The declaration `id` (lean document), or NOT_FOUND. */
export async function loadDeclaration(models: CertificationModels, id: string): Promise<DeclarationDoc> {
  const d = await models.Declaration.findById(id).lean<DeclarationDoc>();
  if (!d) throw notFound('Declaration', id);
  return d;
}
/** The program `id` (lean document), or NOT_FOUND. */
export async function loadProgram(models: CertificationModels, id: string): Promise<CertProgramDoc> {
  const p = await models.Program.findById(id).lean<CertProgramDoc>();
  if (!p) throw notFound('Certification program', id);
  return p;
}

/** The program's own funder (a FUNDER of its GOVERNMENT organization), a platform admin or the system; else FORBIDDEN. */
export function requireProgramFunder(actor: Actor, program: { funderOrganizationId: unknown }): void {
  if (actor.system || isPlatformAdmin(actor)) return;
  if (hasRole(actor, 'FUNDER') && actor.org === String(program.funderOrganizationId)) return;
  throw forbidden(msg('certification.funderOnly'));
}

/**
 * Who may read a declaration: the enterprise's admins, assigned reviewers (the caller's `sub` and organization hold
 * a seat: `isOnPanel`), a funder whose region covers the enterprise's (a provincial funder sees its cities', a city
 * funder its own), platform admins and the system.
 */
export async function mayRead(ctx: Ctx<unknown>, d: Pick<DeclarationDoc, 'organizationId' | 'reviewerKeys' | 'regionCode'>): Promise<boolean> {
  const actor = actorOf(ctx);
  if (adminOf(actor, String(d.organizationId))) return true;
  if (isOnPanel(actor, { organizationId: String(d.organizationId), reviewerKeys: d.reviewerKeys })) return true;
  const region = funderRegionOf(actor, hasRole(actor, 'FUNDER') ? await callerOrganization(ctx, SERVICE) : null);
  return !!region && regionCovers(region, d.regionCode);
}

/** The filter of the declarations where the caller holds a review seat (none for a caller without organization). */
export const seatedFilter = (actor: Actor): Record<string, unknown> | null => (actor.org ? { reviewerKeys: reviewerKey({ userId: actor.id, organizationId: actor.org }) } : null);

/** The declaration with its reviews, as the caller may see it. */
export async function declarationDto(models: CertificationModels, d: DeclarationDoc): Promise<DeclarationDto> {
  const reviews = await models.Review.find({ declarationId: d._id }).sort({ submittedAt: 1 }).lean<ReviewDoc[]>();
  return toDeclarationDto(d, reviews);
}

/** Appends one entry to the audit trail under `key` (a retried step is audited once: a duplicate key is ignored). */
export async function audit(models: CertificationModels, key: string, action: string, d: Pick<DeclarationDoc, '_id' | 'programId' | 'funderOrganizationId' | 'regionCode'> | null, by: string, details: Record<string, unknown>, programId?: string): Promise<void> {
  try {
    await models.Audit.create({
      _id: key,
      action,
      declarationId: d ? String(d._id) : null,
      programId: d ? String(d.programId) : (programId ?? null),
      funderOrganizationId: d ? String(d.funderOrganizationId) : null,
      regionCode: d?.regionCode ?? null,
      by,
      at: new Date(),
      details,
    });
  } catch (err) {
    if (!isDuplicateKey(err)) throw err; // a retried step is audited once
  }
}

/**
 * One step of a declaration: re-checks the status on every attempt (`stepProblem`), applies `set`, appends the dated
 * step when the status changes, audits under `<action>:<id>:<rev>` and emits `certification.declarationStepped`.
 */
export async function step(
  deps: Deps,
  ctx: Ctx<unknown>,
  id: string,
  s: Step,
  compute: (d: DeclarationDoc) => { set: Record<string, unknown>; status?: DeclarationStatus; note?: string | null } | Promise<{ set: Record<string, unknown>; status?: DeclarationStatus; note?: string | null }>,
  auditAction: string,
  details: Record<string, unknown> = {},
): Promise<DeclarationDoc> {
  const actor = actorOf(ctx);
  const { models } = deps;
  const { doc, extra } = await revise<DeclarationDoc, { rev: number; status?: DeclarationStatus }>({
    model: models.Declaration,
    claims: models.Claim,
    kind: 'declaration',
    load: () => loadDeclaration(models, id),
    compute: async (d) => {
      raise(stepProblem(s, d.status));
      const c = await compute(d);
      const set: Record<string, unknown> = { ...c.set };
      if (c.status && c.status !== d.status) {
        const now = new Date();
        set.status = c.status;
        set.steps = [...(d.steps ?? []), { status: c.status, at: now.toISOString(), on: today(), by: actor.id, note: c.note ?? null }];
      }
      return { set, extra: { rev: d.rev ?? 0, status: c.status } };
    },
  });
  await audit(models, `${auditAction}:${id}:${extra!.rev}`, auditAction, doc, actor.id, details);
  if (extra?.status) ctx.emit(CertificationEvent.stepped, { declarationId: id, organizationId: String(doc.organizationId), programId: String(doc.programId), status: doc.status, on: today() });
  return doc;
}
