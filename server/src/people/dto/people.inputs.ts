import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { NewPassword } from '../../auth/dto/new-password';
import { Role } from '../../auth/permissions';
import { Trim } from '../../common/graphql/trim';

@InputType()
export class CreateInvitationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'partnershipId must be a partnership id (UUID)' })
  partnershipId: string;

  @Field()
  @Trim()
  @IsEmail({}, { message: 'email must be an e-mail address, got "$value"' })
  @MaxLength(320)
  email: string;

  @Field(() => Role)
  @IsEnum(Role, { message: `role must be one of ${Object.values(Role).join(', ')}` })
  role: Role;

  @Field(() => ID, { nullable: true, description: 'The member organisation a REPRESENTATIVE acts for; only for that role.' })
  @IsOptional()
  @IsUUID('all', { message: 'organisationId must be an organisation id (UUID)' })
  organisationId?: string | null;
}

@InputType()
export class AcceptInvitationInput {
  @Field()
  @IsString()
  @IsNotEmpty({ message: 'token must be the code from the invitation link' })
  token: string;

  @Field({ nullable: true, description: 'Required when the invitation creates the account.' })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'displayName must not be empty' })
  @MaxLength(200, { message: 'displayName must be at most 200 characters long' })
  displayName?: string;

  @Field({ nullable: true, description: 'Required when the invitation creates the account.' })
  @IsOptional()
  @NewPassword('password')
  password?: string;
}
