/**
 * What the public sees and may say: objections (异议) during the notice (公示), the public notice and the certified list
 * (认证目录), and the audit trail. Part of the certification contract: import it through certification.contract.ts.
 */
export interface FileObjectionParams {
  declarationId: string;
  text: string;
}
export const OBJECTION_STATUSES = ['OPEN', 'UPHELD', 'DISMISSED'] as const;
export interface ObjectionDto {
  id: string;
  declarationId: string;
  text: string;
  filedBy: string;
  filedOn: string;
  status: (typeof OBJECTION_STATUSES)[number];
  resolution: string | null;
  resolvedOn: string | null;
  resolvedBy: string | null;
}
export interface ResolveObjectionParams {
  objectionId: string;
  outcome: 'UPHELD' | 'DISMISSED';
  resolution: string;
}

/** What the public notice page shows (003 篇6 四(四): 按程序向社会公示): no contact data, no scores. */
export interface PublicNoticeDto {
  declarationId: string;
  programName: string;
  organizationName: string;
  regionCode: string;
  industry: string;
  noticeFrom: string;
  noticeUntil: string;
}
/** The certification catalogue entry (认证目录, 003 篇7 §14 向社会推介). */
export interface CertifiedEnterpriseDto {
  declarationId: string;
  organizationId: string;
  organizationName: string;
  regionCode: string;
  industry: string;
  programName: string;
  validFrom: string;
  validUntil: string;
}

export interface CertAuditEntryDto {
  key: string;
  action: string;
  declarationId: string | null;
  programId: string | null;
  by: string;
  at: string;
  details: Record<string, unknown>;
}
export interface AuditParams {
  declarationId?: string | null;
  programId?: string | null;
}
