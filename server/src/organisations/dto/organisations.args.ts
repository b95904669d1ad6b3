import { ArgsType } from '@nestjs/graphql';
import { SearchPageArgs } from '../../common/graphql/search';

/** `search`: a part of the name. */
@ArgsType()
export class OrganisationsArgs extends SearchPageArgs {}
