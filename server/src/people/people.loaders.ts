import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { groupBy } from '../common/graphql/batch';
import { PartnershipRole } from './partnership-role.entity';

/** Per-request batching for people's roles (part of the GraphQL context's loaders). */
export interface PeopleLoaders {
  rolesByUser: DataLoader<string, PartnershipRole[]>;
}

export function peopleLoaders(dataSource: DataSource): PeopleLoaders {
  const roles = dataSource.getRepository(PartnershipRole);
  return {
    rolesByUser: new DataLoader(async (ids) =>
      groupBy(
        ids,
        await roles.find({ where: { userId: In([...ids]) }, order: { createdAt: 'ASC', id: 'ASC' } }),
        (r) => r.userId,
      ),
    ),
  };
}
