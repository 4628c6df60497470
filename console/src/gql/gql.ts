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
    "\n  query NotificationInbox($unreadOnly: Boolean, $first: Int, $after: String, $locale: NotificationLocale) {\n    notifications(unreadOnly: $unreadOnly, first: $first, after: $after, locale: $locale) {\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          link\n          read\n          settled\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.NotificationInboxDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      email\n      locale\n      mailEnabled\n      kinds {\n        kind\n        inApp\n        email\n      }\n    }\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreferences($input: NotificationPreferencesInput!) {\n    setNotificationPreferences(input: $input) {\n      email\n      locale\n      mailEnabled\n      kinds {\n        kind\n        inApp\n        email\n      }\n    }\n  }\n": typeof types.SetNotificationPreferencesDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query AdminOrganizations($filter: OrganizationFilter, $after: String) {\n    organizations(filter: $filter, first: 50, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id name kind schoolType creditCode regionCode aboveDesignatedSize createdAt\n          disqualifiedOn\n          disqualifications { id reason from until liftedAt liftReason imposedBy { id name } futureBookings createdAt }\n          history { field effectiveDate reason at by oldValues { name regionCode kind schoolType aboveDesignatedSize } newValues { name regionCode kind schoolType aboveDesignatedSize } }\n        }\n      }\n    }\n  }\n": typeof types.AdminOrganizationsDocument,
    "\n  mutation AdminRegisterOrganization($input: RegisterOrganizationInput!) {\n    registerOrganization(input: $input) { id name }\n  }\n": typeof types.AdminRegisterOrganizationDocument,
    "\n  mutation AdminUpdateOrganization($id: ID!, $input: UpdateOrganizationInput!, $effectiveDate: Date, $reason: String!) {\n    updateOrganization(organizationId: $id, input: $input, effectiveDate: $effectiveDate, reason: $reason) { id name regionCode kind schoolType }\n  }\n": typeof types.AdminUpdateOrganizationDocument,
    "\n  query CoopAgreements($organizationId: ID) {\n    cooperationAgreements(organizationId: $organizationId, first: 100) {\n      edges {\n        node {\n          id\n          type\n          title\n          status\n          revision\n          startOn\n          endOn\n          parties { id name kind }\n          confirmedBy { organization { id name } at }\n          signedCopy { filename size }\n        }\n      }\n    }\n  }\n": typeof types.CoopAgreementsDocument,
    "\n  query CoopOrganizations {\n    organizations(first: 100) { edges { node { id name kind } } }\n  }\n": typeof types.CoopOrganizationsDocument,
    "\n  mutation CoopCreateDraft($input: CreateAgreementDraftInput!) {\n    createAgreementDraft(input: $input) { id status }\n  }\n": typeof types.CoopCreateDraftDocument,
    "\n  mutation CoopConfirm($agreementId: ID!, $revision: Int!) {\n    confirmAgreement(agreementId: $agreementId, revision: $revision) { id status }\n  }\n": typeof types.CoopConfirmDocument,
    "\n  mutation CoopUpload($agreementId: ID!, $filename: String!, $contentBase64: String!) {\n    uploadAgreementSignedCopy(agreementId: $agreementId, filename: $filename, contentBase64: $contentBase64) { id signedCopy { filename size } }\n  }\n": typeof types.CoopUploadDocument,
    "\n  query CoopAllianceFigures($allianceId: ID!) {\n    allianceCooperationFigures(allianceId: $allianceId) {\n      agreementsInForce\n      agreementsTotal\n      placements\n      internPersonMonths\n      apprentices\n      orderClassStudents\n      graduatesPlaced\n      graduatesRetained\n    }\n  }\n": typeof types.CoopAllianceFiguresDocument,
    "\n  query CoopFunderClaims {\n    subsidyClaims(first: 100) {\n      edges {\n        node {\n          id\n          policyKind\n          status\n          periodFrom\n          periodTo\n          claimant { id name }\n          requested { amount currency }\n          awarded { amount currency }\n          purpose\n          evidence { quantity formula }\n        }\n      }\n    }\n  }\n": typeof types.CoopFunderClaimsDocument,
    "\n  mutation CoopDecide($claimId: ID!, $decision: ClaimDecision!, $purpose: String, $note: String) {\n    decideSubsidyClaim(claimId: $claimId, decision: $decision, purpose: $purpose, note: $note) { id status awarded { amount currency } }\n  }\n": typeof types.CoopDecideDocument,
    "\n  query CoopPlacements($organizationId: ID) {\n    internshipPlacements(organizationId: $organizationId, first: 100) {\n      edges {\n        node {\n          id\n          startOn\n          endOn\n          headcount\n          school { id name }\n          host { id name }\n          monthlyPay { amount currency }\n          insurance { insurer policyNumber coverFrom coverTo premiumPaidBy }\n          mentor { name title }\n          students { studentNumber name }\n          attendance { month attendedCount }\n        }\n      }\n    }\n  }\n": typeof types.CoopPlacementsDocument,
    "\n  mutation CoopPlace($input: CreatePlacementInput!) {\n    createInternshipPlacement(input: $input) { id headcount }\n  }\n": typeof types.CoopPlaceDocument,
    "\n  mutation CoopAttend($placementId: ID!, $month: String!) {\n    confirmInternshipAttendance(placementId: $placementId, month: $month) { id month attendedCount }\n  }\n": typeof types.CoopAttendDocument,
    "\n  query CoopCohorts($organizationId: ID) {\n    apprenticeCohorts(organizationId: $organizationId, first: 100) {\n      edges { node { id kind name major startOn endOn trainingHours headcount enterprise { id name } school { id name } } }\n    }\n    graduatePlacements(organizationId: $organizationId, first: 100) {\n      edges { node { id name studentNumber major startOn retained employer { id name } } }\n    }\n    subsidyClaims(organizationId: $organizationId, first: 100) {\n      edges { node { id policyKind status periodFrom periodTo requested { amount currency } awarded { amount currency } evidence { quantity formula } } }\n    }\n  }\n": typeof types.CoopCohortsDocument,
    "\n  query FunderApplications($first: Int) {\n    grantApplications(first: $first) {\n      edges {\n        node {\n          id\n          status\n          submittedAt\n          decidedAt\n          decisionNote\n          alliance { id name }\n          program { id name code awardAmount { amount currency } }\n          evaluation { eligible asOf shortfall }\n          award { amount { amount currency } awardedOn }\n        }\n      }\n    }\n  }\n": typeof types.FunderApplicationsDocument,
    "\n  mutation DecideGrantApplication($id: ID!, $decision: Decision!, $note: String) {\n    decideGrantApplication(applicationId: $id, decision: $decision, note: $note) {\n      id\n      status\n      decidedAt\n      decisionNote\n      award { amount { amount currency } awardedOn }\n    }\n  }\n": typeof types.DecideGrantApplicationDocument,
    "\n  query FunderAuditTrail($programId: ID, $after: String) {\n    grantAuditTrail(programId: $programId, first: 50, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { id action at by note byOrganization { id name } program { id name } alliance { id name } organization { id name } } }\n    }\n  }\n": typeof types.FunderAuditTrailDocument,
    "\n  query RegionOrganizations($region: String!) {\n    organizations(filter: { regionCode: $region }, first: 100) {\n      edges {\n        node {\n          id\n          name\n          kind\n          disqualifications { id reason from until liftedAt liftReason }\n        }\n      }\n    }\n  }\n": typeof types.RegionOrganizationsDocument,
    "\n  mutation DisqualifyOrganization($organizationId: ID!, $reason: String!, $from: Date, $until: Date, $futureBookings: FutureBookingsChoice) {\n    disqualifyOrganization(organizationId: $organizationId, reason: $reason, from: $from, until: $until, futureBookings: $futureBookings) { id from until }\n  }\n": typeof types.DisqualifyOrganizationDocument,
    "\n  mutation LiftDisqualification($id: ID!, $reason: String!) {\n    liftDisqualification(disqualificationId: $id, reason: $reason) { id liftedAt }\n  }\n": typeof types.LiftDisqualificationDocument,
    "\n  query FunderPrograms($funderId: ID!) {\n    grantPrograms(funderId: $funderId) { id code name regionCode awardAmount { amount currency } }\n  }\n": typeof types.FunderProgramsDocument,
    "\n  query FunderProgramsFull($funderId: ID!) {\n    grantPrograms(funderId: $funderId) {\n      id code name regionCode opensOn closesOn closedAt closeReason\n      awardAmount { amount currency }\n      criteria { kind threshold description }\n      history { action at by reason newValues { name opensOn closesOn awardAmount { amount currency } } }\n    }\n  }\n": typeof types.FunderProgramsFullDocument,
    "mutation FunderCreateProgram($input: CreateGrantProgramInput!) { createGrantProgram(input: $input) { id code name } }": typeof types.FunderCreateProgramDocument,
    "\n  mutation FunderUpdateProgram($id: ID!, $input: UpdateGrantProgramInput!, $reason: String!) {\n    updateGrantProgram(programId: $id, input: $input, reason: $reason) { id name opensOn closesOn awardAmount { amount currency } }\n  }\n": typeof types.FunderUpdateProgramDocument,
    "mutation FunderCloseProgram($id: ID!, $reason: String!) { closeGrantProgram(programId: $id, reason: $reason) { id closedAt } }": typeof types.FunderCloseProgramDocument,
    "\n  query EligibilityReport($allianceId: ID!, $programId: ID!, $asOf: Date) {\n    grantEligibility(allianceId: $allianceId, programId: $programId, asOf: $asOf) {\n      eligible\n      asOf\n      shortfall\n      allianceStatus\n      awardAmount { amount currency }\n      recipient { id name }\n      criteria { kind description required actual passed detail }\n      counts { total schools enterprises distinctSchoolTypes }\n      countedMembers { id name kind schoolType }\n      excludedMembers { organization { id name } name reason }\n    }\n  }\n": typeof types.EligibilityReportDocument,
    "\n  query Standings($first: Int, $after: String) {\n    grantStandings(first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          alliance { id }\n          allianceName\n          program { id }\n          regionCode\n          eligible\n          shortfall\n          schools\n          enterprises\n          distinctSchoolTypes\n          evaluatedOn\n          applicationStatus\n          awarded\n        }\n      }\n    }\n  }\n": typeof types.StandingsDocument,
    "\n  query JoinMyMemberships($id: ID!) {\n    organization(id: $id) {\n      id\n      regionCode\n      disqualifiedOn\n      memberships { id role status initiatedBy joinedAt endedAt alliance { id name regionCode status lead { id name } } }\n    }\n  }\n": typeof types.JoinMyMembershipsDocument,
    "\n  query JoinAlliances($filter: AllianceFilter) {\n    alliances(filter: $filter, first: 100) {\n      edges { node { id name regionCode status industries foundedOn lead { id name } } }\n    }\n  }\n": typeof types.JoinAlliancesDocument,
    "\n  mutation JoinAcceptInvitation($id: ID!, $effectiveDate: Date) {\n    approveMembership(membershipId: $id, effectiveDate: $effectiveDate) { id status joinedAt }\n  }\n": typeof types.JoinAcceptInvitationDocument,
    "\n  mutation JoinDeclineInvitation($id: ID!, $reason: String!) {\n    rejectMembership(membershipId: $id, reason: $reason) { id status }\n  }\n": typeof types.JoinDeclineInvitationDocument,
    "\n  mutation JoinApply($allianceId: ID!, $organizationId: ID!) {\n    applyForMembership(allianceId: $allianceId, organizationId: $organizationId) { id status }\n  }\n": typeof types.JoinApplyDocument,
    "\n  mutation JoinFoundAlliance($input: CreateAllianceInput!) {\n    createAlliance(input: $input) { id name status }\n  }\n": typeof types.JoinFoundAllianceDocument,
    "\n  query LeadAllianceStatus($id: ID!) {\n    alliance(id: $id) { id name status foundedOn statusHistory { status from recordedAt } }\n  }\n": typeof types.LeadAllianceStatusDocument,
    "\n  mutation LeadSetAllianceStatus($id: ID!, $status: AllianceStatus!, $effectiveDate: Date) {\n    setAllianceStatus(allianceId: $id, status: $status, effectiveDate: $effectiveDate) { id status }\n  }\n": typeof types.LeadSetAllianceStatusDocument,
    "\n  query LeadPrograms($region: String!, $allianceId: ID!) {\n    grantPrograms(regionCode: $region) {\n      id\n      code\n      name\n      opensOn\n      closesOn\n      awardAmount { amount currency }\n      funder { id name }\n    }\n    grantApplications(allianceId: $allianceId, first: 100) {\n      edges { node { id status submittedAt program { id } award { amount { amount currency } awardedOn } } }\n    }\n  }\n": typeof types.LeadProgramsDocument,
    "\n  query LeadEligibility($allianceId: ID!, $programId: ID!, $asOf: Date) {\n    grantEligibility(allianceId: $allianceId, programId: $programId, asOf: $asOf) {\n      eligible\n      asOf\n      shortfall\n      awardAmount { amount currency }\n      criteria { kind description required actual passed detail }\n    }\n  }\n": typeof types.LeadEligibilityDocument,
    "\n  mutation SubmitGrantApplication($allianceId: ID!, $programId: ID!) {\n    submitGrantApplication(allianceId: $allianceId, programId: $programId) { id status submittedAt }\n  }\n": typeof types.SubmitGrantApplicationDocument,
    "\n  query InviteCandidates($region: String) {\n    organizations(filter: { regionCode: $region }, first: 100) {\n      edges { node { id name kind } }\n    }\n  }\n": typeof types.InviteCandidatesDocument,
    "\n  mutation InviteMember($allianceId: ID!, $organizationId: ID!) {\n    inviteMember(allianceId: $allianceId, organizationId: $organizationId) { id status }\n  }\n": typeof types.InviteMemberDocument,
    "\n  query LeadMembers($id: ID!) {\n    alliance(id: $id) {\n      id\n      regionCode\n      members(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            role\n            status\n            joinedAt\n            endedAt\n            initiatedBy\n            organization { id name kind schoolType disqualifiedOn }\n          }\n        }\n      }\n    }\n  }\n": typeof types.LeadMembersDocument,
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
    "\n  query HostBases {\n    me {\n      id\n      organization {\n        id\n        memberships {\n          id\n          status\n          alliance { id name trainingBases(first: 50) { edges { node { id name capacity timeZone status host { id } } } } }\n        }\n      }\n    }\n  }\n": typeof types.HostBasesDocument,
    "\n  query HostBaseDetail($id: ID!, $from: DateTime!, $to: DateTime!) {\n    trainingBase(id: $id) {\n      id name capacity timeZone status requiresApproval closedDates\n      openingHours { weekday opens closes }\n      utilization(from: $from, to: $to) { bookedStationHours openStationHours ratio }\n      pending: bookings(status: PENDING, first: 100) { edges { node { id start end headcount purpose organization { id name } } } }\n    }\n  }\n": typeof types.HostBaseDetailDocument,
    "mutation HostApproveBooking($id: ID!) { approveBooking(id: $id) { id status } }": typeof types.HostApproveBookingDocument,
    "mutation HostRejectBooking($id: ID!, $reason: String!) { rejectBooking(id: $id, reason: $reason) { id status } }": typeof types.HostRejectBookingDocument,
    "\n  mutation HostUpdateBase($id: ID!, $input: UpdateTrainingBaseInput!, $cancelConflicting: Boolean, $reason: String) {\n    updateTrainingBase(id: $id, input: $input, cancelConflicting: $cancelConflicting, reason: $reason) { id capacity status openingHours { weekday opens closes } }\n  }\n": typeof types.HostUpdateBaseDocument,
    "\n  mutation HostAddClosed($id: ID!, $dates: [Date!]!, $cancelConflicting: Boolean, $reason: String) {\n    addClosedDates(baseId: $id, dates: $dates, cancelConflicting: $cancelConflicting, reason: $reason) { id closedDates }\n  }\n": typeof types.HostAddClosedDocument,
    "mutation HostRemoveClosed($id: ID!, $dates: [Date!]!) { removeClosedDates(baseId: $id, dates: $dates) { id closedDates } }": typeof types.HostRemoveClosedDocument,
    "mutation HostCreateBase($input: CreateTrainingBaseInput!) { createTrainingBase(input: $input) { id name } }": typeof types.HostCreateBaseDocument,
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
    "mutation AssignReviewers($d: ID!, $o: ID!, $r: [String!]!) { assignReviewers(declarationId: $d, reviewerOrganizationId: $o, reviewerIds: $r) { id status } }": typeof types.AssignReviewersDocument,
    "mutation DecideDeclaration($d: ID!, $decision: CertDecision!) { decideDeclaration(declarationId: $d, decision: $decision) { id status } }": typeof types.DecideDeclarationDocument,
    "mutation ResolveObjection($o: ID!, $outcome: ObjectionOutcome!, $r: String!) { resolveObjection(objectionId: $o, outcome: $outcome, resolution: $r) { id status } }": typeof types.ResolveObjectionDocument,
    "mutation EnterReserve($d: ID!) { enterReserve(declarationId: $d) { id status } }": typeof types.EnterReserveDocument,
    "mutation CertifyDeclaration($d: ID!) { certifyDeclaration(declarationId: $d) { id status } }": typeof types.CertifyDeclarationDocument,
    "mutation FindFalseInformation($d: ID!, $r: String!) { findFalseInformation(declarationId: $d, reason: $r) { declaration { id status } disqualification { from until } } }": typeof types.FindFalseInformationDocument,
    "\n  query PublicOversight {\n    publicNotices { declarationId organizationName industry regionCode noticeFrom noticeUntil programName }\n    certifiedEnterprises { declarationId organizationName industry regionCode validFrom validUntil }\n    publicRankings { runId systemName year rows { rank allianceName total } }\n  }\n": typeof types.PublicOversightDocument,
    "\n  query ReviewAssignments {\n    declarations {\n      id organizationName industry scale employees mainBusiness cooperationSummary status reviewers reviewerPanel { userId organizationId }\n      program { id name reviewCriteria { key name maxScore } }\n      cooperation { asOf agreementsInForce agreementsTotal placements internPersonMonths apprentices orderClassStudents graduatesPlaced trainingBasesHosted projects unavailable }\n      attachments { fileId fileName }\n      reviews { reviewerId reviewerOrganizationId conflictOfInterest conflictNote scores { key score } total comment submittedAt }\n    }\n  }\n": typeof types.ReviewAssignmentsDocument,
    "\n  mutation SubmitReview($d: ID!, $coi: Boolean!, $note: String, $scores: [ReviewScoreInput!], $comment: String) {\n    submitReview(declarationId: $d, conflictOfInterest: $coi, conflictNote: $note, scores: $scores, comment: $comment) { reviewerId total submittedAt }\n  }\n": typeof types.SubmitReviewDocument,
    "\n  query OrgAgreements($orgId: ID!) {\n    revenueAgreements(organizationId: $orgId, first: 100) {\n      edges {\n        node {\n          id title version effectiveFrom deductionKinds\n          alliance { id name }\n          owner { id name }\n          policy { code name minTeacherShareBp maxTeacherShareBp }\n          parties { shareBp teacherShareBp organization { id name } }\n        }\n      }\n    }\n  }\n": typeof types.OrgAgreementsDocument,
    "\n  query AllianceProjects($id: ID!) {\n    alliance(id: $id) {\n      id\n      name\n      projects(first: 100) {\n        edges {\n          node {\n            id title status startOn endOn\n            leadOrganization { id name }\n            totalCommittedFunding { amount currency }\n            participants { role organization { id name } committedFunding { amount currency } committedStaff }\n            milestones { id title dueOn completedAt }\n            outputs { id kind title reference }\n          }\n        }\n      }\n    }\n  }\n": typeof types.AllianceProjectsDocument,
    "\n  query ProjectAllianceMembers($id: ID!) {\n    alliance(id: $id) { id members(status: ACTIVE, first: 100) { edges { node { id organization { id name kind } } } } }\n  }\n": typeof types.ProjectAllianceMembersDocument,
    "mutation CreateJointProject($input: CreateProjectInput!) { createProject(input: $input) { id title status } }": typeof types.CreateJointProjectDocument,
    "\n  mutation SetJointProjectStatus($id: ID!, $status: ProjectStatus!, $reason: String) {\n    setProjectStatus(projectId: $id, status: $status, reason: $reason) { id status }\n  }\n": typeof types.SetJointProjectStatusDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      id\n      roles\n      organization {\n        id\n        name\n        kind\n        regionCode\n        memberships {\n          id\n          role\n          status\n          alliance { id name regionCode status }\n        }\n      }\n    }\n  }\n": types.MeDocument,
    "\n  query NotificationInbox($unreadOnly: Boolean, $first: Int, $after: String, $locale: NotificationLocale) {\n    notifications(unreadOnly: $unreadOnly, first: $first, after: $after, locale: $locale) {\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          link\n          read\n          settled\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.NotificationInboxDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      email\n      locale\n      mailEnabled\n      kinds {\n        kind\n        inApp\n        email\n      }\n    }\n  }\n": types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreferences($input: NotificationPreferencesInput!) {\n    setNotificationPreferences(input: $input) {\n      email\n      locale\n      mailEnabled\n      kinds {\n        kind\n        inApp\n        email\n      }\n    }\n  }\n": types.SetNotificationPreferencesDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query AdminOrganizations($filter: OrganizationFilter, $after: String) {\n    organizations(filter: $filter, first: 50, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id name kind schoolType creditCode regionCode aboveDesignatedSize createdAt\n          disqualifiedOn\n          disqualifications { id reason from until liftedAt liftReason imposedBy { id name } futureBookings createdAt }\n          history { field effectiveDate reason at by oldValues { name regionCode kind schoolType aboveDesignatedSize } newValues { name regionCode kind schoolType aboveDesignatedSize } }\n        }\n      }\n    }\n  }\n": types.AdminOrganizationsDocument,
    "\n  mutation AdminRegisterOrganization($input: RegisterOrganizationInput!) {\n    registerOrganization(input: $input) { id name }\n  }\n": types.AdminRegisterOrganizationDocument,
    "\n  mutation AdminUpdateOrganization($id: ID!, $input: UpdateOrganizationInput!, $effectiveDate: Date, $reason: String!) {\n    updateOrganization(organizationId: $id, input: $input, effectiveDate: $effectiveDate, reason: $reason) { id name regionCode kind schoolType }\n  }\n": types.AdminUpdateOrganizationDocument,
    "\n  query CoopAgreements($organizationId: ID) {\n    cooperationAgreements(organizationId: $organizationId, first: 100) {\n      edges {\n        node {\n          id\n          type\n          title\n          status\n          revision\n          startOn\n          endOn\n          parties { id name kind }\n          confirmedBy { organization { id name } at }\n          signedCopy { filename size }\n        }\n      }\n    }\n  }\n": types.CoopAgreementsDocument,
    "\n  query CoopOrganizations {\n    organizations(first: 100) { edges { node { id name kind } } }\n  }\n": types.CoopOrganizationsDocument,
    "\n  mutation CoopCreateDraft($input: CreateAgreementDraftInput!) {\n    createAgreementDraft(input: $input) { id status }\n  }\n": types.CoopCreateDraftDocument,
    "\n  mutation CoopConfirm($agreementId: ID!, $revision: Int!) {\n    confirmAgreement(agreementId: $agreementId, revision: $revision) { id status }\n  }\n": types.CoopConfirmDocument,
    "\n  mutation CoopUpload($agreementId: ID!, $filename: String!, $contentBase64: String!) {\n    uploadAgreementSignedCopy(agreementId: $agreementId, filename: $filename, contentBase64: $contentBase64) { id signedCopy { filename size } }\n  }\n": types.CoopUploadDocument,
    "\n  query CoopAllianceFigures($allianceId: ID!) {\n    allianceCooperationFigures(allianceId: $allianceId) {\n      agreementsInForce\n      agreementsTotal\n      placements\n      internPersonMonths\n      apprentices\n      orderClassStudents\n      graduatesPlaced\n      graduatesRetained\n    }\n  }\n": types.CoopAllianceFiguresDocument,
    "\n  query CoopFunderClaims {\n    subsidyClaims(first: 100) {\n      edges {\n        node {\n          id\n          policyKind\n          status\n          periodFrom\n          periodTo\n          claimant { id name }\n          requested { amount currency }\n          awarded { amount currency }\n          purpose\n          evidence { quantity formula }\n        }\n      }\n    }\n  }\n": types.CoopFunderClaimsDocument,
    "\n  mutation CoopDecide($claimId: ID!, $decision: ClaimDecision!, $purpose: String, $note: String) {\n    decideSubsidyClaim(claimId: $claimId, decision: $decision, purpose: $purpose, note: $note) { id status awarded { amount currency } }\n  }\n": types.CoopDecideDocument,
    "\n  query CoopPlacements($organizationId: ID) {\n    internshipPlacements(organizationId: $organizationId, first: 100) {\n      edges {\n        node {\n          id\n          startOn\n          endOn\n          headcount\n          school { id name }\n          host { id name }\n          monthlyPay { amount currency }\n          insurance { insurer policyNumber coverFrom coverTo premiumPaidBy }\n          mentor { name title }\n          students { studentNumber name }\n          attendance { month attendedCount }\n        }\n      }\n    }\n  }\n": types.CoopPlacementsDocument,
    "\n  mutation CoopPlace($input: CreatePlacementInput!) {\n    createInternshipPlacement(input: $input) { id headcount }\n  }\n": types.CoopPlaceDocument,
    "\n  mutation CoopAttend($placementId: ID!, $month: String!) {\n    confirmInternshipAttendance(placementId: $placementId, month: $month) { id month attendedCount }\n  }\n": types.CoopAttendDocument,
    "\n  query CoopCohorts($organizationId: ID) {\n    apprenticeCohorts(organizationId: $organizationId, first: 100) {\n      edges { node { id kind name major startOn endOn trainingHours headcount enterprise { id name } school { id name } } }\n    }\n    graduatePlacements(organizationId: $organizationId, first: 100) {\n      edges { node { id name studentNumber major startOn retained employer { id name } } }\n    }\n    subsidyClaims(organizationId: $organizationId, first: 100) {\n      edges { node { id policyKind status periodFrom periodTo requested { amount currency } awarded { amount currency } evidence { quantity formula } } }\n    }\n  }\n": types.CoopCohortsDocument,
    "\n  query FunderApplications($first: Int) {\n    grantApplications(first: $first) {\n      edges {\n        node {\n          id\n          status\n          submittedAt\n          decidedAt\n          decisionNote\n          alliance { id name }\n          program { id name code awardAmount { amount currency } }\n          evaluation { eligible asOf shortfall }\n          award { amount { amount currency } awardedOn }\n        }\n      }\n    }\n  }\n": types.FunderApplicationsDocument,
    "\n  mutation DecideGrantApplication($id: ID!, $decision: Decision!, $note: String) {\n    decideGrantApplication(applicationId: $id, decision: $decision, note: $note) {\n      id\n      status\n      decidedAt\n      decisionNote\n      award { amount { amount currency } awardedOn }\n    }\n  }\n": types.DecideGrantApplicationDocument,
    "\n  query FunderAuditTrail($programId: ID, $after: String) {\n    grantAuditTrail(programId: $programId, first: 50, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { id action at by note byOrganization { id name } program { id name } alliance { id name } organization { id name } } }\n    }\n  }\n": types.FunderAuditTrailDocument,
    "\n  query RegionOrganizations($region: String!) {\n    organizations(filter: { regionCode: $region }, first: 100) {\n      edges {\n        node {\n          id\n          name\n          kind\n          disqualifications { id reason from until liftedAt liftReason }\n        }\n      }\n    }\n  }\n": types.RegionOrganizationsDocument,
    "\n  mutation DisqualifyOrganization($organizationId: ID!, $reason: String!, $from: Date, $until: Date, $futureBookings: FutureBookingsChoice) {\n    disqualifyOrganization(organizationId: $organizationId, reason: $reason, from: $from, until: $until, futureBookings: $futureBookings) { id from until }\n  }\n": types.DisqualifyOrganizationDocument,
    "\n  mutation LiftDisqualification($id: ID!, $reason: String!) {\n    liftDisqualification(disqualificationId: $id, reason: $reason) { id liftedAt }\n  }\n": types.LiftDisqualificationDocument,
    "\n  query FunderPrograms($funderId: ID!) {\n    grantPrograms(funderId: $funderId) { id code name regionCode awardAmount { amount currency } }\n  }\n": types.FunderProgramsDocument,
    "\n  query FunderProgramsFull($funderId: ID!) {\n    grantPrograms(funderId: $funderId) {\n      id code name regionCode opensOn closesOn closedAt closeReason\n      awardAmount { amount currency }\n      criteria { kind threshold description }\n      history { action at by reason newValues { name opensOn closesOn awardAmount { amount currency } } }\n    }\n  }\n": types.FunderProgramsFullDocument,
    "mutation FunderCreateProgram($input: CreateGrantProgramInput!) { createGrantProgram(input: $input) { id code name } }": types.FunderCreateProgramDocument,
    "\n  mutation FunderUpdateProgram($id: ID!, $input: UpdateGrantProgramInput!, $reason: String!) {\n    updateGrantProgram(programId: $id, input: $input, reason: $reason) { id name opensOn closesOn awardAmount { amount currency } }\n  }\n": types.FunderUpdateProgramDocument,
    "mutation FunderCloseProgram($id: ID!, $reason: String!) { closeGrantProgram(programId: $id, reason: $reason) { id closedAt } }": types.FunderCloseProgramDocument,
    "\n  query EligibilityReport($allianceId: ID!, $programId: ID!, $asOf: Date) {\n    grantEligibility(allianceId: $allianceId, programId: $programId, asOf: $asOf) {\n      eligible\n      asOf\n      shortfall\n      allianceStatus\n      awardAmount { amount currency }\n      recipient { id name }\n      criteria { kind description required actual passed detail }\n      counts { total schools enterprises distinctSchoolTypes }\n      countedMembers { id name kind schoolType }\n      excludedMembers { organization { id name } name reason }\n    }\n  }\n": types.EligibilityReportDocument,
    "\n  query Standings($first: Int, $after: String) {\n    grantStandings(first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          alliance { id }\n          allianceName\n          program { id }\n          regionCode\n          eligible\n          shortfall\n          schools\n          enterprises\n          distinctSchoolTypes\n          evaluatedOn\n          applicationStatus\n          awarded\n        }\n      }\n    }\n  }\n": types.StandingsDocument,
    "\n  query JoinMyMemberships($id: ID!) {\n    organization(id: $id) {\n      id\n      regionCode\n      disqualifiedOn\n      memberships { id role status initiatedBy joinedAt endedAt alliance { id name regionCode status lead { id name } } }\n    }\n  }\n": types.JoinMyMembershipsDocument,
    "\n  query JoinAlliances($filter: AllianceFilter) {\n    alliances(filter: $filter, first: 100) {\n      edges { node { id name regionCode status industries foundedOn lead { id name } } }\n    }\n  }\n": types.JoinAlliancesDocument,
    "\n  mutation JoinAcceptInvitation($id: ID!, $effectiveDate: Date) {\n    approveMembership(membershipId: $id, effectiveDate: $effectiveDate) { id status joinedAt }\n  }\n": types.JoinAcceptInvitationDocument,
    "\n  mutation JoinDeclineInvitation($id: ID!, $reason: String!) {\n    rejectMembership(membershipId: $id, reason: $reason) { id status }\n  }\n": types.JoinDeclineInvitationDocument,
    "\n  mutation JoinApply($allianceId: ID!, $organizationId: ID!) {\n    applyForMembership(allianceId: $allianceId, organizationId: $organizationId) { id status }\n  }\n": types.JoinApplyDocument,
    "\n  mutation JoinFoundAlliance($input: CreateAllianceInput!) {\n    createAlliance(input: $input) { id name status }\n  }\n": types.JoinFoundAllianceDocument,
    "\n  query LeadAllianceStatus($id: ID!) {\n    alliance(id: $id) { id name status foundedOn statusHistory { status from recordedAt } }\n  }\n": types.LeadAllianceStatusDocument,
    "\n  mutation LeadSetAllianceStatus($id: ID!, $status: AllianceStatus!, $effectiveDate: Date) {\n    setAllianceStatus(allianceId: $id, status: $status, effectiveDate: $effectiveDate) { id status }\n  }\n": types.LeadSetAllianceStatusDocument,
    "\n  query LeadPrograms($region: String!, $allianceId: ID!) {\n    grantPrograms(regionCode: $region) {\n      id\n      code\n      name\n      opensOn\n      closesOn\n      awardAmount { amount currency }\n      funder { id name }\n    }\n    grantApplications(allianceId: $allianceId, first: 100) {\n      edges { node { id status submittedAt program { id } award { amount { amount currency } awardedOn } } }\n    }\n  }\n": types.LeadProgramsDocument,
    "\n  query LeadEligibility($allianceId: ID!, $programId: ID!, $asOf: Date) {\n    grantEligibility(allianceId: $allianceId, programId: $programId, asOf: $asOf) {\n      eligible\n      asOf\n      shortfall\n      awardAmount { amount currency }\n      criteria { kind description required actual passed detail }\n    }\n  }\n": types.LeadEligibilityDocument,
    "\n  mutation SubmitGrantApplication($allianceId: ID!, $programId: ID!) {\n    submitGrantApplication(allianceId: $allianceId, programId: $programId) { id status submittedAt }\n  }\n": types.SubmitGrantApplicationDocument,
    "\n  query InviteCandidates($region: String) {\n    organizations(filter: { regionCode: $region }, first: 100) {\n      edges { node { id name kind } }\n    }\n  }\n": types.InviteCandidatesDocument,
    "\n  mutation InviteMember($allianceId: ID!, $organizationId: ID!) {\n    inviteMember(allianceId: $allianceId, organizationId: $organizationId) { id status }\n  }\n": types.InviteMemberDocument,
    "\n  query LeadMembers($id: ID!) {\n    alliance(id: $id) {\n      id\n      regionCode\n      members(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            role\n            status\n            joinedAt\n            endedAt\n            initiatedBy\n            organization { id name kind schoolType disqualifiedOn }\n          }\n        }\n      }\n    }\n  }\n": types.LeadMembersDocument,
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
    "\n  query HostBases {\n    me {\n      id\n      organization {\n        id\n        memberships {\n          id\n          status\n          alliance { id name trainingBases(first: 50) { edges { node { id name capacity timeZone status host { id } } } } }\n        }\n      }\n    }\n  }\n": types.HostBasesDocument,
    "\n  query HostBaseDetail($id: ID!, $from: DateTime!, $to: DateTime!) {\n    trainingBase(id: $id) {\n      id name capacity timeZone status requiresApproval closedDates\n      openingHours { weekday opens closes }\n      utilization(from: $from, to: $to) { bookedStationHours openStationHours ratio }\n      pending: bookings(status: PENDING, first: 100) { edges { node { id start end headcount purpose organization { id name } } } }\n    }\n  }\n": types.HostBaseDetailDocument,
    "mutation HostApproveBooking($id: ID!) { approveBooking(id: $id) { id status } }": types.HostApproveBookingDocument,
    "mutation HostRejectBooking($id: ID!, $reason: String!) { rejectBooking(id: $id, reason: $reason) { id status } }": types.HostRejectBookingDocument,
    "\n  mutation HostUpdateBase($id: ID!, $input: UpdateTrainingBaseInput!, $cancelConflicting: Boolean, $reason: String) {\n    updateTrainingBase(id: $id, input: $input, cancelConflicting: $cancelConflicting, reason: $reason) { id capacity status openingHours { weekday opens closes } }\n  }\n": types.HostUpdateBaseDocument,
    "\n  mutation HostAddClosed($id: ID!, $dates: [Date!]!, $cancelConflicting: Boolean, $reason: String) {\n    addClosedDates(baseId: $id, dates: $dates, cancelConflicting: $cancelConflicting, reason: $reason) { id closedDates }\n  }\n": types.HostAddClosedDocument,
    "mutation HostRemoveClosed($id: ID!, $dates: [Date!]!) { removeClosedDates(baseId: $id, dates: $dates) { id closedDates } }": types.HostRemoveClosedDocument,
    "mutation HostCreateBase($input: CreateTrainingBaseInput!) { createTrainingBase(input: $input) { id name } }": types.HostCreateBaseDocument,
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
    "mutation AssignReviewers($d: ID!, $o: ID!, $r: [String!]!) { assignReviewers(declarationId: $d, reviewerOrganizationId: $o, reviewerIds: $r) { id status } }": types.AssignReviewersDocument,
    "mutation DecideDeclaration($d: ID!, $decision: CertDecision!) { decideDeclaration(declarationId: $d, decision: $decision) { id status } }": types.DecideDeclarationDocument,
    "mutation ResolveObjection($o: ID!, $outcome: ObjectionOutcome!, $r: String!) { resolveObjection(objectionId: $o, outcome: $outcome, resolution: $r) { id status } }": types.ResolveObjectionDocument,
    "mutation EnterReserve($d: ID!) { enterReserve(declarationId: $d) { id status } }": types.EnterReserveDocument,
    "mutation CertifyDeclaration($d: ID!) { certifyDeclaration(declarationId: $d) { id status } }": types.CertifyDeclarationDocument,
    "mutation FindFalseInformation($d: ID!, $r: String!) { findFalseInformation(declarationId: $d, reason: $r) { declaration { id status } disqualification { from until } } }": types.FindFalseInformationDocument,
    "\n  query PublicOversight {\n    publicNotices { declarationId organizationName industry regionCode noticeFrom noticeUntil programName }\n    certifiedEnterprises { declarationId organizationName industry regionCode validFrom validUntil }\n    publicRankings { runId systemName year rows { rank allianceName total } }\n  }\n": types.PublicOversightDocument,
    "\n  query ReviewAssignments {\n    declarations {\n      id organizationName industry scale employees mainBusiness cooperationSummary status reviewers reviewerPanel { userId organizationId }\n      program { id name reviewCriteria { key name maxScore } }\n      cooperation { asOf agreementsInForce agreementsTotal placements internPersonMonths apprentices orderClassStudents graduatesPlaced trainingBasesHosted projects unavailable }\n      attachments { fileId fileName }\n      reviews { reviewerId reviewerOrganizationId conflictOfInterest conflictNote scores { key score } total comment submittedAt }\n    }\n  }\n": types.ReviewAssignmentsDocument,
    "\n  mutation SubmitReview($d: ID!, $coi: Boolean!, $note: String, $scores: [ReviewScoreInput!], $comment: String) {\n    submitReview(declarationId: $d, conflictOfInterest: $coi, conflictNote: $note, scores: $scores, comment: $comment) { reviewerId total submittedAt }\n  }\n": types.SubmitReviewDocument,
    "\n  query OrgAgreements($orgId: ID!) {\n    revenueAgreements(organizationId: $orgId, first: 100) {\n      edges {\n        node {\n          id title version effectiveFrom deductionKinds\n          alliance { id name }\n          owner { id name }\n          policy { code name minTeacherShareBp maxTeacherShareBp }\n          parties { shareBp teacherShareBp organization { id name } }\n        }\n      }\n    }\n  }\n": types.OrgAgreementsDocument,
    "\n  query AllianceProjects($id: ID!) {\n    alliance(id: $id) {\n      id\n      name\n      projects(first: 100) {\n        edges {\n          node {\n            id title status startOn endOn\n            leadOrganization { id name }\n            totalCommittedFunding { amount currency }\n            participants { role organization { id name } committedFunding { amount currency } committedStaff }\n            milestones { id title dueOn completedAt }\n            outputs { id kind title reference }\n          }\n        }\n      }\n    }\n  }\n": types.AllianceProjectsDocument,
    "\n  query ProjectAllianceMembers($id: ID!) {\n    alliance(id: $id) { id members(status: ACTIVE, first: 100) { edges { node { id organization { id name kind } } } } }\n  }\n": types.ProjectAllianceMembersDocument,
    "mutation CreateJointProject($input: CreateProjectInput!) { createProject(input: $input) { id title status } }": types.CreateJointProjectDocument,
    "\n  mutation SetJointProjectStatus($id: ID!, $status: ProjectStatus!, $reason: String) {\n    setProjectStatus(projectId: $id, status: $status, reason: $reason) { id status }\n  }\n": types.SetJointProjectStatusDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      roles\n      organization {\n        id\n        name\n        kind\n        regionCode\n        memberships {\n          id\n          role\n          status\n          alliance { id name regionCode status }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationInbox($unreadOnly: Boolean, $first: Int, $after: String, $locale: NotificationLocale) {\n    notifications(unreadOnly: $unreadOnly, first: $first, after: $after, locale: $locale) {\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          link\n          read\n          settled\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').NotificationInboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"): typeof import('./graphql').MarkNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): typeof import('./graphql').MarkAllNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences {\n    notificationPreferences {\n      email\n      locale\n      mailEnabled\n      kinds {\n        kind\n        inApp\n        email\n      }\n    }\n  }\n"): typeof import('./graphql').NotificationPreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationPreferences($input: NotificationPreferencesInput!) {\n    setNotificationPreferences(input: $input) {\n      email\n      locale\n      mailEnabled\n      kinds {\n        kind\n        inApp\n        email\n      }\n    }\n  }\n"): typeof import('./graphql').SetNotificationPreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): typeof import('./graphql').UnreadNotificationCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrganizations($filter: OrganizationFilter, $after: String) {\n    organizations(filter: $filter, first: 50, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id name kind schoolType creditCode regionCode aboveDesignatedSize createdAt\n          disqualifiedOn\n          disqualifications { id reason from until liftedAt liftReason imposedBy { id name } futureBookings createdAt }\n          history { field effectiveDate reason at by oldValues { name regionCode kind schoolType aboveDesignatedSize } newValues { name regionCode kind schoolType aboveDesignatedSize } }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminOrganizationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRegisterOrganization($input: RegisterOrganizationInput!) {\n    registerOrganization(input: $input) { id name }\n  }\n"): typeof import('./graphql').AdminRegisterOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateOrganization($id: ID!, $input: UpdateOrganizationInput!, $effectiveDate: Date, $reason: String!) {\n    updateOrganization(organizationId: $id, input: $input, effectiveDate: $effectiveDate, reason: $reason) { id name regionCode kind schoolType }\n  }\n"): typeof import('./graphql').AdminUpdateOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoopAgreements($organizationId: ID) {\n    cooperationAgreements(organizationId: $organizationId, first: 100) {\n      edges {\n        node {\n          id\n          type\n          title\n          status\n          revision\n          startOn\n          endOn\n          parties { id name kind }\n          confirmedBy { organization { id name } at }\n          signedCopy { filename size }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CoopAgreementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoopOrganizations {\n    organizations(first: 100) { edges { node { id name kind } } }\n  }\n"): typeof import('./graphql').CoopOrganizationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoopCreateDraft($input: CreateAgreementDraftInput!) {\n    createAgreementDraft(input: $input) { id status }\n  }\n"): typeof import('./graphql').CoopCreateDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoopConfirm($agreementId: ID!, $revision: Int!) {\n    confirmAgreement(agreementId: $agreementId, revision: $revision) { id status }\n  }\n"): typeof import('./graphql').CoopConfirmDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoopUpload($agreementId: ID!, $filename: String!, $contentBase64: String!) {\n    uploadAgreementSignedCopy(agreementId: $agreementId, filename: $filename, contentBase64: $contentBase64) { id signedCopy { filename size } }\n  }\n"): typeof import('./graphql').CoopUploadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoopAllianceFigures($allianceId: ID!) {\n    allianceCooperationFigures(allianceId: $allianceId) {\n      agreementsInForce\n      agreementsTotal\n      placements\n      internPersonMonths\n      apprentices\n      orderClassStudents\n      graduatesPlaced\n      graduatesRetained\n    }\n  }\n"): typeof import('./graphql').CoopAllianceFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoopFunderClaims {\n    subsidyClaims(first: 100) {\n      edges {\n        node {\n          id\n          policyKind\n          status\n          periodFrom\n          periodTo\n          claimant { id name }\n          requested { amount currency }\n          awarded { amount currency }\n          purpose\n          evidence { quantity formula }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CoopFunderClaimsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoopDecide($claimId: ID!, $decision: ClaimDecision!, $purpose: String, $note: String) {\n    decideSubsidyClaim(claimId: $claimId, decision: $decision, purpose: $purpose, note: $note) { id status awarded { amount currency } }\n  }\n"): typeof import('./graphql').CoopDecideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoopPlacements($organizationId: ID) {\n    internshipPlacements(organizationId: $organizationId, first: 100) {\n      edges {\n        node {\n          id\n          startOn\n          endOn\n          headcount\n          school { id name }\n          host { id name }\n          monthlyPay { amount currency }\n          insurance { insurer policyNumber coverFrom coverTo premiumPaidBy }\n          mentor { name title }\n          students { studentNumber name }\n          attendance { month attendedCount }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CoopPlacementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoopPlace($input: CreatePlacementInput!) {\n    createInternshipPlacement(input: $input) { id headcount }\n  }\n"): typeof import('./graphql').CoopPlaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoopAttend($placementId: ID!, $month: String!) {\n    confirmInternshipAttendance(placementId: $placementId, month: $month) { id month attendedCount }\n  }\n"): typeof import('./graphql').CoopAttendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoopCohorts($organizationId: ID) {\n    apprenticeCohorts(organizationId: $organizationId, first: 100) {\n      edges { node { id kind name major startOn endOn trainingHours headcount enterprise { id name } school { id name } } }\n    }\n    graduatePlacements(organizationId: $organizationId, first: 100) {\n      edges { node { id name studentNumber major startOn retained employer { id name } } }\n    }\n    subsidyClaims(organizationId: $organizationId, first: 100) {\n      edges { node { id policyKind status periodFrom periodTo requested { amount currency } awarded { amount currency } evidence { quantity formula } } }\n    }\n  }\n"): typeof import('./graphql').CoopCohortsDocument;
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
export function graphql(source: "\n  query FunderAuditTrail($programId: ID, $after: String) {\n    grantAuditTrail(programId: $programId, first: 50, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { id action at by note byOrganization { id name } program { id name } alliance { id name } organization { id name } } }\n    }\n  }\n"): typeof import('./graphql').FunderAuditTrailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionOrganizations($region: String!) {\n    organizations(filter: { regionCode: $region }, first: 100) {\n      edges {\n        node {\n          id\n          name\n          kind\n          disqualifications { id reason from until liftedAt liftReason }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RegionOrganizationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisqualifyOrganization($organizationId: ID!, $reason: String!, $from: Date, $until: Date, $futureBookings: FutureBookingsChoice) {\n    disqualifyOrganization(organizationId: $organizationId, reason: $reason, from: $from, until: $until, futureBookings: $futureBookings) { id from until }\n  }\n"): typeof import('./graphql').DisqualifyOrganizationDocument;
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
export function graphql(source: "\n  query FunderProgramsFull($funderId: ID!) {\n    grantPrograms(funderId: $funderId) {\n      id code name regionCode opensOn closesOn closedAt closeReason\n      awardAmount { amount currency }\n      criteria { kind threshold description }\n      history { action at by reason newValues { name opensOn closesOn awardAmount { amount currency } } }\n    }\n  }\n"): typeof import('./graphql').FunderProgramsFullDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FunderCreateProgram($input: CreateGrantProgramInput!) { createGrantProgram(input: $input) { id code name } }"): typeof import('./graphql').FunderCreateProgramDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FunderUpdateProgram($id: ID!, $input: UpdateGrantProgramInput!, $reason: String!) {\n    updateGrantProgram(programId: $id, input: $input, reason: $reason) { id name opensOn closesOn awardAmount { amount currency } }\n  }\n"): typeof import('./graphql').FunderUpdateProgramDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FunderCloseProgram($id: ID!, $reason: String!) { closeGrantProgram(programId: $id, reason: $reason) { id closedAt } }"): typeof import('./graphql').FunderCloseProgramDocument;
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
export function graphql(source: "\n  query JoinMyMemberships($id: ID!) {\n    organization(id: $id) {\n      id\n      regionCode\n      disqualifiedOn\n      memberships { id role status initiatedBy joinedAt endedAt alliance { id name regionCode status lead { id name } } }\n    }\n  }\n"): typeof import('./graphql').JoinMyMembershipsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JoinAlliances($filter: AllianceFilter) {\n    alliances(filter: $filter, first: 100) {\n      edges { node { id name regionCode status industries foundedOn lead { id name } } }\n    }\n  }\n"): typeof import('./graphql').JoinAlliancesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinAcceptInvitation($id: ID!, $effectiveDate: Date) {\n    approveMembership(membershipId: $id, effectiveDate: $effectiveDate) { id status joinedAt }\n  }\n"): typeof import('./graphql').JoinAcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinDeclineInvitation($id: ID!, $reason: String!) {\n    rejectMembership(membershipId: $id, reason: $reason) { id status }\n  }\n"): typeof import('./graphql').JoinDeclineInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinApply($allianceId: ID!, $organizationId: ID!) {\n    applyForMembership(allianceId: $allianceId, organizationId: $organizationId) { id status }\n  }\n"): typeof import('./graphql').JoinApplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinFoundAlliance($input: CreateAllianceInput!) {\n    createAlliance(input: $input) { id name status }\n  }\n"): typeof import('./graphql').JoinFoundAllianceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadAllianceStatus($id: ID!) {\n    alliance(id: $id) { id name status foundedOn statusHistory { status from recordedAt } }\n  }\n"): typeof import('./graphql').LeadAllianceStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeadSetAllianceStatus($id: ID!, $status: AllianceStatus!, $effectiveDate: Date) {\n    setAllianceStatus(allianceId: $id, status: $status, effectiveDate: $effectiveDate) { id status }\n  }\n"): typeof import('./graphql').LeadSetAllianceStatusDocument;
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
export function graphql(source: "\n  query LeadMembers($id: ID!) {\n    alliance(id: $id) {\n      id\n      regionCode\n      members(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            role\n            status\n            joinedAt\n            endedAt\n            initiatedBy\n            organization { id name kind schoolType disqualifiedOn }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LeadMembersDocument;
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
export function graphql(source: "\n  query HostBases {\n    me {\n      id\n      organization {\n        id\n        memberships {\n          id\n          status\n          alliance { id name trainingBases(first: 50) { edges { node { id name capacity timeZone status host { id } } } } }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').HostBasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HostBaseDetail($id: ID!, $from: DateTime!, $to: DateTime!) {\n    trainingBase(id: $id) {\n      id name capacity timeZone status requiresApproval closedDates\n      openingHours { weekday opens closes }\n      utilization(from: $from, to: $to) { bookedStationHours openStationHours ratio }\n      pending: bookings(status: PENDING, first: 100) { edges { node { id start end headcount purpose organization { id name } } } }\n    }\n  }\n"): typeof import('./graphql').HostBaseDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HostApproveBooking($id: ID!) { approveBooking(id: $id) { id status } }"): typeof import('./graphql').HostApproveBookingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HostRejectBooking($id: ID!, $reason: String!) { rejectBooking(id: $id, reason: $reason) { id status } }"): typeof import('./graphql').HostRejectBookingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HostUpdateBase($id: ID!, $input: UpdateTrainingBaseInput!, $cancelConflicting: Boolean, $reason: String) {\n    updateTrainingBase(id: $id, input: $input, cancelConflicting: $cancelConflicting, reason: $reason) { id capacity status openingHours { weekday opens closes } }\n  }\n"): typeof import('./graphql').HostUpdateBaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HostAddClosed($id: ID!, $dates: [Date!]!, $cancelConflicting: Boolean, $reason: String) {\n    addClosedDates(baseId: $id, dates: $dates, cancelConflicting: $cancelConflicting, reason: $reason) { id closedDates }\n  }\n"): typeof import('./graphql').HostAddClosedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HostRemoveClosed($id: ID!, $dates: [Date!]!) { removeClosedDates(baseId: $id, dates: $dates) { id closedDates } }"): typeof import('./graphql').HostRemoveClosedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HostCreateBase($input: CreateTrainingBaseInput!) { createTrainingBase(input: $input) { id name } }"): typeof import('./graphql').HostCreateBaseDocument;
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
export function graphql(source: "mutation AssignReviewers($d: ID!, $o: ID!, $r: [String!]!) { assignReviewers(declarationId: $d, reviewerOrganizationId: $o, reviewerIds: $r) { id status } }"): typeof import('./graphql').AssignReviewersDocument;
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewAssignments {\n    declarations {\n      id organizationName industry scale employees mainBusiness cooperationSummary status reviewers reviewerPanel { userId organizationId }\n      program { id name reviewCriteria { key name maxScore } }\n      cooperation { asOf agreementsInForce agreementsTotal placements internPersonMonths apprentices orderClassStudents graduatesPlaced trainingBasesHosted projects unavailable }\n      attachments { fileId fileName }\n      reviews { reviewerId reviewerOrganizationId conflictOfInterest conflictNote scores { key score } total comment submittedAt }\n    }\n  }\n"): typeof import('./graphql').ReviewAssignmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitReview($d: ID!, $coi: Boolean!, $note: String, $scores: [ReviewScoreInput!], $comment: String) {\n    submitReview(declarationId: $d, conflictOfInterest: $coi, conflictNote: $note, scores: $scores, comment: $comment) { reviewerId total submittedAt }\n  }\n"): typeof import('./graphql').SubmitReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgAgreements($orgId: ID!) {\n    revenueAgreements(organizationId: $orgId, first: 100) {\n      edges {\n        node {\n          id title version effectiveFrom deductionKinds\n          alliance { id name }\n          owner { id name }\n          policy { code name minTeacherShareBp maxTeacherShareBp }\n          parties { shareBp teacherShareBp organization { id name } }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OrgAgreementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllianceProjects($id: ID!) {\n    alliance(id: $id) {\n      id\n      name\n      projects(first: 100) {\n        edges {\n          node {\n            id title status startOn endOn\n            leadOrganization { id name }\n            totalCommittedFunding { amount currency }\n            participants { role organization { id name } committedFunding { amount currency } committedStaff }\n            milestones { id title dueOn completedAt }\n            outputs { id kind title reference }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AllianceProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectAllianceMembers($id: ID!) {\n    alliance(id: $id) { id members(status: ACTIVE, first: 100) { edges { node { id organization { id name kind } } } } }\n  }\n"): typeof import('./graphql').ProjectAllianceMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateJointProject($input: CreateProjectInput!) { createProject(input: $input) { id title status } }"): typeof import('./graphql').CreateJointProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetJointProjectStatus($id: ID!, $status: ProjectStatus!, $reason: String) {\n    setProjectStatus(projectId: $id, status: $status, reason: $reason) { id status }\n  }\n"): typeof import('./graphql').SetJointProjectStatusDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
