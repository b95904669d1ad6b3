import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageArgs } from '../../../common/graphql/pagination';
import { Trim } from '../../../common/graphql/trim';
import { IsId, IsIntBetween, IsPositiveCents, NonEmptyText, Text } from '../../../common/graphql/input.decorators';
import { CostSplitMethod } from '../agreement-enums';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

@InputType({
  description:
    'One participant of a split: the weight for WEIGHTS (positive integer) or PERCENTAGES (basis points), the amount for FIXED.',
})
export class CostParticipantInput {
  @Field(() => ID)
  @IsId()
  organisationId: string;

  @Field(() => Int, {
    nullable: true,
    description: 'WEIGHTS: a positive whole number; PERCENTAGES: basis points (25 % = 2500, all add up to 10000).',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1_000_000_000)
  weight?: number;

  @Field(() => String, { nullable: true, description: 'FIXED: this participant’s amount in integer cents.' })
  @IsOptional()
  @IsPositiveCents()
  amountCents?: string;
}

@InputType({ isAbstract: true })
abstract class SplitFields {
  @Field(() => CostSplitMethod)
  @IsEnum(CostSplitMethod)
  method: CostSplitMethod;

  @Field(() => [CostParticipantInput], {
    nullable: true,
    description:
      'Who takes part; by default the organisations that declared interest in the request (co-funders first).',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => CostParticipantInput)
  participants?: CostParticipantInput[];

  @Field(() => Int, {
    nullable: true,
    description: 'FEE: the year whose fee invoices weigh the split (default: this year).',
  })
  @IsOptional()
  @IsIntBetween(2000, 2200)
  year?: number;
}

@InputType()
export class PreviewCostSplitInput extends SplitFields {
  @Field(() => ID)
  @IsId()
  partnershipId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The request whose interest gives the default participants and whose offer the default total.',
  })
  @IsOptional()
  @IsId()
  featureRequestId?: string;

  @Field(() => String, { nullable: true, description: 'Integer cents; the request’s offer by default.' })
  @IsOptional()
  @IsPositiveCents()
  totalCents?: string;
}

@InputType()
export class CreateCostAgreementInput extends SplitFields {
  @Field(() => ID)
  @IsId()
  partnershipId: string;

  @Field(() => ID, { description: 'The accepted request it finances.' })
  @IsId()
  featureRequestId: string;

  @Field(() => String, { nullable: true, description: 'Integer cents; the request’s offer by default.' })
  @IsOptional()
  @IsPositiveCents()
  totalCents?: string;

  @Field(() => String, { nullable: true, description: 'By default “Kostenteilung #<number> <title>”.' })
  @IsOptional()
  @NonEmptyText(300)
  title?: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'Who is paid for the work: the request’s provider by default, else the partnership’s product owner organisation.',
  })
  @IsOptional()
  @IsId()
  providerOrganisationId?: string;
}

@InputType()
export class DeclineCostContractInput {
  @Field(() => ID, { description: 'The contract.' })
  @IsId()
  id: string;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason: string;
}

@InputType()
export class ResplitCostAgreementInput {
  @Field(() => ID, { description: 'The agreement.' })
  @IsId()
  id: string;

  @Field(() => CostSplitMethod, { nullable: true, description: 'The same method as before by default.' })
  @IsOptional()
  @IsEnum(CostSplitMethod)
  method?: CostSplitMethod;

  @Field(() => [CostParticipantInput], {
    nullable: true,
    description: 'By default everyone of the current split who has not declined.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => CostParticipantInput)
  participants?: CostParticipantInput[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsIntBetween(2000, 2200)
  year?: number;

  @Field({ description: 'Why it is split again, shown with the before/after.' })
  @NonEmptyText(1000)
  reason: string;
}

@ArgsType()
export class CostAgreementsArgs extends PageArgs {
  @Field(() => ID)
  @IsId()
  partnershipId: string;
}

@InputType()
export class CreateModuleInput {
  @Field(() => ID)
  @IsId()
  partnershipId: string;

  @Field()
  @NonEmptyText(200)
  name: string;

  @Field({ nullable: true, defaultValue: '' })
  @IsOptional()
  @Text(5000)
  description?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Yearly maintenance cost in integer cents, split among its users.',
  })
  @IsOptional()
  @IsPositiveCents()
  annualCostCents?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Who maintains it (is paid); the partnership’s product owner organisation by default.',
  })
  @IsOptional()
  @IsId()
  providerOrganisationId?: string;
}

@InputType()
export class UpdateModuleInput {
  @Field(() => ID)
  @IsId()
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @NonEmptyText(200)
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Text(5000)
  description?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsPositiveCents()
  annualCostCents?: string;
}

@InputType()
export class SetModuleUseInput {
  @Field(() => ID)
  @IsId()
  moduleId: string;

  @Field(() => ID)
  @IsId()
  organisationId: string;

  @Field()
  @IsBoolean()
  inUse: boolean;

  @Field({ nullable: true, description: 'YYYY-MM-DD; today by default.' })
  @IsOptional()
  @Matches(isoDate)
  on?: string;
}

@InputType()
export class RenewRecurringAgreementsInput {
  @Field(() => ID)
  @IsId()
  partnershipId: string;

  @Field(() => Int)
  @IsIntBetween(2000, 2200)
  year: number;
}

@InputType()
export class RecordProviderPaymentInput {
  @Field(() => ID, { description: 'The financed agreement whose provider is paid.' })
  @IsId()
  agreementId: string;

  @Field({ description: 'Integer cents; at most what the partnership still owes the provider for this agreement.' })
  @IsPositiveCents()
  amountCents: string;

  @Field({ description: 'YYYY-MM-DD; not before the agreement was financed.' })
  @Matches(isoDate)
  paidOn: string;

  @Field({ nullable: true, description: 'E.g. the provider’s invoice number; goes into the booking text.' })
  @IsOptional()
  @Text(300)
  note?: string;
}
