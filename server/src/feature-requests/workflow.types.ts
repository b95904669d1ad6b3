/**
 * A partnership's feature-request process as data: stages, the transitions between them, who may make
 * each, and the guards that must hold. Pure types, no framework imports: `workflow.ts` decides with them,
 * `workflow-templates.ts` ships one workflow per process in the reference study, and the database keeps a
 * partnership's (editable) copy as JSON.
 */
import type { MessageRef } from '../common/i18n/messages';

/** What a stage means, whatever a partnership calls it; the roadmap and the guards read this, never the key. */
export type StageCategory =
  | 'SUBMITTED' // filed, not yet looked at
  | 'SURVEY' // interest survey running (needs a deadline)
  | 'ASSESSMENT' // product owner / provider checks feasibility, writes requirement, estimate and offer
  | 'DECISION' // on a session's agenda or in a written procedure
  | 'ACCEPTED' // decided yes, waiting for financing
  | 'FINANCING' // cost sharing / contracts being signed
  | 'DEVELOPMENT'
  | 'TESTING' // pilot, community testing, sprint review
  | 'RELEASED' // terminal: shipped with a version and a changelog entry
  | 'REJECTED' // terminal unless the workflow allows "developed outside"
  | 'DEVELOPED_OUTSIDE' // Civitas variant 2: built by a subgroup outside the core, may re-apply for the core
  | 'WITHDRAWN'; // terminal: withdrawn by the submitter or closed as a duplicate

export interface Stage {
  /** Stable key, UPPER_SNAKE, unique in the workflow, e.g. "INTEREST_SURVEY". */
  key: string;
  category: StageCategory;
  labelDe: string;
  labelEn: string;
}

/** Who makes a transition. SYSTEM: the survey deadline job or a closed vote, never a person. */
export type WorkflowActor =
  'SUBMITTER' | 'REPRESENTATIVE' | 'COMMUNITY_MANAGER' | 'PRODUCT_OWNER' | 'TREASURER' | 'ADMIN' | 'SYSTEM';

export type Guard =
  /** The target stage is a survey: the request must carry a survey deadline in the future. */
  | 'SURVEY_DEADLINE_SET'
  /** The survey has closed (by its deadline or by hand). */
  | 'SURVEY_CLOSED'
  /** At least one member other than the submitter declared interest (KODI, Smart Village: a group forms). */
  | 'INTEREST_DECLARED'
  /** The product owner recorded an assessment (feasible, core-capable, notes). */
  | 'ASSESSED'
  /** An estimate / offer is recorded (effort, amount, provider). */
  | 'ESTIMATED'
  /** The linked decision is ACCEPTED. */
  | 'DECISION_ACCEPTED'
  /** The linked decision is REJECTED, VETOED or NO_QUORUM. */
  | 'DECISION_NOT_ACCEPTED'
  /** Financing is complete: every cost-sharing contract signed, or an approved fund allocation (RequestFinancingService). */
  | 'FINANCED'
  /** A release version and a changelog entry are set. */
  | 'RELEASE_NOTED';

export interface Transition {
  from: string;
  to: string;
  /** Any one of these may make it. */
  actors: WorkflowActor[];
  guards: Guard[];
}

export type FundingRoute = 'ALL_MEMBERS' | 'SUBGROUP' | 'SINGLE_MEMBER' | 'DEVELOPMENT_FUND';
export type RulePresetName = 'SIMPLE_MAJORITY' | 'ABSOLUTE_MAJORITY' | 'TWO_THIRDS' | 'THREE_QUARTERS' | 'UNANIMITY';
export type CommitteeKindName =
  'GENERAL_ASSEMBLY' | 'STRATEGIC_COMMITTEE' | 'TECHNICAL_COMMITTEE' | 'WORKING_GROUP' | 'ADVISORY_BOARD';

/** How the decision on a request is taken, per funding route. */
export interface DecisionPath {
  /** The rule preset the vote uses (Civitas: all members → THREE_QUARTERS, subgroup → ABSOLUTE_MAJORITY). */
  preset: RulePresetName;
  /** Which committees vote; two or more form a joint decision that needs every one (DIPAS: both commissions). */
  committeeKinds: CommitteeKindName[];
}

export type TemplateKey =
  | 'CIVITAS_CONNECT_V1'
  | 'CIVITAS_CONNECT_V2'
  | 'MASTERPORTAL'
  | 'DIPAS'
  | 'BILETADO'
  | 'OSCA'
  | 'KODI'
  | 'SMART_VILLAGE_APP';

export interface Workflow {
  template: TemplateKey | 'CUSTOM';
  /** The stage a new request starts in. */
  initialStage: string;
  stages: Stage[];
  transitions: Transition[];
  /** Default length of an interest survey, in days (KODI, Smart Village: 14–21; Biletado: 21). */
  surveyDays: number;
  /** Decision path per funding route; a route missing here cannot be decided by vote in this workflow. */
  decisions: Partial<Record<FundingRoute, DecisionPath>>;
}

/** What the guards look at: the request as it is now. Dates are ISO strings (UTC). */
export interface RequestFacts {
  stage: string;
  fundingRoute: FundingRoute;
  surveyDeadline: string | null;
  surveyClosedAt: string | null;
  /** Members other than the submitter that declared any interest. */
  interestedMembers: number;
  assessed: boolean;
  estimated: boolean;
  /** The latest decision on the request, if any. */
  decision: { outcome: 'ACCEPTED' | 'REJECTED' | 'VETOED' | 'NO_QUORUM' | null; decidedAt: string | null } | null;
  financed: boolean;
  releaseVersion: string | null;
  changelogEntry: string | null;
}

export interface TransitionAttempt {
  to: string;
  /** Every role the acting person holds in the partnership, plus SUBMITTER when it filed the request. */
  actors: WorkflowActor[];
  /** Now, ISO string: guards compare the survey deadline with it. */
  now: string;
}

export type TransitionVerdict =
  | { allowed: true }
  /** reasons: messages, e.g. "Financing needs an accepted decision; the vote on 12 March 2027 was rejected". */
  | { allowed: false; reasons: MessageRef[] };
