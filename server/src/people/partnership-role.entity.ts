import { Field, ID, ObjectType } from '@nestjs/graphql';
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
} from 'typeorm';
import { sqlList } from '../common/database/sql-list';
import { registerEnum } from '../common/graphql/register-enum';
import { Organisation } from '../organisations/organisation.entity';
import { Partnership } from '../partnerships/partnership.entity';
import { Permission, Role } from '../common/auth/permissions';
import { User } from '../users/user.entity';
import { GraphQLDateTime } from '../common/graphql/scalars';

registerEnum(Role, { name: 'Role', description: 'A role a person holds in a partnership.' });
registerEnum(Permission, {
  name: 'Permission',
  description: 'Something a role allows in a partnership (see docs/permissions.md).',
});

@ObjectType('PartnershipRole', {
  description: 'A role a person holds in a partnership; representatives act for one member organisation.',
})
@Entity('partnership_roles')
// Mirrors migrations/*-PeopleAndSessions.ts.
@Check('partnership_roles_role_check', `role IN (${sqlList(Role)})`)
@Check('partnership_roles_check', `(role = 'REPRESENTATIVE') = (organisation_id IS NOT NULL)`)
@Unique('partnership_roles_key', ['partnershipId', 'userId', 'role', 'organisationId'])
@Index('partnership_roles_user_id', ['userId'])
export class PartnershipRole {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @ManyToOne(() => Partnership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'partnership_roles_partnership_id_fkey' })
  partnershipRef?: Partnership;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'partnership_roles_user_id_fkey' })
  userRef?: User;

  @Field(() => Role)
  @Column({ type: 'text' })
  role: Role;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne(() => Organisation)
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'partnership_roles_organisation_id_fkey' })
  organisationRef?: Organisation;

  @Field(() => GraphQLDateTime)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
