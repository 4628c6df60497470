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

export type CreateAllianceInput = {
  /** The date the alliance was founded: defaults to today; may be in the past (recording an existing alliance), never in the future. Its status is FORMING from then. */
  foundedOn?: InputMaybe<Scalars['Date']['input']>;
  industries?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Becomes the alliance's LEAD member, active from foundedOn. */
  leadOrganizationId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  regionCode: Scalars['String']['input'];
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
  /** Why it was lifted. */
  liftReason?: Maybe<Scalars['String']['output']>;
  liftedAt?: Maybe<Scalars['DateTime']['output']>;
  organization: Organization;
  reason: Scalars['String']['output'];
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

/** Addition: a member as it stood in the evaluation (frozen evaluations keep names, kinds and school types). */
export type EvaluatedMember = {
  __typename?: 'EvaluatedMember';
  kind: OrganizationKind;
  name?: Maybe<Scalars['String']['output']>;
  organizationId: Scalars['ID']['output'];
  role: MembershipRole;
  schoolType?: Maybe<SchoolType>;
};

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

/** Addition: what a disqualification does to the organization's bookings that start later: keep them, or cancel them with notice (the ban recorded as each booking's reason). */
export type FutureBookingsChoice =
  | 'CANCEL'
  | 'KEEP';

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

/** A GB/T 4754-2017 section ('C' 制造业) or division ('C36' 汽车制造业). */
export type Industry = {
  __typename?: 'Industry';
  code: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type InterestStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'PENDING'
  | 'WITHDRAWN';

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

/** A major of the vocational-education major catalogue (职业教育专业目录): 6-digit code where the school uses one. */
export type Major = {
  __typename?: 'Major';
  code?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
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
  amendRevenueAgreement: RevenueAgreement;
  /** Addition: a new version of a policy from a date; audited. */
  amendRevenuePolicy: RevenuePolicy;
  applyForMembership: Membership;
  approveBooking: Booking;
  /** Approves an application (lead's admin) or accepts an invitation (invited organization's admin). effectiveDate defaults to today and may not be in the future. */
  approveMembership: Membership;
  /** Returns every booking made: one, or one per week of a recurrence. */
  bookTrainingBase: Array<Booking>;
  cancelBooking: Booking;
  cancelMatchmakingRegistration: EventRegistration;
  /** Addition: the lead's admins (or a platform admin) hand the lead over to an organization that is an active member from effectiveDate (default today, never the future, never before the last change) through today. */
  changeAllianceLead: Alliance;
  /** Addition: the program's funder (or a platform admin) closes it from now on: no application is accepted afterwards; submitted ones are still decided, frozen evaluations and awards stay as they are. */
  closeGrantProgram: GrantProgram;
  closeListing: Listing;
  /** Addition: ends a policy's latest version on validUntil (inclusive); audited. */
  closeRevenuePolicy: RevenuePolicy;
  /** Completes it now, while the project is ACTIVE; completing twice is CONFLICT. evidenceNote is added. */
  completeMilestone: Project;
  /** An accepted match becomes an agreement draft, a project or a booking request, once. */
  convertMatch: ListingInterest;
  createAlliance: Alliance;
  createGrantProgram: GrantProgram;
  createListing: Listing;
  createMatchmakingEvent: MatchmakingEvent;
  /** By an admin of the LEAD participant's organization. Starts PROPOSED. */
  createProject: Project;
  createRevenueAgreement: RevenueAgreement;
  /** Addition: a region's revenue policy (a funder whose region covers it, or a platform admin); audited. */
  createRevenuePolicy: RevenuePolicy;
  createTrainingBase: TrainingBase;
  /** By the program's funder. APPROVE re-evaluates as of today; REJECT needs a note. One award per alliance and program. */
  decideGrantApplication: GrantApplication;
  /** The listing owner accepts (the listing becomes MATCHED) or declines; one decision wins. */
  decideInterest: ListingInterest;
  deleteSavedSearch: SavedSearch;
  /** A funder bars an organization in its region; `until` defaults to 5 years (less a day) after `from`, `from` to today. Addition: `futureBookings` (default KEEP) keeps or cancels with notice its bookings that start before the ban ends. */
  disqualifyOrganization: Disqualification;
  endMembership: Membership;
  expressInterest: ListingInterest;
  inviteMember: Membership;
  inviteToMatchmakingEvent: Array<EventRegistration>;
  liftDisqualification: Disqualification;
  publishListing: Listing;
  /** Addition: recomputes the standings projection (platform admins). */
  rebuildGrantStandings: GrantStandingsRebuild;
  /** Addition: an enterprise's 规模以上 status for one statistical year (1949 to this year), by its own admin or a platform admin; a different value for a recorded year is a correction. */
  recordDesignatedSize: Organization;
  recordMatchmakingAttendance: EventRegistration;
  recordMatchmakingOutcome: MatchmakingEvent;
  /** While ACTIVE or COMPLETED. ownerOrganizationIds (added) must be participants; defaults to the lead. */
  recordProjectOutput: Project;
  /** By the agreement owner's admins only. */
  recordRevenue: RevenueEvent;
  /** Takes a seat: CONFLICT (reason FULL) when every seat is taken. */
  registerForMatchmakingEvent: EventRegistration;
  /** Platform admins register organizations (the credit code is verified and unique). */
  registerOrganization: Organization;
  rejectBooking: Booking;
  rejectMembership: Membership;
  removeClosedDates: TrainingBase;
  /** Appends a reversal (every figure negated); reversedOn defaults to today. An event is reversed at most once. */
  reverseRevenue: RevenueEvent;
  /** Revokes the caller's calendar feed URL for the base; the next calendarFeedUrl is a new one. */
  revokeCalendarFeed: Scalars['Boolean']['output'];
  saveSearch: SavedSearch;
  /** effectiveDate defaults to today; may be in the past but not before foundedOn, never in the future. Status history is kept: eligibility as of a date reads the status on that date. */
  setAllianceStatus: Alliance;
  setMatchmakingEventStatus: MatchmakingEvent;
  /** PROPOSED → ACTIVE | TERMINATED; ACTIVE → COMPLETED (every milestone done) | TERMINATED; anything else is CONFLICT. reason is added. */
  setProjectStatus: Project;
  /** By the lead unit's admin, inside the program's window; an ineligible alliance gets FAILED_PRECONDITION with the shortfall. */
  submitGrantApplication: GrantApplication;
  /** Addition: the program's funder (or a platform admin) edits it: the name always; closesOn never before today; opensOn, award amount and criteria only before the program opens. Kept in its history and the audit trail. */
  updateGrantProgram: GrantProgram;
  updateListing: Listing;
  /** Addition: corrects an organization from `effectiveDate` (default today, never the future, never before the field's last correction); the history keeps who, when, why and old → new. Member counts as of earlier dates keep the old kind and school type. */
  updateOrganization: Organization;
  /** Refused (CONFLICT, extensions.details.bookings) when bookings are in the way, unless cancelConflicting: then they are cancelled with `reason` recorded. */
  updateTrainingBase: TrainingBase;
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


export type MutationConvertMatchArgs = {
  input: ConvertMatchInput;
};


export type MutationCreateAllianceArgs = {
  input: CreateAllianceInput;
};


export type MutationCreateGrantProgramArgs = {
  input: CreateGrantProgramInput;
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


export type MutationCreateTrainingBaseArgs = {
  input: CreateTrainingBaseInput;
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


export type MutationExpressInterestArgs = {
  listingId: Scalars['ID']['input'];
  message: Scalars['String']['input'];
  organizationId: Scalars['ID']['input'];
  ownListingId?: InputMaybe<Scalars['ID']['input']>;
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


export type MutationPublishListingArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRecordDesignatedSizeArgs = {
  aboveDesignatedSize: Scalars['Boolean']['input'];
  organizationId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
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


export type MutationReverseRevenueArgs = {
  eventId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  reversedOn?: InputMaybe<Scalars['Date']['input']>;
};


export type MutationRevokeCalendarFeedArgs = {
  baseId: Scalars['ID']['input'];
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


export type MutationSetProjectStatusArgs = {
  projectId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  status: ProjectStatus;
};


export type MutationSubmitGrantApplicationArgs = {
  allianceId: Scalars['ID']['input'];
  programId: Scalars['ID']['input'];
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


export type MutationUpdateTrainingBaseArgs = {
  cancelConflicting?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
  input: UpdateTrainingBaseInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationWithdrawInterestArgs = {
  interestId: Scalars['ID']['input'];
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

export type OutputKind =
  | 'PAPER'
  | 'PATENT'
  | 'PROCESS'
  | 'PRODUCT'
  | 'SOFTWARE_COPYRIGHT'
  | 'STANDARD';

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

export type Query = {
  __typename?: 'Query';
  alliance?: Maybe<Alliance>;
  alliances: AllianceConnection;
  booking?: Maybe<Booking>;
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
  organization?: Maybe<Organization>;
  organizations: OrganizationConnection;
  /** Readable by participants' users, the alliance lead's admins and funders in its region; FORBIDDEN for others. */
  project?: Maybe<Project>;
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
  trainingBase?: Maybe<TrainingBase>;
};


export type QueryAllianceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAlliancesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AllianceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryBookingArgs = {
  id: Scalars['ID']['input'];
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


export type QueryOrganizationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganizationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryProjectArgs = {
  id: Scalars['ID']['input'];
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
  /** The reason in zh-CN (default) or en. */
  text: Scalars['String']['output'];
};


/** One reason a recommendation scored, in words. */
export type RecommendationReasonTextArgs = {
  lang?: InputMaybe<Scalars['String']['input']>;
};

export type RecordRevenueInput = {
  agreementId: Scalars['ID']['input'];
  deductions?: InputMaybe<Array<DeductionInput>>;
  /** Idempotency: the same reference is recorded once. */
  externalReference: Scalars['String']['input'];
  gross: MoneyInput;
  receivedOn: Scalars['Date']['input'];
};

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

export type Slot = {
  __typename?: 'Slot';
  end: Scalars['DateTime']['output'];
  remaining: Scalars['Int']['output'];
  start: Scalars['DateTime']['output'];
};

export type TrainingBase = {
  __typename?: 'TrainingBase';
  address?: Maybe<Scalars['String']['output']>;
  alliance: Alliance;
  /** The open time in [from, to), split wherever the number of free stations changes; full periods are listed with remaining 0; closed time is left out. At most 62 days. */
  availability: Array<Slot>;
  /** All bookings for the host's and the alliance lead's people; otherwise the caller's organization's only. */
  bookings: BookingConnection;
  /** iCalendar (RFC 5545) subscription URL for the caller, carrying its own secret token because calendar apps send no headers. Times are UTC or carry a VTIMEZONE. */
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

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me?: { __typename?: 'Viewer', id: string, roles: Array<Role>, organization?: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind, regionCode: string, memberships: Array<{ __typename?: 'Membership', id: string, role: MembershipRole, status: MembershipStatus, alliance: { __typename?: 'Alliance', id: string, name: string, regionCode: string, status: AllianceStatus } }> } | null } | null };

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

export type RegionOrganizationsQueryVariables = Exact<{
  region: Scalars['String']['input'];
}>;


export type RegionOrganizationsQuery = { __typename?: 'Query', organizations: { __typename?: 'OrganizationConnection', edges: Array<{ __typename?: 'OrganizationEdge', node: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind, disqualifications: Array<{ __typename?: 'Disqualification', id: string, reason: string, from: string, until: string, liftedAt?: string | null, liftReason?: string | null }> } }> } };

export type DisqualifyOrganizationMutationVariables = Exact<{
  organizationId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  from?: InputMaybe<Scalars['Date']['input']>;
  until?: InputMaybe<Scalars['Date']['input']>;
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


export type LeadMembersQuery = { __typename?: 'Query', alliance?: { __typename?: 'Alliance', id: string, regionCode: string, members: { __typename?: 'MembershipConnection', totalCount: number, edges: Array<{ __typename?: 'MembershipEdge', node: { __typename?: 'Membership', id: string, role: MembershipRole, status: MembershipStatus, joinedAt?: string | null, endedAt?: string | null, initiatedBy: MembershipInitiation, organization: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind, schoolType?: SchoolType | null } } }> } } | null };

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


export type SearchListingsQuery = { __typename?: 'Query', searchListings: { __typename?: 'ListingSearchResult', total: number, terms: Array<string>, hits: Array<{ __typename?: 'ListingHit', score: number, listing: { __typename?: 'Listing', id: string, kind: ListingKind, title: string, description: string, organizationName: string, regionName: string, validTo: string, headcount?: number | null, periodFrom?: string | null, periodTo?: string | null, place?: string | null, payMin?: { __typename?: 'Money', amount: string } | null, payMax?: { __typename?: 'Money', amount: string } | null, majors: Array<{ __typename?: 'Major', code?: string | null, name?: string | null }>, industries: Array<{ __typename?: 'Industry', code: string, name: string }> } }>, facets: { __typename?: 'ListingFacets', kind: Array<{ __typename?: 'FacetCount', value: string, label: string, count: number }>, region: Array<{ __typename?: 'FacetCount', value: string, label: string, count: number }>, industry: Array<{ __typename?: 'FacetCount', value: string, label: string, count: number }>, major: Array<{ __typename?: 'FacetCount', value: string, label: string, count: number }> } } };

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
    mutation DisqualifyOrganization($organizationId: ID!, $reason: String!, $from: Date, $until: Date) {
  disqualifyOrganization(
    organizationId: $organizationId
    reason: $reason
    from: $from
    until: $until
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