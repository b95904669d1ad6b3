import { Field, ID, ObjectType } from '@nestjs/graphql';
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
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { sqlList } from '../common/database/sql-list';
import { Organisation } from '../organisations/organisation.entity';
import { Partnership } from '../partnerships/partnership.entity';
import { MembershipStatus } from './membership-status';
import { GraphQLDateTime, GraphQLLocalDate } from '../common/graphql/scalars';

registerEnum(MembershipStatus, { name: 'MembershipStatus' });

@ObjectType('Membership', { description: "An organisation's membership in a partnership." })
@Entity('memberships')
// Mirrors migrations/*-Init.ts, so that `npm run db:migration:generate` only proposes real changes.
@Check('memberships_status_check', `status IN (${sqlList(MembershipStatus)})`)
@Check('memberships_vote_weight_check', 'vote_weight > 0')
@Check('memberships_check', 'left_on IS NULL OR joined_on IS NULL OR left_on >= joined_on')
@Unique('memberships_partnership_organisation_key', ['partnershipId', 'organisationId'])
@Index('memberships_organisation_id', ['organisationId'])
export class Membership {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @ManyToOne(() => Partnership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'memberships_partnership_id_fkey' })
  partnershipRef?: Partnership;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => Organisation)
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'memberships_organisation_id_fkey' })
  organisationRef?: Organisation;

  @Field(() => MembershipStatus)
  @Column({ type: 'text' })
  status: MembershipStatus;

  @Field({ description: 'Whether the member votes; a coordinating association or provider may not.' })
  @Column({ type: 'boolean', default: true })
  voting: boolean;

  @Field({ description: 'Decimal weight of its vote, e.g. "1" or "2.5".' })
  @Column({
    name: 'vote_weight',
    type: 'numeric',
    precision: 7,
    scale: 3,
    default: 1,
    // PostgreSQL returns numeric as a string; keep it exact and drop trailing zeros ("2.500" -> "2.5").
    transformer: {
      to: (value: string) => value,
      from: (value: string | null) => (value === null ? value : normaliseDecimal(value)),
    },
  })
  voteWeight: string;

  @Field({ description: 'Veto right on fundamental questions (e.g. the lead authority).' })
  @Column({ name: 'veto_right', type: 'boolean', default: false })
  vetoRight: boolean;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @Column({ name: 'joined_on', type: 'date', nullable: true })
  joinedOn: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @Column({ name: 'left_on', type: 'date', nullable: true })
  leftOn: string | null;

  @Field(() => GraphQLDateTime)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLDateTime)
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

export function normaliseDecimal(value: string): string {
  return value.includes('.') ? value.replace(/0+$/, '').replace(/\.$/, '') : value;
}
