import { Field, ID, InputType } from '@nestjs/graphql';
import { UpdateMembershipInput } from './update-membership.input';
import { IsId } from '../../common/graphql/input.decorators';

@InputType()
export class AddMembershipInput extends UpdateMembershipInput {
  @Field(() => ID)
  @IsId('a partnership')
  partnershipId: string;

  @Field(() => ID)
  @IsId('an organisation')
  organisationId: string;
}
