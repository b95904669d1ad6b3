import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { CENTS_OR_ZERO } from '../../../common/money';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
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
import { IsId, IsIntBetween, IsPositiveCents, Text } from '../../../common/graphql/input.decorators';
import { OrganisationKind } from '../../../organisations/organisation-kind';
import { FeeProRataEnum, FeeRoundingEnum } from '../fees.entities';
import { InvoiceStatusEnum } from '../fees.types';
import { GraphQLLocalDate } from '../../../common/graphql/scalars';

const date = /^\d{4}-\d{2}-\d{2}$/;

@InputType()
export class FeeTierInput {
  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  label: string;

  @Field(() => [OrganisationKind])
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(8)
  @IsEnum(OrganisationKind, { each: true })
  kinds: OrganisationKind[];

  @Field(() => Int, { nullable: true, description: 'Inclusive; null = from 0.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  minPopulation?: number | null;

  @Field(() => Int, { nullable: true, description: 'Inclusive; null = no upper end.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  maxPopulation?: number | null;

  @Field({ description: 'Annual fee in the base year in cents; "0" exempts the tier’s members.' })
  @Matches(CENTS_OR_ZERO)
  amountCents: string;
}

@InputType()
export class UpdateFeeScheduleInput {
  @Field(() => ID)
  @IsId()
  partnershipId: string;

  @Field(() => Int)
  @IsIntBetween(2000, 2100)
  baseYear: number;

  @Field(() => Int, { defaultValue: 0, description: 'Per year: 300 = +3 %. Between -5000 and 5000.' })
  @IsInt()
  @Min(-5000)
  @Max(5000)
  indexationBasisPoints: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsIntBetween(2000, 2100)
  indexationStartYear?: number | null;

  @Field(() => FeeRoundingEnum, { defaultValue: FeeRoundingEnum.CENT })
  @IsEnum(FeeRoundingEnum)
  rounding: FeeRoundingEnum;

  @Field(() => FeeProRataEnum, { defaultValue: FeeProRataEnum.MONTHS })
  @IsEnum(FeeProRataEnum)
  proRata: FeeProRataEnum;

  @Field(() => Int, { defaultValue: 30 })
  @IsIntBetween(0, 365)
  dueDays: number;

  @Field(() => [FeeTierInput])
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => FeeTierInput)
  tiers: FeeTierInput[];
}

@InputType()
export class RunFeesInput {
  @Field(() => ID)
  @IsId()
  partnershipId: string;

  @Field(() => Int)
  @IsIntBetween(2000, 2100)
  year: number;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description:
      'In the fee year; today by default (or 1 January when the year is still ahead, 31 December when it is past).',
  })
  @IsOptional()
  @Matches(date)
  issuedOn?: string | null;
}

@InputType()
export class RecordPaymentInput {
  @Field(() => ID)
  @IsId()
  partnershipId: string;

  @Field(() => ID)
  @IsId()
  organisationId: string;

  @Field(() => ID, { nullable: true, description: 'The invoice it pays; without one it goes to the member’s account.' })
  @IsOptional()
  @IsId()
  invoiceId?: string | null;

  @Field()
  @IsPositiveCents()
  amountCents: string;

  @Field(() => GraphQLLocalDate)
  @Matches(date)
  receivedOn: string;

  @Field({ defaultValue: '' })
  @Text(500)
  note: string;
}

@ArgsType()
export class FeeInvoicesArgs extends PageArgs {
  @Field(() => ID)
  @IsId()
  partnershipId: string;

  @Field(() => Int, { nullable: true, description: 'Only this fee year.' })
  @IsOptional()
  @IsInt()
  year?: number | null;

  @Field(() => InvoiceStatusEnum, {
    nullable: true,
    description: 'Only invoices in this status (from the ledger sums).',
  })
  @IsOptional()
  @IsEnum(InvoiceStatusEnum)
  status?: InvoiceStatusEnum | null;

  @Field(() => ID, { nullable: true, description: 'Only this member’s invoices.' })
  @IsOptional()
  @IsId()
  organisationId?: string | null;
}
