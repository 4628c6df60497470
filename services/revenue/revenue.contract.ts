/** The revenue service's bus contract (stub: definitions move here in the one-shape step). */
export type {
  AgreementVersionDto,
  RevenueAgreementDto,
  RevenueEventDto,
  StatementLine,
  RevenueStatementDto,
  StatementPageDto,
  AgreementStatementLine,
  AgreementStatementDto,
  CreateAgreementParams,
  AmendAgreementParams,
  RecordParams,
  StatementParams,
} from './revenue.service.js';
export type { RevenuePolicy, PartyTerms, AgreementVersion } from './revenue.rules.js';
export type { AllocationLine, DeductionLine, InventorAllocation } from './allocation.js';
export { FULL_BP } from './allocation.js';
export * from './revenue.events.js';
