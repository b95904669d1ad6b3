import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Membership } from '../memberships/membership.entity';
import { User } from '../users/user.entity';
import { BallotChoice } from './vote-enums';
import { Vote } from './vote.entity';
import { GraphQLDateTime } from '../common/graphql/scalars';

/** The ballot of one member organisation in an open (not secret) vote. */
@ObjectType('Ballot')
@Entity('ballots')
@Unique('ballots_vote_membership_key', ['voteId', 'membershipId'])
export class Ballot {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'vote_id', type: 'uuid' })
  voteId: string;

  @ManyToOne(() => Vote, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'vote_id', foreignKeyConstraintName: 'ballots_vote_id_fkey' })
  voteRef?: Vote;

  @Column({ name: 'membership_id', type: 'uuid' })
  membershipId: string;

  @ManyToOne(() => Membership)
  @JoinColumn({ name: 'membership_id', foreignKeyConstraintName: 'ballots_membership_id_fkey' })
  membershipRef?: Membership;

  @Field(() => BallotChoice)
  @Column({ type: 'text' })
  choice: BallotChoice;

  @Column({ name: 'cast_by_user_id', type: 'uuid', nullable: true })
  castByUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'cast_by_user_id', foreignKeyConstraintName: 'ballots_cast_by_user_id_fkey' })
  castByRef?: User;

  @Field({ description: 'Cast by the member holding this member’s proxy.' })
  @Column({ name: 'by_proxy', type: 'boolean', default: false })
  byProxy: boolean;

  /** Random code given to the one who cast; it appears in the audit log, so the member can check its ballot counted. */
  @Column({ type: 'text', unique: true })
  receipt: string;

  @Column({ type: 'bigint', insert: false, update: false })
  revision: string;

  @Field(() => GraphQLDateTime)
  @Column({ name: 'cast_at', type: 'timestamptz', default: () => 'now()' })
  castAt: Date;

  @Column({ type: 'boolean', default: false })
  audited: boolean;

  @Field(() => GraphQLDateTime, { nullable: true })
  @Column({ name: 'changed_at', type: 'timestamptz', nullable: true })
  changedAt: Date | null;
}
