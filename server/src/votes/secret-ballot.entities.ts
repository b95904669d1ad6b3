import { Column, Entity, JoinColumn, ManyToOne, OneToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { Membership } from '../memberships/membership.entity';
import { Vote } from './vote.entity';

/** Secret votes: that a member took part; never what it chose. */
@Entity('secret_participations')
export class SecretParticipation {
  @PrimaryColumn({ name: 'vote_id', type: 'uuid' })
  voteId: string;

  @ManyToOne(() => Vote, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'vote_id', foreignKeyConstraintName: 'secret_participations_vote_id_fkey' })
  voteRef?: Vote;

  @PrimaryColumn({ name: 'membership_id', type: 'uuid' })
  membershipId: string;

  @ManyToOne(() => Membership)
  @JoinColumn({ name: 'membership_id', foreignKeyConstraintName: 'secret_participations_membership_id_fkey' })
  membershipRef?: Membership;

  @Column({ type: 'boolean', default: false })
  audited: boolean;
}

/**
 * Secret votes: one sealed ballot per participation (see `sealed-ballots.ts`): a random id, the vote, and
 * the choice, weight and receipt encrypted under the ballot key. No member, no time, no order.
 */
@Entity('secret_ballots')
export class SecretBallot {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'vote_id', type: 'uuid' })
  voteId: string;

  @ManyToOne(() => Vote, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'vote_id', foreignKeyConstraintName: 'secret_ballots_vote_id_fkey' })
  voteRef?: Vote;

  @Column({ type: 'bytea' })
  sealed: Buffer;
}

/**
 * Secret votes: the box, made when the vote opens, with the check value of the ballot key. Its sums and
 * receipts hold only ballots cast before ballots were sealed (and stay zero for every vote since): they
 * are never written while a vote is open.
 */
@Entity('secret_ballot_boxes')
export class SecretBallotBox {
  @PrimaryColumn({ name: 'vote_id', type: 'uuid' })
  voteId: string;

  @OneToOne(() => Vote, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'vote_id', foreignKeyConstraintName: 'secret_ballot_boxes_vote_id_fkey' })
  voteRef?: Vote;

  @Column({ name: 'yes_weight', type: 'bigint', default: 0 })
  yesWeight: string;

  @Column({ name: 'no_weight', type: 'bigint', default: 0 })
  noWeight: string;

  @Column({ name: 'abstain_weight', type: 'bigint', default: 0 })
  abstainWeight: string;

  @Column({ name: 'yes_count', type: 'integer', default: 0 })
  yesCount: number;

  @Column({ name: 'no_count', type: 'integer', default: 0 })
  noCount: number;

  @Column({ name: 'abstain_count', type: 'integer', default: 0 })
  abstainCount: number;

  @Column({ type: 'integer', default: 0 })
  revision: number;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  receipts: string[];

  @Column({ name: 'key_check', type: 'bytea', nullable: true })
  keyCheck: Buffer | null;
}
