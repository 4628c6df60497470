/**
 * Pure rules of revenue-split agreements and the revenue ledger: no broker, no database. The arithmetic lives beside
 * it, pure as well: splitting amounts in allocation.ts, the ledger's checks and the statement fold in ledger.ts.
 * The rules of each sub-domain are in rules/ (regional policies, agreements and their terms, recording and reversing
 * revenue, statements) and re-exported here: the service's files import them from this file.
 */
import {
  DEFAULT_DEDUCTION_KINDS,
  REVERSAL_PREFIX,
  type AgreementVersion,
  type PartyInput,
  type PartyTerms,
  type PolicyVersion,
  type RevenuePolicy,
} from './revenue.contract.js';

export { DEFAULT_DEDUCTION_KINDS, REVERSAL_PREFIX };
export type { AgreementVersion, PartyInput, PartyTerms, PolicyVersion, RevenuePolicy };

export * from './rules/policies.js';
export * from './rules/agreements.js';
export * from './rules/ledger.js';
export * from './rules/statements.js';
