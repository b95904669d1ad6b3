import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsDate, IsEnum, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { RuleChoiceInput } from '../../committees/dto/committee.inputs';
import { Trim } from '../../common/graphql/trim';
import { BallotChoice } from '../vote-enums';

@InputType()
export class OpenVoteInput {
  @Field(() => ID, { description: 'A DECISION item of a session in progress.' })
  @IsUUID('all', { message: 'agendaItemId must be an agenda item id (UUID)' })
  agendaItemId: string;

  @Field({ nullable: true, description: 'Defaults to the agenda item’s title.' })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'title must not be empty' })
  @MaxLength(200, { message: 'title must be at most 200 characters long' })
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(5000, { message: 'description must be at most 5000 characters long' })
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
  @IsUUID('all', { message: 'decisionId must be a decision id (UUID)' })
  decisionId?: string;
}

@InputType()
export class StartWrittenProcedureInput {
  @Field(() => [ID], { description: 'One committee, or several that must each accept (a joint decision).' })
  @ArrayMinSize(1, { message: 'committeeIds needs at least one committee' })
  @ArrayMaxSize(5, { message: 'committeeIds takes at most 5 committees' })
  @IsUUID('all', { each: true, message: 'committeeIds must be committee ids (UUID)' })
  committeeIds: string[];

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'title must not be empty' })
  @MaxLength(200, { message: 'title must be at most 200 characters long' })
  title: string;

  @Field({ defaultValue: '' })
  @Trim()
  @IsString()
  @MaxLength(5000, { message: 'description must be at most 5000 characters long' })
  description: string;

  @Field(() => GraphQLDateTime, { description: 'When the procedure closes by itself; at least 1 hour and at most 1 year ahead.' })
  @IsDate({ message: 'deadline must be a date and time' })
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
  @IsUUID('all', { message: 'voteId must be a vote id (UUID)' })
  voteId: string;

  @Field(() => ID, { description: 'The entitled member whose ballot this is: your own organisation’s, or one whose proxy you hold.' })
  @IsUUID('all', { message: 'membershipId must be a membership id (UUID)' })
  membershipId: string;

  @Field(() => BallotChoice)
  @IsEnum(BallotChoice, { message: `choice must be one of ${Object.values(BallotChoice).join(', ')}` })
  choice: BallotChoice;
}
