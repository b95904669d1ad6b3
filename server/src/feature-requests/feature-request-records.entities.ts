import { Field, ID, ObjectType } from '@nestjs/graphql';
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
import { sqlList } from '../common/database/sql-list';
import { Membership } from '../memberships/membership.entity';
import { Partnership } from '../partnerships/partnership.entity';
import { User } from '../users/user.entity';
import { InterestKind, NotificationKind } from './feature-request-enums';
import { FeatureRequest } from './feature-request.entity';
import { GraphQLDateTime } from '../common/graphql/scalars';
import type { MessageKey, ParamValue } from '../common/i18n/messages';

@ObjectType('RequestTransition', {
  description: 'One step of a request’s timeline: from which stage to which, by whom, when and why.',
})
@Entity('feature_request_transitions')
@Check('feature_request_transitions_reason_check', 'length(reason) <= 2000')
@Check('feature_request_transitions_reason_key_check', `reason_key ~ '^[a-z][A-Za-z.]{0,99}$'`)
@Check(
  'feature_request_transitions_reason_text_check',
  `(reason_key IS NULL OR reason = '') AND (reason_key IS NULL) = (reason_params IS NULL)`,
)
@Index('feature_request_transitions_request_at', ['requestId', 'at'])
export class RequestTransition {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @ManyToOne(() => FeatureRequest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id', foreignKeyConstraintName: 'feature_request_transitions_request_id_fkey' })
  requestRef?: FeatureRequest;

  @Field(() => String, { nullable: true, description: 'Null for the submission.' })
  @Column({ name: 'from_stage', type: 'text', nullable: true })
  fromStage: string | null;

  @Field()
  @Column({ name: 'to_stage', type: 'text' })
  toStage: string;

  /** Null: the system (survey deadline, closed vote). */
  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_user_id', foreignKeyConstraintName: 'feature_request_transitions_actor_user_id_fkey' })
  actorRef?: User;

  /** What a person typed (empty for none); empty too when the reason is a message (reasonKey). */
  @Column({ type: 'text', default: '' })
  reason: string;

  /** The system's own reason (records.timeline.…), rendered in the reader's language as `reason`. */
  @Column({ name: 'reason_key', type: 'text', nullable: true })
  reasonKey: MessageKey | null;

  @Column({ name: 'reason_params', type: 'jsonb', nullable: true })
  reasonParams: Record<string, ParamValue> | null;

  @Field(() => GraphQLDateTime)
  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;
}

@ObjectType('InterestDeclaration', { description: 'A member organisation’s interest in a request.' })
@Entity('interest_declarations')
@Unique('interest_declarations_request_membership_key', ['requestId', 'membershipId'])
@Check('interest_declarations_kind_check', `kind IN (${sqlList(InterestKind)})`)
@Check('interest_declarations_co_fund_up_to_cents_check', 'co_fund_up_to_cents > 0')
@Check('interest_declarations_co_fund_check', `(kind = 'WILL_CO_FUND') = (co_fund_up_to_cents IS NOT NULL)`)
@Index('interest_declarations_membership_id', ['membershipId'])
export class InterestDeclaration {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @ManyToOne(() => FeatureRequest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id', foreignKeyConstraintName: 'interest_declarations_request_id_fkey' })
  requestRef?: FeatureRequest;

  @Column({ name: 'membership_id', type: 'uuid' })
  membershipId: string;

  @ManyToOne(() => Membership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'membership_id', foreignKeyConstraintName: 'interest_declarations_membership_id_fkey' })
  membershipRef?: Membership;

  @Field(() => InterestKind)
  @Column({ type: 'text' })
  kind: InterestKind;

  /** Integer cents as a string (bigint). */
  @Column({ name: 'co_fund_up_to_cents', type: 'bigint', nullable: true })
  coFundUpToCents: string | null;

  @Column({ name: 'declared_by_user_id', type: 'uuid', nullable: true })
  declaredByUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'declared_by_user_id',
    foreignKeyConstraintName: 'interest_declarations_declared_by_user_id_fkey',
  })
  declaredByRef?: User;

  @Field(() => GraphQLDateTime)
  @Column({ name: 'declared_at', type: 'timestamptz', default: () => 'now()' })
  declaredAt: Date;
}

@ObjectType('RequestComment')
@Entity('feature_request_comments')
@Check('feature_request_comments_body_check', 'length(btrim(body)) BETWEEN 1 AND 10000')
@Index('feature_request_comments_request_created', ['requestId', 'createdAt'])
export class RequestComment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @ManyToOne(() => FeatureRequest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id', foreignKeyConstraintName: 'feature_request_comments_request_id_fkey' })
  requestRef?: FeatureRequest;

  @Column({ name: 'author_user_id', type: 'uuid', nullable: true })
  authorUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_user_id', foreignKeyConstraintName: 'feature_request_comments_author_user_id_fkey' })
  authorRef?: User;

  @Field({ description: 'Markdown.' })
  @Column({ type: 'text' })
  body: string;

  @Field(() => GraphQLDateTime)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

@Entity('feature_request_subscriptions')
@Index('feature_request_subscriptions_user_id', ['userId'])
export class RequestSubscription {
  @PrimaryColumn({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @ManyToOne(() => FeatureRequest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id', foreignKeyConstraintName: 'feature_request_subscriptions_request_id_fkey' })
  requestRef?: FeatureRequest;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'feature_request_subscriptions_user_id_fkey' })
  userRef?: User;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

@ObjectType('Notification', { description: 'An in-app notification of the viewer.' })
@Entity('notifications')
@Check('notifications_kind_check', `kind IN (${sqlList(NotificationKind)})`)
@Check('notifications_text_key_check', `text_key ~ '^[a-z][A-Za-z.]{0,99}$'`)
@Check(
  'notifications_text_check',
  '(text IS NULL) <> (text_key IS NULL) AND (text_key IS NULL) = (text_params IS NULL)',
)
@Index('notifications_user_created', ['userId', 'createdAt', 'id'])
export class Notification {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'notifications_user_id_fkey' })
  userRef?: User;

  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @ManyToOne(() => Partnership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'notifications_partnership_id_fkey' })
  partnershipRef?: Partnership;

  @Column({ name: 'request_id', type: 'uuid', nullable: true })
  requestId: string | null;

  @ManyToOne(() => FeatureRequest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id', foreignKeyConstraintName: 'notifications_request_id_fkey' })
  requestRef?: FeatureRequest;

  @Field(() => NotificationKind)
  @Column({ type: 'text' })
  kind: NotificationKind;

  /** The text of a notification from before notifications were keyed; else null. */
  @Column({ type: 'text', nullable: true })
  text: string | null;

  /** The notification as a message (records.notifications.…), rendered in the reader's language as `text`. */
  @Column({ name: 'text_key', type: 'text', nullable: true })
  textKey: MessageKey | null;

  @Column({ name: 'text_params', type: 'jsonb', nullable: true })
  textParams: Record<string, ParamValue> | null;

  @Field(() => GraphQLDateTime, { nullable: true })
  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @Field(() => GraphQLDateTime)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

@Entity('partnership_workflows')
export class PartnershipWorkflow {
  @PrimaryColumn({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @ManyToOne(() => Partnership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'partnership_workflows_partnership_id_fkey' })
  partnershipRef?: Partnership;

  @Column({ type: 'text' })
  template: string;

  @Column({ type: 'jsonb' })
  definition: import('./workflow.types').Workflow;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
