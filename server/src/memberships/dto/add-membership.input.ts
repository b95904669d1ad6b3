import { Field, ID, InputType } from '@nestjs/graphql';
import { UpdateMembershipInput } from './update-membership.input';
import { IsId } from '../../common/graphql/input.decorators';

@InputType()
export class AddMembershipInput extends UpdateMembershipInput {
  @Field(() => ID)
  @IsId()
  partnershipId: string;

  @Field(() => ID)
  @IsId()
  organisationId: string;
}
