import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { POSITIVE_CENTS } from '../../../common/money';
import { IsBoolean, IsDate, IsEnum, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { PageArgs } from '../../../common/graphql/pagination';
import { IsId, IsIdList, IsIntBetween, NonEmptyText, Text } from '../../../common/graphql/input.decorators';
import { FundAllocationStatus } from '../fund.entities';
import { GraphQLDateTime } from '../../../common/graphql/scalars';

const anyCents = /^(0|[1-9][0-9]{0,14})$/;
const isoDate = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

@InputType()
export class CreateFundPurposeInput {
  @Field(() => ID)
  @IsId()
  partnershipId: string;

  @Field()
  @NonEmptyText(120)
  labelDe: string;

  @Field()
  @NonEmptyText(120)
  labelEn: string;
}

@InputType()
export class UpdateFundPurposeInput {
  @Field(() => ID)
  @IsId()
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @NonEmptyText(120)
  labelDe?: string;

  @Field({ nullable: true })
  @IsOptional()
  @NonEmptyText(120)
  labelEn?: string;

  @Field(() => Int, { nullable: true, description: 'New place among the purposes, 1 = first.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  position?: number;

  @Field({ nullable: true, description: 'true archives the purpose, false restores it.' })
  @IsOptional()
  @IsBoolean()
  archived?: boolean;
}

@InputType()
export class UpdateFundSettingsInput {
  @Field(() => ID)
  @IsId()
  partnershipId: string;

  @Field({ description: 'Minimum of a contributor’s first contribution in a year, in cents (0 = none).' })
  @Matches(anyCents)
  minimumContributionCents: string;
}

@InputType()
export class RecordFundContributionInput {
  @Field(() => ID)
  @IsId()
  partnershipId: string;

  @Field(() => ID, { description: 'Any organisation of the directory: members and non-members may contribute.' })
  @IsId()
  organisationId: string;

  @Field(() => Int, { description: 'The calendar year the contribution counts for; receivedOn must lie in it.' })
  @IsIntBetween(2000, 2100)
  year: number;

  @Field()
  @Matches(POSITIVE_CENTS)
  amountCents: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Earmarked to this purpose; without it the money goes to the general fund.',
  })
  @IsOptional()
  @IsId()
  purposeId?: string | null;

  @Field({ description: 'YYYY-MM-DD.' })
  @Matches(isoDate)
  receivedOn: string;
}

@InputType()
export class ProposeFundAllocationInput {
  @Field(() => ID)
  @IsId()
  partnershipId: string;

  @Field(() => ID)
  @IsId()
  purposeId: string;

  @Field(() => ID, { nullable: true, description: 'The feature request it finances, if any.' })
  @IsOptional()
  @IsId()
  featureRequestId?: string | null;

  @Field()
  @NonEmptyText(200)
  title: string;

  @Field({ defaultValue: '' })
  @Text(5000)
  description: string;

  @Field()
  @Matches(POSITIVE_CENTS)
  amountCents: string;

  @Field(() => [ID], { nullable: true, description: 'Written procedure: the committees that must each accept.' })
  @IsOptional()
  @IsIdList(5)
  committeeIds?: string[] | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Written procedure: when it closes.' })
  @IsOptional()
  @IsDate()
  deadline?: Date | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Instead of a written procedure: a planned or running session whose agenda gets a DECISION item.',
  })
  @IsOptional()
  @IsId()
  sessionId?: string | null;
}

@InputType()
export class RecordFundDisbursementInput {
  @Field(() => ID)
  @IsId()
  allocationId: string;

  @Field(() => ID, { description: 'The provider paid for the work.' })
  @IsId()
  providerOrganisationId: string;

  @Field()
  @Matches(POSITIVE_CENTS)
  amountCents: string;

  @Field({ description: 'YYYY-MM-DD.' })
  @Matches(isoDate)
  paidOn: string;
}

@ArgsType()
export class FundAllocationsArgs extends PageArgs {
  @Field(() => ID)
  @IsId()
  partnershipId: string;

  @Field(() => FundAllocationStatus, { nullable: true })
  @IsOptional()
  @IsEnum(FundAllocationStatus)
  status?: FundAllocationStatus;
}
