import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { PageArgs } from '../../common/graphql/pagination';
import { Text } from '../../common/graphql/input.decorators';

@ArgsType()
export class OrganisationsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Part of the name; case and accents are ignored.' })
  @IsOptional()
  @Text(200)
  search?: string;
}
