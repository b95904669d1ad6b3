import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { registerEnum } from '../common/graphql/register-enum';
import { Organisation } from '../organisations/organisation.entity';
import { GermanState, OrganisationKind } from '../organisations/organisation-kind';
import { Partnership } from '../partnerships/partnership.entity';
import { User } from '../users/user.entity';
import { Membership } from '../memberships/membership.entity';
import { Vote } from '../votes/vote.entity';
import { GraphQLDateTime } from '../common/graphql/scalars';

export enum ApplicationStatus {
  SUBMITTED = 'SUBMITTED',
  /** Put to a committee vote; the result decides. */
  IN_VOTE = 'IN_VOTE',
  ADMITTED = 'ADMITTED',
  REJECTED = 'REJECTED',
}
registerEnum(ApplicationStatus, { name: 'ApplicationStatus' });

@ObjectType('MembershipApplication', { description: 'An organisation’s written application to join a partnership.' })
@Entity('membership_applications')
export class MembershipApplication {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @ManyToOne(() => Partnership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'membership_applications_partnership_id_fkey' })
  partnershipRef?: Partnership;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne(() => Organisation)
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'membership_applications_organisation_id_fkey' })
  organisationRef?: Organisation;

  @Field()
  @Column({ name: 'organisation_name', type: 'text' })
  organisationName: string;

  @Field(() => OrganisationKind)
  @Column({ name: 'organisation_kind', type: 'text' })
  organisationKind: OrganisationKind;

  @Field(() => GermanState, { nullable: true })
  @Column({ type: 'text', nullable: true })
  state: GermanState | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'integer', nullable: true })
  population: number | null;

  @Field()
  @Column({ name: 'contact_name', type: 'text' })
  contactName: string;

  /** Personal data: shown only to those who decide on applications. */
  @Column({ name: 'contact_email', type: 'citext' })
  contactEmail: string;

  @Field()
  @Column({ type: 'text' })
  statement: string;

  @Field(() => ApplicationStatus)
  @Column({ type: 'text', default: ApplicationStatus.SUBMITTED })
  status: ApplicationStatus;

  @Column({ name: 'vote_id', type: 'uuid', nullable: true })
  voteId: string | null;

  @ManyToOne(() => Vote, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'vote_id', foreignKeyConstraintName: 'membership_applications_vote_id_fkey' })
  voteRef?: Vote;

  @Column({ name: 'membership_id', type: 'uuid', nullable: true })
  membershipId: string | null;

  @ManyToOne(() => Membership, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'membership_id', foreignKeyConstraintName: 'membership_applications_membership_id_fkey' })
  membershipRef?: Membership;

  @Field(() => GraphQLDateTime, { nullable: true })
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'decided_by_user_id', type: 'uuid', nullable: true })
  decidedByUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'decided_by_user_id',
    foreignKeyConstraintName: 'membership_applications_decided_by_user_id_fkey',
  })
  decidedByRef?: User;

  @Field(() => GraphQLDateTime)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
