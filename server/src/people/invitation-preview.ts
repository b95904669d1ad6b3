import { Field, ObjectType } from '@nestjs/graphql';
import { Role } from '../common/auth/permissions';
import { GraphQLDateTime } from '../common/graphql/scalars';

@ObjectType({ description: 'What an invitation link offers, shown before it is accepted.' })
export class InvitationPreview {
  @Field()
  email: string;

  @Field(() => Role)
  role: Role;

  @Field()
  partnershipName: string;

  @Field()
  partnershipSlug: string;

  @Field(() => String, { nullable: true })
  organisationName: string | null;

  @Field({ description: 'Whether an account with this e-mail exists (then sign in as it to accept).' })
  accountExists: boolean;

  @Field(() => GraphQLDateTime)
  expiresAt: Date;
}
