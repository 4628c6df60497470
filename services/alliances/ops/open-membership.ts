import type { Context } from 'moleculer';
import { actorOf, type CallMeta } from '../../../infra/auth.js';
import { today } from '../../../infra/dates.js';
import { oid } from '../../../infra/entity.js';
import { conflict, isDuplicateKey } from '../../../infra/errors.js';
import { MembershipEvent, type MembershipDto, type OpenMembershipParams } from '../alliances.contract.js';
import { toMembershipDto, toMembershipEvent } from '../alliances.mappers.js';
import type { AllianceDoc, AllianceModels, MembershipDoc } from '../alliances.model.js';
import { takesMembersProblem } from '../alliances.rules.js';
import { fetchOrganization, requireGoodStanding } from './fetch-organization.js';
import { raise } from '../../../infra/errors.js';
import { msg } from '../../../infra/message-registry.js';

/**
 * Opens a PENDING membership (shared by apply and invite; the caller has checked who may) and emits
 * `alliances.membershipApplied` or `alliances.membershipInvited`. At most one open (PENDING or ACTIVE) membership
 * per organization and alliance, even under concurrent requests (the unique `openKey`).
 * Errors: FAILED_PRECONDITION (dissolved; or the organization disqualified today: data.reason DISQUALIFIED with the
 * ban's dates), NOT_FOUND (organization), CONFLICT (already open; data { membershipId, status }).
 */
export async function openMembership(
  models: AllianceModels,
  ctx: Context<OpenMembershipParams, CallMeta>,
  alliance: AllianceDoc,
  initiatedBy: 'APPLICATION' | 'INVITATION',
): Promise<MembershipDto> {
  const actor = actorOf(ctx);
  const { allianceId, organizationId } = ctx.params;
  raise(takesMembersProblem(alliance));
  const org = await fetchOrganization(ctx, organizationId);
  const todayDate = today();
  await requireGoodStanding(ctx, org.id, todayDate, todayDate);
  const openKey = `${allianceId}:${organizationId}`;
  try {
    const doc = await models.Membership.create({
      allianceId: alliance._id,
      organizationId: oid(org.id),
      orgKind: org.kind,
      schoolType: org.schoolType,
      role: 'MEMBER',
      status: 'PENDING',
      initiatedBy,
      openKey,
      history: [{ at: new Date().toISOString(), by: actor.id, action: initiatedBy === 'APPLICATION' ? 'APPLIED' : 'INVITED', effectiveDate: null, reason: null }],
    });
    const m = doc.toObject() as MembershipDoc;
    ctx.emit(initiatedBy === 'APPLICATION' ? MembershipEvent.applied : MembershipEvent.invited, toMembershipEvent(m));
    return toMembershipDto(m);
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    const open = await models.Membership.findOne({ openKey }).lean<MembershipDoc>();
    throw conflict(
      open?.status === 'ACTIVE'
        ? msg('alliances.alreadyMember', { name: org.name })
        : msg('alliances.alreadyPending', { name: org.name, kind: open?.initiatedBy === 'INVITATION' ? 'invitation' : 'application' }),
      { membershipId: open ? String(open._id) : undefined, status: open?.status },
    );
  }
}
