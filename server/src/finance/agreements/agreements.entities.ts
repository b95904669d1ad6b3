import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
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
import { sqlList } from '../../common/database/sql-list';
import { FeatureRequest } from '../../feature-requests/feature-request.entity';
import { Organisation } from '../../organisations/organisation.entity';
import { Partnership } from '../../partnerships/partnership.entity';
import { AgreementStatus, ContractStatus, CostSplitMethod } from './agreement-enums';
import { GraphQLDateTime } from '../../common/graphql/scalars';
import type { MessageKey, ParamValue } from '../../common/i18n/messages';

// Mirrors migrations/1763790530000-Agreements.ts (constraint and index names as in the SQL).

@ObjectType('Module', {
  description:
    'A module of the product in the partnership’s catalogue; its maintenance is borne by the members who use it.',
})
@Entity('modules')
@Unique('modules_partnership_name_key', ['partnershipId', 'name'])
@Check('modules_name_check', 'length(btrim(name)) BETWEEN 1 AND 200')
@Check('modules_description_check', 'length(description) <= 5000')
@Check('modules_annual_cost_cents_check', 'annual_cost_cents > 0')
export class PartnershipModule {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @ManyToOne(() => Partnership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'modules_partnership_id_fkey' })
  partnershipRef?: Partnership;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field()
  @Column({ type: 'text', default: '' })
  description: string;

  @Field(() => String, {
    nullable: true,
    description: 'Yearly maintenance cost in integer cents, shared by its users (null: not shared).',
  })
  @Column({ name: 'annual_cost_cents', type: 'bigint', nullable: true })
  annualCostCents: string | null;

  @Column({ name: 'provider_organisation_id', type: 'uuid', nullable: true })
  providerOrganisationId: string | null;

  @ManyToOne(() => Organisation)
  @JoinColumn({ name: 'provider_organisation_id', foreignKeyConstraintName: 'modules_provider_organisation_id_fkey' })
  providerRef?: Organisation;

  @Field(() => GraphQLDateTime)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

@ObjectType('ModuleUse', { description: 'A member using a module from one date until another (open: still using it).' })
@Entity('module_uses')
@Check('module_uses_dates_check', 'until IS NULL OR until >= since')
@Index('module_uses_open_key', ['moduleId', 'organisationId'], { unique: true, where: 'until IS NULL' })
@Index('module_uses_module', ['moduleId', 'since'])
export class ModuleUse {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'module_id', type: 'uuid' })
  moduleId: string;

  @ManyToOne(() => PartnershipModule, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'module_id', foreignKeyConstraintName: 'module_uses_module_id_fkey' })
  moduleRef?: PartnershipModule;

  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @ManyToOne(() => Partnership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'module_uses_partnership_id_fkey' })
  partnershipRef?: Partnership;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => Organisation)
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'module_uses_organisation_id_fkey' })
  organisationRef?: Organisation;

  @Field({ description: 'YYYY-MM-DD.' })
  @Column({ type: 'date' })
  since: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null while in use.' })
  @Column({ type: 'date', nullable: true })
  until: string | null;
}

@ObjectType('CostAgreement', {
  description: 'A cost-sharing agreement: a total split among participating members, one contract each.',
})
@Entity('cost_agreements')
@Check('cost_agreements_title_check', 'length(btrim(title)) BETWEEN 1 AND 300')
@Check('cost_agreements_total_cents_check', 'total_cents > 0')
@Check('cost_agreements_status_check', `status IN (${sqlList(AgreementStatus)})`)
@Check('cost_agreements_year_check', 'year BETWEEN 2000 AND 2200')
@Check('cost_agreements_current_version_check', 'current_version >= 1')
@Check('cost_agreements_recurring_check', 'recurring = (module_id IS NOT NULL AND year IS NOT NULL)')
@Check('cost_agreements_subject_check', '(feature_request_id IS NULL) <> (module_id IS NULL)')
@Index('cost_agreements_partnership', ['partnershipId', 'createdAt', 'id'])
@Index('cost_agreements_request_key', ['featureRequestId'], {
  unique: true,
  where: `feature_request_id IS NOT NULL AND status <> 'CANCELLED'`,
})
@Index('cost_agreements_module_year_key', ['moduleId', 'year'], { unique: true, where: 'recurring' })
export class CostAgreement {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @ManyToOne(() => Partnership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'cost_agreements_partnership_id_fkey' })
  partnershipRef?: Partnership;

  @Column({ name: 'feature_request_id', type: 'uuid', nullable: true })
  featureRequestId: string | null;

  @ManyToOne(() => FeatureRequest)
  @JoinColumn({ name: 'feature_request_id', foreignKeyConstraintName: 'cost_agreements_feature_request_id_fkey' })
  featureRequestRef?: FeatureRequest;

  @Column({ name: 'module_id', type: 'uuid', nullable: true })
  moduleId: string | null;

  @ManyToOne(() => PartnershipModule)
  @JoinColumn({ name: 'module_id', foreignKeyConstraintName: 'cost_agreements_module_id_fkey' })
  moduleRef?: PartnershipModule;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field({ description: 'Integer cents as a decimal string.' })
  @Column({ name: 'total_cents', type: 'bigint' })
  totalCents: string;

  @Field(() => AgreementStatus)
  @Column({ type: 'text', default: 'DRAFT' })
  status: AgreementStatus;

  @Column({ name: 'provider_organisation_id', type: 'uuid' })
  providerOrganisationId: string;

  @ManyToOne(() => Organisation)
  @JoinColumn({
    name: 'provider_organisation_id',
    foreignKeyConstraintName: 'cost_agreements_provider_organisation_id_fkey',
  })
  providerRef?: Organisation;

  @Field({ description: 'A yearly split of a module’s maintenance among its users.' })
  @Column({ type: 'boolean', default: false })
  recurring: boolean;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'integer', nullable: true })
  year: number | null;

  @Field(() => Int)
  @Column({ name: 'current_version', type: 'integer', default: 1 })
  currentVersion: number;

  @Field(() => GraphQLDateTime, { nullable: true })
  @Column({ name: 'financed_at', type: 'timestamptz', nullable: true })
  financedAt: Date | null;

  @Column({ name: 'created_by_user_id', type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @Field(() => GraphQLDateTime)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

@ObjectType('CostAgreementVersion', {
  description: 'One split of an agreement; a re-split adds a version, so before and after stay visible.',
})
@Entity('cost_agreement_versions')
@Unique('cost_agreement_versions_agreement_version_key', ['agreementId', 'version'])
@Check('cost_agreement_versions_version_check', 'version >= 1')
@Check('cost_agreement_versions_method_check', `method IN (${sqlList(CostSplitMethod)})`)
@Check('cost_agreement_versions_total_cents_check', 'total_cents > 0')
@Check('cost_agreement_versions_reason_check', 'length(reason) <= 1000')
@Check('cost_agreement_versions_reason_key_check', `reason_key ~ '^[a-z][A-Za-z.]{0,99}$'`)
@Check(
  'cost_agreement_versions_reason_text_check',
  `(reason_key IS NULL OR reason = '') AND (reason_key IS NULL) = (reason_params IS NULL)`,
)
export class CostAgreementVersion {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'agreement_id', type: 'uuid' })
  agreementId: string;

  @ManyToOne(() => CostAgreement, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agreement_id', foreignKeyConstraintName: 'cost_agreement_versions_agreement_id_fkey' })
  agreementRef?: CostAgreement;

  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @ManyToOne(() => Partnership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'cost_agreement_versions_partnership_id_fkey' })
  partnershipRef?: Partnership;

  @Field(() => Int)
  @Column({ type: 'integer' })
  version: number;

  @Field(() => CostSplitMethod)
  @Column({ type: 'text' })
  method: CostSplitMethod;

  @Field()
  @Column({ name: 'total_cents', type: 'bigint' })
  totalCents: string;

  /** What a person typed; empty when the reason is a message (reasonKey) or there is none. */
  @Column({ type: 'text', default: '' })
  reason: string;

  /** A module split's own reason (records.modules.…), rendered in the reader's language as `reason`. */
  @Column({ name: 'reason_key', type: 'text', nullable: true })
  reasonKey: MessageKey | null;

  @Column({ name: 'reason_params', type: 'jsonb', nullable: true })
  reasonParams: Record<string, ParamValue> | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The COST_SHARE ledger transaction that posted this split, if it was posted.',
  })
  @Column({ name: 'transaction_id', type: 'uuid', nullable: true })
  transactionId: string | null;

  @Column({ name: 'created_by_user_id', type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @Field(() => GraphQLDateTime)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

@Entity('cost_shares')
@Unique('cost_shares_version_organisation_key', ['versionId', 'organisationId'])
@Check('cost_shares_position_check', 'position >= 0')
@Check('cost_shares_amount_cents_check', 'amount_cents >= 0')
@Check('cost_shares_basis_check', 'basis > 0')
@Check('cost_shares_exact_cents_check', `exact_cents ~ '^[0-9]+(/[0-9]+)?$'`)
@Index('cost_shares_organisation', ['partnershipId', 'organisationId'])
export class CostShareRow {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'version_id', type: 'uuid' })
  versionId: string;

  @ManyToOne(() => CostAgreementVersion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'version_id', foreignKeyConstraintName: 'cost_shares_version_id_fkey' })
  versionRef?: CostAgreementVersion;

  @Column({ name: 'agreement_id', type: 'uuid' })
  agreementId: string;

  @ManyToOne(() => CostAgreement, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agreement_id', foreignKeyConstraintName: 'cost_shares_agreement_id_fkey' })
  agreementRef?: CostAgreement;

  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @ManyToOne(() => Partnership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'cost_shares_partnership_id_fkey' })
  partnershipRef?: Partnership;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => Organisation)
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'cost_shares_organisation_id_fkey' })
  organisationRef?: Organisation;

  @Column({ type: 'integer' })
  position: number;

  @Column({ name: 'amount_cents', type: 'bigint' })
  amountCents: string;

  @Column({ type: 'bigint' })
  basis: string;

  @Column({ name: 'exact_cents', type: 'text' })
  exactCents: string;

  @Column({ name: 'rounded_up', type: 'boolean', default: false })
  roundedUp: boolean;
}

@ObjectType('CostContract', {
  description: 'The contract of one participant: drafted, sent, signed or declined by its representative.',
})
@Entity('cost_contracts')
@Unique('cost_contracts_agreement_organisation_key', ['agreementId', 'organisationId'])
@Check('cost_contracts_version_check', 'version >= 1')
@Check('cost_contracts_status_check', `status IN (${sqlList(ContractStatus)})`)
@Check('cost_contracts_decline_reason_check', 'length(decline_reason) <= 1000')
@Check('cost_contracts_decided_check', `(status IN ('SIGNED','DECLINED')) = (decided_at IS NOT NULL)`)
@Index('cost_contracts_organisation', ['partnershipId', 'organisationId'])
export class CostContract {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'agreement_id', type: 'uuid' })
  agreementId: string;

  @ManyToOne(() => CostAgreement, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agreement_id', foreignKeyConstraintName: 'cost_contracts_agreement_id_fkey' })
  agreementRef?: CostAgreement;

  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @ManyToOne(() => Partnership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'cost_contracts_partnership_id_fkey' })
  partnershipRef?: Partnership;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => Organisation)
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'cost_contracts_organisation_id_fkey' })
  organisationRef?: Organisation;

  @Field(() => Int, { description: 'The agreement version it was sent with.' })
  @Column({ type: 'integer' })
  version: number;

  @Field(() => ContractStatus)
  @Column({ type: 'text', default: 'DRAFT' })
  status: ContractStatus;

  @Field(() => GraphQLDateTime, { nullable: true })
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was signed or declined.' })
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'decided_by_user_id', type: 'uuid', nullable: true })
  decidedByUserId: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'decline_reason', type: 'text', nullable: true })
  declineReason: string | null;
}

export const agreementEntities = [
  PartnershipModule,
  ModuleUse,
  CostAgreement,
  CostAgreementVersion,
  CostShareRow,
  CostContract,
];
