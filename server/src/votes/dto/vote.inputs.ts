import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsDate, IsEnum, IsOptional, ValidateNested } from 'class-validator';
import { RuleChoiceInput } from '../../committees/dto/committee.inputs';
import { BallotChoice } from '../vote-enums';
import { IsId, IsIdList, NonEmptyText, Text } from '../../common/graphql/input.decorators';
import { GraphQLDateTime } from '../../common/graphql/scalars';

@InputType()
export class OpenVoteInput {
  @Field(() => ID, { description: 'A DECISION item of a session in progress.' })
  @IsId()
  agendaItemId: string;

  @Field({ nullable: true, description: 'Defaults to the agenda item’s title.' })
  @IsOptional()
  @NonEmptyText(200)
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Text(5000)
  description?: string;

  @Field(() => RuleChoiceInput, { nullable: true, description: 'Defaults to the committee’s rule.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => RuleChoiceInput)
  rule?: RuleChoiceInput;

  @Field({ defaultValue: false, description: 'A fundamental question: veto holders can veto it.' })
  @IsBoolean()
  fundamental: boolean;

  @Field(() => ID, { nullable: true, description: 'Joins a question other committees also vote on.' })
  @IsOptional()
  @IsId()
  decisionId?: string;
}

@InputType()
export class StartWrittenProcedureInput {
  @Field(() => [ID], { description: 'One committee, or several that must each accept (a joint decision).' })
  @IsIdList(5)
  committeeIds: string[];

  @Field()
  @NonEmptyText(200)
  title: string;

  @Field({ defaultValue: '' })
  @Text(5000)
  description: string;

  @Field(() => GraphQLDateTime, {
    description: 'When the procedure closes by itself; at least 1 hour and at most 1 year ahead.',
  })
  @IsDate()
  deadline: Date;

  @Field(() => RuleChoiceInput, { nullable: true, description: 'Defaults to each committee’s rule.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => RuleChoiceInput)
  rule?: RuleChoiceInput;

  @Field({ defaultValue: false })
  @IsBoolean()
  fundamental: boolean;
}

@InputType()
export class CastBallotInput {
  @Field(() => ID)
  @IsId()
  voteId: string;

  @Field(() => ID, {
    description: 'The entitled member whose ballot this is: your own organisation’s, or one whose proxy you hold.',
  })
  @IsId()
  membershipId: string;

  @Field(() => BallotChoice)
  @IsEnum(BallotChoice)
  choice: BallotChoice;
}
