import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { byId } from '../common/graphql/batch';
import { User } from './user.entity';

/** Per-request batching for users (part of the GraphQL context's loaders). */
export interface UserLoaders {
  user: DataLoader<string, User | null>;
}

export function userLoaders(dataSource: DataSource): UserLoaders {
  const users = dataSource.getRepository(User);
  return {
    user: new DataLoader(async (ids) => byId(ids, await users.findBy({ id: In([...ids]) }))),
  };
}
