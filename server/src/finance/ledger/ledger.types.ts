import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../common/graphql/pagination';
import { AccountKind } from './ledger';
import { AccountKindEnum, LedgerTransaction } from './ledger.entities';

export const LedgerTransactionConnection = Connection(LedgerTransaction, 'LedgerTransactionConnection');

@ObjectType('AccountPurpose', { description: 'The fund purpose a FUND or ALLOCATED account is kept for.' })
export class AccountPurposeType {
  @Field(() => ID) id: string;
  @Field() key: string;
  @Field() labelDe: string;
  @Field() labelEn: string;
}

@ObjectType('AccountBalance', {
  description: 'An account and the sum of its entries (debit positive, credit negative).',
})
export class AccountBalanceType {
  @Field(() => ID) accountId: string;
  partnershipId: string;
  @Field() code: string;
  @Field(() => AccountKindEnum) kind: AccountKind;
  organisationId: string | null;
  purposeId: string | null;
  @Field() currency: string;
  @Field({ description: 'Integer cents as a decimal string.' }) balanceCents: string;
  @Field(() => Int) entryCount: number;
}
