import { ArgsType } from '@nestjs/graphql';
import { PageArgs } from '../../common/graphql/pagination';

@ArgsType()
export class PartnershipsArgs extends PageArgs {}
