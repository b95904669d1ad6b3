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

const list = (values: object) => Object.values(values).join(', ');
const date = /^\d{4}-\d{2}-\d{2}$/;

@InputType()
export class FeeTierInput {
  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'a tier needs a label, e.g. "Gemeinden bis 50.000 Einwohner"' })
  @MaxLength(120, { message: 'a tier label must be at most 120 characters long' })
  label: string;

  @Field(() => [OrganisationKind])
  @IsArray()
  @ArrayMinSize(1, { message: 'a tier needs at least one organisation kind' })
  @ArrayMaxSize(8)
  @IsEnum(OrganisationKind, { each: true, message: `kinds must be of ${list(OrganisationKind)}` })
  kinds: OrganisationKind[];

  @Field(() => Int, { nullable: true, description: 'Inclusive; null = from 0.' })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'minPopulation must not be negative, got $value' })
  minPopulation?: number | null;

  @Field(() => Int, { nullable: true, description: 'Inclusive; null = no upper end.' })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'maxPopulation must not be negative, got $value' })
  maxPopulation?: number | null;

  @Field({ description: 'Annual fee in the base year in cents; "0" exempts the tier’s members.' })
  @Matches(CENTS_OR_ZERO, {
    message: 'amountCents must be whole cents from 0 to 15 digits, e.g. "100000" for 1,000 EUR, got $value',
  })
  amountCents: string;
}

@InputType()
export class UpdateFeeScheduleInput {
  @Field(() => ID)
  @IsId('a partnership')
  partnershipId: string;

  @Field(() => Int)
  @IsIntBetween(2000, 2100)
  baseYear: number;

  @Field(() => Int, { defaultValue: 0, description: 'Per year: 300 = +3 %. Between -5000 and 5000.' })
  @IsInt()
  @Min(-5000, { message: 'indexationBasisPoints must be between -5000 and 5000 (−50 % to +50 %), got $value' })
  @Max(5000, { message: 'indexationBasisPoints must be between -5000 and 5000 (−50 % to +50 %), got $value' })
  indexationBasisPoints: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsIntBetween(2000, 2100)
  indexationStartYear?: number | null;

  @Field(() => FeeRoundingEnum, { defaultValue: FeeRoundingEnum.CENT })
  @IsEnum(FeeRoundingEnum, { message: `rounding must be one of ${list(FeeRoundingEnum)}` })
  rounding: FeeRoundingEnum;

  @Field(() => FeeProRataEnum, { defaultValue: FeeProRataEnum.MONTHS })
  @IsEnum(FeeProRataEnum, { message: `proRata must be one of ${list(FeeProRataEnum)}` })
  proRata: FeeProRataEnum;

  @Field(() => Int, { defaultValue: 30 })
  @IsIntBetween(0, 365)
  dueDays: number;

  @Field(() => [FeeTierInput])
  @IsArray()
  @ArrayMaxSize(50, { message: 'a fee schedule has at most 50 tiers' })
  @ValidateNested({ each: true })
  @Type(() => FeeTierInput)
  tiers: FeeTierInput[];
}

@InputType()
export class RunFeesInput {
  @Field(() => ID)
  @IsId('a partnership')
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
  @Matches(date, { message: 'issuedOn must be a date YYYY-MM-DD' })
  issuedOn?: string | null;
}

@InputType()
export class RecordPaymentInput {
  @Field(() => ID)
  @IsId('a partnership')
  partnershipId: string;

  @Field(() => ID)
  @IsId('an organisation')
  organisationId: string;

  @Field(() => ID, { nullable: true, description: 'The invoice it pays; without one it goes to the member’s account.' })
  @IsOptional()
  @IsId('an invoice')
  invoiceId?: string | null;

  @Field()
  @IsPositiveCents('"50000" for 500 EUR')
  amountCents: string;

  @Field(() => GraphQLLocalDate)
  @Matches(date, { message: 'receivedOn must be a date YYYY-MM-DD' })
  receivedOn: string;

  @Field({ defaultValue: '' })
  @Text(500)
  note: string;
}

@ArgsType()
export class FeeInvoicesArgs extends PageArgs {
  @Field(() => ID)
  @IsId('a partnership')
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
  @IsEnum(InvoiceStatusEnum, { message: `status must be one of ${list(InvoiceStatusEnum)}` })
  status?: InvoiceStatusEnum | null;

  @Field(() => ID, { nullable: true, description: 'Only this member’s invoices.' })
  @IsOptional()
  @IsId('an organisation')
  organisationId?: string | null;
}
