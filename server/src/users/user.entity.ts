import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { registerEnum } from '../common/graphql/register-enum';
import { Language } from './language';
import { GraphQLDateTime } from '../common/graphql/scalars';

registerEnum(Language, { name: 'Language', description: 'Language of the portal and of e-mails.' });

@ObjectType('User', { description: 'A person who signs in.' })
@Entity('users')
// Mirrors migrations/*-PeopleAndSessions.ts.
@Check('users_email_check', `email ~ '^[^@\\s]+@[^@\\s]+$'`)
@Check('users_display_name_check', 'length(btrim(display_name)) > 0')
@Check('users_preferred_language_check', `preferred_language IN ('DE','EN')`)
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'citext', unique: true })
  email: string;

  @Field()
  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  /** argon2id; null until the person sets a password (or signs in only through OpenID Connect). Never exposed. */
  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash: string | null;

  @Field(() => Language)
  @Column({ name: 'preferred_language', type: 'text', default: Language.DE })
  preferredLanguage: Language;

  @Field()
  @Column({ name: 'is_platform_admin', type: 'boolean', default: false })
  isPlatformAdmin: boolean;

  @Field(() => GraphQLDateTime)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
