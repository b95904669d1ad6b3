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
  @IsEnum(OrganisationKind, { message: `kind must be one of ${Object.values(OrganisationKind).join(', ')}` })
  kind: OrganisationKind;

  @Field(() => Int, { nullable: true, description: 'Inhabitants, 0 to 100,000,000.' })
  @IsOptional()
  @IsInt({ message: 'population must be a whole number' })
  @Min(0, { message: 'population must not be negative, got $value' })
  @Max(100_000_000, { message: 'population must be at most 100000000, got $value' })
  population?: number | null;

  @Field(() => String, { nullable: true, description: 'Amtlicher Gemeindeschlüssel, exactly 8 digits.' })
  @IsOptional()
  @Trim()
  @Matches(/^[0-9]{8}$/, {
    message: 'officialMunicipalityKey must be exactly 8 digits (Amtlicher Gemeindeschlüssel), got "$value"',
  })
  officialMunicipalityKey?: string | null;

  @Field(() => GermanState, { nullable: true })
  @IsOptional()
  @IsEnum(GermanState, { message: `state must be one of ${Object.values(GermanState).join(', ')}` })
  state?: GermanState | null;

  @Field({ nullable: true, defaultValue: true })
  @IsOptional()
  @IsBoolean()
  publiclyOwned?: boolean;
}
