import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Membership } from '../memberships/membership.entity';
import { SeatKind } from './committee-enums';
import { Committee } from './committee.entity';
import { registerEnum } from '../common/graphql/register-enum';
import { GraphQLLocalDate } from '../common/graphql/scalars';

registerEnum(SeatKind, { name: 'SeatKind' });

@ObjectType('CommitteeSeat', { description: "A member organisation's seat in a committee." })
@Entity('committee_seats')
export class CommitteeSeat {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'committee_id', type: 'uuid' })
  committeeId: string;

  @ManyToOne(() => Committee, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'committee_id', foreignKeyConstraintName: 'committee_seats_committee_id_fkey' })
  committeeRef?: Committee;

  @Column({ name: 'membership_id', type: 'uuid' })
  membershipId: string;

  @ManyToOne(() => Membership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'membership_id', foreignKeyConstraintName: 'committee_seats_membership_id_fkey' })
  membershipRef?: Membership;

  @Field(() => SeatKind)
  @Column({ type: 'text' })
  kind: SeatKind;

  @Field()
  @Column({ type: 'boolean', default: false })
  chair: boolean;

  @Field(() => GraphQLLocalDate)
  @Column({ name: 'started_on', type: 'date' })
  startedOn: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Set when the seat ended, e.g. when the member left.' })
  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn: string | null;
}
