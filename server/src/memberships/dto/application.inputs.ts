import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsDate, IsEmail, IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { Trim } from '../../common/graphql/trim';
import { GermanState, OrganisationKind } from '../../organisations/organisation-kind';
import { AdmissionProcedure } from '../../partnerships/admission-procedure';

@InputType()
export class ApplyForMembershipInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'partnershipId must be a partnership id (UUID)' })
  partnershipId: string;

  @Field(() => ID, { nullable: true, description: 'The organisation from the directory, if it is listed there already.' })
  @IsOptional()
  @IsUUID('all', { message: 'organisationId must be an organisation id (UUID)' })
  organisationId?: string | null;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'organisationName must not be empty' })
  @MaxLength(200, { message: 'organisationName must be at most 200 characters long' })
  organisationName: string;

  @Field(() => OrganisationKind)
  @IsEnum(OrganisationKind, { message: `organisationKind must be one of ${Object.values(OrganisationKind).join(', ')}` })
  organisationKind: OrganisationKind;

  @Field(() => GermanState, { nullable: true })
  @IsOptional()
  @IsEnum(GermanState, { message: `state must be one of ${Object.values(GermanState).join(', ')}` })
  state?: GermanState | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'population must be a whole number' })
  @Min(0, { message: 'population must not be negative, got $value' })
  @Max(100_000_000, { message: 'population must be at most 100000000, got $value' })
  population?: number | null;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'contactName must not be empty' })
  @MaxLength(120, { message: 'contactName must be at most 120 characters long' })
  contactName: string;

  @Field()
  @Trim()
  @IsEmail({}, { message: 'contactEmail must be an e-mail address, got "$value"' })
  @MaxLength(320)
  contactEmail: string;

  @Field({ description: 'Why the organisation wants to join and what it brings.' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'statement must not be empty' })
  @MaxLength(5000, { message: 'statement must be at most 5000 characters long' })
  statement: string;
}

@InputType()
export class PutApplicationToVoteInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'applicationId must be an application id (UUID)' })
  applicationId: string;

  @Field(() => ID, { nullable: true, description: 'Defaults to the partnership’s admission committee.' })
  @IsOptional()
  @IsUUID('all', { message: 'committeeId must be a committee id (UUID)' })
  committeeId?: string | null;

  @Field(() => GraphQLDateTime)
  @IsDate({ message: 'deadline must be a date and time' })
  deadline: Date;
}

@InputType()
export class SetAdmissionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'partnershipId must be a partnership id (UUID)' })
  partnershipId: string;

  @Field(() => AdmissionProcedure)
  @IsEnum(AdmissionProcedure, { message: `admission must be one of ${Object.values(AdmissionProcedure).join(', ')}` })
  admission: AdmissionProcedure;

  @Field(() => ID, { nullable: true, description: 'Required for VOTE: the committee that votes on applications.' })
  @IsOptional()
  @IsUUID('all', { message: 'committeeId must be a committee id (UUID)' })
  committeeId?: string | null;
}
