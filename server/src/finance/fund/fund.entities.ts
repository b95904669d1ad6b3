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
} from 'typeorm';
import { AgendaItem } from '../../committees/agenda-item.entity';
import { FeatureRequest } from '../../feature-requests/feature-request.entity';
import { Organisation } from '../../organisations/organisation.entity';
import { Partnership } from '../../partnerships/partnership.entity';
import { User } from '../../users/user.entity';
import { Decision } from '../../votes/decision.entity';
import { Vote } from '../../votes/vote.entity';
import { LedgerTransaction } from '../ledger/ledger.entities';
import { registerEnum } from '../../common/graphql/register-enum';
import { GraphQLDateTime } from '../../common/graphql/scalars';

export enum FundAllocationStatus {
  PROPOSED = 'PROPOSED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnum(FundAllocationStatus, {
  name: 'FundAllocationStatus',
  description: 'PROPOSED while its vote runs; APPROVED when accepted and booked.',
});

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

  @ManyToOne(() => Partnership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'fund_settings_partnership_id_fkey' })
  partnershipRef?: Partnership;

  @Column({ name: 'minimum_contribution_cents', type: 'bigint', default: '100000' })
  minimumContributionCents: string;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}

@ObjectType('FundPurpose', {
  description: 'What fund money may be earmarked and allocated for; configurable per partnership.',
})
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

  @ManyToOne(() => Partnership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'fund_purposes_partnership_id_fkey' })
  partnershipRef?: Partnership;

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

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'Archived purposes take no new contributions or allocations; their balances stay.',
  })
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

  @ManyToOne(() => Partnership)
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'fund_contributions_partnership_id_fkey' })
  partnershipRef?: Partnership;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => Organisation)
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fund_contributions_organisation_id_fkey' })
  organisationRef?: Organisation;

  @Column({ name: 'purpose_id', type: 'uuid', nullable: true })
  purposeId: string | null;

  @ManyToOne(() => FundPurpose)
  @JoinColumn([
    {
      name: 'partnership_id',
      referencedColumnName: 'partnershipId',
      foreignKeyConstraintName: 'fund_contributions_purpose_fkey',
    },
    { name: 'purpose_id', referencedColumnName: 'id', foreignKeyConstraintName: 'fund_contributions_purpose_fkey' },
  ])
  purposeRef?: FundPurpose;

  @Column({ type: 'integer' })
  year: number;

  @Column({ name: 'amount_cents', type: 'bigint' })
  amountCents: string;

  @Column({ name: 'received_on', type: 'date' })
  receivedOn: string;

  @Column({ name: 'transaction_id', type: 'uuid', unique: true })
  transactionId: string;

  @ManyToOne(() => LedgerTransaction)
  @JoinColumn({ name: 'transaction_id', foreignKeyConstraintName: 'fund_contributions_transaction_id_fkey' })
  transactionRef?: LedgerTransaction;

  @Column({ name: 'recorded_by_user_id', type: 'uuid', nullable: true })
  recordedByUserId: string | null;

  @ManyToOne(() => User)
  @JoinColumn({ name: 'recorded_by_user_id', foreignKeyConstraintName: 'fund_contributions_recorded_by_user_id_fkey' })
  recordedByRef?: User;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

@Entity('fund_allocations')
@Check('fund_allocations_title_check', 'length(btrim(title)) BETWEEN 1 AND 200')
@Check('fund_allocations_amount_check', 'amount_cents > 0')
@Check('fund_allocations_status_check', `status IN ('PROPOSED','APPROVED','REJECTED','WITHDRAWN')`)
@Check('fund_allocations_approved_check', `(status = 'APPROVED') = (transaction_id IS NOT NULL)`)
@Check('fund_allocations_refusal_check', `refusal_reason IS NULL OR refusal_reason IN ('VOTE','INSUFFICIENT_FUNDS')`)
@Index('fund_allocations_partnership', ['partnershipId', 'createdAt', 'id'])
@Index('fund_allocations_pending', ['partnershipId'], { where: `status = 'PROPOSED'` })
@Index('fund_allocations_vote', ['voteId'], { where: 'vote_id IS NOT NULL' })
@Index('fund_allocations_agenda_item', ['agendaItemId'], { where: 'agenda_item_id IS NOT NULL' })
export class FundAllocation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @ManyToOne(() => Partnership)
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'fund_allocations_partnership_id_fkey' })
  partnershipRef?: Partnership;

  @Column({ name: 'purpose_id', type: 'uuid' })
  purposeId: string;

  @ManyToOne(() => FundPurpose)
  @JoinColumn([
    {
      name: 'partnership_id',
      referencedColumnName: 'partnershipId',
      foreignKeyConstraintName: 'fund_allocations_purpose_fkey',
    },
    { name: 'purpose_id', referencedColumnName: 'id', foreignKeyConstraintName: 'fund_allocations_purpose_fkey' },
  ])
  purposeRef?: FundPurpose;

  @Column({ name: 'feature_request_id', type: 'uuid', nullable: true })
  featureRequestId: string | null;

  @ManyToOne(() => FeatureRequest)
  @JoinColumn({ name: 'feature_request_id', foreignKeyConstraintName: 'fund_allocations_feature_request_id_fkey' })
  featureRequestRef?: FeatureRequest;

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

  @ManyToOne(() => Vote, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'vote_id', foreignKeyConstraintName: 'fund_allocations_vote_id_fkey' })
  voteRef?: Vote;

  @Column({ name: 'decision_id', type: 'uuid', nullable: true })
  decisionId: string | null;

  @ManyToOne(() => Decision, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decision_id', foreignKeyConstraintName: 'fund_allocations_decision_id_fkey' })
  decisionRef?: Decision;

  @Column({ name: 'agenda_item_id', type: 'uuid', nullable: true })
  agendaItemId: string | null;

  @ManyToOne(() => AgendaItem, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'agenda_item_id', foreignKeyConstraintName: 'fund_allocations_agenda_item_id_fkey' })
  agendaItemRef?: AgendaItem;

  @Column({ name: 'transaction_id', type: 'uuid', nullable: true, unique: true })
  transactionId: string | null;

  @ManyToOne(() => LedgerTransaction)
  @JoinColumn({ name: 'transaction_id', foreignKeyConstraintName: 'fund_allocations_transaction_id_fkey' })
  transactionRef?: LedgerTransaction;

  @Column({ type: 'text', nullable: true })
  outcome: string | null;

  @Column({ name: 'refusal_reason', type: 'text', nullable: true })
  refusalReason: FundRefusalReason | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'proposed_by_user_id', type: 'uuid', nullable: true })
  proposedByUserId: string | null;

  @ManyToOne(() => User)
  @JoinColumn({ name: 'proposed_by_user_id', foreignKeyConstraintName: 'fund_allocations_proposed_by_user_id_fkey' })
  proposedByRef?: User;

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

  @ManyToOne(() => Partnership)
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'fund_disbursements_partnership_id_fkey' })
  partnershipRef?: Partnership;

  @Column({ name: 'allocation_id', type: 'uuid' })
  allocationId: string;

  @ManyToOne(() => FundAllocation)
  @JoinColumn({ name: 'allocation_id', foreignKeyConstraintName: 'fund_disbursements_allocation_id_fkey' })
  allocationRef?: FundAllocation;

  @Column({ name: 'provider_organisation_id', type: 'uuid' })
  providerOrganisationId: string;

  @ManyToOne(() => Organisation)
  @JoinColumn({
    name: 'provider_organisation_id',
    foreignKeyConstraintName: 'fund_disbursements_provider_organisation_id_fkey',
  })
  providerRef?: Organisation;

  @Column({ name: 'amount_cents', type: 'bigint' })
  amountCents: string;

  @Column({ name: 'paid_on', type: 'date' })
  paidOn: string;

  @Column({ name: 'transaction_id', type: 'uuid', unique: true })
  transactionId: string;

  @ManyToOne(() => LedgerTransaction)
  @JoinColumn({ name: 'transaction_id', foreignKeyConstraintName: 'fund_disbursements_transaction_id_fkey' })
  transactionRef?: LedgerTransaction;

  @Column({ name: 'recorded_by_user_id', type: 'uuid', nullable: true })
  recordedByUserId: string | null;

  @ManyToOne(() => User)
  @JoinColumn({ name: 'recorded_by_user_id', foreignKeyConstraintName: 'fund_disbursements_recorded_by_user_id_fkey' })
  recordedByRef?: User;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

export const fundEntities = [FundSettings, FundPurpose, FundContribution, FundAllocation, FundDisbursement];
