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
  @IsId()
  partnershipId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The organisation from the directory, if it is listed there already.',
  })
  @IsOptional()
  @IsId()
  organisationId?: string | null;

  @Field()
  @NonEmptyText(200)
  organisationName: string;

  @Field(() => OrganisationKind)
  @IsEnum(OrganisationKind)
  organisationKind: OrganisationKind;

  @Field(() => GermanState, { nullable: true })
  @IsOptional()
  @IsEnum(GermanState)
  state?: GermanState | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  population?: number | null;

  @Field()
  @NonEmptyText(120)
  contactName: string;

  @Field()
  @Trim()
  @IsEmail()
  @MaxLength(320)
  contactEmail: string;

  @Field({ description: 'Why the organisation wants to join and what it brings.' })
  @NonEmptyText(5000)
  statement: string;
}

@InputType()
export class PutApplicationToVoteInput {
  @Field(() => ID)
  @IsId()
  applicationId: string;

  @Field(() => ID, { nullable: true, description: 'Defaults to the partnership’s admission committee.' })
  @IsOptional()
  @IsId()
  committeeId?: string | null;

  @Field(() => GraphQLDateTime)
  @IsDate()
  deadline: Date;
}

@InputType()
export class SetAdmissionInput {
  @Field(() => ID)
  @IsId()
  partnershipId: string;

  @Field(() => AdmissionProcedure)
  @IsEnum(AdmissionProcedure)
  admission: AdmissionProcedure;

  @Field(() => ID, { nullable: true, description: 'Required for VOTE: the committee that votes on applications.' })
  @IsOptional()
  @IsId()
  committeeId?: string | null;
}
