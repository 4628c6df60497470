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
import { revise } from '../../../infra/revise.js';
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
  type ConfirmAgreementParams,
  type CreateAgreementDraftParams,
  type ListAgreementsParams,
  type SignedCopyDto,
  type UpdateAgreementDraftParams,
  type UploadSignedCopyParams,
} from '../cooperation.contract.js';
import { textRevision, toAgreementDto } from '../cooperation.mappers.js';
import type { AgreementDoc, AttachmentEntry, ConfirmationDoc, CooperationModels } from '../cooperation.model.js';
import { confirmProblem, periodProblem, partiesProblem, statusParam, terminateProblem, textChangedProblem } from '../cooperation.rules.js';
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

/**
 * One change of an agreement as a revision step (infra/revise.ts, claim `agreement:<id>:rev:<r>`, then `$set`
 * conditional on `rev`): edits, confirmations and the signing are totally ordered, each decided on the state it
 * changes. `compute` throws NothingToDo when that state needs no change (nothing is written).
 */
const reviseAgreement = <R = undefined>(models: CooperationModels, id: string, compute: (a: AgreementDoc) => Promise<{ set: Record<string, unknown>; extra?: R }>, attempts = 8) =>
  revise<AgreementDoc, R>({
    model: models.Agreement,
    claims: models.Claim,
    kind: 'agreement',
    attempts,
    gaveUp: msg('cooperation.changedMeanwhile'),
    gaveUpData: { reason: CooperationReason.AGREEMENT_STATUS },
    load: () => agreementOr404(models, id),
    compute,
  });
class NothingToDo extends Error {}

/** Confirmations stored for `a`'s current text revision (stale ones, of an earlier revision, confirm nothing). */
async function currentConfirmations(models: CooperationModels, a: AgreementDoc): Promise<ConfirmationDoc[]> {
  const all = await models.Confirmation.find({ agreementId: String(a._id) }).lean<ConfirmationDoc[]>();
  return all.filter((c) => textRevision(c) === textRevision(a) && a.parties.includes(c.organizationId));
}

/**
 * Edits a DRAFT nobody has confirmed yet (a confirmation is of the text as it was): one revision step that raises
 * the text's `revision`. The step checks, on the very state it replaces, that no confirmation of that revision is
 * stored; a confirmation is stored before its own step (confirmAgreement). So of an edit and a confirmation racing,
 * exactly one lands: the edit (the confirmation is refused TEXT_CHANGED) or the confirmation (the edit is refused
 * ALREADY_CONFIRMED). An edit that another edit overtook is refused CONFLICT, as a stale write.
 */
export async function updateAgreementDraft(models: CooperationModels, ctx: Context<UpdateAgreementDraftParams, CallMeta>): Promise<AgreementDto> {
  const actor = actorOf(ctx);
  const p = ctx.params;
  const read = await agreementOr404(models, p.agreementId);
  requirePartyAdmin(actor, read.parties);
  const { doc } = await reviseAgreement(models, p.agreementId, async (a) => {
    if (a.status !== 'DRAFT') throw problemError(opProblem(ErrorCode.CONFLICT, msg('cooperation.agreementStatus', { status: statusParam(a.status) }), { reason: CooperationReason.AGREEMENT_STATUS, status: a.status }));
    if (textRevision(a) !== textRevision(read)) throw conflict(msg('cooperation.changedMeanwhile'), { reason: CooperationReason.AGREEMENT_STATUS });
    if ((await currentConfirmations(models, a)).length) {
      throw problemError(opProblem(ErrorCode.CONFLICT, msg('cooperation.draftLocked'), { reason: CooperationReason.ALREADY_CONFIRMED }));
    }
    const startOn = p.startOn !== undefined ? p.startOn : a.startOn;
    const endOn = p.endOn !== undefined ? p.endOn : a.endOn;
    raise(periodProblem(startOn, endOn));
    const set: Record<string, unknown> = { startOn, endOn, revision: textRevision(a) + 1 };
    if (p.title) set.title = p.title;
    if (p.majors) set.majors = cleanMajors(p.majors);
    if (p.obligations) set.obligations = p.obligations.filter((o) => a.parties.includes(o.organizationId));
    return { set };
  });
  return agreementDto(models, doc);
}

/**
 * The caller's party confirms one revision of the text: `revision` when given (CONFLICT TEXT_CHANGED, with
 * `currentRevision`, when it is not the current one), else the one current now. The confirmation is stored first, as
 * one row of a unique index (a double confirm is CONFLICT ALREADY_CONFIRMED; a leftover row of an earlier revision is
 * replaced), then recorded by a revision step of the agreement that re-checks the revision on the state it replaces:
 * an edit that landed in between refuses the confirmation (TEXT_CHANGED, its row deleted), and an edit after it sees
 * the row (updateAgreementDraft). When both parties' confirmations are of the current revision, that same step moves
 * the agreement to SIGNED — IN_FORCE at once when its term has begun, emitting `cooperation.agreementInForce`.
 */
export async function confirmAgreement(models: CooperationModels, ctx: Context<ConfirmAgreementParams, CallMeta>): Promise<AgreementDto> {
  const actor = actorOf(ctx);
  const a = await agreementOr404(models, ctx.params.agreementId);
  const party = actingParty(actor, a.parties, ctx.params.organizationId);
  raise(confirmProblem(a));
  const revision = ctx.params.revision ?? textRevision(a);
  raise(textChangedProblem(textRevision(a), revision));
  await requireGoodStanding(ctx, a.parties);
  const id = String(a._id);
  const mine = await storeConfirmation(models, { agreementId: id, organizationId: party, revision, at: new Date().toISOString(), by: actor.id });
  try {
    const { doc, extra } = await reviseAgreement<string>(
      models,
      id,
      async (cur) => {
        raise(textChangedProblem(textRevision(cur), revision));
        // Signed meanwhile, on this revision: the other party's step counted this confirmation (one row per party).
        if (cur.status !== 'DRAFT') throw new NothingToDo();
        const confirmed = new Set((await currentConfirmations(models, cur)).map((c) => c.organizationId));
        if (confirmed.size < 2) return { set: {} };
        const day = today();
        const at = new Date().toISOString();
        const inForce = !!cur.startOn && cur.startOn <= day;
        const by = actor.id;
        const history = [...(cur.history ?? []), { status: 'SIGNED', at, by, reason: null }, ...(inForce ? [{ status: 'IN_FORCE', at, by, reason: null }] : [])];
        return { set: { status: inForce ? 'IN_FORCE' : 'SIGNED', history }, extra: inForce ? at : undefined };
      },
      16,
    );
    if (extra) emitInForce(ctx, doc, extra);
  } catch (err) {
    if (!(err instanceof NothingToDo)) {
      const now = await models.Agreement.findById(id).lean<AgreementDoc>();
      // Keep the row if the agreement was signed on it meanwhile (then the confirmation stands); else it never counted.
      if (!now || now.status === 'DRAFT' || textRevision(now) !== revision) await models.Confirmation.deleteOne({ _id: mine }).catch(() => undefined);
      else return agreementDto(models, now);
      throw err;
    }
  }
  return agreementDto(models, await agreementOr404(models, id));
}

/**
 * Inserts a party's confirmation row (unique per agreement and organization) and answers its id. A row of the same
 * party for an earlier revision (left by a confirmation that never finished) confirms nothing and is replaced; any
 * other is CONFLICT ALREADY_CONFIRMED.
 */
async function storeConfirmation(models: CooperationModels, row: Omit<ConfirmationDoc, '_id'> & { revision: number }): Promise<Types.ObjectId> {
  for (let attempt = 0; ; attempt++) {
    try {
      return (await models.Confirmation.create(row))._id;
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
    }
    const held = await models.Confirmation.findOne({ agreementId: row.agreementId, organizationId: row.organizationId }).lean<ConfirmationDoc>();
    if (attempt > 0 || !held || textRevision(held) >= row.revision) {
      throw problemError(opProblem(ErrorCode.CONFLICT, msg('cooperation.alreadyConfirmed'), { reason: CooperationReason.ALREADY_CONFIRMED }));
    }
    await models.Confirmation.deleteOne({ _id: held._id });
  }
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
