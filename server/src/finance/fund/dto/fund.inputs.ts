import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { POSITIVE_CENTS } from '../../../common/money';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsDate, IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { PageArgs } from '../../../common/graphql/pagination';
import { Trim } from '../../../common/graphql/trim';
import { FundAllocationStatus } from '../fund.entities';

const anyCents = /^(0|[1-9][0-9]{0,14})$/;
const isoDate = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

@InputType()
export class CreateFundPurposeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'partnershipId must be a partnership id (UUID)' })
  partnershipId: string;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'labelDe must not be empty' })
  @MaxLength(120, { message: 'labelDe must be at most 120 characters long' })
  labelDe: string;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'labelEn must not be empty' })
  @MaxLength(120, { message: 'labelEn must be at most 120 characters long' })
  labelEn: string;
}

@InputType()
export class UpdateFundPurposeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a fund purpose id (UUID)' })
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'labelDe must not be empty' })
  @MaxLength(120, { message: 'labelDe must be at most 120 characters long' })
  labelDe?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'labelEn must not be empty' })
  @MaxLength(120, { message: 'labelEn must be at most 120 characters long' })
  labelEn?: string;

  @Field(() => Int, { nullable: true, description: 'New place among the purposes, 1 = first.' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'position must be at least 1, got $value' })
  @Max(1000, { message: 'position must be at most 1000, got $value' })
  position?: number;

  @Field({ nullable: true, description: 'true archives the purpose, false restores it.' })
  @IsOptional()
  @IsBoolean()
  archived?: boolean;
}

@InputType()
export class UpdateFundSettingsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'partnershipId must be a partnership id (UUID)' })
  partnershipId: string;

  @Field({ description: 'Minimum of a contributor’s first contribution in a year, in cents (0 = none).' })
  @Matches(anyCents, { message: 'minimumContributionCents must be a whole number of cents, 0 or more (e.g. "100000" for 1,000 EUR)' })
  minimumContributionCents: string;
}

@InputType()
export class RecordFundContributionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'partnershipId must be a partnership id (UUID)' })
  partnershipId: string;

  @Field(() => ID, { description: 'Any organisation of the directory: members and non-members may contribute.' })
  @IsUUID('all', { message: 'organisationId must be an organisation id (UUID)' })
  organisationId: string;

  @Field(() => Int, { description: 'The calendar year the contribution counts for; receivedOn must lie in it.' })
  @IsInt()
  @Min(2000, { message: 'year must be between 2000 and 2100, got $value' })
  @Max(2100, { message: 'year must be between 2000 and 2100, got $value' })
  year: number;

  @Field()
  @Matches(POSITIVE_CENTS, { message: 'amountCents must be a positive whole number of cents (e.g. "100000" for 1,000 EUR)' })
  amountCents: string;

  @Field(() => ID, { nullable: true, description: 'Earmarked to this purpose; without it the money goes to the general fund.' })
  @IsOptional()
  @IsUUID('all', { message: 'purposeId must be a fund purpose id (UUID)' })
  purposeId?: string | null;

  @Field({ description: 'YYYY-MM-DD.' })
  @Matches(isoDate, { message: 'receivedOn must be a date YYYY-MM-DD' })
  receivedOn: string;
}

@InputType()
export class ProposeFundAllocationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'partnershipId must be a partnership id (UUID)' })
  partnershipId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'purposeId must be a fund purpose id (UUID)' })
  purposeId: string;

  @Field(() => ID, { nullable: true, description: 'The feature request it finances, if any.' })
  @IsOptional()
  @IsUUID('all', { message: 'featureRequestId must be a feature request id (UUID)' })
  featureRequestId?: string | null;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'title must not be empty' })
  @MaxLength(200, { message: 'title must be at most 200 characters long' })
  title: string;

  @Field({ defaultValue: '' })
  @Trim()
  @IsString()
  @MaxLength(5000, { message: 'description must be at most 5000 characters long' })
  description: string;

  @Field()
  @Matches(POSITIVE_CENTS, { message: 'amountCents must be a positive whole number of cents (e.g. "250000" for 2,500 EUR)' })
  amountCents: string;

  @Field(() => [ID], { nullable: true, description: 'Written procedure: the committees that must each accept.' })
  @IsOptional()
  @ArrayMinSize(1, { message: 'committeeIds needs at least one committee' })
  @ArrayMaxSize(5, { message: 'committeeIds takes at most 5 committees' })
  @IsUUID('all', { each: true, message: 'committeeIds must be committee ids (UUID)' })
  committeeIds?: string[] | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Written procedure: when it closes.' })
  @IsOptional()
  @IsDate({ message: 'deadline must be a date and time' })
  deadline?: Date | null;

  @Field(() => ID, { nullable: true, description: 'Instead of a written procedure: a planned or running session whose agenda gets a DECISION item.' })
  @IsOptional()
  @IsUUID('all', { message: 'sessionId must be a session id (UUID)' })
  sessionId?: string | null;
}

@InputType()
export class RecordFundDisbursementInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'allocationId must be a fund allocation id (UUID)' })
  allocationId: string;

  @Field(() => ID, { description: 'The provider paid for the work.' })
  @IsUUID('all', { message: 'providerOrganisationId must be an organisation id (UUID)' })
  providerOrganisationId: string;

  @Field()
  @Matches(POSITIVE_CENTS, { message: 'amountCents must be a positive whole number of cents' })
  amountCents: string;

  @Field({ description: 'YYYY-MM-DD.' })
  @Matches(isoDate, { message: 'paidOn must be a date YYYY-MM-DD' })
  paidOn: string;
}

@ArgsType()
export class FundAllocationsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'partnershipId must be a partnership id (UUID)' })
  partnershipId: string;

  @Field(() => FundAllocationStatus, { nullable: true })
  @IsOptional()
  @IsEnum(FundAllocationStatus, { message: `status must be one of ${Object.values(FundAllocationStatus).join(', ')}` })
  status?: FundAllocationStatus;
}
