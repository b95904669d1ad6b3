import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { PageArgs } from '../../common/graphql/pagination';
import { Trim } from '../../common/graphql/trim';

@ArgsType()
export class OrganisationsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Part of the name; case and accents are ignored.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200, { message: 'search must be at most 200 characters long' })
  search?: string;
}
