import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

/** What an audit event says, before it is chained. */
export interface AuditEventContent {
  /** Position in its partnership's chain, 1, 2, 3 … (the platform chain has no partnership). */
  sequence: number;
  partnershipId: string | null;
  actorUserId: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  payload: Record<string, unknown>;
  /** ISO 8601 instant, with milliseconds, in UTC. */
  occurredAt: string;
}

export interface ChainedAuditEvent extends AuditEventContent {
  /** The hash of the event before it in the same chain; null for the first. */
  previousHash: string | null;
  hash: string;
}

export type ChainStatus =
  | { valid: true; length: number; lastHash: string | null }
  | { valid: false; length: number; brokenAt: number; reason: string };

/**
 * SHA-256 over the RFC 8785 canonical JSON of the event and its predecessor's hash: any change
 * to a stored field, or to the order, changes the hash.
 */
export function hashEvent(event: AuditEventContent, previousHash: string | null): string {
  const canonical = canonicalize({
    sequence: event.sequence,
    partnershipId: event.partnershipId,
    actorUserId: event.actorUserId,
    action: event.action,
    subjectType: event.subjectType,
    subjectId: event.subjectId,
    payload: event.payload,
    occurredAt: event.occurredAt,
    previousHash,
  });
  if (canonical === undefined) throw new Error('audit event cannot be serialised');
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

export function chain(
  event: AuditEventContent,
  previous: Pick<ChainedAuditEvent, 'hash' | 'sequence'> | null,
): ChainedAuditEvent {
  const expected = (previous?.sequence ?? 0) + 1;
  if (event.sequence !== expected) throw new Error(`audit event sequence must be ${expected}, got ${event.sequence}`);
  const previousHash = previous?.hash ?? null;
  return { ...event, previousHash, hash: hashEvent(event, previousHash) };
}

/**
 * Checks one chain, given in sequence order: every event's stored hash matches its content, it
 * points at the event before it, and no event is missing. Names the first event that breaks it.
 */
export function verifyChain(events: readonly ChainedAuditEvent[]): ChainStatus {
  let previous: ChainedAuditEvent | null = null;
  for (const event of events) {
    const expectedSequence = (previous?.sequence ?? 0) + 1;
    const broken = (reason: string): ChainStatus => ({
      valid: false,
      length: events.length,
      brokenAt: event.sequence,
      reason,
    });
    if (event.sequence !== expectedSequence) {
      return broken(
        `event ${event.sequence} follows event ${previous?.sequence ?? 0}: event ${expectedSequence} is missing`,
      );
    }
    if (event.previousHash !== (previous?.hash ?? null)) {
      return broken(`event ${event.sequence} does not point at the hash of event ${previous?.sequence ?? 'none'}`);
    }
    if (hashEvent(event, event.previousHash) !== event.hash) {
      return broken(`event ${event.sequence} was changed after it was written: its content no longer matches its hash`);
    }
    previous = event;
  }
  return { valid: true, length: events.length, lastHash: previous?.hash ?? null };
}

/** The head of a chain as a member kept it: its newest event's sequence number and hash at that moment. */
export interface Checkpoint {
  sequence: number;
  hash: string;
}

/**
 * FOUND: the chain still holds the checkpoint's event, and every event up to it is intact. MISSING: the chain ends
 * before it: events were deleted from its end. CHANGED: that event has another hash, or one before it was altered
 * or removed: the chain was rewritten (or cut and written on).
 */
export type CheckpointStatus = 'FOUND' | 'MISSING' | 'CHANGED';

/**
 * Checks a checkpoint against a chain as it is now, given in sequence order from its first event (events after the
 * checkpoint's are ignored). A chain that verifies on its own may still have lost its newest events; only a head
 * kept outside the database shows that.
 */
export function checkCheckpoint(events: readonly ChainedAuditEvent[], checkpoint: Checkpoint): CheckpointStatus {
  const upTo = events.filter((event) => event.sequence <= checkpoint.sequence);
  if (!verifyChain(upTo).valid) return 'CHANGED';
  const last = upTo[upTo.length - 1];
  if (!last || last.sequence < checkpoint.sequence) return 'MISSING';
  return last.hash === checkpoint.hash ? 'FOUND' : 'CHANGED';
}
