import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThanOrEqual, Repository } from 'typeorm';
import { AppError, type FieldErrors } from '../common/graphql/app-error';
import { decodeCursor, Page, toPage } from '../common/graphql/pagination';
import { matchesSearch, searchPattern } from '../common/graphql/search';
import { ChainedAuditEvent, ChainStatus, checkCheckpoint, Checkpoint, verifyChain } from './audit-chain';
import { AuditCheckpointCheck, AuditCheckpointStatus } from './audit-checkpoint';
import { chainKeyOf } from './audit-append';
import { AuditEvent } from './audit-event.entity';
import { msg } from '../common/i18n/messages';

/** What an audit search looks in; the trigram index audit_events_search_trgm is built on exactly this expression. */
export const AUDIT_SEARCH_TEXT = `e.action || ' ' || e.subject_type || ' ' || coalesce(e.subject_id, '') || ' ' || e.payload::text`;

/** Reads and verifies a partnership's chain; writing goes through `appendAuditEvent` (audit-append.ts). */
@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEvent) private readonly events: Repository<AuditEvent>) {}

  /** Newest first; `search`: a part of the action, the subject or the payload (a ballot receipt, a name). */
  async list(partnershipId: string, first: number, after?: string, search?: string): Promise<Page<AuditEvent>> {
    const chainKey = chainKeyOf(partnershipId);
    const query = this.events.createQueryBuilder('e').where('e.chain_key = :chainKey', { chainKey });
    const pattern = searchPattern(search);
    if (pattern) query.andWhere(matchesSearch(AUDIT_SEARCH_TEXT, ':pattern'), { pattern });
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
    const problems: FieldErrors = {};
    if (!Number.isInteger(checkpoint.sequence) || checkpoint.sequence < 1)
      problems.sequence = [msg('misc.sequenceFrom1', { sequence: String(checkpoint.sequence) })];
    if (!/^[0-9a-f]{64}$/.test(checkpoint.hash)) problems.hash = [msg('misc.hashHex')];
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
