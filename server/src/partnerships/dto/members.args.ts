import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { MembershipStatus } from '../../memberships/membership-status';

@ArgsType()
export class MembersArgs {
  @Field(() => [MembershipStatus], {
    nullable: true,
    description: 'Only members with one of these statuses; all when omitted.',
  })
  @IsOptional()
  @IsEnum(MembershipStatus, { each: true })
  status?: MembershipStatus[];
}
