import type { Context } from 'moleculer';
import { actorOf, type CallMeta } from '../../../infra/auth.js';
import { requireAdminOf } from '../../../infra/authz.js';
import { today } from '../../../infra/dates.js';
import { loadOr404 } from '../../../infra/entity.js';
import { revise } from '../../../infra/revise.js';
import { AllianceEvent, type AllianceDto, type AllianceEventPayload, type SetStatusParams } from '../alliances.contract.js';
import { toAllianceDto } from '../alliances.mappers.js';
import type { AllianceDoc, AllianceModels } from '../alliances.model.js';
import { statusChangeProblem } from '../alliances.rules.js';
import { raise } from '../../../infra/errors.js';
import { msg } from '../../../infra/message-registry.js';

/**
 * Appends a status change effective `effectiveDate` (default today) by revision: one writer per revision (claim
 * `alliance:<id>:rev:<r>`), a loser re-reads and re-checks. Emits `alliances.statusChanged`.
 * Errors: NOT_FOUND, FORBIDDEN (not the lead's admin), the `statusChangeProblem` codes, CONFLICT when every
 * attempt was lost to concurrent writers.
 */
export async function setAllianceStatus(models: AllianceModels, ctx: Context<SetStatusParams, CallMeta>): Promise<AllianceDto> {
  const actor = actorOf(ctx);
  const { allianceId, status } = ctx.params;
  const { doc, extra: effective } = await revise<AllianceDoc, string>({
    model: models.Alliance,
    claims: models.Claim,
    kind: 'alliance',
    attempts: 5,
    gaveUp: msg('alliances.concurrentChange'),
    load: () => loadOr404<AllianceDoc>(models.Alliance, allianceId, 'Alliance'),
    compute: (a) => {
      requireAdminOf(actor, [String(a.leadOrganizationId)], msg('alliances.leadChangesStatus'));
      const todayDate = today();
      const effectiveDate = ctx.params.effectiveDate ?? todayDate;
      raise(statusChangeProblem(a, status, effectiveDate, todayDate));
      const history = [...a.statusHistory, { status, from: effectiveDate, recordedAt: new Date().toISOString(), by: actor.id }];
      return { set: { status, statusHistory: history }, extra: effectiveDate };
    },
  });
  const dto = toAllianceDto(doc);
  ctx.emit(AllianceEvent.statusChanged, { allianceId: dto.id, regionCode: dto.regionCode, status, effectiveDate: effective! } satisfies AllianceEventPayload);
  return dto;
}
