import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { registerEnum } from '../common/graphql/register-enum';
import { GraphQLDateTime } from 'graphql-scalars';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { GermanState, OrganisationKind } from './organisation-kind';

registerEnum(OrganisationKind, { name: 'OrganisationKind', description: 'What kind of body an organisation is.' });
registerEnum(GermanState, { name: 'GermanState', description: 'A German Land, by its ISO 3166-2:DE code.' });

@ObjectType('Organisation', { description: 'A municipality, county, state body, provider or association.' })
@Entity('organisations')
export class Organisation {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field(() => OrganisationKind)
  @Column({ type: 'text' })
  kind: OrganisationKind;

  @Field(() => Int, { nullable: true, description: 'Inhabitants.' })
  @Column({ type: 'integer', nullable: true })
  population: number | null;

  @Field(() => String, { nullable: true, description: 'Amtlicher Gemeindeschlüssel (AGS), 8 digits.' })
  @Column({ name: 'official_municipality_key', type: 'text', nullable: true })
  officialMunicipalityKey: string | null;

  @Field(() => GermanState, { nullable: true })
  @Column({ type: 'text', nullable: true })
  state: GermanState | null;

  @Field()
  @Column({ name: 'publicly_owned', type: 'boolean', default: true })
  publiclyOwned: boolean;

  @Field(() => GraphQLDateTime)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLDateTime)
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
