import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsISO8601, IsOptional, Matches } from 'class-validator';
import { Transform } from 'class-transformer';
import { normaliseDecimal } from '../membership.entity';
import { MembershipStatus } from '../membership-status';
import { GraphQLLocalDate } from '../../common/graphql/scalars';

@InputType()
export class UpdateMembershipInput {
  @Field(() => MembershipStatus, { nullable: true })
  @IsOptional()
  @IsEnum(MembershipStatus)
  status?: MembershipStatus;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  voting?: boolean;

  @Field({ nullable: true, description: 'Positive decimal, e.g. "1" or "2.5".' })
  @IsOptional()
  // "02.50" and "2.5" are the same weight; store and audit one spelling.
  @Transform(({ value }) =>
    typeof value === 'string' && /^[0-9]+(\.[0-9]+)?$/.test(value)
      ? normaliseDecimal(value.replace(/^0+(?=[0-9])/, ''))
      : value,
  )
  @Matches(/^(?!0+(\.0+)?$)[0-9]{1,4}(\.[0-9]{1,3})?$/)
  voteWeight?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  vetoRight?: boolean;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true })
  joinedOn?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true })
  leftOn?: string | null;
}
