/** The funder's false-information finding (003 篇6 五): a 5-year ban in organizations' disqualification history. */
import { actorOf } from '../../../infra/auth.js';
import { raise } from '../../../infra/errors.js';
import { OrganizationAction, type DisqualificationDto, type DisqualifyParams } from '../../organizations/organizations.contract.js';
import type { DeclarationDto, FalseInformationParams } from '../certification.contract.js';
import { stepProblem } from '../certification.rules.js';
import { declarationDto, loadDeclaration, onBehalf, requireProgramFunder, step, type Ctx, type Deps } from './common.js';

/**
 * The funder's finding of false information (003 篇6 五): a FALSE_INFORMATION disqualification in organizations' one
 * history (default 5 years less a day from today, `sourceRef` naming the declaration) — stored first, so the ban
 * stands even if the declaration cannot be updated — then the declaration is REJECTED (FALSE_INFORMATION).
 */
export async function findFalseInformation(deps: Deps, ctx: Ctx<FalseInformationParams>): Promise<{ declaration: DeclarationDto; disqualification: DisqualificationDto }> {
  const actor = actorOf(ctx);
  const d0 = await loadDeclaration(deps.models, ctx.params.declarationId);
  requireProgramFunder(actor, d0);
  raise(stepProblem('falseInformation', d0.status));
  const params: DisqualifyParams = { organizationId: String(d0.organizationId), reason: ctx.params.reason, kind: 'FALSE_INFORMATION', sourceRef: `certification.declaration:${String(d0._id)}` };
  const dq = await onBehalf(deps, ctx)<DisqualificationDto>(OrganizationAction.disqualify, { ...params });
  const doc = await step(deps, ctx, ctx.params.declarationId, 'falseInformation', (d) => ({ set: { rejectionReason: 'FALSE_INFORMATION', openKey: `closed:${String(d._id)}` }, status: 'REJECTED', note: ctx.params.reason }), 'FALSE_INFORMATION', { disqualificationId: dq.id, from: dq.from, until: dq.until });
  return { declaration: await declarationDto(deps.models, doc), disqualification: dq };
}
