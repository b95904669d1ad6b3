import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThanOrEqual, Repository } from 'typeorm';
import { AppError } from '../common/graphql/app-error';
import { decodeCursor, Page, toPage } from '../common/graphql/pagination';
import { ChainedAuditEvent, ChainStatus, checkCheckpoint, Checkpoint, verifyChain } from './audit-chain';
import { AuditCheckpointCheck, AuditCheckpointStatus } from './audit-checkpoint';
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

  /** A kept checkpoint against the chain as it is now: the events up to it are read and verified. */
  async checkCheckpoint(partnershipId: string, given: Checkpoint): Promise<AuditCheckpointCheck> {
    // Copied from paper or a PDF: spaces around it, or capitals, are not a different hash.
    const checkpoint = { sequence: given.sequence, hash: given.hash.trim().toLowerCase() };
    const problems: Record<string, string[]> = {};
    if (!Number.isInteger(checkpoint.sequence) || checkpoint.sequence < 1)
      problems.sequence = [`sequence must be a whole number from 1, got ${checkpoint.sequence}`];
    if (!/^[0-9a-f]{64}$/.test(checkpoint.hash))
      problems.hash = ['hash must be 64 hexadecimal digits (0-9, a-f), as printed with the checkpoint'];
    if (Object.keys(problems).length > 0) throw AppError.badInput(problems);
    const chainKey = chainKeyOf(partnershipId);
    const [rows, newest] = await Promise.all([
      this.events.find({
        where: { chainKey, sequence: LessThanOrEqual(checkpoint.sequence) },
        order: { sequence: 'ASC' },
      }),
      this.events.findOne({ where: { chainKey }, order: { sequence: 'DESC' }, select: { sequence: true } }),
    ]);
    return {
      status: AuditCheckpointStatus[checkCheckpoint(rows.map(toChained), checkpoint)],
      sequence: checkpoint.sequence,
      newestSequence: newest?.sequence ?? 0,
    };
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
