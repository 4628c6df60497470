/** Submission (申报) after the platform's pre-check of the program's basic conditions. */
import { actorOf } from '../../../infra/auth.js';
import { adminOf } from '../../../infra/authz.js';
import { systemCaller } from '../../../infra/caller.js';
import { today } from '../../../infra/dates.js';
import { forbidden, raise } from '../../../infra/errors.js';
import { msg } from '../../../infra/message-registry.js';
import { OrganizationAction, standingProblem, type StandingDto, type StandingOfParams } from '../../organizations/organizations.contract.js';
import type { DeclarationDto } from '../certification.contract.js';
import { precheck, precheckProblem } from '../certification.rules.js';
import { drawHistory } from './history.js';
import { declarationDto, loadDeclaration, loadProgram, onBehalf, SERVICE, step, type Ctx, type Deps } from './common.js';

/** Submits a DRAFT after the platform's pre-check; refused (nothing stored) with the failed conditions. The history is drawn again at submission. */
export async function submitDeclaration(deps: Deps, ctx: Ctx<{ declarationId: string }>): Promise<DeclarationDto> {
  const actor = actorOf(ctx);
  const d0 = await loadDeclaration(deps.models, ctx.params.declarationId);
  if (!adminOf(actor, String(d0.organizationId))) throw forbidden(msg('certification.whoSubmits'));
  const program = await loadProgram(deps.models, String(d0.programId));
  const on = today();
  raise(standingProblem(await onBehalf(deps, ctx)<StandingDto[]>(OrganizationAction.standingOf, { organizationIds: [String(d0.organizationId)], from: on, to: on } satisfies StandingOfParams)));
  const cooperation = await drawHistory(systemCaller(deps.broker, SERVICE, ctx), String(d0.organizationId), on, deps.logger);
  const doc = await step(deps, ctx, ctx.params.declarationId, 'submit', (d) => {
    const results = precheck(program.conditions, { industry: d.industry, employees: d.employees, attachments: (d.attachments ?? []).length, cooperation });
    raise(precheckProblem(results));
    return { set: { precheck: results, cooperation }, status: 'SUBMITTED' };
  }, 'SUBMITTED');
  return declarationDto(deps.models, doc);
}
