import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { DataSource, EntityTarget } from 'typeorm';
import type { BaseGraphQLContext } from '../graphql/context';
import { Permission, PlatformPermission, ViewerRoles } from './permissions';

export const ACCESS_RULE = 'allmende:access-rule';

/** Finds the partnership an operation acts on, from its arguments or its parent object. */
export type PartnershipLocator = (input: {
  args: Record<string, unknown>;
  parent: unknown;
  dataSource: DataSource;
}) => Promise<string | null>;

export type AccessRule =
  | { kind: 'public' }
  | { kind: 'signed-in' }
  | { kind: 'platform'; permission: PlatformPermission }
  | { kind: 'anywhere'; permission: Permission }
  | { kind: 'partnership'; permission: Permission; locate: PartnershipLocator }
  | { kind: 'readable'; locate: PartnershipLocator; membersOnly?: MembersOnlyCheck };

/**
 * Whether the record an operation reads is for the partnership's members only, even where the partnership's
 * records are public (a vote on a non-public agenda item). Same input as a locator.
 */
export type MembersOnlyCheck = (input: Parameters<PartnershipLocator>[0]) => Promise<boolean>;

/** Anyone, signed in or not. The resolver or service still decides what it shows (e.g. only public partnerships). */
export const Public = () => SetMetadata(ACCESS_RULE, { kind: 'public' } satisfies AccessRule);
/** Any signed-in person. */
export const SignedIn = () => SetMetadata(ACCESS_RULE, { kind: 'signed-in' } satisfies AccessRule);
/** Platform admins only. */
export const PlatformOnly = (permission: PlatformPermission) =>
  SetMetadata(ACCESS_RULE, { kind: 'platform', permission } satisfies AccessRule);
/** Whoever holds the permission in at least one partnership. */
export const RequireAnywhere = (permission: Permission) =>
  SetMetadata(ACCESS_RULE, { kind: 'anywhere', permission } satisfies AccessRule);
/** Whoever holds the permission in the partnership the locator finds. */
export const RequirePermission = (permission: Permission, locate: PartnershipLocator) =>
  SetMetadata(ACCESS_RULE, { kind: 'partnership', permission, locate } satisfies AccessRule);

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function at(args: Record<string, unknown>, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined),
      args,
    );
}

/**
 * Reading a partnership's records (committees, sessions, votes and results): anyone when the partnership's
 * transparency pages are public and `membersOnly` (if given) says the record is not for members only,
 * otherwise whoever holds PARTNERSHIP_READ there.
 */
export const RequireReadable = (locate: PartnershipLocator, membersOnly?: MembersOnlyCheck) =>
  SetMetadata(ACCESS_RULE, { kind: 'readable', locate, membersOnly } satisfies AccessRule);

/** The partnership is the parent object (a field of Partnership). */
export const parentPartnership: PartnershipLocator = async ({ parent }) => (parent as { id: string }).id;

/** The partnership id is an argument, e.g. `input.partnershipId`. */
export const partnershipArg =
  (path: string): PartnershipLocator =>
  async ({ args }) => {
    const id = at(args, path);
    return typeof id === 'string' && uuid.test(id) ? id : null;
  };

/** The argument is the id of a record that belongs to a partnership (membership, role, invitation …). */
export const partnershipOf =
  (entity: EntityTarget<{ id: string; partnershipId: string }>, path: string): PartnershipLocator =>
  async ({ args, dataSource }) => {
    const id = at(args, path);
    if (typeof id !== 'string' || !uuid.test(id)) return null;
    // Plain SQL built from the entity's metadata: this runs before every such operation, and building
    // the query with TypeORM's query builder cost several times what running it did.
    const metadata = dataSource.getMetadata(entity);
    const quote = (name: string) => dataSource.driver.escape(name);
    const primary = metadata.primaryColumns[0].databaseName;
    const column = metadata.findColumnWithPropertyName('partnershipId')?.databaseName ?? 'partnership_id';
    const [row] = await dataSource.query(
      `SELECT ${quote(column)} AS partnership_id FROM ${quote(metadata.tableName)} WHERE ${quote(primary)} = $1`,
      [id],
    );
    return (row?.partnership_id as string | undefined) ?? null;
  };

/** The signed-in person, or null. */
export const CurrentViewer = createParamDecorator((_data: unknown, context: ExecutionContext): ViewerRoles | null => {
  return GqlExecutionContext.create(context).getContext<BaseGraphQLContext>().viewer ?? null;
});

/** The argument is the id of a record that is for members only when one SQL with $1 = the id returns a row. */
export const membersOnlyBySql =
  (path: string, sql: string): MembersOnlyCheck =>
  async ({ args, dataSource }) => {
    const id = at(args, path);
    if (typeof id !== 'string' || !uuid.test(id)) return false;
    const rows: unknown[] = await dataSource.query(sql, [id]);
    return rows.length > 0;
  };

/** The argument is the id of a record that reaches its partnership through others (one SQL with $1 = the id). */
export const partnershipBySql =
  (path: string, sql: string): PartnershipLocator =>
  async ({ args, dataSource }) => {
    const id = at(args, path);
    if (typeof id !== 'string' || !uuid.test(id)) return null;
    const [row] = await dataSource.query(sql, [id]);
    return (row?.partnership_id as string | undefined) ?? null;
  };
