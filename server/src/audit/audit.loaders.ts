import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { AuditCheckpoint, readCheckpoints } from './audit-checkpoint';

/** Per-request batching for the audit chain (part of the GraphQL context's loaders). */
export interface AuditLoaders {
  /** The head of a partnership's chain, by partnership id: one for every receipt, session or statement of a request. */
  auditCheckpoint: DataLoader<string, AuditCheckpoint | null>;
}

export function auditLoaders(dataSource: DataSource): AuditLoaders {
  return { auditCheckpoint: new DataLoader((ids) => readCheckpoints(dataSource, ids)) };
}
