/**
 * Order classes and apprenticeship cohorts (订单班 / 现代学徒制 / 企业新型学徒制) with their completions, and graduates
 * with their one-year retention. Part of the cooperation contract: import it through cooperation.contract.ts.
 */
import type { PageArgs } from '../../../infra/pagination.js';
import type { StudentDto, StudentInput } from './students.js';

export const COHORT_KINDS = ['ORDER_CLASS', 'MODERN_APPRENTICESHIP', 'NEW_APPRENTICESHIP'] as const;
/** 订单班, 现代学徒制, 企业新型学徒制 (1–2 years). */
export type CohortKind = (typeof COHORT_KINDS)[number];

export interface CreateCohortParams {
  agreementId: string;
  kind: CohortKind;
  name: string;
  major: string;
  startOn: string;
  endOn: string;
  trainingHours: number;
  students: StudentInput[];
}
export interface CohortStudentDto extends StudentDto {
  completed: boolean;
  certificates: string[];
}
export interface CohortDto {
  id: string;
  agreementId: string;
  kind: CohortKind;
  name: string;
  major: string;
  schoolOrganizationId: string;
  enterpriseOrganizationId: string;
  regionCode: string;
  startOn: string;
  endOn: string;
  trainingHours: number;
  headcount: number;
  students: CohortStudentDto[];
  createdAt: string;
}
export interface RecordCompletionParams {
  cohortId: string;
  studentNumber: string;
  completed: boolean;
  certificates?: string[] | null;
}
export interface ListCohortsParams extends PageArgs {
  organizationId?: string | null;
  kind?: CohortKind | null;
}

export interface RecordGraduateParams {
  studentNumber: string;
  name: string;
  major: string;
  graduationYear: number;
  employerOrganizationId: string;
  startOn: string;
  /** Whether the employer is in a pillar industry of the region (支柱产业). */
  pillarIndustry: boolean;
}
export interface GraduateDto {
  id: string;
  schoolOrganizationId: string;
  employerOrganizationId: string;
  studentNumber: string;
  name: string;
  major: string;
  graduationYear: number;
  startOn: string;
  pillarIndustry: boolean;
  /** The employer is in the school's city (same 4-digit region prefix). */
  local: boolean;
  retained: boolean | null;
  retentionConfirmedAt: string | null;
  regionCode: string;
}
export interface ListGraduatesParams extends PageArgs {
  organizationId?: string | null;
}
export interface RetentionRatesParams {
  organizationId?: string | null;
  allianceId?: string | null;
  regionCode?: string | null;
  graduationYear?: number | null;
}
export interface RetentionRatesDto {
  graduates: number;
  confirmed: number;
  retained: number;
  local: number;
  /** retained / confirmed, basis points (null when nothing confirmed). */
  retentionBp: number | null;
  /** local / graduates, basis points (Liuzhou aims at 2500). */
  localBp: number | null;
}
