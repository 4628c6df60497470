/** Registering a training base of an alliance. */
import { canonicalTimeZone } from '../trainingBases.time.js';
import { actorOf } from '../../../infra/auth.js';
import { asUser } from '../../../infra/caller.js';
import { oid } from '../../../infra/entity.js';
import { conflict, failedPrecondition, isDuplicateKey, notFound } from '../../../infra/errors.js';
import { today } from '../../../infra/dates.js';
import { AllianceAction, type AllianceDto } from '../../alliances/alliances.contract.js';
import { TrainingBaseEvent, type CreateBaseParams, type TrainingBaseDto } from '../trainingBases.contract.js';
import { baseEventPayload, toBaseDto } from '../trainingBases.mappers.js';
import type { BaseModels, TrainingBaseDoc } from '../trainingBases.model.js';
import { createBaseProblem, DEFAULT_RULES, mergeRules, nameKey, rulesProblem } from '../trainingBases.rules.js';
import { check, isActiveMember, type Ctx } from './common.js';
import { msg } from '../../../infra/message-registry.js';

/**
 * A base hosted by an active member of the alliance, registered by the host's or the lead's admins.
 * Errors: NOT_FOUND (alliance), FORBIDDEN, FAILED_PRECONDITION (dissolved alliance, host not an active member),
 * BAD_USER_INPUT (time zone, hours, rules), CONFLICT (name taken in the alliance). Emits trainingBases.created.
 */
export async function createBase(models: BaseModels, ctx: Ctx<CreateBaseParams>): Promise<TrainingBaseDto> {
  const actor = actorOf(ctx);
  const p = ctx.params;
  const alliance = await ctx.call<AllianceDto | null, { id: string }>(AllianceAction.get, { id: p.allianceId }, asUser(ctx));
  if (!alliance) throw notFound('Alliance', p.allianceId);
  check(createBaseProblem(actor, alliance, p));
  const day = today(p.timeZone);
  const member = await isActiveMember(ctx, p.allianceId, p.hostOrganizationId, day, day);
  if (!member.active) throw failedPrecondition(msg('trainingBases.hostNotMember'), { field: 'hostOrganizationId' });
  const rules = mergeRules(DEFAULT_RULES, p.rules);
  check(rulesProblem(rules));
  try {
    const doc = await models.Base.create({
      allianceId: oid(alliance.id),
      leadOrganizationId: oid(alliance.leadOrganizationId),
      regionCode: alliance.regionCode,
      hostOrganizationId: oid(p.hostOrganizationId),
      name: p.name,
      nameKey: nameKey(p.name),
      address: p.address ?? null,
      disciplines: [...new Set(p.disciplines ?? [])],
      timeZone: canonicalTimeZone(p.timeZone),
      capacity: p.capacity,
      capacityVersion: 0,
      requiresApproval: p.requiresApproval ?? false,
      openingHours: p.openingHours,
      closedDates: [...new Set(p.closedDates ?? [])].sort(),
      rules,
      status: 'ACTIVE',
      rev: 0,
      history: [{ at: new Date().toISOString(), by: actor.id, action: 'CREATED', detail: null }],
      createdBy: actor.id,
    });
    const dto = toBaseDto(doc.toObject() as TrainingBaseDoc);
    ctx.emit(TrainingBaseEvent.created, baseEventPayload(dto));
    return dto;
  } catch (err) {
    if (isDuplicateKey(err)) throw conflict(msg('trainingBases.nameTaken', { name: p.name }), { field: 'name' });
    throw err;
  }
}
