import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { SearchPageArgs } from '../../common/graphql/search';
import { VoteStatus } from '../vote-enums';

/** `search`: a part of the vote's title. */
@ArgsType()
export class VoteListArgs extends SearchPageArgs {
  @Field(() => VoteStatus, { nullable: true })
  @IsOptional()
  @IsEnum(VoteStatus, { message: `status must be one of ${Object.values(VoteStatus).join(', ')}` })
  status?: VoteStatus;
}
