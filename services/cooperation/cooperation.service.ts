/**
 * The cooperation service: school–enterprise agreements, internship placements and attendance, order classes and
 * apprenticeship cohorts, graduates, and the subsidy claims on them. Handlers delegate to ops/; decisions are the
 * pure rules of cooperation.rules.ts. Contract: cooperation.contract.ts.
 */
import type { Context, Service, ServiceSchema, ServiceSettingSchema } from 'moleculer';
import type { CallMeta } from '../../infra/auth.js';
import { raise } from '../../infra/errors.js';
import { mongoMixin, type MongoVars } from '../../infra/mongo.mixin.js';
import type * as C from './cooperation.contract.js';
import { cooperationModels, type CooperationModels } from './cooperation.model.js';
import * as P from './cooperation.params.js';
import { nationalIdInParams } from './cooperation.rules.js';
import * as agreements from './ops/agreements.js';
import * as cohorts from './ops/cohorts.js';
import * as figures from './ops/figures.js';
import * as placements from './ops/placements.js';
import * as subsidies from './ops/subsidies.js';

type This = MongoVars<CooperationModels> & Pick<Service, 'logger' | 'broker'> & { advanceTimer?: NodeJS.Timeout };
type Ctx<P> = Context<P, CallMeta>;

/** How often SIGNED agreements whose term began are moved to IN_FORCE (and the event emitted). */
const ADVANCE_EVERY_MS = 10 * 60_000;

const read = { retryPolicy: { enabled: true } } as const;

const CooperationService: ServiceSchema<ServiceSettingSchema, Record<string, never>, This> = {
  name: 'cooperation',
  dependencies: ['organizations', 'alliances'],
  mixins: [mongoMixin('cooperation', cooperationModels)],

  hooks: {
    before: {
      /**
       * Every action, once its params are validated: no national ID number in any free-text param, at any depth
       * (BAD_USER_INPUT NATIONAL_ID, `field` the param), before anything is read or stored (cooperation.rules.ts).
       */
      '*': function refuseNationalIds(ctx: Ctx<Record<string, unknown>>) {
        raise(nationalIdInParams(ctx.params ?? {}, ctx.action?.params as Record<string, unknown> | undefined));
      },
    },
  },

  actions: {
    /** Drafts an agreement between the caller's organization (ORG_ADMIN) and a counterpart. → AgreementDto DRAFT. */
    createAgreementDraft: { params: P.createAgreementDraftParams, handler(this: This, ctx: Ctx<C.CreateAgreementDraftParams>) { return agreements.createAgreementDraft(this.models, ctx); } },
    /** Edits an unconfirmed DRAFT (term, majors, obligations, title). CONFLICT ALREADY_CONFIRMED once a party confirmed. */
    updateAgreementDraft: { params: P.updateAgreementDraftParams, handler(this: This, ctx: Ctx<C.UpdateAgreementDraftParams>) { return agreements.updateAgreementDraft(this.models, ctx); } },
    /** The caller's party confirms a revision of the text; both confirmed it → SIGNED (IN_FORCE from its start). CONFLICT ALREADY_CONFIRMED on a repeat, TEXT_CHANGED when the text changed. */
    confirmAgreement: { params: P.confirmAgreementParams, handler(this: This, ctx: Ctx<C.ConfirmAgreementParams>) { return agreements.confirmAgreement(this.models, ctx); } },
    /** Signed copy (PDF/PNG/JPEG by magic bytes, ≤ 512 KiB) into GridFS. BAD_USER_INPUT ATTACHMENT_TOO_LARGE / ATTACHMENT_TYPE / ATTACHMENT_EMPTY. */
    uploadSignedCopy: { params: P.uploadSignedCopyParams, handler(this: This, ctx: Ctx<C.UploadSignedCopyParams>) { return agreements.uploadSignedCopy(this.models, this.conn, ctx); } },
    /** The signed copy, base64, for a reader of the agreement (null if none). */
    signedCopy: { params: P.agreementIdParams, ...read, handler(this: This, ctx: Ctx<{ agreementId: string }>) { return agreements.signedCopy(this.models, this.conn, ctx); } },
    /** Ends a SIGNED/IN_FORCE agreement early with a reason (either party). */
    terminateAgreement: { params: P.terminateParams, handler(this: This, ctx: Ctx<{ agreementId: string; reason: string }>) { return agreements.terminateAgreement(this.models, ctx); } },
    /** A renewal DRAFT from the day after the old end. */
    renewAgreement: { params: P.renewParams, handler(this: This, ctx: Ctx<{ agreementId: string; endOn: string }>) { return agreements.renewAgreement(this.models, ctx); } },
    getAgreement: { params: P.idParams, ...read, handler(this: This, ctx: Ctx<{ id: string }>) { return agreements.getAgreement(this.models, ctx); } },
    listAgreements: { params: P.listAgreementsParams, ...read, handler(this: This, ctx: Ctx<C.ListAgreementsParams>) { return agreements.listAgreements(this.models, ctx); } },
    /** Counts of one organization's cooperation as of a date (itself, its funders, services). */
    organizationHistory: { params: P.organizationHistoryParams, ...read, handler(this: This, ctx: Ctx<C.OrganizationHistoryParams>) { return figures.organizationHistory(this.models, ctx); } },
    /** The same counts over an alliance's active members (members, funders, services). */
    allianceFigures: { params: P.allianceFiguresParams, ...read, handler(this: This, ctx: Ctx<C.AllianceFiguresParams>) { return figures.allianceFigures(this.models, ctx); } },

    /** Places named students (insured for the whole period, premium never on the student) at the agreement's other party. */
    createPlacement: { params: P.createPlacementParams, handler(this: This, ctx: Ctx<C.CreatePlacementParams>) { return placements.createPlacement(this.models, ctx); } },
    getPlacement: { params: P.idParams, ...read, handler(this: This, ctx: Ctx<{ id: string }>) { return placements.getPlacement(this.models, ctx); } },
    listPlacements: { params: P.listPlacementsParams, ...read, handler(this: This, ctx: Ctx<C.ListPlacementsParams>) { return placements.listPlacements(this.models, ctx); } },
    /** The host confirms a month, once (CONFLICT ATTENDANCE_CONFIRMED). */
    confirmAttendance: { params: P.confirmAttendanceParams, handler(this: This, ctx: Ctx<C.ConfirmAttendanceParams>) { return placements.confirmAttendance(this.models, ctx); } },
    attendanceOf: { params: P.placementIdParams, ...read, handler(this: This, ctx: Ctx<{ placementId: string }>) { return placements.attendanceOf(this.models, ctx); } },
    /** attendanceOf for a list of placements in one call (the gateway's batched field). */
    attendanceOfMany: { params: P.placementIdsParams, ...read, handler(this: This, ctx: Ctx<{ placementIds: string[] }>) { return placements.attendanceOfMany(this.models, ctx); } },

    createCohort: { params: P.createCohortParams, handler(this: This, ctx: Ctx<C.CreateCohortParams>) { return cohorts.createCohort(this.models, ctx); } },
    recordCompletion: { params: P.recordCompletionParams, handler(this: This, ctx: Ctx<C.RecordCompletionParams>) { return cohorts.recordCompletion(this.models, ctx); } },
    listCohorts: { params: P.listCohortsParams, ...read, handler(this: This, ctx: Ctx<C.ListCohortsParams>) { return cohorts.listCohorts(this.models, ctx); } },
    recordGraduate: { params: P.recordGraduateParams, handler(this: This, ctx: Ctx<C.RecordGraduateParams>) { return cohorts.recordGraduate(this.models, ctx); } },
    confirmRetention: { params: P.confirmRetentionParams, handler(this: This, ctx: Ctx<{ graduateId: string; retained: boolean }>) { return cohorts.confirmRetention(this.models, ctx); } },
    listGraduates: { params: P.listGraduatesParams, ...read, handler(this: This, ctx: Ctx<C.ListGraduatesParams>) { return cohorts.listGraduates(this.models, ctx); } },
    retentionRates: { params: P.retentionRatesParams, ...read, handler(this: This, ctx: Ctx<C.RetentionRatesParams>) { return cohorts.retentionRates(this.models, ctx); } },

    createPolicy: { params: P.createPolicyParams, handler(this: This, ctx: Ctx<C.CreatePolicyParams>) { return subsidies.createPolicy(this.models, ctx); } },
    listPolicies: { params: P.listPoliciesParams, ...read, handler(this: This, ctx: Ctx<{ regionCode?: string | null; asOf?: string | null }>) { return subsidies.listPolicies(this.models, ctx); } },
    assessOrganization: { params: P.assessParams, handler(this: This, ctx: Ctx<C.AssessOrganizationParams>) { return subsidies.assessOrganization(this.models, ctx); } },
    previewClaim: { params: P.claimParams, ...read, handler(this: This, ctx: Ctx<C.ClaimParams>) { return subsidies.previewClaim(this.models, ctx); } },
    /** Computes and freezes a claim; overlapping or repeated claims: CONFLICT CLAIM_OPEN. */
    submitClaim: { params: P.claimParams, handler(this: This, ctx: Ctx<C.ClaimParams>) { return subsidies.submitClaim(this.models, ctx); } },
    /** One decision per claim by a funder covering its region (CONFLICT ALREADY_DECIDED for the others). */
    decideClaim: { params: P.decideClaimParams, handler(this: This, ctx: Ctx<C.DecideClaimParams>) { return subsidies.decideClaim(this.models, ctx); } },
    listClaims: { params: P.listClaimsParams, ...read, handler(this: This, ctx: Ctx<C.ListClaimsParams>) { return subsidies.listClaims(this.models, ctx); } },
    recordWorkforce: { params: P.workforceParams, handler(this: This, ctx: Ctx<{ organizationId: string; year: number; employees: number }>) { return subsidies.recordWorkforce(this.models, ctx); } },
    internQuota: { params: P.internQuotaParams, ...read, handler(this: This, ctx: Ctx<{ organizationId: string; year: number }>) { return subsidies.internQuotaOf(this.models, ctx, ctx.params.organizationId, ctx.params.year); } },
  },

  started(this: This) {
    this.advanceTimer = setInterval(() => {
      agreements.advanceAgreements(this.models, (event, payload) => this.broker.emit(event, payload)).catch((err) => this.logger.warn({ err }, 'advancing agreements failed'));
    }, ADVANCE_EVERY_MS);
    this.advanceTimer.unref();
  },
  stopped(this: This) {
    if (this.advanceTimer) clearInterval(this.advanceTimer);
  },
};

export default CooperationService;
