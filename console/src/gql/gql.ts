/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Me {\n    me {\n      id\n      roles\n      organization {\n        id\n        name\n        kind\n        regionCode\n        memberships {\n          id\n          role\n          status\n          alliance { id name regionCode status }\n        }\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  query FunderApplications($first: Int) {\n    grantApplications(first: $first) {\n      edges {\n        node {\n          id\n          status\n          submittedAt\n          decidedAt\n          decisionNote\n          alliance { id name }\n          program { id name code awardAmount { amount currency } }\n          evaluation { eligible asOf shortfall }\n          award { amount { amount currency } awardedOn }\n        }\n      }\n    }\n  }\n": typeof types.FunderApplicationsDocument,
    "\n  mutation DecideGrantApplication($id: ID!, $decision: Decision!, $note: String) {\n    decideGrantApplication(applicationId: $id, decision: $decision, note: $note) {\n      id\n      status\n      decidedAt\n      decisionNote\n      award { amount { amount currency } awardedOn }\n    }\n  }\n": typeof types.DecideGrantApplicationDocument,
    "\n  query RegionOrganizations($region: String!) {\n    organizations(filter: { regionCode: $region }, first: 100) {\n      edges {\n        node {\n          id\n          name\n          kind\n          disqualifications { id reason from until liftedAt liftReason }\n        }\n      }\n    }\n  }\n": typeof types.RegionOrganizationsDocument,
    "\n  mutation DisqualifyOrganization($organizationId: ID!, $reason: String!, $from: Date, $until: Date) {\n    disqualifyOrganization(organizationId: $organizationId, reason: $reason, from: $from, until: $until) { id from until }\n  }\n": typeof types.DisqualifyOrganizationDocument,
    "\n  mutation LiftDisqualification($id: ID!, $reason: String!) {\n    liftDisqualification(disqualificationId: $id, reason: $reason) { id liftedAt }\n  }\n": typeof types.LiftDisqualificationDocument,
    "\n  query FunderPrograms($funderId: ID!) {\n    grantPrograms(funderId: $funderId) { id code name regionCode awardAmount { amount currency } }\n  }\n": typeof types.FunderProgramsDocument,
    "\n  query EligibilityReport($allianceId: ID!, $programId: ID!, $asOf: Date) {\n    grantEligibility(allianceId: $allianceId, programId: $programId, asOf: $asOf) {\n      eligible\n      asOf\n      shortfall\n      allianceStatus\n      awardAmount { amount currency }\n      recipient { id name }\n      criteria { kind description required actual passed detail }\n      counts { total schools enterprises distinctSchoolTypes }\n      countedMembers { id name kind schoolType }\n      excludedMembers { organization { id name } name reason }\n    }\n  }\n": typeof types.EligibilityReportDocument,
    "\n  query Standings($first: Int, $after: String) {\n    grantStandings(first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          alliance { id }\n          allianceName\n          program { id }\n          regionCode\n          eligible\n          shortfall\n          schools\n          enterprises\n          distinctSchoolTypes\n          evaluatedOn\n          applicationStatus\n          awarded\n        }\n      }\n    }\n  }\n": typeof types.StandingsDocument,
    "\n  query LeadPrograms($region: String!, $allianceId: ID!) {\n    grantPrograms(regionCode: $region) {\n      id\n      code\n      name\n      opensOn\n      closesOn\n      awardAmount { amount currency }\n      funder { id name }\n    }\n    grantApplications(allianceId: $allianceId, first: 100) {\n      edges { node { id status submittedAt program { id } award { amount { amount currency } awardedOn } } }\n    }\n  }\n": typeof types.LeadProgramsDocument,
    "\n  query LeadEligibility($allianceId: ID!, $programId: ID!, $asOf: Date) {\n    grantEligibility(allianceId: $allianceId, programId: $programId, asOf: $asOf) {\n      eligible\n      asOf\n      shortfall\n      awardAmount { amount currency }\n      criteria { kind description required actual passed detail }\n    }\n  }\n": typeof types.LeadEligibilityDocument,
    "\n  mutation SubmitGrantApplication($allianceId: ID!, $programId: ID!) {\n    submitGrantApplication(allianceId: $allianceId, programId: $programId) { id status submittedAt }\n  }\n": typeof types.SubmitGrantApplicationDocument,
    "\n  query InviteCandidates($region: String) {\n    organizations(filter: { regionCode: $region }, first: 100) {\n      edges { node { id name kind } }\n    }\n  }\n": typeof types.InviteCandidatesDocument,
    "\n  mutation InviteMember($allianceId: ID!, $organizationId: ID!) {\n    inviteMember(allianceId: $allianceId, organizationId: $organizationId) { id status }\n  }\n": typeof types.InviteMemberDocument,
    "\n  query LeadMembers($id: ID!) {\n    alliance(id: $id) {\n      id\n      regionCode\n      members(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            role\n            status\n            joinedAt\n            endedAt\n            initiatedBy\n            organization { id name kind schoolType }\n          }\n        }\n      }\n    }\n  }\n": typeof types.LeadMembersDocument,
    "\n  mutation ApproveMembership($id: ID!, $effectiveDate: Date) {\n    approveMembership(membershipId: $id, effectiveDate: $effectiveDate) { id status joinedAt }\n  }\n": typeof types.ApproveMembershipDocument,
    "\n  mutation RejectMembership($id: ID!, $reason: String!) {\n    rejectMembership(membershipId: $id, reason: $reason) { id status }\n  }\n": typeof types.RejectMembershipDocument,
    "\n  mutation EndMembership($id: ID!, $effectiveDate: Date!, $reason: String!) {\n    endMembership(membershipId: $id, effectiveDate: $effectiveDate, reason: $reason) { id status endedAt }\n  }\n": typeof types.EndMembershipDocument,
    "\n  query LeadOverview($id: ID!, $asOf: Date) {\n    alliance(id: $id) {\n      id\n      name\n      status\n      regionCode\n      foundedOn\n      industries\n      lead { id name }\n      memberCounts(asOf: $asOf) {\n        asOf\n        total\n        schools\n        enterprises\n        distinctSchoolTypes\n        byKind { kind count }\n        bySchoolType { schoolType count }\n      }\n    }\n  }\n": typeof types.LeadOverviewDocument,
    "\n  query BaseCalendar($id: ID!, $from: DateTime!, $to: DateTime!) {\n    trainingBase(id: $id) {\n      id\n      availability(from: $from, to: $to) { start end remaining }\n      bookings(from: $from, to: $to, first: 100) {\n        edges { node { id start end headcount status purpose organization { id name } } }\n      }\n    }\n  }\n": typeof types.BaseCalendarDocument,
    "\n  mutation BookTrainingBase($input: BookTrainingBaseInput!) {\n    bookTrainingBase(input: $input) { id start end status seriesId }\n  }\n": typeof types.BookTrainingBaseDocument,
    "\n  query MemberBases {\n    me {\n      id\n      organization {\n        id\n        memberships {\n          id\n          status\n          alliance {\n            id\n            name\n            trainingBases(first: 20) {\n              edges {\n                node {\n                  id\n                  name\n                  address\n                  timeZone\n                  capacity\n                  status\n                  requiresApproval\n                  host { id name }\n                  openingHours { weekday opens closes }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.MemberBasesDocument,
    "\n  query BaseCalendarFeed($id: ID!) {\n    trainingBase(id: $id) { id calendarFeedUrl }\n  }\n": typeof types.BaseCalendarFeedDocument,
    "\n  query MyBookings($from: DateTime) {\n    myBookings(from: $from) {\n      id\n      start\n      end\n      headcount\n      purpose\n      status\n      seriesId\n      reason\n      base { id name timeZone }\n    }\n  }\n": typeof types.MyBookingsDocument,
    "\n  mutation CancelBooking($id: ID!, $reason: String!) {\n    cancelBooking(id: $id, reason: $reason) { id status }\n  }\n": typeof types.CancelBookingDocument,
    "\n  query RevenueStatement($organizationId: ID!, $from: Date!, $to: Date!) {\n    revenueStatement(organizationId: $organizationId, from: $from, to: $to) {\n      from\n      to\n      total { amount currency }\n      reconciled\n      lines {\n        amount { amount currency }\n        runningTotal { amount currency }\n        reconciled\n        event {\n          id\n          kind\n          receivedOn\n          externalReference\n          gross { amount currency }\n          net { amount currency }\n          agreement { id title }\n        }\n      }\n    }\n  }\n": typeof types.RevenueStatementDocument,
    "\n  query MyDeclarations($org: ID!, $region: String) {\n    certPrograms(regionCode: $region) { id name }\n    declarations(organizationId: $org) {\n      id status industry noticeFrom noticeUntil validFrom validUntil rejectionReason\n      program { name }\n      attachments { fileId fileName mime }\n      cooperation { agreementsInForce apprentices placements trainingBasesHosted projects unavailable }\n      levyStatement { csv years { year investment { amount } credit { amount } offset { amount } carriedForward { amount } educationSurcharge { amount } localEducationSurcharge { amount } } }\n    }\n  }\n": typeof types.MyDeclarationsDocument,
    "mutation CreateDeclaration($input: CreateDeclarationInput!) { createDeclaration(input: $input) { id status } }": typeof types.CreateDeclarationDocument,
    "mutation AttachToDeclaration($d: ID!, $name: String!, $c: String!) { attachToDeclaration(declarationId: $d, fileName: $name, contentBase64: $c) { fileId mime } }": typeof types.AttachToDeclarationDocument,
    "mutation SubmitDeclaration($d: ID!) { submitDeclaration(declarationId: $d) { id status } }": typeof types.SubmitDeclarationDocument,
    "mutation RecordLevyYear($d: ID!, $y: Int!, $i: String!, $e: String!, $l: String!) { recordLevyYear(declarationId: $d, year: $y, investment: $i, educationSurcharge: $e, localEducationSurcharge: $l) { declarationId } }": typeof types.RecordLevyYearDocument,
    "\n  query EvaluationRuns {\n    evaluationRuns { id systemName year asOf status publishedOn rows { allianceId allianceName rank total outcomes { kind description } values { key value points evidence } } }\n  }\n": typeof types.EvaluationRunsDocument,
    "\n  query PilotCities {\n    pilotCities { id name regionCode deadline overdueItems progress { kind target actual met source } items { id list title owner deadline status overdue } }\n  }\n": typeof types.PilotCitiesDocument,
    "\n  query FunderDeclarations {\n    declarations {\n      id organizationName industry status reviewers averageScore noticeFrom noticeUntil validFrom validUntil rejectionReason\n      reviews { reviewerId conflictOfInterest total }\n      objections { id text status resolution }\n      cooperation { agreementsInForce apprentices placements trainingBasesHosted projects unavailable }\n    }\n  }\n": typeof types.FunderDeclarationsDocument,
    "mutation AssignReviewers($d: ID!, $r: [String!]!) { assignReviewers(declarationId: $d, reviewerIds: $r) { id status } }": typeof types.AssignReviewersDocument,
    "mutation DecideDeclaration($d: ID!, $decision: CertDecision!) { decideDeclaration(declarationId: $d, decision: $decision) { id status } }": typeof types.DecideDeclarationDocument,
    "mutation ResolveObjection($o: ID!, $outcome: ObjectionOutcome!, $r: String!) { resolveObjection(objectionId: $o, outcome: $outcome, resolution: $r) { id status } }": typeof types.ResolveObjectionDocument,
    "mutation EnterReserve($d: ID!) { enterReserve(declarationId: $d) { id status } }": typeof types.EnterReserveDocument,
    "mutation CertifyDeclaration($d: ID!) { certifyDeclaration(declarationId: $d) { id status } }": typeof types.CertifyDeclarationDocument,
    "mutation FindFalseInformation($d: ID!, $r: String!) { findFalseInformation(declarationId: $d, reason: $r) { declaration { id status } disqualification { from until } } }": typeof types.FindFalseInformationDocument,
    "\n  query PublicOversight {\n    publicNotices { declarationId organizationName industry regionCode noticeFrom noticeUntil programName }\n    certifiedEnterprises { declarationId organizationName industry regionCode validFrom validUntil }\n    publicRankings { runId systemName year rows { rank allianceName total } }\n  }\n": typeof types.PublicOversightDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      id\n      roles\n      organization {\n        id\n        name\n        kind\n        regionCode\n        memberships {\n          id\n          role\n          status\n          alliance { id name regionCode status }\n        }\n      }\n    }\n  }\n": types.MeDocument,
    "\n  query FunderApplications($first: Int) {\n    grantApplications(first: $first) {\n      edges {\n        node {\n          id\n          status\n          submittedAt\n          decidedAt\n          decisionNote\n          alliance { id name }\n          program { id name code awardAmount { amount currency } }\n          evaluation { eligible asOf shortfall }\n          award { amount { amount currency } awardedOn }\n        }\n      }\n    }\n  }\n": types.FunderApplicationsDocument,
    "\n  mutation DecideGrantApplication($id: ID!, $decision: Decision!, $note: String) {\n    decideGrantApplication(applicationId: $id, decision: $decision, note: $note) {\n      id\n      status\n      decidedAt\n      decisionNote\n      award { amount { amount currency } awardedOn }\n    }\n  }\n": types.DecideGrantApplicationDocument,
    "\n  query RegionOrganizations($region: String!) {\n    organizations(filter: { regionCode: $region }, first: 100) {\n      edges {\n        node {\n          id\n          name\n          kind\n          disqualifications { id reason from until liftedAt liftReason }\n        }\n      }\n    }\n  }\n": types.RegionOrganizationsDocument,
    "\n  mutation DisqualifyOrganization($organizationId: ID!, $reason: String!, $from: Date, $until: Date) {\n    disqualifyOrganization(organizationId: $organizationId, reason: $reason, from: $from, until: $until) { id from until }\n  }\n": types.DisqualifyOrganizationDocument,
    "\n  mutation LiftDisqualification($id: ID!, $reason: String!) {\n    liftDisqualification(disqualificationId: $id, reason: $reason) { id liftedAt }\n  }\n": types.LiftDisqualificationDocument,
    "\n  query FunderPrograms($funderId: ID!) {\n    grantPrograms(funderId: $funderId) { id code name regionCode awardAmount { amount currency } }\n  }\n": types.FunderProgramsDocument,
    "\n  query EligibilityReport($allianceId: ID!, $programId: ID!, $asOf: Date) {\n    grantEligibility(allianceId: $allianceId, programId: $programId, asOf: $asOf) {\n      eligible\n      asOf\n      shortfall\n      allianceStatus\n      awardAmount { amount currency }\n      recipient { id name }\n      criteria { kind description required actual passed detail }\n      counts { total schools enterprises distinctSchoolTypes }\n      countedMembers { id name kind schoolType }\n      excludedMembers { organization { id name } name reason }\n    }\n  }\n": types.EligibilityReportDocument,
    "\n  query Standings($first: Int, $after: String) {\n    grantStandings(first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          alliance { id }\n          allianceName\n          program { id }\n          regionCode\n          eligible\n          shortfall\n          schools\n          enterprises\n          distinctSchoolTypes\n          evaluatedOn\n          applicationStatus\n          awarded\n        }\n      }\n    }\n  }\n": types.StandingsDocument,
    "\n  query LeadPrograms($region: String!, $allianceId: ID!) {\n    grantPrograms(regionCode: $region) {\n      id\n      code\n      name\n      opensOn\n      closesOn\n      awardAmount { amount currency }\n      funder { id name }\n    }\n    grantApplications(allianceId: $allianceId, first: 100) {\n      edges { node { id status submittedAt program { id } award { amount { amount currency } awardedOn } } }\n    }\n  }\n": types.LeadProgramsDocument,
    "\n  query LeadEligibility($allianceId: ID!, $programId: ID!, $asOf: Date) {\n    grantEligibility(allianceId: $allianceId, programId: $programId, asOf: $asOf) {\n      eligible\n      asOf\n      shortfall\n      awardAmount { amount currency }\n      criteria { kind description required actual passed detail }\n    }\n  }\n": types.LeadEligibilityDocument,
    "\n  mutation SubmitGrantApplication($allianceId: ID!, $programId: ID!) {\n    submitGrantApplication(allianceId: $allianceId, programId: $programId) { id status submittedAt }\n  }\n": types.SubmitGrantApplicationDocument,
    "\n  query InviteCandidates($region: String) {\n    organizations(filter: { regionCode: $region }, first: 100) {\n      edges { node { id name kind } }\n    }\n  }\n": types.InviteCandidatesDocument,
    "\n  mutation InviteMember($allianceId: ID!, $organizationId: ID!) {\n    inviteMember(allianceId: $allianceId, organizationId: $organizationId) { id status }\n  }\n": types.InviteMemberDocument,
    "\n  query LeadMembers($id: ID!) {\n    alliance(id: $id) {\n      id\n      regionCode\n      members(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            role\n            status\n            joinedAt\n            endedAt\n            initiatedBy\n            organization { id name kind schoolType }\n          }\n        }\n      }\n    }\n  }\n": types.LeadMembersDocument,
    "\n  mutation ApproveMembership($id: ID!, $effectiveDate: Date) {\n    approveMembership(membershipId: $id, effectiveDate: $effectiveDate) { id status joinedAt }\n  }\n": types.ApproveMembershipDocument,
    "\n  mutation RejectMembership($id: ID!, $reason: String!) {\n    rejectMembership(membershipId: $id, reason: $reason) { id status }\n  }\n": types.RejectMembershipDocument,
    "\n  mutation EndMembership($id: ID!, $effectiveDate: Date!, $reason: String!) {\n    endMembership(membershipId: $id, effectiveDate: $effectiveDate, reason: $reason) { id status endedAt }\n  }\n": types.EndMembershipDocument,
    "\n  query LeadOverview($id: ID!, $asOf: Date) {\n    alliance(id: $id) {\n      id\n      name\n      status\n      regionCode\n      foundedOn\n      industries\n      lead { id name }\n      memberCounts(asOf: $asOf) {\n        asOf\n        total\n        schools\n        enterprises\n        distinctSchoolTypes\n        byKind { kind count }\n        bySchoolType { schoolType count }\n      }\n    }\n  }\n": types.LeadOverviewDocument,
    "\n  query BaseCalendar($id: ID!, $from: DateTime!, $to: DateTime!) {\n    trainingBase(id: $id) {\n      id\n      availability(from: $from, to: $to) { start end remaining }\n      bookings(from: $from, to: $to, first: 100) {\n        edges { node { id start end headcount status purpose organization { id name } } }\n      }\n    }\n  }\n": types.BaseCalendarDocument,
    "\n  mutation BookTrainingBase($input: BookTrainingBaseInput!) {\n    bookTrainingBase(input: $input) { id start end status seriesId }\n  }\n": types.BookTrainingBaseDocument,
    "\n  query MemberBases {\n    me {\n      id\n      organization {\n        id\n        memberships {\n          id\n          status\n          alliance {\n            id\n            name\n            trainingBases(first: 20) {\n              edges {\n                node {\n                  id\n                  name\n                  address\n                  timeZone\n                  capacity\n                  status\n                  requiresApproval\n                  host { id name }\n                  openingHours { weekday opens closes }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.MemberBasesDocument,
    "\n  query BaseCalendarFeed($id: ID!) {\n    trainingBase(id: $id) { id calendarFeedUrl }\n  }\n": types.BaseCalendarFeedDocument,
    "\n  query MyBookings($from: DateTime) {\n    myBookings(from: $from) {\n      id\n      start\n      end\n      headcount\n      purpose\n      status\n      seriesId\n      reason\n      base { id name timeZone }\n    }\n  }\n": types.MyBookingsDocument,
    "\n  mutation CancelBooking($id: ID!, $reason: String!) {\n    cancelBooking(id: $id, reason: $reason) { id status }\n  }\n": types.CancelBookingDocument,
    "\n  query RevenueStatement($organizationId: ID!, $from: Date!, $to: Date!) {\n    revenueStatement(organizationId: $organizationId, from: $from, to: $to) {\n      from\n      to\n      total { amount currency }\n      reconciled\n      lines {\n        amount { amount currency }\n        runningTotal { amount currency }\n        reconciled\n        event {\n          id\n          kind\n          receivedOn\n          externalReference\n          gross { amount currency }\n          net { amount currency }\n          agreement { id title }\n        }\n      }\n    }\n  }\n": types.RevenueStatementDocument,
    "\n  query MyDeclarations($org: ID!, $region: String) {\n    certPrograms(regionCode: $region) { id name }\n    declarations(organizationId: $org) {\n      id status industry noticeFrom noticeUntil validFrom validUntil rejectionReason\n      program { name }\n      attachments { fileId fileName mime }\n      cooperation { agreementsInForce apprentices placements trainingBasesHosted projects unavailable }\n      levyStatement { csv years { year investment { amount } credit { amount } offset { amount } carriedForward { amount } educationSurcharge { amount } localEducationSurcharge { amount } } }\n    }\n  }\n": types.MyDeclarationsDocument,
    "mutation CreateDeclaration($input: CreateDeclarationInput!) { createDeclaration(input: $input) { id status } }": types.CreateDeclarationDocument,
    "mutation AttachToDeclaration($d: ID!, $name: String!, $c: String!) { attachToDeclaration(declarationId: $d, fileName: $name, contentBase64: $c) { fileId mime } }": types.AttachToDeclarationDocument,
    "mutation SubmitDeclaration($d: ID!) { submitDeclaration(declarationId: $d) { id status } }": types.SubmitDeclarationDocument,
    "mutation RecordLevyYear($d: ID!, $y: Int!, $i: String!, $e: String!, $l: String!) { recordLevyYear(declarationId: $d, year: $y, investment: $i, educationSurcharge: $e, localEducationSurcharge: $l) { declarationId } }": types.RecordLevyYearDocument,
    "\n  query EvaluationRuns {\n    evaluationRuns { id systemName year asOf status publishedOn rows { allianceId allianceName rank total outcomes { kind description } values { key value points evidence } } }\n  }\n": types.EvaluationRunsDocument,
    "\n  query PilotCities {\n    pilotCities { id name regionCode deadline overdueItems progress { kind target actual met source } items { id list title owner deadline status overdue } }\n  }\n": types.PilotCitiesDocument,
    "\n  query FunderDeclarations {\n    declarations {\n      id organizationName industry status reviewers averageScore noticeFrom noticeUntil validFrom validUntil rejectionReason\n      reviews { reviewerId conflictOfInterest total }\n      objections { id text status resolution }\n      cooperation { agreementsInForce apprentices placements trainingBasesHosted projects unavailable }\n    }\n  }\n": types.FunderDeclarationsDocument,
    "mutation AssignReviewers($d: ID!, $r: [String!]!) { assignReviewers(declarationId: $d, reviewerIds: $r) { id status } }": types.AssignReviewersDocument,
    "mutation DecideDeclaration($d: ID!, $decision: CertDecision!) { decideDeclaration(declarationId: $d, decision: $decision) { id status } }": types.DecideDeclarationDocument,
    "mutation ResolveObjection($o: ID!, $outcome: ObjectionOutcome!, $r: String!) { resolveObjection(objectionId: $o, outcome: $outcome, resolution: $r) { id status } }": types.ResolveObjectionDocument,
    "mutation EnterReserve($d: ID!) { enterReserve(declarationId: $d) { id status } }": types.EnterReserveDocument,
    "mutation CertifyDeclaration($d: ID!) { certifyDeclaration(declarationId: $d) { id status } }": types.CertifyDeclarationDocument,
    "mutation FindFalseInformation($d: ID!, $r: String!) { findFalseInformation(declarationId: $d, reason: $r) { declaration { id status } disqualification { from until } } }": types.FindFalseInformationDocument,
    "\n  query PublicOversight {\n    publicNotices { declarationId organizationName industry regionCode noticeFrom noticeUntil programName }\n    certifiedEnterprises { declarationId organizationName industry regionCode validFrom validUntil }\n    publicRankings { runId systemName year rows { rank allianceName total } }\n  }\n": types.PublicOversightDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      roles\n      organization {\n        id\n        name\n        kind\n        regionCode\n        memberships {\n          id\n          role\n          status\n          alliance { id name regionCode status }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FunderApplications($first: Int) {\n    grantApplications(first: $first) {\n      edges {\n        node {\n          id\n          status\n          submittedAt\n          decidedAt\n          decisionNote\n          alliance { id name }\n          program { id name code awardAmount { amount currency } }\n          evaluation { eligible asOf shortfall }\n          award { amount { amount currency } awardedOn }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FunderApplicationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideGrantApplication($id: ID!, $decision: Decision!, $note: String) {\n    decideGrantApplication(applicationId: $id, decision: $decision, note: $note) {\n      id\n      status\n      decidedAt\n      decisionNote\n      award { amount { amount currency } awardedOn }\n    }\n  }\n"): typeof import('./graphql').DecideGrantApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionOrganizations($region: String!) {\n    organizations(filter: { regionCode: $region }, first: 100) {\n      edges {\n        node {\n          id\n          name\n          kind\n          disqualifications { id reason from until liftedAt liftReason }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RegionOrganizationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisqualifyOrganization($organizationId: ID!, $reason: String!, $from: Date, $until: Date) {\n    disqualifyOrganization(organizationId: $organizationId, reason: $reason, from: $from, until: $until) { id from until }\n  }\n"): typeof import('./graphql').DisqualifyOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiftDisqualification($id: ID!, $reason: String!) {\n    liftDisqualification(disqualificationId: $id, reason: $reason) { id liftedAt }\n  }\n"): typeof import('./graphql').LiftDisqualificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FunderPrograms($funderId: ID!) {\n    grantPrograms(funderId: $funderId) { id code name regionCode awardAmount { amount currency } }\n  }\n"): typeof import('./graphql').FunderProgramsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EligibilityReport($allianceId: ID!, $programId: ID!, $asOf: Date) {\n    grantEligibility(allianceId: $allianceId, programId: $programId, asOf: $asOf) {\n      eligible\n      asOf\n      shortfall\n      allianceStatus\n      awardAmount { amount currency }\n      recipient { id name }\n      criteria { kind description required actual passed detail }\n      counts { total schools enterprises distinctSchoolTypes }\n      countedMembers { id name kind schoolType }\n      excludedMembers { organization { id name } name reason }\n    }\n  }\n"): typeof import('./graphql').EligibilityReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Standings($first: Int, $after: String) {\n    grantStandings(first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          alliance { id }\n          allianceName\n          program { id }\n          regionCode\n          eligible\n          shortfall\n          schools\n          enterprises\n          distinctSchoolTypes\n          evaluatedOn\n          applicationStatus\n          awarded\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StandingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadPrograms($region: String!, $allianceId: ID!) {\n    grantPrograms(regionCode: $region) {\n      id\n      code\n      name\n      opensOn\n      closesOn\n      awardAmount { amount currency }\n      funder { id name }\n    }\n    grantApplications(allianceId: $allianceId, first: 100) {\n      edges { node { id status submittedAt program { id } award { amount { amount currency } awardedOn } } }\n    }\n  }\n"): typeof import('./graphql').LeadProgramsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadEligibility($allianceId: ID!, $programId: ID!, $asOf: Date) {\n    grantEligibility(allianceId: $allianceId, programId: $programId, asOf: $asOf) {\n      eligible\n      asOf\n      shortfall\n      awardAmount { amount currency }\n      criteria { kind description required actual passed detail }\n    }\n  }\n"): typeof import('./graphql').LeadEligibilityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitGrantApplication($allianceId: ID!, $programId: ID!) {\n    submitGrantApplication(allianceId: $allianceId, programId: $programId) { id status submittedAt }\n  }\n"): typeof import('./graphql').SubmitGrantApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InviteCandidates($region: String) {\n    organizations(filter: { regionCode: $region }, first: 100) {\n      edges { node { id name kind } }\n    }\n  }\n"): typeof import('./graphql').InviteCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($allianceId: ID!, $organizationId: ID!) {\n    inviteMember(allianceId: $allianceId, organizationId: $organizationId) { id status }\n  }\n"): typeof import('./graphql').InviteMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadMembers($id: ID!) {\n    alliance(id: $id) {\n      id\n      regionCode\n      members(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            role\n            status\n            joinedAt\n            endedAt\n            initiatedBy\n            organization { id name kind schoolType }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LeadMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveMembership($id: ID!, $effectiveDate: Date) {\n    approveMembership(membershipId: $id, effectiveDate: $effectiveDate) { id status joinedAt }\n  }\n"): typeof import('./graphql').ApproveMembershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectMembership($id: ID!, $reason: String!) {\n    rejectMembership(membershipId: $id, reason: $reason) { id status }\n  }\n"): typeof import('./graphql').RejectMembershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndMembership($id: ID!, $effectiveDate: Date!, $reason: String!) {\n    endMembership(membershipId: $id, effectiveDate: $effectiveDate, reason: $reason) { id status endedAt }\n  }\n"): typeof import('./graphql').EndMembershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadOverview($id: ID!, $asOf: Date) {\n    alliance(id: $id) {\n      id\n      name\n      status\n      regionCode\n      foundedOn\n      industries\n      lead { id name }\n      memberCounts(asOf: $asOf) {\n        asOf\n        total\n        schools\n        enterprises\n        distinctSchoolTypes\n        byKind { kind count }\n        bySchoolType { schoolType count }\n      }\n    }\n  }\n"): typeof import('./graphql').LeadOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BaseCalendar($id: ID!, $from: DateTime!, $to: DateTime!) {\n    trainingBase(id: $id) {\n      id\n      availability(from: $from, to: $to) { start end remaining }\n      bookings(from: $from, to: $to, first: 100) {\n        edges { node { id start end headcount status purpose organization { id name } } }\n      }\n    }\n  }\n"): typeof import('./graphql').BaseCalendarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookTrainingBase($input: BookTrainingBaseInput!) {\n    bookTrainingBase(input: $input) { id start end status seriesId }\n  }\n"): typeof import('./graphql').BookTrainingBaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberBases {\n    me {\n      id\n      organization {\n        id\n        memberships {\n          id\n          status\n          alliance {\n            id\n            name\n            trainingBases(first: 20) {\n              edges {\n                node {\n                  id\n                  name\n                  address\n                  timeZone\n                  capacity\n                  status\n                  requiresApproval\n                  host { id name }\n                  openingHours { weekday opens closes }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MemberBasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BaseCalendarFeed($id: ID!) {\n    trainingBase(id: $id) { id calendarFeedUrl }\n  }\n"): typeof import('./graphql').BaseCalendarFeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyBookings($from: DateTime) {\n    myBookings(from: $from) {\n      id\n      start\n      end\n      headcount\n      purpose\n      status\n      seriesId\n      reason\n      base { id name timeZone }\n    }\n  }\n"): typeof import('./graphql').MyBookingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelBooking($id: ID!, $reason: String!) {\n    cancelBooking(id: $id, reason: $reason) { id status }\n  }\n"): typeof import('./graphql').CancelBookingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RevenueStatement($organizationId: ID!, $from: Date!, $to: Date!) {\n    revenueStatement(organizationId: $organizationId, from: $from, to: $to) {\n      from\n      to\n      total { amount currency }\n      reconciled\n      lines {\n        amount { amount currency }\n        runningTotal { amount currency }\n        reconciled\n        event {\n          id\n          kind\n          receivedOn\n          externalReference\n          gross { amount currency }\n          net { amount currency }\n          agreement { id title }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RevenueStatementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDeclarations($org: ID!, $region: String) {\n    certPrograms(regionCode: $region) { id name }\n    declarations(organizationId: $org) {\n      id status industry noticeFrom noticeUntil validFrom validUntil rejectionReason\n      program { name }\n      attachments { fileId fileName mime }\n      cooperation { agreementsInForce apprentices placements trainingBasesHosted projects unavailable }\n      levyStatement { csv years { year investment { amount } credit { amount } offset { amount } carriedForward { amount } educationSurcharge { amount } localEducationSurcharge { amount } } }\n    }\n  }\n"): typeof import('./graphql').MyDeclarationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateDeclaration($input: CreateDeclarationInput!) { createDeclaration(input: $input) { id status } }"): typeof import('./graphql').CreateDeclarationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AttachToDeclaration($d: ID!, $name: String!, $c: String!) { attachToDeclaration(declarationId: $d, fileName: $name, contentBase64: $c) { fileId mime } }"): typeof import('./graphql').AttachToDeclarationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitDeclaration($d: ID!) { submitDeclaration(declarationId: $d) { id status } }"): typeof import('./graphql').SubmitDeclarationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordLevyYear($d: ID!, $y: Int!, $i: String!, $e: String!, $l: String!) { recordLevyYear(declarationId: $d, year: $y, investment: $i, educationSurcharge: $e, localEducationSurcharge: $l) { declarationId } }"): typeof import('./graphql').RecordLevyYearDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvaluationRuns {\n    evaluationRuns { id systemName year asOf status publishedOn rows { allianceId allianceName rank total outcomes { kind description } values { key value points evidence } } }\n  }\n"): typeof import('./graphql').EvaluationRunsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PilotCities {\n    pilotCities { id name regionCode deadline overdueItems progress { kind target actual met source } items { id list title owner deadline status overdue } }\n  }\n"): typeof import('./graphql').PilotCitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FunderDeclarations {\n    declarations {\n      id organizationName industry status reviewers averageScore noticeFrom noticeUntil validFrom validUntil rejectionReason\n      reviews { reviewerId conflictOfInterest total }\n      objections { id text status resolution }\n      cooperation { agreementsInForce apprentices placements trainingBasesHosted projects unavailable }\n    }\n  }\n"): typeof import('./graphql').FunderDeclarationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssignReviewers($d: ID!, $r: [String!]!) { assignReviewers(declarationId: $d, reviewerIds: $r) { id status } }"): typeof import('./graphql').AssignReviewersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DecideDeclaration($d: ID!, $decision: CertDecision!) { decideDeclaration(declarationId: $d, decision: $decision) { id status } }"): typeof import('./graphql').DecideDeclarationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResolveObjection($o: ID!, $outcome: ObjectionOutcome!, $r: String!) { resolveObjection(objectionId: $o, outcome: $outcome, resolution: $r) { id status } }"): typeof import('./graphql').ResolveObjectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EnterReserve($d: ID!) { enterReserve(declarationId: $d) { id status } }"): typeof import('./graphql').EnterReserveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CertifyDeclaration($d: ID!) { certifyDeclaration(declarationId: $d) { id status } }"): typeof import('./graphql').CertifyDeclarationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FindFalseInformation($d: ID!, $r: String!) { findFalseInformation(declarationId: $d, reason: $r) { declaration { id status } disqualification { from until } } }"): typeof import('./graphql').FindFalseInformationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicOversight {\n    publicNotices { declarationId organizationName industry regionCode noticeFrom noticeUntil programName }\n    certifiedEnterprises { declarationId organizationName industry regionCode validFrom validUntil }\n    publicRankings { runId systemName year rows { rank allianceName total } }\n  }\n"): typeof import('./graphql').PublicOversightDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
