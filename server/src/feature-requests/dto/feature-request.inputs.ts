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

const list = (values: object) => Object.values(values).join(', ');

@InputType()
export class SubmitFeatureRequestInput {
  @Field(() => ID)
  @IsId('a partnership')
  partnershipId: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'The member organisation it is filed for; a representative’s own organisation by default. The community management may leave it out.',
  })
  @IsOptional()
  @IsId('an organisation')
  organisationId?: string;

  @Field()
  @NonEmptyText(200)
  title: string;

  @Field({ defaultValue: '', description: 'Markdown.' })
  @Text(20000)
  description: string;

  @Field(() => RequestKind)
  @IsEnum(RequestKind, { message: `kind must be one of ${list(RequestKind)}` })
  kind: RequestKind;

  @Field(() => RequestTarget, { defaultValue: RequestTarget.UNDECIDED })
  @IsEnum(RequestTarget, { message: `target must be one of ${list(RequestTarget)}` })
  target: RequestTarget;

  @Field(() => FundingRouteEnum)
  @IsEnum(FundingRouteEnum, { message: `fundingRoute must be one of ${list(FundingRouteEnum)}` })
  fundingRoute: FundingRouteEnum;
}

@ArgsType()
export class SimilarRequestsArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsId('a partnership')
  partnershipId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(63)
  slug?: string;

  @Field({ description: 'What is being typed: a title, perhaps with some description.' })
  @IsString()
  @MinLength(3, { message: 'text must be at least 3 characters long' })
  @MaxLength(500, { message: 'text must be at most 500 characters long' })
  text: string;
}

@ArgsType()
export class BacklogArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only this stage (its key).' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  stage?: string;

  @Field(() => StageCategoryEnum, { nullable: true, description: 'Only stages of this category.' })
  @IsOptional()
  @IsEnum(StageCategoryEnum, { message: `category must be one of ${list(StageCategoryEnum)}` })
  category?: StageCategoryEnum;

  @Field(() => RequestKind, { nullable: true })
  @IsOptional()
  @IsEnum(RequestKind, { message: `kind must be one of ${list(RequestKind)}` })
  kind?: RequestKind;

  @Field(() => RequestTarget, { nullable: true })
  @IsOptional()
  @IsEnum(RequestTarget, { message: `target must be one of ${list(RequestTarget)}` })
  target?: RequestTarget;

  @Field(() => BacklogSort, { defaultValue: BacklogSort.NEWEST })
  @IsEnum(BacklogSort, { message: `sort must be one of ${list(BacklogSort)}` })
  sort: BacklogSort = BacklogSort.NEWEST;
}

@InputType()
export class MergeFeatureRequestInput {
  @Field(() => ID)
  @IsId('a feature request')
  duplicateId: string;

  @Field(() => ID)
  @IsId('a feature request')
  originalId: string;
}

@InputType()
export class StartInterestSurveyInput {
  @Field(() => ID)
  @IsId('a feature request')
  requestId: string;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Defaults to today plus the workflow’s survey days.' })
  @IsOptional()
  @IsDate({ message: 'deadline must be a date and time' })
  deadline?: Date;
}

@InputType()
export class DeclareInterestInput {
  @Field(() => ID)
  @IsId('a feature request')
  requestId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The organisation declaring; the viewer’s own when it represents only one.',
  })
  @IsOptional()
  @IsId('an organisation')
  organisationId?: string;

  @Field(() => InterestKind)
  @IsEnum(InterestKind, { message: `kind must be one of ${list(InterestKind)}` })
  kind: InterestKind;

  @Field(() => String, {
    nullable: true,
    description:
      'For WILL_CO_FUND: the most it would pay, integer cents as a decimal string, e.g. "500000" for 5.000 €.',
  })
  @ValidateIf((o: DeclareInterestInput) => o.kind === InterestKind.WILL_CO_FUND || o.coFundUpToCents !== undefined)
  @Matches(POSITIVE_CENTS, {
    message:
      'coFundUpToCents must be a positive whole number of cents, e.g. "500000"; it is needed for WILL_CO_FUND and only there',
  })
  coFundUpToCents?: string;
}

@InputType()
export class WithdrawInterestInput {
  @Field(() => ID)
  @IsId('a feature request')
  requestId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsId('an organisation')
  organisationId?: string;
}

@InputType()
export class RecordAssessmentInput {
  @Field(() => ID)
  @IsId('a feature request')
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
  @IsId('a feature request')
  requestId: string;

  @Field({ description: 'Person-days as a decimal string with at most one decimal, e.g. "12.5".' })
  @Matches(/^(0|[1-9][0-9]{0,5})(\.[0-9])?$/, {
    message: 'effortPersonDays must be a number of person-days with at most one decimal, e.g. "12.5"',
  })
  effortPersonDays: string;

  @Field({ description: 'Integer cents as a decimal string, e.g. "1250000" for 12.500 €.' })
  @Matches(CENTS_OR_ZERO, { message: 'amountCents must be a whole number of cents, e.g. "1250000"' })
  amountCents: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsId('an organisation')
  providerOrganisationId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl(
    { protocols: ['https'], require_protocol: true },
    { message: 'offerDocumentUrl must be an https:// link, got "$value"' },
  )
  offerDocumentUrl?: string;
}

@InputType()
export class PutRequestToVoteInput {
  @Field(() => ID)
  @IsId('a feature request')
  requestId: string;

  @Field(() => VoteRoute)
  @IsEnum(VoteRoute, { message: `route must be one of ${list(VoteRoute)}` })
  route: VoteRoute;

  @Field(() => [ID], {
    nullable: true,
    description: 'Defaults to the committees of the workflow’s decision path for the request’s funding route.',
  })
  @IsOptional()
  @IsIdList('committee', 5)
  committeeIds?: string[];

  @Field(() => GraphQLDateTime, { nullable: true, description: 'WRITTEN: when the procedure closes.' })
  @ValidateIf((o: PutRequestToVoteInput) => o.route === VoteRoute.WRITTEN)
  @IsDate({ message: 'deadline must be a date and time; a WRITTEN procedure needs one' })
  deadline?: Date;

  @Field(() => ID, { nullable: true, description: 'SESSION: the planned session whose agenda gets a DECISION item.' })
  @ValidateIf((o: PutRequestToVoteInput) => o.route === VoteRoute.SESSION)
  @IsUUID('all', { message: 'sessionId must be a session id (UUID); a SESSION vote needs one' })
  sessionId?: string;

  @Field({ defaultValue: false, description: 'A fundamental question: veto holders can veto it.' })
  @IsBoolean()
  fundamental: boolean;
}

@InputType()
export class TransitionFeatureRequestInput {
  @Field(() => ID)
  @IsId('a feature request')
  requestId: string;

  @Field({ description: 'The key of the target stage.' })
  @IsString()
  @IsNotEmpty({ message: 'to must name a stage' })
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
  @IsId('a feature request')
  requestId: string;

  @Field({ description: 'Markdown.' })
  @NonEmptyText(10000)
  body: string;
}

@InputType()
export class ChooseWorkflowTemplateInput {
  @Field(() => ID)
  @IsId('a partnership')
  partnershipId: string;

  @Field(() => WorkflowTemplateKey)
  @IsEnum(WorkflowTemplateKey, { message: `template must be one of ${list(WorkflowTemplateKey)}` })
  template: WorkflowTemplateKey;
}

@InputType('WorkflowStageInput')
export class WorkflowStageInput {
  @Field()
  @Matches(/^[A-Z][A-Z0-9_]{0,59}$/, { message: 'a stage key is UPPER_SNAKE, e.g. INTEREST_SURVEY' })
  key: string;

  @Field(() => StageCategoryEnum)
  @IsEnum(StageCategoryEnum, { message: `category must be one of ${list(StageCategoryEnum)}` })
  category: StageCategoryEnum;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'labelDe must not be empty' })
  @MaxLength(80)
  labelDe: string;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'labelEn must not be empty' })
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
  @ArrayMinSize(1, { message: 'a transition needs at least one actor' })
  @IsEnum(WorkflowActorEnum, { each: true, message: `actors must be among ${list(WorkflowActorEnum)}` })
  actors: WorkflowActorEnum[];

  @Field(() => [WorkflowGuardEnum], { defaultValue: [] })
  @IsArray()
  @IsEnum(WorkflowGuardEnum, { each: true, message: `guards must be among ${list(WorkflowGuardEnum)}` })
  guards: WorkflowGuardEnum[];
}

@InputType()
export class UpdateWorkflowInput {
  @Field(() => ID)
  @IsId('a partnership')
  partnershipId: string;

  @Field()
  @IsString()
  @MaxLength(60)
  initialStage: string;

  @Field(() => [WorkflowStageInput])
  @ArrayMinSize(2, { message: 'a workflow needs at least two stages' })
  @ArrayMaxSize(40, { message: 'a workflow has at most 40 stages' })
  @ValidateNested({ each: true })
  @Type(() => WorkflowStageInput)
  stages: WorkflowStageInput[];

  @Field(() => [WorkflowTransitionInput])
  @ArrayMaxSize(200, { message: 'a workflow has at most 200 transitions' })
  @ValidateNested({ each: true })
  @Type(() => WorkflowTransitionInput)
  transitions: WorkflowTransitionInput[];

  @Field(() => Int, { description: 'Default survey length in days, 1 to 90.' })
  @IsIntBetween(1, 90, 'surveyDays must be a whole number of days')
  surveyDays: number;
}
