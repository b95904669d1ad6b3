/**
 * The server's messages in English. Keys are stable (the portal and tests may rely on them); a message with a
 * `count` parameter has i18next plural forms (`_one`, `_other`). German: messages.de.ts, the same shape.
 */
export const en = {
  time: {
    seconds_one: '{{count}} second',
    seconds_other: '{{count}} seconds',
    minutes_one: '{{count}} minute',
    minutes_other: '{{count}} minutes',
  },
  auth: {
    wrongPassword: 'E-mail or password is wrong',
    tooManySignIns: {
      address: 'Too many failed sign-ins from this address: try again in {{wait}}',
      account:
        'Too many failed sign-ins for this account from this address: try again in {{wait}} (each further failure doubles the wait, up to 15 minutes; other addresses are not affected)',
    },
    tooManyAttempts: {
      account: 'Too many attempts for this account: try again in {{wait}}',
      address: 'Too many attempts from this address: try again in {{wait}}',
    },
    resetLinkInvalid: 'this reset link is unknown, used or expired: ask for a new one',
  },
  access: {
    signIn: 'Sign in to do this',
    signInToRead: 'Sign in to see this partnership’s records',
    needReadPermission: 'You need the permission {{permission}} in this partnership to see this',
    platformOnly: 'Only platform admins may do this ({{permission}})',
    needPermissionAnywhere: 'You need the permission {{permission}} in a partnership to do this',
    needPermissionHere: 'You need the permission {{permission}} in this partnership to do this',
  },
  invitation: {
    unknownLink: 'This invitation link is unknown: check that it was copied whole',
    alreadyUsed: 'This invitation was already used: sign in instead',
    withdrawn: 'This invitation was withdrawn: ask the community manager for a new one',
    expired: 'This invitation expired on {{date, date}}: ask the community manager for a new one',
    accountExists: 'An account for {{email}} exists: sign in as it, then accept the invitation',
    otherAccount: 'This invitation is for {{email}}; you are signed in as {{signedInAs}}',
  },
  fund: {
    receivedOnYear: 'receivedOn must lie in the year the contribution counts for ({{year}}), got {{receivedOn}}',
    purposeUnknown: 'no fund purpose of this partnership with this id',
    purposeArchivedContribution: 'the purpose “{{purpose}}” is archived and takes no new contributions',
    purposeArchivedAllocation: 'the purpose “{{purpose}}” is archived and takes no new allocations',
    writtenProcedureNeeds:
      'a written procedure needs committeeIds and a deadline; or give a sessionId to decide it in a session',
    requestUnknown: 'no feature request of this partnership with this id',
    requestMerged: '#{{number}} was merged into another request; allocate to that one',
    requestFinanced: '#{{number}} is already financed',
    notEnoughAvailable:
      'the purpose “{{purpose}}” and the general fund can still give {{available, currency(currency: EUR)}} (after the proposals still pending), got {{amount, currency(currency: EUR)}}',
    positiveAmount: 'the amount must be a positive number of cents, got {{amount}}',
    belowMinimum:
      'the first contribution of {{year}} must be at least the minimum of {{minimum, currency(currency: EUR)}}, got {{amount, currency(currency: EUR)}}',
  },
  workflow: {
    refused: 'This step is not possible now: {{reasons}}',
    subject: {
      SUBMITTED: 'Resubmission',
      SURVEY: 'An interest survey',
      ASSESSMENT: 'Assessment',
      DECISION: 'A decision',
      ACCEPTED: 'Acceptance',
      FINANCING: 'Financing',
      DEVELOPMENT: 'Development',
      TESTING: 'Testing',
      RELEASED: 'A release',
      REJECTED: 'Rejection',
      DEVELOPED_OUTSIDE: 'Development outside',
      WITHDRAWN: 'Withdrawal',
    },
    actor: {
      SUBMITTER: 'submitter',
      REPRESENTATIVE: 'representative',
      COMMUNITY_MANAGER: 'community manager',
      PRODUCT_OWNER: 'product owner',
      TREASURER: 'treasurer',
      ADMIN: 'admin',
      SYSTEM: 'system',
    },
    actorWithArticle: {
      SUBMITTER: 'the submitter',
      REPRESENTATIVE: 'a representative',
      COMMUNITY_MANAGER: 'the community manager',
      PRODUCT_OWNER: 'the product owner',
      TREASURER: 'the treasurer',
      ADMIN: 'an admin',
      SYSTEM: 'the system (when a survey or vote closes)',
    },
    unknownCurrentStage:
      'The request is in stage {{stage}}, which this workflow does not have; its stages are {{stages}}',
    unknownTarget: 'There is no stage {{stage}} in this workflow; its stages are {{stages}}',
    stageWithKey: '{{label}} ({{key}})',
    noMove: '{{what}}; {{allowed}}',
    alreadyIn: 'The request is already in {{stage}}',
    noTransition: 'No transition from {{from}} to {{to}}',
    finalStage: '{{stage}} is a final stage',
    allowedFrom: 'allowed from {{from}}: {{targets}}',
    onlyActors: 'Only {{who}} may move a request from {{from}} to {{to}}; {{you}}',
    youHoldNoRole: 'you hold no role in this partnership',
    youActAs: 'you act as {{actors}}',
    decision: {
      none: 'no vote has been taken yet',
      open: 'the vote has not closed yet',
      vote: 'the vote {{result}}',
      voteOn: 'the vote on {{date, date}} {{result}}',
      ACCEPTED: 'was accepted',
      REJECTED: 'was rejected',
      VETOED: 'was vetoed',
      NO_QUORUM: 'did not reach its quorum',
    },
    guard: {
      surveyDeadlineNone: 'An interest survey needs a deadline in the future; none is set',
      surveyDeadlinePassed: 'An interest survey needs a deadline in the future; the deadline {{date, date}} has passed',
      surveyOpenNoDeadline: 'The interest survey has not closed yet; it has no deadline, so it closes only by hand',
      surveyOpenUntil: 'The interest survey has not closed yet; it runs until {{date, date}}',
      interest:
        '{{subject}} needs interest from at least one member besides the submitter; none has declared interest yet',
      assessed: '{{subject}} needs an assessment by the product owner; none is recorded yet',
      estimated: '{{subject}} needs an estimate or offer; none is recorded yet',
      decisionAccepted: '{{subject}} needs an accepted decision; {{decision}}',
      decisionNotAccepted: '{{subject}} needs a decision that did not pass; {{decision}}',
      financed: '{{subject}} needs completed financing: not every contract is signed yet',
      releaseBothMissing: 'A release needs a version and a changelog entry; both are missing',
      releaseVersionMissing: 'A release needs a version and a changelog entry; the version is missing',
      releaseChangelogMissing: 'A release needs a version and a changelog entry; the changelog entry is missing',
    },
  },
  partnership: {
    notFoundBySlug: 'No partnership with slug "{{slug}}"',
    noRoleNotPublic: 'You hold no role in the partnership "{{slug}}", and its pages are not public',
    signInNotPublic: 'Sign in to see the partnership "{{slug}}"; its pages are not public',
    slugTaken: 'slug "{{slug}}" is already used by {{name}}; choose another',
    slugTakenField: 'already used by {{name}}',
  },
  committee: {
    notFound: 'No committee with id {{id}}',
    seatNotFound: 'No seat with id {{id}}',
    seatEnded: 'This seat already ended on {{date, date}}',
    nameTaken: 'The partnership already has a committee named "{{name}}"; choose another name',
    nameTakenField: 'already taken in this partnership',
    communityCallNeverVotes: 'a community call never votes; choose another kind for a voting body',
    sessionNotFound: 'No session with id {{id}}',
    votesStillOpen_one: '{{count}} vote of this session is still open; close it first',
    votesStillOpen_other: '{{count}} votes of this session are still open; close them first',
    agendaItemNotFound: 'No agenda item with id {{id}}',
    votedItemStays: 'An item that was voted on stays on the agenda; you can still edit its title',
    minutesApproved: 'These minutes were approved and can no longer change',
  },
  vote: {
    notFound: 'No vote with id {{id}}',
    notOpenForBallots: 'This vote is {{status}}; ballots are accepted only while it is open',
    deadlinePassed: 'The deadline of this vote has passed; ballots are no longer accepted',
    notEntitled: 'this member is not entitled to vote here (no voting seat when the vote opened)',
    onlyRepresentative:
      'Only the representative of this member, or of the member holding its proxy, may cast its ballot',
    notPresent:
      'This member was neither present nor represented by proxy when the vote opened, so it cannot vote in this session',
    secretAlreadyCast: 'This member has already voted; a secret ballot cannot be changed',
    noChange: 'This member has already voted, and this vote does not allow changing a ballot',
    alreadyClosed: 'This vote is already {{status}}',
    noSessionForItem: 'No session for agenda item {{id}}',
    sessionNotInProgress:
      'Votes open only while the session is in progress; it is {{status}}. Start the session first.',
    alreadyOpen: 'A vote on this item is already open ("{{title}}"); close it first',
    nobodyPresent: 'Nobody entitled to vote is recorded as present; record the attendance first',
    noVotingSeats: '{{committee}} has no voting seats; give its members voting seats first',
    jointAlreadyVoted: '{{committee}} has already voted on this joint decision',
    status: { OPEN: 'open', CLOSED: 'closed', CANCELLED: 'cancelled' },
    sessionStatus: { PLANNED: 'planned', IN_PROGRESS: 'in progress', CLOSED: 'closed', CANCELLED: 'cancelled' },
  },
} as const;

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
/** What every language's catalogue must provide: the same keys as the English one. */
export type Catalogue = Shape<typeof en>;
