import { byId, groupBy } from '../common/graphql/batch';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import {
  InterestDeclaration,
  PartnershipWorkflow,
  RequestComment,
  RequestTransition,
} from './feature-request-records.entities';
import { FeatureRequest } from './feature-request.entity';
import { DEFAULT_TEMPLATE } from './request-workflows.service';
import { workflowTemplates } from './workflow-templates';
import type { Workflow } from './workflow.types';

/** Per-request batching for feature requests' relation fields (part of the GraphQL context's loaders). */
export interface RequestLoaders {
  request: DataLoader<string, FeatureRequest | null>;
  workflow: DataLoader<string, Workflow>;
  interestByRequest: DataLoader<string, InterestDeclaration[]>;
  timelineByRequest: DataLoader<string, RequestTransition[]>;
  commentsByRequest: DataLoader<string, RequestComment[]>;
  /** Key: `${requestId}:${userId}`. */
  subscribed: DataLoader<string, boolean>;
}

export function requestLoaders(dataSource: DataSource): RequestLoaders {
  return {
    request: new DataLoader(async (ids) =>
      byId(ids, await dataSource.getRepository(FeatureRequest).findBy({ id: In([...ids]) })),
    ),
    workflow: new DataLoader(async (ids) => {
      const rows = await dataSource.getRepository(PartnershipWorkflow).findBy({ partnershipId: In([...ids]) });
      const map = new Map(rows.map((r) => [r.partnershipId, r.definition]));
      return ids.map((id) => map.get(id) ?? workflowTemplates[DEFAULT_TEMPLATE]);
    }),
    interestByRequest: new DataLoader(async (ids) =>
      groupBy(
        ids,
        await dataSource
          .getRepository(InterestDeclaration)
          .find({ where: { requestId: In([...ids]) }, order: { declaredAt: 'ASC', id: 'ASC' } }),
        (d) => d.requestId,
      ),
    ),
    timelineByRequest: new DataLoader(async (ids) =>
      groupBy(
        ids,
        await dataSource
          .getRepository(RequestTransition)
          .find({ where: { requestId: In([...ids]) }, order: { at: 'ASC', id: 'ASC' } }),
        (t) => t.requestId,
      ),
    ),
    commentsByRequest: new DataLoader(async (ids) =>
      groupBy(
        ids,
        await dataSource
          .getRepository(RequestComment)
          .find({ where: { requestId: In([...ids]) }, order: { createdAt: 'ASC', id: 'ASC' } }),
        (c) => c.requestId,
      ),
    ),
    subscribed: new DataLoader(async (keys) => {
      const pairs = keys.map((k) => k.split(':'));
      const rows: { key: string }[] = await dataSource.query(
        `SELECT s.request_id || ':' || s.user_id AS key FROM feature_request_subscriptions s
         JOIN unnest($1::uuid[], $2::uuid[]) AS k(request_id, user_id) ON k.request_id = s.request_id AND k.user_id = s.user_id`,
        [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
      );
      const found = new Set(rows.map((r) => r.key));
      return keys.map((k) => found.has(k));
    }),
  };
}
