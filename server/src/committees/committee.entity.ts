import { Field, ID, ObjectType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { Partnership } from '../partnerships/partnership.entity';
import type { DecisionRule } from '../votes/decision-rule';
import { Cadence, CommitteeKind } from './committee-enums';
import { registerEnum } from '../common/graphql/register-enum';
import { GraphQLDateTime } from '../common/graphql/scalars';

registerEnum(CommitteeKind, { name: 'CommitteeKind' });
registerEnum(Cadence, { name: 'Cadence' });

@ObjectType('Committee', {
  description: 'A body of the partnership: assembly, committee, working group, community call or advisory board.',
})
@Entity('committees')
@Unique('committees_partnership_name_key', ['partnershipId', 'name'])
export class Committee {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @ManyToOne(() => Partnership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'committees_partnership_id_fkey' })
  partnershipRef?: Partnership;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field(() => CommitteeKind)
  @Column({ type: 'text' })
  kind: CommitteeKind;

  @Field()
  @Column({ type: 'text', default: '' })
  description: string;

  @Field({ description: 'Whether the committee takes votes; a community call does not.' })
  @Column({ type: 'boolean', default: true })
  votes: boolean;

  @Field(() => Cadence)
  @Column({ type: 'text' })
  cadence: Cadence;

  /** Copied onto each vote when it opens. */
  @Column({ name: 'default_rule', type: 'jsonb' })
  defaultRule: DecisionRule;

  @Column({ name: 'default_rule_name', type: 'text' })
  defaultRuleName: string;

  @Field({ description: 'New voting members get a voting seat on admission (advisory for non-voting members).' })
  @Column({ name: 'seats_for_all_members', type: 'boolean', default: true })
  seatsForAllMembers: boolean;

  /** Secret part of the calendar feed address. */
  @Column({ name: 'feed_token', type: 'text', unique: true })
  feedToken: string;

  @Field(() => GraphQLDateTime)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
