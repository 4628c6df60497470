/** Corrections of an organization with history: one revision step per correction, its entries appended to `history`. */
import type { Context } from 'moleculer';
import { actorOf, type Actor, type CallMeta } from '../../../infra/auth.js';
import { today } from '../../../infra/dates.js';
import { loadOr404 } from '../../../infra/entity.js';
import { problemError, raise, type Problem } from '../../../infra/errors.js';
import { revise } from '../../../infra/revise.js';
import { OrganizationEvent, type OrganizationDto, type OrganizationUpdatedPayload, type RecordDesignatedSizeParams, type UpdateOrganizationParams } from '../organizations.contract.js';
import { toOrganizationDto, toOrganizationState } from '../organizations.mappers.js';
import type { OrganizationDoc, OrganizationModels } from '../organizations.model.js';
import { designatedSizePlan, isProblem, updatePlan, type CorrectionPlan, type OrganizationState } from '../organizations.rules.js';
import { msg } from '../../../infra/message-registry.js';

/** Decides a correction on the organization as it stands now (re-run after a lost race). */
type Planner = (actor: Actor, org: OrganizationState, todayDate: string, at: string) => Problem | CorrectionPlan;

/**
 * Applies a correction: read → plan (the rule decides who may, what is valid, the history entries) → one revision
 * step (infra/revise.ts: a unique claim per revision, then `$set` conditional on `rev`), so two concurrent
 * corrections both land, each on top of the other, and each history entry's `old` is what the previous one left.
 * A plan without changes stores nothing (a retry is harmless). Emits `organizations.updated` when something changed.
 * Errors: NOT_FOUND, the planner's Problem codes, CONFLICT when every attempt was lost.
 */
async function correct(models: OrganizationModels, ctx: Context<{ organizationId: string }, CallMeta>, planner: Planner): Promise<OrganizationDto> {
  const actor = actorOf(ctx);
  const id = ctx.params.organizationId;
  const load = () => loadOr404<OrganizationDoc>(models.Organization, id, 'Organization');
  // Refusals and "nothing to change" are answered before any step is claimed: neither stores anything.
  const current = await load();
  const ahead = planner(actor, toOrganizationState(current), today(), new Date().toISOString());
  if (isProblem(ahead)) raise(ahead);
  else if (!ahead.changes.length) return toOrganizationDto(current);
  let changes: CorrectionPlan['changes'] = [];
  const { doc } = await revise<OrganizationDoc, undefined>({
    model: models.Organization,
    claims: models.Claim,
    kind: 'organization',
    gaveUp: msg('organizations.concurrentCorrection'),
    load,
    compute: (o) => {
      const plan = planner(actor, toOrganizationState(o), today(), new Date().toISOString());
      if (isProblem(plan)) throw problemError(plan);
      changes = plan.changes;
      return { set: { ...plan.set, history: [...(o.history ?? []), ...plan.changes] } };
    },
  });
  const dto = toOrganizationDto(doc);
  if (changes.length) ctx.emit(OrganizationEvent.updated, { organization: dto, changes } satisfies OrganizationUpdatedPayload);
  return dto;
}

/** `organizations.update`: name, region, kind / school type corrections (organizations.rules.ts `updatePlan`). */
export function updateOrganization(models: OrganizationModels, ctx: Context<UpdateOrganizationParams, CallMeta>): Promise<OrganizationDto> {
  const p = ctx.params;
  return correct(models, ctx, (actor, org, todayDate, at) =>
    updatePlan(actor, org, { name: p.name, regionCode: p.regionCode, kind: p.kind, schoolType: p.schoolType, effectiveDate: p.effectiveDate ?? todayDate, reason: p.reason }, todayDate, at),
  );
}

/** `organizations.recordDesignatedSize`: an enterprise's 规模以上 status for one year (organizations.rules.ts `designatedSizePlan`). */
export function recordDesignatedSize(models: OrganizationModels, ctx: Context<RecordDesignatedSizeParams, CallMeta>): Promise<OrganizationDto> {
  const p = ctx.params;
  return correct(models, ctx, (actor, org, todayDate, at) => designatedSizePlan(actor, org, p, Number(todayDate.slice(0, 4)), at));
}
