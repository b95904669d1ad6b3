import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { sqlList } from '../common/database/sql-list';
import { Organisation } from '../organisations/organisation.entity';
import { Partnership } from '../partnerships/partnership.entity';
import { Role } from '../common/auth/permissions';
import { User } from '../users/user.entity';
import { GraphQLDateTime } from '../common/graphql/scalars';

@ObjectType('Invitation', {
  description: 'A single-use invitation to take a role in a partnership, bound to one e-mail address.',
})
@Entity('invitations')
// Mirrors migrations/*-PeopleAndSessions.ts.
@Check('invitations_role_check', `role IN (${sqlList(Role)})`)
@Check('invitations_check', `(role = 'REPRESENTATIVE') = (organisation_id IS NOT NULL)`)
@Index('invitations_partnership_id', ['partnershipId'])
export class Invitation {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'token_hash', type: 'text', unique: true })
  tokenHash: string;

  @Field()
  @Column({ type: 'citext' })
  email: string;

  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @ManyToOne(() => Partnership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'invitations_partnership_id_fkey' })
  partnershipRef?: Partnership;

  @Field(() => Role)
  @Column({ type: 'text' })
  role: Role;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne(() => Organisation)
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'invitations_organisation_id_fkey' })
  organisationRef?: Organisation;

  @Column({ name: 'invited_by_user_id', type: 'uuid', nullable: true })
  invitedByUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'invited_by_user_id', foreignKeyConstraintName: 'invitations_invited_by_user_id_fkey' })
  invitedByRef?: User;

  @Field(() => GraphQLDateTime)
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Field(() => GraphQLDateTime, { nullable: true })
  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Field(() => GraphQLDateTime)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
