import { Field, Int, ObjectType } from '@nestjs/graphql';
import { registerEnum } from '../common/graphql/register-enum';
import { GraphQLDateTime } from '../common/graphql/scalars';
import { chainKeyOf } from './audit-append';

/*
 * Chain heads for members to keep. The hash chain shows any change to an event it still holds, but not that its
 * newest events were deleted: what is left verifies. A checkpoint printed on a ballot receipt, in session minutes
 * and on a statement is kept outside the database; `auditCheckpointCheck` later says whether the log still holds it.
 */

@ObjectType('AuditCheckpoint', {
  description:
    'The head of the partnership’s audit chain when this was read: the number and hash of its newest event. Keep it: auditCheckpointCheck tells later whether the log still holds that event, so deleting the newest events cannot go unnoticed.',
})
export class AuditCheckpoint {
  @Field(() => Int, { description: 'Sequence number of the newest event.' })
  sequence: number;

  @Field({ description: 'Its SHA-256 hash (64 hexadecimal digits).' })
  hash: string;

  @Field(() => GraphQLDateTime, { description: 'When the checkpoint was read.' })
  takenAt: Date;
}

export enum AuditCheckpointStatus {
  FOUND = 'FOUND',
  MISSING = 'MISSING',
  CHANGED = 'CHANGED',
}
registerEnum(AuditCheckpointStatus, {
  name: 'AuditCheckpointStatus',
  description:
    'FOUND: the log still holds the event, and every event up to it is intact. MISSING: the log ends before it (its newest events were deleted). CHANGED: that event or one before it is not what it was (the log was rewritten, or cut and written on).',
});

@ObjectType('AuditCheckpointCheck', { description: 'A kept checkpoint compared with the audit log as it is now.' })
export class AuditCheckpointCheck {
  @Field(() => AuditCheckpointStatus)
  status: AuditCheckpointStatus;

  @Field(() => Int, { description: 'The checkpoint’s sequence number, as given.' })
  sequence: number;

  @Field(() => Int, { description: 'Sequence number of the newest event in the log now (0: none).' })
  newestSequence: number;
}

interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/** The head of each partnership's chain (null: no event yet), read in one statement: an index lookup per chain. */
export async function readCheckpoints(
  db: Queryable,
  partnershipIds: readonly string[],
): Promise<(AuditCheckpoint | null)[]> {
  const keys = partnershipIds.map((id) => chainKeyOf(id));
  const rows = (await db.query(
    `SELECT k.chain_key, e.sequence, e.hash, clock_timestamp() AS taken_at
     FROM unnest($1::text[]) AS k (chain_key)
     CROSS JOIN LATERAL (SELECT sequence, hash FROM audit_events a
                         WHERE a.chain_key = k.chain_key ORDER BY a.sequence DESC LIMIT 1) e`,
    [keys],
  )) as { chain_key: string; sequence: number; hash: string; taken_at: Date }[];
  const byKey = new Map(rows.map((row) => [row.chain_key, row]));
  return keys.map((key) => {
    const row = byKey.get(key);
    return row ? { sequence: row.sequence, hash: row.hash, takenAt: row.taken_at } : null;
  });
}
