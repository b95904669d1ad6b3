import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Partnership } from '../partnerships/partnership.entity';
import { GraphQLDateTime } from '../common/graphql/scalars';

@ObjectType('AuditEvent', { description: 'One entry of a partnership’s append-only, hash-chained audit log.' })
@Entity('audit_events')
// Mirrors migrations/*-AuditEvents.ts (the append-only trigger lives only there).
@Unique('audit_events_chain_sequence_key', ['chainKey', 'sequence'])
@Check('audit_events_sequence_check', 'sequence > 0')
@Check('audit_events_action_check', `action ~ '^[a-z]+(\\.[a-z_]+)+$'`)
@Check('audit_events_previous_hash_check', `previous_hash ~ '^[0-9a-f]{64}$'`)
@Check('audit_events_hash_check', `hash ~ '^[0-9a-f]{64}$'`)
@Check('audit_events_chain_key_check', `chain_key = coalesce(partnership_id::text, 'platform')`)
export class AuditEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'chain_key', type: 'text' })
  chainKey: string;

  @Column({ name: 'partnership_id', type: 'uuid', nullable: true })
  partnershipId: string | null;

  @ManyToOne(() => Partnership)
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'audit_events_partnership_id_fkey' })
  partnershipRef?: Partnership;

  @Field(() => Int, { description: 'Position in the chain: 1, 2, 3 …' })
  @Column({ type: 'integer' })
  sequence: number;

  @Field(() => ID, { nullable: true, description: 'The person who acted; null for the system.' })
  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Field({ description: 'What happened, e.g. "membership.added".' })
  @Column({ type: 'text' })
  action: string;

  @Field()
  @Column({ name: 'subject_type', type: 'text' })
  subjectType: string;

  @Field(() => String, { nullable: true })
  @Column({ name: 'subject_id', type: 'text', nullable: true })
  subjectId: string | null;

  @Field(() => GraphQLJSONObject)
  @Column({ type: 'jsonb', default: () => `'{}'` })
  payload: Record<string, unknown>;

  @Field(() => GraphQLDateTime)
  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Field(() => String, { nullable: true })
  @Column({ name: 'previous_hash', type: 'text', nullable: true })
  previousHash: string | null;

  @Field({ description: 'SHA-256 over the canonical form of this event and the previous hash.' })
  @Column({ type: 'text' })
  hash: string;
}
