import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { Membership } from '../../memberships/membership.entity';
import { Organisation } from '../../organisations/organisation.entity';
import { Partnership } from '../../partnerships/partnership.entity';
import { PartnershipRole } from '../../people/partnership-role.entity';
import { User } from '../../users/user.entity';
import { Viewer } from '../auth/viewer';

/** Per-request batching: every relation field resolves through one of these, so lists stay N+1-free. */
export interface Loaders {
  organisation: DataLoader<string, Organisation | null>;
  partnership: DataLoader<string, Partnership | null>;
  membershipsByPartnership: DataLoader<string, Membership[]>;
  user: DataLoader<string, User | null>;
  rolesByUser: DataLoader<string, PartnershipRole[]>;
}

export interface GraphQLContext {
  req: unknown;
  res: unknown;
  loaders: Loaders;
  viewer: Viewer | null;
}

function byId<T extends { id: string }>(ids: readonly string[], rows: T[]): (T | null)[] {
  const map = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => map.get(id) ?? null);
}

function groupBy<T>(keys: readonly string[], rows: T[], key: (row: T) => string): T[][] {
  const map = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) map.get(key(row))?.push(row);
  return keys.map((k) => map.get(k) ?? []);
}

@Injectable()
export class LoadersFactory {
  constructor(private readonly dataSource: DataSource) {}

  create(): Loaders {
    const organisations = this.dataSource.getRepository(Organisation);
    const partnerships = this.dataSource.getRepository(Partnership);
    const memberships = this.dataSource.getRepository(Membership);
    const users = this.dataSource.getRepository(User);
    const roles = this.dataSource.getRepository(PartnershipRole);
    return {
      organisation: new DataLoader(async (ids) => byId(ids, await organisations.findBy({ id: In([...ids]) }))),
      partnership: new DataLoader(async (ids) => byId(ids, await partnerships.findBy({ id: In([...ids]) }))),
      membershipsByPartnership: new DataLoader(async (ids) =>
        groupBy(ids, await memberships.find({ where: { partnershipId: In([...ids]) }, order: { joinedOn: 'ASC', id: 'ASC' } }), (m) => m.partnershipId),
      ),
      user: new DataLoader(async (ids) => byId(ids, await users.findBy({ id: In([...ids]) }))),
      rolesByUser: new DataLoader(async (ids) =>
        groupBy(ids, await roles.find({ where: { userId: In([...ids]) }, order: { createdAt: 'ASC', id: 'ASC' } }), (r) => r.userId),
      ),
    };
  }
}
