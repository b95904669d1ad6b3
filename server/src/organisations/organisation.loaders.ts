import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { byId } from '../common/graphql/batch';
import { Organisation } from './organisation.entity';

/** Per-request batching for organisations (part of the GraphQL context's loaders). */
export interface OrganisationLoaders {
  organisation: DataLoader<string, Organisation | null>;
}

export function organisationLoaders(dataSource: DataSource): OrganisationLoaders {
  const organisations = dataSource.getRepository(Organisation);
  return {
    organisation: new DataLoader(async (ids) => byId(ids, await organisations.findBy({ id: In([...ids]) }))),
  };
}
