import { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AuditAction } from './audit-actions';
import { AuditEventContent, chain, ChainedAuditEvent } from './audit-chain';
import { AuditEvent } from './audit-event.entity';

/*
 * The one way to write the audit log: every domain appends inside its own transaction through these two functions
 * (services, jobs and the demo seed alike). AuditService only reads and verifies.
 */

/** What a caller records; the service numbers, times and chains it. Only actions of the list (audit-actions.ts). */
export type AuditEntry = Omit<AuditEventContent, 'sequence' | 'occurredAt' | 'action'> & { action: AuditAction };

export const chainKeyOf = (partnershipId: string | null) => partnershipId ?? 'platform';

/**
 * Appends to the partnership's chain inside the caller's transaction, so the event is written
 * exactly when the change it records is. A transaction-scoped advisory lock per chain serialises
 * writers, also across several app instances.
 */
export async function appendAuditEvent(manager: EntityManager, entry: AuditEntry): Promise<AuditEvent> {
  const chainKey = chainKeyOf(entry.partnershipId);
  const previous = await lockChain(manager, chainKey);
  const content: AuditEventContent = {
    ...entry,
    sequence: (previous?.sequence ?? 0) + 1,
    occurredAt: new Date().toISOString(),
  };
  const chained = chain(content, previous ? { sequence: previous.sequence, hash: previous.hash } : null);
  return manager.save(
    AuditEvent,
    manager.create(AuditEvent, { ...chained, chainKey, occurredAt: new Date(chained.occurredAt) }),
  );
}

/**
 * Appends many events, in their order, as appendAuditEvent would one by one (same sequences and
 * hashes), but with each chain locked and its last event read once and one INSERT per chain: for
 * batches such as the ballots of a large vote, where the per-event round trips cost more than the rest.
 */
export async function appendAuditEvents(manager: EntityManager, entries: readonly AuditEntry[]): Promise<void> {
  const byChain = new Map<string, AuditEntry[]>();
  for (const entry of entries) {
    const chainKey = chainKeyOf(entry.partnershipId);
    const list = byChain.get(chainKey);
    if (list) list.push(entry);
    else byChain.set(chainKey, [entry]);
  }
  // Chains locked in a fixed order, so two batches never wait for each other in a circle.
  for (const chainKey of [...byChain.keys()].sort()) {
    let previous: Pick<ChainedAuditEvent, 'sequence' | 'hash'> | null = await lockChain(manager, chainKey);
    const rows: AuditEvent[] = [];
    for (const entry of byChain.get(chainKey) ?? []) {
      const content: AuditEventContent = {
        ...entry,
        sequence: (previous?.sequence ?? 0) + 1,
        occurredAt: new Date().toISOString(),
      };
      const chained = chain(content, previous);
      rows.push(manager.create(AuditEvent, { ...chained, chainKey, occurredAt: new Date(chained.occurredAt) }));
      previous = chained;
    }
    // The payload is a JSON object, which TypeORM's partial-entity type cannot tell from a relation.
    await manager.insert(AuditEvent, rows as QueryDeepPartialEntity<AuditEvent>[]);
  }
}

/** Takes the chain's lock (until the transaction ends) and returns its last event. */
async function lockChain(manager: EntityManager, chainKey: string): Promise<AuditEvent | null> {
  await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`audit:${chainKey}`]);
  return manager.findOne(AuditEvent, { where: { chainKey }, order: { sequence: 'DESC' } });
}
