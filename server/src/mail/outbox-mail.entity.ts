import { Field, ID, ObjectType } from '@nestjs/graphql';
import { MailAttachment } from './mail-attachment';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { GraphQLDateTime } from '../common/graphql/scalars';

@ObjectType('OutboxMail', {
  description: 'A mail the platform wrote; kept for reading when no SMTP server is configured.',
})
@Entity('outbox_mails')
@Index('outbox_mails_created_at', ['createdAt', 'id'])
export class OutboxMail {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ name: 'to' })
  @Column({ name: 'recipient', type: 'text' })
  recipient: string;

  @Field()
  @Column({ type: 'text' })
  subject: string;

  @Field({ name: 'text' })
  @Column({ type: 'text' })
  body: string;

  @Field(() => [MailAttachment])
  @Column({ type: 'jsonb', default: () => "'[]'" })
  attachments: MailAttachment[];

  @Field(() => GraphQLDateTime)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLDateTime, { nullable: true })
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}
