import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Partnership } from '../partnerships/partnership.entity';
import { GraphQLDateTime } from '../common/graphql/scalars';

@ObjectType('Decision', {
  description:
    'A question that needs the votes of several committees (DIPAS: both commissions); accepted only when every vote is.',
})
@Entity('decisions')
export class Decision {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @ManyToOne(() => Partnership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'decisions_partnership_id_fkey' })
  partnershipRef?: Partnership;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field(() => GraphQLDateTime)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
