import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { RulePreset } from '../votes/vote-enums';
import type { VoteSubjectType } from '../votes/vote-enums';
import { AgendaItemKind } from './committee-enums';
import { CommitteeSession } from './committee-session.entity';
import { registerEnum } from '../common/graphql/register-enum';

registerEnum(AgendaItemKind, { name: 'AgendaItemKind' });

@ObjectType('AgendaItem')
@Entity('agenda_items')
export class AgendaItem {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => CommitteeSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'agenda_items_session_id_fkey' })
  sessionRef?: CommitteeSession;

  @Field(() => Int, { description: '1, 2, 3 … in the order of the agenda.' })
  @Column({ type: 'integer' })
  position: number;

  @Field(() => AgendaItemKind)
  @Column({ type: 'text' })
  kind: AgendaItemKind;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field()
  @Column({ type: 'text', default: '' })
  description: string;

  @Field({ description: 'What was said and decided on this item.' })
  @Column({ type: 'text', default: '' })
  minutes: string;

  @Field({
    description:
      'False for a non-public item (nichtöffentlich): it, its minutes and its votes are shown only to the partnership’s members.',
  })
  @Column({ type: 'boolean' })
  public: boolean;

  /** What the vote on this item decides (e.g. a feature request); copied onto the vote when it opens. */
  @Column({ name: 'subject_type', type: 'text', nullable: true })
  subjectType: VoteSubjectType | null;

  @Column({ name: 'subject_id', type: 'uuid', nullable: true })
  subjectId: string | null;

  /** The rule the subject's process prescribes; the vote uses it unless the chair chooses another. */
  @Column({ name: 'rule_preset', type: 'text', nullable: true })
  rulePreset: RulePreset | null;
}
