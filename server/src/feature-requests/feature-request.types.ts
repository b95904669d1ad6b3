import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../common/graphql/pagination';
import {
  FundingRouteEnum,
  RequestKind,
  RequestTarget,
  RoadmapColumnEnum,
  StageCategoryEnum,
  WorkflowActorEnum,
  WorkflowGuardEnum,
} from './feature-request-enums';
import { FeatureRequest } from './feature-request.entity';
import { GraphQLDateTime } from '../common/graphql/scalars';

@ObjectType('WorkflowStage')
export class WorkflowStageType {
  @Field() key: string;
  @Field(() => StageCategoryEnum) category: StageCategoryEnum;
  @Field() labelDe: string;
  @Field() labelEn: string;
}

@ObjectType('WorkflowTransition')
export class WorkflowTransitionType {
  @Field() from: string;
  @Field() to: string;
  @Field(() => [WorkflowActorEnum]) actors: WorkflowActorEnum[];
  @Field(() => [WorkflowGuardEnum]) guards: WorkflowGuardEnum[];
}

@ObjectType('WorkflowDecisionPath', {
  description: 'How a request of one funding route is decided: the rule preset and the committees that vote.',
})
export class WorkflowDecisionPathType {
  @Field(() => FundingRouteEnum) fundingRoute: FundingRouteEnum;
  @Field() preset: string;
  @Field(() => [String]) committeeKinds: string[];
}

@ObjectType('Workflow', {
  description: 'A partnership’s request process: stages, allowed transitions, who makes them and what they need.',
})
export class WorkflowType {
  @Field({ description: 'The template it came from, or CUSTOM once edited.' }) template: string;
  @Field() initialStage: string;
  @Field(() => [WorkflowStageType]) stages: WorkflowStageType[];
  @Field(() => [WorkflowTransitionType]) transitions: WorkflowTransitionType[];
  @Field(() => Int) surveyDays: number;
  @Field(() => [WorkflowDecisionPathType]) decisionPaths: WorkflowDecisionPathType[];
}

@ObjectType('WorkflowTemplate')
export class WorkflowTemplateType {
  @Field() key: string;
  @Field() nameDe: string;
  @Field() nameEn: string;
  @Field() descriptionDe: string;
  @Field() descriptionEn: string;
  @Field(() => WorkflowType) workflow: WorkflowType;
}

@ObjectType('AvailableTransition', {
  description: 'A transition from the request’s stage, and whether the viewer may make it now (else why not).',
})
export class AvailableTransitionType {
  @Field() to: string;
  @Field() label: string;
  @Field() allowed: boolean;
  @Field(() => [String]) reasons: string[];
  @Field(() => [GuardFailureType], { description: 'Each guard that does not hold now, with its reason.' })
  failures: GuardFailureType[];
}

@ObjectType('GuardFailure')
export class GuardFailureType {
  @Field(() => WorkflowGuardEnum) guard: WorkflowGuardEnum;
  @Field() reason: string;
}

@ObjectType('SimilarFeatureRequest')
export class SimilarFeatureRequest {
  @Field(() => FeatureRequest) request: FeatureRequest;
  @Field({ description: 'Between 0 and 1; higher is more alike.' }) score: number;
}

@ObjectType('RequestAssessment', { description: 'The product owner’s assessment.' })
export class RequestAssessment {
  @Field() feasible: boolean;
  @Field() coreCapable: boolean;
  @Field() notes: string;
  @Field(() => GraphQLDateTime) assessedAt: Date;
  assessedByUserId: string | null;
}

@ObjectType('RequestEstimate', { description: 'Estimate and offer: effort, amount, provider, offer document.' })
export class RequestEstimate {
  @Field({ description: 'Person-days, decimal string.' }) effortPersonDays: string;
  @Field({ description: 'Integer cents, decimal string.' }) amountCents: string;
  @Field(() => String, { nullable: true }) offerDocumentUrl: string | null;
  @Field(() => GraphQLDateTime) estimatedAt: Date;
  providerOrganisationId: string | null;
}

@ObjectType('RoadmapItem', { description: 'A request as the public roadmap shows it: no interest, money or comments.' })
export class RoadmapItem {
  @Field(() => ID) id: string;
  @Field(() => Int) number: number;
  @Field() title: string;
  @Field(() => RequestKind) kind: RequestKind;
  @Field(() => RequestTarget) target: RequestTarget;
  @Field() stageLabelDe: string;
  @Field() stageLabelEn: string;
  @Field(() => String, { nullable: true }) releaseVersion: string | null;
  @Field(() => GraphQLDateTime, { nullable: true }) releasedAt: Date | null;
}

@ObjectType('RoadmapColumn')
export class RoadmapColumnType {
  @Field(() => RoadmapColumnEnum) column: RoadmapColumnEnum;
  @Field(() => [RoadmapItem]) items: RoadmapItem[];
}

@ObjectType('ChangelogEntry')
export class ChangelogEntryType {
  @Field(() => Int) number: number;
  @Field() title: string;
  @Field() releaseVersion: string;
  @Field({ description: 'Markdown.' }) changelogEntry: string;
  @Field(() => GraphQLDateTime) releasedAt: Date;
}

export const FeatureRequestConnection = Connection(FeatureRequest, 'FeatureRequestConnection');
