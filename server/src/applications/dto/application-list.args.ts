import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { PageArgs } from '../../common/graphql/pagination';
import { ApplicationStatus } from '../membership-application.entity';

@ArgsType()
export class ApplicationListArgs extends PageArgs {
  @Field(() => ApplicationStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ApplicationStatus)
  status?: ApplicationStatus;
}
