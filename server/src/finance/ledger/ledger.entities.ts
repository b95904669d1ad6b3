import { Field, ID, ObjectType } from '@nestjs/graphql';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { registerEnum } from '../../common/graphql/register-enum';
import { Organisation } from '../../organisations/organisation.entity';
import { Partnership } from '../../partnerships/partnership.entity';
import { AccountKind, TransactionKind } from './ledger';
import { GraphQLDateTime } from '../../common/graphql/scalars';
import type { MessageKey, ParamValue } from '../../common/i18n/messages';

export enum AccountKindEnum {
  BANK = 'BANK',
  RECEIVABLE = 'RECEIVABLE',
  FUND = 'FUND',
  ALLOCATED = 'ALLOCATED',
  PAYABLE = 'PAYABLE',
  INCOME = 'INCOME',
  EXPENSE = 'EXPENSE',
}
registerEnum(AccountKindEnum, { name: 'AccountKind', description: 'What an account of the ledger holds.' });

export enum TransactionKindEnum {
  FEE_INVOICE = 'FEE_INVOICE',
  PAYMENT = 'PAYMENT',
  FUND_CONTRIBUTION = 'FUND_CONTRIBUTION',
  FUND_ALLOCATION = 'FUND_ALLOCATION',
  FUND_DISBURSEMENT = 'FUND_DISBURSEMENT',
  COST_SHARE = 'COST_SHARE',
  PROVIDER_PAYMENT = 'PROVIDER_PAYMENT',
  REVERSAL = 'REVERSAL',
}
registerEnum(TransactionKindEnum, {
  name: 'TransactionKind',
  description: 'What business event a ledger transaction records.',
});

@ObjectType('FinanceAccount', { description: 'An account of a partnership’s ledger.' })
@Entity('finance_accounts')
@Unique('finance_accounts_code_key', ['partnershipId', 'code'])
@Unique('finance_accounts_partnership_id_key', ['partnershipId', 'id'])
@Check('finance_accounts_code_check', 'length(code) BETWEEN 1 AND 200')
@Check('finance_accounts_kind_check', `kind IN ('BANK','RECEIVABLE','FUND','ALLOCATED','PAYABLE','INCOME','EXPENSE')`)
@Check('finance_accounts_currency_check', `currency ~ '^[A-Z]{3}$'`)
@Check('finance_accounts_organisation_check', `(organisation_id IS NOT NULL) = (kind IN ('RECEIVABLE','PAYABLE'))`)
@Check('finance_accounts_purpose_check', `purpose_id IS NULL OR kind IN ('FUND','ALLOCATED')`)
@Index('finance_accounts_organisation', ['partnershipId', 'organisationId'], { where: 'organisation_id IS NOT NULL' })
export class FinanceAccount {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @ManyToOne(() => Partnership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'finance_accounts_partnership_id_fkey' })
  partnershipRef?: Partnership;

  @Field({ description: 'Stable code, e.g. BANK, RECEIVABLE:<organisation id>, FUND:GENERAL, INCOME:FEES.' })
  @Column({ type: 'text' })
  code: string;

  @Field(() => AccountKindEnum)
  @Column({ type: 'text' })
  kind: AccountKind;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne(() => Organisation)
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'finance_accounts_organisation_id_fkey' })
  organisationRef?: Organisation;

  @Column({ name: 'purpose_id', type: 'uuid', nullable: true })
  purposeId: string | null;

  // By name: the fund's entities import the ledger's, and the key is added by the fund's migration.
  @ManyToOne('FundPurpose')
  @JoinColumn([
    {
      name: 'partnership_id',
      referencedColumnName: 'partnershipId',
      foreignKeyConstraintName: 'finance_accounts_purpose_id_fkey',
    },
    { name: 'purpose_id', referencedColumnName: 'id', foreignKeyConstraintName: 'finance_accounts_purpose_id_fkey' },
  ])
  purposeRef?: unknown;

  @Field()
  @Column({ type: 'char', length: 3, default: 'EUR' })
  currency: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

@ObjectType('LedgerTransaction', {
  description: 'One movement of money: its entries sum to zero. Never changed; corrected by a reversal.',
})
@Entity('ledger_transactions')
@Check(
  'ledger_transactions_kind_check',
  `kind IN ('FEE_INVOICE','PAYMENT','FUND_CONTRIBUTION','FUND_ALLOCATION','FUND_DISBURSEMENT','COST_SHARE','PROVIDER_PAYMENT','REVERSAL')`,
)
@Check('ledger_transactions_description_check', 'length(btrim(description)) BETWEEN 1 AND 500')
@Check('ledger_transactions_description_key_check', `description_key ~ '^[a-z][A-Za-z.]{0,99}$'`)
@Check(
  'ledger_transactions_description_text_check',
  '(description IS NULL) <> (description_key IS NULL) AND (description_key IS NULL) = (description_params IS NULL)',
)
@Check('ledger_transactions_source_type_check', `source_type ~ '^[A-Z_]{1,40}$'`)
@Check('ledger_transactions_source_check', '(source_type IS NULL) = (source_id IS NULL)')
@Check('ledger_transactions_reversal_check', `(kind = 'REVERSAL') = (reverses_id IS NOT NULL)`)
@Index('ledger_transactions_booked', ['partnershipId', 'bookedOn', 'createdAt'])
@Index('ledger_transactions_source', ['sourceType', 'sourceId'], { where: 'source_id IS NOT NULL' })
@Index('ledger_transactions_counterparty', ['partnershipId', 'counterpartyOrganisationId', 'bookedOn'], {
  where: 'counterparty_organisation_id IS NOT NULL',
})
export class LedgerTransaction {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @ManyToOne(() => Partnership)
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'ledger_transactions_partnership_id_fkey' })
  partnershipRef?: Partnership;

  @Field(() => TransactionKindEnum)
  @Column({ type: 'text' })
  kind: TransactionKind;

  @Field({ description: 'Booking date, YYYY-MM-DD.' })
  @Column({ name: 'booked_on', type: 'date' })
  bookedOn: string;

  /** Text a person wrote, or the booking text of a row from before booking texts were keyed; else null. */
  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** The booking text as a message (records.ledger.…), rendered in the reader's language as `description`. */
  @Column({ name: 'description_key', type: 'text', nullable: true })
  descriptionKey: MessageKey | null;

  @Column({ name: 'description_params', type: 'jsonb', nullable: true })
  descriptionParams: Record<string, ParamValue> | null;

  /** The member, contributor or provider the movement is with. */
  @Column({ name: 'counterparty_organisation_id', type: 'uuid', nullable: true })
  counterpartyOrganisationId: string | null;

  @ManyToOne(() => Organisation)
  @JoinColumn({
    name: 'counterparty_organisation_id',
    foreignKeyConstraintName: 'ledger_transactions_counterparty_organisation_id_fkey',
  })
  counterpartyRef?: Organisation;

  @Field(() => String, {
    nullable: true,
    description: 'The record the movement belongs to, e.g. FEE_INVOICE, FUND_CONTRIBUTION, COST_AGREEMENT.',
  })
  @Column({ name: 'source_type', type: 'text', nullable: true })
  sourceType: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'source_id', type: 'uuid', nullable: true })
  sourceId: string | null;

  @Field(() => ID, { nullable: true, description: 'For a reversal: the transaction it cancels.' })
  @Column({ name: 'reverses_id', type: 'uuid', nullable: true, unique: true })
  reversesId: string | null;

  @ManyToOne(() => LedgerTransaction)
  @JoinColumn({ name: 'reverses_id', foreignKeyConstraintName: 'ledger_transactions_reverses_id_fkey' })
  reversesRef?: LedgerTransaction;

  @Column({ name: 'created_by_user_id', type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @Field(() => GraphQLDateTime)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

@ObjectType('LedgerEntry', {
  description: 'One line of a transaction: a debit (positive) or credit (negative) on one account.',
})
@Entity('ledger_entries')
@Check('ledger_entries_amount_cents_check', 'amount_cents <> 0')
@Index('ledger_entries_transaction', ['transactionId'])
export class LedgerEntry {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ name: 'transaction_id', type: 'uuid' })
  transactionId: string;

  @ManyToOne(() => LedgerTransaction)
  @JoinColumn({ name: 'transaction_id', foreignKeyConstraintName: 'ledger_entries_transaction_id_fkey' })
  transactionRef?: LedgerTransaction;

  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Field({ description: 'Integer cents as a decimal string: positive a debit, negative a credit.' })
  @Column({ name: 'amount_cents', type: 'bigint' })
  amountCents: string;

  @Field()
  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ name: 'booked_on', type: 'date' })
  bookedOn: string;
}

export const ledgerEntities = [FinanceAccount, LedgerTransaction, LedgerEntry];
