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
    "\n  query MatchmakingEvents($year: Int!) {\n    matchmakingEvents(first: 50) {\n      edges { node { id kind title theme date startTime mode place capacity registered seatsLeft registrationMode status organizer { id name } } }\n    }\n    matchmakingYearFigures(year: $year) { year events enterprises representatives agreements }\n  }\n": typeof types.MatchmakingEventsDocument,
    "\n  mutation RegisterForMatchmakingEvent($eventId: ID!, $organizationId: ID!) {\n    registerForMatchmakingEvent(eventId: $eventId, organizationId: $organizationId) { id status seatNo }\n  }\n": typeof types.RegisterForMatchmakingEventDocument,
    "\n  mutation CreateMatchmakingEvent($input: CreateMatchmakingEventInput!) {\n    createMatchmakingEvent(input: $input) { id title }\n  }\n": typeof types.CreateMatchmakingEventDocument,
    "\n  query MyListings {\n    myListings(first: 100) {\n      edges { node { id kind title status validTo publishedAt } }\n    }\n  }\n": typeof types.MyListingsDocument,
    "\n  query ListingRecommendations($listingId: ID!, $lang: String) {\n    listingRecommendations(listingId: $listingId, first: 10) {\n      listings {\n        score\n        listing { id title organizationName regionName kind }\n        reasons { code points text(lang: $lang) }\n      }\n    }\n  }\n": typeof types.ListingRecommendationsDocument,
    "\n  query ListingInterests($listingId: ID) {\n    listingInterests(listingId: $listingId, first: 100) {\n      edges { node { id organizationName message status conversion { kind id } createdAt } }\n    }\n  }\n": typeof types.ListingInterestsDocument,
    "\n  mutation DecideInterest($interestId: ID!, $accept: Boolean!) {\n    decideInterest(interestId: $interestId, accept: $accept) { id status }\n  }\n": typeof types.DecideInterestDocument,
    "\n  mutation ConvertMatch($input: ConvertMatchInput!) {\n    convertMatch(input: $input) { id conversion { kind id } }\n  }\n": typeof types.ConvertMatchDocument,
    "\n  query ListingIndustries {\n    listingIndustries { code name }\n  }\n": typeof types.ListingIndustriesDocument,
    "\n  mutation CreateListing($input: CreateListingInput!) {\n    createListing(input: $input) { id title status }\n  }\n": typeof types.CreateListingDocument,
    "\n  query SearchListings($filter: ListingFilterInput, $sort: ListingSort, $first: Int) {\n    searchListings(filter: $filter, sort: $sort, first: $first) {\n      total\n      terms\n      hits {\n        score\n        listing { id kind title description organizationName regionName validTo headcount periodFrom periodTo place payMin { amount } payMax { amount } majors { code name } industries { code name } }\n      }\n      facets {\n        kind { value label count }\n        region { value label count }\n        industry { value label count }\n        major { value label count }\n      }\n    }\n  }\n": typeof types.SearchListingsDocument,
    "\n  mutation ExpressInterest($listingId: ID!, $organizationId: ID!, $message: String!) {\n    expressInterest(listingId: $listingId, organizationId: $organizationId, message: $message) { id status }\n  }\n": typeof types.ExpressInterestDocument,
    "\n  query BaseCalendar($id: ID!, $from: DateTime!, $to: DateTime!) {\n    trainingBase(id: $id) {\n      id\n      availability(from: $from, to: $to) { start end remaining }\n      bookings(from: $from, to: $to, first: 100) {\n        edges { node { id start end headcount status purpose organization { id name } } }\n      }\n    }\n  }\n": typeof types.BaseCalendarDocument,
    "\n  mutation BookTrainingBase($input: BookTrainingBaseInput!) {\n    bookTrainingBase(input: $input) { id start end status seriesId }\n  }\n": typeof types.BookTrainingBaseDocument,
    "\n  query MemberBases {\n    me {\n      id\n      organization {\n        id\n        memberships {\n          id\n          status\n          alliance {\n            id\n            name\n            trainingBases(first: 20) {\n              edges {\n                node {\n                  id\n                  name\n                  address\n                  timeZone\n                  capacity\n                  status\n                  requiresApproval\n                  host { id name }\n                  openingHours { weekday opens closes }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.MemberBasesDocument,
    "\n  query BaseCalendarFeed($id: ID!) {\n    trainingBase(id: $id) { id calendarFeedUrl }\n  }\n": typeof types.BaseCalendarFeedDocument,
    "\n  query MyBookings($from: DateTime) {\n    myBookings(from: $from) {\n      id\n      start\n      end\n      headcount\n      purpose\n      status\n      seriesId\n      reason\n      base { id name timeZone }\n    }\n  }\n": typeof types.MyBookingsDocument,
    "\n  mutation CancelBooking($id: ID!, $reason: String!) {\n    cancelBooking(id: $id, reason: $reason) { id status }\n  }\n": typeof types.CancelBookingDocument,
    "\n  query RevenueStatement($organizationId: ID!, $from: Date!, $to: Date!) {\n    revenueStatement(organizationId: $organizationId, from: $from, to: $to) {\n      from\n      to\n      total { amount currency }\n      reconciled\n      lines {\n        amount { amount currency }\n        runningTotal { amount currency }\n        reconciled\n        event {\n          id\n          kind\n          receivedOn\n          externalReference\n          gross { amount currency }\n          net { amount currency }\n          agreement { id title }\n        }\n      }\n    }\n  }\n": typeof types.RevenueStatementDocument,
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
    "\n  query MatchmakingEvents($year: Int!) {\n    matchmakingEvents(first: 50) {\n      edges { node { id kind title theme date startTime mode place capacity registered seatsLeft registrationMode status organizer { id name } } }\n    }\n    matchmakingYearFigures(year: $year) { year events enterprises representatives agreements }\n  }\n": types.MatchmakingEventsDocument,
    "\n  mutation RegisterForMatchmakingEvent($eventId: ID!, $organizationId: ID!) {\n    registerForMatchmakingEvent(eventId: $eventId, organizationId: $organizationId) { id status seatNo }\n  }\n": types.RegisterForMatchmakingEventDocument,
    "\n  mutation CreateMatchmakingEvent($input: CreateMatchmakingEventInput!) {\n    createMatchmakingEvent(input: $input) { id title }\n  }\n": types.CreateMatchmakingEventDocument,
    "\n  query MyListings {\n    myListings(first: 100) {\n      edges { node { id kind title status validTo publishedAt } }\n    }\n  }\n": types.MyListingsDocument,
    "\n  query ListingRecommendations($listingId: ID!, $lang: String) {\n    listingRecommendations(listingId: $listingId, first: 10) {\n      listings {\n        score\n        listing { id title organizationName regionName kind }\n        reasons { code points text(lang: $lang) }\n      }\n    }\n  }\n": types.ListingRecommendationsDocument,
    "\n  query ListingInterests($listingId: ID) {\n    listingInterests(listingId: $listingId, first: 100) {\n      edges { node { id organizationName message status conversion { kind id } createdAt } }\n    }\n  }\n": types.ListingInterestsDocument,
    "\n  mutation DecideInterest($interestId: ID!, $accept: Boolean!) {\n    decideInterest(interestId: $interestId, accept: $accept) { id status }\n  }\n": types.DecideInterestDocument,
    "\n  mutation ConvertMatch($input: ConvertMatchInput!) {\n    convertMatch(input: $input) { id conversion { kind id } }\n  }\n": types.ConvertMatchDocument,
    "\n  query ListingIndustries {\n    listingIndustries { code name }\n  }\n": types.ListingIndustriesDocument,
    "\n  mutation CreateListing($input: CreateListingInput!) {\n    createListing(input: $input) { id title status }\n  }\n": types.CreateListingDocument,
    "\n  query SearchListings($filter: ListingFilterInput, $sort: ListingSort, $first: Int) {\n    searchListings(filter: $filter, sort: $sort, first: $first) {\n      total\n      terms\n      hits {\n        score\n        listing { id kind title description organizationName regionName validTo headcount periodFrom periodTo place payMin { amount } payMax { amount } majors { code name } industries { code name } }\n      }\n      facets {\n        kind { value label count }\n        region { value label count }\n        industry { value label count }\n        major { value label count }\n      }\n    }\n  }\n": types.SearchListingsDocument,
    "\n  mutation ExpressInterest($listingId: ID!, $organizationId: ID!, $message: String!) {\n    expressInterest(listingId: $listingId, organizationId: $organizationId, message: $message) { id status }\n  }\n": types.ExpressInterestDocument,
    "\n  query BaseCalendar($id: ID!, $from: DateTime!, $to: DateTime!) {\n    trainingBase(id: $id) {\n      id\n      availability(from: $from, to: $to) { start end remaining }\n      bookings(from: $from, to: $to, first: 100) {\n        edges { node { id start end headcount status purpose organization { id name } } }\n      }\n    }\n  }\n": types.BaseCalendarDocument,
    "\n  mutation BookTrainingBase($input: BookTrainingBaseInput!) {\n    bookTrainingBase(input: $input) { id start end status seriesId }\n  }\n": types.BookTrainingBaseDocument,
    "\n  query MemberBases {\n    me {\n      id\n      organization {\n        id\n        memberships {\n          id\n          status\n          alliance {\n            id\n            name\n            trainingBases(first: 20) {\n              edges {\n                node {\n                  id\n                  name\n                  address\n                  timeZone\n                  capacity\n                  status\n                  requiresApproval\n                  host { id name }\n                  openingHours { weekday opens closes }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.MemberBasesDocument,
    "\n  query BaseCalendarFeed($id: ID!) {\n    trainingBase(id: $id) { id calendarFeedUrl }\n  }\n": types.BaseCalendarFeedDocument,
    "\n  query MyBookings($from: DateTime) {\n    myBookings(from: $from) {\n      id\n      start\n      end\n      headcount\n      purpose\n      status\n      seriesId\n      reason\n      base { id name timeZone }\n    }\n  }\n": types.MyBookingsDocument,
    "\n  mutation CancelBooking($id: ID!, $reason: String!) {\n    cancelBooking(id: $id, reason: $reason) { id status }\n  }\n": types.CancelBookingDocument,
    "\n  query RevenueStatement($organizationId: ID!, $from: Date!, $to: Date!) {\n    revenueStatement(organizationId: $organizationId, from: $from, to: $to) {\n      from\n      to\n      total { amount currency }\n      reconciled\n      lines {\n        amount { amount currency }\n        runningTotal { amount currency }\n        reconciled\n        event {\n          id\n          kind\n          receivedOn\n          externalReference\n          gross { amount currency }\n          net { amount currency }\n          agreement { id title }\n        }\n      }\n    }\n  }\n": types.RevenueStatementDocument,
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
export function graphql(source: "\n  query MatchmakingEvents($year: Int!) {\n    matchmakingEvents(first: 50) {\n      edges { node { id kind title theme date startTime mode place capacity registered seatsLeft registrationMode status organizer { id name } } }\n    }\n    matchmakingYearFigures(year: $year) { year events enterprises representatives agreements }\n  }\n"): typeof import('./graphql').MatchmakingEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterForMatchmakingEvent($eventId: ID!, $organizationId: ID!) {\n    registerForMatchmakingEvent(eventId: $eventId, organizationId: $organizationId) { id status seatNo }\n  }\n"): typeof import('./graphql').RegisterForMatchmakingEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMatchmakingEvent($input: CreateMatchmakingEventInput!) {\n    createMatchmakingEvent(input: $input) { id title }\n  }\n"): typeof import('./graphql').CreateMatchmakingEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyListings {\n    myListings(first: 100) {\n      edges { node { id kind title status validTo publishedAt } }\n    }\n  }\n"): typeof import('./graphql').MyListingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListingRecommendations($listingId: ID!, $lang: String) {\n    listingRecommendations(listingId: $listingId, first: 10) {\n      listings {\n        score\n        listing { id title organizationName regionName kind }\n        reasons { code points text(lang: $lang) }\n      }\n    }\n  }\n"): typeof import('./graphql').ListingRecommendationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListingInterests($listingId: ID) {\n    listingInterests(listingId: $listingId, first: 100) {\n      edges { node { id organizationName message status conversion { kind id } createdAt } }\n    }\n  }\n"): typeof import('./graphql').ListingInterestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideInterest($interestId: ID!, $accept: Boolean!) {\n    decideInterest(interestId: $interestId, accept: $accept) { id status }\n  }\n"): typeof import('./graphql').DecideInterestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConvertMatch($input: ConvertMatchInput!) {\n    convertMatch(input: $input) { id conversion { kind id } }\n  }\n"): typeof import('./graphql').ConvertMatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListingIndustries {\n    listingIndustries { code name }\n  }\n"): typeof import('./graphql').ListingIndustriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateListing($input: CreateListingInput!) {\n    createListing(input: $input) { id title status }\n  }\n"): typeof import('./graphql').CreateListingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchListings($filter: ListingFilterInput, $sort: ListingSort, $first: Int) {\n    searchListings(filter: $filter, sort: $sort, first: $first) {\n      total\n      terms\n      hits {\n        score\n        listing { id kind title description organizationName regionName validTo headcount periodFrom periodTo place payMin { amount } payMax { amount } majors { code name } industries { code name } }\n      }\n      facets {\n        kind { value label count }\n        region { value label count }\n        industry { value label count }\n        major { value label count }\n      }\n    }\n  }\n"): typeof import('./graphql').SearchListingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExpressInterest($listingId: ID!, $organizationId: ID!, $message: String!) {\n    expressInterest(listingId: $listingId, organizationId: $organizationId, message: $message) { id status }\n  }\n"): typeof import('./graphql').ExpressInterestDocument;
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


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
