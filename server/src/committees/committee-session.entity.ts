import { Field, ID, ObjectType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Partnership } from '../partnerships/partnership.entity';
import { SessionStatus } from './committee-enums';
import { Committee } from './committee.entity';
import { registerEnum } from '../common/graphql/register-enum';
import { GraphQLDateTime } from '../common/graphql/scalars';

registerEnum(SessionStatus, { name: 'SessionStatus' });

@ObjectType('CommitteeSession', {
  description: 'A meeting of a committee, with agenda, attendance, votes and minutes.',
})
@Entity('committee_sessions')
export class CommitteeSession {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @ManyToOne(() => Partnership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'committee_sessions_partnership_id_fkey' })
  partnershipRef?: Partnership;

  @Column({ name: 'committee_id', type: 'uuid' })
  committeeId: string;

  @ManyToOne(() => Committee, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'committee_id', foreignKeyConstraintName: 'committee_sessions_committee_id_fkey' })
  committeeRef?: Committee;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field(() => GraphQLDateTime)
  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Field(() => GraphQLDateTime)
  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @Field()
  @Column({ type: 'text', default: '' })
  location: string;

  @Field()
  @Column({ name: 'video_url', type: 'text', default: '' })
  videoUrl: string;

  @Field(() => SessionStatus)
  @Column({ type: 'text', default: SessionStatus.PLANNED })
  status: SessionStatus;

  @Field(() => GraphQLDateTime, { nullable: true })
  @Column({ name: 'invitations_sent_at', type: 'timestamptz', nullable: true })
  invitationsSentAt: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true })
  @Column({ name: 'opened_at', type: 'timestamptz', nullable: true })
  openedAt: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true })
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ name: 'minutes_approved_in_session_id', type: 'uuid', nullable: true })
  minutesApprovedInSessionId: string | null;

  @ManyToOne(() => CommitteeSession, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'minutes_approved_in_session_id',
    foreignKeyConstraintName: 'committee_sessions_minutes_approved_in_session_id_fkey',
  })
  minutesApprovedInRef?: CommitteeSession;

  @Field(() => GraphQLDateTime, { nullable: true })
  @Column({ name: 'minutes_approved_at', type: 'timestamptz', nullable: true })
  minutesApprovedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
