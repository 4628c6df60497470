/**
 * Technology-transfer revenue: versioned revenue-split agreements, the append-only ledger, statements. Handlers
 * delegate: decisions in revenue.rules.ts, flows in ops/, documents → DTOs in revenue.mappers.ts; the bus contract
 * (action names, params, DTOs, events) is revenue.contract.ts. Amounts are integer fen.
 */
import type { Context, Service, ServiceSchema, ServiceSettingSchema } from 'moleculer';
import { actorOf } from '../../infra/auth.js';
import type { CallMeta } from '../../infra/caller.js';
import type { BatchEntry } from '../../infra/batch.js';
import type { Page } from '../../infra/pagination.js';
import { mongoMixin, type MongoVars } from '../../infra/mongo.mixin.js';
import {
  REVENUE_SERVICE,
  type AgreementStatementDto,
  type AgreementStatementParams,
  type AgreementVersionDto,
  type AmendAgreementParams,
  type AmendPolicyParams,
  type ClosePolicyParams,
  type CreatePolicyParams,
  type PolicyInForceParams,
  type CreateAgreementParams,
  type GetAgreementStatementsParams,
  type GetVersionsOnParams,
  type ListAgreementsParams,
  type RecordParams,
  type ReverseParams,
  type RevenueAgreementDto,
  type RevenueEventDto,
  type RevenuePolicy,
  type RevenueStatementDto,
  type StatementPageDto,
  type StatementPageParams,
  type StatementParams,
} from './revenue.contract.js';
import { revenueModels, type RevenueModels } from './revenue.model.js';
import * as P from './revenue.params.js';
import { policies, policiesCovering } from './policies.js';
import { seedPolicies } from './revenue.seed.js';
import { toPolicyDto } from './revenue.mappers.js';
import { normalizePolicyCode, policyInForce } from './revenue.rules.js';
import { createPolicy } from './ops/create-policy.js';
import { amendPolicy, closePolicy } from './ops/change-policy.js';
import { createAgreement } from './ops/create-agreement.js';
import { amendAgreement } from './ops/amend-agreement.js';
import { recordRevenue } from './ops/record-revenue.js';
import { reverseRevenue } from './ops/reverse-revenue.js';
import { getAgreement, getAgreements, getEvents, listAgreements, versionsOn } from './ops/read-agreements.js';
import { agreementStatement, agreementStatements, organizationStatement, organizationStatementPage } from './ops/statements.js';

type This = MongoVars<RevenueModels> & Service;
type Ctx<P> = Context<P, CallMeta>;

const RevenueService: ServiceSchema<ServiceSettingSchema, Record<string, never>, This> = {
  name: REVENUE_SERVICE,
  dependencies: ['organizations', 'alliances'],
  mixins: [mongoMixin(REVENUE_SERVICE, revenueModels)],

  actions: {
    /** The regional policies (data: created and amended through the API), sorted by code, each showing its latest version. Any verified caller. */
    policies: {
      retryPolicy: { enabled: true },
      async handler(this: This, ctx: Ctx<unknown>): Promise<RevenuePolicy[]> {
        actorOf(ctx);
        return [...(await policies(this.models.Policy)).values()].map((p) => toPolicyDto(p)).sort((a, b) => a.code.localeCompare(b.code));
      },
    },

    /** One policy by code (null when there is none), showing its latest version. Any verified caller. */
    getPolicy: {
      params: P.policyCodeParams,
      retryPolicy: { enabled: true },
      async handler(this: This, ctx: Ctx<{ code: string }>): Promise<RevenuePolicy | null> {
        actorOf(ctx);
        const p = (await policies(this.models.Policy)).get(normalizePolicyCode(ctx.params.code));
        return p ? toPolicyDto(p) : null;
      },
    },

    /** The policy an agreement of an alliance in `regionCode` follows on `date` (nearest covering region), that version shown; null when none. */
    policyInForce: {
      params: P.policyInForceParams,
      retryPolicy: { enabled: true },
      async handler(this: This, ctx: Ctx<PolicyInForceParams>): Promise<RevenuePolicy | null> {
        actorOf(ctx);
        const { regionCode, date } = ctx.params;
        const found = policyInForce(await policiesCovering(this.models.Policy, regionCode), regionCode, date);
        return found ? toPolicyDto(found.policy, found.version) : null;
      },
    },

    /** Creates a region's policy (version 1): a funder whose region covers it, or a platform admin; audited (ops/create-policy.ts). */
    createPolicy: {
      params: P.createPolicyParams,
      handler(this: This, ctx: Ctx<CreatePolicyParams>): Promise<RevenuePolicy> {
        return createPolicy(ctx, this.models);
      },
    },

    /** A new version of a policy from a date; existing agreements keep theirs. Audited (ops/change-policy.ts). */
    amendPolicy: {
      params: P.amendPolicyParams,
      handler(this: This, ctx: Ctx<AmendPolicyParams>): Promise<RevenuePolicy> {
        return amendPolicy(ctx, this.models);
      },
    },

    /** Ends a policy's latest version on a date. Audited (ops/change-policy.ts). */
    closePolicy: {
      params: P.closePolicyParams,
      handler(this: This, ctx: Ctx<ClosePolicyParams>): Promise<RevenuePolicy> {
        return closePolicy(ctx, this.models);
      },
    },

    /**
     * Creates an agreement (version 1). The owner is the alliance's lead, or the project's lead when a project is
     * named; only the owner's admins may create, amend and write its ledger (ops/create-agreement.ts).
     */
    createAgreement: {
      params: P.createAgreementParams,
      handler(this: This, ctx: Ctx<CreateAgreementParams>): Promise<RevenueAgreementDto> {
        return createAgreement(ctx, this.models);
      },
    },

    /**
     * Adds a version effective from a date strictly after the previous version's, and after any revenue already
     * recorded under the agreement (recorded revenue keeps the version it was split by; ops/amend-agreement.ts).
     */
    amendAgreement: {
      params: P.amendAgreementParams,
      handler(this: This, ctx: Ctx<AmendAgreementParams>): Promise<RevenueAgreementDto> {
        return amendAgreement(ctx, this.models);
      },
    },

    /** One agreement (null when missing; FORBIDDEN when the caller may not read it). */
    getAgreement: {
      params: P.idParams,
      retryPolicy: { enabled: true },
      handler(this: This, ctx: Ctx<{ id: string }>): Promise<RevenueAgreementDto | null> {
        return getAgreement(ctx, this.models);
      },
    },

    /** Batch lookup for DataLoader: same order as `ids`; null where missing or not readable by the caller. */
    getAgreements: {
      params: P.idsParams,
      retryPolicy: { enabled: true },
      handler(this: This, ctx: Ctx<{ ids: string[] }>): Promise<(RevenueAgreementDto | null)[]> {
        return getAgreements(ctx, this.models);
      },
    },

    /** Agreements an organization owns or is a party to (its admins, a funder over it, platform admins). */
    listAgreements: {
      params: P.listAgreementsParams,
      retryPolicy: { enabled: true },
      handler(this: This, ctx: Ctx<ListAgreementsParams>): Promise<Page<RevenueAgreementDto>> {
        return listAgreements(ctx, this.models);
      },
    },

    /** Batch for `RevenueAgreement.versionOn(date)`: per agreement id, the version in force on `date` (null before version 1). */
    getVersionsOn: {
      params: P.getVersionsOnParams,
      retryPolicy: { enabled: true },
      handler(this: This, ctx: Ctx<GetVersionsOnParams>): Promise<BatchEntry<AgreementVersionDto | null>[]> {
        return versionsOn(ctx, this.models);
      },
    },

    /**
     * Records revenue received under an agreement: net = gross − deductions (in the declared order), split by the
     * version in force on `receivedOn` with the largest-remainder method. Idempotent on (agreement, externalReference).
     */
    record: {
      params: P.recordParams,
      handler(this: This, ctx: Ctx<RecordParams>): Promise<RevenueEventDto> {
        return recordRevenue(ctx, this.models);
      },
    },

    /** Appends a reversal: every figure of the original negated. An event is reversed at most once; a reversal never. */
    reverse: {
      params: P.reverseParams,
      handler(this: This, ctx: Ctx<ReverseParams>): Promise<RevenueEventDto> {
        return reverseRevenue(ctx, this.models);
      },
    },

    /** Batch lookup for DataLoader: same order as `ids`; null where missing or not readable by the caller. */
    getEvents: {
      params: P.idsParams,
      retryPolicy: { enabled: true },
      handler(this: This, ctx: Ctx<{ ids: string[] }>): Promise<(RevenueEventDto | null)[]> {
        return getEvents(ctx, this.models);
      },
    },

    /** An organization's statement for a period: every event, its amount for the organization, running totals, a computed check. */
    statement: {
      params: P.statementParams,
      retryPolicy: { enabled: true },
      handler(this: This, ctx: Ctx<StatementParams>): Promise<RevenueStatementDto> {
        return organizationStatement(ctx, this.models);
      },
    },

    /** A page of an organization's statement, for exports that stream: running totals continue from `openingTotalFen`. */
    statementPage: {
      params: P.statementPageParams,
      retryPolicy: { enabled: true },
      handler(this: This, ctx: Ctx<StatementPageParams>): Promise<StatementPageDto> {
        return organizationStatementPage(ctx, this.models);
      },
    },

    /** An agreement's ledger for a period: every event with running net, totals per organization and beneficiary, a computed check. */
    agreementStatement: {
      params: P.agreementStatementParams,
      retryPolicy: { enabled: true },
      handler(this: This, ctx: Ctx<AgreementStatementParams>): Promise<AgreementStatementDto> {
        return agreementStatement(ctx, this.models);
      },
    },

    /** Batch for `RevenueAgreement.statement(from, to)`: per agreement id, its ledger for the period. */
    getAgreementStatements: {
      params: P.getAgreementStatementsParams,
      retryPolicy: { enabled: true },
      handler(this: This, ctx: Ctx<GetAgreementStatementsParams>): Promise<BatchEntry<AgreementStatementDto>[]> {
        return agreementStatements(ctx, this.models);
      },
    },
  },

  /** Inserts the initial regional policies where absent (revenue.seed.ts); existing ones, amended or not, are kept. */
  async started(this: This) {
    const codes = await seedPolicies(this.models.Policy);
    this.logger.info(`revenue policies ready: ${codes.join(', ')}`);
  },
};

export default RevenueService;
