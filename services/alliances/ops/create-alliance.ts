import type { Context } from 'moleculer';
import { Types } from 'mongoose';
import { actorOf, type CallMeta } from '../../../infra/auth.js';
import { requireAdminOf } from '../../../infra/authz.js';
import { assertNotFuture, today } from '../../../infra/dates.js';
import { oid } from '../../../infra/entity.js';
import { conflict, isDuplicateKey, problemError } from '../../../infra/errors.js';
import { AllianceEvent, MembershipEvent, type AllianceDto, type AllianceEventPayload, type CreateAllianceParams } from '../alliances.contract.js';
import { toAllianceDto, toMembershipEvent } from '../alliances.mappers.js';
import type { AllianceDoc, AllianceModels, MembershipDoc } from '../alliances.model.js';
import { allianceRegion, nameKey } from '../alliances.rules.js';
import { fetchOrganization, requireGoodStanding } from './fetch-organization.js';
import { msg } from '../../../infra/message-registry.js';

/**
 * Registers an alliance (status FORMING from `foundedOn`) and its lead organization as the LEAD member, active
 * from `foundedOn`; emits `alliances.membershipJoined` then `alliances.created`.
 * The region must be a GB/T 2260 division covering the lead's region (`allianceRegion`); a retired code with one
 * successor is stored as that successor.
 * Errors: FORBIDDEN (not an admin of the lead), BAD_USER_INPUT (future `foundedOn`; region REGION_FORMAT /
 * REGION_UNKNOWN / REGION_RETIRED), NOT_FOUND (lead), FAILED_PRECONDITION (REGION_NOT_COVERING_LEAD),
 * CONFLICT (the name is taken in the region; data { field: 'name' }).
 */
export async function createAlliance(models: AllianceModels, ctx: Context<CreateAllianceParams, CallMeta>): Promise<AllianceDto> {
  const actor = actorOf(ctx);
  const p = ctx.params;
  requireAdminOf(actor, [p.leadOrganizationId], msg('alliances.whoRegistersAlliance'));
  const todayDate = today();
  const foundedOn = p.foundedOn ? assertNotFuture(p.foundedOn, 'foundedOn', todayDate) : todayDate;
  const lead = await fetchOrganization(ctx, p.leadOrganizationId);
  const region = allianceRegion(p.regionCode, lead.regionCode);
  if ('code' in region) throw problemError(region);
  const regionCode = region.regionCode;
  await requireGoodStanding(ctx, lead.id, foundedOn, todayDate);
  const allianceId = new Types.ObjectId();
  const now = new Date().toISOString();
  let alliance: AllianceDoc;
  try {
    const created = await models.Alliance.create({
      _id: allianceId,
      name: p.name,
      nameKey: nameKey(p.name),
      regionCode,
      industries: [...new Set(p.industries ?? [])],
      leadOrganizationId: oid(lead.id),
      foundedOn,
      status: 'FORMING',
      statusHistory: [{ status: 'FORMING', from: foundedOn, recordedAt: now, by: actor.id }],
      rev: 0,
      createdBy: actor.id,
    });
    alliance = created.toObject() as AllianceDoc;
  } catch (err) {
    if (isDuplicateKey(err)) throw conflict(msg('alliances.nameTaken', { name: p.name, regionCode }), { field: 'name' });
    throw err;
  }
  try {
    const lm = await models.Membership.create({
      allianceId,
      organizationId: oid(lead.id),
      orgKind: lead.kind,
      schoolType: lead.schoolType,
      role: 'LEAD',
      status: 'ACTIVE',
      initiatedBy: 'FOUNDING',
      joinedAt: foundedOn,
      endedAt: null,
      openKey: `${allianceId}:${lead.id}`,
      history: [{ at: now, by: actor.id, action: 'FOUNDED', effectiveDate: foundedOn, reason: null }],
      decidedBy: actor.id,
    });
    ctx.emit(MembershipEvent.joined, toMembershipEvent(lm.toObject() as MembershipDoc));
  } catch (err) {
    // Compensate: no alliance without its lead membership is left behind.
    await models.Alliance.deleteOne({ _id: allianceId });
    throw err;
  }
  const dto = toAllianceDto(alliance);
  ctx.emit(AllianceEvent.created, { allianceId: dto.id, regionCode: dto.regionCode, status: dto.status, effectiveDate: foundedOn } satisfies AllianceEventPayload);
  return dto;
}
