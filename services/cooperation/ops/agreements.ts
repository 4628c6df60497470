/**
 * Agreements (校企合作协议): draft, edit, confirm by both parties (signed → in force from its start), signed copy in
 * GridFS, termination with a reason, renewal, reads restricted to the parties and their region's funders.
 */
import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import mongoose, { Types, type Connection } from 'mongoose';
import type { Context } from 'moleculer';
import { actorOf, type CallMeta } from '../../../infra/auth.js';
import { claim } from '../../../infra/claims.js';
import { addDays, today } from '../../../infra/dates.js';
import { ErrorCode, conflict, forbidden, isDuplicateKey, notFound, problemError, raise } from '../../../infra/errors.js';
import { findPage } from '../../../infra/entity.js';
import type { Page } from '../../../infra/pagination.js';
import { regionCovers, regionPrefix } from '../../../infra/auth.js';
import {
  ATTACHMENT_TYPES,
  CooperationEvent,
  CooperationReason,
  MAX_ATTACHMENT_BYTES,
  type AgreementDto,
  type AgreementInForcePayload,
  type CreateAgreementDraftParams,
  type ListAgreementsParams,
  type SignedCopyDto,
  type UpdateAgreementDraftParams,
  type UploadSignedCopyParams,
} from '../cooperation.contract.js';
import { toAgreementDto } from '../cooperation.mappers.js';
import type { AgreementDoc, AttachmentEntry, CooperationModels } from '../cooperation.model.js';
import { confirmProblem, periodProblem, partiesProblem, statusParam, terminateProblem } from '../cooperation.rules.js';
import { msg } from '../../../infra/message-registry.js';
import type { Msg } from '../../../infra/messages.js';
import { actingParty, funderRegion, mayRead, opProblem, organizationsOr404, requireGoodStanding, requirePartyAdmin } from './access.js';

export const BUCKET = 'signedCopies';

export async function agreementOr404(models: CooperationModels, id: string): Promise<AgreementDoc> {
  const d = await models.Agreement.findById(id).lean<AgreementDoc>();
  if (!d) throw notFound('Agreement', id);
  return d;
}

/** The DTO with its confirmations, as of today. */
export async function agreementDto(models: CooperationModels, d: AgreementDoc): Promise<AgreementDto> {
  const confirmations = await models.Confirmation.find({ agreementId: String(d._id) }).sort({ at: 1 }).lean();
  return toAgreementDto(d, confirmations, today());
}

const cleanMajors = (m: CreateAgreementDraftParams['majors']) => (m ?? []).map((x) => ({ code: x.code ?? null, name: x.name }));

/** `cooperation.createAgreementDraft`: the caller's organization (ORG_ADMIN) drafts an agreement with a counterpart. */
export async function createAgreementDraft(models: CooperationModels, ctx: Context<CreateAgreementDraftParams, CallMeta>): Promise<AgreementDto> {
  const actor = actorOf(ctx);
  const p = ctx.params;
  if (!actor.org || !actor.roles.includes('ORG_ADMIN')) throw forbidden(msg('cooperation.whoDrafts'));
  raise(partiesProblem(actor.org, p.counterpartOrganizationId));
  raise(periodProblem(p.startOn, p.endOn));
  const [mine, other] = await organizationsOr404(ctx, [actor.org, p.counterpartOrganizationId]);
  await requireGoodStanding(ctx, [mine.id, other.id]);
  const at = new Date().toISOString();
  const doc = await models.Agreement.create({
    type: p.type,
    title: p.title,
    parties: [mine.id, other.id],
    partyKinds: [mine.kind, other.kind],
    partyRegionCodes: [mine.regionCode, other.regionCode],
    majors: cleanMajors(p.majors),
    startOn: p.startOn ?? null,
    endOn: p.endOn ?? null,
    obligations: (p.obligations ?? []).filter((o) => o.organizationId === mine.id || o.organizationId === other.id),
    status: 'DRAFT',
    signedCopy: null,
    origin: p.origin ?? null,
    history: [{ status: 'DRAFT', at, by: actor.id, reason: null }],
    createdBy: actor.id,
  });
  return agreementDto(models, doc.toObject() as AgreementDoc);
}

/** Edits a DRAFT nobody has confirmed yet (a confirmation is of the text as it was). */
export async function updateAgreementDraft(models: CooperationModels, ctx: Context<UpdateAgreementDraftParams, CallMeta>): Promise<AgreementDto> {
  const actor = actorOf(ctx);
  const p = ctx.params;
  const a = await agreementOr404(models, p.agreementId);
  requirePartyAdmin(actor, a.parties);
  if (a.status !== 'DRAFT') throw problemError(opProblem(ErrorCode.CONFLICT, msg('cooperation.agreementStatus', { status: statusParam(a.status) }), { reason: CooperationReason.AGREEMENT_STATUS, status: a.status }));
  if (await models.Confirmation.countDocuments({ agreementId: p.agreementId })) {
    throw problemError(opProblem(ErrorCode.CONFLICT, msg('cooperation.draftLocked'), { reason: CooperationReason.ALREADY_CONFIRMED }));
  }
  const startOn = p.startOn !== undefined ? p.startOn : a.startOn;
  const endOn = p.endOn !== undefined ? p.endOn : a.endOn;
  raise(periodProblem(startOn, endOn));
  const set: Record<string, unknown> = { startOn, endOn, rev: a.rev + 1 };
  if (p.title) set.title = p.title;
  if (p.majors) set.majors = cleanMajors(p.majors);
  if (p.obligations) set.obligations = p.obligations.filter((o) => a.parties.includes(o.organizationId));
  const updated = await models.Agreement.findOneAndUpdate({ _id: a._id, rev: a.rev, status: 'DRAFT' }, { $set: set }, { returnDocument: 'after' }).lean<AgreementDoc>();
  if (!updated) throw conflict(msg('cooperation.changedMeanwhile'), { reason: CooperationReason.AGREEMENT_STATUS });
  return agreementDto(models, updated);
}

/**
 * The caller's party confirms. Its confirmation is one row of a unique index (a double confirm is CONFLICT
 * ALREADY_CONFIRMED); whoever sees both confirmations claims the signing (infra/claims.ts) and moves the agreement to
 * SIGNED — IN_FORCE at once when its term has begun, emitting `cooperation.agreementInForce`.
 */
export async function confirmAgreement(models: CooperationModels, ctx: Context<{ agreementId: string; organizationId?: string | null }, CallMeta>): Promise<AgreementDto> {
  const actor = actorOf(ctx);
  const a = await agreementOr404(models, ctx.params.agreementId);
  const party = actingParty(actor, a.parties, ctx.params.organizationId);
  raise(confirmProblem(a));
  await requireGoodStanding(ctx, a.parties);
  const id = String(a._id);
  try {
    await models.Confirmation.create({ agreementId: id, organizationId: party, at: new Date().toISOString(), by: actor.id });
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    throw problemError(opProblem(ErrorCode.CONFLICT, msg('cooperation.alreadyConfirmed'), { reason: CooperationReason.ALREADY_CONFIRMED }));
  }
  await signIfBothConfirmed(models, ctx, a);
  return agreementDto(models, await agreementOr404(models, id));
}

async function signIfBothConfirmed(models: CooperationModels, ctx: Context<unknown, CallMeta>, a: AgreementDoc): Promise<void> {
  const id = String(a._id);
  if ((await models.Confirmation.countDocuments({ agreementId: id })) < 2) return;
  const stillDraft = async () => !!(await models.Agreement.exists({ _id: a._id, status: 'DRAFT' }));
  if (!(await claim(models.Claim, `sign:${id}`, { stillPending: stillDraft }))) return;
  const day = today();
  const at = new Date().toISOString();
  const inForce = !!a.startOn && a.startOn <= day;
  const history = [...(a.history ?? []), { status: 'SIGNED', at, by: actorOf(ctx).id, reason: null }, ...(inForce ? [{ status: 'IN_FORCE', at, by: actorOf(ctx).id, reason: null }] : [])];
  const done = await models.Agreement.findOneAndUpdate({ _id: a._id, status: 'DRAFT' }, { $set: { status: inForce ? 'IN_FORCE' : 'SIGNED', history, rev: a.rev + 1 } }, { returnDocument: 'after' }).lean<AgreementDoc>();
  if (done && inForce) emitInForce(ctx, done, at);
}

function emitInForce(ctx: { emit: (event: string, payload: AgreementInForcePayload) => unknown }, a: AgreementDoc, at: string): void {
  ctx.emit(CooperationEvent.agreementInForce, { agreementId: String(a._id), parties: [a.parties[0], a.parties[1]], type: a.type, at } satisfies AgreementInForcePayload);
}

/**
 * SIGNED agreements whose term has begun become IN_FORCE (and the event is emitted once, by the replica that claims
 * it). Run periodically by the service; returns how many moved.
 */
export async function advanceAgreements(models: CooperationModels, emit: (event: string, payload: AgreementInForcePayload) => unknown): Promise<number> {
  const day = today();
  const due = await models.Agreement.find({ status: 'SIGNED', startOn: { $lte: day } }).limit(500).lean<AgreementDoc[]>();
  let moved = 0;
  for (const a of due) {
    const at = new Date().toISOString();
    const history = [...(a.history ?? []), { status: 'IN_FORCE', at, by: 'service:cooperation', reason: null }];
    const done = await models.Agreement.findOneAndUpdate({ _id: a._id, status: 'SIGNED', rev: a.rev }, { $set: { status: 'IN_FORCE', history, rev: a.rev + 1 } }, { returnDocument: 'after' }).lean<AgreementDoc>();
    if (done && (await claim(models.Claim, `inForce:${a._id}`, { stillPending: async () => false }))) {
      emitInForce({ emit }, done, at);
      moved++;
    }
  }
  return moved;
}

const problemOf = (m: Msg, data: Record<string, unknown>) => problemError(opProblem(ErrorCode.BAD_USER_INPUT, m, data));

/** Decodes and checks a signed copy: base64, non-empty, ≤ MAX_ATTACHMENT_BYTES, PDF/PNG/JPEG by its magic bytes (never the name). */
export async function checkedFile(contentBase64: string): Promise<{ bytes: Buffer; contentType: string }> {
  const max = MAX_ATTACHMENT_BYTES;
  // 4 base64 characters carry 3 bytes: refuse an oversized upload before decoding it.
  const approx = Math.floor((contentBase64.length * 3) / 4);
  if (approx > max + 3) throw problemOf(msg('cooperation.attachmentTooLarge', { max, actual: approx }), { reason: CooperationReason.ATTACHMENT_TOO_LARGE, field: 'contentBase64', max, actual: approx });
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(contentBase64)) throw problemOf(msg('cooperation.attachmentEmpty'), { reason: CooperationReason.ATTACHMENT_EMPTY, field: 'contentBase64' });
  const bytes = Buffer.from(contentBase64, 'base64');
  if (bytes.length === 0) throw problemOf(msg('cooperation.attachmentEmpty'), { reason: CooperationReason.ATTACHMENT_EMPTY, field: 'contentBase64' });
  if (bytes.length > max) throw problemOf(msg('cooperation.attachmentTooLarge', { max, actual: bytes.length }), { reason: CooperationReason.ATTACHMENT_TOO_LARGE, field: 'contentBase64', max, actual: bytes.length });
  const type = await fileTypeFromBuffer(bytes);
  if (!type || !(ATTACHMENT_TYPES as readonly string[]).includes(type.mime)) {
    throw problemOf(msg('cooperation.attachmentType'), { reason: CooperationReason.ATTACHMENT_TYPE, field: 'contentBase64', detected: type?.mime ?? null });
  }
  return { bytes, contentType: type.mime };
}

const bucketOf = (conn: Connection) => new mongoose.mongo.GridFSBucket(conn.db!, { bucketName: BUCKET });

/**
 * Stores the signed copy in GridFS and points the agreement at it. Nothing half-stored: a refused file is never
 * written, a failed or raced write deletes its chunks, and the replaced copy is deleted only after the switch.
 */
export async function uploadSignedCopy(models: CooperationModels, conn: Connection, ctx: Context<UploadSignedCopyParams, CallMeta>): Promise<AgreementDto> {
  const actor = actorOf(ctx);
  const a = await agreementOr404(models, ctx.params.agreementId);
  requirePartyAdmin(actor, a.parties);
  if (a.status === 'TERMINATED') throw problemError(opProblem(ErrorCode.CONFLICT, msg('cooperation.agreementStatus', { status: statusParam(a.status) }), { reason: CooperationReason.AGREEMENT_STATUS, status: a.status }));
  const { bytes, contentType } = await checkedFile(ctx.params.contentBase64);
  const bucket = bucketOf(conn);
  const fileId = new Types.ObjectId();
  try {
    await new Promise<void>((resolve, reject) => {
      const up = bucket.openUploadStreamWithId(fileId, ctx.params.filename, { metadata: { agreementId: String(a._id), contentType } });
      up.on('finish', () => resolve());
      up.on('error', reject);
      up.end(bytes);
    });
  } catch (err) {
    await bucket.delete(fileId).catch(() => undefined);
    throw err;
  }
  const entry: AttachmentEntry = {
    fileId: String(fileId),
    filename: ctx.params.filename,
    contentType,
    size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    uploadedAt: new Date().toISOString(),
    uploadedBy: actor.id,
  };
  const updated = await models.Agreement.findOneAndUpdate({ _id: a._id, rev: a.rev }, { $set: { signedCopy: entry, rev: a.rev + 1 } }, { returnDocument: 'after' }).lean<AgreementDoc>();
  if (!updated) {
    await bucket.delete(fileId).catch(() => undefined);
    throw conflict(msg('cooperation.changedMeanwhile'), { reason: CooperationReason.AGREEMENT_STATUS });
  }
  if (a.signedCopy) await bucket.delete(new Types.ObjectId(a.signedCopy.fileId)).catch(() => undefined);
  return agreementDto(models, updated);
}

/** The signed copy's bytes (base64) for a reader of the agreement, or null when none was uploaded. */
export async function signedCopy(models: CooperationModels, conn: Connection, ctx: Context<{ agreementId: string }, CallMeta>): Promise<SignedCopyDto | null> {
  const a = await agreementOr404(models, ctx.params.agreementId);
  if (!(await mayRead(ctx, a.parties, a.partyRegionCodes))) throw forbidden(msg('cooperation.whoReadsAgreement'));
  if (!a.signedCopy) return null;
  const chunks: Buffer[] = [];
  for await (const c of bucketOf(conn).openDownloadStream(new Types.ObjectId(a.signedCopy.fileId))) chunks.push(c as Buffer);
  return { ...a.signedCopy, contentBase64: Buffer.concat(chunks).toString('base64') };
}

/** Either party ends a SIGNED / IN_FORCE agreement early, with a reason, from today. */
export async function terminateAgreement(models: CooperationModels, ctx: Context<{ agreementId: string; reason: string }, CallMeta>): Promise<AgreementDto> {
  const actor = actorOf(ctx);
  const a = await agreementOr404(models, ctx.params.agreementId);
  requirePartyAdmin(actor, a.parties);
  const day = today();
  const dto = await agreementDto(models, a);
  raise(terminateProblem(dto.status));
  const at = new Date().toISOString();
  const history = [...(a.history ?? []), { status: 'TERMINATED', at, by: actor.id, reason: ctx.params.reason }];
  const updated = await models.Agreement.findOneAndUpdate(
    { _id: a._id, rev: a.rev },
    { $set: { status: 'TERMINATED', terminationReason: ctx.params.reason, terminatedOn: day, history, rev: a.rev + 1 } },
    { returnDocument: 'after' },
  ).lean<AgreementDoc>();
  if (!updated) throw conflict(msg('cooperation.changedMeanwhile'), { reason: CooperationReason.AGREEMENT_STATUS });
  ctx.emit(CooperationEvent.agreementTerminated, { id: String(a._id), organizationIds: a.parties, at });
  return agreementDto(models, updated);
}

/** Renewal: a new DRAFT with the same parties, type, majors and obligations, from the day after the old end to `endOn`. */
export async function renewAgreement(models: CooperationModels, ctx: Context<{ agreementId: string; endOn: string }, CallMeta>): Promise<AgreementDto> {
  const actor = actorOf(ctx);
  const a = await agreementOr404(models, ctx.params.agreementId);
  requirePartyAdmin(actor, a.parties);
  const dto = await agreementDto(models, a);
  if (!['SIGNED', 'IN_FORCE', 'EXPIRED'].includes(dto.status) || !a.endOn) {
    throw problemError(opProblem(ErrorCode.CONFLICT, msg('cooperation.agreementStatus', { status: statusParam(dto.status) }), { reason: CooperationReason.AGREEMENT_STATUS, status: dto.status }));
  }
  const startOn = addDays(a.endOn, 1);
  raise(periodProblem(startOn, ctx.params.endOn));
  await requireGoodStanding(ctx, a.parties);
  const at = new Date().toISOString();
  const doc = await models.Agreement.create({
    type: a.type,
    title: a.title,
    parties: a.parties,
    partyKinds: a.partyKinds,
    partyRegionCodes: a.partyRegionCodes,
    majors: a.majors,
    startOn,
    endOn: ctx.params.endOn,
    obligations: a.obligations,
    status: 'DRAFT',
    signedCopy: null,
    renewalOf: String(a._id),
    origin: null,
    history: [{ status: 'DRAFT', at, by: actor.id, reason: null }],
    createdBy: actor.id,
  });
  return agreementDto(models, doc.toObject() as AgreementDoc);
}

/** One agreement (null when missing), FORBIDDEN for anyone but the parties, their funders, admins. */
export async function getAgreement(models: CooperationModels, ctx: Context<{ id: string }, CallMeta>): Promise<AgreementDto | null> {
  const a = await models.Agreement.findById(ctx.params.id).lean<AgreementDoc>();
  if (!a) return null;
  if (!(await mayRead(ctx, a.parties, a.partyRegionCodes))) throw forbidden(msg('cooperation.whoReadsAgreement'));
  return agreementDto(models, a);
}

/**
 * Agreements of an organization (default: the caller's own). A funder without `organizationId` lists those with a
 * party in their region; anyone else reads only their own organization's.
 */
export async function listAgreements(models: CooperationModels, ctx: Context<ListAgreementsParams, CallMeta>): Promise<Page<AgreementDto>> {
  const actor = actorOf(ctx);
  const p = ctx.params;
  let filter: Record<string, unknown>;
  const region = await funderRegion(ctx);
  if (p.organizationId) {
    const own = actor.org === p.organizationId || actor.system || actor.roles.includes('PLATFORM_ADMIN');
    if (!own) {
      const [org] = await organizationsOr404(ctx, [p.organizationId]);
      if (!region || !regionCovers(region, org.regionCode)) throw forbidden(msg('cooperation.whoListsAgreements'));
    }
    filter = { parties: p.organizationId };
  } else if (region) {
    filter = { partyRegionCodes: { $regex: `^${regionPrefix(region)}` } };
  } else if (actor.org) {
    filter = { parties: actor.org };
  } else throw forbidden(msg('cooperation.nameOrganization'));
  if (p.status === 'DRAFT' || p.status === 'TERMINATED') filter.status = p.status;
  else if (p.status) filter.status = { $in: ['SIGNED', 'IN_FORCE'] };
  const day = today();
  const page = await findPage<AgreementDoc, AgreementDoc & { id: string }>(models.Agreement, filter, p, (d) => ({ ...d, id: String(d._id) }));
  const confirmations = await models.Confirmation.find({ agreementId: { $in: page.edges.map((e) => e.node.id) } }).lean();
  const edges = page.edges
    .map((e) => ({ cursor: e.cursor, node: toAgreementDto(e.node, confirmations.filter((c) => c.agreementId === e.node.id), day) }))
    .filter((e) => !p.status || e.node.status === p.status);
  return { edges, pageInfo: page.pageInfo };
}
