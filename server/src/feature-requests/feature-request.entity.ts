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
  UpdateDateColumn,
} from 'typeorm';
import { AgendaItem } from '../committees/agenda-item.entity';
import { sqlList } from '../common/database/sql-list';
import { Membership } from '../memberships/membership.entity';
import { Organisation } from '../organisations/organisation.entity';
import { Partnership } from '../partnerships/partnership.entity';
import { User } from '../users/user.entity';
import { Decision } from '../votes/decision.entity';
import { Vote } from '../votes/vote.entity';
import { DecisionOutcomeEnum, FundingRouteEnum, RequestKind, RequestTarget } from './feature-request-enums';
import { GraphQLDateTime } from '../common/graphql/scalars';

export const SEARCH_EXPRESSION = `to_tsvector('german', title || ' ' || description)`;
/** The title as typo-tolerant matching compares it: lower case, without accents. */
export const TITLE_NORM_EXPRESSION = 'allmende_unaccent(lower(title))';

@ObjectType('FeatureRequest', {
  description: 'A feature request, numbered per partnership, on the partnership’s workflow.',
})
@Entity('feature_requests')
// Mirrors migrations/*-FeatureRequests.ts, so that `npm run db:migration:generate` only proposes real changes.
@Unique('feature_requests_partnership_number_key', ['partnershipId', 'number'])
@Check('feature_requests_number_check', 'number >= 1')
@Check('feature_requests_title_check', 'length(btrim(title)) BETWEEN 1 AND 200')
@Check('feature_requests_description_check', 'length(description) <= 20000')
@Check('feature_requests_kind_check', `kind IN (${sqlList(RequestKind)})`)
@Check('feature_requests_target_check', `target IN (${sqlList(RequestTarget)})`)
@Check('feature_requests_funding_route_check', `funding_route IN (${sqlList(FundingRouteEnum)})`)
@Check('feature_requests_effort_person_days_check', 'effort_person_days >= 0')
@Check('feature_requests_amount_cents_check', 'amount_cents >= 0')
@Check('feature_requests_decision_outcome_check', `decision_outcome IN (${sqlList(DecisionOutcomeEnum)})`)
@Check('feature_requests_release_version_check', 'length(release_version) <= 40')
@Check('feature_requests_changelog_entry_check', 'length(changelog_entry) <= 5000')
@Check('feature_requests_interest_count_check', 'interest_count >= 0')
@Check('feature_requests_duplicate_check', 'duplicate_of_id <> id')
@Index('feature_requests_partnership_stage', ['partnershipId', 'stage'])
@Index('feature_requests_partnership_interest', ['partnershipId', 'interestCount', 'id'])
@Index('feature_requests_open_survey', ['surveyDeadline'], {
  where: 'survey_deadline IS NOT NULL AND survey_closed_at IS NULL',
})
// The GIN index on search is not modelled: TypeORM neither models nor compares GIN indexes.
@Index('feature_requests_duplicate_of_id', ['duplicateOfId'])
@Index('feature_requests_decision_id', ['decisionId'])
@Index('feature_requests_agenda_item_id', ['agendaItemId'])
export class FeatureRequest {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @ManyToOne(() => Partnership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'feature_requests_partnership_id_fkey' })
  partnershipRef?: Partnership;

  @Field(() => Int, { description: 'Per partnership: #1, #2 …' })
  @Column({ type: 'integer' })
  number: number;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field({ description: 'Markdown.' })
  @Column({ type: 'text', default: '' })
  description: string;

  @Field(() => RequestKind)
  @Column({ type: 'text' })
  kind: RequestKind;

  @Field(() => RequestTarget)
  @Column({ type: 'text' })
  target: RequestTarget;

  @Field(() => FundingRouteEnum)
  @Column({ name: 'funding_route', type: 'text' })
  fundingRoute: FundingRouteEnum;

  @Field({ description: 'The key of its stage in the partnership’s workflow.' })
  @Column({ type: 'text' })
  stage: string;

  @Column({ name: 'submitted_by_user_id', type: 'uuid', nullable: true })
  submittedByUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'submitted_by_user_id', foreignKeyConstraintName: 'feature_requests_submitted_by_user_id_fkey' })
  submittedByRef?: User;

  /** The member organisation it was filed for (null when the community management filed it). */
  @Column({ name: 'membership_id', type: 'uuid', nullable: true })
  membershipId: string | null;

  @ManyToOne(() => Membership, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'membership_id', foreignKeyConstraintName: 'feature_requests_membership_id_fkey' })
  membershipRef?: Membership;

  @Column({ name: 'duplicate_of_id', type: 'uuid', nullable: true })
  duplicateOfId: string | null;

  @ManyToOne(() => FeatureRequest, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'duplicate_of_id', foreignKeyConstraintName: 'feature_requests_duplicate_of_id_fkey' })
  duplicateOfRef?: FeatureRequest;

  @Field(() => GraphQLDateTime, { nullable: true })
  @Column({ name: 'survey_deadline', type: 'timestamptz', nullable: true })
  surveyDeadline: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true })
  @Column({ name: 'survey_closed_at', type: 'timestamptz', nullable: true })
  surveyClosedAt: Date | null;

  @Column({ name: 'assessment_feasible', type: 'boolean', nullable: true })
  assessmentFeasible: boolean | null;

  @Column({ name: 'assessment_core_capable', type: 'boolean', nullable: true })
  assessmentCoreCapable: boolean | null;

  @Column({ name: 'assessment_notes', type: 'text', nullable: true })
  assessmentNotes: string | null;

  @Column({ name: 'assessed_by_user_id', type: 'uuid', nullable: true })
  assessedByUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'assessed_by_user_id', foreignKeyConstraintName: 'feature_requests_assessed_by_user_id_fkey' })
  assessedByRef?: User;

  @Column({ name: 'assessed_at', type: 'timestamptz', nullable: true })
  assessedAt: Date | null;

  /** Decimal string, e.g. "12.5". */
  @Column({ name: 'effort_person_days', type: 'numeric', precision: 8, scale: 1, nullable: true })
  effortPersonDays: string | null;

  /** Integer cents; bigint comes back from pg as a string. */
  @Column({ name: 'amount_cents', type: 'bigint', nullable: true })
  amountCents: string | null;

  @Column({ name: 'provider_organisation_id', type: 'uuid', nullable: true })
  providerOrganisationId: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'provider_organisation_id',
    foreignKeyConstraintName: 'feature_requests_provider_organisation_id_fkey',
  })
  providerRef?: Organisation;

  @Column({ name: 'offer_document_url', type: 'text', nullable: true })
  offerDocumentUrl: string | null;

  @Column({ name: 'estimated_by_user_id', type: 'uuid', nullable: true })
  estimatedByUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'estimated_by_user_id', foreignKeyConstraintName: 'feature_requests_estimated_by_user_id_fkey' })
  estimatedByRef?: User;

  @Column({ name: 'estimated_at', type: 'timestamptz', nullable: true })
  estimatedAt: Date | null;

  /** The joint decision, when several committees vote (DIPAS). */
  @Column({ name: 'decision_id', type: 'uuid', nullable: true })
  decisionId: string | null;

  @ManyToOne(() => Decision, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decision_id', foreignKeyConstraintName: 'feature_requests_decision_id_fkey' })
  decisionRef?: Decision;

  /** The latest vote on the request. */
  @Column({ name: 'vote_id', type: 'uuid', nullable: true })
  voteId: string | null;

  @ManyToOne(() => Vote, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'vote_id', foreignKeyConstraintName: 'feature_requests_vote_id_fkey' })
  voteRef?: Vote;

  /** The DECISION item of a session it waits on. */
  @Column({ name: 'agenda_item_id', type: 'uuid', nullable: true })
  agendaItemId: string | null;

  @ManyToOne(() => AgendaItem, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'agenda_item_id', foreignKeyConstraintName: 'feature_requests_agenda_item_id_fkey' })
  agendaItemRef?: AgendaItem;

  @Field(() => DecisionOutcomeEnum, { nullable: true, description: 'How the latest decision on it ended.' })
  @Column({ name: 'decision_outcome', type: 'text', nullable: true })
  decisionOutcome: DecisionOutcomeEnum | null;

  @Field(() => GraphQLDateTime, { nullable: true })
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'Marked by the product owner until cost-sharing agreements exist.',
  })
  @Column({ name: 'financed_at', type: 'timestamptz', nullable: true })
  financedAt: Date | null;

  @Column({ name: 'financed_by_user_id', type: 'uuid', nullable: true })
  financedByUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'financed_by_user_id', foreignKeyConstraintName: 'feature_requests_financed_by_user_id_fkey' })
  financedByRef?: User;

  @Field(() => String, { nullable: true })
  @Column({ name: 'release_version', type: 'text', nullable: true })
  releaseVersion: string | null;

  @Field(() => String, { nullable: true, description: 'Markdown.' })
  @Column({ name: 'changelog_entry', type: 'text', nullable: true })
  changelogEntry: string | null;

  @Field(() => GraphQLDateTime, { nullable: true })
  @Column({ name: 'released_at', type: 'timestamptz', nullable: true })
  releasedAt: Date | null;

  @Field({ description: 'Built outside the core by a subgroup after a rejection (Civitas variant 2); may re-apply.' })
  @Column({ name: 'developed_outside', type: 'boolean', default: false })
  developedOutside: boolean;

  @Field(() => Int, { description: 'How many member organisations declared interest.' })
  @Column({ name: 'interest_count', type: 'integer', default: 0 })
  interestCount: number;

  @Column({
    type: 'tsvector',
    generatedType: 'STORED',
    asExpression: SEARCH_EXPRESSION,
    select: false,
    insert: false,
    update: false,
    nullable: true,
  })
  search?: string;

  @Column({
    name: 'title_norm',
    type: 'text',
    generatedType: 'STORED',
    asExpression: TITLE_NORM_EXPRESSION,
    select: false,
    insert: false,
    update: false,
    nullable: true,
  })
  titleNorm?: string;

  @Field(() => GraphQLDateTime)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLDateTime)
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
