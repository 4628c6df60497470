/** Internship placements (实习) under an agreement, their insurance, and the host's monthly attendance confirmations. */
import type { Context } from 'moleculer';
import { actorOf, regionPrefix, type CallMeta } from '../../../infra/auth.js';
import { claim } from '../../../infra/claims.js';
import { today } from '../../../infra/dates.js';
import { findPage } from '../../../infra/entity.js';
import { ErrorCode, forbidden, isDuplicateKey, notFound, problemError, raise } from '../../../infra/errors.js';
import type { Page } from '../../../infra/pagination.js';
import { settleEach, type BatchEntry } from '../../../infra/batch.js';
import { CooperationEvent, CooperationReason, type AttendanceDto, type ConfirmAttendanceParams, type CreatePlacementParams, type ListPlacementsParams, type PlacementDto } from '../cooperation.contract.js';
import { toAttendanceDto, toPlacementDto } from '../cooperation.mappers.js';
import { placementsOfFilter, type AttendanceDoc, type CooperationModels, type PlacementDoc } from '../cooperation.model.js';
import { agreementStatusOn, attendanceMonthProblem, insuranceProblem, overlapProblem, periodProblem, placementTermProblem, studentsProblem } from '../cooperation.rules.js';
import { agreementOr404 } from './agreements.js';
import { msg } from '../../../infra/message-registry.js';
import { funderRegion, mayRead, opProblem, organizationsOr404, requireGoodStanding } from './access.js';

/**
 * `cooperation.createPlacement`: the placing school's admin places named students at the agreement's other party.
 * Before all (the service's hook, for every action): no national ID number in any text param (NATIONAL_ID).
 * Checks in order: school admin and host = the other party (FORBIDDEN / BAD_USER_INPUT), dates, the agreement signed
 * and the period inside its term (OUTSIDE_AGREEMENT_TERM), insurance covering the whole period and not on the student
 * (INSURANCE_GAP, PREMIUM_ON_STUDENT), students (NATIONAL_ID, DUPLICATE_STUDENT), standing (DISQUALIFIED), then per
 * student — each student locked by a unique claim while checked — no overlapping placement (CONFLICT STUDENT_OVERLAP;
 * STUDENT_BUSY when another request holds the student).
 */
export async function createPlacement(models: CooperationModels, ctx: Context<CreatePlacementParams, CallMeta>): Promise<PlacementDto> {
  const actor = actorOf(ctx);
  const p = ctx.params;
  const a = await agreementOr404(models, p.agreementId);
  const schoolIdx = a.partyKinds.indexOf('SCHOOL');
  const school = schoolIdx >= 0 ? a.parties[schoolIdx] : null;
  if (!school || !(actor.system || actor.roles.includes('PLATFORM_ADMIN') || (actor.org === school && actor.roles.includes('ORG_ADMIN')))) {
    throw forbidden(msg('cooperation.whoPlaces'), { reason: CooperationReason.NOT_A_PARTY });
  }
  const host = a.parties[1 - schoolIdx];
  if (p.hostOrganizationId !== host) throw problemError(opProblem(ErrorCode.BAD_USER_INPUT, msg('cooperation.hostNotParty'), { reason: CooperationReason.NOT_A_PARTY, field: 'hostOrganizationId' }));
  const day = today();
  raise(periodProblem(p.startOn, p.endOn));
  raise(placementTermProblem({ ...a, status: agreementStatusOn(a, day) }, p.startOn, p.endOn));
  raise(insuranceProblem(p.insurance, p.startOn, p.endOn));
  raise(studentsProblem(p.students));
  const [schoolOrg, hostOrg] = await organizationsOr404(ctx, [school, host]);
  await requireGoodStanding(ctx, [school, host]);
  const keys = [...p.students.map((s) => `student:${school}:${s.studentNumber}`)].sort();
  const held: string[] = [];
  try {
    for (const key of keys) {
      if (!(await claim(models.Claim, key, { stillPending: async () => true }))) {
        const studentNumber = key.split(':').slice(2).join(':');
        throw problemError(opProblem(ErrorCode.CONFLICT, msg('cooperation.studentBusy', { studentNumber }), { reason: CooperationReason.STUDENT_BUSY, studentNumber }));
      }
      held.push(key);
    }
    const stints = await models.Stint.find({ schoolOrganizationId: school, studentNumber: { $in: p.students.map((s) => s.studentNumber) } }).lean();
    for (const s of p.students) raise(overlapProblem(s.studentNumber, stints.filter((x) => x.studentNumber === s.studentNumber), p.startOn, p.endOn));
    const doc = await models.Placement.create({
      agreementId: String(a._id),
      schoolOrganizationId: school,
      schoolType: schoolOrg.schoolType,
      schoolRegionCode: schoolOrg.regionCode,
      hostOrganizationId: host,
      hostKind: hostOrg.kind,
      regionCode: hostOrg.regionCode,
      startOn: p.startOn,
      endOn: p.endOn,
      students: p.students.map((s) => ({ studentNumber: s.studentNumber, name: s.name, major: s.major, year: s.year })),
      monthlyPayFen: p.monthlyPayFen,
      insurance: { ...p.insurance },
      mentor: { name: p.mentor.name, title: p.mentor.title ?? null, phone: p.mentor.phone ?? null },
      createdBy: actor.id,
    });
    const placementId = String(doc._id);
    try {
      await models.Stint.create(p.students.map((s) => ({ schoolOrganizationId: school, studentNumber: s.studentNumber, placementId, startOn: p.startOn, endOn: p.endOn })));
    } catch (err) {
      await models.Stint.deleteMany({ placementId });
      await models.Placement.deleteOne({ _id: doc._id });
      throw err;
    }
    ctx.emit(CooperationEvent.placementCreated, { id: placementId, organizationIds: [school, host], at: new Date().toISOString() });
    return toPlacementDto(doc.toObject() as PlacementDoc, true);
  } finally {
    if (held.length) await models.Claim.deleteMany({ _id: { $in: held } });
  }
}

export async function placementOr404(models: CooperationModels, id: string): Promise<PlacementDoc> {
  const d = await models.Placement.findById(id).lean<PlacementDoc>();
  if (!d) throw notFound('Placement', id);
  return d;
}

const readable = (ctx: Context<unknown, CallMeta>, d: PlacementDoc) => mayRead(ctx, [d.schoolOrganizationId, d.hostOrganizationId], [d.schoolRegionCode, d.regionCode]);

/** One placement; the students are shown in full only to the placing school's admins (masked for everyone else). */
export async function getPlacement(models: CooperationModels, ctx: Context<{ id: string }, CallMeta>): Promise<PlacementDto | null> {
  const d = await models.Placement.findById(ctx.params.id).lean<PlacementDoc>();
  if (!d) return null;
  if (!(await readable(ctx, d))) throw forbidden(msg('cooperation.whoReadsPlacement'));
  const actor = actorOf(ctx);
  return toPlacementDto(d, actor.org === d.schoolOrganizationId && actor.roles.includes('ORG_ADMIN'));
}

/** Placements of an organization (school or host; default the caller's), or a funder's region; students masked. */
export async function listPlacements(models: CooperationModels, ctx: Context<ListPlacementsParams, CallMeta>): Promise<Page<PlacementDto>> {
  const actor = actorOf(ctx);
  const p = ctx.params;
  const region = await funderRegion(ctx);
  let filter: Record<string, unknown>;
  const org = p.organizationId ?? (region ? null : actor.org);
  if (org) {
    if (org !== actor.org && !actor.system && !actor.roles.includes('PLATFORM_ADMIN')) {
      const [o] = await organizationsOr404(ctx, [org]);
      if (!region || !o.regionCode.startsWith(regionPrefix(region))) throw forbidden(msg('cooperation.whoLists'));
    }
    filter = placementsOfFilter(org);
  } else if (region) filter = { regionCode: { $regex: `^${regionPrefix(region)}` } };
  else throw forbidden(msg('cooperation.nameOrganization'));
  if (p.agreementId) filter = { ...filter, agreementId: p.agreementId };
  const page = await findPage<PlacementDoc, PlacementDto>(models.Placement, filter, p, (d) => toPlacementDto(d, false));
  return page;
}

/**
 * The host confirms one month's attendance (once per placement and month: CONFLICT ATTENDANCE_CONFIRMED), for the
 * named students (default all), for a month inside the placement that has begun.
 */
export async function confirmAttendance(models: CooperationModels, ctx: Context<ConfirmAttendanceParams, CallMeta>): Promise<AttendanceDto> {
  const actor = actorOf(ctx);
  const p = ctx.params;
  const d = await placementOr404(models, p.placementId);
  if (!(actor.system || actor.roles.includes('PLATFORM_ADMIN') || (actor.org === d.hostOrganizationId && actor.roles.includes('ORG_ADMIN')))) {
    throw forbidden(msg('cooperation.whoConfirmsAttendance'), { reason: CooperationReason.NOT_A_PARTY });
  }
  raise(attendanceMonthProblem(p.month, d, today()));
  const numbers = p.studentNumbers ?? d.students.map((s) => s.studentNumber);
  const known = new Set(d.students.map((s) => s.studentNumber));
  const stranger = numbers.find((n) => !known.has(n));
  if (stranger) throw problemError(opProblem(ErrorCode.BAD_USER_INPUT, msg('cooperation.notInPlacement', { studentNumber: stranger }), { reason: CooperationReason.NOT_IN_PLACEMENT, field: 'studentNumbers' }));
  const unique = [...new Set(numbers)];
  try {
    const doc = await models.Attendance.create({
      placementId: p.placementId,
      hostOrganizationId: d.hostOrganizationId,
      schoolOrganizationId: d.schoolOrganizationId,
      month: p.month,
      studentNumbers: unique,
      attendedCount: unique.length,
      confirmedAt: new Date().toISOString(),
      confirmedBy: actor.id,
    });
    ctx.emit(CooperationEvent.attendanceConfirmed, { id: String(doc._id), organizationIds: [d.schoolOrganizationId, d.hostOrganizationId], at: doc.confirmedAt });
    return toAttendanceDto(doc.toObject() as AttendanceDoc);
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    throw problemError(opProblem(ErrorCode.CONFLICT, msg('cooperation.attendanceConfirmed', { month: p.month }), { reason: CooperationReason.ATTENDANCE_CONFIRMED, month: p.month }));
  }
}

/** A placement's confirmed months, oldest first. */
export async function attendanceOf(models: CooperationModels, ctx: Context<{ placementId: string }, CallMeta>): Promise<AttendanceDto[]> {
  const d = await placementOr404(models, ctx.params.placementId);
  if (!(await readable(ctx, d))) throw forbidden(msg('cooperation.whoReadsPlacement'));
  return (await models.Attendance.find({ placementId: ctx.params.placementId }).sort({ month: 1 }).lean<AttendanceDoc[]>()).map(toAttendanceDto);
}

/** `attendanceOf` for many placements in two reads: one entry per id, in order (NOT_FOUND / FORBIDDEN per entry). */
export async function attendanceOfMany(models: CooperationModels, ctx: Context<{ placementIds: string[] }, CallMeta>): Promise<BatchEntry<AttendanceDto[]>[]> {
  const ids = ctx.params.placementIds;
  const placements = new Map((await models.Placement.find({ _id: { $in: [...new Set(ids)] } }).lean<PlacementDoc[]>()).map((d) => [String(d._id), d]));
  const months = await models.Attendance.find({ placementId: { $in: [...placements.keys()] } }).sort({ month: 1 }).lean<AttendanceDoc[]>();
  return settleEach(ids, async (id) => {
    const d = placements.get(id);
    if (!d) throw notFound('Placement', id);
    if (!(await readable(ctx, d))) throw forbidden(msg('cooperation.whoReadsPlacement'));
    return months.filter((m) => m.placementId === id).map(toAttendanceDto);
  });
}
