import type DataLoader from 'dataloader';
import type { ViewerRoles } from '../auth/permissions';

/**
 * What common/ reads of the GraphQL context, naming no domain. The composition root's `GraphQLContext`
 * (`server/src/loaders.ts`) extends it with every domain's loaders and the full viewer.
 */
export interface BaseGraphQLContext {
  req: unknown;
  res: unknown;
  viewer: ViewerRoles | null;
  /** The access guard reads a partnership's transparency through the request's loader. */
  loaders: { partnership: DataLoader<string, { publicTransparency: boolean } | null> };
}
