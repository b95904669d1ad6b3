import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { UpdateMembershipInput } from './update-membership.input';

@InputType()
export class AddMembershipInput extends UpdateMembershipInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'partnershipId must be a partnership id (UUID)' })
  partnershipId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'organisationId must be an organisation id (UUID)' })
  organisationId: string;
}
