import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsISO8601, IsOptional, Matches } from 'class-validator';
import { Transform } from 'class-transformer';
import { normaliseDecimal } from '../membership.entity';
import { MembershipStatus } from '../membership-status';
import { GraphQLLocalDate } from '../../common/graphql/scalars';

const weightMessage =
  'voteWeight must be a positive decimal with at most 4 digits before and 3 after the point (e.g. "1" or "2.5"), got "$value"';

@InputType()
export class UpdateMembershipInput {
  @Field(() => MembershipStatus, { nullable: true })
  @IsOptional()
  @IsEnum(MembershipStatus, { message: `status must be one of ${Object.values(MembershipStatus).join(', ')}` })
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
  @Matches(/^(?!0+(\.0+)?$)[0-9]{1,4}(\.[0-9]{1,3})?$/, { message: weightMessage })
  voteWeight?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  vetoRight?: boolean;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'joinedOn must be a date YYYY-MM-DD' })
  joinedOn?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'leftOn must be a date YYYY-MM-DD' })
  leftOn?: string | null;
}
