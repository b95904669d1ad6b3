import { ArgsType } from '@nestjs/graphql';
import { SearchPageArgs } from '../../common/graphql/search';

/** `search`: a part of the name or of the slug. */
@ArgsType()
export class PartnershipsArgs extends SearchPageArgs {}
