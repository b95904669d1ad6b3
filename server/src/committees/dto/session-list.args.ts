import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean, IsOptional } from 'class-validator';
import { PageArgs } from '../../common/graphql/pagination';

@ArgsType()
export class SessionListArgs extends PageArgs {
  @Field(() => Boolean, {
    nullable: true,
    description: 'true = planned or running, soonest first; false = past, newest first; left out = all, newest first.',
  })
  @IsOptional()
  @IsBoolean()
  upcoming?: boolean;
}
