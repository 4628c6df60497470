/**
 * Internship placements (实习) with their liability insurance and mentor, and the host's monthly attendance
 * confirmations. Part of the cooperation contract: import it through cooperation.contract.ts.
 */
import type { PageArgs } from '../../../infra/pagination.js';
import type { StudentDto, StudentInput } from './students.js';

export const PREMIUM_PAYERS = ['SCHOOL', 'HOST', 'STUDENT'] as const;
export type PremiumPayer = (typeof PREMIUM_PAYERS)[number];
export interface InsuranceInput {
  /** 学生实习责任保险. */
  insurer: string;
  policyNumber: string;
  coverFrom: string;
  coverTo: string;
  premiumPaidBy: PremiumPayer;
  /** Whether the premium is deducted from the intern's pay (refused when true). */
  deductedFromPay: boolean;
}
export interface MentorInput {
  name: string;
  title?: string | null;
  phone?: string | null;
}
export interface CreatePlacementParams {
  agreementId: string;
  hostOrganizationId: string;
  startOn: string;
  endOn: string;
  students: StudentInput[];
  /** 实习报酬 per month, fen. */
  monthlyPayFen: number;
  insurance: InsuranceInput;
  mentor: MentorInput;
}
export interface PlacementDto {
  id: string;
  agreementId: string;
  schoolOrganizationId: string;
  hostOrganizationId: string;
  regionCode: string;
  startOn: string;
  endOn: string;
  headcount: number;
  /** Masked (张*, ****1234) unless the caller administers the placing school and asked for one placement. */
  students: StudentDto[];
  monthlyPayFen: number;
  insurance: InsuranceInput;
  mentor: MentorInput;
  createdAt: string;
}
export interface ListPlacementsParams extends PageArgs {
  organizationId?: string | null;
  agreementId?: string | null;
}
export interface ConfirmAttendanceParams {
  placementId: string;
  /** YYYY-MM. */
  month: string;
  /** Students (by number) who attended that month; default all. */
  studentNumbers?: string[] | null;
}
export interface AttendanceDto {
  id: string;
  placementId: string;
  month: string;
  attendedCount: number;
  confirmedAt: string;
  confirmedBy: string;
}
