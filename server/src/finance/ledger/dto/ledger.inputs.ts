import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { PageArgs } from '../../../common/graphql/pagination';
import { SearchField } from '../../../common/graphql/search';
import { Trim } from '../../../common/graphql/trim';
import { IsId, IsIntBetween } from '../../../common/graphql/input.decorators';
import { TransactionKindEnum } from '../ledger.entities';

@ArgsType()
export class LedgerTransactionsArgs extends PageArgs {
  @Field(() => ID)
  @IsId()
  partnershipId: string;

  @Field(() => Int, { nullable: true, description: 'Only movements booked in this calendar year.' })
  @IsOptional()
  @IsIntBetween(1900, 2200)
  year?: number;

  @Field(() => TransactionKindEnum, { nullable: true })
  @IsOptional()
  @IsEnum(TransactionKindEnum)
  kind?: TransactionKindEnum;

  @Field(() => ID, {
    nullable: true,
    description: 'Only movements with this organisation: as counterparty or on one of its accounts.',
  })
  @IsOptional()
  @IsId()
  organisationId?: string;

  @SearchField()
  search?: string;
}

@InputType()
export class ReverseLedgerTransactionInput {
  @Field(() => ID)
  @IsId()
  transactionId: string;

  @Field({
    description:
      'Why the movement is cancelled, 3 to 400 characters; kept in the reversal’s description and the audit log.',
  })
  @Trim()
  @IsString()
  @MinLength(3)
  @MaxLength(400)
  reason: string;

  @Field({ description: 'Booking date of the reversal, YYYY-MM-DD; not before the original.' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/)
  bookedOn: string;
}
