/**
 * The certification service's bus contract: 产教融合型企业 programs, declarations (自愿申报) with a platform pre-check,
 * expert review (复核评议), the decision, the public notice (公示) and objections, the reserve (信息储备库) and
 * cultivation, certification (认证评价) with a validity period and yearly reports, and the education-surcharge levy
 * credit of certified pilot enterprises. Types and constants only; the one file of services/certification that
 * anything outside the folder may import: the types of each part of the flow are in contract/ (programs,
 * declarations, review, notice, levy) and re-exported here; the action and event names and rule codes are here.
 *
 * Sources: shared/seeds/003 篇6 (national pilot plan: 自愿申报、复核确认、建设培育、认证评价; 公示无异议的纳入信息储备库;
 * 5年内取消申报资格), 篇1, 篇7 §14 (认证标准和评价办法、认证目录), §15 (按投资总额30%抵免当年应缴教育费附加和地方教育附加).
 */
import type { BusContract } from '../../infra/bus-identity.js';

export * from './contract/programs.js';
export * from './contract/declarations.js';
export * from './contract/review.js';
export * from './contract/notice.js';
export * from './contract/levy.js';

export const CertificationAction = {
  /** CreateCertProgramParams → CertProgramDto. A FUNDER for its own GOVERNMENT organization, within its region. */
  createProgram: 'certification.createProgram',
  /** { id } → CertProgramDto | null. Any signed-in caller. */
  getProgram: 'certification.getProgram',
  /** { regionCode? } → CertProgramDto[]. Any signed-in caller. */
  listPrograms: 'certification.listPrograms',
  /** CreateDeclarationParams → DeclarationDto (DRAFT, cooperation history drawn from the platform). The enterprise's ORG_ADMIN. */
  createDeclaration: 'certification.createDeclaration',
  /** AttachParams → AttachmentDto: a supporting document stored in GridFS (type sniffed from the bytes). */
  attach: 'certification.attach',
  /** { declarationId, fileId } → { fileName, mime, contentBase64 }: whoever may read the declaration. */
  readAttachment: 'certification.readAttachment',
  /** { declarationId } → ObjectionDto[]: the funder all, an objector its own. */
  listObjections: 'certification.listObjections',
  /** { declarationId } → DeclarationDto (SUBMITTED) or FAILED_PRECONDITION data { reason: PRECHECK_FAILED, failed }. */
  submitDeclaration: 'certification.submitDeclaration',
  /** AssignReviewersParams → DeclarationDto (UNDER_REVIEW). The program's funder. */
  assignReviewers: 'certification.assignReviewers',
  /** SubmitReviewParams → ReviewDto. An assigned reviewer (by user id), once. */
  submitReview: 'certification.submitReview',
  /** DecideParams → DeclarationDto (IN_NOTICE or REJECTED). The program's funder; exactly one decision. */
  decide: 'certification.decide',
  /** FileObjectionParams → ObjectionDto. Any signed-in user during the notice period. */
  fileObjection: 'certification.fileObjection',
  /** ResolveObjectionParams → ObjectionDto. The program's funder. UPHELD rejects the declaration. */
  resolveObjection: 'certification.resolveObjection',
  /** { declarationId } → DeclarationDto (IN_RESERVE). The program's funder, after the notice ended without an open or upheld objection. */
  enterReserve: 'certification.enterReserve',
  /** CertifyParams → DeclarationDto (CERTIFIED, validFrom..validUntil). The program's funder. */
  certify: 'certification.certify',
  /** YearlyReportParams → DeclarationDto. The certified enterprise's ORG_ADMIN, one per year. */
  fileYearlyReport: 'certification.fileYearlyReport',
  /** FalseInformationParams → { declaration, disqualification }: the 5-year ban through organizations.disqualify. The program's funder. */
  findFalseInformation: 'certification.findFalseInformation',
  /** { id } → DeclarationDto | null (the enterprise's admins, the program's funder and funders above it, assigned reviewers). */
  getDeclaration: 'certification.getDeclaration',
  /** ListDeclarationsParams → DeclarationDto[]: what the caller may see. */
  listDeclarations: 'certification.listDeclarations',
  /** { regionCode? } → PublicNoticeDto[]: declarations whose notice period includes today, and the certified list. Any caller (the gateway asks as itself for anonymous users). */
  publicNotices: 'certification.publicNotices',
  /** { regionCode?, asOf? } → CertifiedEnterpriseDto[]: enterprises certified and valid on asOf. Any caller. */
  certifiedList: 'certification.certifiedList',
  /** AuditParams → CertAuditEntryDto[]. The program's funder and funders above it, platform admins. */
  auditTrail: 'certification.auditTrail',
  /** RecordLevyYearParams → LevyStatementDto. The certified enterprise's ORG_ADMIN. */
  recordLevyYear: 'certification.recordLevyYear',
  /** { declarationId } → LevyStatementDto. The enterprise's admins and funders covering it. */
  levyStatement: 'certification.levyStatement',
  /** { declarationId, locale? } → { fileName, csv }: the statement as CSV (RFC 4180, UTF-8 with BOM). */
  levyStatementCsv: 'certification.levyStatementCsv',
} as const;
export type CertificationAction = (typeof CertificationAction)[keyof typeof CertificationAction];

/** Domain reason codes of certification refusals (`data.reason` / `data.rule`): stable, clients branch on them. */
export const CertRule = {
  PRECHECK_FAILED: 'PRECHECK_FAILED',
  WRONG_STATUS: 'WRONG_STATUS',
  BAD_SCORE: 'BAD_SCORE',
  QUORUM_NOT_MET: 'QUORUM_NOT_MET',
  BELOW_PASS_SCORE: 'BELOW_PASS_SCORE',
  NOTICE_RUNNING: 'NOTICE_RUNNING',
  OBJECTION_OPEN: 'OBJECTION_OPEN',
  OUTSIDE_NOTICE: 'OUTSIDE_NOTICE',
  NOT_A_REVIEWER: 'NOT_A_REVIEWER',
  ALREADY_REVIEWED: 'ALREADY_REVIEWED',
  OWN_DECLARATION: 'OWN_DECLARATION',
  ALREADY_DECIDED: 'ALREADY_DECIDED',
  NOT_AN_ENTERPRISE: 'NOT_AN_ENTERPRISE',
  OPEN_DECLARATION: 'OPEN_DECLARATION',
  ATTACHMENT_TYPE: 'ATTACHMENT_TYPE',
  ATTACHMENT_SIZE: 'ATTACHMENT_SIZE',
  TOO_MANY_ATTACHMENTS: 'TOO_MANY_ATTACHMENTS',
  YEAR_RECORDED: 'YEAR_RECORDED',
} as const;
export type CertRule = (typeof CertRule)[keyof typeof CertRule];

export const CertificationEvent = {
  /** Payload: { declarationId, organizationId, programId, status, on } on every step. */
  stepped: 'certification.declarationStepped',
} as const;

export const CertificationBus: BusContract = {
  service: 'certification',
  actions: Object.values(CertificationAction),
  events: [...Object.values(CertificationEvent)],
  // organizations: names, regions, standing and the false-information ban; cooperation/trainingBases/projects/alliances: the history drawn into a declaration.
  calls: ['organizations', 'cooperation', 'trainingBases', 'projects', 'alliances'],
};
