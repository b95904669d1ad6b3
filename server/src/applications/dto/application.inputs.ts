import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsDate, IsEmail, IsEnum, IsInt, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { Trim } from '../../common/graphql/trim';
import { IsId, NonEmptyText } from '../../common/graphql/input.decorators';
import { GermanState, OrganisationKind } from '../../organisations/organisation-kind';
import { AdmissionProcedure } from '../../partnerships/admission-procedure';
import { GraphQLDateTime } from '../../common/graphql/scalars';

@InputType()
export class ApplyForMembershipInput {
  @Field(() => ID)
  @IsId('a partnership')
  partnershipId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The organisation from the directory, if it is listed there already.',
  })
  @IsOptional()
  @IsId('an organisation')
  organisationId?: string | null;

  @Field()
  @NonEmptyText(200)
  organisationName: string;

  @Field(() => OrganisationKind)
  @IsEnum(OrganisationKind, {
    message: `organisationKind must be one of ${Object.values(OrganisationKind).join(', ')}`,
  })
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
  @NonEmptyText(120)
  contactName: string;

  @Field()
  @Trim()
  @IsEmail({}, { message: 'contactEmail must be an e-mail address, got "$value"' })
  @MaxLength(320)
  contactEmail: string;

  @Field({ description: 'Why the organisation wants to join and what it brings.' })
  @NonEmptyText(5000)
  statement: string;
}

@InputType()
export class PutApplicationToVoteInput {
  @Field(() => ID)
  @IsId('an application')
  applicationId: string;

  @Field(() => ID, { nullable: true, description: 'Defaults to the partnership’s admission committee.' })
  @IsOptional()
  @IsId('a committee')
  committeeId?: string | null;

  @Field(() => GraphQLDateTime)
  @IsDate({ message: 'deadline must be a date and time' })
  deadline: Date;
}

@InputType()
export class SetAdmissionInput {
  @Field(() => ID)
  @IsId('a partnership')
  partnershipId: string;

  @Field(() => AdmissionProcedure)
  @IsEnum(AdmissionProcedure, { message: `admission must be one of ${Object.values(AdmissionProcedure).join(', ')}` })
  admission: AdmissionProcedure;

  @Field(() => ID, { nullable: true, description: 'Required for VOTE: the committee that votes on applications.' })
  @IsOptional()
  @IsId('a committee')
  committeeId?: string | null;
}
