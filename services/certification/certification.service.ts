/**
 * 产教融合型企业: programs, declarations, review, decision, public notice and objections, reserve, certification,
 * yearly reports, the false-information ban (through organizations' disqualification history) and the levy credit.
 * Thin: every flow is in ops/.
 */
import type { Context, Service, ServiceSchema, ServiceSettingSchema } from 'moleculer';
import type { CallMeta } from '../../infra/auth.js';
import { actorOf } from '../../infra/auth.js';
import { mongoMixin, type MongoVars } from '../../infra/mongo.mixin.js';
import { regionCovers } from '../../infra/auth.js';
import { certificationModels, type CertificationModels, type CertProgramDoc } from './certification.model.js';
import { toProgramDto } from './certification.mappers.js';
import * as P from './certification.params.js';
import type { Deps } from './ops/common.js';
import { createProgram } from './ops/create-program.js';
import { createDeclaration } from './ops/declare.js';
import { attach, readAttachment } from './ops/attachments.js';
import { submitDeclaration } from './ops/submit.js';
import { assignReviewers, submitReview } from './ops/review.js';
import { decide } from './ops/decide.js';
import { fileObjection, listObjections, resolveObjection } from './ops/objections.js';
import { certify, enterReserve, fileYearlyReport } from './ops/certify.js';
import { findFalseInformation } from './ops/false-information.js';
import { getDeclaration, listDeclarations } from './ops/read-declarations.js';
import * as L from './ops/levy.js';
import * as Pub from './ops/public.js';

type Vars = MongoVars<CertificationModels>;
type This = Service<ServiceSettingSchema> & Vars;
type Ctx<T> = Context<T, CallMeta>;
const deps = (svc: This): Deps => ({ models: svc.models, conn: svc.conn, broker: svc.broker, logger: svc.logger });

const CertificationService: ServiceSchema<ServiceSettingSchema, Record<string, never>, Vars> = {
  name: 'certification',
  dependencies: ['organizations'],
  mixins: [mongoMixin('certification', certificationModels)],
  actions: {
    createProgram: { params: P.createProgram, handler(this: This, ctx: Ctx<any>) { return createProgram(deps(this), ctx); } },
    getProgram: {
      params: P.id,
      async handler(this: This, ctx: Ctx<{ id: string }>) {
        actorOf(ctx);
        const d = await this.models.Program.findById(ctx.params.id).lean<CertProgramDoc>();
        return d ? toProgramDto(d) : null;
      },
    },
    listPrograms: {
      params: P.listPrograms,
      async handler(this: This, ctx: Ctx<{ regionCode?: string | null }>) {
        actorOf(ctx);
        const all = await this.models.Program.find({}).sort({ createdAt: 1 }).limit(500).lean<CertProgramDoc[]>();
        const r = ctx.params.regionCode;
        return all.filter((p) => !r || regionCovers(p.regionCode, r) || regionCovers(r, p.regionCode)).map(toProgramDto);
      },
    },
    createDeclaration: { params: P.createDeclaration, handler(this: This, ctx: Ctx<any>) { return createDeclaration(deps(this), ctx); } },
    attach: { params: P.attach, handler(this: This, ctx: Ctx<any>) { return attach(deps(this), ctx); } },
    readAttachment: { params: { declarationId: P.declarationId.declarationId, fileId: P.declarationId.declarationId }, handler(this: This, ctx: Ctx<any>) { return readAttachment(deps(this), ctx); } },
    submitDeclaration: { params: P.declarationId, handler(this: This, ctx: Ctx<any>) { return submitDeclaration(deps(this), ctx); } },
    assignReviewers: { params: P.assignReviewers, handler(this: This, ctx: Ctx<any>) { return assignReviewers(deps(this), ctx); } },
    submitReview: { params: P.submitReview, handler(this: This, ctx: Ctx<any>) { return submitReview(deps(this), ctx); } },
    decide: { params: P.decide, handler(this: This, ctx: Ctx<any>) { return decide(deps(this), ctx); } },
    fileObjection: { params: P.fileObjection, handler(this: This, ctx: Ctx<any>) { return fileObjection(deps(this), ctx); } },
    listObjections: { params: P.declarationId, handler(this: This, ctx: Ctx<any>) { return listObjections(deps(this), ctx); } },
    resolveObjection: { params: P.resolveObjection, handler(this: This, ctx: Ctx<any>) { return resolveObjection(deps(this), ctx); } },
    enterReserve: { params: P.declarationId, handler(this: This, ctx: Ctx<any>) { return enterReserve(deps(this), ctx); } },
    certify: { params: P.certify, handler(this: This, ctx: Ctx<any>) { return certify(deps(this), ctx); } },
    fileYearlyReport: { params: P.yearlyReport, handler(this: This, ctx: Ctx<any>) { return fileYearlyReport(deps(this), ctx); } },
    findFalseInformation: { params: P.falseInformation, handler(this: This, ctx: Ctx<any>) { return findFalseInformation(deps(this), ctx); } },
    getDeclaration: { params: P.id, handler(this: This, ctx: Ctx<any>) { return getDeclaration(deps(this), ctx); } },
    listDeclarations: { params: P.listDeclarations, handler(this: This, ctx: Ctx<any>) { return listDeclarations(deps(this), ctx); } },
    publicNotices: { params: P.publicList, handler(this: This, ctx: Ctx<any>) { return Pub.publicNotices(this.models, ctx); } },
    certifiedList: { params: P.publicList, handler(this: This, ctx: Ctx<any>) { return Pub.certifiedList(this.models, ctx); } },
    auditTrail: { params: P.audit, handler(this: This, ctx: Ctx<any>) { return Pub.auditTrail(this.models, ctx); } },
    recordLevyYear: { params: P.recordLevyYear, handler(this: This, ctx: Ctx<any>) { return L.recordLevyYear(this.models, ctx); } },
    levyStatement: { params: P.declarationId, handler(this: This, ctx: Ctx<any>) { return L.getLevyStatement(this.models, ctx); } },
    levyStatementCsv: { params: P.levyCsv, handler(this: This, ctx: Ctx<any>) { return L.levyStatementCsv(this.models, ctx); } },
  },
};

export default CertificationService;
