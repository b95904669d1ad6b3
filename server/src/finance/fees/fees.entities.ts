import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { registerEnum } from '../../common/graphql/register-enum';
import { OrganisationKind } from '../../organisations/organisation-kind';
import { Organisation } from '../../organisations/organisation.entity';
import { Partnership } from '../../partnerships/partnership.entity';
import { LedgerTransaction } from '../ledger/ledger.entities';
import type { FeeExplanationRecord, FeeProRata, FeeRounding } from './fees';
import { GraphQLDateTime, GraphQLLocalDate } from '../../common/graphql/scalars';

export enum FeeRoundingEnum {
  CENT = 'CENT',
  EURO = 'EURO',
  TEN_EUROS = 'TEN_EUROS',
  HUNDRED_EUROS = 'HUNDRED_EUROS',
}
registerEnum(FeeRoundingEnum, {
  name: 'FeeRounding',
  description: 'What the indexed annual fee is rounded to, half-up.',
});

export enum FeeProRataEnum {
  NONE = 'NONE',
  MONTHS = 'MONTHS',
}
registerEnum(FeeProRataEnum, {
  name: 'FeeProRata',
  description: 'The joining year: full fee (NONE), or the full months left including the joining month (MONTHS).',
});

// Mirrors migrations/1763790520000-Fees.ts.
@ObjectType('FeeSchedule', { description: 'A partnership’s fee schedule (Beitragsordnung).' })
@Entity('fee_schedules')
@Check('fee_schedules_base_year_check', 'base_year BETWEEN 2000 AND 2100')
@Check('fee_schedules_indexation_check', 'indexation_basis_points BETWEEN -5000 AND 5000')
@Check('fee_schedules_rounding_check', `rounding IN ('CENT','EURO','TEN_EUROS','HUNDRED_EUROS')`)
@Check('fee_schedules_pro_rata_check', `pro_rata IN ('NONE','MONTHS')`)
@Check('fee_schedules_due_days_check', 'due_days BETWEEN 0 AND 365')
@Check('fee_schedules_start_year_check', 'indexation_start_year IS NULL OR indexation_start_year >= base_year')
export class FeeSchedule {
  @Field(() => ID)
  @PrimaryColumn({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @ManyToOne(() => Partnership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'fee_schedules_partnership_id_fkey' })
  partnershipRef?: Partnership;

  @Field(() => Int, { description: 'The year the tier amounts are stated for.' })
  @Column({ name: 'base_year', type: 'int' })
  baseYear: number;

  @Field(() => Int, { description: 'Yearly indexation in basis points: 300 = +3 % a year, compounding.' })
  @Column({ name: 'indexation_basis_points', type: 'int', default: 0 })
  indexationBasisPoints: number;

  @Field(() => Int, { nullable: true, description: 'The first year indexed; null = never.' })
  @Column({ name: 'indexation_start_year', type: 'int', nullable: true })
  indexationStartYear: number | null;

  @Field(() => FeeRoundingEnum)
  @Column({ type: 'text', default: 'CENT' })
  rounding: FeeRounding;

  @Field(() => FeeProRataEnum)
  @Column({ name: 'pro_rata', type: 'text', default: 'MONTHS' })
  proRata: FeeProRata;

  @Field(() => Int, { description: 'Days from the issue date to the due date.' })
  @Column({ name: 'due_days', type: 'int', default: 30 })
  dueDays: number;

  @Column({ name: 'updated_by_user_id', type: 'uuid', nullable: true })
  updatedByUserId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLDateTime)
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@ObjectType('FeeTier', {
  description:
    'One tier: its kinds, an inclusive population range (open where null) and the annual fee in the base year. 0 exempts.',
})
@Entity('fee_tiers')
@Unique('fee_tiers_position_key', ['partnershipId', 'position'])
@Check('fee_tiers_label_check', 'length(btrim(label)) BETWEEN 1 AND 120')
@Check('fee_tiers_kinds_check', 'cardinality(kinds) >= 1')
@Check('fee_tiers_min_population_check', 'min_population >= 0')
@Check('fee_tiers_amount_cents_check', 'amount_cents >= 0')
@Check(
  'fee_tiers_population_check',
  'min_population IS NULL OR max_population IS NULL OR min_population <= max_population',
)
export class FeeTier {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @ManyToOne(() => FeeSchedule, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'fee_tiers_partnership_id_fkey' })
  scheduleRef?: FeeSchedule;

  @Field(() => Int)
  @Column({ type: 'int' })
  position: number;

  @Field()
  @Column({ type: 'text' })
  label: string;

  @Field(() => [OrganisationKind])
  @Column({ type: 'text', array: true })
  kinds: OrganisationKind[];

  @Field(() => Int, { nullable: true })
  @Column({ name: 'min_population', type: 'int', nullable: true })
  minPopulation: number | null;

  @Field(() => Int, { nullable: true })
  @Column({ name: 'max_population', type: 'int', nullable: true })
  maxPopulation: number | null;

  @Field({ description: 'Annual fee in the base year, integer cents as a decimal string.' })
  @Column({ name: 'amount_cents', type: 'bigint' })
  amountCents: string;
}

@Entity('fee_invoices')
@Unique('fee_invoices_member_year_key', ['partnershipId', 'organisationId', 'year'])
@Unique('fee_invoices_number_key', ['partnershipId', 'number'])
@Unique('fee_invoices_partnership_id_key', ['partnershipId', 'id'])
@Check('fee_invoices_year_check', 'year BETWEEN 2000 AND 2100')
@Check('fee_invoices_number_check', `number ~ '^[0-9]{4}-[0-9]{4,}$'`)
@Check('fee_invoices_amount_cents_check', 'amount_cents > 0')
@Check('fee_invoices_due_check', 'due_on >= issued_on')
@Index('fee_invoices_year', ['partnershipId', 'year', 'number'])
export class FeeInvoiceRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @ManyToOne(() => Partnership)
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'fee_invoices_partnership_id_fkey' })
  partnershipRef?: Partnership;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => Organisation)
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fee_invoices_organisation_id_fkey' })
  organisationRef?: Organisation;

  @Column({ type: 'int' })
  year: number;

  @Column({ type: 'text' })
  number: string;

  @Column({ name: 'amount_cents', type: 'bigint' })
  amountCents: string;

  @Column({ name: 'issued_on', type: 'date' })
  issuedOn: string;

  @Column({ name: 'due_on', type: 'date' })
  dueOn: string;

  @Column({ type: 'jsonb' })
  explanation: StoredExplanation;

  @Column({ name: 'transaction_id', type: 'uuid' })
  transactionId: string;

  @ManyToOne(() => LedgerTransaction)
  @JoinColumn({ name: 'transaction_id', foreignKeyConstraintName: 'fee_invoices_transaction_id_fkey' })
  transactionRef?: LedgerTransaction;

  @Column({ name: 'created_by_user_id', type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

export type StoredExplanation = FeeExplanationRecord;

@ObjectType('FeePayment', { description: 'A payment received from a member, against an invoice or its account.' })
@Entity('fee_payments')
@Check('fee_payments_amount_cents_check', 'amount_cents > 0')
@Check('fee_payments_note_check', 'length(note) <= 500')
@Index('fee_payments_invoice', ['invoiceId'], { where: 'invoice_id IS NOT NULL' })
@Index('fee_payments_organisation', ['partnershipId', 'organisationId', 'receivedOn'])
export class FeePayment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @ManyToOne(() => Partnership)
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'fee_payments_partnership_id_fkey' })
  partnershipRef?: Partnership;

  @Field(() => ID)
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => Organisation)
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fee_payments_organisation_id_fkey' })
  organisationRef?: Organisation;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'invoice_id', type: 'uuid', nullable: true })
  invoiceId: string | null;

  @Field()
  @Column({ name: 'amount_cents', type: 'bigint' })
  amountCents: string;

  @Field(() => GraphQLLocalDate)
  @Column({ name: 'received_on', type: 'date' })
  receivedOn: string;

  @Field()
  @Column({ type: 'text', default: '' })
  note: string;

  @Field(() => ID)
  @Column({ name: 'transaction_id', type: 'uuid' })
  transactionId: string;

  @ManyToOne(() => LedgerTransaction)
  @JoinColumn({ name: 'transaction_id', foreignKeyConstraintName: 'fee_payments_transaction_id_fkey' })
  transactionRef?: LedgerTransaction;

  @Column({ name: 'created_by_user_id', type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @Field(() => GraphQLDateTime)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

export const feeEntities = [FeeSchedule, FeeTier, FeeInvoiceRecord, FeePayment];
