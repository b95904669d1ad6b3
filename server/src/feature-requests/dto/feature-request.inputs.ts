import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { CENTS_OR_ZERO, POSITIVE_CENTS } from '../../common/money';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { Trim } from '../../common/graphql/trim';
import { PageArgs } from '../../common/graphql/pagination';
import { SearchField } from '../../common/graphql/search';
import { IsId, IsIdList, IsIntBetween, NonEmptyText, Text } from '../../common/graphql/input.decorators';
import {
  BacklogSort,
  FundingRouteEnum,
  InterestKind,
  RequestKind,
  RequestTarget,
  StageCategoryEnum,
  VoteRoute,
  WorkflowActorEnum,
  WorkflowGuardEnum,
  WorkflowTemplateKey,
} from '../feature-request-enums';
import { GraphQLDateTime } from '../../common/graphql/scalars';

@InputType()
export class SubmitFeatureRequestInput {
  @Field(() => ID)
  @IsId()
  partnershipId: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'The member organisation it is filed for; a representative’s own organisation by default. The community management may leave it out.',
  })
  @IsOptional()
  @IsId()
  organisationId?: string;

  @Field()
  @NonEmptyText(200)
  title: string;

  @Field({ defaultValue: '', description: 'Markdown.' })
  @Text(20000)
  description: string;

  @Field(() => RequestKind)
  @IsEnum(RequestKind)
  kind: RequestKind;

  @Field(() => RequestTarget, { defaultValue: RequestTarget.UNDECIDED })
  @IsEnum(RequestTarget)
  target: RequestTarget;

  @Field(() => FundingRouteEnum)
  @IsEnum(FundingRouteEnum)
  fundingRoute: FundingRouteEnum;
}

@ArgsType()
export class SimilarRequestsArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsId()
  partnershipId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(63)
  slug?: string;

  @Field({ description: 'What is being typed: a title, perhaps with some description.' })
  @IsString()
  @MinLength(3)
  @MaxLength(500)
  text: string;
}

@ArgsType()
export class BacklogArgs extends PageArgs {
  @SearchField()
  search?: string;

  @Field(() => String, { nullable: true, description: 'Only this stage (its key).' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  stage?: string;

  @Field(() => StageCategoryEnum, { nullable: true, description: 'Only stages of this category.' })
  @IsOptional()
  @IsEnum(StageCategoryEnum)
  category?: StageCategoryEnum;

  @Field(() => RequestKind, { nullable: true })
  @IsOptional()
  @IsEnum(RequestKind)
  kind?: RequestKind;

  @Field(() => RequestTarget, { nullable: true })
  @IsOptional()
  @IsEnum(RequestTarget)
  target?: RequestTarget;

  @Field(() => BacklogSort, { defaultValue: BacklogSort.NEWEST })
  @IsEnum(BacklogSort)
  sort: BacklogSort = BacklogSort.NEWEST;
}

@InputType()
export class MergeFeatureRequestInput {
  @Field(() => ID)
  @IsId()
  duplicateId: string;

  @Field(() => ID)
  @IsId()
  originalId: string;
}

@InputType()
export class StartInterestSurveyInput {
  @Field(() => ID)
  @IsId()
  requestId: string;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Defaults to today plus the workflow’s survey days.' })
  @IsOptional()
  @IsDate()
  deadline?: Date;
}

@InputType()
export class DeclareInterestInput {
  @Field(() => ID)
  @IsId()
  requestId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The organisation declaring; the viewer’s own when it represents only one.',
  })
  @IsOptional()
  @IsId()
  organisationId?: string;

  @Field(() => InterestKind)
  @IsEnum(InterestKind)
  kind: InterestKind;

  @Field(() => String, {
    nullable: true,
    description:
      'For WILL_CO_FUND: the most it would pay, integer cents as a decimal string, e.g. "500000" for 5.000 €.',
  })
  @ValidateIf((o: DeclareInterestInput) => o.kind === InterestKind.WILL_CO_FUND || o.coFundUpToCents !== undefined)
  @Matches(POSITIVE_CENTS)
  coFundUpToCents?: string;
}

@InputType()
export class WithdrawInterestInput {
  @Field(() => ID)
  @IsId()
  requestId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsId()
  organisationId?: string;
}

@InputType()
export class RecordAssessmentInput {
  @Field(() => ID)
  @IsId()
  requestId: string;

  @Field()
  @IsBoolean()
  feasible: boolean;

  @Field()
  @IsBoolean()
  coreCapable: boolean;

  @Field({ defaultValue: '' })
  @Text(5000)
  notes: string;
}

@InputType()
export class RecordEstimateInput {
  @Field(() => ID)
  @IsId()
  requestId: string;

  @Field({ description: 'Person-days as a decimal string with at most one decimal, e.g. "12.5".' })
  @Matches(/^(0|[1-9][0-9]{0,5})(\.[0-9])?$/)
  effortPersonDays: string;

  @Field({ description: 'Integer cents as a decimal string, e.g. "1250000" for 12.500 €.' })
  @Matches(CENTS_OR_ZERO)
  amountCents: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsId()
  providerOrganisationId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true })
  offerDocumentUrl?: string;
}

@InputType()
export class PutRequestToVoteInput {
  @Field(() => ID)
  @IsId()
  requestId: string;

  @Field(() => VoteRoute)
  @IsEnum(VoteRoute)
  route: VoteRoute;

  @Field(() => [ID], {
    nullable: true,
    description: 'Defaults to the committees of the workflow’s decision path for the request’s funding route.',
  })
  @IsOptional()
  @IsIdList(5)
  committeeIds?: string[];

  @Field(() => GraphQLDateTime, { nullable: true, description: 'WRITTEN: when the procedure closes.' })
  @ValidateIf((o: PutRequestToVoteInput) => o.route === VoteRoute.WRITTEN)
  @IsDate()
  deadline?: Date;

  @Field(() => ID, { nullable: true, description: 'SESSION: the planned session whose agenda gets a DECISION item.' })
  @ValidateIf((o: PutRequestToVoteInput) => o.route === VoteRoute.SESSION)
  @IsUUID('all')
  sessionId?: string;

  @Field({ defaultValue: false, description: 'A fundamental question: veto holders can veto it.' })
  @IsBoolean()
  fundamental: boolean;
}

@InputType()
export class TransitionFeatureRequestInput {
  @Field(() => ID)
  @IsId()
  requestId: string;

  @Field({ description: 'The key of the target stage.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(60)
  to: string;

  @Field({ defaultValue: '' })
  @Text(2000)
  reason: string;

  @Field(() => String, { nullable: true, description: 'For a release: the version, e.g. "4.2.0".' })
  @IsOptional()
  @NonEmptyText(40)
  releaseVersion?: string;

  @Field(() => String, { nullable: true, description: 'For a release: the changelog entry (Markdown).' })
  @IsOptional()
  @NonEmptyText(5000)
  changelogEntry?: string;
}

@InputType()
export class AddRequestCommentInput {
  @Field(() => ID)
  @IsId()
  requestId: string;

  @Field({ description: 'Markdown.' })
  @NonEmptyText(10000)
  body: string;
}

@InputType()
export class ChooseWorkflowTemplateInput {
  @Field(() => ID)
  @IsId()
  partnershipId: string;

  @Field(() => WorkflowTemplateKey)
  @IsEnum(WorkflowTemplateKey)
  template: WorkflowTemplateKey;
}

@InputType('WorkflowStageInput')
export class WorkflowStageInput {
  @Field()
  @Matches(/^[A-Z][A-Z0-9_]{0,59}$/)
  key: string;

  @Field(() => StageCategoryEnum)
  @IsEnum(StageCategoryEnum)
  category: StageCategoryEnum;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(80)
  labelDe: string;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(80)
  labelEn: string;
}

@InputType('WorkflowTransitionInput')
export class WorkflowTransitionInput {
  @Field()
  @IsString()
  @MaxLength(60)
  from: string;

  @Field()
  @IsString()
  @MaxLength(60)
  to: string;

  @Field(() => [WorkflowActorEnum])
  @IsArray()
  @ArrayMinSize(1)
  @IsEnum(WorkflowActorEnum, { each: true })
  actors: WorkflowActorEnum[];

  @Field(() => [WorkflowGuardEnum], { defaultValue: [] })
  @IsArray()
  @IsEnum(WorkflowGuardEnum, { each: true })
  guards: WorkflowGuardEnum[];
}

@InputType()
export class UpdateWorkflowInput {
  @Field(() => ID)
  @IsId()
  partnershipId: string;

  @Field()
  @IsString()
  @MaxLength(60)
  initialStage: string;

  @Field(() => [WorkflowStageInput])
  @ArrayMinSize(2)
  @ArrayMaxSize(40)
  @ValidateNested({ each: true })
  @Type(() => WorkflowStageInput)
  stages: WorkflowStageInput[];

  @Field(() => [WorkflowTransitionInput])
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => WorkflowTransitionInput)
  transitions: WorkflowTransitionInput[];

  @Field(() => Int, { description: 'Default survey length in days, 1 to 90.' })
  @IsIntBetween(1, 90)
  surveyDays: number;
}
