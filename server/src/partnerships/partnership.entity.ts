import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { registerEnum } from '../common/graphql/register-enum';
import { GraphQLDateTime } from 'graphql-scalars';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { GovernanceModel } from './governance-model';

registerEnum(GovernanceModel, {
  name: 'GovernanceModel',
  description: 'The governance models of chapter 5 of the reference study.',
});

@ObjectType('Partnership', { description: 'The community around one open-source product; the tenant boundary.' })
@Entity('partnerships')
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

  @Column({ name: 'community_management_organisation_id', type: 'uuid', nullable: true })
  communityManagementOrganisationId: string | null;

  @Field(() => Int, { description: 'Month the fiscal year starts, 1 = January.' })
  @Column({ name: 'fiscal_year_start_month', type: 'smallint', default: 1 })
  fiscalYearStartMonth: number;

  @Field({ description: 'Whether the transparency pages are readable without signing in.' })
  @Column({ name: 'public_transparency', type: 'boolean', default: false })
  publicTransparency: boolean;

  @Field(() => GraphQLDateTime)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLDateTime)
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
