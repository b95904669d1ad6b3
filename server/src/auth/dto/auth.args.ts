import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { Trim } from '../../common/graphql/trim';
import { NonEmptyText } from '../../common/graphql/input.decorators';
import { Language } from '../../users/language';
import { NewPassword } from './new-password';

@ArgsType()
export class SignInArgs {
  @Field()
  @Trim()
  @IsString()
  @MaxLength(320)
  email: string;

  @Field()
  @IsString()
  @MaxLength(200)
  password: string;
}

@ArgsType()
export class RequestPasswordResetArgs {
  @Field()
  @Trim()
  @IsEmail()
  email: string;
}

@ArgsType()
export class ResetPasswordArgs {
  @Field()
  @IsString()
  @IsNotEmpty()
  token: string;

  @Field()
  @NewPassword()
  password: string;
}

@ArgsType()
export class ChangePasswordArgs {
  @Field()
  @IsString()
  currentPassword: string;

  @Field()
  @NewPassword()
  newPassword: string;
}

@InputType()
export class UpdateAccountInput {
  @Field({ nullable: true })
  @IsOptional()
  @NonEmptyText(200)
  displayName?: string;

  @Field(() => Language, { nullable: true })
  @IsOptional()
  @IsEnum(Language)
  preferredLanguage?: Language;
}
