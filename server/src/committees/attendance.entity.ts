import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Membership } from '../memberships/membership.entity';
import { CommitteeSession } from './committee-session.entity';

@ObjectType('Attendance', {
  description: 'Whether a seat holder is present; an absent member may give its vote to a present one (proxy).',
})
@Entity('attendances')
export class Attendance {
  @PrimaryColumn({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => CommitteeSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'attendances_session_id_fkey' })
  sessionRef?: CommitteeSession;

  @PrimaryColumn({ name: 'membership_id', type: 'uuid' })
  membershipId: string;

  @ManyToOne(() => Membership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'membership_id', foreignKeyConstraintName: 'attendances_membership_id_fkey' })
  membershipRef?: Membership;

  @Field()
  @Column({ type: 'boolean' })
  present: boolean;

  @Column({ name: 'proxy_membership_id', type: 'uuid', nullable: true })
  proxyMembershipId: string | null;

  @ManyToOne(() => Membership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proxy_membership_id', foreignKeyConstraintName: 'attendances_proxy_membership_id_fkey' })
  proxyRef?: Membership;
}
