import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AgendaItem } from '../committees/agenda-item.entity';
import { Committee } from '../committees/committee.entity';
import { CommitteeSession } from '../committees/committee-session.entity';
import { Partnership } from '../partnerships/partnership.entity';
import { User } from '../users/user.entity';
import type { DecisionRule } from './decision-rule';
import { Decision } from './decision.entity';
import type { TallyResult } from './tally';
import { CloseReason, VoteOutcome, VoteProcedure, VoteStatus, type VoteSubjectType } from './vote-enums';
import { GraphQLDateTime } from '../common/graphql/scalars';
export type { VoteSubjectType } from './vote-enums';

/** An entitled voter as copied onto the vote when it opened. */
export interface EntitledSnapshot {
  membershipId: string;
  organisationId: string;
  weight: string;
  vetoHolder: boolean;
  chair: boolean;
}

/** Who was present when the vote opened, and whose vote a present member carries. */
export interface AttendanceSnapshot {
  present: string[];
  proxies: Record<string, string>;
}

/** What a vote can decide besides its motion: a closed vote moves its subject on (VoteClosedHooks). */

@ObjectType('Vote', {
  description: 'A vote of one committee, in a session or in writing; its rule was copied when it opened.',
})
@Entity('votes')
export class Vote {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @ManyToOne(() => Partnership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'votes_partnership_id_fkey' })
  partnershipRef?: Partnership;

  @Column({ name: 'committee_id', type: 'uuid' })
  committeeId: string;

  @ManyToOne(() => Committee, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'committee_id', foreignKeyConstraintName: 'votes_committee_id_fkey' })
  committeeRef?: Committee;

  @Column({ name: 'session_id', type: 'uuid', nullable: true })
  sessionId: string | null;

  @ManyToOne(() => CommitteeSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'votes_session_id_fkey' })
  sessionRef?: CommitteeSession;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'agenda_item_id', type: 'uuid', nullable: true })
  agendaItemId: string | null;

  @ManyToOne(() => AgendaItem, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'agenda_item_id', foreignKeyConstraintName: 'votes_agenda_item_id_fkey' })
  agendaItemRef?: AgendaItem;

  @Column({ name: 'decision_id', type: 'uuid', nullable: true })
  decisionId: string | null;

  @ManyToOne(() => Decision, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decision_id', foreignKeyConstraintName: 'votes_decision_id_fkey' })
  decisionRef?: Decision;

  @Column({ name: 'subject_type', type: 'text', nullable: true })
  subjectType: VoteSubjectType | null;

  @Column({ name: 'subject_id', type: 'uuid', nullable: true })
  subjectId: string | null;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field()
  @Column({ type: 'text', default: '' })
  description: string;

  @Field(() => VoteProcedure)
  @Column({ type: 'text' })
  procedure: VoteProcedure;

  @Field(() => VoteStatus)
  @Column({ type: 'text', default: VoteStatus.OPEN })
  status: VoteStatus;

  @Column({ type: 'jsonb' })
  rule: DecisionRule;

  @Field({ description: 'The preset the rule came from (e.g. THREE_QUARTERS), or CUSTOM.' })
  @Column({ name: 'rule_name', type: 'text' })
  ruleName: string;

  @Column({ type: 'jsonb' })
  entitled: EntitledSnapshot[];

  @Column({ type: 'jsonb', nullable: true })
  attendance: AttendanceSnapshot | null;

  @Field(() => GraphQLDateTime)
  @Column({ name: 'opened_at', type: 'timestamptz', default: () => 'now()' })
  openedAt: Date;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Written procedures close by themselves at this time.' })
  @Column({ type: 'timestamptz', nullable: true })
  deadline: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true })
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Field(() => CloseReason, { nullable: true })
  @Column({ name: 'close_reason', type: 'text', nullable: true })
  closeReason: CloseReason | null;

  @Field(() => VoteOutcome, { nullable: true })
  @Column({ type: 'text', nullable: true })
  outcome: VoteOutcome | null;

  @Column({ type: 'jsonb', nullable: true })
  result: TallyResult | null;

  /** Secret votes: the receipts of all ballots, sorted, published when the vote closes. */
  @Column({ type: 'text', array: true, nullable: true })
  receipts: string[] | null;

  @Column({ name: 'opened_by_user_id', type: 'uuid', nullable: true })
  openedByUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'opened_by_user_id', foreignKeyConstraintName: 'votes_opened_by_user_id_fkey' })
  openedByRef?: User;

  @Column({ name: 'closed_by_user_id', type: 'uuid', nullable: true })
  closedByUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'closed_by_user_id', foreignKeyConstraintName: 'votes_closed_by_user_id_fkey' })
  closedByRef?: User;
}
