import { registerEnum } from '../common/graphql/register-enum';

export enum RequestKind {
  FEATURE = 'FEATURE',
  BUG_FIX = 'BUG_FIX',
  SECURITY = 'SECURITY',
  DOCUMENTATION = 'DOCUMENTATION',
  OPTIMISATION = 'OPTIMISATION',
}
registerEnum(RequestKind, { name: 'RequestKind', description: 'What a feature request asks for.' });

export enum RequestTarget {
  CORE = 'CORE',
  MODULE = 'MODULE',
  UNDECIDED = 'UNDECIDED',
}
registerEnum(RequestTarget, {
  name: 'RequestTarget',
  description: 'Where the change goes: the core product, a module, or not yet decided.',
});

export enum FundingRouteEnum {
  ALL_MEMBERS = 'ALL_MEMBERS',
  SUBGROUP = 'SUBGROUP',
  SINGLE_MEMBER = 'SINGLE_MEMBER',
  DEVELOPMENT_FUND = 'DEVELOPMENT_FUND',
}
registerEnum(FundingRouteEnum, {
  name: 'FundingRoute',
  description: 'Who pays: all members, a subgroup, one member, or the development fund.',
});

export enum InterestKind {
  SUPPORT = 'SUPPORT',
  WILL_USE = 'WILL_USE',
  WILL_CO_FUND = 'WILL_CO_FUND',
}
registerEnum(InterestKind, {
  name: 'InterestKind',
  description: 'A member’s interest in a request: support it, will use it, or will co-fund up to an amount.',
});

export enum StageCategoryEnum {
  SUBMITTED = 'SUBMITTED',
  SURVEY = 'SURVEY',
  ASSESSMENT = 'ASSESSMENT',
  DECISION = 'DECISION',
  ACCEPTED = 'ACCEPTED',
  FINANCING = 'FINANCING',
  DEVELOPMENT = 'DEVELOPMENT',
  TESTING = 'TESTING',
  RELEASED = 'RELEASED',
  REJECTED = 'REJECTED',
  DEVELOPED_OUTSIDE = 'DEVELOPED_OUTSIDE',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnum(StageCategoryEnum, {
  name: 'StageCategory',
  description: 'What a workflow stage means, whatever the partnership calls it.',
});

export enum WorkflowActorEnum {
  SUBMITTER = 'SUBMITTER',
  REPRESENTATIVE = 'REPRESENTATIVE',
  COMMUNITY_MANAGER = 'COMMUNITY_MANAGER',
  PRODUCT_OWNER = 'PRODUCT_OWNER',
  TREASURER = 'TREASURER',
  ADMIN = 'ADMIN',
  SYSTEM = 'SYSTEM',
}
registerEnum(WorkflowActorEnum, {
  name: 'WorkflowActor',
  description: 'Who makes a transition; SYSTEM is the survey deadline or a closed vote.',
});

export enum WorkflowGuardEnum {
  SURVEY_DEADLINE_SET = 'SURVEY_DEADLINE_SET',
  SURVEY_CLOSED = 'SURVEY_CLOSED',
  INTEREST_DECLARED = 'INTEREST_DECLARED',
  ASSESSED = 'ASSESSED',
  ESTIMATED = 'ESTIMATED',
  DECISION_ACCEPTED = 'DECISION_ACCEPTED',
  DECISION_NOT_ACCEPTED = 'DECISION_NOT_ACCEPTED',
  FINANCED = 'FINANCED',
  RELEASE_NOTED = 'RELEASE_NOTED',
}
registerEnum(WorkflowGuardEnum, { name: 'WorkflowGuard', description: 'A condition a transition needs.' });

export enum WorkflowTemplateKey {
  CIVITAS_CONNECT_V1 = 'CIVITAS_CONNECT_V1',
  CIVITAS_CONNECT_V2 = 'CIVITAS_CONNECT_V2',
  MASTERPORTAL = 'MASTERPORTAL',
  DIPAS = 'DIPAS',
  BILETADO = 'BILETADO',
  OSCA = 'OSCA',
  KODI = 'KODI',
  SMART_VILLAGE_APP = 'SMART_VILLAGE_APP',
}
registerEnum(WorkflowTemplateKey, {
  name: 'WorkflowTemplateKey',
  description: 'The request processes of the reference study.',
});

export enum BacklogSort {
  NEWEST = 'NEWEST',
  MOST_INTERESTED = 'MOST_INTERESTED',
}
registerEnum(BacklogSort, {
  name: 'BacklogSort',
  description: 'NEWEST first, or MOST_INTERESTED (most members declared interest; Biletado prioritises so).',
});

export enum NotificationKind {
  REQUEST_TRANSITION = 'REQUEST_TRANSITION',
  REQUEST_COMMENT = 'REQUEST_COMMENT',
  REQUEST_MERGED = 'REQUEST_MERGED',
}
registerEnum(NotificationKind, { name: 'NotificationKind' });

export enum DecisionOutcomeEnum {
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
  VETOED = 'VETOED',
  NO_QUORUM = 'NO_QUORUM',
}
registerEnum(DecisionOutcomeEnum, {
  name: 'RequestDecisionOutcome',
  description: 'How the vote(s) on a request ended.',
});

export enum RoadmapColumnEnum {
  ACCEPTED = 'ACCEPTED',
  IN_DEVELOPMENT = 'IN_DEVELOPMENT',
  TESTING = 'TESTING',
  RELEASED = 'RELEASED',
}
registerEnum(RoadmapColumnEnum, { name: 'RoadmapColumnKey' });

export enum VoteRoute {
  WRITTEN = 'WRITTEN',
  SESSION = 'SESSION',
}
registerEnum(VoteRoute, {
  name: 'RequestVoteRoute',
  description: 'A written procedure with a deadline, or a DECISION item on a session’s agenda.',
});
