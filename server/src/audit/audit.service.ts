import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { decodeCursor, Page, toPage } from '../common/graphql/pagination';
import { AuditEventContent, chain, ChainedAuditEvent, ChainStatus, verifyChain } from './audit-chain';
import { AuditEvent } from './audit-event.entity';

/** What a caller records; the service numbers, times and chains it. */
export type AuditEntry = Omit<AuditEventContent, 'sequence' | 'occurredAt'>;

const chainKeyOf = (partnershipId: string | null) => partnershipId ?? 'platform';

/**
 * Appends to the partnership's chain inside the caller's transaction, so the event is written
 * exactly when the change it records is. A transaction-scoped advisory lock per chain serialises
 * writers, also across several app instances. Used by the service and by the demo seed.
 */
export async function appendAuditEvent(manager: EntityManager, entry: AuditEntry): Promise<AuditEvent> {
  const chainKey = chainKeyOf(entry.partnershipId);
  const previous = await lockChain(manager, chainKey);
  const content: AuditEventContent = { ...entry, sequence: (previous?.sequence ?? 0) + 1, occurredAt: new Date().toISOString() };
  const chained = chain(content, previous ? { sequence: previous.sequence, hash: previous.hash } : null);
  return manager.save(AuditEvent, manager.create(AuditEvent, { ...chained, chainKey, occurredAt: new Date(chained.occurredAt) }));
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
      const content: AuditEventContent = { ...entry, sequence: (previous?.sequence ?? 0) + 1, occurredAt: new Date().toISOString() };
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

@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEvent) private readonly events: Repository<AuditEvent>) {}

  /** Appends to the partnership's chain inside the caller's transaction (see appendAuditEvent). */
  record(manager: EntityManager, entry: AuditEntry): Promise<AuditEvent> {
    return appendAuditEvent(manager, entry);
  }

  /** Newest first. */
  async list(partnershipId: string, first: number, after?: string): Promise<Page<AuditEvent>> {
    const chainKey = chainKeyOf(partnershipId);
    const query = this.events.createQueryBuilder('e').where('e.chain_key = :chainKey', { chainKey });
    const totalCount = await query.clone().getCount();
    if (after) query.andWhere('e.sequence < :sequence', { sequence: Number(decodeCursor(after)[0]) });
    const rows = await query.orderBy('e.sequence', 'DESC').take(first + 1).getMany();
    return toPage(rows, first, totalCount, (e) => String(e.sequence));
  }

  async verify(partnershipId: string): Promise<ChainStatus> {
    const rows = await this.events.find({ where: { chainKey: chainKeyOf(partnershipId) }, order: { sequence: 'ASC' } });
    return verifyChain(rows.map(toChained));
  }
}

function toChained(row: AuditEvent): ChainedAuditEvent {
  return {
    sequence: row.sequence,
    partnershipId: row.partnershipId,
    actorUserId: row.actorUserId,
    action: row.action,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    payload: row.payload,
    occurredAt: row.occurredAt.toISOString(),
    previousHash: row.previousHash,
    hash: row.hash,
  };
}
