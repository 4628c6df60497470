import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { OrganizationDto as OrganizationDtoParent, DisqualificationDto as DisqualificationDtoParent, OrganizationChange as OrganizationChangeParent, OrganizationFacts as OrganizationFactsParent, ClassificationOn as ClassificationOnParent } from '../../services/organizations/organizations.contract.js';
import type { Me as MeParent, BeneficiaryTotalFen as BeneficiaryTotalFenParent, AgreementConfirmationParent as AgreementConfirmationParentParent, SpendingLineFen as SpendingLineFenParent, SpendingReportFen as SpendingReportFenParent } from '../resolvers/parents.js';
import type { ListingDto as ListingDtoParent, ListingHitDto as ListingHitDtoParent, SearchResultDto as SearchResultDtoParent, ListingFilter as ListingFilterParent, MajorRef as MajorRefParent, ReasonDto as ReasonDtoParent, RecommendationDto as RecommendationDtoParent, OrganizationRecommendationDto as OrganizationRecommendationDtoParent, RecommendationsDto as RecommendationsDtoParent, InterestDto as InterestDtoParent, ConversionDto as ConversionDtoParent, SubscriptionDto as SubscriptionDtoParent } from '../../services/listings/listings.contract.js';
import type { EventDto as EventDtoParent, OutcomeDto as OutcomeDtoParent, RegistrationDto as RegistrationDtoParent, EventFiguresDto as EventFiguresDtoParent, YearFiguresDto as YearFiguresDtoParent } from '../../services/matchmaking/matchmaking.contract.js';
import type { AllianceDto as AllianceDtoParent, StatusChange as StatusChangeParent, LeadChange as LeadChangeParent, MembershipDto as MembershipDtoParent, MemberCounts as MemberCountsParent } from '../../services/alliances/alliances.contract.js';
import type { TrainingBaseDto as TrainingBaseDtoParent, BookingDto as BookingDtoParent, SlotDto as SlotDtoParent, UtilizationDto as UtilizationDtoParent, InternshipRecord as InternshipRecordParent } from '../../services/trainingBases/trainingBases.contract.js';
import type { GrantProgramDto as GrantProgramDtoParent, ProgramChange as ProgramChangeParent, ProgramTerms as ProgramTermsParent, Criterion as CriterionParent, CriterionResult as CriterionResultParent, EligibilityReport as EligibilityReportParent, MemberEvidence as MemberEvidenceParent, ExcludedEvidence as ExcludedEvidenceParent, GrantApplicationDto as GrantApplicationDtoParent, AwardDto as AwardDtoParent, AuditEntryDto as AuditEntryDtoParent, EligibilityCounts as EligibilityCountsParent } from '../../services/grants/grants.contract.js';
import type { StandingDto as StandingDtoParent } from '../../services/grantStandings/grantStandings.contract.js';
import type { ProjectDto as ProjectDtoParent, ParticipantDto as ParticipantDtoParent, MilestoneDto as MilestoneDtoParent, OutputDto as OutputDtoParent, StatusChangeDto as StatusChangeDtoParent } from '../../services/projects/projects.contract.js';
import type { NotificationDto as NotificationDtoParent, PreferencesDto as PreferencesDtoParent } from '../../services/notifications/notifications.contract.js';
import type { RevenuePolicy as RevenuePolicyParent, PolicyVersion as PolicyVersionParent, PolicyChange as PolicyChangeParent, PartyTerms as PartyTermsParent, AgreementVersionDto as AgreementVersionDtoParent, RevenueAgreementDto as RevenueAgreementDtoParent, RevenueEventDto as RevenueEventDtoParent, DeductionLine as DeductionLineParent, AllocationLine as AllocationLineParent, InventorAllocation as InventorAllocationParent, RevenueStatementDto as RevenueStatementDtoParent, StatementLine as StatementLineParent, AgreementStatementDto as AgreementStatementDtoParent, AgreementStatementLine as AgreementStatementLineParent } from '../../services/revenue/revenue.contract.js';
import type { AgreementDto as AgreementDtoParent, ObligationDto as ObligationDtoParent, PlacementDto as PlacementDtoParent, AttendanceDto as AttendanceDtoParent, CohortDto as CohortDtoParent, GraduateDto as GraduateDtoParent, SubsidyPolicyDto as SubsidyPolicyDtoParent, PolicyParameters as PolicyParametersParent, ClaimDto as ClaimDtoParent, ClaimComputationDto as ClaimComputationDtoParent, AssessmentDto as AssessmentDtoParent } from '../../services/cooperation/cooperation.contract.js';
import type { CertProgramDto as CertProgramDtoParent, DeclarationDto as DeclarationDtoParent, ConditionResult as ConditionResultParent, ObjectionDto as ObjectionDtoParent, LevyYearDto as LevyYearDtoParent, LevyStatementDto as LevyStatementDtoParent, CertAuditEntryDto as CertAuditEntryDtoParent } from '../../services/certification/certification.contract.js';
import type { PaymentDto as PaymentDtoParent, PilotCityProgressDto as PilotCityProgressDtoParent } from '../../services/evaluation/evaluation.contract.js';
import type { GatewayContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Calendar date, YYYY-MM-DD. */
  Date: { input: string; output: string; }
  /** ISO 8601 date and time with offset, e.g. 2026-03-03T08:00:00+08:00; returned in UTC. */
  DateTime: { input: string; output: string; }
};

export type AgreementConfirmation = {
  __typename?: 'AgreementConfirmation';
  at: Scalars['DateTime']['output'];
  by: Scalars['String']['output'];
  organization: Organization;
};

export type AgreementObligation = {
  __typename?: 'AgreementObligation';
  organization: Organization;
  text: Scalars['String']['output'];
};

/** DRAFT → SIGNED (both parties confirmed) → IN_FORCE (from its start) → EXPIRED (after its end) or TERMINATED early with a reason. */
export type AgreementStatus =
  | 'DRAFT'
  | 'EXPIRED'
  | 'IN_FORCE'
  | 'SIGNED'
  | 'TERMINATED';

export type AgreementStatusChange = {
  __typename?: 'AgreementStatusChange';
  at: Scalars['DateTime']['output'];
  by: Scalars['String']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  status: AgreementStatus;
};

/** 订单班, 现代学徒制, 企业新型学徒制, 实习基地, 共建专业, 产业学院, 技术服务, 其他. */
export type AgreementType =
  | 'APPRENTICESHIP'
  | 'CO_BUILT_MAJOR'
  | 'INDUSTRY_COLLEGE'
  | 'INTERNSHIP_BASE'
  | 'NEW_APPRENTICESHIP'
  | 'ORDER_CLASS'
  | 'OTHER'
  | 'TECHNICAL_SERVICE';

export type Alliance = {
  __typename?: 'Alliance';
  /** The alliance against a program's criteria on a date (default today). */
  eligibility: EligibilityReport;
  /** The date the alliance was founded. */
  foundedOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  industries: Array<Scalars['String']['output']>;
  lead: Organization;
  /** Addition: who led the alliance from which date, the founding lead first. Grants pay the lead in force on the award date. */
  leadHistory: Array<AllianceLeadChange>;
  memberCounts: MemberCounts;
  members: MembershipConnection;
  name: Scalars['String']['output'];
  /** The alliance's projects the caller may read: all for the lead's admins and funders over its region; otherwise those the caller's organization takes part in. */
  projects: ProjectConnection;
  regionCode: Scalars['String']['output'];
  status: AllianceStatus;
  statusHistory: Array<AllianceStatusChange>;
  /** The status on a date (null before the alliance was founded). */
  statusOn?: Maybe<AllianceStatus>;
  trainingBases: TrainingBaseConnection;
};


export type AllianceEligibilityArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  programId: Scalars['ID']['input'];
};


export type AllianceMemberCountsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


export type AllianceMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<OrganizationKind>;
  status?: InputMaybe<MembershipStatus>;
};


export type AllianceProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ProjectStatus>;
};


export type AllianceStatusOnArgs = {
  date: Scalars['Date']['input'];
};


export type AllianceTrainingBasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type AllianceConnection = {
  __typename?: 'AllianceConnection';
  edges: Array<AllianceEdge>;
  pageInfo: PageInfo;
};

export type AllianceEdge = {
  __typename?: 'AllianceEdge';
  cursor: Scalars['String']['output'];
  node: Alliance;
};

export type AllianceFilter = {
  nameContains?: InputMaybe<Scalars['String']['input']>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<AllianceStatus>;
};

/** Addition: the lead unit from a date (inclusive) until the next entry. */
export type AllianceLeadChange = {
  __typename?: 'AllianceLeadChange';
  /** Token subject of who recorded it. */
  by: Scalars['String']['output'];
  from: Scalars['Date']['output'];
  lead: Organization;
  /** Why (null for the founding lead). */
  reason?: Maybe<Scalars['String']['output']>;
  recordedAt: Scalars['DateTime']['output'];
};

export type AllianceStatus =
  | 'ACTIVE'
  | 'DISSOLVED'
  | 'FORMING'
  | 'SUSPENDED';

/** A change of the alliance's status, effective from a date. */
export type AllianceStatusChange = {
  __typename?: 'AllianceStatusChange';
  from: Scalars['Date']['output'];
  recordedAt: Scalars['DateTime']['output'];
  status: AllianceStatus;
};

export type Allocation = {
  __typename?: 'Allocation';
  amount: Money;
  beneficiary: Beneficiary;
  /** On a TEACHERS allocation with named inventors: its split among them (sums to amount). */
  inventors: Array<InventorAllocation>;
  organization: Organization;
};

/** A new version: effective strictly after the previous version, and after any revenue already recorded. Omitted fields keep the previous version's. */
export type AmendRevenueAgreementInput = {
  agreementId: Scalars['ID']['input'];
  deductionKinds?: InputMaybe<Array<Scalars['String']['input']>>;
  effectiveFrom: Scalars['Date']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  parties: Array<RevenuePartyInput>;
  policyCode?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Addition: a new version from validFrom (after the latest version's); omitted figures keep the latest's. Agreements already made keep theirs. */
export type AmendRevenuePolicyInput = {
  code: Scalars['String']['input'];
  maxTeacherShareBp?: InputMaybe<Scalars['Int']['input']>;
  minTeacherShareBp?: InputMaybe<Scalars['Int']['input']>;
  /** Why (kept in the policy's changes). */
  note: Scalars['String']['input'];
  source?: InputMaybe<Scalars['String']['input']>;
  validFrom: Scalars['Date']['input'];
  validUntil?: InputMaybe<Scalars['Date']['input']>;
};

export type ApplicationStatus =
  | 'APPROVED'
  | 'REJECTED'
  | 'SUBMITTED';

/** An order class (订单班) or apprenticeship cohort (现代学徒制 / 企业新型学徒制, 1–2 years). */
export type ApprenticeCohort = {
  __typename?: 'ApprenticeCohort';
  agreementId: Scalars['ID']['output'];
  endOn: Scalars['Date']['output'];
  enterprise: Organization;
  headcount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  kind: CohortKind;
  major: Scalars['String']['output'];
  name: Scalars['String']['output'];
  school: Organization;
  startOn: Scalars['Date']['output'];
  students: Array<CohortStudent>;
  trainingHours: Scalars['Int']['output'];
};

export type ApprenticeCohortConnection = {
  __typename?: 'ApprenticeCohortConnection';
  edges: Array<ApprenticeCohortEdge>;
  pageInfo: PageInfo;
};

export type ApprenticeCohortEdge = {
  __typename?: 'ApprenticeCohortEdge';
  cursor: Scalars['String']['output'];
  node: ApprenticeCohort;
};

/** A supporting document in GridFS: PDF, PNG or JPEG by its bytes, at most 512 KiB. */
export type Attachment = {
  __typename?: 'Attachment';
  bytes: Scalars['Int']['output'];
  fileId: Scalars['ID']['output'];
  fileName: Scalars['String']['output'];
  mime: Scalars['String']['output'];
  uploadedAt: Scalars['DateTime']['output'];
};

export type AttendanceMonth = {
  __typename?: 'AttendanceMonth';
  attendedCount: Scalars['Int']['output'];
  confirmedAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** YYYY-MM. */
  month: Scalars['String']['output'];
};

export type AwardPayment = {
  __typename?: 'AwardPayment';
  amount: Money;
  applicationId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  paidOn: Scalars['Date']['output'];
  permittedUse: Scalars['String']['output'];
  recipient?: Maybe<Organization>;
  spending?: Maybe<SpendingReport>;
  voucherRef: Scalars['String']['output'];
};

export type Beneficiary =
  | 'ORGANIZATION'
  | 'SCHOOL_FUNDS'
  | 'TEACHERS';

export type BookTrainingBaseInput = {
  baseId: Scalars['ID']['input'];
  end: Scalars['DateTime']['input'];
  headcount: Scalars['Int']['input'];
  /** Same key, same result: a retry never books twice. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  organizationId: Scalars['ID']['input'];
  purpose: BookingPurpose;
  recurrence?: InputMaybe<WeeklyRecurrenceInput>;
  start: Scalars['DateTime']['input'];
};

export type Booking = {
  __typename?: 'Booking';
  base: TrainingBase;
  createdAt: Scalars['DateTime']['output'];
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** User id of whoever approved, rejected or cancelled. */
  decidedBy?: Maybe<Scalars['String']['output']>;
  end: Scalars['DateTime']['output'];
  headcount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  organization: Organization;
  purpose: BookingPurpose;
  /** Why it was rejected or cancelled. */
  reason?: Maybe<Scalars['String']['output']>;
  /** User id (token subject) of whoever booked. */
  requestedBy: Scalars['String']['output'];
  /** Shared by the occurrences of a weekly series. */
  seriesId?: Maybe<Scalars['ID']['output']>;
  start: Scalars['DateTime']['output'];
  /** CONFIRMED bookings whose end has passed are COMPLETED. */
  status: BookingStatus;
};

export type BookingConnection = {
  __typename?: 'BookingConnection';
  edges: Array<BookingEdge>;
  pageInfo: PageInfo;
};

export type BookingEdge = {
  __typename?: 'BookingEdge';
  cursor: Scalars['String']['output'];
  node: Booking;
};

export type BookingPurpose =
  | 'ASSESSMENT'
  | 'COURSE'
  | 'INTERNSHIP'
  | 'RESEARCH'
  | 'TRAINING';

/** Booking rules of a base. */
export type BookingRules = {
  __typename?: 'BookingRules';
  /** How far ahead a booking may start, days. */
  maxDaysAhead: Scalars['Int']['output'];
  /** Longest booking, minutes (at most a day). */
  maxMinutes: Scalars['Int']['output'];
  /** Shortest booking, minutes (multiple of 15). */
  minMinutes: Scalars['Int']['output'];
  /** Station-hours one organization may hold per calendar month (base time zone); null = no cap. */
  monthlyStationHoursCap?: Maybe<Scalars['Int']['output']>;
};

export type BookingRulesInput = {
  maxDaysAhead?: InputMaybe<Scalars['Int']['input']>;
  maxMinutes?: InputMaybe<Scalars['Int']['input']>;
  minMinutes?: InputMaybe<Scalars['Int']['input']>;
  monthlyStationHoursCap?: InputMaybe<Scalars['Int']['input']>;
};

export type BookingStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'CONFIRMED'
  | 'PENDING'
  | 'REJECTED';

export type CertAuditEntry = {
  __typename?: 'CertAuditEntry';
  action: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  by: Scalars['String']['output'];
  declarationId?: Maybe<Scalars['ID']['output']>;
  key: Scalars['String']['output'];
  programId?: Maybe<Scalars['ID']['output']>;
};

/** A basic condition (基本条件) of a program, as data: a minimum (`threshold`) or the allowed industries (`values`). */
export type CertCondition = {
  __typename?: 'CertCondition';
  kind: CertConditionKind;
  threshold?: Maybe<Scalars['Int']['output']>;
  values?: Maybe<Array<Scalars['String']['output']>>;
};

export type CertConditionInput = {
  kind: CertConditionKind;
  threshold?: InputMaybe<Scalars['Int']['input']>;
  values?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type CertConditionKind =
  | 'INDUSTRY_IN'
  | 'MIN_AGREEMENTS_IN_FORCE'
  | 'MIN_APPRENTICES'
  | 'MIN_ATTACHMENTS'
  | 'MIN_EMPLOYEES'
  | 'MIN_INTERN_PERSON_MONTHS'
  | 'MIN_PROJECTS'
  | 'MIN_TRAINING_BASES';

export type CertDecision =
  | 'APPROVE'
  | 'REJECT';

export type CertProgram = {
  __typename?: 'CertProgram';
  code: Scalars['String']['output'];
  conditions: Array<CertCondition>;
  funder?: Maybe<Organization>;
  id: Scalars['ID']['output'];
  levyPolicies: Array<LevyPolicy>;
  name: Scalars['String']['output'];
  /** 公示 days (calendar days from the decision date, both ends included). */
  noticeDays: Scalars['Int']['output'];
  /** Average total score needed to approve. */
  passScore: Scalars['Int']['output'];
  /** Reviews without a declared conflict of interest needed before a decision. */
  quorum: Scalars['Int']['output'];
  regionCode: Scalars['String']['output'];
  reviewCriteria: Array<ReviewCriterion>;
  validityYears: Scalars['Int']['output'];
};

export type CertReviewer = {
  __typename?: 'CertReviewer';
  organizationId: Scalars['ID']['output'];
  userId: Scalars['String']['output'];
};

/** The certification catalogue (认证目录). */
export type CertifiedEnterprise = {
  __typename?: 'CertifiedEnterprise';
  declarationId: Scalars['ID']['output'];
  industry: Scalars['String']['output'];
  organizationId: Scalars['ID']['output'];
  organizationName: Scalars['String']['output'];
  programName: Scalars['String']['output'];
  regionCode: Scalars['String']['output'];
  validFrom: Scalars['Date']['output'];
  validUntil: Scalars['Date']['output'];
};

export type ClaimDecision =
  | 'APPROVE'
  | 'REJECT';

/** What a claim was computed from (frozen at submission). */
export type ClaimEvidence = {
  __typename?: 'ClaimEvidence';
  amount: Money;
  formula: Scalars['String']['output'];
  lines: Array<ClaimEvidenceLine>;
  periodFrom: Scalars['Date']['output'];
  periodTo: Scalars['Date']['output'];
  quantity: Scalars['Int']['output'];
};

export type ClaimEvidenceLine = {
  __typename?: 'ClaimEvidenceLine';
  kind: Scalars['String']['output'];
  month?: Maybe<Scalars['String']['output']>;
  quantity: Scalars['Int']['output'];
  recordId: Scalars['String']['output'];
};

export type CohortKind =
  | 'MODERN_APPRENTICESHIP'
  | 'NEW_APPRENTICESHIP'
  | 'ORDER_CLASS';

export type CohortStudent = {
  __typename?: 'CohortStudent';
  certificates: Array<Scalars['String']['output']>;
  completed: Scalars['Boolean']['output'];
  major: Scalars['String']['output'];
  name: Scalars['String']['output'];
  studentNumber: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

export type ConditionCheck = {
  __typename?: 'ConditionCheck';
  /** A number, or the industry. */
  actual?: Maybe<Scalars['String']['output']>;
  kind: CertConditionKind;
  passed: Scalars['Boolean']['output'];
  /** A minimum, or the allowed industries joined by 、. */
  required?: Maybe<Scalars['String']['output']>;
};

/** AGREEMENT: agreementType (ORDER_CLASS, APPRENTICESHIP, NEW_APPRENTICESHIP, INTERNSHIP_BASE, CO_BUILT_MAJOR, INDUSTRY_COLLEGE, TECHNICAL_SERVICE, OTHER; default by kind); PROJECT: allianceId; BOOKING: baseId, start, end (ISO with offset), headcount. */
export type ConvertMatchInput = {
  agreementType?: InputMaybe<Scalars['String']['input']>;
  allianceId?: InputMaybe<Scalars['ID']['input']>;
  baseId?: InputMaybe<Scalars['ID']['input']>;
  end?: InputMaybe<Scalars['String']['input']>;
  headcount?: InputMaybe<Scalars['Int']['input']>;
  interestId: Scalars['ID']['input'];
  kind: MatchConversionKind;
  start?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

/** A school–enterprise cooperation agreement (校企合作协议). Visible to its two parties and the funders of their regions only. */
export type CooperationAgreement = {
  __typename?: 'CooperationAgreement';
  /** The confirmations of the current revision. */
  confirmedBy: Array<AgreementConfirmation>;
  createdAt: Scalars['DateTime']['output'];
  endOn?: Maybe<Scalars['Date']['output']>;
  history: Array<AgreementStatusChange>;
  id: Scalars['ID']['output'];
  majors: Array<Major>;
  obligations: Array<AgreementObligation>;
  /** Initiator first. */
  parties: Array<Organization>;
  /** The agreement this one renews. */
  renewalOf?: Maybe<Scalars['ID']['output']>;
  /** The text's revision: 0 when drafted, + 1 per edit of the draft. A confirmation is of one revision (confirmAgreement's `revision`). */
  revision: Scalars['Int']['output'];
  signedCopy?: Maybe<SignedCopy>;
  startOn?: Maybe<Scalars['Date']['output']>;
  /** As of today. */
  status: AgreementStatus;
  terminationReason?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  type: AgreementType;
};

export type CooperationAgreementConnection = {
  __typename?: 'CooperationAgreementConnection';
  edges: Array<CooperationAgreementEdge>;
  pageInfo: PageInfo;
};

export type CooperationAgreementEdge = {
  __typename?: 'CooperationAgreementEdge';
  cursor: Scalars['String']['output'];
  node: CooperationAgreement;
};

/** Counts of cooperation as of a date (an organization, or an alliance's active members). */
export type CooperationFigures = {
  __typename?: 'CooperationFigures';
  agreementsInForce: Scalars['Int']['output'];
  agreementsTotal: Scalars['Int']['output'];
  apprentices: Scalars['Int']['output'];
  graduatesPlaced: Scalars['Int']['output'];
  graduatesRetained: Scalars['Int']['output'];
  internPersonMonths: Scalars['Int']['output'];
  orderClassStudents: Scalars['Int']['output'];
  placements: Scalars['Int']['output'];
};

/** The enterprise's cooperation on the platform, drawn when it declared and again when it submitted (never typed in). Null: the source did not answer (named in `unavailable`). */
export type CooperationSnapshot = {
  __typename?: 'CooperationSnapshot';
  agreementsInForce?: Maybe<Scalars['Int']['output']>;
  agreementsTotal?: Maybe<Scalars['Int']['output']>;
  apprentices?: Maybe<Scalars['Int']['output']>;
  asOf: Scalars['Date']['output'];
  graduatesPlaced?: Maybe<Scalars['Int']['output']>;
  graduatesRetained?: Maybe<Scalars['Int']['output']>;
  internPersonMonths?: Maybe<Scalars['Int']['output']>;
  orderClassStudents?: Maybe<Scalars['Int']['output']>;
  placements?: Maybe<Scalars['Int']['output']>;
  projects?: Maybe<Scalars['Int']['output']>;
  trainingBasesHosted?: Maybe<Scalars['Int']['output']>;
  unavailable: Array<Scalars['String']['output']>;
};

export type CreateAgreementDraftInput = {
  counterpartOrganizationId: Scalars['ID']['input'];
  endOn?: InputMaybe<Scalars['Date']['input']>;
  majors?: InputMaybe<Array<MajorInput>>;
  obligations?: InputMaybe<Array<ObligationInput>>;
  startOn?: InputMaybe<Scalars['Date']['input']>;
  title: Scalars['String']['input'];
  type: AgreementType;
};

export type CreateAllianceInput = {
  /** The date the alliance was founded: defaults to today; may be in the past (recording an existing alliance), never in the future. Its status is FORMING from then. */
  foundedOn?: InputMaybe<Scalars['Date']['input']>;
  industries?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Becomes the alliance's LEAD member, active from foundedOn. */
  leadOrganizationId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  regionCode: Scalars['String']['input'];
};

export type CreateCertProgramInput = {
  code: Scalars['String']['input'];
  conditions: Array<CertConditionInput>;
  funderOrganizationId?: InputMaybe<Scalars['ID']['input']>;
  levyPolicies?: InputMaybe<Array<LevyPolicyInput>>;
  name: Scalars['String']['input'];
  noticeDays?: InputMaybe<Scalars['Int']['input']>;
  passScore: Scalars['Int']['input'];
  quorum: Scalars['Int']['input'];
  regionCode: Scalars['String']['input'];
  reviewCriteria: Array<ReviewCriterionInput>;
  validityYears?: InputMaybe<Scalars['Int']['input']>;
};

export type CreateCohortInput = {
  agreementId: Scalars['ID']['input'];
  endOn: Scalars['Date']['input'];
  kind: CohortKind;
  major: Scalars['String']['input'];
  name: Scalars['String']['input'];
  startOn: Scalars['Date']['input'];
  students: Array<StudentInput>;
  trainingHours: Scalars['Int']['input'];
};

export type CreateDeclarationInput = {
  contactName: Scalars['String']['input'];
  contactPhone: Scalars['String']['input'];
  cooperationSummary: Scalars['String']['input'];
  employees: Scalars['Int']['input'];
  industry: Scalars['String']['input'];
  mainBusiness: Scalars['String']['input'];
  organizationId: Scalars['ID']['input'];
  programId: Scalars['ID']['input'];
  scale: EnterpriseScaleClass;
};

export type CreateGrantProgramInput = {
  awardAmount: MoneyInput;
  closesOn?: InputMaybe<Scalars['Date']['input']>;
  code: Scalars['String']['input'];
  criteria: Array<CriterionInput>;
  /** Addition: platform admins create a program on behalf of a GOVERNMENT organization; a funder always creates for its own. */
  funderOrganizationId?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  opensOn?: InputMaybe<Scalars['Date']['input']>;
  regionCode: Scalars['String']['input'];
};

/** Amounts are yuan as decimal strings ("4500.00"); dates YYYY-MM-DD; industries GB/T 4754 codes; region GB/T 2260. */
export type CreateListingInput = {
  budget?: InputMaybe<Scalars['String']['input']>;
  description: Scalars['String']['input'];
  headcount?: InputMaybe<Scalars['Int']['input']>;
  industries?: InputMaybe<Array<Scalars['String']['input']>>;
  kind: ListingKind;
  majors?: InputMaybe<Array<MajorInput>>;
  openToNonMembers?: InputMaybe<Scalars['Boolean']['input']>;
  organizationId: Scalars['ID']['input'];
  payMax?: InputMaybe<Scalars['String']['input']>;
  payMin?: InputMaybe<Scalars['String']['input']>;
  periodFrom?: InputMaybe<Scalars['Date']['input']>;
  periodTo?: InputMaybe<Scalars['Date']['input']>;
  place?: InputMaybe<Scalars['String']['input']>;
  /** Publish at once (default true). */
  publish?: InputMaybe<Scalars['Boolean']['input']>;
  regionCode: Scalars['String']['input'];
  title: Scalars['String']['input'];
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  validTo: Scalars['Date']['input'];
};

export type CreateMatchmakingEventInput = {
  /** The alliance its lead organizes for; none for a funder's event. */
  allianceId?: InputMaybe<Scalars['ID']['input']>;
  capacity: Scalars['Int']['input'];
  date: Scalars['Date']['input'];
  industries?: InputMaybe<Array<Scalars['String']['input']>>;
  kind: MatchmakingEventKind;
  mode: MatchmakingMode;
  organizerOrganizationId: Scalars['ID']['input'];
  place: Scalars['String']['input'];
  regionCode: Scalars['String']['input'];
  registrationClosesOn?: InputMaybe<Scalars['Date']['input']>;
  registrationMode: RegistrationMode;
  startTime?: InputMaybe<Scalars['String']['input']>;
  theme: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

export type CreatePlacementInput = {
  agreementId: Scalars['ID']['input'];
  endOn: Scalars['Date']['input'];
  hostOrganizationId: Scalars['ID']['input'];
  insurance: InsuranceInput;
  mentor: MentorInput;
  monthlyPay: MoneyInput;
  startOn: Scalars['Date']['input'];
  students: Array<StudentInput>;
};

export type CreateProjectInput = {
  allianceId: Scalars['ID']['input'];
  /** Added: planned end, not before startOn. */
  endOn?: InputMaybe<Scalars['Date']['input']>;
  /** Exactly one LEAD (the project's lead organization); at least one SCHOOL and one ENTERPRISE; all active members of the alliance today. */
  participants: Array<ParticipantInput>;
  /** Added: planned start. */
  startOn?: InputMaybe<Scalars['Date']['input']>;
  title: Scalars['String']['input'];
};

export type CreateRevenueAgreementInput = {
  allianceId: Scalars['ID']['input'];
  /** Deductible cost kinds in the order they apply; default [PATENT_FEE, AGENT_COMMISSION, TAX]. */
  deductionKinds?: InputMaybe<Array<Scalars['String']['input']>>;
  effectiveFrom: Scalars['Date']['input'];
  /** Project outputs covered (requires projectId). */
  outputIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  parties: Array<RevenuePartyInput>;
  /** The policy in force for the alliance's region on effectiveFrom (may be omitted); naming another region's is FAILED_PRECONDITION. */
  policyCode?: InputMaybe<Scalars['String']['input']>;
  projectId?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
};

/** Addition: a region's policy, by a funder whose region covers it or a platform admin. One policy per region. */
export type CreateRevenuePolicyInput = {
  /** Upper-case letters, digits, '_' and '-' (e.g. GUILIN); unique. */
  code: Scalars['String']['input'];
  maxTeacherShareBp: Scalars['Int']['input'];
  minTeacherShareBp: Scalars['Int']['input'];
  name: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  regionCode: Scalars['String']['input'];
  source?: InputMaybe<Scalars['String']['input']>;
  validFrom: Scalars['Date']['input'];
  validUntil?: InputMaybe<Scalars['Date']['input']>;
};

export type CreateSubsidyPolicyInput = {
  kind: SubsidyPolicyKind;
  name: Scalars['String']['input'];
  parameters: SubsidyPolicyParametersInput;
  regionCode: Scalars['String']['input'];
  source: Scalars['String']['input'];
  validFrom: Scalars['Date']['input'];
  validTo?: InputMaybe<Scalars['Date']['input']>;
};

export type CreateTrainingBaseInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  allianceId: Scalars['ID']['input'];
  capacity: Scalars['Int']['input'];
  closedDates?: InputMaybe<Array<Scalars['Date']['input']>>;
  disciplines?: InputMaybe<Array<Scalars['String']['input']>>;
  hostOrganizationId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  openingHours: Array<OpeningHoursInput>;
  requiresApproval?: InputMaybe<Scalars['Boolean']['input']>;
  rules?: InputMaybe<BookingRulesInput>;
  timeZone: Scalars['String']['input'];
};

/** A program criterion: data, not code. MIN_* kinds compare a count with `threshold`; the others are yes/no and have none. */
export type Criterion = {
  __typename?: 'Criterion';
  description: Scalars['String']['output'];
  kind: CriterionKind;
  threshold?: Maybe<Scalars['Int']['output']>;
};

export type CriterionInput = {
  kind: CriterionKind;
  threshold?: InputMaybe<Scalars['Int']['input']>;
};

export type CriterionKind =
  | 'ALLIANCE_ACTIVE'
  | 'LEAD_IN_GOOD_STANDING'
  | 'MIN_DISTINCT_SCHOOL_TYPES'
  | 'MIN_ENTERPRISES'
  | 'MIN_SCHOOLS';

export type CriterionResult = {
  __typename?: 'CriterionResult';
  actual?: Maybe<Scalars['Int']['output']>;
  description: Scalars['String']['output'];
  /** Addition: the facts behind a yes/no criterion, e.g. 'FORMING on 2024-05-01'. */
  detail?: Maybe<Scalars['String']['output']>;
  kind: CriterionKind;
  passed: Scalars['Boolean']['output'];
  required?: Maybe<Scalars['Int']['output']>;
};

export type Decision =
  | 'APPROVE'
  | 'REJECT';

export type Declaration = {
  __typename?: 'Declaration';
  attachments: Array<Attachment>;
  averageScore?: Maybe<Scalars['Float']['output']>;
  contactName: Scalars['String']['output'];
  contactPhone: Scalars['String']['output'];
  cooperation: CooperationSnapshot;
  cooperationSummary: Scalars['String']['output'];
  decision?: Maybe<CertDecision>;
  decisionNote?: Maybe<Scalars['String']['output']>;
  employees: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  industry: Scalars['String']['output'];
  /** The levy statement (certified declarations). */
  levyStatement?: Maybe<LevyStatement>;
  mainBusiness: Scalars['String']['output'];
  noticeFrom?: Maybe<Scalars['Date']['output']>;
  noticeUntil?: Maybe<Scalars['Date']['output']>;
  /** The program's funder and funders above it, and an objector its own. */
  objections: Array<Objection>;
  organization?: Maybe<Organization>;
  organizationName?: Maybe<Scalars['String']['output']>;
  precheck?: Maybe<Array<ConditionCheck>>;
  program?: Maybe<CertProgram>;
  regionCode: Scalars['String']['output'];
  /** DECISION, OBJECTION_UPHELD or FALSE_INFORMATION. */
  rejectionReason?: Maybe<Scalars['String']['output']>;
  /** The panel: each reviewer a user of an organization (a user id alone names no one across organizations). */
  reviewerPanel: Array<CertReviewer>;
  /** The reviewers' user ids as assigned; who they are (user and organization) is `reviewerPanel`. */
  reviewers: Array<Scalars['String']['output']>;
  reviews: Array<Review>;
  scale: EnterpriseScaleClass;
  status: DeclarationStatus;
  /** Every step, dated (UTC instant and platform date) with who took it. */
  steps: Array<DeclarationStep>;
  validFrom?: Maybe<Scalars['Date']['output']>;
  validUntil?: Maybe<Scalars['Date']['output']>;
  yearlyReports: Array<YearlyReport>;
};

export type DeclarationStatus =
  | 'CERTIFIED'
  | 'DRAFT'
  | 'IN_NOTICE'
  | 'IN_RESERVE'
  | 'REJECTED'
  | 'SUBMITTED'
  | 'UNDER_REVIEW';

export type DeclarationStep = {
  __typename?: 'DeclarationStep';
  at: Scalars['DateTime']['output'];
  by: Scalars['String']['output'];
  note?: Maybe<Scalars['String']['output']>;
  on: Scalars['Date']['output'];
  status: DeclarationStatus;
};

export type Deduction = {
  __typename?: 'Deduction';
  amount: Money;
  kind: Scalars['String']['output'];
  /** What is left of the gross after this deduction and those before it (declared order). */
  remaining: Money;
};

export type DeductionInput = {
  amount: MoneyInput;
  kind: Scalars['String']['input'];
};

/** Addition: an enterprise's 规模以上 status in one statistical year. */
export type DesignatedSizeYear = {
  __typename?: 'DesignatedSizeYear';
  aboveDesignatedSize: Scalars['Boolean']['output'];
  year: Scalars['Int']['output'];
};

/** A bar on an organization: it is not counted for grants from `from` through `until` (inclusive) unless lifted earlier; while it is in force the organization may not join alliances, book training bases, join projects or become a party to revenue agreements (FAILED_PRECONDITION, `details.reason` DISQUALIFIED with the ban's dates). */
export type Disqualification = {
  __typename?: 'Disqualification';
  /** Addition: with CANCEL, how many bookings were cancelled when it was imposed; null with KEEP or when the training bases could not be reached then. */
  cancelledBookingCount?: Maybe<Scalars['Int']['output']>;
  createdAt: Scalars['DateTime']['output'];
  from: Scalars['Date']['output'];
  /** Addition: the funder's choice for the organization's bookings that start later (KEEP for bans made before the choice existed). */
  futureBookings: FutureBookingsChoice;
  id: Scalars['ID']['output'];
  /** The funder organization that imposed it. */
  imposedBy?: Maybe<Organization>;
  /** Why it was imposed: GENERAL, or FALSE_INFORMATION (a finding on a 产教融合型企业 declaration, 003 篇6 五: 5年内取消申报资格). */
  kind: Scalars['String']['output'];
  /** Why it was lifted. */
  liftReason?: Maybe<Scalars['String']['output']>;
  liftedAt?: Maybe<Scalars['DateTime']['output']>;
  organization: Organization;
  reason: Scalars['String']['output'];
  /** What the finding concerns, e.g. certification.declaration:<id>. */
  sourceRef?: Maybe<Scalars['String']['output']>;
  /** Last day of the bar, inclusive. */
  until: Scalars['Date']['output'];
};

/** Addition: counts behind an evaluation (organizations disqualified on the date are not counted). */
export type EligibilityCounts = {
  __typename?: 'EligibilityCounts';
  bySchoolType: Array<SchoolTypeCount>;
  distinctSchoolTypes: Scalars['Int']['output'];
  enterprises: Scalars['Int']['output'];
  schools: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type EligibilityReport = {
  __typename?: 'EligibilityReport';
  alliance: Alliance;
  /** Addition: the alliance's status on asOf (null before it was founded). */
  allianceStatus?: Maybe<AllianceStatus>;
  asOf: Scalars['Date']['output'];
  awardAmount: Money;
  /** Addition: the counted members as they stood on asOf (self-contained evidence). */
  countedEvidence: Array<EvaluatedMember>;
  countedMembers: Array<Organization>;
  /** Addition: counts of the members counted. */
  counts: EligibilityCounts;
  criteria: Array<CriterionResult>;
  eligible: Scalars['Boolean']['output'];
  excludedMembers: Array<ExcludedMember>;
  program: GrantProgram;
  recipient: Organization;
  /** What is missing, in words a person can act on, e.g. '2 more enterprises'. Empty when eligible. */
  shortfall: Array<Scalars['String']['output']>;
};

/** Enterprise size class (大型, 中型, 小型, 微型). */
export type EnterpriseScale =
  | 'LARGE'
  | 'MEDIUM'
  | 'MICRO'
  | 'SMALL';

export type EnterpriseScaleClass =
  | 'LARGE'
  | 'MEDIUM'
  | 'MICRO'
  | 'SMALL';

/** Addition: a member as it stood in the evaluation (frozen evaluations keep names, kinds and school types). */
export type EvaluatedMember = {
  __typename?: 'EvaluatedMember';
  kind: OrganizationKind;
  name?: Maybe<Scalars['String']['output']>;
  organizationId: Scalars['ID']['output'];
  role: MembershipRole;
  schoolType?: Maybe<SchoolType>;
};

export type EvaluationOutcome = {
  __typename?: 'EvaluationOutcome';
  by: Scalars['String']['output'];
  description: Scalars['String']['output'];
  kind: OutcomeKind;
  on: Scalars['Date']['output'];
};

export type EvaluationRow = {
  __typename?: 'EvaluationRow';
  allianceId: Scalars['ID']['output'];
  allianceName: Scalars['String']['output'];
  outcomes: Array<EvaluationOutcome>;
  rank: Scalars['Int']['output'];
  regionCode: Scalars['String']['output'];
  total: Scalars['Float']['output'];
  values: Array<IndicatorValue>;
};

export type EvaluationRun = {
  __typename?: 'EvaluationRun';
  asOf: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  publishedOn?: Maybe<Scalars['Date']['output']>;
  regionCode: Scalars['String']['output'];
  rows: Array<EvaluationRow>;
  status: EvaluationRunStatus;
  systemId: Scalars['ID']['output'];
  systemName: Scalars['String']['output'];
  unavailable: Array<Scalars['String']['output']>;
  year: Scalars['Int']['output'];
};

export type EvaluationRunStatus =
  | 'DRAFT'
  | 'PUBLISHED';

export type EventRegistration = {
  __typename?: 'EventRegistration';
  attended: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  organization?: Maybe<Organization>;
  organizationKind: Scalars['String']['output'];
  organizationName: Scalars['String']['output'];
  registeredAt?: Maybe<Scalars['DateTime']['output']>;
  representatives: Scalars['Int']['output'];
  seatNo?: Maybe<Scalars['Int']['output']>;
  status: EventRegistrationStatus;
};

export type EventRegistrationConnection = {
  __typename?: 'EventRegistrationConnection';
  edges: Array<EventRegistrationEdge>;
  pageInfo: PageInfo;
};

export type EventRegistrationEdge = {
  __typename?: 'EventRegistrationEdge';
  cursor: Scalars['String']['output'];
  node: EventRegistration;
};

export type EventRegistrationStatus =
  | 'CANCELLED'
  | 'INVITED'
  | 'REGISTERED';

export type ExcludedMember = {
  __typename?: 'ExcludedMember';
  /** Addition: the disqualification that excludes it. */
  disqualificationId?: Maybe<Scalars['ID']['output']>;
  /** Addition: the organization's name when the evaluation was made (kept in frozen evaluations). */
  name?: Maybe<Scalars['String']['output']>;
  organization: Organization;
  reason: Scalars['String']['output'];
};

export type FacetCount = {
  __typename?: 'FacetCount';
  count: Scalars['Int']['output'];
  /** zh-CN label (region name, industry name, kind in words). */
  label: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type FalseInformationFinding = {
  __typename?: 'FalseInformationFinding';
  declaration: Declaration;
  disqualification: Disqualification;
};

/** Addition: what a disqualification does to the organization's bookings that start later: keep them, or cancel them with notice (the ban recorded as each booking's reason). */
export type FutureBookingsChoice =
  | 'CANCEL'
  | 'KEEP';

export type GraduatePlacement = {
  __typename?: 'GraduatePlacement';
  employer: Organization;
  graduationYear: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** The employer is in the school's city. */
  local: Scalars['Boolean']['output'];
  major: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** The employer is in a pillar industry of the region (支柱产业). */
  pillarIndustry: Scalars['Boolean']['output'];
  /** Confirmed by the employer from one year after the start; null until then. */
  retained?: Maybe<Scalars['Boolean']['output']>;
  school: Organization;
  startOn: Scalars['Date']['output'];
  studentNumber: Scalars['String']['output'];
};

export type GraduatePlacementConnection = {
  __typename?: 'GraduatePlacementConnection';
  edges: Array<GraduatePlacementEdge>;
  pageInfo: PageInfo;
};

export type GraduatePlacementEdge = {
  __typename?: 'GraduatePlacementEdge';
  cursor: Scalars['String']['output'];
  node: GraduatePlacement;
};

export type GrantApplication = {
  __typename?: 'GrantApplication';
  alliance: Alliance;
  /** Addition: the award, once approved. */
  award?: Maybe<GrantAward>;
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  decidedBy?: Maybe<Scalars['String']['output']>;
  /** Addition: the re-evaluation as of the approval date. */
  decisionEvaluation?: Maybe<EligibilityReport>;
  decisionNote?: Maybe<Scalars['String']['output']>;
  /** The evaluation frozen at submission. */
  evaluation: EligibilityReport;
  id: Scalars['ID']['output'];
  program: GrantProgram;
  status: ApplicationStatus;
  submittedAt: Scalars['DateTime']['output'];
  /** Addition: token subject of who submitted / decided. */
  submittedBy: Scalars['String']['output'];
};

export type GrantApplicationConnection = {
  __typename?: 'GrantApplicationConnection';
  edges: Array<GrantApplicationEdge>;
  pageInfo: PageInfo;
};

export type GrantApplicationEdge = {
  __typename?: 'GrantApplicationEdge';
  cursor: Scalars['String']['output'];
  node: GrantApplication;
};

/** Addition: what an audit entry records. */
export type GrantAuditAction =
  | 'APPLICATION_APPROVED'
  | 'APPLICATION_REJECTED'
  | 'APPLICATION_SUBMITTED'
  | 'DISQUALIFICATION_LIFTED'
  | 'ORGANIZATION_DISQUALIFIED'
  | 'PROGRAM_CLOSED'
  | 'PROGRAM_CREATED'
  | 'PROGRAM_UPDATED';

/** Addition: one line of the append-only grant audit trail (never changed or deleted). */
export type GrantAuditEntry = {
  __typename?: 'GrantAuditEntry';
  action: GrantAuditAction;
  alliance?: Maybe<Alliance>;
  applicationId?: Maybe<Scalars['ID']['output']>;
  at: Scalars['DateTime']['output'];
  /** Token subject of who did it. */
  by: Scalars['String']['output'];
  byOrganization?: Maybe<Organization>;
  /** The disqualification as recorded (disqualifications and lifts). */
  disqualification?: Maybe<Disqualification>;
  disqualificationId?: Maybe<Scalars['ID']['output']>;
  /** The evaluation decided on (submissions and approvals). */
  evaluation?: Maybe<EligibilityReport>;
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  organization?: Maybe<Organization>;
  program?: Maybe<GrantProgram>;
  /** Everything recorded, as JSON text. */
  snapshot: Scalars['String']['output'];
};

export type GrantAuditEntryConnection = {
  __typename?: 'GrantAuditEntryConnection';
  edges: Array<GrantAuditEntryEdge>;
  pageInfo: PageInfo;
};

export type GrantAuditEntryEdge = {
  __typename?: 'GrantAuditEntryEdge';
  cursor: Scalars['String']['output'];
  node: GrantAuditEntry;
};

/** Addition: the money a program pays an alliance's lead unit: at most one per alliance and program. */
export type GrantAward = {
  __typename?: 'GrantAward';
  amount: Money;
  awardedOn: Scalars['Date']['output'];
  recipient: Organization;
};

export type GrantProgram = {
  __typename?: 'GrantProgram';
  awardAmount: Money;
  /** Addition. */
  closeReason?: Maybe<Scalars['String']['output']>;
  /** Addition: set once the program is closed; from then on no application is accepted. */
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Applications accepted through this date (inclusive); null = no limit. */
  closesOn?: Maybe<Scalars['Date']['output']>;
  /** Unique per funder. */
  code: Scalars['String']['output'];
  /** Addition. */
  createdAt: Scalars['DateTime']['output'];
  criteria: Array<Criterion>;
  /** The GOVERNMENT organization that pays. */
  funder: Organization;
  /** Addition: every edit and the close, oldest first (never changed). */
  history: Array<GrantProgramChange>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Applications accepted from this date (inclusive); null = no limit. */
  opensOn?: Maybe<Scalars['Date']['output']>;
  /** Addition: paid to the alliance's lead unit. */
  recipient: GrantRecipient;
  /** Alliances in this region (or below it: 450200 covers 450203) may apply. */
  regionCode: Scalars['String']['output'];
};

/** Addition: one edit or the close of a program: who, when, why, old → new. */
export type GrantProgramChange = {
  __typename?: 'GrantProgramChange';
  action: GrantProgramChangeAction;
  at: Scalars['DateTime']['output'];
  /** Token subject of who did it. */
  by: Scalars['String']['output'];
  byOrganization?: Maybe<Organization>;
  newValues: GrantProgramTerms;
  oldValues: GrantProgramTerms;
  reason: Scalars['String']['output'];
};

/** Addition: how a program was changed. */
export type GrantProgramChangeAction =
  | 'CLOSED'
  | 'UPDATED';

/** Addition: the fields of a program an edit touched (only those are set). */
export type GrantProgramTerms = {
  __typename?: 'GrantProgramTerms';
  awardAmount?: Maybe<Money>;
  closesOn?: Maybe<Scalars['Date']['output']>;
  criteria?: Maybe<Array<Criterion>>;
  name?: Maybe<Scalars['String']['output']>;
  opensOn?: Maybe<Scalars['Date']['output']>;
};

/** Addition: who receives a program's award. */
export type GrantRecipient =
  | 'LEAD_UNIT';

/** Addition: whether an alliance qualifies today for a program (a projection kept up to date from membership, alliance and disqualification events). */
export type GrantStanding = {
  __typename?: 'GrantStanding';
  alliance: Alliance;
  allianceName: Scalars['String']['output'];
  /** The latest application's status, if any. */
  applicationStatus?: Maybe<ApplicationStatus>;
  awarded: Scalars['Boolean']['output'];
  distinctSchoolTypes: Scalars['Int']['output'];
  eligible: Scalars['Boolean']['output'];
  enterprises: Scalars['Int']['output'];
  evaluatedAt: Scalars['DateTime']['output'];
  /** The date evaluated. */
  evaluatedOn: Scalars['Date']['output'];
  /** Addition: the government organization that funds the program. */
  funder: Organization;
  program: GrantProgram;
  /** Addition: the program's code as evaluated. */
  programCode?: Maybe<Scalars['String']['output']>;
  /** Addition: the program's name as evaluated (a funder sees every program that applies in its region, other governments' too). */
  programName?: Maybe<Scalars['String']['output']>;
  regionCode: Scalars['String']['output'];
  schools: Scalars['Int']['output'];
  shortfall: Array<Scalars['String']['output']>;
};

export type GrantStandingConnection = {
  __typename?: 'GrantStandingConnection';
  edges: Array<GrantStandingEdge>;
  pageInfo: PageInfo;
};

export type GrantStandingEdge = {
  __typename?: 'GrantStandingEdge';
  cursor: Scalars['String']['output'];
  node: GrantStanding;
};

/** Addition: the result of rebuilding the standings projection. */
export type GrantStandingsRebuild = {
  __typename?: 'GrantStandingsRebuild';
  alliances: Scalars['Int']['output'];
  standings: Scalars['Int']['output'];
};

export type Indicator = {
  __typename?: 'Indicator';
  key: Scalars['String']['output'];
  name: Scalars['String']['output'];
  source: IndicatorSource;
  /** Percent; a system's weights sum to 100. */
  weight: Scalars['Int']['output'];
};

export type IndicatorInput = {
  key: Scalars['String']['input'];
  name: Scalars['String']['input'];
  source: IndicatorSource;
  weight: Scalars['Int']['input'];
};

export type IndicatorSource =
  | 'AGREEMENTS_IN_FORCE'
  | 'APPRENTICES'
  | 'ENTERED'
  | 'ENTERPRISES'
  | 'GRADUATES_RETAINED'
  | 'MEMBERS'
  | 'PLACEMENTS'
  | 'PROJECTS'
  | 'SCHOOLS'
  | 'TRAINING_BASES';

export type IndicatorSystem = {
  __typename?: 'IndicatorSystem';
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  indicators: Array<Indicator>;
  name: Scalars['String']['output'];
  regionCode: Scalars['String']['output'];
};

export type IndicatorValue = {
  __typename?: 'IndicatorValue';
  evidence?: Maybe<Scalars['String']['output']>;
  key: Scalars['String']['output'];
  points: Scalars['Float']['output'];
  value?: Maybe<Scalars['Float']['output']>;
};

/** A GB/T 4754-2017 section ('C' 制造业) or division ('C36' 汽车制造业). */
export type Industry = {
  __typename?: 'Industry';
  code: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type InsuranceInput = {
  coverFrom: Scalars['Date']['input'];
  coverTo: Scalars['Date']['input'];
  deductedFromPay: Scalars['Boolean']['input'];
  insurer: Scalars['String']['input'];
  policyNumber: Scalars['String']['input'];
  premiumPaidBy: PremiumPayer;
};

export type InterestStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'PENDING'
  | 'WITHDRAWN';

/** Xi'an 篇7: interns against 2 % of the workforce — progress, not enforced. */
export type InternQuota = {
  __typename?: 'InternQuota';
  employees?: Maybe<Scalars['Int']['output']>;
  interns: Scalars['Int']['output'];
  progressBp?: Maybe<Scalars['Int']['output']>;
  target?: Maybe<Scalars['Int']['output']>;
  targetBp: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

/** 学生实习责任保险: covers the whole placement; the premium is never the student's. */
export type InternshipInsurance = {
  __typename?: 'InternshipInsurance';
  coverFrom: Scalars['Date']['output'];
  coverTo: Scalars['Date']['output'];
  deductedFromPay: Scalars['Boolean']['output'];
  insurer: Scalars['String']['output'];
  policyNumber: Scalars['String']['output'];
  premiumPaidBy: PremiumPayer;
};

export type InternshipMentor = {
  __typename?: 'InternshipMentor';
  name: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
};

/** An internship placement (实习) of a school's students at the agreement's other party. */
export type InternshipPlacement = {
  __typename?: 'InternshipPlacement';
  agreementId: Scalars['ID']['output'];
  /** Months confirmed by the host, oldest first. */
  attendance: Array<AttendanceMonth>;
  endOn: Scalars['Date']['output'];
  headcount: Scalars['Int']['output'];
  host: Organization;
  id: Scalars['ID']['output'];
  insurance: InternshipInsurance;
  mentor: InternshipMentor;
  /** 实习报酬 per month. */
  monthlyPay: Money;
  school: Organization;
  startOn: Scalars['Date']['output'];
  students: Array<PlacementStudent>;
};

export type InternshipPlacementConnection = {
  __typename?: 'InternshipPlacementConnection';
  edges: Array<InternshipPlacementEdge>;
  pageInfo: PageInfo;
};

export type InternshipPlacementEdge = {
  __typename?: 'InternshipPlacementEdge';
  cursor: Scalars['String']['output'];
  node: InternshipPlacement;
};

export type InternshipService = {
  __typename?: 'InternshipService';
  /** Longest run of consecutive calendar months with a completed internship booking by a school member. */
  longestRunMonths: Scalars['Int']['output'];
  /** Calendar months (YYYY-MM, base time zone) with a completed internship booking by a school member, ascending. */
  months: Array<Scalars['String']['output']>;
  /** At least 24 consecutive months (Liuzhou's one-off subsidy for continuous internship service). */
  subsidyEligible: Scalars['Boolean']['output'];
};

export type InventorAllocation = {
  __typename?: 'InventorAllocation';
  amount: Money;
  name: Scalars['String']['output'];
  personId?: Maybe<Scalars['String']['output']>;
};

export type KindCount = {
  __typename?: 'KindCount';
  count: Scalars['Int']['output'];
  kind: OrganizationKind;
};

/** A dated levy-credit rule (篇7 §15): `rateBp` basis points of the investment (3000 = 30 %), carry-forward allowed or not. */
export type LevyPolicy = {
  __typename?: 'LevyPolicy';
  carryForward: Scalars['Boolean']['output'];
  fromYear: Scalars['Int']['output'];
  rateBp: Scalars['Int']['output'];
};

export type LevyPolicyInput = {
  carryForward: Scalars['Boolean']['input'];
  fromYear: Scalars['Int']['input'];
  rateBp: Scalars['Int']['input'];
};

export type LevyStatement = {
  __typename?: 'LevyStatement';
  /** The statement as CSV (UTF-8 with BOM, zh-CN headers). */
  csv: Scalars['String']['output'];
  declarationId: Scalars['ID']['output'];
  years: Array<LevyYear>;
};

/** One year of the levy credit (篇7 §15). All amounts exact to the fen. */
export type LevyYear = {
  __typename?: 'LevyYear';
  carriedForward: Money;
  carriedIn: Money;
  carryForwardAllowed: Scalars['Boolean']['output'];
  /** ⌊investment × rate⌋ (a fraction of a fen is never credited). */
  credit: Money;
  educationSurcharge: Money;
  investment: Money;
  lapsed: Money;
  localEducationSurcharge: Money;
  /** min(credit + carried in, surcharges due). */
  offset: Money;
  payable: Money;
  rateBp: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

/** A major of the vocational-education major catalogue (职业教育专业目录): 6-digit code where the school uses one. */
export type Listing = {
  __typename?: 'Listing';
  budget?: Maybe<Money>;
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  headcount?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  industries: Array<Industry>;
  kind: ListingKind;
  majors: Array<Major>;
  matchedInterestId?: Maybe<Scalars['ID']['output']>;
  openToNonMembers: Scalars['Boolean']['output'];
  organization?: Maybe<Organization>;
  /** Snapshot at publication. */
  organizationName: Scalars['String']['output'];
  payMax?: Maybe<Money>;
  /** Monthly pay range. */
  payMin?: Maybe<Money>;
  periodFrom?: Maybe<Scalars['Date']['output']>;
  periodTo?: Maybe<Scalars['Date']['output']>;
  place?: Maybe<Scalars['String']['output']>;
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** GB/T 2260 code and its name. */
  regionCode: Scalars['String']['output'];
  regionName: Scalars['String']['output'];
  status: ListingStatus;
  title: Scalars['String']['output'];
  validFrom: Scalars['Date']['output'];
  validTo: Scalars['Date']['output'];
};

export type ListingConnection = {
  __typename?: 'ListingConnection';
  edges: Array<ListingEdge>;
  pageInfo: PageInfo;
};

export type ListingEdge = {
  __typename?: 'ListingEdge';
  cursor: Scalars['String']['output'];
  node: Listing;
};

/** Counts over every match, not only the page. */
export type ListingFacets = {
  __typename?: 'ListingFacets';
  industry: Array<FacetCount>;
  kind: Array<FacetCount>;
  major: Array<FacetCount>;
  region: Array<FacetCount>;
};

export type ListingFilter = {
  __typename?: 'ListingFilter';
  industry?: Maybe<Scalars['String']['output']>;
  kinds?: Maybe<Array<ListingKind>>;
  major?: Maybe<Scalars['String']['output']>;
  publishedFrom?: Maybe<Scalars['Date']['output']>;
  query?: Maybe<Scalars['String']['output']>;
  regionCode?: Maybe<Scalars['String']['output']>;
  validOn?: Maybe<Scalars['Date']['output']>;
};

/** Filters of a search or a saved search. `regionCode` covers (450200 柳州市 covers its districts); `industry` a section covers its divisions; `major` a catalogue code or exact name. */
export type ListingFilterInput = {
  industry?: InputMaybe<Scalars['String']['input']>;
  kinds?: InputMaybe<Array<ListingKind>>;
  major?: InputMaybe<Scalars['String']['input']>;
  publishedFrom?: InputMaybe<Scalars['Date']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
  validOn?: InputMaybe<Scalars['Date']['input']>;
};

export type ListingHit = {
  __typename?: 'ListingHit';
  listing: Listing;
  /** BM25 relevance (0 for a search without text). */
  score: Scalars['Float']['output'];
};

export type ListingInterest = {
  __typename?: 'ListingInterest';
  conversion?: Maybe<MatchConversion>;
  createdAt: Scalars['DateTime']['output'];
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  decisionNote?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  listing?: Maybe<Listing>;
  message: Scalars['String']['output'];
  organization?: Maybe<Organization>;
  organizationName: Scalars['String']['output'];
  status: InterestStatus;
};

export type ListingInterestConnection = {
  __typename?: 'ListingInterestConnection';
  edges: Array<ListingInterestEdge>;
  pageInfo: PageInfo;
};

export type ListingInterestEdge = {
  __typename?: 'ListingInterestEdge';
  cursor: Scalars['String']['output'];
  node: ListingInterest;
};

/** Needs and offers come in pairs: TALENT_DEMAND ↔ TALENT_SUPPLY, TECH_NEED ↔ TECH_OFFER, TRAINING_NEED ↔ TRAINING_OFFER, EQUIPMENT_NEED ↔ EQUIPMENT_OFFER. */
export type ListingKind =
  | 'EQUIPMENT_NEED'
  | 'EQUIPMENT_OFFER'
  | 'TALENT_DEMAND'
  | 'TALENT_SUPPLY'
  | 'TECH_NEED'
  | 'TECH_OFFER'
  | 'TRAINING_NEED'
  | 'TRAINING_OFFER';

export type ListingRecommendation = {
  __typename?: 'ListingRecommendation';
  listing: Listing;
  reasons: Array<RecommendationReason>;
  score: Scalars['Int']['output'];
};

export type ListingRecommendations = {
  __typename?: 'ListingRecommendations';
  listings: Array<ListingRecommendation>;
  organizations: Array<OrganizationRecommendation>;
};

export type ListingSearchResult = {
  __typename?: 'ListingSearchResult';
  facets: ListingFacets;
  hits: Array<ListingHit>;
  pageInfo: PageInfo;
  /** The terms the query was segmented into (jieba). */
  terms: Array<Scalars['String']['output']>;
  total: Scalars['Int']['output'];
};

export type ListingSort =
  | 'DATE'
  | 'RELEVANCE';

/** DRAFT → OPEN → MATCHED | CLOSED; OPEN reads EXPIRED the day after validTo. */
export type ListingStatus =
  | 'CLOSED'
  | 'DRAFT'
  | 'EXPIRED'
  | 'MATCHED'
  | 'OPEN';

/** A major of the vocational-education major catalogue (职业教育专业目录, 2021): its 6-digit code where the school uses one, and its name. */
export type Major = {
  __typename?: 'Major';
  code?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
};

export type MajorInput = {
  code?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};

/** What an accepted match became: an agreement draft (cooperation), a project (projects) or a booking request (trainingBases). */
export type MatchConversion = {
  __typename?: 'MatchConversion';
  at: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: MatchConversionKind;
};

export type MatchConversionKind =
  | 'AGREEMENT'
  | 'BOOKING'
  | 'PROJECT';

export type MatchmakingEvent = {
  __typename?: 'MatchmakingEvent';
  alliance?: Maybe<Alliance>;
  capacity: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  date: Scalars['Date']['output'];
  /** For one event's page (one call per event). */
  figures: MatchmakingEventFigures;
  id: Scalars['ID']['output'];
  industries: Array<Industry>;
  kind: MatchmakingEventKind;
  mode: MatchmakingMode;
  organizer?: Maybe<Organization>;
  outcomes: Array<MatchmakingOutcome>;
  place: Scalars['String']['output'];
  regionCode: Scalars['String']['output'];
  registered: Scalars['Int']['output'];
  registrationClosesOn: Scalars['Date']['output'];
  registrationMode: RegistrationMode;
  /** The organizer sees all; an organization its own. */
  registrations: EventRegistrationConnection;
  seatsLeft: Scalars['Int']['output'];
  /** Local start time HH:mm (Asia/Shanghai). */
  startTime?: Maybe<Scalars['String']['output']>;
  status: MatchmakingEventStatus;
  theme: Scalars['String']['output'];
  title: Scalars['String']['output'];
};


export type MatchmakingEventRegistrationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type MatchmakingEventConnection = {
  __typename?: 'MatchmakingEventConnection';
  edges: Array<MatchmakingEventEdge>;
  pageInfo: PageInfo;
};

export type MatchmakingEventEdge = {
  __typename?: 'MatchmakingEventEdge';
  cursor: Scalars['String']['output'];
  node: MatchmakingEvent;
};

export type MatchmakingEventFigures = {
  __typename?: 'MatchmakingEventFigures';
  agreements: Scalars['Int']['output'];
  attendedEnterprises: Scalars['Int']['output'];
  attendedOrganizations: Scalars['Int']['output'];
  attendedSchools: Scalars['Int']['output'];
  capacity: Scalars['Int']['output'];
  invited: Scalars['Int']['output'];
  projects: Scalars['Int']['output'];
  registered: Scalars['Int']['output'];
  representatives: Scalars['Int']['output'];
};

export type MatchmakingEventKind =
  | 'MATCHMAKING'
  | 'ROUNDTABLE';

export type MatchmakingEventStatus =
  | 'CANCELLED'
  | 'HELD'
  | 'SCHEDULED';

export type MatchmakingKindFigures = {
  __typename?: 'MatchmakingKindFigures';
  enterprises: Scalars['Int']['output'];
  events: Scalars['Int']['output'];
  kind: MatchmakingEventKind;
  representatives: Scalars['Int']['output'];
  schools: Scalars['Int']['output'];
};

export type MatchmakingMode =
  | 'HYBRID'
  | 'ONLINE'
  | 'ONSITE';

export type MatchmakingOutcome = {
  __typename?: 'MatchmakingOutcome';
  /** The agreement's or project's id. */
  id: Scalars['ID']['output'];
  kind: MatchmakingOutcomeKind;
  organizations: Array<Maybe<Organization>>;
  recordedAt: Scalars['DateTime']['output'];
};

export type MatchmakingOutcomeKind =
  | 'AGREEMENT'
  | 'PROJECT';

/** A year's figures over HELD events, as Yichang reports them (seed 004): events by kind, distinct firms, representatives, outcomes. */
export type MatchmakingYearFigures = {
  __typename?: 'MatchmakingYearFigures';
  agreements: Scalars['Int']['output'];
  byKind: Array<MatchmakingKindFigures>;
  enterprises: Scalars['Int']['output'];
  events: Scalars['Int']['output'];
  projects: Scalars['Int']['output'];
  regionCode?: Maybe<Scalars['String']['output']>;
  representatives: Scalars['Int']['output'];
  schools: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

/** Active members on `asOf`, not counting organizations disqualified on that date. */
export type MemberCounts = {
  __typename?: 'MemberCounts';
  asOf: Scalars['Date']['output'];
  byKind: Array<KindCount>;
  bySchoolType: Array<SchoolTypeCount>;
  distinctSchoolTypes: Scalars['Int']['output'];
  enterprises: Scalars['Int']['output'];
  schools: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type Membership = {
  __typename?: 'Membership';
  alliance: Alliance;
  /** The date from which it is no longer active. */
  endedAt?: Maybe<Scalars['Date']['output']>;
  history: Array<MembershipHistoryEntry>;
  id: Scalars['ID']['output'];
  initiatedBy: MembershipInitiation;
  /** Date the membership became active. */
  joinedAt?: Maybe<Scalars['Date']['output']>;
  organization: Organization;
  role: MembershipRole;
  status: MembershipStatus;
};

export type MembershipConnection = {
  __typename?: 'MembershipConnection';
  edges: Array<MembershipEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MembershipEdge = {
  __typename?: 'MembershipEdge';
  cursor: Scalars['String']['output'];
  node: Membership;
};

/** One step in a membership's life, kept forever. */
export type MembershipHistoryEntry = {
  __typename?: 'MembershipHistoryEntry';
  action: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  /** User id (token subject) of whoever did it. */
  by: Scalars['String']['output'];
  effectiveDate?: Maybe<Scalars['Date']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
};

export type MembershipInitiation =
  | 'APPLICATION'
  | 'FOUNDING'
  | 'INVITATION';

export type MembershipRole =
  | 'LEAD'
  | 'MEMBER';

export type MembershipStatus =
  | 'ACTIVE'
  | 'ENDED'
  | 'PENDING'
  | 'REJECTED';

export type MentorInput = {
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type Milestone = {
  __typename?: 'Milestone';
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  dueOn: Scalars['Date']['output'];
  /** Added: what proves the milestone was reached (e.g. an acceptance report number). */
  evidenceNote?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
};

/** An amount of money. `amount` is a decimal string with exactly two decimals (yuan.fen), never a float. */
export type Money = {
  __typename?: 'Money';
  amount: Scalars['String']['output'];
  currency: Scalars['String']['output'];
};

export type MoneyInput = {
  amount: Scalars['String']['input'];
  currency?: Scalars['String']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Closes the base on dates (maintenance, holidays). Bookings on them: refused with the list, or cancelled with notice (cancelConflicting + reason). */
  addClosedDates: TrainingBase;
  /** While PROPOSED or ACTIVE. */
  addMilestone: Project;
  /** Adds a PARTNER that is an active member of the alliance today. */
  addProjectParticipant: Project;
  addReformItem: ReformItem;
  amendRevenueAgreement: RevenueAgreement;
  /** Addition: a new version of a policy from a date; audited. */
  amendRevenuePolicy: RevenuePolicy;
  applyForMembership: Membership;
  approveBooking: Booking;
  /** Approves an application (lead's admin) or accepts an invitation (invited organization's admin). effectiveDate defaults to today and may not be in the future. */
  approveMembership: Membership;
  /** A funder's assessment (考核认定) of a host or base. */
  assessOrganizationForSubsidy: OrganizationAssessment;
  /** Seats users (`reviewerIds`) of `reviewerOrganizationId` on the panel; never of the declaring enterprise (FAILED_PRECONDITION details.reason OWN_DECLARATION). */
  assignReviewers: Declaration;
  /** A supporting document, base64 (PDF, PNG or JPEG; at most 512 KiB). */
  attachToDeclaration: Attachment;
  /** Returns every booking made: one, or one per week of a recurrence. */
  bookTrainingBase: Array<Booking>;
  cancelBooking: Booking;
  cancelMatchmakingRegistration: EventRegistration;
  certifyDeclaration: Declaration;
  /** Addition: the lead's admins (or a platform admin) hand the lead over to an organization that is an active member from effectiveDate (default today, never the future, never before the last change) through today. */
  changeAllianceLead: Alliance;
  /** Addition: the program's funder (or a platform admin) closes it from now on: no application is accepted afterwards; submitted ones are still decided, frozen evaluations and awards stay as they are. */
  closeGrantProgram: GrantProgram;
  closeListing: Listing;
  /** Addition: ends a policy's latest version on validUntil (inclusive); audited. */
  closeRevenuePolicy: RevenuePolicy;
  /** Completes it now, while the project is ACTIVE; completing twice is CONFLICT. evidenceNote is added. */
  completeMilestone: Project;
  /**
   * Your party confirms the text; the second confirmation of the same revision signs it. Send the `revision` you read:
   * when the text changed since, CONFLICT TEXT_CHANGED (data.currentRevision) and nothing is confirmed. Without it, the
   * revision current when the call arrives is confirmed.
   */
  confirmAgreement: CooperationAgreement;
  confirmGraduateRetention: GraduatePlacement;
  /** The host confirms a month (YYYY-MM) once; default: every student attended. */
  confirmInternshipAttendance: AttendanceMonth;
  /** An accepted match becomes an agreement draft, a project or a booking request, once. */
  convertMatch: ListingInterest;
  createAgreementDraft: CooperationAgreement;
  createAlliance: Alliance;
  createApprenticeCohort: ApprenticeCohort;
  createCertProgram: CertProgram;
  createDeclaration: Declaration;
  createGrantProgram: GrantProgram;
  createIndicatorSystem: IndicatorSystem;
  createInternshipPlacement: InternshipPlacement;
  createListing: Listing;
  createMatchmakingEvent: MatchmakingEvent;
  /** By an admin of the LEAD participant's organization. Starts PROPOSED. */
  createProject: Project;
  createRevenueAgreement: RevenueAgreement;
  /** Addition: a region's revenue policy (a funder whose region covers it, or a platform admin); audited. */
  createRevenuePolicy: RevenuePolicy;
  createSubsidyPolicy: SubsidyPolicy;
  createTrainingBase: TrainingBase;
  /** Exactly one decision (CONFLICT details.reason ALREADY_DECIDED). APPROVE opens the notice from `decidedOn` (default today). */
  decideDeclaration: Declaration;
  /** By the program's funder. APPROVE re-evaluates as of today; REJECT needs a note. One award per alliance and program. */
  decideGrantApplication: GrantApplication;
  /** The listing owner accepts (the listing becomes MATCHED) or declines; one decision wins. */
  decideInterest: ListingInterest;
  /** Once, by a funder covering the claimant's region. */
  decideSubsidyClaim: SubsidyClaim;
  deleteSavedSearch: SavedSearch;
  /** A funder bars an organization in its region; `until` defaults to 5 years (less a day) after `from`, `from` to today. Addition: `futureBookings` (default KEEP) keeps or cancels with notice its bookings that start before the ban ends. */
  disqualifyOrganization: Disqualification;
  endMembership: Membership;
  enterIndicatorValue: EvaluationRun;
  enterReserve: Declaration;
  expressInterest: ListingInterest;
  fileObjection: Objection;
  fileSpendingReport: AwardPayment;
  fileYearlyReport: Declaration;
  /** A FALSE_INFORMATION disqualification (5 years less a day) in the organization's one disqualification history; the declaration is rejected. */
  findFalseInformation: FalseInformationFinding;
  inviteMember: Membership;
  inviteToMatchmakingEvent: Array<EventRegistration>;
  liftDisqualification: Disqualification;
  /** Marks everything the caller has now as read; answers 0. */
  markAllNotificationsRead: Scalars['Int']['output'];
  /** Marks the caller's notifications read (ids not addressed to the caller are ignored); answers the unread count. */
  markNotificationsRead: Scalars['Int']['output'];
  publishEvaluation: EvaluationRun;
  publishListing: Listing;
  /** Addition: recomputes the standings projection (platform admins). */
  rebuildGrantStandings: GrantStandingsRebuild;
  /** Decimal yuan; never more than the award in total. */
  recordAwardPayment: AwardPayment;
  recordCohortCompletion: ApprenticeCohort;
  /** Addition: an enterprise's 规模以上 status for one statistical year (1949 to this year), by its own admin or a platform admin; a different value for a recorded year is a correction. */
  recordDesignatedSize: Organization;
  recordEvaluationOutcome: EvaluationRun;
  recordGraduatePlacement: GraduatePlacement;
  /** Decimal yuan strings, e.g. "1000000.00". */
  recordLevyYear: LevyStatement;
  recordMatchmakingAttendance: EventRegistration;
  recordMatchmakingOutcome: MatchmakingEvent;
  recordPilotAchievement: PilotCity;
  recordPilotCity: PilotCity;
  /** While ACTIVE or COMPLETED. ownerOrganizationIds (added) must be participants; defaults to the lead. */
  recordProjectOutput: Project;
  /** By the agreement owner's admins only. */
  recordRevenue: RevenueEvent;
  recordWorkforce: InternQuota;
  /** Takes a seat: CONFLICT (reason FULL) when every seat is taken. */
  registerForMatchmakingEvent: EventRegistration;
  /** Platform admins register organizations (the credit code is verified and unique). */
  registerOrganization: Organization;
  rejectBooking: Booking;
  rejectMembership: Membership;
  removeClosedDates: TrainingBase;
  renewAgreement: CooperationAgreement;
  resolveObjection: Objection;
  /** Appends a reversal (every figure negated); reversedOn defaults to today. An event is reversed at most once. */
  reverseRevenue: RevenueEvent;
  /** Revokes the caller's calendar feed URL for the base; the next calendarFeedUrl is a new one. */
  revokeCalendarFeed: Scalars['Boolean']['output'];
  runEvaluation: EvaluationRun;
  saveSearch: SavedSearch;
  /** effectiveDate defaults to today; may be in the past but not before foundedOn, never in the future. Status history is kept: eligibility as of a date reads the status on that date. */
  setAllianceStatus: Alliance;
  setMatchmakingEventStatus: MatchmakingEvent;
  /** Saves the caller's preferences. */
  setNotificationPreferences: NotificationPreferences;
  /** PROPOSED → ACTIVE | TERMINATED; ACTIVE → COMPLETED (every milestone done) | TERMINATED; anything else is CONFLICT. reason is added. */
  setProjectStatus: Project;
  /** FAILED_PRECONDITION details { reason: PRECHECK_FAILED, failed } when a basic condition is not met. */
  submitDeclaration: Declaration;
  /** By the lead unit's admin, inside the program's window; an ineligible alliance gets FAILED_PRECONDITION with the shortfall. */
  submitGrantApplication: GrantApplication;
  /** Only a seated reviewer (user and organization); a user of the declaring enterprise is FORBIDDEN (details.reason OWN_DECLARATION) whatever it declares. */
  submitReview: Review;
  submitSubsidyClaim: SubsidyClaim;
  terminateAgreement: CooperationAgreement;
  updateAgreementDraft: CooperationAgreement;
  /** Addition: the program's funder (or a platform admin) edits it: the name always; closesOn never before today; opensOn, award amount and criteria only before the program opens. Kept in its history and the audit trail. */
  updateGrantProgram: GrantProgram;
  updateListing: Listing;
  /** Addition: corrects an organization from `effectiveDate` (default today, never the future, never before the field's last correction); the history keeps who, when, why and old → new. Member counts as of earlier dates keep the old kind and school type. */
  updateOrganization: Organization;
  updateReformItem: ReformItem;
  /** Refused (CONFLICT, extensions.details.bookings) when bookings are in the way, unless cancelConflicting: then they are cancelled with `reason` recorded. */
  updateTrainingBase: TrainingBase;
  /** A PDF, PNG or JPEG (checked by content), at most 512 KiB, base64. */
  uploadAgreementSignedCopy: CooperationAgreement;
  withdrawInterest: ListingInterest;
};


export type MutationAddClosedDatesArgs = {
  baseId: Scalars['ID']['input'];
  cancelConflicting?: InputMaybe<Scalars['Boolean']['input']>;
  dates: Array<Scalars['Date']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationAddMilestoneArgs = {
  dueOn: Scalars['Date']['input'];
  projectId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};


export type MutationAddProjectParticipantArgs = {
  participant: ParticipantInput;
  projectId: Scalars['ID']['input'];
};


export type MutationAddReformItemArgs = {
  content: Scalars['String']['input'];
  deadline: Scalars['Date']['input'];
  list: ReformListKind;
  owner: Scalars['String']['input'];
  pilotCityId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};


export type MutationAmendRevenueAgreementArgs = {
  input: AmendRevenueAgreementInput;
};


export type MutationAmendRevenuePolicyArgs = {
  input: AmendRevenuePolicyInput;
};


export type MutationApplyForMembershipArgs = {
  allianceId: Scalars['ID']['input'];
  organizationId: Scalars['ID']['input'];
};


export type MutationApproveBookingArgs = {
  id: Scalars['ID']['input'];
};


export type MutationApproveMembershipArgs = {
  effectiveDate?: InputMaybe<Scalars['Date']['input']>;
  membershipId: Scalars['ID']['input'];
};


export type MutationAssessOrganizationForSubsidyArgs = {
  note?: InputMaybe<Scalars['String']['input']>;
  organizationId: Scalars['ID']['input'];
  policyKind: SubsidyPolicyKind;
  qualified: Scalars['Boolean']['input'];
};


export type MutationAssignReviewersArgs = {
  declarationId: Scalars['ID']['input'];
  reviewerIds: Array<Scalars['String']['input']>;
  reviewerOrganizationId: Scalars['ID']['input'];
};


export type MutationAttachToDeclarationArgs = {
  contentBase64: Scalars['String']['input'];
  declarationId: Scalars['ID']['input'];
  fileName: Scalars['String']['input'];
};


export type MutationBookTrainingBaseArgs = {
  input: BookTrainingBaseInput;
};


export type MutationCancelBookingArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationCancelMatchmakingRegistrationArgs = {
  eventId: Scalars['ID']['input'];
  organizationId: Scalars['ID']['input'];
};


export type MutationCertifyDeclarationArgs = {
  declarationId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  validFrom?: InputMaybe<Scalars['Date']['input']>;
};


export type MutationChangeAllianceLeadArgs = {
  allianceId: Scalars['ID']['input'];
  effectiveDate?: InputMaybe<Scalars['Date']['input']>;
  organizationId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationCloseGrantProgramArgs = {
  programId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationCloseListingArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCloseRevenuePolicyArgs = {
  code: Scalars['String']['input'];
  note: Scalars['String']['input'];
  validUntil: Scalars['Date']['input'];
};


export type MutationCompleteMilestoneArgs = {
  evidenceNote?: InputMaybe<Scalars['String']['input']>;
  milestoneId: Scalars['ID']['input'];
};


export type MutationConfirmAgreementArgs = {
  agreementId: Scalars['ID']['input'];
  revision?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationConfirmGraduateRetentionArgs = {
  graduateId: Scalars['ID']['input'];
  retained: Scalars['Boolean']['input'];
};


export type MutationConfirmInternshipAttendanceArgs = {
  month: Scalars['String']['input'];
  placementId: Scalars['ID']['input'];
  studentNumbers?: InputMaybe<Array<Scalars['String']['input']>>;
};


export type MutationConvertMatchArgs = {
  input: ConvertMatchInput;
};


export type MutationCreateAgreementDraftArgs = {
  input: CreateAgreementDraftInput;
};


export type MutationCreateAllianceArgs = {
  input: CreateAllianceInput;
};


export type MutationCreateApprenticeCohortArgs = {
  input: CreateCohortInput;
};


export type MutationCreateCertProgramArgs = {
  input: CreateCertProgramInput;
};


export type MutationCreateDeclarationArgs = {
  input: CreateDeclarationInput;
};


export type MutationCreateGrantProgramArgs = {
  input: CreateGrantProgramInput;
};


export type MutationCreateIndicatorSystemArgs = {
  code: Scalars['String']['input'];
  indicators: Array<IndicatorInput>;
  name: Scalars['String']['input'];
  regionCode: Scalars['String']['input'];
};


export type MutationCreateInternshipPlacementArgs = {
  input: CreatePlacementInput;
};


export type MutationCreateListingArgs = {
  input: CreateListingInput;
};


export type MutationCreateMatchmakingEventArgs = {
  input: CreateMatchmakingEventInput;
};


export type MutationCreateProjectArgs = {
  input: CreateProjectInput;
};


export type MutationCreateRevenueAgreementArgs = {
  input: CreateRevenueAgreementInput;
};


export type MutationCreateRevenuePolicyArgs = {
  input: CreateRevenuePolicyInput;
};


export type MutationCreateSubsidyPolicyArgs = {
  input: CreateSubsidyPolicyInput;
};


export type MutationCreateTrainingBaseArgs = {
  input: CreateTrainingBaseInput;
};


export type MutationDecideDeclarationArgs = {
  decidedOn?: InputMaybe<Scalars['Date']['input']>;
  decision: CertDecision;
  declarationId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDecideGrantApplicationArgs = {
  applicationId: Scalars['ID']['input'];
  decision: Decision;
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDecideInterestArgs = {
  accept: Scalars['Boolean']['input'];
  interestId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDecideSubsidyClaimArgs = {
  claimId: Scalars['ID']['input'];
  decision: ClaimDecision;
  note?: InputMaybe<Scalars['String']['input']>;
  purpose?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteSavedSearchArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDisqualifyOrganizationArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
  futureBookings?: InputMaybe<FutureBookingsChoice>;
  organizationId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  until?: InputMaybe<Scalars['Date']['input']>;
};


export type MutationEndMembershipArgs = {
  effectiveDate: Scalars['Date']['input'];
  membershipId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationEnterIndicatorValueArgs = {
  allianceId: Scalars['ID']['input'];
  evidence: Scalars['String']['input'];
  key: Scalars['String']['input'];
  runId: Scalars['ID']['input'];
  value: Scalars['Float']['input'];
};


export type MutationEnterReserveArgs = {
  declarationId: Scalars['ID']['input'];
};


export type MutationExpressInterestArgs = {
  listingId: Scalars['ID']['input'];
  message: Scalars['String']['input'];
  organizationId: Scalars['ID']['input'];
  ownListingId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationFileObjectionArgs = {
  declarationId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};


export type MutationFileSpendingReportArgs = {
  items: Array<SpendingLineInput>;
  paymentId: Scalars['ID']['input'];
  summary: Scalars['String']['input'];
};


export type MutationFileYearlyReportArgs = {
  declarationId: Scalars['ID']['input'];
  summary: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};


export type MutationFindFalseInformationArgs = {
  declarationId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationInviteMemberArgs = {
  allianceId: Scalars['ID']['input'];
  organizationId: Scalars['ID']['input'];
};


export type MutationInviteToMatchmakingEventArgs = {
  eventId: Scalars['ID']['input'];
  organizationIds: Array<Scalars['ID']['input']>;
};


export type MutationLiftDisqualificationArgs = {
  disqualificationId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationMarkNotificationsReadArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationPublishEvaluationArgs = {
  runId: Scalars['ID']['input'];
};


export type MutationPublishListingArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRecordAwardPaymentArgs = {
  amount: Scalars['String']['input'];
  applicationId: Scalars['ID']['input'];
  paidOn: Scalars['Date']['input'];
  permittedUse: Scalars['String']['input'];
  voucherRef: Scalars['String']['input'];
};


export type MutationRecordCohortCompletionArgs = {
  certificates?: InputMaybe<Array<Scalars['String']['input']>>;
  cohortId: Scalars['ID']['input'];
  completed: Scalars['Boolean']['input'];
  studentNumber: Scalars['String']['input'];
};


export type MutationRecordDesignatedSizeArgs = {
  aboveDesignatedSize: Scalars['Boolean']['input'];
  organizationId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};


export type MutationRecordEvaluationOutcomeArgs = {
  allianceId: Scalars['ID']['input'];
  description: Scalars['String']['input'];
  kind: OutcomeKind;
  runId: Scalars['ID']['input'];
};


export type MutationRecordGraduatePlacementArgs = {
  input: RecordGraduateInput;
};


export type MutationRecordLevyYearArgs = {
  declarationId: Scalars['ID']['input'];
  educationSurcharge: Scalars['String']['input'];
  investment: Scalars['String']['input'];
  localEducationSurcharge: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};


export type MutationRecordMatchmakingAttendanceArgs = {
  attended: Scalars['Boolean']['input'];
  eventId: Scalars['ID']['input'];
  organizationId: Scalars['ID']['input'];
  representatives?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationRecordMatchmakingOutcomeArgs = {
  eventId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
  kind: MatchmakingOutcomeKind;
  organizationIds: Array<Scalars['ID']['input']>;
};


export type MutationRecordPilotAchievementArgs = {
  evidence: Scalars['String']['input'];
  kind: PilotTargetKind;
  label: Scalars['String']['input'];
  on?: InputMaybe<Scalars['Date']['input']>;
  pilotCityId: Scalars['ID']['input'];
};


export type MutationRecordPilotCityArgs = {
  deadline?: InputMaybe<Scalars['Date']['input']>;
  name: Scalars['String']['input'];
  regionCode: Scalars['String']['input'];
  targets?: InputMaybe<Array<PilotTargetInput>>;
};


export type MutationRecordProjectOutputArgs = {
  kind: OutputKind;
  ownerOrganizationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  projectId: Scalars['ID']['input'];
  reference?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};


export type MutationRecordRevenueArgs = {
  input: RecordRevenueInput;
};


export type MutationRecordWorkforceArgs = {
  employees: Scalars['Int']['input'];
  organizationId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


export type MutationRegisterForMatchmakingEventArgs = {
  eventId: Scalars['ID']['input'];
  organizationId: Scalars['ID']['input'];
};


export type MutationRegisterOrganizationArgs = {
  input: RegisterOrganizationInput;
};


export type MutationRejectBookingArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRejectMembershipArgs = {
  membershipId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRemoveClosedDatesArgs = {
  baseId: Scalars['ID']['input'];
  dates: Array<Scalars['Date']['input']>;
};


export type MutationRenewAgreementArgs = {
  agreementId: Scalars['ID']['input'];
  endOn: Scalars['Date']['input'];
};


export type MutationResolveObjectionArgs = {
  objectionId: Scalars['ID']['input'];
  outcome: ObjectionOutcome;
  resolution: Scalars['String']['input'];
};


export type MutationReverseRevenueArgs = {
  eventId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  reversedOn?: InputMaybe<Scalars['Date']['input']>;
};


export type MutationRevokeCalendarFeedArgs = {
  baseId: Scalars['ID']['input'];
};


export type MutationRunEvaluationArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  systemId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


export type MutationSaveSearchArgs = {
  filter: ListingFilterInput;
  name: Scalars['String']['input'];
  organizationId: Scalars['ID']['input'];
};


export type MutationSetAllianceStatusArgs = {
  allianceId: Scalars['ID']['input'];
  effectiveDate?: InputMaybe<Scalars['Date']['input']>;
  status: AllianceStatus;
};


export type MutationSetMatchmakingEventStatusArgs = {
  eventId: Scalars['ID']['input'];
  status: MatchmakingEventStatus;
};


export type MutationSetNotificationPreferencesArgs = {
  input: NotificationPreferencesInput;
};


export type MutationSetProjectStatusArgs = {
  projectId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  status: ProjectStatus;
};


export type MutationSubmitDeclarationArgs = {
  declarationId: Scalars['ID']['input'];
};


export type MutationSubmitGrantApplicationArgs = {
  allianceId: Scalars['ID']['input'];
  programId: Scalars['ID']['input'];
};


export type MutationSubmitReviewArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  conflictNote?: InputMaybe<Scalars['String']['input']>;
  conflictOfInterest: Scalars['Boolean']['input'];
  declarationId: Scalars['ID']['input'];
  scores?: InputMaybe<Array<ReviewScoreInput>>;
};


export type MutationSubmitSubsidyClaimArgs = {
  input: SubsidyClaimInput;
};


export type MutationTerminateAgreementArgs = {
  agreementId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationUpdateAgreementDraftArgs = {
  input: UpdateAgreementDraftInput;
};


export type MutationUpdateGrantProgramArgs = {
  input: UpdateGrantProgramInput;
  programId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationUpdateListingArgs = {
  id: Scalars['ID']['input'];
  input: UpdateListingInput;
};


export type MutationUpdateOrganizationArgs = {
  effectiveDate?: InputMaybe<Scalars['Date']['input']>;
  input: UpdateOrganizationInput;
  organizationId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationUpdateReformItemArgs = {
  itemId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  status: ReformItemStatus;
};


export type MutationUpdateTrainingBaseArgs = {
  cancelConflicting?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
  input: UpdateTrainingBaseInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUploadAgreementSignedCopyArgs = {
  agreementId: Scalars['ID']['input'];
  contentBase64: Scalars['String']['input'];
  filename: Scalars['String']['input'];
};


export type MutationWithdrawInterestArgs = {
  interestId: Scalars['ID']['input'];
};

export type Notification = {
  __typename?: 'Notification';
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: NotificationKind;
  /** Console route of the subject, e.g. /bases/<id>; null when there is none. */
  link?: Maybe<Scalars['String']['output']>;
  /** Read by you, or settled. */
  read: Scalars['Boolean']['output'];
  /** What it asked for was decided meanwhile (an application approved, a pending booking confirmed); it counts as read. */
  settled: Scalars['Boolean']['output'];
  subject: Array<NotificationSubject>;
  /** Rendered in the reader's language. */
  title: Scalars['String']['output'];
};

export type NotificationChannels = {
  __typename?: 'NotificationChannels';
  email: Scalars['Boolean']['output'];
  inApp: Scalars['Boolean']['output'];
  kind: NotificationKind;
};

export type NotificationChannelsInput = {
  email: Scalars['Boolean']['input'];
  inApp: Scalars['Boolean']['input'];
  kind: NotificationKind;
};

export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  edges: Array<NotificationEdge>;
  pageInfo: PageInfo;
};

export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  cursor: Scalars['String']['output'];
  node: Notification;
};

/** What a notification is about; each user chooses channels per kind. */
export type NotificationKind =
  /** A cooperation agreement came into force (to both parties' admins). */
  | 'AGREEMENT_IN_FORCE'
  /** A booking was cancelled (to the booker's and the host's admins). */
  | 'BOOKING_CANCELLED'
  /** Your booking was confirmed or rejected by the host (to the booker's admins). */
  | 'BOOKING_DECIDED'
  /** A booking of a base you host waits for approval (to the host's admins; once per weekly series). */
  | 'BOOKING_PENDING'
  /** Your organization was disqualified (to its admins). */
  | 'DISQUALIFIED'
  /** The funder decided your alliance's application (to the lead's admins and the award's recipient). */
  | 'GRANT_DECIDED'
  /** An alliance applied for your program (to the funder: FUNDER role of the program's government). */
  | 'GRANT_SUBMITTED'
  /** A new listing matches your organization's saved search (to its admins and members). */
  | 'LISTING_MATCHED'
  /** An organization applied to join an alliance you lead (to the lead's admins). */
  | 'MEMBERSHIP_APPLIED'
  /** Your membership was approved or rejected (to the member's admins). */
  | 'MEMBERSHIP_DECIDED'
  /** An alliance invites your organization (to the invited organization's admins). */
  | 'MEMBERSHIP_INVITED';

/** Languages of notifications and e-mails. */
export type NotificationLocale =
  | 'en'
  | 'zh_CN';

export type NotificationPreferences = {
  __typename?: 'NotificationPreferences';
  /** Where e-mail goes; null = none. */
  email?: Maybe<Scalars['String']['output']>;
  /** Every kind. Default: in-app on; e-mail on once an address is given. */
  kinds: Array<NotificationChannels>;
  /** The language of your e-mails. */
  locale: NotificationLocale;
  /** Whether this deployment sends e-mail at all (SMTP configured). */
  mailEnabled: Scalars['Boolean']['output'];
};

export type NotificationPreferencesInput = {
  /** An empty string removes the address (no e-mail). BAD_USER_INPUT (field email) when malformed. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Only the kinds given change. */
  kinds?: InputMaybe<Array<NotificationChannelsInput>>;
  locale?: InputMaybe<NotificationLocale>;
};

/** An id of what the notification is about, e.g. { key: "bookingId", id: "…" }. */
export type NotificationSubject = {
  __typename?: 'NotificationSubject';
  id: Scalars['ID']['output'];
  key: Scalars['String']['output'];
};

export type Objection = {
  __typename?: 'Objection';
  filedBy: Scalars['String']['output'];
  filedOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  resolution?: Maybe<Scalars['String']['output']>;
  resolvedBy?: Maybe<Scalars['String']['output']>;
  resolvedOn?: Maybe<Scalars['Date']['output']>;
  status: ObjectionStatus;
  text: Scalars['String']['output'];
};

export type ObjectionOutcome =
  | 'DISMISSED'
  | 'UPHELD';

export type ObjectionStatus =
  | 'DISMISSED'
  | 'OPEN'
  | 'UPHELD';

export type ObligationInput = {
  organizationId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};

/** Opening window on one weekday (1 = Monday ... 7 = Sunday), local time of the base, HH:MM. */
export type OpeningHours = {
  __typename?: 'OpeningHours';
  closes: Scalars['String']['output'];
  opens: Scalars['String']['output'];
  weekday: Scalars['Int']['output'];
};

export type OpeningHoursInput = {
  closes: Scalars['String']['input'];
  opens: Scalars['String']['input'];
  weekday: Scalars['Int']['input'];
};

export type Organization = {
  __typename?: 'Organization';
  /** 规模以上 (enterprises only). */
  aboveDesignatedSize?: Maybe<Scalars['Boolean']['output']>;
  /** Addition: the kind and school type on a date: a correction holds from its effective date, earlier dates keep the old values. */
  classificationOn: OrganizationClassification;
  createdAt: Scalars['DateTime']['output'];
  /** 18-character unified social credit code (统一社会信用代码), GB 32100 check character verified; unique. */
  creditCode: Scalars['String']['output'];
  /** Addition: 规模以上 status per statistical year, oldest first (it changes yearly; `aboveDesignatedSize` is the latest year's). */
  designatedSizeByYear: Array<DesignatedSizeYear>;
  disqualifications: Array<Disqualification>;
  /** True when a disqualification applies on `asOf` (default today). */
  disqualifiedOn: Scalars['Boolean']['output'];
  /** Addition: every correction (name, region, kind / school type, 规模以上), in the order recorded; never edited. */
  history: Array<OrganizationChange>;
  id: Scalars['ID']['output'];
  kind: OrganizationKind;
  memberships: Array<Membership>;
  name: Scalars['String']['output'];
  /** 6-digit administrative division code (GB/T 2260), e.g. 450200 for Liuzhou. */
  regionCode: Scalars['String']['output'];
  /** Enterprise size class (enterprises only). */
  scale?: Maybe<EnterpriseScale>;
  /** Required for kind SCHOOL, null otherwise. */
  schoolType?: Maybe<SchoolType>;
};


export type OrganizationClassificationOnArgs = {
  date: Scalars['Date']['input'];
};


export type OrganizationDisqualifiedOnArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};

export type OrganizationAssessment = {
  __typename?: 'OrganizationAssessment';
  assessedOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  organization: Organization;
  policyKind: SubsidyPolicyKind;
  qualified: Scalars['Boolean']['output'];
};

/** Addition: one correction of an organization: who, when, from which date, why, old → new. */
export type OrganizationChange = {
  __typename?: 'OrganizationChange';
  /** When it was recorded. */
  at: Scalars['DateTime']['output'];
  /** Token subject of who recorded it. */
  by: Scalars['String']['output'];
  /** The organization of who recorded it (null for platform admins). */
  byOrganization?: Maybe<Organization>;
  /** The first date on which the new values hold (DESIGNATED_SIZE: 1 January of `year`). */
  effectiveDate: Scalars['Date']['output'];
  field: OrganizationChangeField;
  newValues: OrganizationFacts;
  oldValues: OrganizationFacts;
  reason: Scalars['String']['output'];
  /** DESIGNATED_SIZE only: the statistical year. */
  year?: Maybe<Scalars['Int']['output']>;
};

/** Addition: what a correction changed. */
export type OrganizationChangeField =
  | 'CLASSIFICATION'
  | 'DESIGNATED_SIZE'
  | 'NAME'
  | 'REGION';

/** Addition: an organization's kind and school type on a date. */
export type OrganizationClassification = {
  __typename?: 'OrganizationClassification';
  kind: OrganizationKind;
  schoolType?: Maybe<SchoolType>;
};

export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  edges: Array<OrganizationEdge>;
  pageInfo: PageInfo;
};

export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  cursor: Scalars['String']['output'];
  node: Organization;
};

/** Addition: the values a correction touched (only those of its field are set). */
export type OrganizationFacts = {
  __typename?: 'OrganizationFacts';
  aboveDesignatedSize?: Maybe<Scalars['Boolean']['output']>;
  kind?: Maybe<OrganizationKind>;
  name?: Maybe<Scalars['String']['output']>;
  regionCode?: Maybe<Scalars['String']['output']>;
  schoolType?: Maybe<SchoolType>;
};

export type OrganizationFilter = {
  kind?: InputMaybe<OrganizationKind>;
  nameContains?: InputMaybe<Scalars['String']['input']>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
};

export type OrganizationKind =
  | 'ENTERPRISE'
  | 'GOVERNMENT'
  | 'INDUSTRY_ASSOCIATION'
  | 'OTHER'
  | 'RESEARCH_INSTITUTE'
  | 'SCHOOL';

export type OrganizationRecommendation = {
  __typename?: 'OrganizationRecommendation';
  listings: Array<Listing>;
  organization?: Maybe<Organization>;
  organizationName: Scalars['String']['output'];
  reasons: Array<RecommendationReason>;
  /** Its best listing's score. */
  score: Scalars['Int']['output'];
};

export type OutcomeKind =
  | 'PENALTY'
  | 'REWARD';

export type OutputKind =
  | 'PAPER'
  | 'PATENT'
  | 'PROCESS'
  | 'PRODUCT'
  | 'SOFTWARE_COPYRIGHT'
  | 'STANDARD';

/** What a decision does when the year's budget cannot pay a whole claim: refuse it, or pay what is left. */
export type OverBudget =
  | 'PRORATE'
  | 'REFUSE';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type ParticipantInput = {
  /** CNY, at most two decimals, not negative. */
  committedFunding?: InputMaybe<MoneyInput>;
  /** Added. */
  committedStaff?: InputMaybe<Scalars['Int']['input']>;
  organizationId: Scalars['ID']['input'];
  role: ParticipantRole;
};

export type ParticipantRole =
  | 'LEAD'
  | 'PARTNER';

export type PilotAchievement = {
  __typename?: 'PilotAchievement';
  by: Scalars['String']['output'];
  evidence: Scalars['String']['output'];
  kind: PilotTargetKind;
  label: Scalars['String']['output'];
  on: Scalars['Date']['output'];
};

export type PilotCity = {
  __typename?: 'PilotCity';
  achievements: Array<PilotAchievement>;
  deadline: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  items: Array<ReformItem>;
  name: Scalars['String']['output'];
  overdueItems: Scalars['Int']['output'];
  progress: Array<PilotProgress>;
  regionCode: Scalars['String']['output'];
  targets: Array<PilotTarget>;
};

export type PilotProgress = {
  __typename?: 'PilotProgress';
  actual: Scalars['Int']['output'];
  kind: PilotTargetKind;
  met: Scalars['Boolean']['output'];
  /** PLATFORM (computed) or ENTERED (with evidence). */
  source: Scalars['String']['output'];
  target: Scalars['Int']['output'];
};

export type PilotTarget = {
  __typename?: 'PilotTarget';
  kind: PilotTargetKind;
  target: Scalars['Int']['output'];
};

export type PilotTargetInput = {
  kind: PilotTargetKind;
  target: Scalars['Int']['input'];
};

export type PilotTargetKind =
  | 'HIGH_LEVEL_BASES'
  | 'INDUSTRIES'
  | 'LEADING_MAJORS'
  | 'LEADING_SCHOOLS'
  | 'PROVINCIAL_ENTERPRISES';

/** Minimum personal data (never a national ID number); masked in lists (李**, ******0457). */
export type PlacementStudent = {
  __typename?: 'PlacementStudent';
  major: Scalars['String']['output'];
  name: Scalars['String']['output'];
  studentNumber: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

/** Who pays the internship liability insurance premium (STUDENT is refused). */
export type PremiumPayer =
  | 'HOST'
  | 'SCHOOL'
  | 'STUDENT';

/** A joint R&D project in an alliance: at least one school and one enterprise, exactly one LEAD participant. */
export type Project = {
  __typename?: 'Project';
  alliance: Alliance;
  /** Added. */
  createdAt: Scalars['DateTime']['output'];
  /** Added: planned end (set to the day it closed when not planned). */
  endOn?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  /** Added: the LEAD participant; only its admins change the project. */
  leadOrganization: Organization;
  milestones: Array<Milestone>;
  outputs: Array<ProjectOutput>;
  participants: Array<ProjectParticipant>;
  /** Added: planned start (set to the day it became ACTIVE when not planned). */
  startOn?: Maybe<Scalars['Date']['output']>;
  status: ProjectStatus;
  /** Added: every status change, oldest first. */
  statusHistory: Array<ProjectStatusChange>;
  title: Scalars['String']['output'];
  /** Added: the sum of all participants' committed funding. */
  totalCommittedFunding: Money;
};

export type ProjectConnection = {
  __typename?: 'ProjectConnection';
  edges: Array<ProjectEdge>;
  pageInfo: PageInfo;
};

export type ProjectEdge = {
  __typename?: 'ProjectEdge';
  cursor: Scalars['String']['output'];
  node: Project;
};

export type ProjectOutput = {
  __typename?: 'ProjectOutput';
  id: Scalars['ID']['output'];
  kind: OutputKind;
  /** Added: the participants that own the result (the lead unless named). */
  owners: Array<Organization>;
  /** Added. */
  recordedAt: Scalars['DateTime']['output'];
  /** E.g. a patent or registration number. */
  reference?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

export type ProjectParticipant = {
  __typename?: 'ProjectParticipant';
  committedFunding?: Maybe<Money>;
  /** Added: people the participant commits to the project. */
  committedStaff?: Maybe<Scalars['Int']['output']>;
  organization: Organization;
  role: ParticipantRole;
};

export type ProjectStatus =
  | 'ACTIVE'
  | 'COMPLETED'
  | 'PROPOSED'
  | 'TERMINATED';

/** Added: one change of a project's status, kept forever. */
export type ProjectStatusChange = {
  __typename?: 'ProjectStatusChange';
  at: Scalars['DateTime']['output'];
  /** User id (token subject) of whoever made the change. */
  by: Scalars['String']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  status: ProjectStatus;
};

/** A declaration on public notice (公示): no contact data, no scores. */
export type PublicNotice = {
  __typename?: 'PublicNotice';
  declarationId: Scalars['ID']['output'];
  industry: Scalars['String']['output'];
  noticeFrom: Scalars['Date']['output'];
  noticeUntil: Scalars['Date']['output'];
  organizationName: Scalars['String']['output'];
  programName: Scalars['String']['output'];
  regionCode: Scalars['String']['output'];
};

export type PublicRanking = {
  __typename?: 'PublicRanking';
  asOf: Scalars['Date']['output'];
  publishedOn: Scalars['Date']['output'];
  regionCode: Scalars['String']['output'];
  rows: Array<PublicRankingRow>;
  runId: Scalars['ID']['output'];
  systemName: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

export type PublicRankingRow = {
  __typename?: 'PublicRankingRow';
  allianceName: Scalars['String']['output'];
  rank: Scalars['Int']['output'];
  total: Scalars['Float']['output'];
};

export type Query = {
  __typename?: 'Query';
  agreementSignedCopy?: Maybe<SignedCopyContent>;
  alliance?: Maybe<Alliance>;
  /** An alliance's cooperation counts over its active members as of a date. */
  allianceCooperationFigures: CooperationFigures;
  alliances: AllianceConnection;
  apprenticeCohorts: ApprenticeCohortConnection;
  awardPayments: Array<AwardPayment>;
  booking?: Maybe<Booking>;
  certAuditTrail: Array<CertAuditEntry>;
  certPrograms: Array<CertProgram>;
  /** PUBLIC (no token needed): enterprises certified and valid on `asOf` (default today). */
  certifiedEnterprises: Array<CertifiedEnterprise>;
  cooperationAgreement?: Maybe<CooperationAgreement>;
  /** An organization's agreements (default: yours; a funder without organizationId: its region's). */
  cooperationAgreements: CooperationAgreementConnection;
  /** One organization's cooperation counts as of a date (default today). */
  cooperationFigures: CooperationFigures;
  declaration?: Maybe<Declaration>;
  /** Funders: their region's (a province sees its cities'); enterprise admins: their own; reviewers: their assignments. */
  declarations: Array<Declaration>;
  evaluationRun?: Maybe<EvaluationRun>;
  evaluationRuns: Array<EvaluationRun>;
  graduatePlacements: GraduatePlacementConnection;
  /** Addition: one application (its funder, the lead's admins, platform admins). */
  grantApplication?: Maybe<GrantApplication>;
  /** A funder sees its own programs' applications (naming another funder's program is FORBIDDEN); a lead unit's admin its alliances'; other organization admins an empty list. Addition: allianceId filter. */
  grantApplications: GrantApplicationConnection;
  /** Addition: the append-only audit trail, oldest first: a funder's own programs and the disqualifications in its region. */
  grantAuditTrail: GrantAuditEntryConnection;
  /** `asOf` defaults to today and may be any past date; the answer uses memberships and disqualifications as they stood then. */
  grantEligibility: EligibilityReport;
  grantProgram?: Maybe<GrantProgram>;
  /** Every program (public information). Addition: filter by funder or by a region the program covers. */
  grantPrograms: Array<GrantProgram>;
  /** Addition: alliances of a funder's region and whether they qualify today, under every program that applies there (its own and other governments', above or below it). Naming a program that applies nowhere in the funder's region is FORBIDDEN. */
  grantStandings: GrantStandingConnection;
  indicatorSystems: Array<IndicatorSystem>;
  internQuota: InternQuota;
  internshipPlacement?: Maybe<InternshipPlacement>;
  internshipPlacements: InternshipPlacementConnection;
  listing?: Maybe<Listing>;
  /** The GB/T 4754-2017 sections and divisions listings use. */
  listingIndustries: Array<Industry>;
  /** Interests in a listing (its organization) or, without listingId, those the caller's organization made. */
  listingInterests: ListingInterestConnection;
  /** Counterpart listings and organizations with scores and reasons. */
  listingRecommendations: ListingRecommendations;
  matchmakingEvent?: Maybe<MatchmakingEvent>;
  /** Newest date first. */
  matchmakingEvents: MatchmakingEventConnection;
  matchmakingYearFigures: MatchmakingYearFigures;
  /** The signed-in caller, or null without a token. */
  me?: Maybe<Viewer>;
  membership?: Maybe<Membership>;
  /** The caller's organization's bookings, by start (at most 500). */
  myBookings: Array<Booking>;
  /** The caller's organization's listings, any status, newest first. */
  myListings: ListingConnection;
  /** The caller's notification preferences. */
  notificationPreferences: NotificationPreferences;
  /**
   * The caller's notifications, newest first (FORBIDDEN for a caller without an organization). Texts in `locale`, else
   * the request's Accept-Language (zh or en), else the caller's chosen language.
   */
  notifications: NotificationConnection;
  organization?: Maybe<Organization>;
  organizations: OrganizationConnection;
  /** A provincial funder: its cities; a city funder: its own. */
  pilotCities: Array<PilotCity>;
  /** Readable by participants' users, the alliance lead's admins and funders in its region; FORBIDDEN for others. */
  project?: Maybe<Project>;
  /** PUBLIC (no token needed): declarations on notice today. */
  publicNotices: Array<PublicNotice>;
  /** PUBLIC (no token needed): published rankings. */
  publicRankings: Array<PublicRanking>;
  retentionRates: RetentionRates;
  revenueAgreement?: Maybe<RevenueAgreement>;
  revenueAgreementStatement: RevenueAgreementStatement;
  /** Agreements an organization owns or is a party to. */
  revenueAgreements: RevenueAgreementConnection;
  revenuePolicies: Array<RevenuePolicy>;
  /** Addition: one policy by code (its latest version shown). */
  revenuePolicy?: Maybe<RevenuePolicy>;
  /** Addition: the policy an agreement of an alliance in regionCode follows on date (that version shown); null when none. */
  revenuePolicyInForce?: Maybe<RevenuePolicy>;
  revenueStatement: RevenueStatement;
  savedSearches: SavedSearchConnection;
  /** Search OPEN listings valid today (or filter.validOn). first 1–100, default 20. */
  searchListings: ListingSearchResult;
  /** What a claim would be, computed from the records now (nothing stored). */
  subsidyClaimPreview: ClaimEvidence;
  subsidyClaims: SubsidyClaimConnection;
  subsidyPolicies: Array<SubsidyPolicy>;
  trainingBase?: Maybe<TrainingBase>;
  /** How many of the caller's notifications are unread (the header badge). */
  unreadNotificationCount: Scalars['Int']['output'];
};


export type QueryAgreementSignedCopyArgs = {
  agreementId: Scalars['ID']['input'];
};


export type QueryAllianceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAllianceCooperationFiguresArgs = {
  allianceId: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryAlliancesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AllianceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryApprenticeCohortsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<CohortKind>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryAwardPaymentsArgs = {
  applicationId: Scalars['ID']['input'];
};


export type QueryBookingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCertAuditTrailArgs = {
  declarationId?: InputMaybe<Scalars['ID']['input']>;
  programId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryCertProgramsArgs = {
  regionCode?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCertifiedEnterprisesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCooperationAgreementArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCooperationAgreementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<AgreementStatus>;
};


export type QueryCooperationFiguresArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  organizationId: Scalars['ID']['input'];
};


export type QueryDeclarationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDeclarationsArgs = {
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  programId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<DeclarationStatus>;
};


export type QueryEvaluationRunArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEvaluationRunsArgs = {
  regionCode?: InputMaybe<Scalars['String']['input']>;
};


export type QueryGraduatePlacementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryGrantApplicationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryGrantApplicationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  allianceId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  programId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<ApplicationStatus>;
};


export type QueryGrantAuditTrailArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  allianceId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  programId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryGrantEligibilityArgs = {
  allianceId: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['Date']['input']>;
  programId: Scalars['ID']['input'];
};


export type QueryGrantProgramArgs = {
  id: Scalars['ID']['input'];
};


export type QueryGrantProgramsArgs = {
  funderId?: InputMaybe<Scalars['ID']['input']>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
};


export type QueryGrantStandingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  eligible?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  programId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryIndicatorSystemsArgs = {
  regionCode?: InputMaybe<Scalars['String']['input']>;
};


export type QueryInternQuotaArgs = {
  organizationId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


export type QueryInternshipPlacementArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInternshipPlacementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  agreementId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryListingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryListingInterestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  listingId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryListingRecommendationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  listingId: Scalars['ID']['input'];
};


export type QueryMatchmakingEventArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMatchmakingEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<MatchmakingEventStatus>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMatchmakingYearFiguresArgs = {
  regionCode?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};


export type QueryMembershipArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMyBookingsArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryMyListingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  locale?: InputMaybe<NotificationLocale>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryOrganizationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganizationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPilotCitiesArgs = {
  regionCode?: InputMaybe<Scalars['String']['input']>;
};


export type QueryProjectArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPublicNoticesArgs = {
  regionCode?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPublicRankingsArgs = {
  regionCode?: InputMaybe<Scalars['String']['input']>;
};


export type QueryRetentionRatesArgs = {
  allianceId?: InputMaybe<Scalars['ID']['input']>;
  graduationYear?: InputMaybe<Scalars['Int']['input']>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
};


export type QueryRevenueAgreementArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRevenueAgreementStatementArgs = {
  agreementId: Scalars['ID']['input'];
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


export type QueryRevenueAgreementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  organizationId: Scalars['ID']['input'];
};


export type QueryRevenuePolicyArgs = {
  code: Scalars['String']['input'];
};


export type QueryRevenuePolicyInForceArgs = {
  date: Scalars['Date']['input'];
  regionCode: Scalars['String']['input'];
};


export type QueryRevenueStatementArgs = {
  from: Scalars['Date']['input'];
  organizationId: Scalars['ID']['input'];
  to: Scalars['Date']['input'];
};


export type QuerySavedSearchesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySearchListingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ListingFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<ListingSort>;
};


export type QuerySubsidyClaimPreviewArgs = {
  input: SubsidyClaimInput;
};


export type QuerySubsidyClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<SubsidyClaimStatus>;
};


export type QuerySubsidyPoliciesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
};


export type QueryTrainingBaseArgs = {
  id: Scalars['ID']['input'];
};

/** One reason a recommendation scored, in words. */
export type RecommendationReason = {
  __typename?: 'RecommendationReason';
  /** SAME_MAJOR, SAME_INDUSTRY, SAME_INDUSTRY_SECTION, SAME_COUNTY, SAME_CITY, SAME_PROVINCE, PAST_COOPERATION, CAPACITY_FIT, PERIOD_FIT, TEXT_SIMILARITY. */
  code: Scalars['String']['output'];
  /** Its share of the score (0–100 in all). */
  points: Scalars['Int']['output'];
  /** The reason in `lang` (zh-CN or en) when given, else in the request's language (x-lang, lang cookie, Accept-Language; zh-CN by default). */
  text: Scalars['String']['output'];
};


/** One reason a recommendation scored, in words. */
export type RecommendationReasonTextArgs = {
  lang?: InputMaybe<Scalars['String']['input']>;
};

export type RecordGraduateInput = {
  employerOrganizationId: Scalars['ID']['input'];
  graduationYear: Scalars['Int']['input'];
  major: Scalars['String']['input'];
  name: Scalars['String']['input'];
  pillarIndustry: Scalars['Boolean']['input'];
  startOn: Scalars['Date']['input'];
  studentNumber: Scalars['String']['input'];
};

export type RecordRevenueInput = {
  agreementId: Scalars['ID']['input'];
  deductions?: InputMaybe<Array<DeductionInput>>;
  /** Idempotency: the same reference is recorded once. */
  externalReference: Scalars['String']['input'];
  gross: MoneyInput;
  receivedOn: Scalars['Date']['input'];
};

export type ReformItem = {
  __typename?: 'ReformItem';
  content: Scalars['String']['output'];
  deadline: Scalars['Date']['output'];
  history: Array<ReformItemChange>;
  id: Scalars['ID']['output'];
  list: ReformListKind;
  overdue: Scalars['Boolean']['output'];
  /** 责任部门 */
  owner: Scalars['String']['output'];
  status: ReformItemStatus;
  title: Scalars['String']['output'];
};

export type ReformItemChange = {
  __typename?: 'ReformItemChange';
  by: Scalars['String']['output'];
  note?: Maybe<Scalars['String']['output']>;
  on: Scalars['Date']['output'];
  status: ReformItemStatus;
};

export type ReformItemStatus =
  | 'DONE'
  | 'IN_PROGRESS'
  | 'OPEN';

export type ReformListKind =
  | 'POLICY'
  | 'PROBLEM';

export type RegisterOrganizationInput = {
  aboveDesignatedSize?: InputMaybe<Scalars['Boolean']['input']>;
  creditCode: Scalars['String']['input'];
  kind: OrganizationKind;
  name: Scalars['String']['input'];
  regionCode: Scalars['String']['input'];
  scale?: InputMaybe<EnterpriseScale>;
  schoolType?: InputMaybe<SchoolType>;
};

export type RegistrationMode =
  | 'INVITATION'
  | 'OPEN';

/** Rates in basis points (2500 = 25 %, Liuzhou's local-retention aim). */
export type RetentionRates = {
  __typename?: 'RetentionRates';
  confirmed: Scalars['Int']['output'];
  graduates: Scalars['Int']['output'];
  local: Scalars['Int']['output'];
  localBp?: Maybe<Scalars['Int']['output']>;
  retained: Scalars['Int']['output'];
  retentionBp?: Maybe<Scalars['Int']['output']>;
};

/** An agreement, as of its latest version (`versions` has them all). */
export type RevenueAgreement = {
  __typename?: 'RevenueAgreement';
  alliance: Alliance;
  deductionKinds: Array<Scalars['String']['output']>;
  effectiveFrom: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  /** The project outputs (patents, software copyrights…) it covers. */
  outputIds: Array<Scalars['ID']['output']>;
  /** Who writes the agreement and its ledger: the alliance's lead, or the project's lead when a project is named. */
  owner: Organization;
  parties: Array<RevenueParty>;
  policy: RevenuePolicy;
  /** The joint project it covers, if any (see Query.project). */
  projectId?: Maybe<Scalars['ID']['output']>;
  /** The agreement's ledger over a period. */
  statement: RevenueAgreementStatement;
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
  /** The version in force on a date (null before version 1). */
  versionOn?: Maybe<RevenueAgreementVersion>;
  versions: Array<RevenueAgreementVersion>;
};


/** An agreement, as of its latest version (`versions` has them all). */
export type RevenueAgreementStatementArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


/** An agreement, as of its latest version (`versions` has them all). */
export type RevenueAgreementVersionOnArgs = {
  date: Scalars['Date']['input'];
};

export type RevenueAgreementConnection = {
  __typename?: 'RevenueAgreementConnection';
  edges: Array<RevenueAgreementEdge>;
  pageInfo: PageInfo;
};

export type RevenueAgreementEdge = {
  __typename?: 'RevenueAgreementEdge';
  cursor: Scalars['String']['output'];
  node: RevenueAgreement;
};

export type RevenueAgreementStatement = {
  __typename?: 'RevenueAgreementStatement';
  agreement: RevenueAgreement;
  deductions: Money;
  from: Scalars['Date']['output'];
  gross: Money;
  lines: Array<RevenueAgreementStatementLine>;
  net: Money;
  /** Computed: every event reconciles, reversals negate their originals, gross − deductions = net = Σ totals. */
  reconciled: Scalars['Boolean']['output'];
  to: Scalars['Date']['output'];
  totals: Array<RevenueBeneficiaryTotal>;
};

export type RevenueAgreementStatementLine = {
  __typename?: 'RevenueAgreementStatementLine';
  event: RevenueEvent;
  reconciled: Scalars['Boolean']['output'];
  runningNet: Money;
};

/** One version of an agreement's terms, in force from `effectiveFrom` until the next version's. */
export type RevenueAgreementVersion = {
  __typename?: 'RevenueAgreementVersion';
  /** Cost kinds that may be deducted before the split, in the order they apply. */
  deductionKinds: Array<Scalars['String']['output']>;
  effectiveFrom: Scalars['Date']['output'];
  note?: Maybe<Scalars['String']['output']>;
  parties: Array<RevenueParty>;
  policy: RevenuePolicy;
  recordedAt: Scalars['DateTime']['output'];
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type RevenueBeneficiaryTotal = {
  __typename?: 'RevenueBeneficiaryTotal';
  amount: Money;
  beneficiary: Beneficiary;
  organization: Organization;
};

export type RevenueEvent = {
  __typename?: 'RevenueEvent';
  agreement: RevenueAgreement;
  agreementVersion: Scalars['Int']['output'];
  allocations: Array<Allocation>;
  deductions: Array<Deduction>;
  externalReference: Scalars['String']['output'];
  gross: Money;
  id: Scalars['ID']['output'];
  kind: RevenueEventKind;
  net: Money;
  /** Why a reversal was made. */
  reason?: Maybe<Scalars['String']['output']>;
  receivedOn: Scalars['Date']['output'];
  recordedAt: Scalars['DateTime']['output'];
  /** Set on a reversal: the event it reverses. */
  reverses?: Maybe<RevenueEvent>;
};

export type RevenueEventKind =
  | 'REVENUE'
  | 'REVERSAL';

/** A named inventor (teacher) and their basis points of the school's teachers' part (a school's inventors sum to 10000). */
export type RevenueInventor = {
  __typename?: 'RevenueInventor';
  name: Scalars['String']['output'];
  personId?: Maybe<Scalars['String']['output']>;
  shareBp: Scalars['Int']['output'];
};

export type RevenueInventorInput = {
  name: Scalars['String']['input'];
  personId?: InputMaybe<Scalars['String']['input']>;
  shareBp: Scalars['Int']['input'];
};

export type RevenueParty = {
  __typename?: 'RevenueParty';
  /** For schools: the inventors among whom the teachers' part is split (empty: not named). */
  inventors: Array<RevenueInventor>;
  organization: Organization;
  /** Share of net revenue, basis points; all parties sum to 10000. */
  shareBp: Scalars['Int']['output'];
  /** For schools: basis points of this party's share paid as teachers' remuneration; the rest goes to school funds. */
  teacherShareBp?: Maybe<Scalars['Int']['output']>;
};

export type RevenuePartyInput = {
  inventors?: InputMaybe<Array<RevenueInventorInput>>;
  organizationId: Scalars['ID']['input'];
  shareBp: Scalars['Int']['input'];
  teacherShareBp?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * A regional rule for a school party's share: the part paid to teachers must lie within [minTeacherShareBp,
 * maxTeacherShareBp]. Data owned by a region, with dated versions: an alliance's agreements follow the policy in force
 * for its region on the agreement date, the nearest covering region's winning (450200 over 450000). The figures shown
 * are one version's: the latest in `revenuePolicies`, the one in force in `revenuePolicyInForce`, the one an agreement
 * version was checked against in an agreement.
 */
export type RevenuePolicy = {
  __typename?: 'RevenuePolicy';
  /** Addition: every change (created, amended, closed), oldest first: who, when and why. */
  changes: Array<RevenuePolicyChange>;
  code: Scalars['String']['output'];
  maxTeacherShareBp: Scalars['Int']['output'];
  minTeacherShareBp: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** The region that owns the policy (GB/T 2260), e.g. 450200 for Liuzhou: agreements of alliances in it and below it follow it. */
  regionCode: Scalars['String']['output'];
  /** Addition: where the figures come from (document and passage). */
  source?: Maybe<Scalars['String']['output']>;
  /** Addition: the version is in force from this date (inclusive) until the next version's validFrom, or through validUntil. */
  validFrom: Scalars['Date']['output'];
  /** Addition: the last day of the version (inclusive); null = open-ended. */
  validUntil?: Maybe<Scalars['Date']['output']>;
  /** Addition: the version these figures are. */
  version: Scalars['Int']['output'];
  /** Addition: every version, in order. */
  versions: Array<RevenuePolicyVersion>;
};

/** Addition: one audited change of a policy. */
export type RevenuePolicyChange = {
  __typename?: 'RevenuePolicyChange';
  action: RevenuePolicyChangeAction;
  at: Scalars['DateTime']['output'];
  /** The token subject of whoever made the change. */
  by: Scalars['String']['output'];
  /** The organization (a funder's government) it was made for; null for platform admins and the initial data. */
  byOrganization?: Maybe<Organization>;
  note?: Maybe<Scalars['String']['output']>;
  /** The version created, or the version closed. */
  version: Scalars['Int']['output'];
};

/** Addition. */
export type RevenuePolicyChangeAction =
  | 'AMENDED'
  | 'CLOSED'
  | 'CREATED';

/** Addition: one dated version of a policy's figures (append-only). */
export type RevenuePolicyVersion = {
  __typename?: 'RevenuePolicyVersion';
  maxTeacherShareBp: Scalars['Int']['output'];
  minTeacherShareBp: Scalars['Int']['output'];
  note?: Maybe<Scalars['String']['output']>;
  recordedAt: Scalars['DateTime']['output'];
  source?: Maybe<Scalars['String']['output']>;
  validFrom: Scalars['Date']['output'];
  validUntil?: Maybe<Scalars['Date']['output']>;
  version: Scalars['Int']['output'];
};

export type RevenueStatement = {
  __typename?: 'RevenueStatement';
  events: Array<RevenueEvent>;
  from: Scalars['Date']['output'];
  /** The events with this organization's amount and the running total, in (receivedOn, recording) order. */
  lines: Array<RevenueStatementLine>;
  organization: Organization;
  /** Computed: every listed event's allocations sum exactly to its net. */
  reconciled: Scalars['Boolean']['output'];
  to: Scalars['Date']['output'];
  /** Sum of this organization's allocations in the period. */
  total: Money;
};

export type RevenueStatementLine = {
  __typename?: 'RevenueStatementLine';
  /** This organization's allocations in the event. */
  amount: Money;
  event: RevenueEvent;
  /** Computed for this event: gross − deductions = net = Σ allocations, and a reversal negates its original. */
  reconciled: Scalars['Boolean']['output'];
  runningTotal: Money;
};

export type Review = {
  __typename?: 'Review';
  comment?: Maybe<Scalars['String']['output']>;
  conflictNote?: Maybe<Scalars['String']['output']>;
  conflictOfInterest: Scalars['Boolean']['output'];
  reviewerId: Scalars['String']['output'];
  /** The reviewer's organization; null for a review from before reviewers were named with their organization (it does not count). */
  reviewerOrganizationId?: Maybe<Scalars['ID']['output']>;
  scores: Array<ReviewScore>;
  submittedAt: Scalars['DateTime']['output'];
  total?: Maybe<Scalars['Int']['output']>;
};

/** A scoring criterion of the expert review (复核评议). */
export type ReviewCriterion = {
  __typename?: 'ReviewCriterion';
  key: Scalars['String']['output'];
  maxScore: Scalars['Int']['output'];
  name: Scalars['String']['output'];
};

export type ReviewCriterionInput = {
  key: Scalars['String']['input'];
  maxScore: Scalars['Int']['input'];
  name: Scalars['String']['input'];
};

export type ReviewScore = {
  __typename?: 'ReviewScore';
  key: Scalars['String']['output'];
  score: Scalars['Int']['output'];
};

export type ReviewScoreInput = {
  key: Scalars['String']['input'];
  score: Scalars['Int']['input'];
};

/** Roles carried in the bearer token's `roles` claim. */
export type Role =
  | 'FUNDER'
  | 'ORG_ADMIN'
  | 'ORG_MEMBER'
  | 'PLATFORM_ADMIN';

/** A saved search: new matching listings reach the organization as notifications. */
export type SavedSearch = {
  __typename?: 'SavedSearch';
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  filter: ListingFilter;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type SavedSearchConnection = {
  __typename?: 'SavedSearchConnection';
  edges: Array<SavedSearchEdge>;
  pageInfo: PageInfo;
};

export type SavedSearchEdge = {
  __typename?: 'SavedSearchEdge';
  cursor: Scalars['String']['output'];
  node: SavedSearch;
};

/** 中职, 技工院校, 高职, 职业本科, 应用型本科, 普通高校 */
export type SchoolType =
  | 'APPLIED_UNDERGRADUATE'
  | 'HIGHER_VOCATIONAL'
  | 'SECONDARY_VOCATIONAL'
  | 'TECHNICIAN_COLLEGE'
  | 'UNIVERSITY'
  | 'VOCATIONAL_UNDERGRADUATE';

export type SchoolTypeCount = {
  __typename?: 'SchoolTypeCount';
  count: Scalars['Int']['output'];
  schoolType: SchoolType;
};

/** The signed copy's record (the bytes: Query.agreementSignedCopy). */
export type SignedCopy = {
  __typename?: 'SignedCopy';
  contentType: Scalars['String']['output'];
  filename: Scalars['String']['output'];
  sha256: Scalars['String']['output'];
  /** Bytes. */
  size: Scalars['Int']['output'];
  uploadedAt: Scalars['DateTime']['output'];
};

export type SignedCopyContent = {
  __typename?: 'SignedCopyContent';
  /** The file, base64. */
  contentBase64: Scalars['String']['output'];
  contentType: Scalars['String']['output'];
  filename: Scalars['String']['output'];
  size: Scalars['Int']['output'];
};

export type Slot = {
  __typename?: 'Slot';
  end: Scalars['DateTime']['output'];
  remaining: Scalars['Int']['output'];
  start: Scalars['DateTime']['output'];
};

export type SpendingLine = {
  __typename?: 'SpendingLine';
  amount: Money;
  purpose: Scalars['String']['output'];
};

export type SpendingLineInput = {
  /** Decimal yuan. */
  amount: Scalars['String']['input'];
  purpose: Scalars['String']['input'];
};

export type SpendingReport = {
  __typename?: 'SpendingReport';
  filedOn: Scalars['Date']['output'];
  items: Array<SpendingLine>;
  summary: Scalars['String']['output'];
  total: Money;
};

export type StudentInput = {
  major: Scalars['String']['input'];
  name: Scalars['String']['input'];
  studentNumber: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

export type SubsidyClaim = {
  __typename?: 'SubsidyClaim';
  /** Paid on approval (less than requested when capped by the budget). */
  awarded?: Maybe<Money>;
  claimant: Organization;
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  decisionNote?: Maybe<Scalars['String']['output']>;
  evidence: ClaimEvidence;
  id: Scalars['ID']['output'];
  periodFrom: Scalars['Date']['output'];
  periodTo: Scalars['Date']['output'];
  policyId: Scalars['ID']['output'];
  policyKind: SubsidyPolicyKind;
  /** INTERNSHIP_BASE: what the money is for (实训设施设备). */
  purpose?: Maybe<Scalars['String']['output']>;
  requested: Money;
  status: SubsidyClaimStatus;
  submittedAt: Scalars['DateTime']['output'];
};

export type SubsidyClaimConnection = {
  __typename?: 'SubsidyClaimConnection';
  edges: Array<SubsidyClaimEdge>;
  pageInfo: PageInfo;
};

export type SubsidyClaimEdge = {
  __typename?: 'SubsidyClaimEdge';
  cursor: Scalars['String']['output'];
  node: SubsidyClaim;
};

export type SubsidyClaimInput = {
  claimantOrganizationId: Scalars['ID']['input'];
  periodFrom: Scalars['Date']['input'];
  periodTo: Scalars['Date']['input'];
  policyId: Scalars['ID']['input'];
};

export type SubsidyClaimStatus =
  | 'APPROVED'
  | 'REJECTED'
  | 'SUBMITTED';

/** A subsidy rule of a region, dated; `source` names the seed passage. */
export type SubsidyPolicy = {
  __typename?: 'SubsidyPolicy';
  id: Scalars['ID']['output'];
  kind: SubsidyPolicyKind;
  name: Scalars['String']['output'];
  parameters: SubsidyPolicyParameters;
  regionCode: Scalars['String']['output'];
  source: Scalars['String']['output'];
  validFrom: Scalars['Date']['output'];
  validTo?: Maybe<Scalars['Date']['output']>;
};

export type SubsidyPolicyKind =
  | 'APPRENTICESHIP_TRAINING'
  | 'GRADUATE_RETENTION'
  | 'INTERNSHIP_BASE'
  | 'INTERN_MONTH';

export type SubsidyPolicyParameters = {
  __typename?: 'SubsidyPolicyParameters';
  continuousMonths?: Maybe<Scalars['Int']['output']>;
  fixed?: Maybe<Money>;
  overBudget?: Maybe<OverBudget>;
  perGraduate?: Maybe<Money>;
  perInternMonth?: Maybe<Money>;
  perPersonYear?: Maybe<Money>;
  yearlyBudget?: Maybe<Money>;
};

export type SubsidyPolicyParametersInput = {
  continuousMonths?: InputMaybe<Scalars['Int']['input']>;
  fixed?: InputMaybe<MoneyInput>;
  overBudget?: InputMaybe<OverBudget>;
  perGraduate?: InputMaybe<MoneyInput>;
  perInternMonth?: InputMaybe<MoneyInput>;
  perPersonYear?: InputMaybe<MoneyInput>;
  yearlyBudget?: InputMaybe<MoneyInput>;
};

export type TrainingBase = {
  __typename?: 'TrainingBase';
  address?: Maybe<Scalars['String']['output']>;
  alliance: Alliance;
  /** The open time in [from, to), split wherever the number of free stations changes; full periods are listed with remaining 0; closed time is left out. At most 62 days. */
  availability: Array<Slot>;
  /** All bookings for the host's and the alliance lead's people; otherwise the caller's organization's only. */
  bookings: BookingConnection;
  /** iCalendar (RFC 5545) subscription URL for the caller, carrying its own secret token because calendar apps send no headers, and the caller's current language (lang=zh-CN or lang=en), in which the calendar name and the events' titles and descriptions are written. Times are UTC or carry a VTIMEZONE. */
  calendarFeedUrl: Scalars['String']['output'];
  /** Stations usable at the same time. */
  capacity: Scalars['Int']['output'];
  closedDates: Array<Scalars['Date']['output']>;
  disciplines: Array<Scalars['String']['output']>;
  host: Organization;
  id: Scalars['ID']['output'];
  /** Host, alliance lead, platform admins and funders of the region. */
  internshipService: InternshipService;
  name: Scalars['String']['output'];
  openingHours: Array<OpeningHours>;
  requiresApproval: Scalars['Boolean']['output'];
  rules: BookingRules;
  status: TrainingBaseStatus;
  /** IANA time zone, e.g. Asia/Shanghai. */
  timeZone: Scalars['String']['output'];
  /** Host, alliance lead, platform admins and funders of the region. At most 400 days. */
  utilization: Utilization;
};


export type TrainingBaseAvailabilityArgs = {
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};


export type TrainingBaseBookingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  status?: InputMaybe<BookingStatus>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type TrainingBaseUtilizationArgs = {
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};

export type TrainingBaseConnection = {
  __typename?: 'TrainingBaseConnection';
  edges: Array<TrainingBaseEdge>;
  pageInfo: PageInfo;
};

export type TrainingBaseEdge = {
  __typename?: 'TrainingBaseEdge';
  cursor: Scalars['String']['output'];
  node: TrainingBase;
};

export type TrainingBaseStatus =
  /** Takes bookings. */
  | 'ACTIVE'
  /** Closed for good: refused while bookings are ahead, unless they are cancelled with notice. */
  | 'CLOSED'
  /** Takes no new bookings; existing ones stand. */
  | 'SUSPENDED';

export type UpdateAgreementDraftInput = {
  agreementId: Scalars['ID']['input'];
  endOn?: InputMaybe<Scalars['Date']['input']>;
  majors?: InputMaybe<Array<MajorInput>>;
  obligations?: InputMaybe<Array<ObligationInput>>;
  startOn?: InputMaybe<Scalars['Date']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Addition: a program edit; absent or null fields stay as they are. Code, funder and region never change. */
export type UpdateGrantProgramInput = {
  /** Only before the program opens. */
  awardAmount?: InputMaybe<MoneyInput>;
  /** Never before today (use closeGrantProgram to stop applications now). */
  closesOn?: InputMaybe<Scalars['Date']['input']>;
  /** Only before the program opens. */
  criteria?: InputMaybe<Array<CriterionInput>>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** Only before the program opens, and not in the past. */
  opensOn?: InputMaybe<Scalars['Date']['input']>;
};

export type UpdateListingInput = {
  budget?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  headcount?: InputMaybe<Scalars['Int']['input']>;
  industries?: InputMaybe<Array<Scalars['String']['input']>>;
  majors?: InputMaybe<Array<MajorInput>>;
  openToNonMembers?: InputMaybe<Scalars['Boolean']['input']>;
  payMax?: InputMaybe<Scalars['String']['input']>;
  payMin?: InputMaybe<Scalars['String']['input']>;
  periodFrom?: InputMaybe<Scalars['Date']['input']>;
  periodTo?: InputMaybe<Scalars['Date']['input']>;
  place?: InputMaybe<Scalars['String']['input']>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  validTo?: InputMaybe<Scalars['Date']['input']>;
};

/** Addition: corrections of an organization; absent or null fields stay as they are. The credit code is not correctable. */
export type UpdateOrganizationInput = {
  /** Platform admins only; SCHOOL needs a schoolType. */
  kind?: InputMaybe<OrganizationKind>;
  /** The organization's own admin or a platform admin. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Platform admins only. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** Platform admins only; schools only. */
  schoolType?: InputMaybe<SchoolType>;
};

/** Only the fields given change. Lower capacity, shorter hours or CLOSED over existing bookings: see updateTrainingBase. */
export type UpdateTrainingBaseInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  capacity?: InputMaybe<Scalars['Int']['input']>;
  disciplines?: InputMaybe<Array<Scalars['String']['input']>>;
  name?: InputMaybe<Scalars['String']['input']>;
  openingHours?: InputMaybe<Array<OpeningHoursInput>>;
  requiresApproval?: InputMaybe<Scalars['Boolean']['input']>;
  rules?: InputMaybe<BookingRulesInput>;
  status?: InputMaybe<TrainingBaseStatus>;
};

export type Utilization = {
  __typename?: 'Utilization';
  bookedStationHours: Scalars['Float']['output'];
  from: Scalars['DateTime']['output'];
  openStationHours: Scalars['Float']['output'];
  /** bookedStationHours / openStationHours, 0..1. */
  ratio: Scalars['Float']['output'];
  to: Scalars['DateTime']['output'];
};

export type Viewer = {
  __typename?: 'Viewer';
  id: Scalars['ID']['output'];
  organization?: Maybe<Organization>;
  roles: Array<Role>;
};

/** Repeat the booking weekly, same weekday and local times, through `until` (inclusive). */
export type WeeklyRecurrenceInput = {
  until: Scalars['Date']['input'];
};

export type YearlyReport = {
  __typename?: 'YearlyReport';
  by: Scalars['String']['output'];
  filedOn: Scalars['Date']['output'];
  summary: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T | Error | null> | T | Error | null;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = {}, TContext = {}, TArgs = {}> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = {}, TContext = {}, TArgs = {}> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = {}, TContext = {}> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = {}, TContext = {}> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = {}, TParent = {}, TContext = {}, TArgs = {}> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AgreementConfirmation: ResolverTypeWrapper<AgreementConfirmationParentParent>;
  AgreementObligation: ResolverTypeWrapper<ObligationDtoParent>;
  AgreementStatus: AgreementStatus;
  AgreementStatusChange: ResolverTypeWrapper<AgreementStatusChange>;
  AgreementType: AgreementType;
  Alliance: ResolverTypeWrapper<AllianceDtoParent>;
  AllianceConnection: ResolverTypeWrapper<Omit<AllianceConnection, 'edges'> & { edges: Array<ResolversTypes['AllianceEdge']> }>;
  AllianceEdge: ResolverTypeWrapper<Omit<AllianceEdge, 'node'> & { node: ResolversTypes['Alliance'] }>;
  AllianceFilter: AllianceFilter;
  AllianceLeadChange: ResolverTypeWrapper<LeadChangeParent>;
  AllianceStatus: AllianceStatus;
  AllianceStatusChange: ResolverTypeWrapper<StatusChangeParent>;
  Allocation: ResolverTypeWrapper<AllocationLineParent>;
  AmendRevenueAgreementInput: AmendRevenueAgreementInput;
  AmendRevenuePolicyInput: AmendRevenuePolicyInput;
  ApplicationStatus: ApplicationStatus;
  ApprenticeCohort: ResolverTypeWrapper<CohortDtoParent>;
  ApprenticeCohortConnection: ResolverTypeWrapper<Omit<ApprenticeCohortConnection, 'edges'> & { edges: Array<ResolversTypes['ApprenticeCohortEdge']> }>;
  ApprenticeCohortEdge: ResolverTypeWrapper<Omit<ApprenticeCohortEdge, 'node'> & { node: ResolversTypes['ApprenticeCohort'] }>;
  Attachment: ResolverTypeWrapper<Attachment>;
  AttendanceMonth: ResolverTypeWrapper<AttendanceDtoParent>;
  AwardPayment: ResolverTypeWrapper<PaymentDtoParent>;
  Beneficiary: Beneficiary;
  BookTrainingBaseInput: BookTrainingBaseInput;
  Booking: ResolverTypeWrapper<BookingDtoParent>;
  BookingConnection: ResolverTypeWrapper<Omit<BookingConnection, 'edges'> & { edges: Array<ResolversTypes['BookingEdge']> }>;
  BookingEdge: ResolverTypeWrapper<Omit<BookingEdge, 'node'> & { node: ResolversTypes['Booking'] }>;
  BookingPurpose: BookingPurpose;
  BookingRules: ResolverTypeWrapper<BookingRules>;
  BookingRulesInput: BookingRulesInput;
  BookingStatus: BookingStatus;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CertAuditEntry: ResolverTypeWrapper<CertAuditEntryDtoParent>;
  CertCondition: ResolverTypeWrapper<CertCondition>;
  CertConditionInput: CertConditionInput;
  CertConditionKind: CertConditionKind;
  CertDecision: CertDecision;
  CertProgram: ResolverTypeWrapper<CertProgramDtoParent>;
  CertReviewer: ResolverTypeWrapper<CertReviewer>;
  CertifiedEnterprise: ResolverTypeWrapper<CertifiedEnterprise>;
  ClaimDecision: ClaimDecision;
  ClaimEvidence: ResolverTypeWrapper<ClaimComputationDtoParent>;
  ClaimEvidenceLine: ResolverTypeWrapper<ClaimEvidenceLine>;
  CohortKind: CohortKind;
  CohortStudent: ResolverTypeWrapper<CohortStudent>;
  ConditionCheck: ResolverTypeWrapper<ConditionResultParent>;
  ConvertMatchInput: ConvertMatchInput;
  CooperationAgreement: ResolverTypeWrapper<AgreementDtoParent>;
  CooperationAgreementConnection: ResolverTypeWrapper<Omit<CooperationAgreementConnection, 'edges'> & { edges: Array<ResolversTypes['CooperationAgreementEdge']> }>;
  CooperationAgreementEdge: ResolverTypeWrapper<Omit<CooperationAgreementEdge, 'node'> & { node: ResolversTypes['CooperationAgreement'] }>;
  CooperationFigures: ResolverTypeWrapper<CooperationFigures>;
  CooperationSnapshot: ResolverTypeWrapper<CooperationSnapshot>;
  CreateAgreementDraftInput: CreateAgreementDraftInput;
  CreateAllianceInput: CreateAllianceInput;
  CreateCertProgramInput: CreateCertProgramInput;
  CreateCohortInput: CreateCohortInput;
  CreateDeclarationInput: CreateDeclarationInput;
  CreateGrantProgramInput: CreateGrantProgramInput;
  CreateListingInput: CreateListingInput;
  CreateMatchmakingEventInput: CreateMatchmakingEventInput;
  CreatePlacementInput: CreatePlacementInput;
  CreateProjectInput: CreateProjectInput;
  CreateRevenueAgreementInput: CreateRevenueAgreementInput;
  CreateRevenuePolicyInput: CreateRevenuePolicyInput;
  CreateSubsidyPolicyInput: CreateSubsidyPolicyInput;
  CreateTrainingBaseInput: CreateTrainingBaseInput;
  Criterion: ResolverTypeWrapper<CriterionParent>;
  CriterionInput: CriterionInput;
  CriterionKind: CriterionKind;
  CriterionResult: ResolverTypeWrapper<CriterionResultParent>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decision: Decision;
  Declaration: ResolverTypeWrapper<DeclarationDtoParent>;
  DeclarationStatus: DeclarationStatus;
  DeclarationStep: ResolverTypeWrapper<DeclarationStep>;
  Deduction: ResolverTypeWrapper<DeductionLineParent>;
  DeductionInput: DeductionInput;
  DesignatedSizeYear: ResolverTypeWrapper<DesignatedSizeYear>;
  Disqualification: ResolverTypeWrapper<DisqualificationDtoParent>;
  EligibilityCounts: ResolverTypeWrapper<EligibilityCountsParent>;
  EligibilityReport: ResolverTypeWrapper<EligibilityReportParent>;
  EnterpriseScale: EnterpriseScale;
  EnterpriseScaleClass: EnterpriseScaleClass;
  EvaluatedMember: ResolverTypeWrapper<MemberEvidenceParent>;
  EvaluationOutcome: ResolverTypeWrapper<EvaluationOutcome>;
  EvaluationRow: ResolverTypeWrapper<EvaluationRow>;
  EvaluationRun: ResolverTypeWrapper<EvaluationRun>;
  EvaluationRunStatus: EvaluationRunStatus;
  EventRegistration: ResolverTypeWrapper<RegistrationDtoParent>;
  EventRegistrationConnection: ResolverTypeWrapper<Omit<EventRegistrationConnection, 'edges'> & { edges: Array<ResolversTypes['EventRegistrationEdge']> }>;
  EventRegistrationEdge: ResolverTypeWrapper<Omit<EventRegistrationEdge, 'node'> & { node: ResolversTypes['EventRegistration'] }>;
  EventRegistrationStatus: EventRegistrationStatus;
  ExcludedMember: ResolverTypeWrapper<ExcludedEvidenceParent>;
  FacetCount: ResolverTypeWrapper<FacetCount>;
  FalseInformationFinding: ResolverTypeWrapper<Omit<FalseInformationFinding, 'declaration' | 'disqualification'> & { declaration: ResolversTypes['Declaration'], disqualification: ResolversTypes['Disqualification'] }>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FutureBookingsChoice: FutureBookingsChoice;
  GraduatePlacement: ResolverTypeWrapper<GraduateDtoParent>;
  GraduatePlacementConnection: ResolverTypeWrapper<Omit<GraduatePlacementConnection, 'edges'> & { edges: Array<ResolversTypes['GraduatePlacementEdge']> }>;
  GraduatePlacementEdge: ResolverTypeWrapper<Omit<GraduatePlacementEdge, 'node'> & { node: ResolversTypes['GraduatePlacement'] }>;
  GrantApplication: ResolverTypeWrapper<GrantApplicationDtoParent>;
  GrantApplicationConnection: ResolverTypeWrapper<Omit<GrantApplicationConnection, 'edges'> & { edges: Array<ResolversTypes['GrantApplicationEdge']> }>;
  GrantApplicationEdge: ResolverTypeWrapper<Omit<GrantApplicationEdge, 'node'> & { node: ResolversTypes['GrantApplication'] }>;
  GrantAuditAction: GrantAuditAction;
  GrantAuditEntry: ResolverTypeWrapper<AuditEntryDtoParent>;
  GrantAuditEntryConnection: ResolverTypeWrapper<Omit<GrantAuditEntryConnection, 'edges'> & { edges: Array<ResolversTypes['GrantAuditEntryEdge']> }>;
  GrantAuditEntryEdge: ResolverTypeWrapper<Omit<GrantAuditEntryEdge, 'node'> & { node: ResolversTypes['GrantAuditEntry'] }>;
  GrantAward: ResolverTypeWrapper<AwardDtoParent>;
  GrantProgram: ResolverTypeWrapper<GrantProgramDtoParent>;
  GrantProgramChange: ResolverTypeWrapper<ProgramChangeParent>;
  GrantProgramChangeAction: GrantProgramChangeAction;
  GrantProgramTerms: ResolverTypeWrapper<ProgramTermsParent>;
  GrantRecipient: GrantRecipient;
  GrantStanding: ResolverTypeWrapper<StandingDtoParent>;
  GrantStandingConnection: ResolverTypeWrapper<Omit<GrantStandingConnection, 'edges'> & { edges: Array<ResolversTypes['GrantStandingEdge']> }>;
  GrantStandingEdge: ResolverTypeWrapper<Omit<GrantStandingEdge, 'node'> & { node: ResolversTypes['GrantStanding'] }>;
  GrantStandingsRebuild: ResolverTypeWrapper<GrantStandingsRebuild>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Indicator: ResolverTypeWrapper<Indicator>;
  IndicatorInput: IndicatorInput;
  IndicatorSource: IndicatorSource;
  IndicatorSystem: ResolverTypeWrapper<IndicatorSystem>;
  IndicatorValue: ResolverTypeWrapper<IndicatorValue>;
  Industry: ResolverTypeWrapper<Industry>;
  InsuranceInput: InsuranceInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  InterestStatus: InterestStatus;
  InternQuota: ResolverTypeWrapper<InternQuota>;
  InternshipInsurance: ResolverTypeWrapper<InternshipInsurance>;
  InternshipMentor: ResolverTypeWrapper<InternshipMentor>;
  InternshipPlacement: ResolverTypeWrapper<PlacementDtoParent>;
  InternshipPlacementConnection: ResolverTypeWrapper<Omit<InternshipPlacementConnection, 'edges'> & { edges: Array<ResolversTypes['InternshipPlacementEdge']> }>;
  InternshipPlacementEdge: ResolverTypeWrapper<Omit<InternshipPlacementEdge, 'node'> & { node: ResolversTypes['InternshipPlacement'] }>;
  InternshipService: ResolverTypeWrapper<InternshipRecordParent>;
  InventorAllocation: ResolverTypeWrapper<InventorAllocationParent>;
  KindCount: ResolverTypeWrapper<KindCount>;
  LevyPolicy: ResolverTypeWrapper<LevyPolicy>;
  LevyPolicyInput: LevyPolicyInput;
  LevyStatement: ResolverTypeWrapper<LevyStatementDtoParent>;
  LevyYear: ResolverTypeWrapper<LevyYearDtoParent>;
  Listing: ResolverTypeWrapper<ListingDtoParent>;
  ListingConnection: ResolverTypeWrapper<Omit<ListingConnection, 'edges'> & { edges: Array<ResolversTypes['ListingEdge']> }>;
  ListingEdge: ResolverTypeWrapper<Omit<ListingEdge, 'node'> & { node: ResolversTypes['Listing'] }>;
  ListingFacets: ResolverTypeWrapper<ListingFacets>;
  ListingFilter: ResolverTypeWrapper<ListingFilterParent>;
  ListingFilterInput: ListingFilterInput;
  ListingHit: ResolverTypeWrapper<ListingHitDtoParent>;
  ListingInterest: ResolverTypeWrapper<InterestDtoParent>;
  ListingInterestConnection: ResolverTypeWrapper<Omit<ListingInterestConnection, 'edges'> & { edges: Array<ResolversTypes['ListingInterestEdge']> }>;
  ListingInterestEdge: ResolverTypeWrapper<Omit<ListingInterestEdge, 'node'> & { node: ResolversTypes['ListingInterest'] }>;
  ListingKind: ListingKind;
  ListingRecommendation: ResolverTypeWrapper<RecommendationDtoParent>;
  ListingRecommendations: ResolverTypeWrapper<RecommendationsDtoParent>;
  ListingSearchResult: ResolverTypeWrapper<SearchResultDtoParent>;
  ListingSort: ListingSort;
  ListingStatus: ListingStatus;
  Major: ResolverTypeWrapper<MajorRefParent>;
  MajorInput: MajorInput;
  MatchConversion: ResolverTypeWrapper<ConversionDtoParent>;
  MatchConversionKind: MatchConversionKind;
  MatchmakingEvent: ResolverTypeWrapper<EventDtoParent>;
  MatchmakingEventConnection: ResolverTypeWrapper<Omit<MatchmakingEventConnection, 'edges'> & { edges: Array<ResolversTypes['MatchmakingEventEdge']> }>;
  MatchmakingEventEdge: ResolverTypeWrapper<Omit<MatchmakingEventEdge, 'node'> & { node: ResolversTypes['MatchmakingEvent'] }>;
  MatchmakingEventFigures: ResolverTypeWrapper<EventFiguresDtoParent>;
  MatchmakingEventKind: MatchmakingEventKind;
  MatchmakingEventStatus: MatchmakingEventStatus;
  MatchmakingKindFigures: ResolverTypeWrapper<MatchmakingKindFigures>;
  MatchmakingMode: MatchmakingMode;
  MatchmakingOutcome: ResolverTypeWrapper<OutcomeDtoParent>;
  MatchmakingOutcomeKind: MatchmakingOutcomeKind;
  MatchmakingYearFigures: ResolverTypeWrapper<YearFiguresDtoParent>;
  MemberCounts: ResolverTypeWrapper<MemberCountsParent>;
  Membership: ResolverTypeWrapper<MembershipDtoParent>;
  MembershipConnection: ResolverTypeWrapper<Omit<MembershipConnection, 'edges'> & { edges: Array<ResolversTypes['MembershipEdge']> }>;
  MembershipEdge: ResolverTypeWrapper<Omit<MembershipEdge, 'node'> & { node: ResolversTypes['Membership'] }>;
  MembershipHistoryEntry: ResolverTypeWrapper<MembershipHistoryEntry>;
  MembershipInitiation: MembershipInitiation;
  MembershipRole: MembershipRole;
  MembershipStatus: MembershipStatus;
  MentorInput: MentorInput;
  Milestone: ResolverTypeWrapper<MilestoneDtoParent>;
  Money: ResolverTypeWrapper<Money>;
  MoneyInput: MoneyInput;
  Mutation: ResolverTypeWrapper<{}>;
  Notification: ResolverTypeWrapper<NotificationDtoParent>;
  NotificationChannels: ResolverTypeWrapper<NotificationChannels>;
  NotificationChannelsInput: NotificationChannelsInput;
  NotificationConnection: ResolverTypeWrapper<Omit<NotificationConnection, 'edges'> & { edges: Array<ResolversTypes['NotificationEdge']> }>;
  NotificationEdge: ResolverTypeWrapper<Omit<NotificationEdge, 'node'> & { node: ResolversTypes['Notification'] }>;
  NotificationKind: NotificationKind;
  NotificationLocale: NotificationLocale;
  NotificationPreferences: ResolverTypeWrapper<PreferencesDtoParent>;
  NotificationPreferencesInput: NotificationPreferencesInput;
  NotificationSubject: ResolverTypeWrapper<NotificationSubject>;
  Objection: ResolverTypeWrapper<ObjectionDtoParent>;
  ObjectionOutcome: ObjectionOutcome;
  ObjectionStatus: ObjectionStatus;
  ObligationInput: ObligationInput;
  OpeningHours: ResolverTypeWrapper<OpeningHours>;
  OpeningHoursInput: OpeningHoursInput;
  Organization: ResolverTypeWrapper<OrganizationDtoParent>;
  OrganizationAssessment: ResolverTypeWrapper<AssessmentDtoParent>;
  OrganizationChange: ResolverTypeWrapper<OrganizationChangeParent>;
  OrganizationChangeField: OrganizationChangeField;
  OrganizationClassification: ResolverTypeWrapper<ClassificationOnParent>;
  OrganizationConnection: ResolverTypeWrapper<Omit<OrganizationConnection, 'edges'> & { edges: Array<ResolversTypes['OrganizationEdge']> }>;
  OrganizationEdge: ResolverTypeWrapper<Omit<OrganizationEdge, 'node'> & { node: ResolversTypes['Organization'] }>;
  OrganizationFacts: ResolverTypeWrapper<OrganizationFactsParent>;
  OrganizationFilter: OrganizationFilter;
  OrganizationKind: OrganizationKind;
  OrganizationRecommendation: ResolverTypeWrapper<OrganizationRecommendationDtoParent>;
  OutcomeKind: OutcomeKind;
  OutputKind: OutputKind;
  OverBudget: OverBudget;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  ParticipantInput: ParticipantInput;
  ParticipantRole: ParticipantRole;
  PilotAchievement: ResolverTypeWrapper<PilotAchievement>;
  PilotCity: ResolverTypeWrapper<PilotCityProgressDtoParent>;
  PilotProgress: ResolverTypeWrapper<PilotProgress>;
  PilotTarget: ResolverTypeWrapper<PilotTarget>;
  PilotTargetInput: PilotTargetInput;
  PilotTargetKind: PilotTargetKind;
  PlacementStudent: ResolverTypeWrapper<PlacementStudent>;
  PremiumPayer: PremiumPayer;
  Project: ResolverTypeWrapper<ProjectDtoParent>;
  ProjectConnection: ResolverTypeWrapper<Omit<ProjectConnection, 'edges'> & { edges: Array<ResolversTypes['ProjectEdge']> }>;
  ProjectEdge: ResolverTypeWrapper<Omit<ProjectEdge, 'node'> & { node: ResolversTypes['Project'] }>;
  ProjectOutput: ResolverTypeWrapper<OutputDtoParent>;
  ProjectParticipant: ResolverTypeWrapper<ParticipantDtoParent>;
  ProjectStatus: ProjectStatus;
  ProjectStatusChange: ResolverTypeWrapper<StatusChangeDtoParent>;
  PublicNotice: ResolverTypeWrapper<PublicNotice>;
  PublicRanking: ResolverTypeWrapper<PublicRanking>;
  PublicRankingRow: ResolverTypeWrapper<PublicRankingRow>;
  Query: ResolverTypeWrapper<{}>;
  RecommendationReason: ResolverTypeWrapper<ReasonDtoParent>;
  RecordGraduateInput: RecordGraduateInput;
  RecordRevenueInput: RecordRevenueInput;
  ReformItem: ResolverTypeWrapper<ReformItem>;
  ReformItemChange: ResolverTypeWrapper<ReformItemChange>;
  ReformItemStatus: ReformItemStatus;
  ReformListKind: ReformListKind;
  RegisterOrganizationInput: RegisterOrganizationInput;
  RegistrationMode: RegistrationMode;
  RetentionRates: ResolverTypeWrapper<RetentionRates>;
  RevenueAgreement: ResolverTypeWrapper<RevenueAgreementDtoParent>;
  RevenueAgreementConnection: ResolverTypeWrapper<Omit<RevenueAgreementConnection, 'edges'> & { edges: Array<ResolversTypes['RevenueAgreementEdge']> }>;
  RevenueAgreementEdge: ResolverTypeWrapper<Omit<RevenueAgreementEdge, 'node'> & { node: ResolversTypes['RevenueAgreement'] }>;
  RevenueAgreementStatement: ResolverTypeWrapper<AgreementStatementDtoParent>;
  RevenueAgreementStatementLine: ResolverTypeWrapper<AgreementStatementLineParent>;
  RevenueAgreementVersion: ResolverTypeWrapper<AgreementVersionDtoParent>;
  RevenueBeneficiaryTotal: ResolverTypeWrapper<BeneficiaryTotalFenParent>;
  RevenueEvent: ResolverTypeWrapper<RevenueEventDtoParent>;
  RevenueEventKind: RevenueEventKind;
  RevenueInventor: ResolverTypeWrapper<RevenueInventor>;
  RevenueInventorInput: RevenueInventorInput;
  RevenueParty: ResolverTypeWrapper<PartyTermsParent>;
  RevenuePartyInput: RevenuePartyInput;
  RevenuePolicy: ResolverTypeWrapper<RevenuePolicyParent>;
  RevenuePolicyChange: ResolverTypeWrapper<PolicyChangeParent>;
  RevenuePolicyChangeAction: RevenuePolicyChangeAction;
  RevenuePolicyVersion: ResolverTypeWrapper<PolicyVersionParent>;
  RevenueStatement: ResolverTypeWrapper<RevenueStatementDtoParent>;
  RevenueStatementLine: ResolverTypeWrapper<StatementLineParent>;
  Review: ResolverTypeWrapper<Review>;
  ReviewCriterion: ResolverTypeWrapper<ReviewCriterion>;
  ReviewCriterionInput: ReviewCriterionInput;
  ReviewScore: ResolverTypeWrapper<ReviewScore>;
  ReviewScoreInput: ReviewScoreInput;
  Role: Role;
  SavedSearch: ResolverTypeWrapper<SubscriptionDtoParent>;
  SavedSearchConnection: ResolverTypeWrapper<Omit<SavedSearchConnection, 'edges'> & { edges: Array<ResolversTypes['SavedSearchEdge']> }>;
  SavedSearchEdge: ResolverTypeWrapper<Omit<SavedSearchEdge, 'node'> & { node: ResolversTypes['SavedSearch'] }>;
  SchoolType: SchoolType;
  SchoolTypeCount: ResolverTypeWrapper<SchoolTypeCount>;
  SignedCopy: ResolverTypeWrapper<SignedCopy>;
  SignedCopyContent: ResolverTypeWrapper<SignedCopyContent>;
  Slot: ResolverTypeWrapper<SlotDtoParent>;
  SpendingLine: ResolverTypeWrapper<SpendingLineFenParent>;
  SpendingLineInput: SpendingLineInput;
  SpendingReport: ResolverTypeWrapper<SpendingReportFenParent>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  StudentInput: StudentInput;
  SubsidyClaim: ResolverTypeWrapper<ClaimDtoParent>;
  SubsidyClaimConnection: ResolverTypeWrapper<Omit<SubsidyClaimConnection, 'edges'> & { edges: Array<ResolversTypes['SubsidyClaimEdge']> }>;
  SubsidyClaimEdge: ResolverTypeWrapper<Omit<SubsidyClaimEdge, 'node'> & { node: ResolversTypes['SubsidyClaim'] }>;
  SubsidyClaimInput: SubsidyClaimInput;
  SubsidyClaimStatus: SubsidyClaimStatus;
  SubsidyPolicy: ResolverTypeWrapper<SubsidyPolicyDtoParent>;
  SubsidyPolicyKind: SubsidyPolicyKind;
  SubsidyPolicyParameters: ResolverTypeWrapper<PolicyParametersParent>;
  SubsidyPolicyParametersInput: SubsidyPolicyParametersInput;
  TrainingBase: ResolverTypeWrapper<TrainingBaseDtoParent>;
  TrainingBaseConnection: ResolverTypeWrapper<Omit<TrainingBaseConnection, 'edges'> & { edges: Array<ResolversTypes['TrainingBaseEdge']> }>;
  TrainingBaseEdge: ResolverTypeWrapper<Omit<TrainingBaseEdge, 'node'> & { node: ResolversTypes['TrainingBase'] }>;
  TrainingBaseStatus: TrainingBaseStatus;
  UpdateAgreementDraftInput: UpdateAgreementDraftInput;
  UpdateGrantProgramInput: UpdateGrantProgramInput;
  UpdateListingInput: UpdateListingInput;
  UpdateOrganizationInput: UpdateOrganizationInput;
  UpdateTrainingBaseInput: UpdateTrainingBaseInput;
  Utilization: ResolverTypeWrapper<UtilizationDtoParent>;
  Viewer: ResolverTypeWrapper<MeParent>;
  WeeklyRecurrenceInput: WeeklyRecurrenceInput;
  YearlyReport: ResolverTypeWrapper<YearlyReport>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AgreementConfirmation: AgreementConfirmationParentParent;
  AgreementObligation: ObligationDtoParent;
  AgreementStatusChange: AgreementStatusChange;
  Alliance: AllianceDtoParent;
  AllianceConnection: Omit<AllianceConnection, 'edges'> & { edges: Array<ResolversParentTypes['AllianceEdge']> };
  AllianceEdge: Omit<AllianceEdge, 'node'> & { node: ResolversParentTypes['Alliance'] };
  AllianceFilter: AllianceFilter;
  AllianceLeadChange: LeadChangeParent;
  AllianceStatusChange: StatusChangeParent;
  Allocation: AllocationLineParent;
  AmendRevenueAgreementInput: AmendRevenueAgreementInput;
  AmendRevenuePolicyInput: AmendRevenuePolicyInput;
  ApprenticeCohort: CohortDtoParent;
  ApprenticeCohortConnection: Omit<ApprenticeCohortConnection, 'edges'> & { edges: Array<ResolversParentTypes['ApprenticeCohortEdge']> };
  ApprenticeCohortEdge: Omit<ApprenticeCohortEdge, 'node'> & { node: ResolversParentTypes['ApprenticeCohort'] };
  Attachment: Attachment;
  AttendanceMonth: AttendanceDtoParent;
  AwardPayment: PaymentDtoParent;
  BookTrainingBaseInput: BookTrainingBaseInput;
  Booking: BookingDtoParent;
  BookingConnection: Omit<BookingConnection, 'edges'> & { edges: Array<ResolversParentTypes['BookingEdge']> };
  BookingEdge: Omit<BookingEdge, 'node'> & { node: ResolversParentTypes['Booking'] };
  BookingRules: BookingRules;
  BookingRulesInput: BookingRulesInput;
  Boolean: Scalars['Boolean']['output'];
  CertAuditEntry: CertAuditEntryDtoParent;
  CertCondition: CertCondition;
  CertConditionInput: CertConditionInput;
  CertProgram: CertProgramDtoParent;
  CertReviewer: CertReviewer;
  CertifiedEnterprise: CertifiedEnterprise;
  ClaimEvidence: ClaimComputationDtoParent;
  ClaimEvidenceLine: ClaimEvidenceLine;
  CohortStudent: CohortStudent;
  ConditionCheck: ConditionResultParent;
  ConvertMatchInput: ConvertMatchInput;
  CooperationAgreement: AgreementDtoParent;
  CooperationAgreementConnection: Omit<CooperationAgreementConnection, 'edges'> & { edges: Array<ResolversParentTypes['CooperationAgreementEdge']> };
  CooperationAgreementEdge: Omit<CooperationAgreementEdge, 'node'> & { node: ResolversParentTypes['CooperationAgreement'] };
  CooperationFigures: CooperationFigures;
  CooperationSnapshot: CooperationSnapshot;
  CreateAgreementDraftInput: CreateAgreementDraftInput;
  CreateAllianceInput: CreateAllianceInput;
  CreateCertProgramInput: CreateCertProgramInput;
  CreateCohortInput: CreateCohortInput;
  CreateDeclarationInput: CreateDeclarationInput;
  CreateGrantProgramInput: CreateGrantProgramInput;
  CreateListingInput: CreateListingInput;
  CreateMatchmakingEventInput: CreateMatchmakingEventInput;
  CreatePlacementInput: CreatePlacementInput;
  CreateProjectInput: CreateProjectInput;
  CreateRevenueAgreementInput: CreateRevenueAgreementInput;
  CreateRevenuePolicyInput: CreateRevenuePolicyInput;
  CreateSubsidyPolicyInput: CreateSubsidyPolicyInput;
  CreateTrainingBaseInput: CreateTrainingBaseInput;
  Criterion: CriterionParent;
  CriterionInput: CriterionInput;
  CriterionResult: CriterionResultParent;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Declaration: DeclarationDtoParent;
  DeclarationStep: DeclarationStep;
  Deduction: DeductionLineParent;
  DeductionInput: DeductionInput;
  DesignatedSizeYear: DesignatedSizeYear;
  Disqualification: DisqualificationDtoParent;
  EligibilityCounts: EligibilityCountsParent;
  EligibilityReport: EligibilityReportParent;
  EvaluatedMember: MemberEvidenceParent;
  EvaluationOutcome: EvaluationOutcome;
  EvaluationRow: EvaluationRow;
  EvaluationRun: EvaluationRun;
  EventRegistration: RegistrationDtoParent;
  EventRegistrationConnection: Omit<EventRegistrationConnection, 'edges'> & { edges: Array<ResolversParentTypes['EventRegistrationEdge']> };
  EventRegistrationEdge: Omit<EventRegistrationEdge, 'node'> & { node: ResolversParentTypes['EventRegistration'] };
  ExcludedMember: ExcludedEvidenceParent;
  FacetCount: FacetCount;
  FalseInformationFinding: Omit<FalseInformationFinding, 'declaration' | 'disqualification'> & { declaration: ResolversParentTypes['Declaration'], disqualification: ResolversParentTypes['Disqualification'] };
  Float: Scalars['Float']['output'];
  GraduatePlacement: GraduateDtoParent;
  GraduatePlacementConnection: Omit<GraduatePlacementConnection, 'edges'> & { edges: Array<ResolversParentTypes['GraduatePlacementEdge']> };
  GraduatePlacementEdge: Omit<GraduatePlacementEdge, 'node'> & { node: ResolversParentTypes['GraduatePlacement'] };
  GrantApplication: GrantApplicationDtoParent;
  GrantApplicationConnection: Omit<GrantApplicationConnection, 'edges'> & { edges: Array<ResolversParentTypes['GrantApplicationEdge']> };
  GrantApplicationEdge: Omit<GrantApplicationEdge, 'node'> & { node: ResolversParentTypes['GrantApplication'] };
  GrantAuditEntry: AuditEntryDtoParent;
  GrantAuditEntryConnection: Omit<GrantAuditEntryConnection, 'edges'> & { edges: Array<ResolversParentTypes['GrantAuditEntryEdge']> };
  GrantAuditEntryEdge: Omit<GrantAuditEntryEdge, 'node'> & { node: ResolversParentTypes['GrantAuditEntry'] };
  GrantAward: AwardDtoParent;
  GrantProgram: GrantProgramDtoParent;
  GrantProgramChange: ProgramChangeParent;
  GrantProgramTerms: ProgramTermsParent;
  GrantStanding: StandingDtoParent;
  GrantStandingConnection: Omit<GrantStandingConnection, 'edges'> & { edges: Array<ResolversParentTypes['GrantStandingEdge']> };
  GrantStandingEdge: Omit<GrantStandingEdge, 'node'> & { node: ResolversParentTypes['GrantStanding'] };
  GrantStandingsRebuild: GrantStandingsRebuild;
  ID: Scalars['ID']['output'];
  Indicator: Indicator;
  IndicatorInput: IndicatorInput;
  IndicatorSystem: IndicatorSystem;
  IndicatorValue: IndicatorValue;
  Industry: Industry;
  InsuranceInput: InsuranceInput;
  Int: Scalars['Int']['output'];
  InternQuota: InternQuota;
  InternshipInsurance: InternshipInsurance;
  InternshipMentor: InternshipMentor;
  InternshipPlacement: PlacementDtoParent;
  InternshipPlacementConnection: Omit<InternshipPlacementConnection, 'edges'> & { edges: Array<ResolversParentTypes['InternshipPlacementEdge']> };
  InternshipPlacementEdge: Omit<InternshipPlacementEdge, 'node'> & { node: ResolversParentTypes['InternshipPlacement'] };
  InternshipService: InternshipRecordParent;
  InventorAllocation: InventorAllocationParent;
  KindCount: KindCount;
  LevyPolicy: LevyPolicy;
  LevyPolicyInput: LevyPolicyInput;
  LevyStatement: LevyStatementDtoParent;
  LevyYear: LevyYearDtoParent;
  Listing: ListingDtoParent;
  ListingConnection: Omit<ListingConnection, 'edges'> & { edges: Array<ResolversParentTypes['ListingEdge']> };
  ListingEdge: Omit<ListingEdge, 'node'> & { node: ResolversParentTypes['Listing'] };
  ListingFacets: ListingFacets;
  ListingFilter: ListingFilterParent;
  ListingFilterInput: ListingFilterInput;
  ListingHit: ListingHitDtoParent;
  ListingInterest: InterestDtoParent;
  ListingInterestConnection: Omit<ListingInterestConnection, 'edges'> & { edges: Array<ResolversParentTypes['ListingInterestEdge']> };
  ListingInterestEdge: Omit<ListingInterestEdge, 'node'> & { node: ResolversParentTypes['ListingInterest'] };
  ListingRecommendation: RecommendationDtoParent;
  ListingRecommendations: RecommendationsDtoParent;
  ListingSearchResult: SearchResultDtoParent;
  Major: MajorRefParent;
  MajorInput: MajorInput;
  MatchConversion: ConversionDtoParent;
  MatchmakingEvent: EventDtoParent;
  MatchmakingEventConnection: Omit<MatchmakingEventConnection, 'edges'> & { edges: Array<ResolversParentTypes['MatchmakingEventEdge']> };
  MatchmakingEventEdge: Omit<MatchmakingEventEdge, 'node'> & { node: ResolversParentTypes['MatchmakingEvent'] };
  MatchmakingEventFigures: EventFiguresDtoParent;
  MatchmakingKindFigures: MatchmakingKindFigures;
  MatchmakingOutcome: OutcomeDtoParent;
  MatchmakingYearFigures: YearFiguresDtoParent;
  MemberCounts: MemberCountsParent;
  Membership: MembershipDtoParent;
  MembershipConnection: Omit<MembershipConnection, 'edges'> & { edges: Array<ResolversParentTypes['MembershipEdge']> };
  MembershipEdge: Omit<MembershipEdge, 'node'> & { node: ResolversParentTypes['Membership'] };
  MembershipHistoryEntry: MembershipHistoryEntry;
  MentorInput: MentorInput;
  Milestone: MilestoneDtoParent;
  Money: Money;
  MoneyInput: MoneyInput;
  Mutation: {};
  Notification: NotificationDtoParent;
  NotificationChannels: NotificationChannels;
  NotificationChannelsInput: NotificationChannelsInput;
  NotificationConnection: Omit<NotificationConnection, 'edges'> & { edges: Array<ResolversParentTypes['NotificationEdge']> };
  NotificationEdge: Omit<NotificationEdge, 'node'> & { node: ResolversParentTypes['Notification'] };
  NotificationPreferences: PreferencesDtoParent;
  NotificationPreferencesInput: NotificationPreferencesInput;
  NotificationSubject: NotificationSubject;
  Objection: ObjectionDtoParent;
  ObligationInput: ObligationInput;
  OpeningHours: OpeningHours;
  OpeningHoursInput: OpeningHoursInput;
  Organization: OrganizationDtoParent;
  OrganizationAssessment: AssessmentDtoParent;
  OrganizationChange: OrganizationChangeParent;
  OrganizationClassification: ClassificationOnParent;
  OrganizationConnection: Omit<OrganizationConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrganizationEdge']> };
  OrganizationEdge: Omit<OrganizationEdge, 'node'> & { node: ResolversParentTypes['Organization'] };
  OrganizationFacts: OrganizationFactsParent;
  OrganizationFilter: OrganizationFilter;
  OrganizationRecommendation: OrganizationRecommendationDtoParent;
  PageInfo: PageInfo;
  ParticipantInput: ParticipantInput;
  PilotAchievement: PilotAchievement;
  PilotCity: PilotCityProgressDtoParent;
  PilotProgress: PilotProgress;
  PilotTarget: PilotTarget;
  PilotTargetInput: PilotTargetInput;
  PlacementStudent: PlacementStudent;
  Project: ProjectDtoParent;
  ProjectConnection: Omit<ProjectConnection, 'edges'> & { edges: Array<ResolversParentTypes['ProjectEdge']> };
  ProjectEdge: Omit<ProjectEdge, 'node'> & { node: ResolversParentTypes['Project'] };
  ProjectOutput: OutputDtoParent;
  ProjectParticipant: ParticipantDtoParent;
  ProjectStatusChange: StatusChangeDtoParent;
  PublicNotice: PublicNotice;
  PublicRanking: PublicRanking;
  PublicRankingRow: PublicRankingRow;
  Query: {};
  RecommendationReason: ReasonDtoParent;
  RecordGraduateInput: RecordGraduateInput;
  RecordRevenueInput: RecordRevenueInput;
  ReformItem: ReformItem;
  ReformItemChange: ReformItemChange;
  RegisterOrganizationInput: RegisterOrganizationInput;
  RetentionRates: RetentionRates;
  RevenueAgreement: RevenueAgreementDtoParent;
  RevenueAgreementConnection: Omit<RevenueAgreementConnection, 'edges'> & { edges: Array<ResolversParentTypes['RevenueAgreementEdge']> };
  RevenueAgreementEdge: Omit<RevenueAgreementEdge, 'node'> & { node: ResolversParentTypes['RevenueAgreement'] };
  RevenueAgreementStatement: AgreementStatementDtoParent;
  RevenueAgreementStatementLine: AgreementStatementLineParent;
  RevenueAgreementVersion: AgreementVersionDtoParent;
  RevenueBeneficiaryTotal: BeneficiaryTotalFenParent;
  RevenueEvent: RevenueEventDtoParent;
  RevenueInventor: RevenueInventor;
  RevenueInventorInput: RevenueInventorInput;
  RevenueParty: PartyTermsParent;
  RevenuePartyInput: RevenuePartyInput;
  RevenuePolicy: RevenuePolicyParent;
  RevenuePolicyChange: PolicyChangeParent;
  RevenuePolicyVersion: PolicyVersionParent;
  RevenueStatement: RevenueStatementDtoParent;
  RevenueStatementLine: StatementLineParent;
  Review: Review;
  ReviewCriterion: ReviewCriterion;
  ReviewCriterionInput: ReviewCriterionInput;
  ReviewScore: ReviewScore;
  ReviewScoreInput: ReviewScoreInput;
  SavedSearch: SubscriptionDtoParent;
  SavedSearchConnection: Omit<SavedSearchConnection, 'edges'> & { edges: Array<ResolversParentTypes['SavedSearchEdge']> };
  SavedSearchEdge: Omit<SavedSearchEdge, 'node'> & { node: ResolversParentTypes['SavedSearch'] };
  SchoolTypeCount: SchoolTypeCount;
  SignedCopy: SignedCopy;
  SignedCopyContent: SignedCopyContent;
  Slot: SlotDtoParent;
  SpendingLine: SpendingLineFenParent;
  SpendingLineInput: SpendingLineInput;
  SpendingReport: SpendingReportFenParent;
  String: Scalars['String']['output'];
  StudentInput: StudentInput;
  SubsidyClaim: ClaimDtoParent;
  SubsidyClaimConnection: Omit<SubsidyClaimConnection, 'edges'> & { edges: Array<ResolversParentTypes['SubsidyClaimEdge']> };
  SubsidyClaimEdge: Omit<SubsidyClaimEdge, 'node'> & { node: ResolversParentTypes['SubsidyClaim'] };
  SubsidyClaimInput: SubsidyClaimInput;
  SubsidyPolicy: SubsidyPolicyDtoParent;
  SubsidyPolicyParameters: PolicyParametersParent;
  SubsidyPolicyParametersInput: SubsidyPolicyParametersInput;
  TrainingBase: TrainingBaseDtoParent;
  TrainingBaseConnection: Omit<TrainingBaseConnection, 'edges'> & { edges: Array<ResolversParentTypes['TrainingBaseEdge']> };
  TrainingBaseEdge: Omit<TrainingBaseEdge, 'node'> & { node: ResolversParentTypes['TrainingBase'] };
  UpdateAgreementDraftInput: UpdateAgreementDraftInput;
  UpdateGrantProgramInput: UpdateGrantProgramInput;
  UpdateListingInput: UpdateListingInput;
  UpdateOrganizationInput: UpdateOrganizationInput;
  UpdateTrainingBaseInput: UpdateTrainingBaseInput;
  Utilization: UtilizationDtoParent;
  Viewer: MeParent;
  WeeklyRecurrenceInput: WeeklyRecurrenceInput;
  YearlyReport: YearlyReport;
};

export type AgreementConfirmationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AgreementConfirmation'] = ResolversParentTypes['AgreementConfirmation']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AgreementObligationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AgreementObligation'] = ResolversParentTypes['AgreementObligation']> = {
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AgreementStatusChangeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AgreementStatusChange'] = ResolversParentTypes['AgreementStatusChange']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AgreementStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AllianceResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Alliance'] = ResolversParentTypes['Alliance']> = {
  eligibility?: Resolver<ResolversTypes['EligibilityReport'], ParentType, ContextType, RequireFields<AllianceEligibilityArgs, 'programId'>>;
  foundedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  industries?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  lead?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  leadHistory?: Resolver<Array<ResolversTypes['AllianceLeadChange']>, ParentType, ContextType>;
  memberCounts?: Resolver<ResolversTypes['MemberCounts'], ParentType, ContextType, Partial<AllianceMemberCountsArgs>>;
  members?: Resolver<ResolversTypes['MembershipConnection'], ParentType, ContextType, Partial<AllianceMembersArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  projects?: Resolver<ResolversTypes['ProjectConnection'], ParentType, ContextType, Partial<AllianceProjectsArgs>>;
  regionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AllianceStatus'], ParentType, ContextType>;
  statusHistory?: Resolver<Array<ResolversTypes['AllianceStatusChange']>, ParentType, ContextType>;
  statusOn?: Resolver<Maybe<ResolversTypes['AllianceStatus']>, ParentType, ContextType, RequireFields<AllianceStatusOnArgs, 'date'>>;
  trainingBases?: Resolver<ResolversTypes['TrainingBaseConnection'], ParentType, ContextType, Partial<AllianceTrainingBasesArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AllianceConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AllianceConnection'] = ResolversParentTypes['AllianceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AllianceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AllianceEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AllianceEdge'] = ResolversParentTypes['AllianceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Alliance'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AllianceLeadChangeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AllianceLeadChange'] = ResolversParentTypes['AllianceLeadChange']> = {
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  lead?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AllianceStatusChangeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AllianceStatusChange'] = ResolversParentTypes['AllianceStatusChange']> = {
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AllianceStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AllocationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Allocation'] = ResolversParentTypes['Allocation']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  beneficiary?: Resolver<ResolversTypes['Beneficiary'], ParentType, ContextType>;
  inventors?: Resolver<Array<ResolversTypes['InventorAllocation']>, ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ApprenticeCohortResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ApprenticeCohort'] = ResolversParentTypes['ApprenticeCohort']> = {
  agreementId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  endOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  enterprise?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  headcount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CohortKind'], ParentType, ContextType>;
  major?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  school?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  startOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  students?: Resolver<Array<ResolversTypes['CohortStudent']>, ParentType, ContextType>;
  trainingHours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ApprenticeCohortConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ApprenticeCohortConnection'] = ResolversParentTypes['ApprenticeCohortConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ApprenticeCohortEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ApprenticeCohortEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ApprenticeCohortEdge'] = ResolversParentTypes['ApprenticeCohortEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ApprenticeCohort'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AttachmentResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Attachment'] = ResolversParentTypes['Attachment']> = {
  bytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fileId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mime?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uploadedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AttendanceMonthResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AttendanceMonth'] = ResolversParentTypes['AttendanceMonth']> = {
  attendedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  confirmedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AwardPaymentResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AwardPayment'] = ResolversParentTypes['AwardPayment']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  applicationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  paidOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  permittedUse?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recipient?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  spending?: Resolver<Maybe<ResolversTypes['SpendingReport']>, ParentType, ContextType>;
  voucherRef?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BookingResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Booking'] = ResolversParentTypes['Booking']> = {
  base?: Resolver<ResolversTypes['TrainingBase'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  end?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  headcount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['BookingPurpose'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requestedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seriesId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BookingStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BookingConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['BookingConnection'] = ResolversParentTypes['BookingConnection']> = {
  edges?: Resolver<Array<ResolversTypes['BookingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BookingEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['BookingEdge'] = ResolversParentTypes['BookingEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Booking'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BookingRulesResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['BookingRules'] = ResolversParentTypes['BookingRules']> = {
  maxDaysAhead?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  minMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  monthlyStationHoursCap?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CertAuditEntryResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CertAuditEntry'] = ResolversParentTypes['CertAuditEntry']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  declarationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  programId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CertConditionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CertCondition'] = ResolversParentTypes['CertCondition']> = {
  kind?: Resolver<ResolversTypes['CertConditionKind'], ParentType, ContextType>;
  threshold?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  values?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CertProgramResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CertProgram'] = ResolversParentTypes['CertProgram']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  conditions?: Resolver<Array<ResolversTypes['CertCondition']>, ParentType, ContextType>;
  funder?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  levyPolicies?: Resolver<Array<ResolversTypes['LevyPolicy']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  noticeDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  passScore?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quorum?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  regionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reviewCriteria?: Resolver<Array<ResolversTypes['ReviewCriterion']>, ParentType, ContextType>;
  validityYears?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CertReviewerResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CertReviewer'] = ResolversParentTypes['CertReviewer']> = {
  organizationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CertifiedEnterpriseResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CertifiedEnterprise'] = ResolversParentTypes['CertifiedEnterprise']> = {
  declarationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  industry?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organizationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organizationName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  programName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  regionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  validUntil?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ClaimEvidenceResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ClaimEvidence'] = ResolversParentTypes['ClaimEvidence']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  formula?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['ClaimEvidenceLine']>, ParentType, ContextType>;
  periodFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  periodTo?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ClaimEvidenceLineResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ClaimEvidenceLine'] = ResolversParentTypes['ClaimEvidenceLine']> = {
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  month?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recordId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CohortStudentResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CohortStudent'] = ResolversParentTypes['CohortStudent']> = {
  certificates?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  completed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  major?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  studentNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ConditionCheckResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ConditionCheck'] = ResolversParentTypes['ConditionCheck']> = {
  actual?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CertConditionKind'], ParentType, ContextType>;
  passed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  required?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CooperationAgreementResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CooperationAgreement'] = ResolversParentTypes['CooperationAgreement']> = {
  confirmedBy?: Resolver<Array<ResolversTypes['AgreementConfirmation']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  endOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['AgreementStatusChange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  majors?: Resolver<Array<ResolversTypes['Major']>, ParentType, ContextType>;
  obligations?: Resolver<Array<ResolversTypes['AgreementObligation']>, ParentType, ContextType>;
  parties?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  renewalOf?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  signedCopy?: Resolver<Maybe<ResolversTypes['SignedCopy']>, ParentType, ContextType>;
  startOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AgreementStatus'], ParentType, ContextType>;
  terminationReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['AgreementType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CooperationAgreementConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CooperationAgreementConnection'] = ResolversParentTypes['CooperationAgreementConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CooperationAgreementEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CooperationAgreementEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CooperationAgreementEdge'] = ResolversParentTypes['CooperationAgreementEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CooperationAgreement'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CooperationFiguresResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CooperationFigures'] = ResolversParentTypes['CooperationFigures']> = {
  agreementsInForce?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  agreementsTotal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  apprentices?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  graduatesPlaced?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  graduatesRetained?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  internPersonMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  orderClassStudents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  placements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CooperationSnapshotResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CooperationSnapshot'] = ResolversParentTypes['CooperationSnapshot']> = {
  agreementsInForce?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  agreementsTotal?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  apprentices?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  graduatesPlaced?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  graduatesRetained?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  internPersonMonths?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  orderClassStudents?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  placements?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  projects?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  trainingBasesHosted?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  unavailable?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CriterionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Criterion'] = ResolversParentTypes['Criterion']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CriterionKind'], ParentType, ContextType>;
  threshold?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CriterionResultResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CriterionResult'] = ResolversParentTypes['CriterionResult']> = {
  actual?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  detail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CriterionKind'], ParentType, ContextType>;
  passed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  required?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeclarationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Declaration'] = ResolversParentTypes['Declaration']> = {
  attachments?: Resolver<Array<ResolversTypes['Attachment']>, ParentType, ContextType>;
  averageScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  contactName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contactPhone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cooperation?: Resolver<ResolversTypes['CooperationSnapshot'], ParentType, ContextType>;
  cooperationSummary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['CertDecision']>, ParentType, ContextType>;
  decisionNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  employees?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  industry?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  levyStatement?: Resolver<Maybe<ResolversTypes['LevyStatement']>, ParentType, ContextType>;
  mainBusiness?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  noticeFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  noticeUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  objections?: Resolver<Array<ResolversTypes['Objection']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  organizationName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  precheck?: Resolver<Maybe<Array<ResolversTypes['ConditionCheck']>>, ParentType, ContextType>;
  program?: Resolver<Maybe<ResolversTypes['CertProgram']>, ParentType, ContextType>;
  regionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rejectionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reviewerPanel?: Resolver<Array<ResolversTypes['CertReviewer']>, ParentType, ContextType>;
  reviewers?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  reviews?: Resolver<Array<ResolversTypes['Review']>, ParentType, ContextType>;
  scale?: Resolver<ResolversTypes['EnterpriseScaleClass'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DeclarationStatus'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['DeclarationStep']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  yearlyReports?: Resolver<Array<ResolversTypes['YearlyReport']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DeclarationStepResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['DeclarationStep'] = ResolversParentTypes['DeclarationStep']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  on?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DeclarationStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DeductionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Deduction'] = ResolversParentTypes['Deduction']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  remaining?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DesignatedSizeYearResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['DesignatedSizeYear'] = ResolversParentTypes['DesignatedSizeYear']> = {
  aboveDesignatedSize?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DisqualificationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Disqualification'] = ResolversParentTypes['Disqualification']> = {
  cancelledBookingCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  futureBookings?: Resolver<ResolversTypes['FutureBookingsChoice'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  imposedBy?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  liftReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  liftedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceRef?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  until?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EligibilityCountsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['EligibilityCounts'] = ResolversParentTypes['EligibilityCounts']> = {
  bySchoolType?: Resolver<Array<ResolversTypes['SchoolTypeCount']>, ParentType, ContextType>;
  distinctSchoolTypes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  enterprises?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  schools?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EligibilityReportResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['EligibilityReport'] = ResolversParentTypes['EligibilityReport']> = {
  alliance?: Resolver<ResolversTypes['Alliance'], ParentType, ContextType>;
  allianceStatus?: Resolver<Maybe<ResolversTypes['AllianceStatus']>, ParentType, ContextType>;
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  awardAmount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  countedEvidence?: Resolver<Array<ResolversTypes['EvaluatedMember']>, ParentType, ContextType>;
  countedMembers?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  counts?: Resolver<ResolversTypes['EligibilityCounts'], ParentType, ContextType>;
  criteria?: Resolver<Array<ResolversTypes['CriterionResult']>, ParentType, ContextType>;
  eligible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  excludedMembers?: Resolver<Array<ResolversTypes['ExcludedMember']>, ParentType, ContextType>;
  program?: Resolver<ResolversTypes['GrantProgram'], ParentType, ContextType>;
  recipient?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  shortfall?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EvaluatedMemberResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['EvaluatedMember'] = ResolversParentTypes['EvaluatedMember']> = {
  kind?: Resolver<ResolversTypes['OrganizationKind'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organizationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['MembershipRole'], ParentType, ContextType>;
  schoolType?: Resolver<Maybe<ResolversTypes['SchoolType']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EvaluationOutcomeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['EvaluationOutcome'] = ResolversParentTypes['EvaluationOutcome']> = {
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OutcomeKind'], ParentType, ContextType>;
  on?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EvaluationRowResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['EvaluationRow'] = ResolversParentTypes['EvaluationRow']> = {
  allianceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  allianceName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outcomes?: Resolver<Array<ResolversTypes['EvaluationOutcome']>, ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  regionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  values?: Resolver<Array<ResolversTypes['IndicatorValue']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EvaluationRunResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['EvaluationRun'] = ResolversParentTypes['EvaluationRun']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  publishedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  regionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['EvaluationRow']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EvaluationRunStatus'], ParentType, ContextType>;
  systemId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  systemName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unavailable?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EventRegistrationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['EventRegistration'] = ResolversParentTypes['EventRegistration']> = {
  attended?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  organizationKind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organizationName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  registeredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  representatives?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  seatNo?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EventRegistrationStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EventRegistrationConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['EventRegistrationConnection'] = ResolversParentTypes['EventRegistrationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EventRegistrationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EventRegistrationEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['EventRegistrationEdge'] = ResolversParentTypes['EventRegistrationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['EventRegistration'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ExcludedMemberResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ExcludedMember'] = ResolversParentTypes['ExcludedMember']> = {
  disqualificationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FacetCountResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FacetCount'] = ResolversParentTypes['FacetCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FalseInformationFindingResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FalseInformationFinding'] = ResolversParentTypes['FalseInformationFinding']> = {
  declaration?: Resolver<ResolversTypes['Declaration'], ParentType, ContextType>;
  disqualification?: Resolver<ResolversTypes['Disqualification'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GraduatePlacementResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['GraduatePlacement'] = ResolversParentTypes['GraduatePlacement']> = {
  employer?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  graduationYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  local?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  major?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pillarIndustry?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  retained?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  school?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  startOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  studentNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GraduatePlacementConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['GraduatePlacementConnection'] = ResolversParentTypes['GraduatePlacementConnection']> = {
  edges?: Resolver<Array<ResolversTypes['GraduatePlacementEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GraduatePlacementEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['GraduatePlacementEdge'] = ResolversParentTypes['GraduatePlacementEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['GraduatePlacement'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GrantApplicationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['GrantApplication'] = ResolversParentTypes['GrantApplication']> = {
  alliance?: Resolver<ResolversTypes['Alliance'], ParentType, ContextType>;
  award?: Resolver<Maybe<ResolversTypes['GrantAward']>, ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decisionEvaluation?: Resolver<Maybe<ResolversTypes['EligibilityReport']>, ParentType, ContextType>;
  decisionNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evaluation?: Resolver<ResolversTypes['EligibilityReport'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  program?: Resolver<ResolversTypes['GrantProgram'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ApplicationStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  submittedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GrantApplicationConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['GrantApplicationConnection'] = ResolversParentTypes['GrantApplicationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['GrantApplicationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GrantApplicationEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['GrantApplicationEdge'] = ResolversParentTypes['GrantApplicationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['GrantApplication'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GrantAuditEntryResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['GrantAuditEntry'] = ResolversParentTypes['GrantAuditEntry']> = {
  action?: Resolver<ResolversTypes['GrantAuditAction'], ParentType, ContextType>;
  alliance?: Resolver<Maybe<ResolversTypes['Alliance']>, ParentType, ContextType>;
  applicationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  byOrganization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  disqualification?: Resolver<Maybe<ResolversTypes['Disqualification']>, ParentType, ContextType>;
  disqualificationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  evaluation?: Resolver<Maybe<ResolversTypes['EligibilityReport']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  program?: Resolver<Maybe<ResolversTypes['GrantProgram']>, ParentType, ContextType>;
  snapshot?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GrantAuditEntryConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['GrantAuditEntryConnection'] = ResolversParentTypes['GrantAuditEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['GrantAuditEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GrantAuditEntryEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['GrantAuditEntryEdge'] = ResolversParentTypes['GrantAuditEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['GrantAuditEntry'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GrantAwardResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['GrantAward'] = ResolversParentTypes['GrantAward']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  awardedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  recipient?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GrantProgramResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['GrantProgram'] = ResolversParentTypes['GrantProgram']> = {
  awardAmount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  closeReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  closesOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  criteria?: Resolver<Array<ResolversTypes['Criterion']>, ParentType, ContextType>;
  funder?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['GrantProgramChange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  opensOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  recipient?: Resolver<ResolversTypes['GrantRecipient'], ParentType, ContextType>;
  regionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GrantProgramChangeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['GrantProgramChange'] = ResolversParentTypes['GrantProgramChange']> = {
  action?: Resolver<ResolversTypes['GrantProgramChangeAction'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  byOrganization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  newValues?: Resolver<ResolversTypes['GrantProgramTerms'], ParentType, ContextType>;
  oldValues?: Resolver<ResolversTypes['GrantProgramTerms'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GrantProgramTermsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['GrantProgramTerms'] = ResolversParentTypes['GrantProgramTerms']> = {
  awardAmount?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  closesOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  criteria?: Resolver<Maybe<Array<ResolversTypes['Criterion']>>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  opensOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GrantStandingResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['GrantStanding'] = ResolversParentTypes['GrantStanding']> = {
  alliance?: Resolver<ResolversTypes['Alliance'], ParentType, ContextType>;
  allianceName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  applicationStatus?: Resolver<Maybe<ResolversTypes['ApplicationStatus']>, ParentType, ContextType>;
  awarded?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  distinctSchoolTypes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  eligible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  enterprises?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  evaluatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  evaluatedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  funder?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  program?: Resolver<ResolversTypes['GrantProgram'], ParentType, ContextType>;
  programCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  programName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  regionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  schools?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  shortfall?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GrantStandingConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['GrantStandingConnection'] = ResolversParentTypes['GrantStandingConnection']> = {
  edges?: Resolver<Array<ResolversTypes['GrantStandingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GrantStandingEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['GrantStandingEdge'] = ResolversParentTypes['GrantStandingEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['GrantStanding'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GrantStandingsRebuildResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['GrantStandingsRebuild'] = ResolversParentTypes['GrantStandingsRebuild']> = {
  alliances?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  standings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type IndicatorResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Indicator'] = ResolversParentTypes['Indicator']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['IndicatorSource'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type IndicatorSystemResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['IndicatorSystem'] = ResolversParentTypes['IndicatorSystem']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  regionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type IndicatorValueResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['IndicatorValue'] = ResolversParentTypes['IndicatorValue']> = {
  evidence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type IndustryResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Industry'] = ResolversParentTypes['Industry']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InternQuotaResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['InternQuota'] = ResolversParentTypes['InternQuota']> = {
  employees?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  interns?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  progressBp?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  targetBp?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InternshipInsuranceResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['InternshipInsurance'] = ResolversParentTypes['InternshipInsurance']> = {
  coverFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  coverTo?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  deductedFromPay?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  insurer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  policyNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  premiumPaidBy?: Resolver<ResolversTypes['PremiumPayer'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InternshipMentorResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['InternshipMentor'] = ResolversParentTypes['InternshipMentor']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InternshipPlacementResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['InternshipPlacement'] = ResolversParentTypes['InternshipPlacement']> = {
  agreementId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  attendance?: Resolver<Array<ResolversTypes['AttendanceMonth']>, ParentType, ContextType>;
  endOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  headcount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  host?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  insurance?: Resolver<ResolversTypes['InternshipInsurance'], ParentType, ContextType>;
  mentor?: Resolver<ResolversTypes['InternshipMentor'], ParentType, ContextType>;
  monthlyPay?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  school?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  startOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  students?: Resolver<Array<ResolversTypes['PlacementStudent']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InternshipPlacementConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['InternshipPlacementConnection'] = ResolversParentTypes['InternshipPlacementConnection']> = {
  edges?: Resolver<Array<ResolversTypes['InternshipPlacementEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InternshipPlacementEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['InternshipPlacementEdge'] = ResolversParentTypes['InternshipPlacementEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['InternshipPlacement'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InternshipServiceResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['InternshipService'] = ResolversParentTypes['InternshipService']> = {
  longestRunMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  months?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  subsidyEligible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InventorAllocationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['InventorAllocation'] = ResolversParentTypes['InventorAllocation']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  personId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type KindCountResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['KindCount'] = ResolversParentTypes['KindCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrganizationKind'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LevyPolicyResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['LevyPolicy'] = ResolversParentTypes['LevyPolicy']> = {
  carryForward?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  fromYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rateBp?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LevyStatementResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['LevyStatement'] = ResolversParentTypes['LevyStatement']> = {
  csv?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  declarationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  years?: Resolver<Array<ResolversTypes['LevyYear']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LevyYearResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['LevyYear'] = ResolversParentTypes['LevyYear']> = {
  carriedForward?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  carriedIn?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  carryForwardAllowed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  credit?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  educationSurcharge?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  investment?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  lapsed?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  localEducationSurcharge?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  offset?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  payable?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  rateBp?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ListingResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Listing'] = ResolversParentTypes['Listing']> = {
  budget?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  headcount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  industries?: Resolver<Array<ResolversTypes['Industry']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ListingKind'], ParentType, ContextType>;
  majors?: Resolver<Array<ResolversTypes['Major']>, ParentType, ContextType>;
  matchedInterestId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  openToNonMembers?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  organizationName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payMax?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  payMin?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  periodFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  periodTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  regionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  regionName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ListingStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  validTo?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ListingConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ListingConnection'] = ResolversParentTypes['ListingConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ListingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ListingEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ListingEdge'] = ResolversParentTypes['ListingEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Listing'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ListingFacetsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ListingFacets'] = ResolversParentTypes['ListingFacets']> = {
  industry?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
  kind?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
  major?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
  region?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ListingFilterResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ListingFilter'] = ResolversParentTypes['ListingFilter']> = {
  industry?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kinds?: Resolver<Maybe<Array<ResolversTypes['ListingKind']>>, ParentType, ContextType>;
  major?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publishedFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  query?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  regionCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ListingHitResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ListingHit'] = ResolversParentTypes['ListingHit']> = {
  listing?: Resolver<ResolversTypes['Listing'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ListingInterestResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ListingInterest'] = ResolversParentTypes['ListingInterest']> = {
  conversion?: Resolver<Maybe<ResolversTypes['MatchConversion']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decisionNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  listing?: Resolver<Maybe<ResolversTypes['Listing']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  organizationName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['InterestStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ListingInterestConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ListingInterestConnection'] = ResolversParentTypes['ListingInterestConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ListingInterestEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ListingInterestEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ListingInterestEdge'] = ResolversParentTypes['ListingInterestEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ListingInterest'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ListingRecommendationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ListingRecommendation'] = ResolversParentTypes['ListingRecommendation']> = {
  listing?: Resolver<ResolversTypes['Listing'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['RecommendationReason']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ListingRecommendationsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ListingRecommendations'] = ResolversParentTypes['ListingRecommendations']> = {
  listings?: Resolver<Array<ResolversTypes['ListingRecommendation']>, ParentType, ContextType>;
  organizations?: Resolver<Array<ResolversTypes['OrganizationRecommendation']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ListingSearchResultResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ListingSearchResult'] = ResolversParentTypes['ListingSearchResult']> = {
  facets?: Resolver<ResolversTypes['ListingFacets'], ParentType, ContextType>;
  hits?: Resolver<Array<ResolversTypes['ListingHit']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  terms?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MajorResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Major'] = ResolversParentTypes['Major']> = {
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MatchConversionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['MatchConversion'] = ResolversParentTypes['MatchConversion']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MatchConversionKind'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MatchmakingEventResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['MatchmakingEvent'] = ResolversParentTypes['MatchmakingEvent']> = {
  alliance?: Resolver<Maybe<ResolversTypes['Alliance']>, ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  figures?: Resolver<ResolversTypes['MatchmakingEventFigures'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  industries?: Resolver<Array<ResolversTypes['Industry']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MatchmakingEventKind'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['MatchmakingMode'], ParentType, ContextType>;
  organizer?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  outcomes?: Resolver<Array<ResolversTypes['MatchmakingOutcome']>, ParentType, ContextType>;
  place?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  regionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  registered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  registrationClosesOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  registrationMode?: Resolver<ResolversTypes['RegistrationMode'], ParentType, ContextType>;
  registrations?: Resolver<ResolversTypes['EventRegistrationConnection'], ParentType, ContextType, Partial<MatchmakingEventRegistrationsArgs>>;
  seatsLeft?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MatchmakingEventStatus'], ParentType, ContextType>;
  theme?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MatchmakingEventConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['MatchmakingEventConnection'] = ResolversParentTypes['MatchmakingEventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MatchmakingEventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MatchmakingEventEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['MatchmakingEventEdge'] = ResolversParentTypes['MatchmakingEventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['MatchmakingEvent'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MatchmakingEventFiguresResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['MatchmakingEventFigures'] = ResolversParentTypes['MatchmakingEventFigures']> = {
  agreements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  attendedEnterprises?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  attendedOrganizations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  attendedSchools?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  invited?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  projects?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  registered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  representatives?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MatchmakingKindFiguresResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['MatchmakingKindFigures'] = ResolversParentTypes['MatchmakingKindFigures']> = {
  enterprises?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  events?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MatchmakingEventKind'], ParentType, ContextType>;
  representatives?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  schools?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MatchmakingOutcomeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['MatchmakingOutcome'] = ResolversParentTypes['MatchmakingOutcome']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MatchmakingOutcomeKind'], ParentType, ContextType>;
  organizations?: Resolver<Array<Maybe<ResolversTypes['Organization']>>, ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MatchmakingYearFiguresResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['MatchmakingYearFigures'] = ResolversParentTypes['MatchmakingYearFigures']> = {
  agreements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  byKind?: Resolver<Array<ResolversTypes['MatchmakingKindFigures']>, ParentType, ContextType>;
  enterprises?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  events?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  projects?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  regionCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  representatives?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  schools?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MemberCountsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['MemberCounts'] = ResolversParentTypes['MemberCounts']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  byKind?: Resolver<Array<ResolversTypes['KindCount']>, ParentType, ContextType>;
  bySchoolType?: Resolver<Array<ResolversTypes['SchoolTypeCount']>, ParentType, ContextType>;
  distinctSchoolTypes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  enterprises?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  schools?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MembershipResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Membership'] = ResolversParentTypes['Membership']> = {
  alliance?: Resolver<ResolversTypes['Alliance'], ParentType, ContextType>;
  endedAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['MembershipHistoryEntry']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  initiatedBy?: Resolver<ResolversTypes['MembershipInitiation'], ParentType, ContextType>;
  joinedAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['MembershipRole'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MembershipStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MembershipConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['MembershipConnection'] = ResolversParentTypes['MembershipConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MembershipEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MembershipEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['MembershipEdge'] = ResolversParentTypes['MembershipEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Membership'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MembershipHistoryEntryResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['MembershipHistoryEntry'] = ResolversParentTypes['MembershipHistoryEntry']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  effectiveDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MilestoneResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Milestone'] = ResolversParentTypes['Milestone']> = {
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  dueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  evidenceNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MoneyResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amount?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addClosedDates?: Resolver<ResolversTypes['TrainingBase'], ParentType, ContextType, RequireFields<MutationAddClosedDatesArgs, 'baseId' | 'dates'>>;
  addMilestone?: Resolver<ResolversTypes['Project'], ParentType, ContextType, RequireFields<MutationAddMilestoneArgs, 'dueOn' | 'projectId' | 'title'>>;
  addProjectParticipant?: Resolver<ResolversTypes['Project'], ParentType, ContextType, RequireFields<MutationAddProjectParticipantArgs, 'participant' | 'projectId'>>;
  addReformItem?: Resolver<ResolversTypes['ReformItem'], ParentType, ContextType, RequireFields<MutationAddReformItemArgs, 'content' | 'deadline' | 'list' | 'owner' | 'pilotCityId' | 'title'>>;
  amendRevenueAgreement?: Resolver<ResolversTypes['RevenueAgreement'], ParentType, ContextType, RequireFields<MutationAmendRevenueAgreementArgs, 'input'>>;
  amendRevenuePolicy?: Resolver<ResolversTypes['RevenuePolicy'], ParentType, ContextType, RequireFields<MutationAmendRevenuePolicyArgs, 'input'>>;
  applyForMembership?: Resolver<ResolversTypes['Membership'], ParentType, ContextType, RequireFields<MutationApplyForMembershipArgs, 'allianceId' | 'organizationId'>>;
  approveBooking?: Resolver<ResolversTypes['Booking'], ParentType, ContextType, RequireFields<MutationApproveBookingArgs, 'id'>>;
  approveMembership?: Resolver<ResolversTypes['Membership'], ParentType, ContextType, RequireFields<MutationApproveMembershipArgs, 'membershipId'>>;
  assessOrganizationForSubsidy?: Resolver<ResolversTypes['OrganizationAssessment'], ParentType, ContextType, RequireFields<MutationAssessOrganizationForSubsidyArgs, 'organizationId' | 'policyKind' | 'qualified'>>;
  assignReviewers?: Resolver<ResolversTypes['Declaration'], ParentType, ContextType, RequireFields<MutationAssignReviewersArgs, 'declarationId' | 'reviewerIds' | 'reviewerOrganizationId'>>;
  attachToDeclaration?: Resolver<ResolversTypes['Attachment'], ParentType, ContextType, RequireFields<MutationAttachToDeclarationArgs, 'contentBase64' | 'declarationId' | 'fileName'>>;
  bookTrainingBase?: Resolver<Array<ResolversTypes['Booking']>, ParentType, ContextType, RequireFields<MutationBookTrainingBaseArgs, 'input'>>;
  cancelBooking?: Resolver<ResolversTypes['Booking'], ParentType, ContextType, RequireFields<MutationCancelBookingArgs, 'id' | 'reason'>>;
  cancelMatchmakingRegistration?: Resolver<ResolversTypes['EventRegistration'], ParentType, ContextType, RequireFields<MutationCancelMatchmakingRegistrationArgs, 'eventId' | 'organizationId'>>;
  certifyDeclaration?: Resolver<ResolversTypes['Declaration'], ParentType, ContextType, RequireFields<MutationCertifyDeclarationArgs, 'declarationId'>>;
  changeAllianceLead?: Resolver<ResolversTypes['Alliance'], ParentType, ContextType, RequireFields<MutationChangeAllianceLeadArgs, 'allianceId' | 'organizationId' | 'reason'>>;
  closeGrantProgram?: Resolver<ResolversTypes['GrantProgram'], ParentType, ContextType, RequireFields<MutationCloseGrantProgramArgs, 'programId' | 'reason'>>;
  closeListing?: Resolver<ResolversTypes['Listing'], ParentType, ContextType, RequireFields<MutationCloseListingArgs, 'id'>>;
  closeRevenuePolicy?: Resolver<ResolversTypes['RevenuePolicy'], ParentType, ContextType, RequireFields<MutationCloseRevenuePolicyArgs, 'code' | 'note' | 'validUntil'>>;
  completeMilestone?: Resolver<ResolversTypes['Project'], ParentType, ContextType, RequireFields<MutationCompleteMilestoneArgs, 'milestoneId'>>;
  confirmAgreement?: Resolver<ResolversTypes['CooperationAgreement'], ParentType, ContextType, RequireFields<MutationConfirmAgreementArgs, 'agreementId'>>;
  confirmGraduateRetention?: Resolver<ResolversTypes['GraduatePlacement'], ParentType, ContextType, RequireFields<MutationConfirmGraduateRetentionArgs, 'graduateId' | 'retained'>>;
  confirmInternshipAttendance?: Resolver<ResolversTypes['AttendanceMonth'], ParentType, ContextType, RequireFields<MutationConfirmInternshipAttendanceArgs, 'month' | 'placementId'>>;
  convertMatch?: Resolver<ResolversTypes['ListingInterest'], ParentType, ContextType, RequireFields<MutationConvertMatchArgs, 'input'>>;
  createAgreementDraft?: Resolver<ResolversTypes['CooperationAgreement'], ParentType, ContextType, RequireFields<MutationCreateAgreementDraftArgs, 'input'>>;
  createAlliance?: Resolver<ResolversTypes['Alliance'], ParentType, ContextType, RequireFields<MutationCreateAllianceArgs, 'input'>>;
  createApprenticeCohort?: Resolver<ResolversTypes['ApprenticeCohort'], ParentType, ContextType, RequireFields<MutationCreateApprenticeCohortArgs, 'input'>>;
  createCertProgram?: Resolver<ResolversTypes['CertProgram'], ParentType, ContextType, RequireFields<MutationCreateCertProgramArgs, 'input'>>;
  createDeclaration?: Resolver<ResolversTypes['Declaration'], ParentType, ContextType, RequireFields<MutationCreateDeclarationArgs, 'input'>>;
  createGrantProgram?: Resolver<ResolversTypes['GrantProgram'], ParentType, ContextType, RequireFields<MutationCreateGrantProgramArgs, 'input'>>;
  createIndicatorSystem?: Resolver<ResolversTypes['IndicatorSystem'], ParentType, ContextType, RequireFields<MutationCreateIndicatorSystemArgs, 'code' | 'indicators' | 'name' | 'regionCode'>>;
  createInternshipPlacement?: Resolver<ResolversTypes['InternshipPlacement'], ParentType, ContextType, RequireFields<MutationCreateInternshipPlacementArgs, 'input'>>;
  createListing?: Resolver<ResolversTypes['Listing'], ParentType, ContextType, RequireFields<MutationCreateListingArgs, 'input'>>;
  createMatchmakingEvent?: Resolver<ResolversTypes['MatchmakingEvent'], ParentType, ContextType, RequireFields<MutationCreateMatchmakingEventArgs, 'input'>>;
  createProject?: Resolver<ResolversTypes['Project'], ParentType, ContextType, RequireFields<MutationCreateProjectArgs, 'input'>>;
  createRevenueAgreement?: Resolver<ResolversTypes['RevenueAgreement'], ParentType, ContextType, RequireFields<MutationCreateRevenueAgreementArgs, 'input'>>;
  createRevenuePolicy?: Resolver<ResolversTypes['RevenuePolicy'], ParentType, ContextType, RequireFields<MutationCreateRevenuePolicyArgs, 'input'>>;
  createSubsidyPolicy?: Resolver<ResolversTypes['SubsidyPolicy'], ParentType, ContextType, RequireFields<MutationCreateSubsidyPolicyArgs, 'input'>>;
  createTrainingBase?: Resolver<ResolversTypes['TrainingBase'], ParentType, ContextType, RequireFields<MutationCreateTrainingBaseArgs, 'input'>>;
  decideDeclaration?: Resolver<ResolversTypes['Declaration'], ParentType, ContextType, RequireFields<MutationDecideDeclarationArgs, 'decision' | 'declarationId'>>;
  decideGrantApplication?: Resolver<ResolversTypes['GrantApplication'], ParentType, ContextType, RequireFields<MutationDecideGrantApplicationArgs, 'applicationId' | 'decision'>>;
  decideInterest?: Resolver<ResolversTypes['ListingInterest'], ParentType, ContextType, RequireFields<MutationDecideInterestArgs, 'accept' | 'interestId'>>;
  decideSubsidyClaim?: Resolver<ResolversTypes['SubsidyClaim'], ParentType, ContextType, RequireFields<MutationDecideSubsidyClaimArgs, 'claimId' | 'decision'>>;
  deleteSavedSearch?: Resolver<ResolversTypes['SavedSearch'], ParentType, ContextType, RequireFields<MutationDeleteSavedSearchArgs, 'id'>>;
  disqualifyOrganization?: Resolver<ResolversTypes['Disqualification'], ParentType, ContextType, RequireFields<MutationDisqualifyOrganizationArgs, 'organizationId' | 'reason'>>;
  endMembership?: Resolver<ResolversTypes['Membership'], ParentType, ContextType, RequireFields<MutationEndMembershipArgs, 'effectiveDate' | 'membershipId' | 'reason'>>;
  enterIndicatorValue?: Resolver<ResolversTypes['EvaluationRun'], ParentType, ContextType, RequireFields<MutationEnterIndicatorValueArgs, 'allianceId' | 'evidence' | 'key' | 'runId' | 'value'>>;
  enterReserve?: Resolver<ResolversTypes['Declaration'], ParentType, ContextType, RequireFields<MutationEnterReserveArgs, 'declarationId'>>;
  expressInterest?: Resolver<ResolversTypes['ListingInterest'], ParentType, ContextType, RequireFields<MutationExpressInterestArgs, 'listingId' | 'message' | 'organizationId'>>;
  fileObjection?: Resolver<ResolversTypes['Objection'], ParentType, ContextType, RequireFields<MutationFileObjectionArgs, 'declarationId' | 'text'>>;
  fileSpendingReport?: Resolver<ResolversTypes['AwardPayment'], ParentType, ContextType, RequireFields<MutationFileSpendingReportArgs, 'items' | 'paymentId' | 'summary'>>;
  fileYearlyReport?: Resolver<ResolversTypes['Declaration'], ParentType, ContextType, RequireFields<MutationFileYearlyReportArgs, 'declarationId' | 'summary' | 'year'>>;
  findFalseInformation?: Resolver<ResolversTypes['FalseInformationFinding'], ParentType, ContextType, RequireFields<MutationFindFalseInformationArgs, 'declarationId' | 'reason'>>;
  inviteMember?: Resolver<ResolversTypes['Membership'], ParentType, ContextType, RequireFields<MutationInviteMemberArgs, 'allianceId' | 'organizationId'>>;
  inviteToMatchmakingEvent?: Resolver<Array<ResolversTypes['EventRegistration']>, ParentType, ContextType, RequireFields<MutationInviteToMatchmakingEventArgs, 'eventId' | 'organizationIds'>>;
  liftDisqualification?: Resolver<ResolversTypes['Disqualification'], ParentType, ContextType, RequireFields<MutationLiftDisqualificationArgs, 'disqualificationId' | 'reason'>>;
  markAllNotificationsRead?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  markNotificationsRead?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationMarkNotificationsReadArgs, 'ids'>>;
  publishEvaluation?: Resolver<ResolversTypes['EvaluationRun'], ParentType, ContextType, RequireFields<MutationPublishEvaluationArgs, 'runId'>>;
  publishListing?: Resolver<ResolversTypes['Listing'], ParentType, ContextType, RequireFields<MutationPublishListingArgs, 'id'>>;
  rebuildGrantStandings?: Resolver<ResolversTypes['GrantStandingsRebuild'], ParentType, ContextType>;
  recordAwardPayment?: Resolver<ResolversTypes['AwardPayment'], ParentType, ContextType, RequireFields<MutationRecordAwardPaymentArgs, 'amount' | 'applicationId' | 'paidOn' | 'permittedUse' | 'voucherRef'>>;
  recordCohortCompletion?: Resolver<ResolversTypes['ApprenticeCohort'], ParentType, ContextType, RequireFields<MutationRecordCohortCompletionArgs, 'cohortId' | 'completed' | 'studentNumber'>>;
  recordDesignatedSize?: Resolver<ResolversTypes['Organization'], ParentType, ContextType, RequireFields<MutationRecordDesignatedSizeArgs, 'aboveDesignatedSize' | 'organizationId' | 'reason' | 'year'>>;
  recordEvaluationOutcome?: Resolver<ResolversTypes['EvaluationRun'], ParentType, ContextType, RequireFields<MutationRecordEvaluationOutcomeArgs, 'allianceId' | 'description' | 'kind' | 'runId'>>;
  recordGraduatePlacement?: Resolver<ResolversTypes['GraduatePlacement'], ParentType, ContextType, RequireFields<MutationRecordGraduatePlacementArgs, 'input'>>;
  recordLevyYear?: Resolver<ResolversTypes['LevyStatement'], ParentType, ContextType, RequireFields<MutationRecordLevyYearArgs, 'declarationId' | 'educationSurcharge' | 'investment' | 'localEducationSurcharge' | 'year'>>;
  recordMatchmakingAttendance?: Resolver<ResolversTypes['EventRegistration'], ParentType, ContextType, RequireFields<MutationRecordMatchmakingAttendanceArgs, 'attended' | 'eventId' | 'organizationId'>>;
  recordMatchmakingOutcome?: Resolver<ResolversTypes['MatchmakingEvent'], ParentType, ContextType, RequireFields<MutationRecordMatchmakingOutcomeArgs, 'eventId' | 'id' | 'kind' | 'organizationIds'>>;
  recordPilotAchievement?: Resolver<ResolversTypes['PilotCity'], ParentType, ContextType, RequireFields<MutationRecordPilotAchievementArgs, 'evidence' | 'kind' | 'label' | 'pilotCityId'>>;
  recordPilotCity?: Resolver<ResolversTypes['PilotCity'], ParentType, ContextType, RequireFields<MutationRecordPilotCityArgs, 'name' | 'regionCode'>>;
  recordProjectOutput?: Resolver<ResolversTypes['Project'], ParentType, ContextType, RequireFields<MutationRecordProjectOutputArgs, 'kind' | 'projectId' | 'title'>>;
  recordRevenue?: Resolver<ResolversTypes['RevenueEvent'], ParentType, ContextType, RequireFields<MutationRecordRevenueArgs, 'input'>>;
  recordWorkforce?: Resolver<ResolversTypes['InternQuota'], ParentType, ContextType, RequireFields<MutationRecordWorkforceArgs, 'employees' | 'organizationId' | 'year'>>;
  registerForMatchmakingEvent?: Resolver<ResolversTypes['EventRegistration'], ParentType, ContextType, RequireFields<MutationRegisterForMatchmakingEventArgs, 'eventId' | 'organizationId'>>;
  registerOrganization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType, RequireFields<MutationRegisterOrganizationArgs, 'input'>>;
  rejectBooking?: Resolver<ResolversTypes['Booking'], ParentType, ContextType, RequireFields<MutationRejectBookingArgs, 'id' | 'reason'>>;
  rejectMembership?: Resolver<ResolversTypes['Membership'], ParentType, ContextType, RequireFields<MutationRejectMembershipArgs, 'membershipId' | 'reason'>>;
  removeClosedDates?: Resolver<ResolversTypes['TrainingBase'], ParentType, ContextType, RequireFields<MutationRemoveClosedDatesArgs, 'baseId' | 'dates'>>;
  renewAgreement?: Resolver<ResolversTypes['CooperationAgreement'], ParentType, ContextType, RequireFields<MutationRenewAgreementArgs, 'agreementId' | 'endOn'>>;
  resolveObjection?: Resolver<ResolversTypes['Objection'], ParentType, ContextType, RequireFields<MutationResolveObjectionArgs, 'objectionId' | 'outcome' | 'resolution'>>;
  reverseRevenue?: Resolver<ResolversTypes['RevenueEvent'], ParentType, ContextType, RequireFields<MutationReverseRevenueArgs, 'eventId' | 'reason'>>;
  revokeCalendarFeed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRevokeCalendarFeedArgs, 'baseId'>>;
  runEvaluation?: Resolver<ResolversTypes['EvaluationRun'], ParentType, ContextType, RequireFields<MutationRunEvaluationArgs, 'systemId' | 'year'>>;
  saveSearch?: Resolver<ResolversTypes['SavedSearch'], ParentType, ContextType, RequireFields<MutationSaveSearchArgs, 'filter' | 'name' | 'organizationId'>>;
  setAllianceStatus?: Resolver<ResolversTypes['Alliance'], ParentType, ContextType, RequireFields<MutationSetAllianceStatusArgs, 'allianceId' | 'status'>>;
  setMatchmakingEventStatus?: Resolver<ResolversTypes['MatchmakingEvent'], ParentType, ContextType, RequireFields<MutationSetMatchmakingEventStatusArgs, 'eventId' | 'status'>>;
  setNotificationPreferences?: Resolver<ResolversTypes['NotificationPreferences'], ParentType, ContextType, RequireFields<MutationSetNotificationPreferencesArgs, 'input'>>;
  setProjectStatus?: Resolver<ResolversTypes['Project'], ParentType, ContextType, RequireFields<MutationSetProjectStatusArgs, 'projectId' | 'status'>>;
  submitDeclaration?: Resolver<ResolversTypes['Declaration'], ParentType, ContextType, RequireFields<MutationSubmitDeclarationArgs, 'declarationId'>>;
  submitGrantApplication?: Resolver<ResolversTypes['GrantApplication'], ParentType, ContextType, RequireFields<MutationSubmitGrantApplicationArgs, 'allianceId' | 'programId'>>;
  submitReview?: Resolver<ResolversTypes['Review'], ParentType, ContextType, RequireFields<MutationSubmitReviewArgs, 'conflictOfInterest' | 'declarationId'>>;
  submitSubsidyClaim?: Resolver<ResolversTypes['SubsidyClaim'], ParentType, ContextType, RequireFields<MutationSubmitSubsidyClaimArgs, 'input'>>;
  terminateAgreement?: Resolver<ResolversTypes['CooperationAgreement'], ParentType, ContextType, RequireFields<MutationTerminateAgreementArgs, 'agreementId' | 'reason'>>;
  updateAgreementDraft?: Resolver<ResolversTypes['CooperationAgreement'], ParentType, ContextType, RequireFields<MutationUpdateAgreementDraftArgs, 'input'>>;
  updateGrantProgram?: Resolver<ResolversTypes['GrantProgram'], ParentType, ContextType, RequireFields<MutationUpdateGrantProgramArgs, 'input' | 'programId' | 'reason'>>;
  updateListing?: Resolver<ResolversTypes['Listing'], ParentType, ContextType, RequireFields<MutationUpdateListingArgs, 'id' | 'input'>>;
  updateOrganization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType, RequireFields<MutationUpdateOrganizationArgs, 'input' | 'organizationId' | 'reason'>>;
  updateReformItem?: Resolver<ResolversTypes['ReformItem'], ParentType, ContextType, RequireFields<MutationUpdateReformItemArgs, 'itemId' | 'status'>>;
  updateTrainingBase?: Resolver<ResolversTypes['TrainingBase'], ParentType, ContextType, RequireFields<MutationUpdateTrainingBaseArgs, 'id' | 'input'>>;
  uploadAgreementSignedCopy?: Resolver<ResolversTypes['CooperationAgreement'], ParentType, ContextType, RequireFields<MutationUploadAgreementSignedCopyArgs, 'agreementId' | 'contentBase64' | 'filename'>>;
  withdrawInterest?: Resolver<ResolversTypes['ListingInterest'], ParentType, ContextType, RequireFields<MutationWithdrawInterestArgs, 'interestId'>>;
};

export type NotificationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Notification'] = ResolversParentTypes['Notification']> = {
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NotificationKind'], ParentType, ContextType>;
  link?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  read?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  settled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subject?: Resolver<Array<ResolversTypes['NotificationSubject']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NotificationChannelsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['NotificationChannels'] = ResolversParentTypes['NotificationChannels']> = {
  email?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  inApp?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NotificationKind'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NotificationConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['NotificationConnection'] = ResolversParentTypes['NotificationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['NotificationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NotificationEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['NotificationEdge'] = ResolversParentTypes['NotificationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Notification'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NotificationPreferencesResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['NotificationPreferences'] = ResolversParentTypes['NotificationPreferences']> = {
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kinds?: Resolver<Array<ResolversTypes['NotificationChannels']>, ParentType, ContextType>;
  locale?: Resolver<ResolversTypes['NotificationLocale'], ParentType, ContextType>;
  mailEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NotificationSubjectResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['NotificationSubject'] = ResolversParentTypes['NotificationSubject']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ObjectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Objection'] = ResolversParentTypes['Objection']> = {
  filedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  filedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  resolution?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolvedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolvedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ObjectionStatus'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OpeningHoursResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['OpeningHours'] = ResolversParentTypes['OpeningHours']> = {
  closes?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  opens?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weekday?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrganizationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = {
  aboveDesignatedSize?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  classificationOn?: Resolver<ResolversTypes['OrganizationClassification'], ParentType, ContextType, RequireFields<OrganizationClassificationOnArgs, 'date'>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  creditCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  designatedSizeByYear?: Resolver<Array<ResolversTypes['DesignatedSizeYear']>, ParentType, ContextType>;
  disqualifications?: Resolver<Array<ResolversTypes['Disqualification']>, ParentType, ContextType>;
  disqualifiedOn?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, Partial<OrganizationDisqualifiedOnArgs>>;
  history?: Resolver<Array<ResolversTypes['OrganizationChange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrganizationKind'], ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  regionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scale?: Resolver<Maybe<ResolversTypes['EnterpriseScale']>, ParentType, ContextType>;
  schoolType?: Resolver<Maybe<ResolversTypes['SchoolType']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrganizationAssessmentResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['OrganizationAssessment'] = ResolversParentTypes['OrganizationAssessment']> = {
  assessedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  policyKind?: Resolver<ResolversTypes['SubsidyPolicyKind'], ParentType, ContextType>;
  qualified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrganizationChangeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['OrganizationChange'] = ResolversParentTypes['OrganizationChange']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  byOrganization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  effectiveDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['OrganizationChangeField'], ParentType, ContextType>;
  newValues?: Resolver<ResolversTypes['OrganizationFacts'], ParentType, ContextType>;
  oldValues?: Resolver<ResolversTypes['OrganizationFacts'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrganizationClassificationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['OrganizationClassification'] = ResolversParentTypes['OrganizationClassification']> = {
  kind?: Resolver<ResolversTypes['OrganizationKind'], ParentType, ContextType>;
  schoolType?: Resolver<Maybe<ResolversTypes['SchoolType']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrganizationConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['OrganizationConnection'] = ResolversParentTypes['OrganizationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrganizationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrganizationEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['OrganizationEdge'] = ResolversParentTypes['OrganizationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrganizationFactsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['OrganizationFacts'] = ResolversParentTypes['OrganizationFacts']> = {
  aboveDesignatedSize?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['OrganizationKind']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  regionCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  schoolType?: Resolver<Maybe<ResolversTypes['SchoolType']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrganizationRecommendationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['OrganizationRecommendation'] = ResolversParentTypes['OrganizationRecommendation']> = {
  listings?: Resolver<Array<ResolversTypes['Listing']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  organizationName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['RecommendationReason']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PilotAchievementResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PilotAchievement'] = ResolversParentTypes['PilotAchievement']> = {
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PilotTargetKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  on?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PilotCityResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PilotCity'] = ResolversParentTypes['PilotCity']> = {
  achievements?: Resolver<Array<ResolversTypes['PilotAchievement']>, ParentType, ContextType>;
  deadline?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['ReformItem']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  overdueItems?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  progress?: Resolver<Array<ResolversTypes['PilotProgress']>, ParentType, ContextType>;
  regionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['PilotTarget']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PilotProgressResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PilotProgress'] = ResolversParentTypes['PilotProgress']> = {
  actual?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PilotTargetKind'], ParentType, ContextType>;
  met?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PilotTargetResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PilotTarget'] = ResolversParentTypes['PilotTarget']> = {
  kind?: Resolver<ResolversTypes['PilotTargetKind'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PlacementStudentResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PlacementStudent'] = ResolversParentTypes['PlacementStudent']> = {
  major?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  studentNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProjectResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Project'] = ResolversParentTypes['Project']> = {
  alliance?: Resolver<ResolversTypes['Alliance'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  endOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  leadOrganization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  milestones?: Resolver<Array<ResolversTypes['Milestone']>, ParentType, ContextType>;
  outputs?: Resolver<Array<ResolversTypes['ProjectOutput']>, ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['ProjectParticipant']>, ParentType, ContextType>;
  startOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProjectStatus'], ParentType, ContextType>;
  statusHistory?: Resolver<Array<ResolversTypes['ProjectStatusChange']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  totalCommittedFunding?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProjectConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ProjectConnection'] = ResolversParentTypes['ProjectConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProjectEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProjectEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ProjectEdge'] = ResolversParentTypes['ProjectEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProjectOutputResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ProjectOutput'] = ResolversParentTypes['ProjectOutput']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OutputKind'], ParentType, ContextType>;
  owners?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProjectParticipantResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ProjectParticipant'] = ResolversParentTypes['ProjectParticipant']> = {
  committedFunding?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  committedStaff?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ParticipantRole'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProjectStatusChangeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ProjectStatusChange'] = ResolversParentTypes['ProjectStatusChange']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProjectStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PublicNoticeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PublicNotice'] = ResolversParentTypes['PublicNotice']> = {
  declarationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  industry?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  noticeFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  noticeUntil?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  organizationName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  programName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  regionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PublicRankingResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PublicRanking'] = ResolversParentTypes['PublicRanking']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  publishedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  regionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['PublicRankingRow']>, ParentType, ContextType>;
  runId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  systemName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PublicRankingRowResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PublicRankingRow'] = ResolversParentTypes['PublicRankingRow']> = {
  allianceName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  agreementSignedCopy?: Resolver<Maybe<ResolversTypes['SignedCopyContent']>, ParentType, ContextType, RequireFields<QueryAgreementSignedCopyArgs, 'agreementId'>>;
  alliance?: Resolver<Maybe<ResolversTypes['Alliance']>, ParentType, ContextType, RequireFields<QueryAllianceArgs, 'id'>>;
  allianceCooperationFigures?: Resolver<ResolversTypes['CooperationFigures'], ParentType, ContextType, RequireFields<QueryAllianceCooperationFiguresArgs, 'allianceId'>>;
  alliances?: Resolver<ResolversTypes['AllianceConnection'], ParentType, ContextType, Partial<QueryAlliancesArgs>>;
  apprenticeCohorts?: Resolver<ResolversTypes['ApprenticeCohortConnection'], ParentType, ContextType, Partial<QueryApprenticeCohortsArgs>>;
  awardPayments?: Resolver<Array<ResolversTypes['AwardPayment']>, ParentType, ContextType, RequireFields<QueryAwardPaymentsArgs, 'applicationId'>>;
  booking?: Resolver<Maybe<ResolversTypes['Booking']>, ParentType, ContextType, RequireFields<QueryBookingArgs, 'id'>>;
  certAuditTrail?: Resolver<Array<ResolversTypes['CertAuditEntry']>, ParentType, ContextType, Partial<QueryCertAuditTrailArgs>>;
  certPrograms?: Resolver<Array<ResolversTypes['CertProgram']>, ParentType, ContextType, Partial<QueryCertProgramsArgs>>;
  certifiedEnterprises?: Resolver<Array<ResolversTypes['CertifiedEnterprise']>, ParentType, ContextType, Partial<QueryCertifiedEnterprisesArgs>>;
  cooperationAgreement?: Resolver<Maybe<ResolversTypes['CooperationAgreement']>, ParentType, ContextType, RequireFields<QueryCooperationAgreementArgs, 'id'>>;
  cooperationAgreements?: Resolver<ResolversTypes['CooperationAgreementConnection'], ParentType, ContextType, Partial<QueryCooperationAgreementsArgs>>;
  cooperationFigures?: Resolver<ResolversTypes['CooperationFigures'], ParentType, ContextType, RequireFields<QueryCooperationFiguresArgs, 'organizationId'>>;
  declaration?: Resolver<Maybe<ResolversTypes['Declaration']>, ParentType, ContextType, RequireFields<QueryDeclarationArgs, 'id'>>;
  declarations?: Resolver<Array<ResolversTypes['Declaration']>, ParentType, ContextType, Partial<QueryDeclarationsArgs>>;
  evaluationRun?: Resolver<Maybe<ResolversTypes['EvaluationRun']>, ParentType, ContextType, RequireFields<QueryEvaluationRunArgs, 'id'>>;
  evaluationRuns?: Resolver<Array<ResolversTypes['EvaluationRun']>, ParentType, ContextType, Partial<QueryEvaluationRunsArgs>>;
  graduatePlacements?: Resolver<ResolversTypes['GraduatePlacementConnection'], ParentType, ContextType, Partial<QueryGraduatePlacementsArgs>>;
  grantApplication?: Resolver<Maybe<ResolversTypes['GrantApplication']>, ParentType, ContextType, RequireFields<QueryGrantApplicationArgs, 'id'>>;
  grantApplications?: Resolver<ResolversTypes['GrantApplicationConnection'], ParentType, ContextType, Partial<QueryGrantApplicationsArgs>>;
  grantAuditTrail?: Resolver<ResolversTypes['GrantAuditEntryConnection'], ParentType, ContextType, Partial<QueryGrantAuditTrailArgs>>;
  grantEligibility?: Resolver<ResolversTypes['EligibilityReport'], ParentType, ContextType, RequireFields<QueryGrantEligibilityArgs, 'allianceId' | 'programId'>>;
  grantProgram?: Resolver<Maybe<ResolversTypes['GrantProgram']>, ParentType, ContextType, RequireFields<QueryGrantProgramArgs, 'id'>>;
  grantPrograms?: Resolver<Array<ResolversTypes['GrantProgram']>, ParentType, ContextType, Partial<QueryGrantProgramsArgs>>;
  grantStandings?: Resolver<ResolversTypes['GrantStandingConnection'], ParentType, ContextType, Partial<QueryGrantStandingsArgs>>;
  indicatorSystems?: Resolver<Array<ResolversTypes['IndicatorSystem']>, ParentType, ContextType, Partial<QueryIndicatorSystemsArgs>>;
  internQuota?: Resolver<ResolversTypes['InternQuota'], ParentType, ContextType, RequireFields<QueryInternQuotaArgs, 'organizationId' | 'year'>>;
  internshipPlacement?: Resolver<Maybe<ResolversTypes['InternshipPlacement']>, ParentType, ContextType, RequireFields<QueryInternshipPlacementArgs, 'id'>>;
  internshipPlacements?: Resolver<ResolversTypes['InternshipPlacementConnection'], ParentType, ContextType, Partial<QueryInternshipPlacementsArgs>>;
  listing?: Resolver<Maybe<ResolversTypes['Listing']>, ParentType, ContextType, RequireFields<QueryListingArgs, 'id'>>;
  listingIndustries?: Resolver<Array<ResolversTypes['Industry']>, ParentType, ContextType>;
  listingInterests?: Resolver<ResolversTypes['ListingInterestConnection'], ParentType, ContextType, Partial<QueryListingInterestsArgs>>;
  listingRecommendations?: Resolver<ResolversTypes['ListingRecommendations'], ParentType, ContextType, RequireFields<QueryListingRecommendationsArgs, 'listingId'>>;
  matchmakingEvent?: Resolver<Maybe<ResolversTypes['MatchmakingEvent']>, ParentType, ContextType, RequireFields<QueryMatchmakingEventArgs, 'id'>>;
  matchmakingEvents?: Resolver<ResolversTypes['MatchmakingEventConnection'], ParentType, ContextType, Partial<QueryMatchmakingEventsArgs>>;
  matchmakingYearFigures?: Resolver<ResolversTypes['MatchmakingYearFigures'], ParentType, ContextType, RequireFields<QueryMatchmakingYearFiguresArgs, 'year'>>;
  me?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
  membership?: Resolver<Maybe<ResolversTypes['Membership']>, ParentType, ContextType, RequireFields<QueryMembershipArgs, 'id'>>;
  myBookings?: Resolver<Array<ResolversTypes['Booking']>, ParentType, ContextType, Partial<QueryMyBookingsArgs>>;
  myListings?: Resolver<ResolversTypes['ListingConnection'], ParentType, ContextType, Partial<QueryMyListingsArgs>>;
  notificationPreferences?: Resolver<ResolversTypes['NotificationPreferences'], ParentType, ContextType>;
  notifications?: Resolver<ResolversTypes['NotificationConnection'], ParentType, ContextType, Partial<QueryNotificationsArgs>>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType, RequireFields<QueryOrganizationArgs, 'id'>>;
  organizations?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, Partial<QueryOrganizationsArgs>>;
  pilotCities?: Resolver<Array<ResolversTypes['PilotCity']>, ParentType, ContextType, Partial<QueryPilotCitiesArgs>>;
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType, RequireFields<QueryProjectArgs, 'id'>>;
  publicNotices?: Resolver<Array<ResolversTypes['PublicNotice']>, ParentType, ContextType, Partial<QueryPublicNoticesArgs>>;
  publicRankings?: Resolver<Array<ResolversTypes['PublicRanking']>, ParentType, ContextType, Partial<QueryPublicRankingsArgs>>;
  retentionRates?: Resolver<ResolversTypes['RetentionRates'], ParentType, ContextType, Partial<QueryRetentionRatesArgs>>;
  revenueAgreement?: Resolver<Maybe<ResolversTypes['RevenueAgreement']>, ParentType, ContextType, RequireFields<QueryRevenueAgreementArgs, 'id'>>;
  revenueAgreementStatement?: Resolver<ResolversTypes['RevenueAgreementStatement'], ParentType, ContextType, RequireFields<QueryRevenueAgreementStatementArgs, 'agreementId' | 'from' | 'to'>>;
  revenueAgreements?: Resolver<ResolversTypes['RevenueAgreementConnection'], ParentType, ContextType, RequireFields<QueryRevenueAgreementsArgs, 'organizationId'>>;
  revenuePolicies?: Resolver<Array<ResolversTypes['RevenuePolicy']>, ParentType, ContextType>;
  revenuePolicy?: Resolver<Maybe<ResolversTypes['RevenuePolicy']>, ParentType, ContextType, RequireFields<QueryRevenuePolicyArgs, 'code'>>;
  revenuePolicyInForce?: Resolver<Maybe<ResolversTypes['RevenuePolicy']>, ParentType, ContextType, RequireFields<QueryRevenuePolicyInForceArgs, 'date' | 'regionCode'>>;
  revenueStatement?: Resolver<ResolversTypes['RevenueStatement'], ParentType, ContextType, RequireFields<QueryRevenueStatementArgs, 'from' | 'organizationId' | 'to'>>;
  savedSearches?: Resolver<ResolversTypes['SavedSearchConnection'], ParentType, ContextType, Partial<QuerySavedSearchesArgs>>;
  searchListings?: Resolver<ResolversTypes['ListingSearchResult'], ParentType, ContextType, RequireFields<QuerySearchListingsArgs, 'sort'>>;
  subsidyClaimPreview?: Resolver<ResolversTypes['ClaimEvidence'], ParentType, ContextType, RequireFields<QuerySubsidyClaimPreviewArgs, 'input'>>;
  subsidyClaims?: Resolver<ResolversTypes['SubsidyClaimConnection'], ParentType, ContextType, Partial<QuerySubsidyClaimsArgs>>;
  subsidyPolicies?: Resolver<Array<ResolversTypes['SubsidyPolicy']>, ParentType, ContextType, Partial<QuerySubsidyPoliciesArgs>>;
  trainingBase?: Resolver<Maybe<ResolversTypes['TrainingBase']>, ParentType, ContextType, RequireFields<QueryTrainingBaseArgs, 'id'>>;
  unreadNotificationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RecommendationReasonResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RecommendationReason'] = ResolversParentTypes['RecommendationReason']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<RecommendationReasonTextArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReformItemResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ReformItem'] = ResolversParentTypes['ReformItem']> = {
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deadline?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['ReformItemChange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  list?: Resolver<ResolversTypes['ReformListKind'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReformItemStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReformItemChangeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ReformItemChange'] = ResolversParentTypes['ReformItemChange']> = {
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  on?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReformItemStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RetentionRatesResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RetentionRates'] = ResolversParentTypes['RetentionRates']> = {
  confirmed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  graduates?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  local?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  localBp?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  retained?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  retentionBp?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RevenueAgreementResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RevenueAgreement'] = ResolversParentTypes['RevenueAgreement']> = {
  alliance?: Resolver<ResolversTypes['Alliance'], ParentType, ContextType>;
  deductionKinds?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  effectiveFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  outputIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  parties?: Resolver<Array<ResolversTypes['RevenueParty']>, ParentType, ContextType>;
  policy?: Resolver<ResolversTypes['RevenuePolicy'], ParentType, ContextType>;
  projectId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  statement?: Resolver<ResolversTypes['RevenueAgreementStatement'], ParentType, ContextType, RequireFields<RevenueAgreementStatementArgs, 'from' | 'to'>>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  versionOn?: Resolver<Maybe<ResolversTypes['RevenueAgreementVersion']>, ParentType, ContextType, RequireFields<RevenueAgreementVersionOnArgs, 'date'>>;
  versions?: Resolver<Array<ResolversTypes['RevenueAgreementVersion']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RevenueAgreementConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RevenueAgreementConnection'] = ResolversParentTypes['RevenueAgreementConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RevenueAgreementEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RevenueAgreementEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RevenueAgreementEdge'] = ResolversParentTypes['RevenueAgreementEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['RevenueAgreement'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RevenueAgreementStatementResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RevenueAgreementStatement'] = ResolversParentTypes['RevenueAgreementStatement']> = {
  agreement?: Resolver<ResolversTypes['RevenueAgreement'], ParentType, ContextType>;
  deductions?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  gross?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['RevenueAgreementStatementLine']>, ParentType, ContextType>;
  net?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  reconciled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  totals?: Resolver<Array<ResolversTypes['RevenueBeneficiaryTotal']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RevenueAgreementStatementLineResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RevenueAgreementStatementLine'] = ResolversParentTypes['RevenueAgreementStatementLine']> = {
  event?: Resolver<ResolversTypes['RevenueEvent'], ParentType, ContextType>;
  reconciled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  runningNet?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RevenueAgreementVersionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RevenueAgreementVersion'] = ResolversParentTypes['RevenueAgreementVersion']> = {
  deductionKinds?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  effectiveFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  parties?: Resolver<Array<ResolversTypes['RevenueParty']>, ParentType, ContextType>;
  policy?: Resolver<ResolversTypes['RevenuePolicy'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RevenueBeneficiaryTotalResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RevenueBeneficiaryTotal'] = ResolversParentTypes['RevenueBeneficiaryTotal']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  beneficiary?: Resolver<ResolversTypes['Beneficiary'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RevenueEventResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RevenueEvent'] = ResolversParentTypes['RevenueEvent']> = {
  agreement?: Resolver<ResolversTypes['RevenueAgreement'], ParentType, ContextType>;
  agreementVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  allocations?: Resolver<Array<ResolversTypes['Allocation']>, ParentType, ContextType>;
  deductions?: Resolver<Array<ResolversTypes['Deduction']>, ParentType, ContextType>;
  externalReference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  gross?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RevenueEventKind'], ParentType, ContextType>;
  net?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  receivedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reverses?: Resolver<Maybe<ResolversTypes['RevenueEvent']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RevenueInventorResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RevenueInventor'] = ResolversParentTypes['RevenueInventor']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  personId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  shareBp?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RevenuePartyResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RevenueParty'] = ResolversParentTypes['RevenueParty']> = {
  inventors?: Resolver<Array<ResolversTypes['RevenueInventor']>, ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  shareBp?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  teacherShareBp?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RevenuePolicyResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RevenuePolicy'] = ResolversParentTypes['RevenuePolicy']> = {
  changes?: Resolver<Array<ResolversTypes['RevenuePolicyChange']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  maxTeacherShareBp?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  minTeacherShareBp?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  regionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  versions?: Resolver<Array<ResolversTypes['RevenuePolicyVersion']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RevenuePolicyChangeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RevenuePolicyChange'] = ResolversParentTypes['RevenuePolicyChange']> = {
  action?: Resolver<ResolversTypes['RevenuePolicyChangeAction'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  byOrganization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RevenuePolicyVersionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RevenuePolicyVersion'] = ResolversParentTypes['RevenuePolicyVersion']> = {
  maxTeacherShareBp?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  minTeacherShareBp?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RevenueStatementResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RevenueStatement'] = ResolversParentTypes['RevenueStatement']> = {
  events?: Resolver<Array<ResolversTypes['RevenueEvent']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['RevenueStatementLine']>, ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  reconciled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RevenueStatementLineResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RevenueStatementLine'] = ResolversParentTypes['RevenueStatementLine']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  event?: Resolver<ResolversTypes['RevenueEvent'], ParentType, ContextType>;
  reconciled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  runningTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReviewResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Review'] = ResolversParentTypes['Review']> = {
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  conflictNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  conflictOfInterest?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reviewerId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reviewerOrganizationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  scores?: Resolver<Array<ResolversTypes['ReviewScore']>, ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  total?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReviewCriterionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ReviewCriterion'] = ResolversParentTypes['ReviewCriterion']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  maxScore?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReviewScoreResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ReviewScore'] = ResolversParentTypes['ReviewScore']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SavedSearchResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['SavedSearch'] = ResolversParentTypes['SavedSearch']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  filter?: Resolver<ResolversTypes['ListingFilter'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SavedSearchConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['SavedSearchConnection'] = ResolversParentTypes['SavedSearchConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SavedSearchEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SavedSearchEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['SavedSearchEdge'] = ResolversParentTypes['SavedSearchEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SavedSearch'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SchoolTypeCountResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['SchoolTypeCount'] = ResolversParentTypes['SchoolTypeCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  schoolType?: Resolver<ResolversTypes['SchoolType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SignedCopyResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['SignedCopy'] = ResolversParentTypes['SignedCopy']> = {
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  filename?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  uploadedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SignedCopyContentResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['SignedCopyContent'] = ResolversParentTypes['SignedCopyContent']> = {
  contentBase64?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  filename?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SlotResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Slot'] = ResolversParentTypes['Slot']> = {
  end?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  remaining?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SpendingLineResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['SpendingLine'] = ResolversParentTypes['SpendingLine']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SpendingReportResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['SpendingReport'] = ResolversParentTypes['SpendingReport']> = {
  filedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['SpendingLine']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SubsidyClaimResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['SubsidyClaim'] = ResolversParentTypes['SubsidyClaim']> = {
  awarded?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  claimant?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decisionNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['ClaimEvidence'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  periodFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  periodTo?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  policyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  policyKind?: Resolver<ResolversTypes['SubsidyPolicyKind'], ParentType, ContextType>;
  purpose?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requested?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SubsidyClaimStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SubsidyClaimConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['SubsidyClaimConnection'] = ResolversParentTypes['SubsidyClaimConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SubsidyClaimEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SubsidyClaimEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['SubsidyClaimEdge'] = ResolversParentTypes['SubsidyClaimEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SubsidyClaim'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SubsidyPolicyResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['SubsidyPolicy'] = ResolversParentTypes['SubsidyPolicy']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SubsidyPolicyKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parameters?: Resolver<ResolversTypes['SubsidyPolicyParameters'], ParentType, ContextType>;
  regionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SubsidyPolicyParametersResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['SubsidyPolicyParameters'] = ResolversParentTypes['SubsidyPolicyParameters']> = {
  continuousMonths?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  fixed?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  overBudget?: Resolver<Maybe<ResolversTypes['OverBudget']>, ParentType, ContextType>;
  perGraduate?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  perInternMonth?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  perPersonYear?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  yearlyBudget?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TrainingBaseResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['TrainingBase'] = ResolversParentTypes['TrainingBase']> = {
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  alliance?: Resolver<ResolversTypes['Alliance'], ParentType, ContextType>;
  availability?: Resolver<Array<ResolversTypes['Slot']>, ParentType, ContextType, RequireFields<TrainingBaseAvailabilityArgs, 'from' | 'to'>>;
  bookings?: Resolver<ResolversTypes['BookingConnection'], ParentType, ContextType, Partial<TrainingBaseBookingsArgs>>;
  calendarFeedUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  closedDates?: Resolver<Array<ResolversTypes['Date']>, ParentType, ContextType>;
  disciplines?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  host?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  internshipService?: Resolver<ResolversTypes['InternshipService'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openingHours?: Resolver<Array<ResolversTypes['OpeningHours']>, ParentType, ContextType>;
  requiresApproval?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rules?: Resolver<ResolversTypes['BookingRules'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TrainingBaseStatus'], ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  utilization?: Resolver<ResolversTypes['Utilization'], ParentType, ContextType, RequireFields<TrainingBaseUtilizationArgs, 'from' | 'to'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TrainingBaseConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['TrainingBaseConnection'] = ResolversParentTypes['TrainingBaseConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TrainingBaseEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TrainingBaseEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['TrainingBaseEdge'] = ResolversParentTypes['TrainingBaseEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TrainingBase'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UtilizationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Utilization'] = ResolversParentTypes['Utilization']> = {
  bookedStationHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  openStationHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  ratio?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ViewerResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type YearlyReportResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['YearlyReport'] = ResolversParentTypes['YearlyReport']> = {
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  filedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Resolvers<ContextType = GatewayContext> = {
  AgreementConfirmation?: AgreementConfirmationResolvers<ContextType>;
  AgreementObligation?: AgreementObligationResolvers<ContextType>;
  AgreementStatusChange?: AgreementStatusChangeResolvers<ContextType>;
  Alliance?: AllianceResolvers<ContextType>;
  AllianceConnection?: AllianceConnectionResolvers<ContextType>;
  AllianceEdge?: AllianceEdgeResolvers<ContextType>;
  AllianceLeadChange?: AllianceLeadChangeResolvers<ContextType>;
  AllianceStatusChange?: AllianceStatusChangeResolvers<ContextType>;
  Allocation?: AllocationResolvers<ContextType>;
  ApprenticeCohort?: ApprenticeCohortResolvers<ContextType>;
  ApprenticeCohortConnection?: ApprenticeCohortConnectionResolvers<ContextType>;
  ApprenticeCohortEdge?: ApprenticeCohortEdgeResolvers<ContextType>;
  Attachment?: AttachmentResolvers<ContextType>;
  AttendanceMonth?: AttendanceMonthResolvers<ContextType>;
  AwardPayment?: AwardPaymentResolvers<ContextType>;
  Booking?: BookingResolvers<ContextType>;
  BookingConnection?: BookingConnectionResolvers<ContextType>;
  BookingEdge?: BookingEdgeResolvers<ContextType>;
  BookingRules?: BookingRulesResolvers<ContextType>;
  CertAuditEntry?: CertAuditEntryResolvers<ContextType>;
  CertCondition?: CertConditionResolvers<ContextType>;
  CertProgram?: CertProgramResolvers<ContextType>;
  CertReviewer?: CertReviewerResolvers<ContextType>;
  CertifiedEnterprise?: CertifiedEnterpriseResolvers<ContextType>;
  ClaimEvidence?: ClaimEvidenceResolvers<ContextType>;
  ClaimEvidenceLine?: ClaimEvidenceLineResolvers<ContextType>;
  CohortStudent?: CohortStudentResolvers<ContextType>;
  ConditionCheck?: ConditionCheckResolvers<ContextType>;
  CooperationAgreement?: CooperationAgreementResolvers<ContextType>;
  CooperationAgreementConnection?: CooperationAgreementConnectionResolvers<ContextType>;
  CooperationAgreementEdge?: CooperationAgreementEdgeResolvers<ContextType>;
  CooperationFigures?: CooperationFiguresResolvers<ContextType>;
  CooperationSnapshot?: CooperationSnapshotResolvers<ContextType>;
  Criterion?: CriterionResolvers<ContextType>;
  CriterionResult?: CriterionResultResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Declaration?: DeclarationResolvers<ContextType>;
  DeclarationStep?: DeclarationStepResolvers<ContextType>;
  Deduction?: DeductionResolvers<ContextType>;
  DesignatedSizeYear?: DesignatedSizeYearResolvers<ContextType>;
  Disqualification?: DisqualificationResolvers<ContextType>;
  EligibilityCounts?: EligibilityCountsResolvers<ContextType>;
  EligibilityReport?: EligibilityReportResolvers<ContextType>;
  EvaluatedMember?: EvaluatedMemberResolvers<ContextType>;
  EvaluationOutcome?: EvaluationOutcomeResolvers<ContextType>;
  EvaluationRow?: EvaluationRowResolvers<ContextType>;
  EvaluationRun?: EvaluationRunResolvers<ContextType>;
  EventRegistration?: EventRegistrationResolvers<ContextType>;
  EventRegistrationConnection?: EventRegistrationConnectionResolvers<ContextType>;
  EventRegistrationEdge?: EventRegistrationEdgeResolvers<ContextType>;
  ExcludedMember?: ExcludedMemberResolvers<ContextType>;
  FacetCount?: FacetCountResolvers<ContextType>;
  FalseInformationFinding?: FalseInformationFindingResolvers<ContextType>;
  GraduatePlacement?: GraduatePlacementResolvers<ContextType>;
  GraduatePlacementConnection?: GraduatePlacementConnectionResolvers<ContextType>;
  GraduatePlacementEdge?: GraduatePlacementEdgeResolvers<ContextType>;
  GrantApplication?: GrantApplicationResolvers<ContextType>;
  GrantApplicationConnection?: GrantApplicationConnectionResolvers<ContextType>;
  GrantApplicationEdge?: GrantApplicationEdgeResolvers<ContextType>;
  GrantAuditEntry?: GrantAuditEntryResolvers<ContextType>;
  GrantAuditEntryConnection?: GrantAuditEntryConnectionResolvers<ContextType>;
  GrantAuditEntryEdge?: GrantAuditEntryEdgeResolvers<ContextType>;
  GrantAward?: GrantAwardResolvers<ContextType>;
  GrantProgram?: GrantProgramResolvers<ContextType>;
  GrantProgramChange?: GrantProgramChangeResolvers<ContextType>;
  GrantProgramTerms?: GrantProgramTermsResolvers<ContextType>;
  GrantStanding?: GrantStandingResolvers<ContextType>;
  GrantStandingConnection?: GrantStandingConnectionResolvers<ContextType>;
  GrantStandingEdge?: GrantStandingEdgeResolvers<ContextType>;
  GrantStandingsRebuild?: GrantStandingsRebuildResolvers<ContextType>;
  Indicator?: IndicatorResolvers<ContextType>;
  IndicatorSystem?: IndicatorSystemResolvers<ContextType>;
  IndicatorValue?: IndicatorValueResolvers<ContextType>;
  Industry?: IndustryResolvers<ContextType>;
  InternQuota?: InternQuotaResolvers<ContextType>;
  InternshipInsurance?: InternshipInsuranceResolvers<ContextType>;
  InternshipMentor?: InternshipMentorResolvers<ContextType>;
  InternshipPlacement?: InternshipPlacementResolvers<ContextType>;
  InternshipPlacementConnection?: InternshipPlacementConnectionResolvers<ContextType>;
  InternshipPlacementEdge?: InternshipPlacementEdgeResolvers<ContextType>;
  InternshipService?: InternshipServiceResolvers<ContextType>;
  InventorAllocation?: InventorAllocationResolvers<ContextType>;
  KindCount?: KindCountResolvers<ContextType>;
  LevyPolicy?: LevyPolicyResolvers<ContextType>;
  LevyStatement?: LevyStatementResolvers<ContextType>;
  LevyYear?: LevyYearResolvers<ContextType>;
  Listing?: ListingResolvers<ContextType>;
  ListingConnection?: ListingConnectionResolvers<ContextType>;
  ListingEdge?: ListingEdgeResolvers<ContextType>;
  ListingFacets?: ListingFacetsResolvers<ContextType>;
  ListingFilter?: ListingFilterResolvers<ContextType>;
  ListingHit?: ListingHitResolvers<ContextType>;
  ListingInterest?: ListingInterestResolvers<ContextType>;
  ListingInterestConnection?: ListingInterestConnectionResolvers<ContextType>;
  ListingInterestEdge?: ListingInterestEdgeResolvers<ContextType>;
  ListingRecommendation?: ListingRecommendationResolvers<ContextType>;
  ListingRecommendations?: ListingRecommendationsResolvers<ContextType>;
  ListingSearchResult?: ListingSearchResultResolvers<ContextType>;
  Major?: MajorResolvers<ContextType>;
  MatchConversion?: MatchConversionResolvers<ContextType>;
  MatchmakingEvent?: MatchmakingEventResolvers<ContextType>;
  MatchmakingEventConnection?: MatchmakingEventConnectionResolvers<ContextType>;
  MatchmakingEventEdge?: MatchmakingEventEdgeResolvers<ContextType>;
  MatchmakingEventFigures?: MatchmakingEventFiguresResolvers<ContextType>;
  MatchmakingKindFigures?: MatchmakingKindFiguresResolvers<ContextType>;
  MatchmakingOutcome?: MatchmakingOutcomeResolvers<ContextType>;
  MatchmakingYearFigures?: MatchmakingYearFiguresResolvers<ContextType>;
  MemberCounts?: MemberCountsResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  MembershipConnection?: MembershipConnectionResolvers<ContextType>;
  MembershipEdge?: MembershipEdgeResolvers<ContextType>;
  MembershipHistoryEntry?: MembershipHistoryEntryResolvers<ContextType>;
  Milestone?: MilestoneResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Notification?: NotificationResolvers<ContextType>;
  NotificationChannels?: NotificationChannelsResolvers<ContextType>;
  NotificationConnection?: NotificationConnectionResolvers<ContextType>;
  NotificationEdge?: NotificationEdgeResolvers<ContextType>;
  NotificationPreferences?: NotificationPreferencesResolvers<ContextType>;
  NotificationSubject?: NotificationSubjectResolvers<ContextType>;
  Objection?: ObjectionResolvers<ContextType>;
  OpeningHours?: OpeningHoursResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  OrganizationAssessment?: OrganizationAssessmentResolvers<ContextType>;
  OrganizationChange?: OrganizationChangeResolvers<ContextType>;
  OrganizationClassification?: OrganizationClassificationResolvers<ContextType>;
  OrganizationConnection?: OrganizationConnectionResolvers<ContextType>;
  OrganizationEdge?: OrganizationEdgeResolvers<ContextType>;
  OrganizationFacts?: OrganizationFactsResolvers<ContextType>;
  OrganizationRecommendation?: OrganizationRecommendationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PilotAchievement?: PilotAchievementResolvers<ContextType>;
  PilotCity?: PilotCityResolvers<ContextType>;
  PilotProgress?: PilotProgressResolvers<ContextType>;
  PilotTarget?: PilotTargetResolvers<ContextType>;
  PlacementStudent?: PlacementStudentResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  ProjectConnection?: ProjectConnectionResolvers<ContextType>;
  ProjectEdge?: ProjectEdgeResolvers<ContextType>;
  ProjectOutput?: ProjectOutputResolvers<ContextType>;
  ProjectParticipant?: ProjectParticipantResolvers<ContextType>;
  ProjectStatusChange?: ProjectStatusChangeResolvers<ContextType>;
  PublicNotice?: PublicNoticeResolvers<ContextType>;
  PublicRanking?: PublicRankingResolvers<ContextType>;
  PublicRankingRow?: PublicRankingRowResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecommendationReason?: RecommendationReasonResolvers<ContextType>;
  ReformItem?: ReformItemResolvers<ContextType>;
  ReformItemChange?: ReformItemChangeResolvers<ContextType>;
  RetentionRates?: RetentionRatesResolvers<ContextType>;
  RevenueAgreement?: RevenueAgreementResolvers<ContextType>;
  RevenueAgreementConnection?: RevenueAgreementConnectionResolvers<ContextType>;
  RevenueAgreementEdge?: RevenueAgreementEdgeResolvers<ContextType>;
  RevenueAgreementStatement?: RevenueAgreementStatementResolvers<ContextType>;
  RevenueAgreementStatementLine?: RevenueAgreementStatementLineResolvers<ContextType>;
  RevenueAgreementVersion?: RevenueAgreementVersionResolvers<ContextType>;
  RevenueBeneficiaryTotal?: RevenueBeneficiaryTotalResolvers<ContextType>;
  RevenueEvent?: RevenueEventResolvers<ContextType>;
  RevenueInventor?: RevenueInventorResolvers<ContextType>;
  RevenueParty?: RevenuePartyResolvers<ContextType>;
  RevenuePolicy?: RevenuePolicyResolvers<ContextType>;
  RevenuePolicyChange?: RevenuePolicyChangeResolvers<ContextType>;
  RevenuePolicyVersion?: RevenuePolicyVersionResolvers<ContextType>;
  RevenueStatement?: RevenueStatementResolvers<ContextType>;
  RevenueStatementLine?: RevenueStatementLineResolvers<ContextType>;
  Review?: ReviewResolvers<ContextType>;
  ReviewCriterion?: ReviewCriterionResolvers<ContextType>;
  ReviewScore?: ReviewScoreResolvers<ContextType>;
  SavedSearch?: SavedSearchResolvers<ContextType>;
  SavedSearchConnection?: SavedSearchConnectionResolvers<ContextType>;
  SavedSearchEdge?: SavedSearchEdgeResolvers<ContextType>;
  SchoolTypeCount?: SchoolTypeCountResolvers<ContextType>;
  SignedCopy?: SignedCopyResolvers<ContextType>;
  SignedCopyContent?: SignedCopyContentResolvers<ContextType>;
  Slot?: SlotResolvers<ContextType>;
  SpendingLine?: SpendingLineResolvers<ContextType>;
  SpendingReport?: SpendingReportResolvers<ContextType>;
  SubsidyClaim?: SubsidyClaimResolvers<ContextType>;
  SubsidyClaimConnection?: SubsidyClaimConnectionResolvers<ContextType>;
  SubsidyClaimEdge?: SubsidyClaimEdgeResolvers<ContextType>;
  SubsidyPolicy?: SubsidyPolicyResolvers<ContextType>;
  SubsidyPolicyParameters?: SubsidyPolicyParametersResolvers<ContextType>;
  TrainingBase?: TrainingBaseResolvers<ContextType>;
  TrainingBaseConnection?: TrainingBaseConnectionResolvers<ContextType>;
  TrainingBaseEdge?: TrainingBaseEdgeResolvers<ContextType>;
  Utilization?: UtilizationResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
  YearlyReport?: YearlyReportResolvers<ContextType>;
};

