import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { registerEnum } from '../../common/graphql/register-enum';

export enum FundAllocationStatus {
  PROPOSED = 'PROPOSED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnum(FundAllocationStatus, { name: 'FundAllocationStatus', description: 'PROPOSED while its vote runs; APPROVED when accepted and booked.' });

export enum FundRefusalReason {
  /** The committee's vote did not accept it (rejected, vetoed, no quorum). */
  VOTE = 'VOTE',
  /** Accepted, but by then the purpose and the general fund could no longer give the amount. */
  INSUFFICIENT_FUNDS = 'INSUFFICIENT_FUNDS',
}
registerEnum(FundRefusalReason, { name: 'FundRefusalReason', description: 'Why an allocation was refused.' });

@Entity('fund_settings')
@Check('fund_settings_minimum_check', 'minimum_contribution_cents BETWEEN 0 AND 999999999999999')
export class FundSettings {
  @PrimaryColumn({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @Column({ name: 'minimum_contribution_cents', type: 'bigint', default: '100000' })
  minimumContributionCents: string;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}

@ObjectType('FundPurpose', { description: 'What fund money may be earmarked and allocated for; configurable per partnership.' })
@Entity('fund_purposes')
@Unique('fund_purposes_key_key', ['partnershipId', 'key'])
@Unique('fund_purposes_partnership_id_key', ['partnershipId', 'id'])
@Check('fund_purposes_key_check', `key ~ '^[a-z0-9][a-z0-9-]{0,59}$'`)
@Check('fund_purposes_label_de_check', 'length(btrim(label_de)) BETWEEN 1 AND 120')
@Check('fund_purposes_label_en_check', 'length(btrim(label_en)) BETWEEN 1 AND 120')
@Check('fund_purposes_position_check', 'position >= 1')
export class FundPurpose {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @Field({ description: 'Stable key, e.g. issue-fixes.' })
  @Column({ type: 'text' })
  key: string;

  @Field()
  @Column({ name: 'label_de', type: 'text' })
  labelDe: string;

  @Field()
  @Column({ name: 'label_en', type: 'text' })
  labelEn: string;

  @Field(() => Int)
  @Column({ type: 'integer' })
  position: number;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Archived purposes take no new contributions or allocations; their balances stay.' })
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

@Entity('fund_contributions')
@Check('fund_contributions_amount_check', 'amount_cents > 0')
@Check('fund_contributions_year_check', 'year = extract(year FROM received_on)::integer')
@Index('fund_contributions_contributor', ['partnershipId', 'organisationId', 'year'])
export class FundContribution {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ name: 'purpose_id', type: 'uuid', nullable: true })
  purposeId: string | null;

  @Column({ type: 'integer' })
  year: number;

  @Column({ name: 'amount_cents', type: 'bigint' })
  amountCents: string;

  @Column({ name: 'received_on', type: 'date' })
  receivedOn: string;

  @Column({ name: 'transaction_id', type: 'uuid', unique: true })
  transactionId: string;

  @Column({ name: 'recorded_by_user_id', type: 'uuid', nullable: true })
  recordedByUserId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

@Entity('fund_allocations')
@Check('fund_allocations_title_check', 'length(btrim(title)) BETWEEN 1 AND 200')
@Check('fund_allocations_amount_check', 'amount_cents > 0')
@Check('fund_allocations_status_check', `status IN ('PROPOSED','APPROVED','REJECTED','WITHDRAWN')`)
@Check('fund_allocations_approved_check', `(status = 'APPROVED') = (transaction_id IS NOT NULL)`)
@Check('fund_allocations_refusal_check', `refusal_reason IS NULL OR refusal_reason IN ('VOTE','INSUFFICIENT_FUNDS')`)
@Index('fund_allocations_pending', ['partnershipId'], { where: `status = 'PROPOSED'` })
@Index('fund_allocations_vote', ['voteId'], { where: 'vote_id IS NOT NULL' })
@Index('fund_allocations_agenda_item', ['agendaItemId'], { where: 'agenda_item_id IS NOT NULL' })
export class FundAllocation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @Column({ name: 'purpose_id', type: 'uuid' })
  purposeId: string;

  @Column({ name: 'feature_request_id', type: 'uuid', nullable: true })
  featureRequestId: string | null;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ name: 'amount_cents', type: 'bigint' })
  amountCents: string;

  @Column({ type: 'text', default: FundAllocationStatus.PROPOSED })
  status: FundAllocationStatus;

  @Column({ name: 'vote_id', type: 'uuid', nullable: true })
  voteId: string | null;

  @Column({ name: 'decision_id', type: 'uuid', nullable: true })
  decisionId: string | null;

  @Column({ name: 'agenda_item_id', type: 'uuid', nullable: true })
  agendaItemId: string | null;

  @Column({ name: 'transaction_id', type: 'uuid', nullable: true, unique: true })
  transactionId: string | null;

  @Column({ type: 'text', nullable: true })
  outcome: string | null;

  @Column({ name: 'refusal_reason', type: 'text', nullable: true })
  refusalReason: FundRefusalReason | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'proposed_by_user_id', type: 'uuid', nullable: true })
  proposedByUserId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

@Entity('fund_disbursements')
@Check('fund_disbursements_amount_check', 'amount_cents > 0')
@Index('fund_disbursements_allocation', ['allocationId'])
export class FundDisbursement {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @Column({ name: 'allocation_id', type: 'uuid' })
  allocationId: string;

  @Column({ name: 'provider_organisation_id', type: 'uuid' })
  providerOrganisationId: string;

  @Column({ name: 'amount_cents', type: 'bigint' })
  amountCents: string;

  @Column({ name: 'paid_on', type: 'date' })
  paidOn: string;

  @Column({ name: 'transaction_id', type: 'uuid', unique: true })
  transactionId: string;

  @Column({ name: 'recorded_by_user_id', type: 'uuid', nullable: true })
  recordedByUserId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

export const fundEntities = [FundSettings, FundPurpose, FundContribution, FundAllocation, FundDisbursement];
