/** A funder edits or closes a grant program: one revision step each, kept in the program's history and the audit trail. */
import type { Context } from 'moleculer';
import { actorOf, type CallMeta } from '../../../infra/auth.js';
import { today } from '../../../infra/dates.js';
import { badInput, forbidden, problemError, raise, type Problem } from '../../../infra/errors.js';
import { parseMoney } from '../../../infra/money.js';
import { revise } from '../../../infra/revise.js';
import { GrantEvent, type CloseProgramParams, type GrantProgramDto, type GrantProgramEventPayload, type ProgramChange, type UpdateProgramParams } from '../grants.contract.js';
import type { GrantModels, GrantProgramDoc } from '../grants.model.js';
import { toProgramDto } from '../grants.mappers.js';
import { closeProgramProblem, criteriaProblemMsgs, criteriaRefusal, managesProgram, normalizeCriteria, programUpdatePlan, type ProgramEdit } from '../grants.rules.js';
import { appendAudit } from './audit.js';
import { loadProgram } from './decide-application.js';
import { msg } from '../../../infra/message-registry.js';

/** What a step decided: the fields to `$set` and the history entry (null = nothing to change). */
type Step = { set: Record<string, unknown>; entry: ProgramChange } | null;

/**
 * The shared flow: FORBIDDEN unless `managesProgram`; the step is decided on the program as it stands (again after a
 * lost race: infra/revise.ts claims each revision, so two concurrent edits both land, one on top of the other, and of
 * two concurrent closes one wins and the other is CONFLICT); then the audit entry (key `program-<action>:<id>:<rev>`,
 * written once), the `grants.programUpdated` event. A step with nothing to change stores nothing.
 */
async function changeProgram(models: GrantModels, ctx: Context<{ programId: string }, CallMeta>, decide: (p: GrantProgramDoc, todayDate: string) => Problem | Step): Promise<GrantProgramDto> {
  const actor = actorOf(ctx);
  const current = await loadProgram(models, ctx.params.programId);
  if (!managesProgram(actor, String(current.funderOrganizationId))) throw forbidden(msg('grants.whoEditsProgram'));
  const ahead = decide(current, today());
  if (ahead && 'code' in ahead) raise(ahead);
  if (!ahead) return toProgramDto(current);
  let entry: ProgramChange | null = null;
  const { doc } = await revise<GrantProgramDoc, undefined>({
    model: models.Program,
    claims: models.Claim,
    kind: 'program',
    gaveUp: msg('grants.concurrentChange'),
    load: () => loadProgram(models, ctx.params.programId),
    compute: (p) => {
      const step = decide(p, today());
      if (step && 'code' in step) throw problemError(step);
      entry = step?.entry ?? null;
      return { set: step ? { ...step.set, history: [...(p.history ?? []), step.entry] } : {} };
    },
  });
  const dto = toProgramDto(doc);
  const done = entry as ProgramChange | null;
  if (done) {
    await appendAudit(models, {
      key: `program-${done.action.toLowerCase()}:${dto.id}:${doc.rev}`,
      action: done.action === 'CLOSED' ? 'PROGRAM_CLOSED' : 'PROGRAM_UPDATED',
      by: actor.id,
      byOrganizationId: actor.org ?? null,
      funderOrganizationId: dto.funderOrganizationId,
      regionCode: dto.regionCode,
      programId: dto.id,
      note: done.reason,
      snapshot: { change: done, program: dto },
    });
    ctx.emit(GrantEvent.programUpdated, { programId: dto.id, funderOrganizationId: dto.funderOrganizationId, regionCode: dto.regionCode } satisfies GrantProgramEventPayload);
  }
  return dto;
}

/**
 * `grants.updateProgram`: see `programUpdatePlan` for what may change and when. Money is parsed to integer fen (CNY
 * only) and criteria checked first (BAD_USER_INPUT, fields awardAmount / criteria).
 */
export function updateProgram(models: GrantModels, ctx: Context<UpdateProgramParams, CallMeta>): Promise<GrantProgramDto> {
  const actor = actorOf(ctx);
  const p = ctx.params;
  if (p.criteria) {
    const problems = criteriaProblemMsgs(p.criteria);
    if (problems.length) throw badInput(criteriaRefusal(problems), { field: 'criteria', problems: problems.map((m) => m.message) });
  }
  const edit: ProgramEdit = {
    name: p.name,
    opensOn: p.opensOn,
    closesOn: p.closesOn,
    awardAmountFen: p.awardAmount ? parseMoney(p.awardAmount, { field: 'awardAmount', positive: true }) : null,
    criteria: p.criteria ? normalizeCriteria(p.criteria) : null,
  };
  return changeProgram(models, ctx, (program, todayDate) => {
    const plan = programUpdatePlan({ ...program, closedAt: program.closedAt ?? null }, edit, todayDate);
    if ('code' in plan) return plan;
    if (!Object.keys(plan.set).length) return null;
    return { set: plan.set, entry: { action: 'UPDATED', at: new Date().toISOString(), by: actor.id, byOrganizationId: actor.org ?? null, reason: p.reason, old: plan.old, new: plan.new } };
  });
}

/**
 * `grants.closeProgram`: closed from now on (`closedAt`), the window's `closesOn` brought forward to today when it
 * ran later (or was open-ended). CONFLICT when already closed (`closeProgramProblem`).
 */
export function closeProgram(models: GrantModels, ctx: Context<CloseProgramParams, CallMeta>): Promise<GrantProgramDto> {
  const actor = actorOf(ctx);
  return changeProgram(models, ctx, (program, todayDate) => {
    const problem = closeProgramProblem({ closedAt: program.closedAt ?? null });
    if (problem) return problem;
    const at = new Date();
    const closesOn = program.closesOn === null || program.closesOn > todayDate ? todayDate : program.closesOn;
    return {
      set: { closedAt: at, closeReason: ctx.params.reason, closesOn },
      entry: { action: 'CLOSED', at: at.toISOString(), by: actor.id, byOrganizationId: actor.org ?? null, reason: ctx.params.reason, old: { closesOn: program.closesOn }, new: { closesOn } },
    };
  });
}
