import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { byId } from '../common/graphql/batch';
import { Partnership } from './partnership.entity';

/** Per-request batching for partnerships (part of the GraphQL context's loaders). */
export interface PartnershipLoaders {
  partnership: DataLoader<string, Partnership | null>;
}

export function partnershipLoaders(dataSource: DataSource): PartnershipLoaders {
  const partnerships = dataSource.getRepository(Partnership);
  return {
    partnership: new DataLoader(async (ids) => byId(ids, await partnerships.findBy({ id: In([...ids]) }))),
  };
}
