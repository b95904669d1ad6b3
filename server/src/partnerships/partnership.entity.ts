import { AdmissionProcedure } from './admission-procedure';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { registerEnum } from '../common/graphql/register-enum';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { sqlList } from '../common/database/sql-list';
import { Organisation } from '../organisations/organisation.entity';
import { GovernanceModel } from './governance-model';
import { GraphQLDateTime } from '../common/graphql/scalars';

registerEnum(GovernanceModel, {
  name: 'GovernanceModel',
  description: 'The governance models of chapter 5 of the reference study.',
});

@ObjectType('Partnership', { description: 'The community around one open-source product; the tenant boundary.' })
@Entity('partnerships')
// Mirrors migrations/*-Init.ts, so that `npm run db:migration:generate` only proposes real changes.
@Check('partnerships_slug_check', `slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 63`)
@Check('partnerships_name_check', 'length(btrim(name)) > 0')
@Check('partnerships_product_name_check', 'length(btrim(product_name)) > 0')
@Check('partnerships_governance_model_check', `governance_model IN (${sqlList(GovernanceModel)})`)
@Check('partnerships_fiscal_year_start_month_check', 'fiscal_year_start_month BETWEEN 1 AND 12')
@Index('partnerships_name_id', ['name', 'id'])
export class Partnership {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'Lowercase, digits and dashes; unique.' })
  @Column({ type: 'citext', unique: true })
  slug: string;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field()
  @Column({ name: 'product_name', type: 'text' })
  productName: string;

  @Field()
  @Column({ type: 'text', default: '' })
  description: string;

  @Field(() => GovernanceModel)
  @Column({ name: 'governance_model', type: 'text' })
  governanceModel: GovernanceModel;

  @Column({ name: 'product_owner_organisation_id', type: 'uuid', nullable: true })
  productOwnerOrganisationId: string | null;

  // Relations declare the foreign keys only; GraphQL resolves them through DataLoaders.
  @ManyToOne(() => Organisation)
  @JoinColumn({
    name: 'product_owner_organisation_id',
    foreignKeyConstraintName: 'partnerships_product_owner_organisation_id_fkey',
  })
  productOwnerOrganisation?: Organisation;

  @Column({ name: 'community_management_organisation_id', type: 'uuid', nullable: true })
  communityManagementOrganisationId: string | null;

  @ManyToOne(() => Organisation)
  @JoinColumn({
    name: 'community_management_organisation_id',
    foreignKeyConstraintName: 'partnerships_community_management_organisation_id_fkey',
  })
  communityManagementOrganisation?: Organisation;

  @Field(() => Int, { description: 'Month the fiscal year starts, 1 = January.' })
  @Column({ name: 'fiscal_year_start_month', type: 'smallint', default: 1 })
  fiscalYearStartMonth: number;

  @Field({ description: 'Whether the transparency pages are readable without signing in.' })
  @Column({ name: 'public_transparency', type: 'boolean', default: false })
  publicTransparency: boolean;

  @Field(() => AdmissionProcedure, {
    description: 'How applications for membership are decided: by the community manager, or by a committee vote.',
  })
  @Column({ type: 'text', default: AdmissionProcedure.DIRECT })
  admission: AdmissionProcedure;

  @Field(() => ID, { nullable: true, description: 'The committee that votes on applications when admission is VOTE.' })
  @Column({ name: 'admission_committee_id', type: 'uuid', nullable: true })
  admissionCommitteeId: string | null;

  @Field(() => GraphQLDateTime)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLDateTime)
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
