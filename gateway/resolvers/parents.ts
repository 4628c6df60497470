/**
 * Parent types of GraphQL object types that no service DTO describes as such (gateway/codegen.ts maps them):
 * what the gateway's own resolvers hand down to the fields of those types.
 */
import type { Role } from '../../infra/auth.js';
import type { AgreementStatementDto } from '../../services/revenue/revenue.contract.js';
import type { AgreementDto } from '../../services/cooperation/cooperation.contract.js';

/** `Query.me`: who the verified token says the caller is. */
export interface Me {
  id: string;
  roles: Role[];
  orgId: string | null;
}

/** One entry of `RevenueAgreementStatement.totals`: an organization's beneficiary total, in fen. */
export type BeneficiaryTotalFen = AgreementStatementDto['byOrganization'][number];

/** One party's confirmation of a cooperation agreement (cooperation's AgreementDto['confirmedBy'] entry). */
export type AgreementConfirmationParent = AgreementDto['confirmedBy'][number];
/** An award payment's spending report and its lines as the evaluation service sends them (integer fen). */
export type SpendingReportFen = NonNullable<import('../../services/evaluation/evaluation.contract.js').PaymentDto['spending']>;
export type SpendingLineFen = SpendingReportFen['items'][number];
