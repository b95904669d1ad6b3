import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { decodeCursor, Page, toPage } from '../common/graphql/pagination';
import { ChainedAuditEvent, ChainStatus, verifyChain } from './audit-chain';
import { chainKeyOf } from './audit-append';
import { AuditEvent } from './audit-event.entity';

/** Reads and verifies a partnership's chain; writing goes through `appendAuditEvent` (audit-append.ts). */
@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEvent) private readonly events: Repository<AuditEvent>) {}

  /** Newest first. */
  async list(partnershipId: string, first: number, after?: string): Promise<Page<AuditEvent>> {
    const chainKey = chainKeyOf(partnershipId);
    const query = this.events.createQueryBuilder('e').where('e.chain_key = :chainKey', { chainKey });
    const totalCount = await query.clone().getCount();
    if (after) query.andWhere('e.sequence < :sequence', { sequence: Number(decodeCursor(after)[0]) });
    const rows = await query
      .orderBy('e.sequence', 'DESC')
      .take(first + 1)
      .getMany();
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
