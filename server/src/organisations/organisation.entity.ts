import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { registerEnum } from '../common/graphql/register-enum';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { sqlList } from '../common/database/sql-list';
import { GermanState, OrganisationKind } from './organisation-kind';
import { GraphQLDateTime } from '../common/graphql/scalars';

registerEnum(OrganisationKind, { name: 'OrganisationKind', description: 'What kind of body an organisation is.' });
registerEnum(GermanState, { name: 'GermanState', description: 'A German Land, by its ISO 3166-2:DE code.' });

@ObjectType('Organisation', { description: 'A municipality, county, state body, provider or association.' })
@Entity('organisations')
// Mirrors migrations/*-Init.ts, so that `npm run db:migration:generate` only proposes real changes.
@Check('organisations_name_check', 'length(btrim(name)) > 0')
@Check('organisations_kind_check', `kind IN (${sqlList(OrganisationKind)})`)
@Check('organisations_population_check', 'population >= 0')
@Check('organisations_official_municipality_key_check', `official_municipality_key ~ '^[0-9]{8}$'`)
@Check('organisations_state_check', `state IN (${sqlList(GermanState)})`)
@Index('organisations_official_municipality_key_key', ['officialMunicipalityKey'], {
  unique: true,
  where: 'official_municipality_key IS NOT NULL',
})
@Index('organisations_name_id', ['name', 'id'])
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
