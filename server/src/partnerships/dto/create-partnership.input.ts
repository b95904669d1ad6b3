import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { Trim } from '../../common/graphql/trim';
import { GovernanceModel } from '../governance-model';

@InputType()
export class CreatePartnershipInput {
  @Field({ description: 'Used in addresses: lowercase letters, digits and single dashes, at most 63 characters.' })
  @Trim()
  @IsString()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    message: 'slug may contain only lowercase letters a-z, digits and single dashes between them (e.g. "geoportal-nord"), got "$value"',
  })
  @MaxLength(63, { message: 'slug must be at most 63 characters long' })
  slug: string;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(200, { message: 'name must be at most 200 characters long' })
  name: string;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'productName must not be empty' })
  @MaxLength(200, { message: 'productName must be at most 200 characters long' })
  productName: string;

  @Field({ nullable: true, defaultValue: '' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(5000, { message: 'description must be at most 5000 characters long' })
  description?: string;

  @Field(() => GovernanceModel)
  @IsEnum(GovernanceModel, { message: `governanceModel must be one of ${Object.values(GovernanceModel).join(', ')}` })
  governanceModel: GovernanceModel;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'productOwnerOrganisationId must be an organisation id (UUID)' })
  productOwnerOrganisationId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'communityManagementOrganisationId must be an organisation id (UUID)' })
  communityManagementOrganisationId?: string | null;

  @Field(() => Int, { nullable: true, defaultValue: 1, description: 'Month the fiscal year starts, 1 = January.' })
  @IsOptional()
  @IsInt({ message: 'fiscalYearStartMonth must be a whole number from 1 (January) to 12 (December)' })
  @Min(1, { message: 'fiscalYearStartMonth must be from 1 (January) to 12 (December), got $value' })
  @Max(12, { message: 'fiscalYearStartMonth must be from 1 (January) to 12 (December), got $value' })
  fiscalYearStartMonth?: number;

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  publicTransparency?: boolean;
}
