import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { PageArgs } from '../../../common/graphql/pagination';
import { Trim } from '../../../common/graphql/trim';
import { TransactionKindEnum } from '../ledger.entities';

@ArgsType()
export class LedgerTransactionsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'partnershipId must be a partnership id (UUID)' })
  partnershipId: string;

  @Field(() => Int, { nullable: true, description: 'Only movements booked in this calendar year.' })
  @IsOptional()
  @IsInt()
  @Min(1900, { message: 'year must be between 1900 and 2200, got $value' })
  @Max(2200, { message: 'year must be between 1900 and 2200, got $value' })
  year?: number;

  @Field(() => TransactionKindEnum, { nullable: true })
  @IsOptional()
  @IsEnum(TransactionKindEnum, { message: `kind must be one of ${Object.values(TransactionKindEnum).join(', ')}` })
  kind?: TransactionKindEnum;

  @Field(() => ID, { nullable: true, description: 'Only movements with this organisation: as counterparty or on one of its accounts.' })
  @IsOptional()
  @IsUUID('all', { message: 'organisationId must be an organisation id (UUID)' })
  organisationId?: string;
}

@InputType()
export class ReverseLedgerTransactionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'transactionId must be a ledger transaction id (UUID)' })
  transactionId: string;

  @Field({ description: 'Why the movement is cancelled, 3 to 400 characters; kept in the reversal’s description and the audit log.' })
  @Trim()
  @IsString()
  @MinLength(3, { message: 'reason must be 3 to 400 characters' })
  @MaxLength(400, { message: 'reason must be 3 to 400 characters' })
  reason: string;

  @Field({ description: 'Booking date of the reversal, YYYY-MM-DD; not before the original.' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: 'bookedOn must be a date YYYY-MM-DD' })
  bookedOn: string;
}
