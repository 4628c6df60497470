/**
 * 产教融合型企业 (schemas/certification.graphql): one-line delegations to the certification service. The public
 * fields (publicNotices, certifiedEnterprises) answer without a token: the gateway asks as itself
 * (`ctx.publicCall`), and the service returns only what the seeds say is published.
 */
import DataLoader from 'dataloader';
import type { GatewayContext } from '../context.js';
import type { GatewayResolvers } from './merge.js';
import { formatFen, CURRENCY, type FenSum } from '../../infra/money.js';
import {
  CertificationAction as A,
  type AttachmentDto,
  type CertAuditEntryDto,
  type CertifiedEnterpriseDto,
  type CertProgramDto,
  type DeclarationDto,
  type LevyStatementDto,
  type ObjectionDto,
  type PublicNoticeDto,
  type ReviewDto,
} from '../../services/certification/certification.contract.js';
import type { DisqualificationDto } from '../../services/organizations/organizations.contract.js';

const money = (fen: FenSum) => ({ amount: formatFen(fen), currency: CURRENCY });
const programs = new WeakMap<GatewayContext, DataLoader<string, CertProgramDto | null>>();
/** Per request: the programs of a list of declarations in one call per distinct id set (the service's getProgram is cheap; ids are few). */
const programLoader = (ctx: GatewayContext) => {
  let l = programs.get(ctx);
  if (!l) {
    l = new DataLoader(async (ids: readonly string[]) => Promise.all(ids.map((id) => ctx.call<CertProgramDto | null>(A.getProgram, { id }))));
    programs.set(ctx, l);
  }
  return l;
};

export const certificationResolvers: GatewayResolvers = {
  Query: {
    certPrograms: (_p, args, ctx) => ctx.call<CertProgramDto[]>(A.listPrograms, args),
    declaration: (_p, { id }, ctx) => ctx.call<DeclarationDto | null>(A.getDeclaration, { id }),
    declarations: (_p, args, ctx) => ctx.call<DeclarationDto[]>(A.listDeclarations, args),
    publicNotices: (_p, args, ctx) => ctx.publicCall<PublicNoticeDto[]>(A.publicNotices, args),
    certifiedEnterprises: (_p, args, ctx) => ctx.publicCall<CertifiedEnterpriseDto[]>(A.certifiedList, args),
    certAuditTrail: (_p, args, ctx) => ctx.call<CertAuditEntryDto[]>(A.auditTrail, args),
  },
  Mutation: {
    createCertProgram: (_p, { input }, ctx) => ctx.call<CertProgramDto>(A.createProgram, input),
    createDeclaration: (_p, { input }, ctx) => ctx.call<DeclarationDto>(A.createDeclaration, input),
    attachToDeclaration: (_p, args, ctx) => ctx.call<AttachmentDto>(A.attach, args),
    submitDeclaration: (_p, args, ctx) => ctx.call<DeclarationDto>(A.submitDeclaration, args),
    assignReviewers: (_p, args, ctx) => ctx.call<DeclarationDto>(A.assignReviewers, args),
    submitReview: (_p, args, ctx) => ctx.call<ReviewDto>(A.submitReview, args),
    decideDeclaration: (_p, args, ctx) => ctx.call<DeclarationDto>(A.decide, args),
    fileObjection: (_p, args, ctx) => ctx.call<ObjectionDto>(A.fileObjection, args),
    resolveObjection: (_p, args, ctx) => ctx.call<ObjectionDto>(A.resolveObjection, args),
    enterReserve: (_p, args, ctx) => ctx.call<DeclarationDto>(A.enterReserve, args),
    certifyDeclaration: (_p, args, ctx) => ctx.call<DeclarationDto>(A.certify, args),
    fileYearlyReport: (_p, args, ctx) => ctx.call<DeclarationDto>(A.fileYearlyReport, args),
    findFalseInformation: (_p, args, ctx) => ctx.call<{ declaration: DeclarationDto; disqualification: DisqualificationDto }>(A.findFalseInformation, args),
    recordLevyYear: (_p, args, ctx) => ctx.call<LevyStatementDto>(A.recordLevyYear, args),
  },
  CertProgram: {
    funder: (p, _a, ctx) => ctx.loaders.organization.load(p.funderOrganizationId),
  },
  Declaration: {
    program: (d, _a, ctx) => programLoader(ctx).load(d.programId),
    organization: (d, _a, ctx) => ctx.loaders.organization.load(d.organizationId),
    objections: (d, _a, ctx) => ctx.call<ObjectionDto[]>(A.listObjections, { declarationId: d.id }),
    levyStatement: (d, _a, ctx) => (d.status === 'CERTIFIED' ? ctx.call<LevyStatementDto>(A.levyStatement, { declarationId: d.id }) : null),
    scale: (d) => d.scale as 'LARGE' | 'MEDIUM' | 'SMALL' | 'MICRO',
  },
  ConditionCheck: {
    actual: (c) => (c.actual === null ? null : String(c.actual)),
    required: (c) => (c.required === null ? null : Array.isArray(c.required) ? c.required.join('、') : String(c.required)),
  },
  LevyYear: {
    investment: (y) => money(y.investmentFen),
    educationSurcharge: (y) => money(y.educationSurchargeFen),
    localEducationSurcharge: (y) => money(y.localEducationSurchargeFen),
    credit: (y) => money(y.creditFen),
    carriedIn: (y) => money(y.carriedInFen),
    offset: (y) => money(y.offsetFen),
    payable: (y) => money(y.payableFen),
    carriedForward: (y) => money(y.carriedOutFen),
    lapsed: (y) => money(y.lapsedFen),
  },
  LevyStatement: {
    csv: async (s, _a, ctx) => (await ctx.call<{ csv: string }>(A.levyStatementCsv, { declarationId: s.declarationId })).csv,
  },
};
