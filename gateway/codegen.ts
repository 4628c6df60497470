import type { CodegenConfig } from '@graphql-codegen/cli';

/** `<service>.contract.js#<Type>` as seen from gateway/generated/. */
const contract = (service: string, type: string) => `../../services/${service}/${service}.contract.js#${type}`;
const parents = (type: string) => `../resolvers/parents.js#${type}`;

/**
 * Resolver types for the gateway (GraphQL Code Generator's server types: `typescript` + `typescript-resolvers`),
 * from schemas/*.graphql into gateway/generated/resolvers-types.ts, committed (`npm run codegen:gateway`;
 * gateway/codegen.spec.ts fails when it is stale). Each GraphQL object type that resolvers receive as a service
 * DTO is mapped to that DTO from the service's contract, so a field resolver's parent is the DTO the service
 * answered and its return type is checked against the schema.
 */
export const gatewayCodegen: CodegenConfig = {
  schema: 'schemas/*.graphql',
  generates: {
    'gateway/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: '../context.js#GatewayContext',
        scalars: { Date: 'string', DateTime: 'string', ID: 'string' },
        mapperTypeSuffix: 'Parent',
        // A to-one field is answered by a DataLoader over a `getMany`-style action, which answers null for an id that
        // names nothing the caller may see; the public schema still says such a field is non-null, and graphql-js
        // reports that null as the field's own error; likewise an Error in place of a value (DataLoader's `loadMany`
        // answers one for an id whose lookup failed). So a resolver may answer null or an Error; parents, arguments
        // and result shapes are checked as generated.
        resolverTypeWrapperSignature: 'Promise<T | Error | null> | T | Error | null',
        mappers: {
          Organization: contract('organizations', 'OrganizationDto'),
          Disqualification: contract('organizations', 'DisqualificationDto'),
          OrganizationChange: contract('organizations', 'OrganizationChange'),
          OrganizationFacts: contract('organizations', 'OrganizationFacts'),
          OrganizationClassification: contract('organizations', 'ClassificationOn'),
          Viewer: parents('Me'),
          Listing: contract('listings', 'ListingDto'),
          ListingHit: contract('listings', 'ListingHitDto'),
          ListingSearchResult: contract('listings', 'SearchResultDto'),
          ListingFilter: contract('listings', 'ListingFilter'),
          Major: contract('listings', 'MajorRef'),
          RecommendationReason: contract('listings', 'ReasonDto'),
          ListingRecommendation: contract('listings', 'RecommendationDto'),
          OrganizationRecommendation: contract('listings', 'OrganizationRecommendationDto'),
          ListingRecommendations: contract('listings', 'RecommendationsDto'),
          ListingInterest: contract('listings', 'InterestDto'),
          MatchConversion: contract('listings', 'ConversionDto'),
          SavedSearch: contract('listings', 'SubscriptionDto'),
          MatchmakingEvent: contract('matchmaking', 'EventDto'),
          MatchmakingOutcome: contract('matchmaking', 'OutcomeDto'),
          EventRegistration: contract('matchmaking', 'RegistrationDto'),
          MatchmakingEventFigures: contract('matchmaking', 'EventFiguresDto'),
          MatchmakingYearFigures: contract('matchmaking', 'YearFiguresDto'),
          Alliance: contract('alliances', 'AllianceDto'),
          AllianceStatusChange: contract('alliances', 'StatusChange'),
          AllianceLeadChange: contract('alliances', 'LeadChange'),
          Membership: contract('alliances', 'MembershipDto'),
          MemberCounts: contract('alliances', 'MemberCounts'),
          TrainingBase: contract('trainingBases', 'TrainingBaseDto'),
          Booking: contract('trainingBases', 'BookingDto'),
          Slot: contract('trainingBases', 'SlotDto'),
          Utilization: contract('trainingBases', 'UtilizationDto'),
          InternshipService: contract('trainingBases', 'InternshipRecord'),
          GrantProgram: contract('grants', 'GrantProgramDto'),
          GrantProgramChange: contract('grants', 'ProgramChange'),
          GrantProgramTerms: contract('grants', 'ProgramTerms'),
          Criterion: contract('grants', 'Criterion'),
          CriterionResult: contract('grants', 'CriterionResult'),
          EligibilityReport: contract('grants', 'EligibilityReport'),
          EvaluatedMember: contract('grants', 'MemberEvidence'),
          ExcludedMember: contract('grants', 'ExcludedEvidence'),
          GrantApplication: contract('grants', 'GrantApplicationDto'),
          GrantAward: contract('grants', 'AwardDto'),
          GrantAuditEntry: contract('grants', 'AuditEntryDto'),
          GrantStanding: contract('grantStandings', 'StandingDto'),
          EligibilityCounts: contract('grants', 'EligibilityCounts'),
          Project: contract('projects', 'ProjectDto'),
          Notification: contract('notifications', 'NotificationDto'),
          NotificationPreferences: contract('notifications', 'PreferencesDto'),
          ProjectParticipant: contract('projects', 'ParticipantDto'),
          Milestone: contract('projects', 'MilestoneDto'),
          ProjectOutput: contract('projects', 'OutputDto'),
          ProjectStatusChange: contract('projects', 'StatusChangeDto'),
          RevenuePolicy: contract('revenue', 'RevenuePolicy'),
          RevenuePolicyVersion: contract('revenue', 'PolicyVersion'),
          RevenuePolicyChange: contract('revenue', 'PolicyChange'),
          RevenueParty: contract('revenue', 'PartyTerms'),
          RevenueAgreementVersion: contract('revenue', 'AgreementVersionDto'),
          RevenueAgreement: contract('revenue', 'RevenueAgreementDto'),
          RevenueEvent: contract('revenue', 'RevenueEventDto'),
          Deduction: contract('revenue', 'DeductionLine'),
          Allocation: contract('revenue', 'AllocationLine'),
          InventorAllocation: contract('revenue', 'InventorAllocation'),
          RevenueStatement: contract('revenue', 'RevenueStatementDto'),
          RevenueStatementLine: contract('revenue', 'StatementLine'),
          RevenueAgreementStatement: contract('revenue', 'AgreementStatementDto'),
          RevenueAgreementStatementLine: contract('revenue', 'AgreementStatementLine'),
          RevenueBeneficiaryTotal: parents('BeneficiaryTotalFen'),
          CooperationAgreement: contract('cooperation', 'AgreementDto'),
          AgreementObligation: contract('cooperation', 'ObligationDto'),
          AgreementConfirmation: parents('AgreementConfirmationParent'),
          InternshipPlacement: contract('cooperation', 'PlacementDto'),
          AttendanceMonth: contract('cooperation', 'AttendanceDto'),
          ApprenticeCohort: contract('cooperation', 'CohortDto'),
          GraduatePlacement: contract('cooperation', 'GraduateDto'),
          SubsidyPolicy: contract('cooperation', 'SubsidyPolicyDto'),
          SubsidyPolicyParameters: contract('cooperation', 'PolicyParameters'),
          SubsidyClaim: contract('cooperation', 'ClaimDto'),
          ClaimEvidence: contract('cooperation', 'ClaimComputationDto'),
          OrganizationAssessment: contract('cooperation', 'AssessmentDto'),
          CertProgram: contract('certification', 'CertProgramDto'),
          Declaration: contract('certification', 'DeclarationDto'),
          ConditionCheck: contract('certification', 'ConditionResult'),
          Objection: contract('certification', 'ObjectionDto'),
          LevyYear: contract('certification', 'LevyYearDto'),
          LevyStatement: contract('certification', 'LevyStatementDto'),
          CertAuditEntry: contract('certification', 'CertAuditEntryDto'),
          AwardPayment: contract('evaluation', 'PaymentDto'),
          SpendingLine: parents('SpendingLineFen'),
          SpendingReport: parents('SpendingReportFen'),
          PilotCity: contract('evaluation', 'PilotCityProgressDto'),
        },
      },
    },
  },
};

export default gatewayCodegen;
