import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { NewPassword } from '../../auth/dto/new-password';
import { Role } from '../../common/auth/permissions';
import { Trim } from '../../common/graphql/trim';
import { IsId, NonEmptyText } from '../../common/graphql/input.decorators';

@InputType()
export class CreateInvitationInput {
  @Field(() => ID)
  @IsId()
  partnershipId: string;

  @Field()
  @Trim()
  @IsEmail()
  @MaxLength(320)
  email: string;

  @Field(() => Role)
  @IsEnum(Role)
  role: Role;

  @Field(() => ID, {
    nullable: true,
    description: 'The member organisation a REPRESENTATIVE acts for; only for that role.',
  })
  @IsOptional()
  @IsId()
  organisationId?: string | null;
}

@InputType()
export class AcceptInvitationInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  token: string;

  @Field({ nullable: true, description: 'Required when the invitation creates the account.' })
  @IsOptional()
  @NonEmptyText(200)
  displayName?: string;

  @Field({ nullable: true, description: 'Required when the invitation creates the account.' })
  @IsOptional()
  @NewPassword()
  password?: string;
}
