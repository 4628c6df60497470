/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
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

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me?: { __typename?: 'Viewer', id: string, roles: Array<Role>, organization?: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind, regionCode: string, memberships: Array<{ __typename?: 'Membership', id: string, role: MembershipRole, status: MembershipStatus, alliance: { __typename?: 'Alliance', id: string, name: string, regionCode: string, status: AllianceStatus } }> } | null } | null };

export type NotificationInboxQueryVariables = Exact<{
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  locale?: InputMaybe<NotificationLocale>;
}>;


export type NotificationInboxQuery = { __typename?: 'Query', notifications: { __typename?: 'NotificationConnection', edges: Array<{ __typename?: 'NotificationEdge', node: { __typename?: 'Notification', id: string, kind: NotificationKind, title: string, body: string, link?: string | null, read: boolean, settled: boolean, createdAt: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type MarkNotificationsReadMutation = { __typename?: 'Mutation', markNotificationsRead: number };

export type MarkAllNotificationsReadMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkAllNotificationsReadMutation = { __typename?: 'Mutation', markAllNotificationsRead: number };

export type NotificationPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationPreferencesQuery = { __typename?: 'Query', notificationPreferences: { __typename?: 'NotificationPreferences', email?: string | null, locale: NotificationLocale, mailEnabled: boolean, kinds: Array<{ __typename?: 'NotificationChannels', kind: NotificationKind, inApp: boolean, email: boolean }> } };

export type SetNotificationPreferencesMutationVariables = Exact<{
  input: NotificationPreferencesInput;
}>;


export type SetNotificationPreferencesMutation = { __typename?: 'Mutation', setNotificationPreferences: { __typename?: 'NotificationPreferences', email?: string | null, locale: NotificationLocale, mailEnabled: boolean, kinds: Array<{ __typename?: 'NotificationChannels', kind: NotificationKind, inApp: boolean, email: boolean }> } };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { __typename?: 'Query', unreadNotificationCount: number };

export type AdminOrganizationsQueryVariables = Exact<{
  filter?: InputMaybe<OrganizationFilter>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AdminOrganizationsQuery = { __typename?: 'Query', organizations: { __typename?: 'OrganizationConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'OrganizationEdge', node: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind, schoolType?: SchoolType | null, creditCode: string, regionCode: string, aboveDesignatedSize?: boolean | null, createdAt: string, disqualifiedOn: boolean, disqualifications: Array<{ __typename?: 'Disqualification', id: string, reason: string, from: string, until: string, liftedAt?: string | null, liftReason?: string | null, futureBookings: FutureBookingsChoice, createdAt: string, imposedBy?: { __typename?: 'Organization', id: string, name: string } | null }>, history: Array<{ __typename?: 'OrganizationChange', field: OrganizationChangeField, effectiveDate: string, reason: string, at: string, by: string, oldValues: { __typename?: 'OrganizationFacts', name?: string | null, regionCode?: string | null, kind?: OrganizationKind | null, schoolType?: SchoolType | null, aboveDesignatedSize?: boolean | null }, newValues: { __typename?: 'OrganizationFacts', name?: string | null, regionCode?: string | null, kind?: OrganizationKind | null, schoolType?: SchoolType | null, aboveDesignatedSize?: boolean | null } }> } }> } };

export type AdminRegisterOrganizationMutationVariables = Exact<{
  input: RegisterOrganizationInput;
}>;


export type AdminRegisterOrganizationMutation = { __typename?: 'Mutation', registerOrganization: { __typename?: 'Organization', id: string, name: string } };

export type AdminUpdateOrganizationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateOrganizationInput;
  effectiveDate?: InputMaybe<Scalars['Date']['input']>;
  reason: Scalars['String']['input'];
}>;


export type AdminUpdateOrganizationMutation = { __typename?: 'Mutation', updateOrganization: { __typename?: 'Organization', id: string, name: string, regionCode: string, kind: OrganizationKind, schoolType?: SchoolType | null } };

export type CoopAgreementsQueryVariables = Exact<{
  organizationId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type CoopAgreementsQuery = { __typename?: 'Query', cooperationAgreements: { __typename?: 'CooperationAgreementConnection', edges: Array<{ __typename?: 'CooperationAgreementEdge', node: { __typename?: 'CooperationAgreement', id: string, type: AgreementType, title: string, status: AgreementStatus, revision: number, startOn?: string | null, endOn?: string | null, parties: Array<{ __typename?: 'Organization', id: string, name: string, kind: OrganizationKind }>, confirmedBy: Array<{ __typename?: 'AgreementConfirmation', at: string, organization: { __typename?: 'Organization', id: string, name: string } }>, signedCopy?: { __typename?: 'SignedCopy', filename: string, size: number } | null } }> } };

export type CoopOrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type CoopOrganizationsQuery = { __typename?: 'Query', organizations: { __typename?: 'OrganizationConnection', edges: Array<{ __typename?: 'OrganizationEdge', node: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind } }> } };

export type CoopCreateDraftMutationVariables = Exact<{
  input: CreateAgreementDraftInput;
}>;


export type CoopCreateDraftMutation = { __typename?: 'Mutation', createAgreementDraft: { __typename?: 'CooperationAgreement', id: string, status: AgreementStatus } };

export type CoopConfirmMutationVariables = Exact<{
  agreementId: Scalars['ID']['input'];
  revision: Scalars['Int']['input'];
}>;


export type CoopConfirmMutation = { __typename?: 'Mutation', confirmAgreement: { __typename?: 'CooperationAgreement', id: string, status: AgreementStatus } };

export type CoopUploadMutationVariables = Exact<{
  agreementId: Scalars['ID']['input'];
  filename: Scalars['String']['input'];
  contentBase64: Scalars['String']['input'];
}>;


export type CoopUploadMutation = { __typename?: 'Mutation', uploadAgreementSignedCopy: { __typename?: 'CooperationAgreement', id: string, signedCopy?: { __typename?: 'SignedCopy', filename: string, size: number } | null } };

export type CoopAllianceFiguresQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
}>;


export type CoopAllianceFiguresQuery = { __typename?: 'Query', allianceCooperationFigures: { __typename?: 'CooperationFigures', agreementsInForce: number, agreementsTotal: number, placements: number, internPersonMonths: number, apprentices: number, orderClassStudents: number, graduatesPlaced: number, graduatesRetained: number } };

export type CoopFunderClaimsQueryVariables = Exact<{ [key: string]: never; }>;


export type CoopFunderClaimsQuery = { __typename?: 'Query', subsidyClaims: { __typename?: 'SubsidyClaimConnection', edges: Array<{ __typename?: 'SubsidyClaimEdge', node: { __typename?: 'SubsidyClaim', id: string, policyKind: SubsidyPolicyKind, status: SubsidyClaimStatus, periodFrom: string, periodTo: string, purpose?: string | null, claimant: { __typename?: 'Organization', id: string, name: string }, requested: { __typename?: 'Money', amount: string, currency: string }, awarded?: { __typename?: 'Money', amount: string, currency: string } | null, evidence: { __typename?: 'ClaimEvidence', quantity: number, formula: string } } }> } };

export type CoopDecideMutationVariables = Exact<{
  claimId: Scalars['ID']['input'];
  decision: ClaimDecision;
  purpose?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type CoopDecideMutation = { __typename?: 'Mutation', decideSubsidyClaim: { __typename?: 'SubsidyClaim', id: string, status: SubsidyClaimStatus, awarded?: { __typename?: 'Money', amount: string, currency: string } | null } };

export type CoopPlacementsQueryVariables = Exact<{
  organizationId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type CoopPlacementsQuery = { __typename?: 'Query', internshipPlacements: { __typename?: 'InternshipPlacementConnection', edges: Array<{ __typename?: 'InternshipPlacementEdge', node: { __typename?: 'InternshipPlacement', id: string, startOn: string, endOn: string, headcount: number, school: { __typename?: 'Organization', id: string, name: string }, host: { __typename?: 'Organization', id: string, name: string }, monthlyPay: { __typename?: 'Money', amount: string, currency: string }, insurance: { __typename?: 'InternshipInsurance', insurer: string, policyNumber: string, coverFrom: string, coverTo: string, premiumPaidBy: PremiumPayer }, mentor: { __typename?: 'InternshipMentor', name: string, title?: string | null }, students: Array<{ __typename?: 'PlacementStudent', studentNumber: string, name: string }>, attendance: Array<{ __typename?: 'AttendanceMonth', month: string, attendedCount: number }> } }> } };

export type CoopPlaceMutationVariables = Exact<{
  input: CreatePlacementInput;
}>;


export type CoopPlaceMutation = { __typename?: 'Mutation', createInternshipPlacement: { __typename?: 'InternshipPlacement', id: string, headcount: number } };

export type CoopAttendMutationVariables = Exact<{
  placementId: Scalars['ID']['input'];
  month: Scalars['String']['input'];
}>;


export type CoopAttendMutation = { __typename?: 'Mutation', confirmInternshipAttendance: { __typename?: 'AttendanceMonth', id: string, month: string, attendedCount: number } };

export type CoopCohortsQueryVariables = Exact<{
  organizationId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type CoopCohortsQuery = { __typename?: 'Query', apprenticeCohorts: { __typename?: 'ApprenticeCohortConnection', edges: Array<{ __typename?: 'ApprenticeCohortEdge', node: { __typename?: 'ApprenticeCohort', id: string, kind: CohortKind, name: string, major: string, startOn: string, endOn: string, trainingHours: number, headcount: number, enterprise: { __typename?: 'Organization', id: string, name: string }, school: { __typename?: 'Organization', id: string, name: string } } }> }, graduatePlacements: { __typename?: 'GraduatePlacementConnection', edges: Array<{ __typename?: 'GraduatePlacementEdge', node: { __typename?: 'GraduatePlacement', id: string, name: string, studentNumber: string, major: string, startOn: string, retained?: boolean | null, employer: { __typename?: 'Organization', id: string, name: string } } }> }, subsidyClaims: { __typename?: 'SubsidyClaimConnection', edges: Array<{ __typename?: 'SubsidyClaimEdge', node: { __typename?: 'SubsidyClaim', id: string, policyKind: SubsidyPolicyKind, status: SubsidyClaimStatus, periodFrom: string, periodTo: string, requested: { __typename?: 'Money', amount: string, currency: string }, awarded?: { __typename?: 'Money', amount: string, currency: string } | null, evidence: { __typename?: 'ClaimEvidence', quantity: number, formula: string } } }> } };

export type FunderApplicationsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type FunderApplicationsQuery = { __typename?: 'Query', grantApplications: { __typename?: 'GrantApplicationConnection', edges: Array<{ __typename?: 'GrantApplicationEdge', node: { __typename?: 'GrantApplication', id: string, status: ApplicationStatus, submittedAt: string, decidedAt?: string | null, decisionNote?: string | null, alliance: { __typename?: 'Alliance', id: string, name: string }, program: { __typename?: 'GrantProgram', id: string, name: string, code: string, awardAmount: { __typename?: 'Money', amount: string, currency: string } }, evaluation: { __typename?: 'EligibilityReport', eligible: boolean, asOf: string, shortfall: Array<string> }, award?: { __typename?: 'GrantAward', awardedOn: string, amount: { __typename?: 'Money', amount: string, currency: string } } | null } }> } };

export type DecideGrantApplicationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  decision: Decision;
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type DecideGrantApplicationMutation = { __typename?: 'Mutation', decideGrantApplication: { __typename?: 'GrantApplication', id: string, status: ApplicationStatus, decidedAt?: string | null, decisionNote?: string | null, award?: { __typename?: 'GrantAward', awardedOn: string, amount: { __typename?: 'Money', amount: string, currency: string } } | null } };

export type FunderAuditTrailQueryVariables = Exact<{
  programId?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type FunderAuditTrailQuery = { __typename?: 'Query', grantAuditTrail: { __typename?: 'GrantAuditEntryConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'GrantAuditEntryEdge', node: { __typename?: 'GrantAuditEntry', id: string, action: GrantAuditAction, at: string, by: string, note?: string | null, byOrganization?: { __typename?: 'Organization', id: string, name: string } | null, program?: { __typename?: 'GrantProgram', id: string, name: string } | null, alliance?: { __typename?: 'Alliance', id: string, name: string } | null, organization?: { __typename?: 'Organization', id: string, name: string } | null } }> } };

export type RegionOrganizationsQueryVariables = Exact<{
  region: Scalars['String']['input'];
}>;


export type RegionOrganizationsQuery = { __typename?: 'Query', organizations: { __typename?: 'OrganizationConnection', edges: Array<{ __typename?: 'OrganizationEdge', node: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind, disqualifications: Array<{ __typename?: 'Disqualification', id: string, reason: string, from: string, until: string, liftedAt?: string | null, liftReason?: string | null }> } }> } };

export type DisqualifyOrganizationMutationVariables = Exact<{
  organizationId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  from?: InputMaybe<Scalars['Date']['input']>;
  until?: InputMaybe<Scalars['Date']['input']>;
  futureBookings?: InputMaybe<FutureBookingsChoice>;
}>;


export type DisqualifyOrganizationMutation = { __typename?: 'Mutation', disqualifyOrganization: { __typename?: 'Disqualification', id: string, from: string, until: string } };

export type LiftDisqualificationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type LiftDisqualificationMutation = { __typename?: 'Mutation', liftDisqualification: { __typename?: 'Disqualification', id: string, liftedAt?: string | null } };

export type FunderProgramsQueryVariables = Exact<{
  funderId: Scalars['ID']['input'];
}>;


export type FunderProgramsQuery = { __typename?: 'Query', grantPrograms: Array<{ __typename?: 'GrantProgram', id: string, code: string, name: string, regionCode: string, awardAmount: { __typename?: 'Money', amount: string, currency: string } }> };

export type FunderProgramsFullQueryVariables = Exact<{
  funderId: Scalars['ID']['input'];
}>;


export type FunderProgramsFullQuery = { __typename?: 'Query', grantPrograms: Array<{ __typename?: 'GrantProgram', id: string, code: string, name: string, regionCode: string, opensOn?: string | null, closesOn?: string | null, closedAt?: string | null, closeReason?: string | null, awardAmount: { __typename?: 'Money', amount: string, currency: string }, criteria: Array<{ __typename?: 'Criterion', kind: CriterionKind, threshold?: number | null, description: string }>, history: Array<{ __typename?: 'GrantProgramChange', action: GrantProgramChangeAction, at: string, by: string, reason: string, newValues: { __typename?: 'GrantProgramTerms', name?: string | null, opensOn?: string | null, closesOn?: string | null, awardAmount?: { __typename?: 'Money', amount: string, currency: string } | null } }> }> };

export type FunderCreateProgramMutationVariables = Exact<{
  input: CreateGrantProgramInput;
}>;


export type FunderCreateProgramMutation = { __typename?: 'Mutation', createGrantProgram: { __typename?: 'GrantProgram', id: string, code: string, name: string } };

export type FunderUpdateProgramMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateGrantProgramInput;
  reason: Scalars['String']['input'];
}>;


export type FunderUpdateProgramMutation = { __typename?: 'Mutation', updateGrantProgram: { __typename?: 'GrantProgram', id: string, name: string, opensOn?: string | null, closesOn?: string | null, awardAmount: { __typename?: 'Money', amount: string, currency: string } } };

export type FunderCloseProgramMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type FunderCloseProgramMutation = { __typename?: 'Mutation', closeGrantProgram: { __typename?: 'GrantProgram', id: string, closedAt?: string | null } };

export type EligibilityReportQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
  programId: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['Date']['input']>;
}>;


export type EligibilityReportQuery = { __typename?: 'Query', grantEligibility: { __typename?: 'EligibilityReport', eligible: boolean, asOf: string, shortfall: Array<string>, allianceStatus?: AllianceStatus | null, awardAmount: { __typename?: 'Money', amount: string, currency: string }, recipient: { __typename?: 'Organization', id: string, name: string }, criteria: Array<{ __typename?: 'CriterionResult', kind: CriterionKind, description: string, required?: number | null, actual?: number | null, passed: boolean, detail?: string | null }>, counts: { __typename?: 'EligibilityCounts', total: number, schools: number, enterprises: number, distinctSchoolTypes: number }, countedMembers: Array<{ __typename?: 'Organization', id: string, name: string, kind: OrganizationKind, schoolType?: SchoolType | null }>, excludedMembers: Array<{ __typename?: 'ExcludedMember', name?: string | null, reason: string, organization: { __typename?: 'Organization', id: string, name: string } }> } };

export type StandingsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type StandingsQuery = { __typename?: 'Query', grantStandings: { __typename?: 'GrantStandingConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'GrantStandingEdge', node: { __typename?: 'GrantStanding', allianceName: string, regionCode: string, eligible: boolean, shortfall: Array<string>, schools: number, enterprises: number, distinctSchoolTypes: number, evaluatedOn: string, applicationStatus?: ApplicationStatus | null, awarded: boolean, alliance: { __typename?: 'Alliance', id: string }, program: { __typename?: 'GrantProgram', id: string } } }> } };

export type JoinMyMembershipsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type JoinMyMembershipsQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, regionCode: string, disqualifiedOn: boolean, memberships: Array<{ __typename?: 'Membership', id: string, role: MembershipRole, status: MembershipStatus, initiatedBy: MembershipInitiation, joinedAt?: string | null, endedAt?: string | null, alliance: { __typename?: 'Alliance', id: string, name: string, regionCode: string, status: AllianceStatus, lead: { __typename?: 'Organization', id: string, name: string } } }> } | null };

export type JoinAlliancesQueryVariables = Exact<{
  filter?: InputMaybe<AllianceFilter>;
}>;


export type JoinAlliancesQuery = { __typename?: 'Query', alliances: { __typename?: 'AllianceConnection', edges: Array<{ __typename?: 'AllianceEdge', node: { __typename?: 'Alliance', id: string, name: string, regionCode: string, status: AllianceStatus, industries: Array<string>, foundedOn: string, lead: { __typename?: 'Organization', id: string, name: string } } }> } };

export type JoinAcceptInvitationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  effectiveDate?: InputMaybe<Scalars['Date']['input']>;
}>;


export type JoinAcceptInvitationMutation = { __typename?: 'Mutation', approveMembership: { __typename?: 'Membership', id: string, status: MembershipStatus, joinedAt?: string | null } };

export type JoinDeclineInvitationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type JoinDeclineInvitationMutation = { __typename?: 'Mutation', rejectMembership: { __typename?: 'Membership', id: string, status: MembershipStatus } };

export type JoinApplyMutationVariables = Exact<{
  allianceId: Scalars['ID']['input'];
  organizationId: Scalars['ID']['input'];
}>;


export type JoinApplyMutation = { __typename?: 'Mutation', applyForMembership: { __typename?: 'Membership', id: string, status: MembershipStatus } };

export type JoinFoundAllianceMutationVariables = Exact<{
  input: CreateAllianceInput;
}>;


export type JoinFoundAllianceMutation = { __typename?: 'Mutation', createAlliance: { __typename?: 'Alliance', id: string, name: string, status: AllianceStatus } };

export type LeadAllianceStatusQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LeadAllianceStatusQuery = { __typename?: 'Query', alliance?: { __typename?: 'Alliance', id: string, name: string, status: AllianceStatus, foundedOn: string, statusHistory: Array<{ __typename?: 'AllianceStatusChange', status: AllianceStatus, from: string, recordedAt: string }> } | null };

export type LeadSetAllianceStatusMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  status: AllianceStatus;
  effectiveDate?: InputMaybe<Scalars['Date']['input']>;
}>;


export type LeadSetAllianceStatusMutation = { __typename?: 'Mutation', setAllianceStatus: { __typename?: 'Alliance', id: string, status: AllianceStatus } };

export type LeadProgramsQueryVariables = Exact<{
  region: Scalars['String']['input'];
  allianceId: Scalars['ID']['input'];
}>;


export type LeadProgramsQuery = { __typename?: 'Query', grantPrograms: Array<{ __typename?: 'GrantProgram', id: string, code: string, name: string, opensOn?: string | null, closesOn?: string | null, awardAmount: { __typename?: 'Money', amount: string, currency: string }, funder: { __typename?: 'Organization', id: string, name: string } }>, grantApplications: { __typename?: 'GrantApplicationConnection', edges: Array<{ __typename?: 'GrantApplicationEdge', node: { __typename?: 'GrantApplication', id: string, status: ApplicationStatus, submittedAt: string, program: { __typename?: 'GrantProgram', id: string }, award?: { __typename?: 'GrantAward', awardedOn: string, amount: { __typename?: 'Money', amount: string, currency: string } } | null } }> } };

export type LeadEligibilityQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
  programId: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['Date']['input']>;
}>;


export type LeadEligibilityQuery = { __typename?: 'Query', grantEligibility: { __typename?: 'EligibilityReport', eligible: boolean, asOf: string, shortfall: Array<string>, awardAmount: { __typename?: 'Money', amount: string, currency: string }, criteria: Array<{ __typename?: 'CriterionResult', kind: CriterionKind, description: string, required?: number | null, actual?: number | null, passed: boolean, detail?: string | null }> } };

export type SubmitGrantApplicationMutationVariables = Exact<{
  allianceId: Scalars['ID']['input'];
  programId: Scalars['ID']['input'];
}>;


export type SubmitGrantApplicationMutation = { __typename?: 'Mutation', submitGrantApplication: { __typename?: 'GrantApplication', id: string, status: ApplicationStatus, submittedAt: string } };

export type InviteCandidatesQueryVariables = Exact<{
  region?: InputMaybe<Scalars['String']['input']>;
}>;


export type InviteCandidatesQuery = { __typename?: 'Query', organizations: { __typename?: 'OrganizationConnection', edges: Array<{ __typename?: 'OrganizationEdge', node: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind } }> } };

export type InviteMemberMutationVariables = Exact<{
  allianceId: Scalars['ID']['input'];
  organizationId: Scalars['ID']['input'];
}>;


export type InviteMemberMutation = { __typename?: 'Mutation', inviteMember: { __typename?: 'Membership', id: string, status: MembershipStatus } };

export type LeadMembersQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LeadMembersQuery = { __typename?: 'Query', alliance?: { __typename?: 'Alliance', id: string, regionCode: string, members: { __typename?: 'MembershipConnection', totalCount: number, edges: Array<{ __typename?: 'MembershipEdge', node: { __typename?: 'Membership', id: string, role: MembershipRole, status: MembershipStatus, joinedAt?: string | null, endedAt?: string | null, initiatedBy: MembershipInitiation, organization: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind, schoolType?: SchoolType | null, disqualifiedOn: boolean } } }> } } | null };

export type ApproveMembershipMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  effectiveDate?: InputMaybe<Scalars['Date']['input']>;
}>;


export type ApproveMembershipMutation = { __typename?: 'Mutation', approveMembership: { __typename?: 'Membership', id: string, status: MembershipStatus, joinedAt?: string | null } };

export type RejectMembershipMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type RejectMembershipMutation = { __typename?: 'Mutation', rejectMembership: { __typename?: 'Membership', id: string, status: MembershipStatus } };

export type EndMembershipMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  effectiveDate: Scalars['Date']['input'];
  reason: Scalars['String']['input'];
}>;


export type EndMembershipMutation = { __typename?: 'Mutation', endMembership: { __typename?: 'Membership', id: string, status: MembershipStatus, endedAt?: string | null } };

export type LeadOverviewQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['Date']['input']>;
}>;


export type LeadOverviewQuery = { __typename?: 'Query', alliance?: { __typename?: 'Alliance', id: string, name: string, status: AllianceStatus, regionCode: string, foundedOn: string, industries: Array<string>, lead: { __typename?: 'Organization', id: string, name: string }, memberCounts: { __typename?: 'MemberCounts', asOf: string, total: number, schools: number, enterprises: number, distinctSchoolTypes: number, byKind: Array<{ __typename?: 'KindCount', kind: OrganizationKind, count: number }>, bySchoolType: Array<{ __typename?: 'SchoolTypeCount', schoolType: SchoolType, count: number }> } } | null };

export type MatchmakingEventsQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type MatchmakingEventsQuery = { __typename?: 'Query', matchmakingEvents: { __typename?: 'MatchmakingEventConnection', edges: Array<{ __typename?: 'MatchmakingEventEdge', node: { __typename?: 'MatchmakingEvent', id: string, kind: MatchmakingEventKind, title: string, theme: string, date: string, startTime?: string | null, mode: MatchmakingMode, place: string, capacity: number, registered: number, seatsLeft: number, registrationMode: RegistrationMode, status: MatchmakingEventStatus, organizer?: { __typename?: 'Organization', id: string, name: string } | null } }> }, matchmakingYearFigures: { __typename?: 'MatchmakingYearFigures', year: number, events: number, enterprises: number, representatives: number, agreements: number } };

export type RegisterForMatchmakingEventMutationVariables = Exact<{
  eventId: Scalars['ID']['input'];
  organizationId: Scalars['ID']['input'];
}>;


export type RegisterForMatchmakingEventMutation = { __typename?: 'Mutation', registerForMatchmakingEvent: { __typename?: 'EventRegistration', id: string, status: EventRegistrationStatus, seatNo?: number | null } };

export type CreateMatchmakingEventMutationVariables = Exact<{
  input: CreateMatchmakingEventInput;
}>;


export type CreateMatchmakingEventMutation = { __typename?: 'Mutation', createMatchmakingEvent: { __typename?: 'MatchmakingEvent', id: string, title: string } };

export type MyListingsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyListingsQuery = { __typename?: 'Query', myListings: { __typename?: 'ListingConnection', edges: Array<{ __typename?: 'ListingEdge', node: { __typename?: 'Listing', id: string, kind: ListingKind, title: string, status: ListingStatus, validTo: string, publishedAt?: string | null } }> } };

export type ListingRecommendationsQueryVariables = Exact<{
  listingId: Scalars['ID']['input'];
  lang?: InputMaybe<Scalars['String']['input']>;
}>;


export type ListingRecommendationsQuery = { __typename?: 'Query', listingRecommendations: { __typename?: 'ListingRecommendations', listings: Array<{ __typename?: 'ListingRecommendation', score: number, listing: { __typename?: 'Listing', id: string, title: string, organizationName: string, regionName: string, kind: ListingKind }, reasons: Array<{ __typename?: 'RecommendationReason', code: string, points: number, text: string }> }> } };

export type ListingInterestsQueryVariables = Exact<{
  listingId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ListingInterestsQuery = { __typename?: 'Query', listingInterests: { __typename?: 'ListingInterestConnection', edges: Array<{ __typename?: 'ListingInterestEdge', node: { __typename?: 'ListingInterest', id: string, organizationName: string, message: string, status: InterestStatus, createdAt: string, conversion?: { __typename?: 'MatchConversion', kind: MatchConversionKind, id: string } | null } }> } };

export type DecideInterestMutationVariables = Exact<{
  interestId: Scalars['ID']['input'];
  accept: Scalars['Boolean']['input'];
}>;


export type DecideInterestMutation = { __typename?: 'Mutation', decideInterest: { __typename?: 'ListingInterest', id: string, status: InterestStatus } };

export type ConvertMatchMutationVariables = Exact<{
  input: ConvertMatchInput;
}>;


export type ConvertMatchMutation = { __typename?: 'Mutation', convertMatch: { __typename?: 'ListingInterest', id: string, conversion?: { __typename?: 'MatchConversion', kind: MatchConversionKind, id: string } | null } };

export type ListingIndustriesQueryVariables = Exact<{ [key: string]: never; }>;


export type ListingIndustriesQuery = { __typename?: 'Query', listingIndustries: Array<{ __typename?: 'Industry', code: string, name: string }> };

export type CreateListingMutationVariables = Exact<{
  input: CreateListingInput;
}>;


export type CreateListingMutation = { __typename?: 'Mutation', createListing: { __typename?: 'Listing', id: string, title: string, status: ListingStatus } };

export type SearchListingsQueryVariables = Exact<{
  filter?: InputMaybe<ListingFilterInput>;
  sort?: InputMaybe<ListingSort>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SearchListingsQuery = { __typename?: 'Query', searchListings: { __typename?: 'ListingSearchResult', total: number, terms: Array<string>, hits: Array<{ __typename?: 'ListingHit', score: number, listing: { __typename?: 'Listing', id: string, kind: ListingKind, title: string, description: string, organizationName: string, regionName: string, validTo: string, headcount?: number | null, periodFrom?: string | null, periodTo?: string | null, place?: string | null, payMin?: { __typename?: 'Money', amount: string } | null, payMax?: { __typename?: 'Money', amount: string } | null, majors: Array<{ __typename?: 'Major', code?: string | null, name: string }>, industries: Array<{ __typename?: 'Industry', code: string, name: string }> } }>, facets: { __typename?: 'ListingFacets', kind: Array<{ __typename?: 'FacetCount', value: string, label: string, count: number }>, region: Array<{ __typename?: 'FacetCount', value: string, label: string, count: number }>, industry: Array<{ __typename?: 'FacetCount', value: string, label: string, count: number }>, major: Array<{ __typename?: 'FacetCount', value: string, label: string, count: number }> } } };

export type ExpressInterestMutationVariables = Exact<{
  listingId: Scalars['ID']['input'];
  organizationId: Scalars['ID']['input'];
  message: Scalars['String']['input'];
}>;


export type ExpressInterestMutation = { __typename?: 'Mutation', expressInterest: { __typename?: 'ListingInterest', id: string, status: InterestStatus } };

export type BaseCalendarQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
}>;


export type BaseCalendarQuery = { __typename?: 'Query', trainingBase?: { __typename?: 'TrainingBase', id: string, availability: Array<{ __typename?: 'Slot', start: string, end: string, remaining: number }>, bookings: { __typename?: 'BookingConnection', edges: Array<{ __typename?: 'BookingEdge', node: { __typename?: 'Booking', id: string, start: string, end: string, headcount: number, status: BookingStatus, purpose: BookingPurpose, organization: { __typename?: 'Organization', id: string, name: string } } }> } } | null };

export type BookTrainingBaseMutationVariables = Exact<{
  input: BookTrainingBaseInput;
}>;


export type BookTrainingBaseMutation = { __typename?: 'Mutation', bookTrainingBase: Array<{ __typename?: 'Booking', id: string, start: string, end: string, status: BookingStatus, seriesId?: string | null }> };

export type MemberBasesQueryVariables = Exact<{ [key: string]: never; }>;


export type MemberBasesQuery = { __typename?: 'Query', me?: { __typename?: 'Viewer', id: string, organization?: { __typename?: 'Organization', id: string, memberships: Array<{ __typename?: 'Membership', id: string, status: MembershipStatus, alliance: { __typename?: 'Alliance', id: string, name: string, trainingBases: { __typename?: 'TrainingBaseConnection', edges: Array<{ __typename?: 'TrainingBaseEdge', node: { __typename?: 'TrainingBase', id: string, name: string, address?: string | null, timeZone: string, capacity: number, status: TrainingBaseStatus, requiresApproval: boolean, host: { __typename?: 'Organization', id: string, name: string }, openingHours: Array<{ __typename?: 'OpeningHours', weekday: number, opens: string, closes: string }> } }> } } }> } | null } | null };

export type BaseCalendarFeedQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BaseCalendarFeedQuery = { __typename?: 'Query', trainingBase?: { __typename?: 'TrainingBase', id: string, calendarFeedUrl: string } | null };

export type HostBasesQueryVariables = Exact<{ [key: string]: never; }>;


export type HostBasesQuery = { __typename?: 'Query', me?: { __typename?: 'Viewer', id: string, organization?: { __typename?: 'Organization', id: string, memberships: Array<{ __typename?: 'Membership', id: string, status: MembershipStatus, alliance: { __typename?: 'Alliance', id: string, name: string, trainingBases: { __typename?: 'TrainingBaseConnection', edges: Array<{ __typename?: 'TrainingBaseEdge', node: { __typename?: 'TrainingBase', id: string, name: string, capacity: number, timeZone: string, status: TrainingBaseStatus, host: { __typename?: 'Organization', id: string } } }> } } }> } | null } | null };

export type HostBaseDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
}>;


export type HostBaseDetailQuery = { __typename?: 'Query', trainingBase?: { __typename?: 'TrainingBase', id: string, name: string, capacity: number, timeZone: string, status: TrainingBaseStatus, requiresApproval: boolean, closedDates: Array<string>, openingHours: Array<{ __typename?: 'OpeningHours', weekday: number, opens: string, closes: string }>, utilization: { __typename?: 'Utilization', bookedStationHours: number, openStationHours: number, ratio: number }, pending: { __typename?: 'BookingConnection', edges: Array<{ __typename?: 'BookingEdge', node: { __typename?: 'Booking', id: string, start: string, end: string, headcount: number, purpose: BookingPurpose, organization: { __typename?: 'Organization', id: string, name: string } } }> } } | null };

export type HostApproveBookingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type HostApproveBookingMutation = { __typename?: 'Mutation', approveBooking: { __typename?: 'Booking', id: string, status: BookingStatus } };

export type HostRejectBookingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type HostRejectBookingMutation = { __typename?: 'Mutation', rejectBooking: { __typename?: 'Booking', id: string, status: BookingStatus } };

export type HostUpdateBaseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateTrainingBaseInput;
  cancelConflicting?: InputMaybe<Scalars['Boolean']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type HostUpdateBaseMutation = { __typename?: 'Mutation', updateTrainingBase: { __typename?: 'TrainingBase', id: string, capacity: number, status: TrainingBaseStatus, openingHours: Array<{ __typename?: 'OpeningHours', weekday: number, opens: string, closes: string }> } };

export type HostAddClosedMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  dates: Array<Scalars['Date']['input']> | Scalars['Date']['input'];
  cancelConflicting?: InputMaybe<Scalars['Boolean']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type HostAddClosedMutation = { __typename?: 'Mutation', addClosedDates: { __typename?: 'TrainingBase', id: string, closedDates: Array<string> } };

export type HostRemoveClosedMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  dates: Array<Scalars['Date']['input']> | Scalars['Date']['input'];
}>;


export type HostRemoveClosedMutation = { __typename?: 'Mutation', removeClosedDates: { __typename?: 'TrainingBase', id: string, closedDates: Array<string> } };

export type HostCreateBaseMutationVariables = Exact<{
  input: CreateTrainingBaseInput;
}>;


export type HostCreateBaseMutation = { __typename?: 'Mutation', createTrainingBase: { __typename?: 'TrainingBase', id: string, name: string } };

export type MyBookingsQueryVariables = Exact<{
  from?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type MyBookingsQuery = { __typename?: 'Query', myBookings: Array<{ __typename?: 'Booking', id: string, start: string, end: string, headcount: number, purpose: BookingPurpose, status: BookingStatus, seriesId?: string | null, reason?: string | null, base: { __typename?: 'TrainingBase', id: string, name: string, timeZone: string } }> };

export type CancelBookingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type CancelBookingMutation = { __typename?: 'Mutation', cancelBooking: { __typename?: 'Booking', id: string, status: BookingStatus } };

export type RevenueStatementQueryVariables = Exact<{
  organizationId: Scalars['ID']['input'];
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
}>;


export type RevenueStatementQuery = { __typename?: 'Query', revenueStatement: { __typename?: 'RevenueStatement', from: string, to: string, reconciled: boolean, total: { __typename?: 'Money', amount: string, currency: string }, lines: Array<{ __typename?: 'RevenueStatementLine', reconciled: boolean, amount: { __typename?: 'Money', amount: string, currency: string }, runningTotal: { __typename?: 'Money', amount: string, currency: string }, event: { __typename?: 'RevenueEvent', id: string, kind: RevenueEventKind, receivedOn: string, externalReference: string, gross: { __typename?: 'Money', amount: string, currency: string }, net: { __typename?: 'Money', amount: string, currency: string }, agreement: { __typename?: 'RevenueAgreement', id: string, title: string } } }> } };

export type MyDeclarationsQueryVariables = Exact<{
  org: Scalars['ID']['input'];
  region?: InputMaybe<Scalars['String']['input']>;
}>;


export type MyDeclarationsQuery = { __typename?: 'Query', certPrograms: Array<{ __typename?: 'CertProgram', id: string, name: string }>, declarations: Array<{ __typename?: 'Declaration', id: string, status: DeclarationStatus, industry: string, noticeFrom?: string | null, noticeUntil?: string | null, validFrom?: string | null, validUntil?: string | null, rejectionReason?: string | null, program?: { __typename?: 'CertProgram', name: string } | null, attachments: Array<{ __typename?: 'Attachment', fileId: string, fileName: string, mime: string }>, cooperation: { __typename?: 'CooperationSnapshot', agreementsInForce?: number | null, apprentices?: number | null, placements?: number | null, trainingBasesHosted?: number | null, projects?: number | null, unavailable: Array<string> }, levyStatement?: { __typename?: 'LevyStatement', csv: string, years: Array<{ __typename?: 'LevyYear', year: number, investment: { __typename?: 'Money', amount: string }, credit: { __typename?: 'Money', amount: string }, offset: { __typename?: 'Money', amount: string }, carriedForward: { __typename?: 'Money', amount: string }, educationSurcharge: { __typename?: 'Money', amount: string }, localEducationSurcharge: { __typename?: 'Money', amount: string } }> } | null }> };

export type CreateDeclarationMutationVariables = Exact<{
  input: CreateDeclarationInput;
}>;


export type CreateDeclarationMutation = { __typename?: 'Mutation', createDeclaration: { __typename?: 'Declaration', id: string, status: DeclarationStatus } };

export type AttachToDeclarationMutationVariables = Exact<{
  d: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  c: Scalars['String']['input'];
}>;


export type AttachToDeclarationMutation = { __typename?: 'Mutation', attachToDeclaration: { __typename?: 'Attachment', fileId: string, mime: string } };

export type SubmitDeclarationMutationVariables = Exact<{
  d: Scalars['ID']['input'];
}>;


export type SubmitDeclarationMutation = { __typename?: 'Mutation', submitDeclaration: { __typename?: 'Declaration', id: string, status: DeclarationStatus } };

export type RecordLevyYearMutationVariables = Exact<{
  d: Scalars['ID']['input'];
  y: Scalars['Int']['input'];
  i: Scalars['String']['input'];
  e: Scalars['String']['input'];
  l: Scalars['String']['input'];
}>;


export type RecordLevyYearMutation = { __typename?: 'Mutation', recordLevyYear: { __typename?: 'LevyStatement', declarationId: string } };

export type EvaluationRunsQueryVariables = Exact<{ [key: string]: never; }>;


export type EvaluationRunsQuery = { __typename?: 'Query', evaluationRuns: Array<{ __typename?: 'EvaluationRun', id: string, systemName: string, year: number, asOf: string, status: EvaluationRunStatus, publishedOn?: string | null, rows: Array<{ __typename?: 'EvaluationRow', allianceId: string, allianceName: string, rank: number, total: number, outcomes: Array<{ __typename?: 'EvaluationOutcome', kind: OutcomeKind, description: string }>, values: Array<{ __typename?: 'IndicatorValue', key: string, value?: number | null, points: number, evidence?: string | null }> }> }> };

export type PilotCitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type PilotCitiesQuery = { __typename?: 'Query', pilotCities: Array<{ __typename?: 'PilotCity', id: string, name: string, regionCode: string, deadline: string, overdueItems: number, progress: Array<{ __typename?: 'PilotProgress', kind: PilotTargetKind, target: number, actual: number, met: boolean, source: string }>, items: Array<{ __typename?: 'ReformItem', id: string, list: ReformListKind, title: string, owner: string, deadline: string, status: ReformItemStatus, overdue: boolean }> }> };

export type FunderDeclarationsQueryVariables = Exact<{ [key: string]: never; }>;


export type FunderDeclarationsQuery = { __typename?: 'Query', declarations: Array<{ __typename?: 'Declaration', id: string, organizationName?: string | null, industry: string, status: DeclarationStatus, reviewers: Array<string>, averageScore?: number | null, noticeFrom?: string | null, noticeUntil?: string | null, validFrom?: string | null, validUntil?: string | null, rejectionReason?: string | null, reviews: Array<{ __typename?: 'Review', reviewerId: string, conflictOfInterest: boolean, total?: number | null }>, objections: Array<{ __typename?: 'Objection', id: string, text: string, status: ObjectionStatus, resolution?: string | null }>, cooperation: { __typename?: 'CooperationSnapshot', agreementsInForce?: number | null, apprentices?: number | null, placements?: number | null, trainingBasesHosted?: number | null, projects?: number | null, unavailable: Array<string> } }> };

export type AssignReviewersMutationVariables = Exact<{
  d: Scalars['ID']['input'];
  o: Scalars['ID']['input'];
  r: Array<Scalars['String']['input']> | Scalars['String']['input'];
}>;


export type AssignReviewersMutation = { __typename?: 'Mutation', assignReviewers: { __typename?: 'Declaration', id: string, status: DeclarationStatus } };

export type DecideDeclarationMutationVariables = Exact<{
  d: Scalars['ID']['input'];
  decision: CertDecision;
}>;


export type DecideDeclarationMutation = { __typename?: 'Mutation', decideDeclaration: { __typename?: 'Declaration', id: string, status: DeclarationStatus } };

export type ResolveObjectionMutationVariables = Exact<{
  o: Scalars['ID']['input'];
  outcome: ObjectionOutcome;
  r: Scalars['String']['input'];
}>;


export type ResolveObjectionMutation = { __typename?: 'Mutation', resolveObjection: { __typename?: 'Objection', id: string, status: ObjectionStatus } };

export type EnterReserveMutationVariables = Exact<{
  d: Scalars['ID']['input'];
}>;


export type EnterReserveMutation = { __typename?: 'Mutation', enterReserve: { __typename?: 'Declaration', id: string, status: DeclarationStatus } };

export type CertifyDeclarationMutationVariables = Exact<{
  d: Scalars['ID']['input'];
}>;


export type CertifyDeclarationMutation = { __typename?: 'Mutation', certifyDeclaration: { __typename?: 'Declaration', id: string, status: DeclarationStatus } };

export type FindFalseInformationMutationVariables = Exact<{
  d: Scalars['ID']['input'];
  r: Scalars['String']['input'];
}>;


export type FindFalseInformationMutation = { __typename?: 'Mutation', findFalseInformation: { __typename?: 'FalseInformationFinding', declaration: { __typename?: 'Declaration', id: string, status: DeclarationStatus }, disqualification: { __typename?: 'Disqualification', from: string, until: string } } };

export type PublicOversightQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicOversightQuery = { __typename?: 'Query', publicNotices: Array<{ __typename?: 'PublicNotice', declarationId: string, organizationName: string, industry: string, regionCode: string, noticeFrom: string, noticeUntil: string, programName: string }>, certifiedEnterprises: Array<{ __typename?: 'CertifiedEnterprise', declarationId: string, organizationName: string, industry: string, regionCode: string, validFrom: string, validUntil: string }>, publicRankings: Array<{ __typename?: 'PublicRanking', runId: string, systemName: string, year: number, rows: Array<{ __typename?: 'PublicRankingRow', rank: number, allianceName: string, total: number }> }> };

export type ReviewAssignmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReviewAssignmentsQuery = { __typename?: 'Query', declarations: Array<{ __typename?: 'Declaration', id: string, organizationName?: string | null, industry: string, scale: EnterpriseScaleClass, employees: number, mainBusiness: string, cooperationSummary: string, status: DeclarationStatus, reviewers: Array<string>, reviewerPanel: Array<{ __typename?: 'CertReviewer', userId: string, organizationId: string }>, program?: { __typename?: 'CertProgram', id: string, name: string, reviewCriteria: Array<{ __typename?: 'ReviewCriterion', key: string, name: string, maxScore: number }> } | null, cooperation: { __typename?: 'CooperationSnapshot', asOf: string, agreementsInForce?: number | null, agreementsTotal?: number | null, placements?: number | null, internPersonMonths?: number | null, apprentices?: number | null, orderClassStudents?: number | null, graduatesPlaced?: number | null, trainingBasesHosted?: number | null, projects?: number | null, unavailable: Array<string> }, attachments: Array<{ __typename?: 'Attachment', fileId: string, fileName: string }>, reviews: Array<{ __typename?: 'Review', reviewerId: string, reviewerOrganizationId?: string | null, conflictOfInterest: boolean, conflictNote?: string | null, total?: number | null, comment?: string | null, submittedAt: string, scores: Array<{ __typename?: 'ReviewScore', key: string, score: number }> }> }> };

export type SubmitReviewMutationVariables = Exact<{
  d: Scalars['ID']['input'];
  coi: Scalars['Boolean']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  scores?: InputMaybe<Array<ReviewScoreInput> | ReviewScoreInput>;
  comment?: InputMaybe<Scalars['String']['input']>;
}>;


export type SubmitReviewMutation = { __typename?: 'Mutation', submitReview: { __typename?: 'Review', reviewerId: string, total?: number | null, submittedAt: string } };

export type OrgAgreementsQueryVariables = Exact<{
  orgId: Scalars['ID']['input'];
}>;


export type OrgAgreementsQuery = { __typename?: 'Query', revenueAgreements: { __typename?: 'RevenueAgreementConnection', edges: Array<{ __typename?: 'RevenueAgreementEdge', node: { __typename?: 'RevenueAgreement', id: string, title: string, version: number, effectiveFrom: string, deductionKinds: Array<string>, alliance: { __typename?: 'Alliance', id: string, name: string }, owner: { __typename?: 'Organization', id: string, name: string }, policy: { __typename?: 'RevenuePolicy', code: string, name: string, minTeacherShareBp: number, maxTeacherShareBp: number }, parties: Array<{ __typename?: 'RevenueParty', shareBp: number, teacherShareBp?: number | null, organization: { __typename?: 'Organization', id: string, name: string } }> } }> } };

export type AllianceProjectsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AllianceProjectsQuery = { __typename?: 'Query', alliance?: { __typename?: 'Alliance', id: string, name: string, projects: { __typename?: 'ProjectConnection', edges: Array<{ __typename?: 'ProjectEdge', node: { __typename?: 'Project', id: string, title: string, status: ProjectStatus, startOn?: string | null, endOn?: string | null, leadOrganization: { __typename?: 'Organization', id: string, name: string }, totalCommittedFunding: { __typename?: 'Money', amount: string, currency: string }, participants: Array<{ __typename?: 'ProjectParticipant', role: ParticipantRole, committedStaff?: number | null, organization: { __typename?: 'Organization', id: string, name: string }, committedFunding?: { __typename?: 'Money', amount: string, currency: string } | null }>, milestones: Array<{ __typename?: 'Milestone', id: string, title: string, dueOn: string, completedAt?: string | null }>, outputs: Array<{ __typename?: 'ProjectOutput', id: string, kind: OutputKind, title: string, reference?: string | null }> } }> } } | null };

export type ProjectAllianceMembersQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProjectAllianceMembersQuery = { __typename?: 'Query', alliance?: { __typename?: 'Alliance', id: string, members: { __typename?: 'MembershipConnection', edges: Array<{ __typename?: 'MembershipEdge', node: { __typename?: 'Membership', id: string, organization: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind } } }> } } | null };

export type CreateJointProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type CreateJointProjectMutation = { __typename?: 'Mutation', createProject: { __typename?: 'Project', id: string, title: string, status: ProjectStatus } };

export type SetJointProjectStatusMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  status: ProjectStatus;
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type SetJointProjectStatusMutation = { __typename?: 'Mutation', setProjectStatus: { __typename?: 'Project', id: string, status: ProjectStatus } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    roles
    organization {
      id
      name
      kind
      regionCode
      memberships {
        id
        role
        status
        alliance {
          id
          name
          regionCode
          status
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const NotificationInboxDocument = new TypedDocumentString(`
    query NotificationInbox($unreadOnly: Boolean, $first: Int, $after: String, $locale: NotificationLocale) {
  notifications(
    unreadOnly: $unreadOnly
    first: $first
    after: $after
    locale: $locale
  ) {
    edges {
      node {
        id
        kind
        title
        body
        link
        read
        settled
        createdAt
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationInboxQuery, NotificationInboxQueryVariables>;
export const MarkNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkNotificationsRead($ids: [ID!]!) {
  markNotificationsRead(ids: $ids)
}
    `) as unknown as TypedDocumentString<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const MarkAllNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkAllNotificationsRead {
  markAllNotificationsRead
}
    `) as unknown as TypedDocumentString<MarkAllNotificationsReadMutation, MarkAllNotificationsReadMutationVariables>;
export const NotificationPreferencesDocument = new TypedDocumentString(`
    query NotificationPreferences {
  notificationPreferences {
    email
    locale
    mailEnabled
    kinds {
      kind
      inApp
      email
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationPreferencesQuery, NotificationPreferencesQueryVariables>;
export const SetNotificationPreferencesDocument = new TypedDocumentString(`
    mutation SetNotificationPreferences($input: NotificationPreferencesInput!) {
  setNotificationPreferences(input: $input) {
    email
    locale
    mailEnabled
    kinds {
      kind
      inApp
      email
    }
  }
}
    `) as unknown as TypedDocumentString<SetNotificationPreferencesMutation, SetNotificationPreferencesMutationVariables>;
export const UnreadNotificationCountDocument = new TypedDocumentString(`
    query UnreadNotificationCount {
  unreadNotificationCount
}
    `) as unknown as TypedDocumentString<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const AdminOrganizationsDocument = new TypedDocumentString(`
    query AdminOrganizations($filter: OrganizationFilter, $after: String) {
  organizations(filter: $filter, first: 50, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        name
        kind
        schoolType
        creditCode
        regionCode
        aboveDesignatedSize
        createdAt
        disqualifiedOn
        disqualifications {
          id
          reason
          from
          until
          liftedAt
          liftReason
          imposedBy {
            id
            name
          }
          futureBookings
          createdAt
        }
        history {
          field
          effectiveDate
          reason
          at
          by
          oldValues {
            name
            regionCode
            kind
            schoolType
            aboveDesignatedSize
          }
          newValues {
            name
            regionCode
            kind
            schoolType
            aboveDesignatedSize
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminOrganizationsQuery, AdminOrganizationsQueryVariables>;
export const AdminRegisterOrganizationDocument = new TypedDocumentString(`
    mutation AdminRegisterOrganization($input: RegisterOrganizationInput!) {
  registerOrganization(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<AdminRegisterOrganizationMutation, AdminRegisterOrganizationMutationVariables>;
export const AdminUpdateOrganizationDocument = new TypedDocumentString(`
    mutation AdminUpdateOrganization($id: ID!, $input: UpdateOrganizationInput!, $effectiveDate: Date, $reason: String!) {
  updateOrganization(
    organizationId: $id
    input: $input
    effectiveDate: $effectiveDate
    reason: $reason
  ) {
    id
    name
    regionCode
    kind
    schoolType
  }
}
    `) as unknown as TypedDocumentString<AdminUpdateOrganizationMutation, AdminUpdateOrganizationMutationVariables>;
export const CoopAgreementsDocument = new TypedDocumentString(`
    query CoopAgreements($organizationId: ID) {
  cooperationAgreements(organizationId: $organizationId, first: 100) {
    edges {
      node {
        id
        type
        title
        status
        revision
        startOn
        endOn
        parties {
          id
          name
          kind
        }
        confirmedBy {
          organization {
            id
            name
          }
          at
        }
        signedCopy {
          filename
          size
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CoopAgreementsQuery, CoopAgreementsQueryVariables>;
export const CoopOrganizationsDocument = new TypedDocumentString(`
    query CoopOrganizations {
  organizations(first: 100) {
    edges {
      node {
        id
        name
        kind
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CoopOrganizationsQuery, CoopOrganizationsQueryVariables>;
export const CoopCreateDraftDocument = new TypedDocumentString(`
    mutation CoopCreateDraft($input: CreateAgreementDraftInput!) {
  createAgreementDraft(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CoopCreateDraftMutation, CoopCreateDraftMutationVariables>;
export const CoopConfirmDocument = new TypedDocumentString(`
    mutation CoopConfirm($agreementId: ID!, $revision: Int!) {
  confirmAgreement(agreementId: $agreementId, revision: $revision) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CoopConfirmMutation, CoopConfirmMutationVariables>;
export const CoopUploadDocument = new TypedDocumentString(`
    mutation CoopUpload($agreementId: ID!, $filename: String!, $contentBase64: String!) {
  uploadAgreementSignedCopy(
    agreementId: $agreementId
    filename: $filename
    contentBase64: $contentBase64
  ) {
    id
    signedCopy {
      filename
      size
    }
  }
}
    `) as unknown as TypedDocumentString<CoopUploadMutation, CoopUploadMutationVariables>;
export const CoopAllianceFiguresDocument = new TypedDocumentString(`
    query CoopAllianceFigures($allianceId: ID!) {
  allianceCooperationFigures(allianceId: $allianceId) {
    agreementsInForce
    agreementsTotal
    placements
    internPersonMonths
    apprentices
    orderClassStudents
    graduatesPlaced
    graduatesRetained
  }
}
    `) as unknown as TypedDocumentString<CoopAllianceFiguresQuery, CoopAllianceFiguresQueryVariables>;
export const CoopFunderClaimsDocument = new TypedDocumentString(`
    query CoopFunderClaims {
  subsidyClaims(first: 100) {
    edges {
      node {
        id
        policyKind
        status
        periodFrom
        periodTo
        claimant {
          id
          name
        }
        requested {
          amount
          currency
        }
        awarded {
          amount
          currency
        }
        purpose
        evidence {
          quantity
          formula
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CoopFunderClaimsQuery, CoopFunderClaimsQueryVariables>;
export const CoopDecideDocument = new TypedDocumentString(`
    mutation CoopDecide($claimId: ID!, $decision: ClaimDecision!, $purpose: String, $note: String) {
  decideSubsidyClaim(
    claimId: $claimId
    decision: $decision
    purpose: $purpose
    note: $note
  ) {
    id
    status
    awarded {
      amount
      currency
    }
  }
}
    `) as unknown as TypedDocumentString<CoopDecideMutation, CoopDecideMutationVariables>;
export const CoopPlacementsDocument = new TypedDocumentString(`
    query CoopPlacements($organizationId: ID) {
  internshipPlacements(organizationId: $organizationId, first: 100) {
    edges {
      node {
        id
        startOn
        endOn
        headcount
        school {
          id
          name
        }
        host {
          id
          name
        }
        monthlyPay {
          amount
          currency
        }
        insurance {
          insurer
          policyNumber
          coverFrom
          coverTo
          premiumPaidBy
        }
        mentor {
          name
          title
        }
        students {
          studentNumber
          name
        }
        attendance {
          month
          attendedCount
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CoopPlacementsQuery, CoopPlacementsQueryVariables>;
export const CoopPlaceDocument = new TypedDocumentString(`
    mutation CoopPlace($input: CreatePlacementInput!) {
  createInternshipPlacement(input: $input) {
    id
    headcount
  }
}
    `) as unknown as TypedDocumentString<CoopPlaceMutation, CoopPlaceMutationVariables>;
export const CoopAttendDocument = new TypedDocumentString(`
    mutation CoopAttend($placementId: ID!, $month: String!) {
  confirmInternshipAttendance(placementId: $placementId, month: $month) {
    id
    month
    attendedCount
  }
}
    `) as unknown as TypedDocumentString<CoopAttendMutation, CoopAttendMutationVariables>;
export const CoopCohortsDocument = new TypedDocumentString(`
    query CoopCohorts($organizationId: ID) {
  apprenticeCohorts(organizationId: $organizationId, first: 100) {
    edges {
      node {
        id
        kind
        name
        major
        startOn
        endOn
        trainingHours
        headcount
        enterprise {
          id
          name
        }
        school {
          id
          name
        }
      }
    }
  }
  graduatePlacements(organizationId: $organizationId, first: 100) {
    edges {
      node {
        id
        name
        studentNumber
        major
        startOn
        retained
        employer {
          id
          name
        }
      }
    }
  }
  subsidyClaims(organizationId: $organizationId, first: 100) {
    edges {
      node {
        id
        policyKind
        status
        periodFrom
        periodTo
        requested {
          amount
          currency
        }
        awarded {
          amount
          currency
        }
        evidence {
          quantity
          formula
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CoopCohortsQuery, CoopCohortsQueryVariables>;
export const FunderApplicationsDocument = new TypedDocumentString(`
    query FunderApplications($first: Int) {
  grantApplications(first: $first) {
    edges {
      node {
        id
        status
        submittedAt
        decidedAt
        decisionNote
        alliance {
          id
          name
        }
        program {
          id
          name
          code
          awardAmount {
            amount
            currency
          }
        }
        evaluation {
          eligible
          asOf
          shortfall
        }
        award {
          amount {
            amount
            currency
          }
          awardedOn
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FunderApplicationsQuery, FunderApplicationsQueryVariables>;
export const DecideGrantApplicationDocument = new TypedDocumentString(`
    mutation DecideGrantApplication($id: ID!, $decision: Decision!, $note: String) {
  decideGrantApplication(applicationId: $id, decision: $decision, note: $note) {
    id
    status
    decidedAt
    decisionNote
    award {
      amount {
        amount
        currency
      }
      awardedOn
    }
  }
}
    `) as unknown as TypedDocumentString<DecideGrantApplicationMutation, DecideGrantApplicationMutationVariables>;
export const FunderAuditTrailDocument = new TypedDocumentString(`
    query FunderAuditTrail($programId: ID, $after: String) {
  grantAuditTrail(programId: $programId, first: 50, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        action
        at
        by
        note
        byOrganization {
          id
          name
        }
        program {
          id
          name
        }
        alliance {
          id
          name
        }
        organization {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FunderAuditTrailQuery, FunderAuditTrailQueryVariables>;
export const RegionOrganizationsDocument = new TypedDocumentString(`
    query RegionOrganizations($region: String!) {
  organizations(filter: {regionCode: $region}, first: 100) {
    edges {
      node {
        id
        name
        kind
        disqualifications {
          id
          reason
          from
          until
          liftedAt
          liftReason
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RegionOrganizationsQuery, RegionOrganizationsQueryVariables>;
export const DisqualifyOrganizationDocument = new TypedDocumentString(`
    mutation DisqualifyOrganization($organizationId: ID!, $reason: String!, $from: Date, $until: Date, $futureBookings: FutureBookingsChoice) {
  disqualifyOrganization(
    organizationId: $organizationId
    reason: $reason
    from: $from
    until: $until
    futureBookings: $futureBookings
  ) {
    id
    from
    until
  }
}
    `) as unknown as TypedDocumentString<DisqualifyOrganizationMutation, DisqualifyOrganizationMutationVariables>;
export const LiftDisqualificationDocument = new TypedDocumentString(`
    mutation LiftDisqualification($id: ID!, $reason: String!) {
  liftDisqualification(disqualificationId: $id, reason: $reason) {
    id
    liftedAt
  }
}
    `) as unknown as TypedDocumentString<LiftDisqualificationMutation, LiftDisqualificationMutationVariables>;
export const FunderProgramsDocument = new TypedDocumentString(`
    query FunderPrograms($funderId: ID!) {
  grantPrograms(funderId: $funderId) {
    id
    code
    name
    regionCode
    awardAmount {
      amount
      currency
    }
  }
}
    `) as unknown as TypedDocumentString<FunderProgramsQuery, FunderProgramsQueryVariables>;
export const FunderProgramsFullDocument = new TypedDocumentString(`
    query FunderProgramsFull($funderId: ID!) {
  grantPrograms(funderId: $funderId) {
    id
    code
    name
    regionCode
    opensOn
    closesOn
    closedAt
    closeReason
    awardAmount {
      amount
      currency
    }
    criteria {
      kind
      threshold
      description
    }
    history {
      action
      at
      by
      reason
      newValues {
        name
        opensOn
        closesOn
        awardAmount {
          amount
          currency
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FunderProgramsFullQuery, FunderProgramsFullQueryVariables>;
export const FunderCreateProgramDocument = new TypedDocumentString(`
    mutation FunderCreateProgram($input: CreateGrantProgramInput!) {
  createGrantProgram(input: $input) {
    id
    code
    name
  }
}
    `) as unknown as TypedDocumentString<FunderCreateProgramMutation, FunderCreateProgramMutationVariables>;
export const FunderUpdateProgramDocument = new TypedDocumentString(`
    mutation FunderUpdateProgram($id: ID!, $input: UpdateGrantProgramInput!, $reason: String!) {
  updateGrantProgram(programId: $id, input: $input, reason: $reason) {
    id
    name
    opensOn
    closesOn
    awardAmount {
      amount
      currency
    }
  }
}
    `) as unknown as TypedDocumentString<FunderUpdateProgramMutation, FunderUpdateProgramMutationVariables>;
export const FunderCloseProgramDocument = new TypedDocumentString(`
    mutation FunderCloseProgram($id: ID!, $reason: String!) {
  closeGrantProgram(programId: $id, reason: $reason) {
    id
    closedAt
  }
}
    `) as unknown as TypedDocumentString<FunderCloseProgramMutation, FunderCloseProgramMutationVariables>;
export const EligibilityReportDocument = new TypedDocumentString(`
    query EligibilityReport($allianceId: ID!, $programId: ID!, $asOf: Date) {
  grantEligibility(allianceId: $allianceId, programId: $programId, asOf: $asOf) {
    eligible
    asOf
    shortfall
    allianceStatus
    awardAmount {
      amount
      currency
    }
    recipient {
      id
      name
    }
    criteria {
      kind
      description
      required
      actual
      passed
      detail
    }
    counts {
      total
      schools
      enterprises
      distinctSchoolTypes
    }
    countedMembers {
      id
      name
      kind
      schoolType
    }
    excludedMembers {
      organization {
        id
        name
      }
      name
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<EligibilityReportQuery, EligibilityReportQueryVariables>;
export const StandingsDocument = new TypedDocumentString(`
    query Standings($first: Int, $after: String) {
  grantStandings(first: $first, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        alliance {
          id
        }
        allianceName
        program {
          id
        }
        regionCode
        eligible
        shortfall
        schools
        enterprises
        distinctSchoolTypes
        evaluatedOn
        applicationStatus
        awarded
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StandingsQuery, StandingsQueryVariables>;
export const JoinMyMembershipsDocument = new TypedDocumentString(`
    query JoinMyMemberships($id: ID!) {
  organization(id: $id) {
    id
    regionCode
    disqualifiedOn
    memberships {
      id
      role
      status
      initiatedBy
      joinedAt
      endedAt
      alliance {
        id
        name
        regionCode
        status
        lead {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<JoinMyMembershipsQuery, JoinMyMembershipsQueryVariables>;
export const JoinAlliancesDocument = new TypedDocumentString(`
    query JoinAlliances($filter: AllianceFilter) {
  alliances(filter: $filter, first: 100) {
    edges {
      node {
        id
        name
        regionCode
        status
        industries
        foundedOn
        lead {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<JoinAlliancesQuery, JoinAlliancesQueryVariables>;
export const JoinAcceptInvitationDocument = new TypedDocumentString(`
    mutation JoinAcceptInvitation($id: ID!, $effectiveDate: Date) {
  approveMembership(membershipId: $id, effectiveDate: $effectiveDate) {
    id
    status
    joinedAt
  }
}
    `) as unknown as TypedDocumentString<JoinAcceptInvitationMutation, JoinAcceptInvitationMutationVariables>;
export const JoinDeclineInvitationDocument = new TypedDocumentString(`
    mutation JoinDeclineInvitation($id: ID!, $reason: String!) {
  rejectMembership(membershipId: $id, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<JoinDeclineInvitationMutation, JoinDeclineInvitationMutationVariables>;
export const JoinApplyDocument = new TypedDocumentString(`
    mutation JoinApply($allianceId: ID!, $organizationId: ID!) {
  applyForMembership(allianceId: $allianceId, organizationId: $organizationId) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<JoinApplyMutation, JoinApplyMutationVariables>;
export const JoinFoundAllianceDocument = new TypedDocumentString(`
    mutation JoinFoundAlliance($input: CreateAllianceInput!) {
  createAlliance(input: $input) {
    id
    name
    status
  }
}
    `) as unknown as TypedDocumentString<JoinFoundAllianceMutation, JoinFoundAllianceMutationVariables>;
export const LeadAllianceStatusDocument = new TypedDocumentString(`
    query LeadAllianceStatus($id: ID!) {
  alliance(id: $id) {
    id
    name
    status
    foundedOn
    statusHistory {
      status
      from
      recordedAt
    }
  }
}
    `) as unknown as TypedDocumentString<LeadAllianceStatusQuery, LeadAllianceStatusQueryVariables>;
export const LeadSetAllianceStatusDocument = new TypedDocumentString(`
    mutation LeadSetAllianceStatus($id: ID!, $status: AllianceStatus!, $effectiveDate: Date) {
  setAllianceStatus(
    allianceId: $id
    status: $status
    effectiveDate: $effectiveDate
  ) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<LeadSetAllianceStatusMutation, LeadSetAllianceStatusMutationVariables>;
export const LeadProgramsDocument = new TypedDocumentString(`
    query LeadPrograms($region: String!, $allianceId: ID!) {
  grantPrograms(regionCode: $region) {
    id
    code
    name
    opensOn
    closesOn
    awardAmount {
      amount
      currency
    }
    funder {
      id
      name
    }
  }
  grantApplications(allianceId: $allianceId, first: 100) {
    edges {
      node {
        id
        status
        submittedAt
        program {
          id
        }
        award {
          amount {
            amount
            currency
          }
          awardedOn
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LeadProgramsQuery, LeadProgramsQueryVariables>;
export const LeadEligibilityDocument = new TypedDocumentString(`
    query LeadEligibility($allianceId: ID!, $programId: ID!, $asOf: Date) {
  grantEligibility(allianceId: $allianceId, programId: $programId, asOf: $asOf) {
    eligible
    asOf
    shortfall
    awardAmount {
      amount
      currency
    }
    criteria {
      kind
      description
      required
      actual
      passed
      detail
    }
  }
}
    `) as unknown as TypedDocumentString<LeadEligibilityQuery, LeadEligibilityQueryVariables>;
export const SubmitGrantApplicationDocument = new TypedDocumentString(`
    mutation SubmitGrantApplication($allianceId: ID!, $programId: ID!) {
  submitGrantApplication(allianceId: $allianceId, programId: $programId) {
    id
    status
    submittedAt
  }
}
    `) as unknown as TypedDocumentString<SubmitGrantApplicationMutation, SubmitGrantApplicationMutationVariables>;
export const InviteCandidatesDocument = new TypedDocumentString(`
    query InviteCandidates($region: String) {
  organizations(filter: {regionCode: $region}, first: 100) {
    edges {
      node {
        id
        name
        kind
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InviteCandidatesQuery, InviteCandidatesQueryVariables>;
export const InviteMemberDocument = new TypedDocumentString(`
    mutation InviteMember($allianceId: ID!, $organizationId: ID!) {
  inviteMember(allianceId: $allianceId, organizationId: $organizationId) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<InviteMemberMutation, InviteMemberMutationVariables>;
export const LeadMembersDocument = new TypedDocumentString(`
    query LeadMembers($id: ID!) {
  alliance(id: $id) {
    id
    regionCode
    members(first: 100) {
      totalCount
      edges {
        node {
          id
          role
          status
          joinedAt
          endedAt
          initiatedBy
          organization {
            id
            name
            kind
            schoolType
            disqualifiedOn
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LeadMembersQuery, LeadMembersQueryVariables>;
export const ApproveMembershipDocument = new TypedDocumentString(`
    mutation ApproveMembership($id: ID!, $effectiveDate: Date) {
  approveMembership(membershipId: $id, effectiveDate: $effectiveDate) {
    id
    status
    joinedAt
  }
}
    `) as unknown as TypedDocumentString<ApproveMembershipMutation, ApproveMembershipMutationVariables>;
export const RejectMembershipDocument = new TypedDocumentString(`
    mutation RejectMembership($id: ID!, $reason: String!) {
  rejectMembership(membershipId: $id, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RejectMembershipMutation, RejectMembershipMutationVariables>;
export const EndMembershipDocument = new TypedDocumentString(`
    mutation EndMembership($id: ID!, $effectiveDate: Date!, $reason: String!) {
  endMembership(membershipId: $id, effectiveDate: $effectiveDate, reason: $reason) {
    id
    status
    endedAt
  }
}
    `) as unknown as TypedDocumentString<EndMembershipMutation, EndMembershipMutationVariables>;
export const LeadOverviewDocument = new TypedDocumentString(`
    query LeadOverview($id: ID!, $asOf: Date) {
  alliance(id: $id) {
    id
    name
    status
    regionCode
    foundedOn
    industries
    lead {
      id
      name
    }
    memberCounts(asOf: $asOf) {
      asOf
      total
      schools
      enterprises
      distinctSchoolTypes
      byKind {
        kind
        count
      }
      bySchoolType {
        schoolType
        count
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LeadOverviewQuery, LeadOverviewQueryVariables>;
export const MatchmakingEventsDocument = new TypedDocumentString(`
    query MatchmakingEvents($year: Int!) {
  matchmakingEvents(first: 50) {
    edges {
      node {
        id
        kind
        title
        theme
        date
        startTime
        mode
        place
        capacity
        registered
        seatsLeft
        registrationMode
        status
        organizer {
          id
          name
        }
      }
    }
  }
  matchmakingYearFigures(year: $year) {
    year
    events
    enterprises
    representatives
    agreements
  }
}
    `) as unknown as TypedDocumentString<MatchmakingEventsQuery, MatchmakingEventsQueryVariables>;
export const RegisterForMatchmakingEventDocument = new TypedDocumentString(`
    mutation RegisterForMatchmakingEvent($eventId: ID!, $organizationId: ID!) {
  registerForMatchmakingEvent(eventId: $eventId, organizationId: $organizationId) {
    id
    status
    seatNo
  }
}
    `) as unknown as TypedDocumentString<RegisterForMatchmakingEventMutation, RegisterForMatchmakingEventMutationVariables>;
export const CreateMatchmakingEventDocument = new TypedDocumentString(`
    mutation CreateMatchmakingEvent($input: CreateMatchmakingEventInput!) {
  createMatchmakingEvent(input: $input) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<CreateMatchmakingEventMutation, CreateMatchmakingEventMutationVariables>;
export const MyListingsDocument = new TypedDocumentString(`
    query MyListings {
  myListings(first: 100) {
    edges {
      node {
        id
        kind
        title
        status
        validTo
        publishedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyListingsQuery, MyListingsQueryVariables>;
export const ListingRecommendationsDocument = new TypedDocumentString(`
    query ListingRecommendations($listingId: ID!, $lang: String) {
  listingRecommendations(listingId: $listingId, first: 10) {
    listings {
      score
      listing {
        id
        title
        organizationName
        regionName
        kind
      }
      reasons {
        code
        points
        text(lang: $lang)
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListingRecommendationsQuery, ListingRecommendationsQueryVariables>;
export const ListingInterestsDocument = new TypedDocumentString(`
    query ListingInterests($listingId: ID) {
  listingInterests(listingId: $listingId, first: 100) {
    edges {
      node {
        id
        organizationName
        message
        status
        conversion {
          kind
          id
        }
        createdAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListingInterestsQuery, ListingInterestsQueryVariables>;
export const DecideInterestDocument = new TypedDocumentString(`
    mutation DecideInterest($interestId: ID!, $accept: Boolean!) {
  decideInterest(interestId: $interestId, accept: $accept) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<DecideInterestMutation, DecideInterestMutationVariables>;
export const ConvertMatchDocument = new TypedDocumentString(`
    mutation ConvertMatch($input: ConvertMatchInput!) {
  convertMatch(input: $input) {
    id
    conversion {
      kind
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ConvertMatchMutation, ConvertMatchMutationVariables>;
export const ListingIndustriesDocument = new TypedDocumentString(`
    query ListingIndustries {
  listingIndustries {
    code
    name
  }
}
    `) as unknown as TypedDocumentString<ListingIndustriesQuery, ListingIndustriesQueryVariables>;
export const CreateListingDocument = new TypedDocumentString(`
    mutation CreateListing($input: CreateListingInput!) {
  createListing(input: $input) {
    id
    title
    status
  }
}
    `) as unknown as TypedDocumentString<CreateListingMutation, CreateListingMutationVariables>;
export const SearchListingsDocument = new TypedDocumentString(`
    query SearchListings($filter: ListingFilterInput, $sort: ListingSort, $first: Int) {
  searchListings(filter: $filter, sort: $sort, first: $first) {
    total
    terms
    hits {
      score
      listing {
        id
        kind
        title
        description
        organizationName
        regionName
        validTo
        headcount
        periodFrom
        periodTo
        place
        payMin {
          amount
        }
        payMax {
          amount
        }
        majors {
          code
          name
        }
        industries {
          code
          name
        }
      }
    }
    facets {
      kind {
        value
        label
        count
      }
      region {
        value
        label
        count
      }
      industry {
        value
        label
        count
      }
      major {
        value
        label
        count
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchListingsQuery, SearchListingsQueryVariables>;
export const ExpressInterestDocument = new TypedDocumentString(`
    mutation ExpressInterest($listingId: ID!, $organizationId: ID!, $message: String!) {
  expressInterest(
    listingId: $listingId
    organizationId: $organizationId
    message: $message
  ) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ExpressInterestMutation, ExpressInterestMutationVariables>;
export const BaseCalendarDocument = new TypedDocumentString(`
    query BaseCalendar($id: ID!, $from: DateTime!, $to: DateTime!) {
  trainingBase(id: $id) {
    id
    availability(from: $from, to: $to) {
      start
      end
      remaining
    }
    bookings(from: $from, to: $to, first: 100) {
      edges {
        node {
          id
          start
          end
          headcount
          status
          purpose
          organization {
            id
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BaseCalendarQuery, BaseCalendarQueryVariables>;
export const BookTrainingBaseDocument = new TypedDocumentString(`
    mutation BookTrainingBase($input: BookTrainingBaseInput!) {
  bookTrainingBase(input: $input) {
    id
    start
    end
    status
    seriesId
  }
}
    `) as unknown as TypedDocumentString<BookTrainingBaseMutation, BookTrainingBaseMutationVariables>;
export const MemberBasesDocument = new TypedDocumentString(`
    query MemberBases {
  me {
    id
    organization {
      id
      memberships {
        id
        status
        alliance {
          id
          name
          trainingBases(first: 20) {
            edges {
              node {
                id
                name
                address
                timeZone
                capacity
                status
                requiresApproval
                host {
                  id
                  name
                }
                openingHours {
                  weekday
                  opens
                  closes
                }
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MemberBasesQuery, MemberBasesQueryVariables>;
export const BaseCalendarFeedDocument = new TypedDocumentString(`
    query BaseCalendarFeed($id: ID!) {
  trainingBase(id: $id) {
    id
    calendarFeedUrl
  }
}
    `) as unknown as TypedDocumentString<BaseCalendarFeedQuery, BaseCalendarFeedQueryVariables>;
export const HostBasesDocument = new TypedDocumentString(`
    query HostBases {
  me {
    id
    organization {
      id
      memberships {
        id
        status
        alliance {
          id
          name
          trainingBases(first: 50) {
            edges {
              node {
                id
                name
                capacity
                timeZone
                status
                host {
                  id
                }
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HostBasesQuery, HostBasesQueryVariables>;
export const HostBaseDetailDocument = new TypedDocumentString(`
    query HostBaseDetail($id: ID!, $from: DateTime!, $to: DateTime!) {
  trainingBase(id: $id) {
    id
    name
    capacity
    timeZone
    status
    requiresApproval
    closedDates
    openingHours {
      weekday
      opens
      closes
    }
    utilization(from: $from, to: $to) {
      bookedStationHours
      openStationHours
      ratio
    }
    pending: bookings(status: PENDING, first: 100) {
      edges {
        node {
          id
          start
          end
          headcount
          purpose
          organization {
            id
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HostBaseDetailQuery, HostBaseDetailQueryVariables>;
export const HostApproveBookingDocument = new TypedDocumentString(`
    mutation HostApproveBooking($id: ID!) {
  approveBooking(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<HostApproveBookingMutation, HostApproveBookingMutationVariables>;
export const HostRejectBookingDocument = new TypedDocumentString(`
    mutation HostRejectBooking($id: ID!, $reason: String!) {
  rejectBooking(id: $id, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<HostRejectBookingMutation, HostRejectBookingMutationVariables>;
export const HostUpdateBaseDocument = new TypedDocumentString(`
    mutation HostUpdateBase($id: ID!, $input: UpdateTrainingBaseInput!, $cancelConflicting: Boolean, $reason: String) {
  updateTrainingBase(
    id: $id
    input: $input
    cancelConflicting: $cancelConflicting
    reason: $reason
  ) {
    id
    capacity
    status
    openingHours {
      weekday
      opens
      closes
    }
  }
}
    `) as unknown as TypedDocumentString<HostUpdateBaseMutation, HostUpdateBaseMutationVariables>;
export const HostAddClosedDocument = new TypedDocumentString(`
    mutation HostAddClosed($id: ID!, $dates: [Date!]!, $cancelConflicting: Boolean, $reason: String) {
  addClosedDates(
    baseId: $id
    dates: $dates
    cancelConflicting: $cancelConflicting
    reason: $reason
  ) {
    id
    closedDates
  }
}
    `) as unknown as TypedDocumentString<HostAddClosedMutation, HostAddClosedMutationVariables>;
export const HostRemoveClosedDocument = new TypedDocumentString(`
    mutation HostRemoveClosed($id: ID!, $dates: [Date!]!) {
  removeClosedDates(baseId: $id, dates: $dates) {
    id
    closedDates
  }
}
    `) as unknown as TypedDocumentString<HostRemoveClosedMutation, HostRemoveClosedMutationVariables>;
export const HostCreateBaseDocument = new TypedDocumentString(`
    mutation HostCreateBase($input: CreateTrainingBaseInput!) {
  createTrainingBase(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<HostCreateBaseMutation, HostCreateBaseMutationVariables>;
export const MyBookingsDocument = new TypedDocumentString(`
    query MyBookings($from: DateTime) {
  myBookings(from: $from) {
    id
    start
    end
    headcount
    purpose
    status
    seriesId
    reason
    base {
      id
      name
      timeZone
    }
  }
}
    `) as unknown as TypedDocumentString<MyBookingsQuery, MyBookingsQueryVariables>;
export const CancelBookingDocument = new TypedDocumentString(`
    mutation CancelBooking($id: ID!, $reason: String!) {
  cancelBooking(id: $id, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CancelBookingMutation, CancelBookingMutationVariables>;
export const RevenueStatementDocument = new TypedDocumentString(`
    query RevenueStatement($organizationId: ID!, $from: Date!, $to: Date!) {
  revenueStatement(organizationId: $organizationId, from: $from, to: $to) {
    from
    to
    total {
      amount
      currency
    }
    reconciled
    lines {
      amount {
        amount
        currency
      }
      runningTotal {
        amount
        currency
      }
      reconciled
      event {
        id
        kind
        receivedOn
        externalReference
        gross {
          amount
          currency
        }
        net {
          amount
          currency
        }
        agreement {
          id
          title
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RevenueStatementQuery, RevenueStatementQueryVariables>;
export const MyDeclarationsDocument = new TypedDocumentString(`
    query MyDeclarations($org: ID!, $region: String) {
  certPrograms(regionCode: $region) {
    id
    name
  }
  declarations(organizationId: $org) {
    id
    status
    industry
    noticeFrom
    noticeUntil
    validFrom
    validUntil
    rejectionReason
    program {
      name
    }
    attachments {
      fileId
      fileName
      mime
    }
    cooperation {
      agreementsInForce
      apprentices
      placements
      trainingBasesHosted
      projects
      unavailable
    }
    levyStatement {
      csv
      years {
        year
        investment {
          amount
        }
        credit {
          amount
        }
        offset {
          amount
        }
        carriedForward {
          amount
        }
        educationSurcharge {
          amount
        }
        localEducationSurcharge {
          amount
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyDeclarationsQuery, MyDeclarationsQueryVariables>;
export const CreateDeclarationDocument = new TypedDocumentString(`
    mutation CreateDeclaration($input: CreateDeclarationInput!) {
  createDeclaration(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CreateDeclarationMutation, CreateDeclarationMutationVariables>;
export const AttachToDeclarationDocument = new TypedDocumentString(`
    mutation AttachToDeclaration($d: ID!, $name: String!, $c: String!) {
  attachToDeclaration(declarationId: $d, fileName: $name, contentBase64: $c) {
    fileId
    mime
  }
}
    `) as unknown as TypedDocumentString<AttachToDeclarationMutation, AttachToDeclarationMutationVariables>;
export const SubmitDeclarationDocument = new TypedDocumentString(`
    mutation SubmitDeclaration($d: ID!) {
  submitDeclaration(declarationId: $d) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SubmitDeclarationMutation, SubmitDeclarationMutationVariables>;
export const RecordLevyYearDocument = new TypedDocumentString(`
    mutation RecordLevyYear($d: ID!, $y: Int!, $i: String!, $e: String!, $l: String!) {
  recordLevyYear(
    declarationId: $d
    year: $y
    investment: $i
    educationSurcharge: $e
    localEducationSurcharge: $l
  ) {
    declarationId
  }
}
    `) as unknown as TypedDocumentString<RecordLevyYearMutation, RecordLevyYearMutationVariables>;
export const EvaluationRunsDocument = new TypedDocumentString(`
    query EvaluationRuns {
  evaluationRuns {
    id
    systemName
    year
    asOf
    status
    publishedOn
    rows {
      allianceId
      allianceName
      rank
      total
      outcomes {
        kind
        description
      }
      values {
        key
        value
        points
        evidence
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EvaluationRunsQuery, EvaluationRunsQueryVariables>;
export const PilotCitiesDocument = new TypedDocumentString(`
    query PilotCities {
  pilotCities {
    id
    name
    regionCode
    deadline
    overdueItems
    progress {
      kind
      target
      actual
      met
      source
    }
    items {
      id
      list
      title
      owner
      deadline
      status
      overdue
    }
  }
}
    `) as unknown as TypedDocumentString<PilotCitiesQuery, PilotCitiesQueryVariables>;
export const FunderDeclarationsDocument = new TypedDocumentString(`
    query FunderDeclarations {
  declarations {
    id
    organizationName
    industry
    status
    reviewers
    averageScore
    noticeFrom
    noticeUntil
    validFrom
    validUntil
    rejectionReason
    reviews {
      reviewerId
      conflictOfInterest
      total
    }
    objections {
      id
      text
      status
      resolution
    }
    cooperation {
      agreementsInForce
      apprentices
      placements
      trainingBasesHosted
      projects
      unavailable
    }
  }
}
    `) as unknown as TypedDocumentString<FunderDeclarationsQuery, FunderDeclarationsQueryVariables>;
export const AssignReviewersDocument = new TypedDocumentString(`
    mutation AssignReviewers($d: ID!, $o: ID!, $r: [String!]!) {
  assignReviewers(declarationId: $d, reviewerOrganizationId: $o, reviewerIds: $r) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AssignReviewersMutation, AssignReviewersMutationVariables>;
export const DecideDeclarationDocument = new TypedDocumentString(`
    mutation DecideDeclaration($d: ID!, $decision: CertDecision!) {
  decideDeclaration(declarationId: $d, decision: $decision) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<DecideDeclarationMutation, DecideDeclarationMutationVariables>;
export const ResolveObjectionDocument = new TypedDocumentString(`
    mutation ResolveObjection($o: ID!, $outcome: ObjectionOutcome!, $r: String!) {
  resolveObjection(objectionId: $o, outcome: $outcome, resolution: $r) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ResolveObjectionMutation, ResolveObjectionMutationVariables>;
export const EnterReserveDocument = new TypedDocumentString(`
    mutation EnterReserve($d: ID!) {
  enterReserve(declarationId: $d) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<EnterReserveMutation, EnterReserveMutationVariables>;
export const CertifyDeclarationDocument = new TypedDocumentString(`
    mutation CertifyDeclaration($d: ID!) {
  certifyDeclaration(declarationId: $d) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CertifyDeclarationMutation, CertifyDeclarationMutationVariables>;
export const FindFalseInformationDocument = new TypedDocumentString(`
    mutation FindFalseInformation($d: ID!, $r: String!) {
  findFalseInformation(declarationId: $d, reason: $r) {
    declaration {
      id
      status
    }
    disqualification {
      from
      until
    }
  }
}
    `) as unknown as TypedDocumentString<FindFalseInformationMutation, FindFalseInformationMutationVariables>;
export const PublicOversightDocument = new TypedDocumentString(`
    query PublicOversight {
  publicNotices {
    declarationId
    organizationName
    industry
    regionCode
    noticeFrom
    noticeUntil
    programName
  }
  certifiedEnterprises {
    declarationId
    organizationName
    industry
    regionCode
    validFrom
    validUntil
  }
  publicRankings {
    runId
    systemName
    year
    rows {
      rank
      allianceName
      total
    }
  }
}
    `) as unknown as TypedDocumentString<PublicOversightQuery, PublicOversightQueryVariables>;
export const ReviewAssignmentsDocument = new TypedDocumentString(`
    query ReviewAssignments {
  declarations {
    id
    organizationName
    industry
    scale
    employees
    mainBusiness
    cooperationSummary
    status
    reviewers
    reviewerPanel {
      userId
      organizationId
    }
    program {
      id
      name
      reviewCriteria {
        key
        name
        maxScore
      }
    }
    cooperation {
      asOf
      agreementsInForce
      agreementsTotal
      placements
      internPersonMonths
      apprentices
      orderClassStudents
      graduatesPlaced
      trainingBasesHosted
      projects
      unavailable
    }
    attachments {
      fileId
      fileName
    }
    reviews {
      reviewerId
      reviewerOrganizationId
      conflictOfInterest
      conflictNote
      scores {
        key
        score
      }
      total
      comment
      submittedAt
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewAssignmentsQuery, ReviewAssignmentsQueryVariables>;
export const SubmitReviewDocument = new TypedDocumentString(`
    mutation SubmitReview($d: ID!, $coi: Boolean!, $note: String, $scores: [ReviewScoreInput!], $comment: String) {
  submitReview(
    declarationId: $d
    conflictOfInterest: $coi
    conflictNote: $note
    scores: $scores
    comment: $comment
  ) {
    reviewerId
    total
    submittedAt
  }
}
    `) as unknown as TypedDocumentString<SubmitReviewMutation, SubmitReviewMutationVariables>;
export const OrgAgreementsDocument = new TypedDocumentString(`
    query OrgAgreements($orgId: ID!) {
  revenueAgreements(organizationId: $orgId, first: 100) {
    edges {
      node {
        id
        title
        version
        effectiveFrom
        deductionKinds
        alliance {
          id
          name
        }
        owner {
          id
          name
        }
        policy {
          code
          name
          minTeacherShareBp
          maxTeacherShareBp
        }
        parties {
          shareBp
          teacherShareBp
          organization {
            id
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrgAgreementsQuery, OrgAgreementsQueryVariables>;
export const AllianceProjectsDocument = new TypedDocumentString(`
    query AllianceProjects($id: ID!) {
  alliance(id: $id) {
    id
    name
    projects(first: 100) {
      edges {
        node {
          id
          title
          status
          startOn
          endOn
          leadOrganization {
            id
            name
          }
          totalCommittedFunding {
            amount
            currency
          }
          participants {
            role
            organization {
              id
              name
            }
            committedFunding {
              amount
              currency
            }
            committedStaff
          }
          milestones {
            id
            title
            dueOn
            completedAt
          }
          outputs {
            id
            kind
            title
            reference
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AllianceProjectsQuery, AllianceProjectsQueryVariables>;
export const ProjectAllianceMembersDocument = new TypedDocumentString(`
    query ProjectAllianceMembers($id: ID!) {
  alliance(id: $id) {
    id
    members(status: ACTIVE, first: 100) {
      edges {
        node {
          id
          organization {
            id
            name
            kind
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProjectAllianceMembersQuery, ProjectAllianceMembersQueryVariables>;
export const CreateJointProjectDocument = new TypedDocumentString(`
    mutation CreateJointProject($input: CreateProjectInput!) {
  createProject(input: $input) {
    id
    title
    status
  }
}
    `) as unknown as TypedDocumentString<CreateJointProjectMutation, CreateJointProjectMutationVariables>;
export const SetJointProjectStatusDocument = new TypedDocumentString(`
    mutation SetJointProjectStatus($id: ID!, $status: ProjectStatus!, $reason: String) {
  setProjectStatus(projectId: $id, status: $status, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SetJointProjectStatusMutation, SetJointProjectStatusMutationVariables>;