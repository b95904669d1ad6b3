import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { Trim } from '../../common/graphql/trim';
import { IsId, NonEmptyText, Text } from '../../common/graphql/input.decorators';
import { GovernanceModel } from '../governance-model';

@InputType()
export class CreatePartnershipInput {
  @Field({ description: 'Used in addresses: lowercase letters, digits and single dashes, at most 63 characters.' })
  @Trim()
  @IsString()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    message:
      'slug may contain only lowercase letters a-z, digits and single dashes between them (e.g. "geoportal-nord"), got "$value"',
  })
  @MaxLength(63, { message: 'slug must be at most 63 characters long' })
  slug: string;

  @Field()
  @NonEmptyText(200)
  name: string;

  @Field()
  @NonEmptyText(200)
  productName: string;

  @Field({ nullable: true, defaultValue: '' })
  @IsOptional()
  @Text(5000)
  description?: string;

  @Field(() => GovernanceModel)
  @IsEnum(GovernanceModel, { message: `governanceModel must be one of ${Object.values(GovernanceModel).join(', ')}` })
  governanceModel: GovernanceModel;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsId('an organisation')
  productOwnerOrganisationId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsId('an organisation')
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
