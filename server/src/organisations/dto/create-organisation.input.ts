import { Field, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { Trim } from '../../common/graphql/trim';
import { NonEmptyText } from '../../common/graphql/input.decorators';
import { GermanState, OrganisationKind } from '../organisation-kind';

@InputType()
export class CreateOrganisationInput {
  @Field()
  @NonEmptyText(200)
  name: string;

  @Field(() => OrganisationKind)
  @IsEnum(OrganisationKind)
  kind: OrganisationKind;

  @Field(() => Int, { nullable: true, description: 'Inhabitants, 0 to 100,000,000.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  population?: number | null;

  @Field(() => String, { nullable: true, description: 'Amtlicher Gemeindeschlüssel, exactly 8 digits.' })
  @IsOptional()
  @Trim()
  @Matches(/^[0-9]{8}$/)
  officialMunicipalityKey?: string | null;

  @Field(() => GermanState, { nullable: true })
  @IsOptional()
  @IsEnum(GermanState)
  state?: GermanState | null;

  @Field({ nullable: true, defaultValue: true })
  @IsOptional()
  @IsBoolean()
  publiclyOwned?: boolean;
}
