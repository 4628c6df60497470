/** Supporting documents (支撑材料) of a declaration: stored in GridFS while DRAFT, read by whoever may read the declaration. */
import mongoose from 'mongoose';
import { fileTypeFromBuffer } from 'file-type';
import { actorOf } from '../../../infra/auth.js';
import { adminOf } from '../../../infra/authz.js';
import { oid } from '../../../infra/entity.js';
import { ErrorCode, forbidden, notFound, problemError, raise } from '../../../infra/errors.js';
import { msg } from '../../../infra/message-registry.js';
import { ATTACHMENT_TYPES, CertRule, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS, type AttachmentDto, type AttachParams } from '../certification.contract.js';
import { stepProblem } from '../certification.rules.js';
import { coded, loadDeclaration, mayRead, step, type Ctx, type Deps } from './common.js';

/**
 * A supporting document (支撑材料) into GridFS: PDF, PNG or JPEG by its bytes (file-type), at most 512 KiB, at most 10
 * per declaration, while DRAFT. The file is written first and named on the declaration by a claimed step; a file
 * whose step lost is deleted again.
 */
export async function attach(deps: Deps, ctx: Ctx<AttachParams>): Promise<AttachmentDto> {
  const actor = actorOf(ctx);
  const p = ctx.params;
  const d = await loadDeclaration(deps.models, p.declarationId);
  if (!adminOf(actor, String(d.organizationId))) throw forbidden(msg('certification.whoAttaches'));
  raise(stepProblem('attach', d.status));
  const bytes = Buffer.from(p.contentBase64, 'base64');
  if (bytes.length === 0 || bytes.length > MAX_ATTACHMENT_BYTES) throw problemError(coded(ErrorCode.BAD_USER_INPUT, msg('certification.attachmentSize', { max: MAX_ATTACHMENT_BYTES, bytes: bytes.length }), { field: 'contentBase64', rule: CertRule.ATTACHMENT_SIZE, max: MAX_ATTACHMENT_BYTES, bytes: bytes.length }));
  const type = await fileTypeFromBuffer(bytes);
  if (!type || !(ATTACHMENT_TYPES as readonly string[]).includes(type.mime)) {
    throw problemError(coded(ErrorCode.BAD_USER_INPUT, msg('certification.attachmentType', { detected: type?.mime ?? '—' }), { field: 'contentBase64', rule: CertRule.ATTACHMENT_TYPE, detected: type?.mime ?? null }));
  }
  if ((d.attachments ?? []).length >= MAX_ATTACHMENTS) throw problemError(coded(ErrorCode.FAILED_PRECONDITION, msg('certification.tooManyAttachments', { max: MAX_ATTACHMENTS }), { reason: CertRule.TOO_MANY_ATTACHMENTS, max: MAX_ATTACHMENTS }));
  const bucket = new mongoose.mongo.GridFSBucket(deps.conn.db!, { bucketName: 'attachments' });
  const fileId = await new Promise<string>((resolve, reject) => {
    const up = bucket.openUploadStream(p.fileName, { metadata: { declarationId: p.declarationId, mime: type.mime, by: actor.id } });
    up.once('error', reject);
    up.once('finish', () => resolve(String(up.id)));
    up.end(bytes);
  });
  const att: AttachmentDto = { fileId, fileName: p.fileName, mime: type.mime, bytes: bytes.length, uploadedAt: new Date().toISOString() };
  try {
    await step(deps, ctx, p.declarationId, 'attach', (cur) => {
      if ((cur.attachments ?? []).length >= MAX_ATTACHMENTS) throw problemError(coded(ErrorCode.FAILED_PRECONDITION, msg('certification.tooManyAttachments', { max: MAX_ATTACHMENTS }), { reason: CertRule.TOO_MANY_ATTACHMENTS, max: MAX_ATTACHMENTS }));
      return { set: { attachments: [...(cur.attachments ?? []), att] } };
    }, 'ATTACHED', { fileId, fileName: p.fileName, mime: type.mime, bytes: bytes.length });
  } catch (err) {
    await bucket.delete(oid(fileId)).catch(() => undefined);
    throw err;
  }
  return att;
}

/** Reads an attachment's bytes (base64) for whoever may read the declaration. */
export async function readAttachment(deps: Deps, ctx: Ctx<{ declarationId: string; fileId: string }>): Promise<{ fileName: string; mime: string; contentBase64: string }> {
  const d = await loadDeclaration(deps.models, ctx.params.declarationId);
  if (!(await mayRead(ctx, d))) throw forbidden(msg('certification.mayNotRead'));
  const att = (d.attachments ?? []).find((a) => a.fileId === ctx.params.fileId);
  if (!att) throw notFound('Attachment', ctx.params.fileId);
  const bucket = new mongoose.mongo.GridFSBucket(deps.conn.db!, { bucketName: 'attachments' });
  const chunks: Buffer[] = [];
  for await (const c of bucket.openDownloadStream(oid(att.fileId))) chunks.push(c as Buffer);
  return { fileName: att.fileName, mime: att.mime, contentBase64: Buffer.concat(chunks).toString('base64') };
}
