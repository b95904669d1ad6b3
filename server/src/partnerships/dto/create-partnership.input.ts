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
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  @MaxLength(63)
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
  @IsEnum(GovernanceModel)
  governanceModel: GovernanceModel;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsId()
  productOwnerOrganisationId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsId()
  communityManagementOrganisationId?: string | null;

  @Field(() => Int, { nullable: true, defaultValue: 1, description: 'Month the fiscal year starts, 1 = January.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(12)
  fiscalYearStartMonth?: number;

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  publicTransparency?: boolean;
}
