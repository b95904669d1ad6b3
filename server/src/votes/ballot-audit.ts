import { EntityManager } from 'typeorm';
import { appendAuditEvent, appendAuditEvents } from '../audit/audit-append';

const BATCH = 500;

/**
 * Writes ballots that are not yet in the audit chain, oldest first, and marks them. Casting does not
 * take the chain's lock (that would queue every ballot behind every other); this runs in batches from
 * the ballot audit job, and for one vote inside its closing transaction, so a result never precedes
 * its ballots in the chain. Rows locked by a concurrent run are skipped (SKIP LOCKED), unless a vote is
 * closing, which waits for them. Returns how many events it wrote.
 */
export async function auditPendingBallots(manager: EntityManager, voteId?: string): Promise<number> {
  const lock = voteId ? 'FOR UPDATE OF b' : 'FOR UPDATE OF b SKIP LOCKED';
  const ballots: {
    id: string;
    vote_id: string;
    partnership_id: string;
    organisation_id: string;
    choice: string;
    receipt: string;
    by_proxy: boolean;
    changed: boolean;
    cast_by_user_id: string | null;
  }[] = await manager.query(
    `SELECT b.id, b.vote_id, v.partnership_id, m.organisation_id, b.choice, b.receipt, b.by_proxy, b.changed_at IS NOT NULL AS changed, b.cast_by_user_id
     FROM ballots b JOIN votes v ON v.id = b.vote_id JOIN memberships m ON m.id = b.membership_id
     WHERE NOT b.audited ${voteId ? 'AND b.vote_id = $1' : ''}
     ORDER BY b.revision LIMIT ${BATCH} ${lock}`,
    voteId ? [voteId] : [],
  );
  // One lock, one read of the chain's end and one INSERT per batch: per ballot, those round trips cost
  // more than the cast itself.
  await appendAuditEvents(
    manager,
    ballots.map((b) => ({
      partnershipId: b.partnership_id,
      actorUserId: b.cast_by_user_id,
      action: b.changed ? 'ballot.changed' : 'ballot.cast',
      subjectType: 'Vote',
      subjectId: b.vote_id,
      payload: {
        voteId: b.vote_id,
        organisationId: b.organisation_id,
        choice: b.choice,
        receipt: b.receipt,
        byProxy: b.by_proxy,
      },
    })),
  );
  if (ballots.length > 0)
    await manager.query('UPDATE ballots SET audited = true WHERE id = ANY($1)', [ballots.map((b) => b.id)]);

  // Secret votes: only that a member took part; the receipts follow, sorted, when the vote closes.
  const participations: { vote_id: string; membership_id: string; partnership_id: string; organisation_id: string }[] =
    await manager.query(
      `SELECT p.vote_id, p.membership_id, v.partnership_id, m.organisation_id
     FROM secret_participations p JOIN votes v ON v.id = p.vote_id JOIN memberships m ON m.id = p.membership_id
     WHERE NOT p.audited ${voteId ? 'AND p.vote_id = $1' : ''}
     ORDER BY p.vote_id, p.membership_id LIMIT ${BATCH} ${voteId ? 'FOR UPDATE OF p' : 'FOR UPDATE OF p SKIP LOCKED'}`,
      voteId ? [voteId] : [],
    );
  await appendAuditEvents(
    manager,
    participations.map((p) => ({
      partnershipId: p.partnership_id,
      actorUserId: null,
      action: 'ballot.cast_secretly',
      subjectType: 'Vote',
      subjectId: p.vote_id,
      payload: { voteId: p.vote_id, organisationId: p.organisation_id },
    })),
  );
  if (participations.length > 0) {
    await manager.query(
      `UPDATE secret_participations p SET audited = true FROM unnest($1::uuid[], $2::uuid[]) AS t(vote_id, membership_id)
       WHERE p.vote_id = t.vote_id AND p.membership_id = t.membership_id`,
      [participations.map((p) => p.vote_id), participations.map((p) => p.membership_id)],
    );
  }
  const written = ballots.length + participations.length;
  // A closing vote must not leave any of its ballots behind.
  if (voteId && (ballots.length === BATCH || participations.length === BATCH))
    return written + (await auditPendingBallots(manager, voteId));
  return written;
}

/** Before a ballot is replaced: if the audit job has not written it yet, write it now (in the casting transaction). */
export async function auditReplacedBallot(
  manager: EntityManager,
  vote: { id: string; partnershipId: string },
  membershipId: string,
): Promise<void> {
  const [b] = await manager.query(
    `SELECT b.id, m.organisation_id, b.choice, b.receipt, b.by_proxy, b.changed_at IS NOT NULL AS changed, b.cast_by_user_id
     FROM ballots b JOIN memberships m ON m.id = b.membership_id
     WHERE b.vote_id = $1 AND b.membership_id = $2 AND NOT b.audited FOR UPDATE OF b`,
    [vote.id, membershipId],
  );
  if (!b) return;
  await appendAuditEvent(manager, {
    partnershipId: vote.partnershipId,
    actorUserId: b.cast_by_user_id,
    action: b.changed ? 'ballot.changed' : 'ballot.cast',
    subjectType: 'Vote',
    subjectId: vote.id,
    payload: {
      voteId: vote.id,
      organisationId: b.organisation_id,
      choice: b.choice,
      receipt: b.receipt,
      byProxy: b.by_proxy,
    },
  });
  await manager.query('UPDATE ballots SET audited = true WHERE id = $1', [b.id]);
}
