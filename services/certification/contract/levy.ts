/** The education-surcharge levy credit of a certified pilot enterprise (003 篇7 §15), in integer fen. Part of the certification contract: import it through certification.contract.ts. */
import type { FenSum } from '../../../infra/money.js';

export interface RecordLevyYearParams {
  declarationId: string;
  year: number;
  /** Qualifying investment in vocational education that year (decimal yuan, e.g. "1000000.00"). */
  investment: string;
  /** 教育费附加 due that year. */
  educationSurcharge: string;
  /** 地方教育附加 due that year. */
  localEducationSurcharge: string;
  /** What the investment was (seed: 投资总额). */
  note?: string | null;
}
/** One year of a levy statement: integer fen as FenSum strings. */
export interface LevyYearDto {
  year: number;
  investmentFen: FenSum;
  educationSurchargeFen: FenSum;
  localEducationSurchargeFen: FenSum;
  rateBp: number;
  carryForwardAllowed: boolean;
  /** floor(investment × rate): the fraction of a fen is never credited. */
  creditFen: FenSum;
  carriedInFen: FenSum;
  /** min(credit + carried in, surcharges due). */
  offsetFen: FenSum;
  /** What is still due after the offset. */
  payableFen: FenSum;
  carriedOutFen: FenSum;
  /** Unused credit that the policy of the year does not carry forward. */
  lapsedFen: FenSum;
}
export interface LevyStatementDto {
  declarationId: string;
  organizationId: string;
  years: LevyYearDto[];
}
