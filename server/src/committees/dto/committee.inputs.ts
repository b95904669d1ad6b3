import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsUrl,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { Trim } from '../../common/graphql/trim';
import { IsId, NonEmptyText, Text } from '../../common/graphql/input.decorators';
import { DecisionRuleType } from '../../votes/decision-rule.types';
import { RulePreset } from '../../votes/vote-enums';
import { AgendaItemKind, Cadence, CommitteeKind, SeatKind } from '../committee-enums';
import { GraphQLDateTime } from '../../common/graphql/scalars';

@InputType({ description: 'A decision rule: a preset, a full rule, or a preset with a full rule overriding it.' })
export class RuleChoiceInput {
  @Field(() => RulePreset, { nullable: true })
  @IsOptional()
  @IsEnum(RulePreset)
  preset?: RulePreset;

  @Field(() => DecisionRuleType, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => DecisionRuleType)
  rule?: DecisionRuleType;
}

@InputType()
export class UpdateCommitteeInput {
  @Field({ nullable: true })
  @IsOptional()
  @NonEmptyText(120)
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Text(2000)
  description?: string;

  @Field(() => Cadence, { nullable: true })
  @IsOptional()
  @IsEnum(Cadence)
  cadence?: Cadence;

  @Field({ nullable: true, description: 'Whether the committee takes votes (a community call does not).' })
  @IsOptional()
  @IsBoolean()
  votes?: boolean;

  @Field(() => RuleChoiceInput, { nullable: true, description: 'The default decision rule for its votes.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => RuleChoiceInput)
  defaultRule?: RuleChoiceInput;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  seatsForAllMembers?: boolean;
}

@InputType()
export class CreateCommitteeInput extends UpdateCommitteeInput {
  @Field(() => ID)
  @IsId()
  partnershipId: string;

  @Field(() => CommitteeKind)
  @IsEnum(CommitteeKind)
  kind: CommitteeKind;

  @Field()
  @NonEmptyText(120)
  declare name: string;

  @Field(() => Cadence)
  @IsEnum(Cadence)
  declare cadence: Cadence;
}

@InputType()
export class SetCommitteeSeatInput {
  @Field(() => ID)
  @IsId()
  committeeId: string;

  @Field(() => ID)
  @IsId()
  membershipId: string;

  @Field(() => SeatKind)
  @IsEnum(SeatKind)
  kind: SeatKind;

  @Field({ defaultValue: false })
  @IsBoolean()
  chair: boolean;
}

@InputType()
export class AgendaItemInput {
  @Field(() => AgendaItemKind)
  @IsEnum(AgendaItemKind)
  kind: AgendaItemKind;

  @Field()
  @NonEmptyText(200)
  title: string;

  @Field({ defaultValue: '' })
  @Text(5000)
  description: string;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'False: a non-public item, only for members. Left out: a new item gets the default for its kind and subject, an existing one keeps its setting.',
  })
  @IsOptional()
  @IsBoolean()
  public?: boolean | null;
}

@InputType()
export class AddAgendaItemInput extends AgendaItemInput {
  @Field(() => ID)
  @IsId()
  sessionId: string;
}

@InputType()
export class UpdateSessionInput {
  @Field({ nullable: true })
  @IsOptional()
  @NonEmptyText(200)
  title?: string;

  @Field(() => GraphQLDateTime, { nullable: true })
  @IsOptional()
  @IsDate()
  startsAt?: Date;

  @Field(() => GraphQLDateTime, { nullable: true })
  @IsOptional()
  @IsDate()
  endsAt?: Date;

  @Field({ nullable: true, description: 'Address or room; may be empty for a video session.' })
  @IsOptional()
  @Text(300)
  location?: string;

  @Field({ nullable: true, description: 'https:// link to the video conference; may be empty.' })
  @IsOptional()
  @Trim()
  @ValidateIf((_, v) => v !== '')
  @IsUrl({ protocols: ['https'], require_protocol: true })
  videoUrl?: string;
}

@InputType()
export class PlanSessionInput extends UpdateSessionInput {
  @Field(() => ID)
  @IsId()
  committeeId: string;

  @Field()
  @NonEmptyText(200)
  declare title: string;

  @Field(() => GraphQLDateTime)
  @IsDate()
  declare startsAt: Date;

  @Field(() => GraphQLDateTime)
  @IsDate()
  declare endsAt: Date;

  @Field(() => [AgendaItemInput], { defaultValue: [] })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => AgendaItemInput)
  agenda: AgendaItemInput[];
}

@InputType()
export class RecordAttendanceInput {
  @Field(() => ID)
  @IsId()
  sessionId: string;

  @Field(() => ID, { description: 'The seat holder’s membership.' })
  @IsId()
  membershipId: string;

  @Field()
  @IsBoolean()
  present: boolean;

  @Field(() => ID, { nullable: true, description: 'Absent only: the present member that carries this member’s vote.' })
  @IsOptional()
  @IsId()
  proxyMembershipId?: string | null;
}

@InputType()
export class MoveAgendaItemInput {
  @Field(() => ID)
  @IsId()
  id: string;

  @Field(() => Int, { description: 'The new position, 1 = first.' })
  @IsInt()
  @Min(1)
  position: number;
}
