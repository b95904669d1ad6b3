import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { byId, groupBy } from '../common/graphql/batch';
import { Membership } from './membership.entity';

/** Per-request batching for memberships (part of the GraphQL context's loaders). */
export interface MembershipLoaders {
  membershipsByPartnership: DataLoader<string, Membership[]>;
  membership: DataLoader<string, Membership | null>;
}

export function membershipLoaders(dataSource: DataSource): MembershipLoaders {
  const memberships = dataSource.getRepository(Membership);
  return {
    membershipsByPartnership: new DataLoader(async (ids) =>
      groupBy(
        ids,
        await memberships.find({ where: { partnershipId: In([...ids]) }, order: { joinedOn: 'ASC', id: 'ASC' } }),
        (m) => m.partnershipId,
      ),
    ),
    membership: new DataLoader(async (ids) => byId(ids, await memberships.findBy({ id: In([...ids]) }))),
  };
}
