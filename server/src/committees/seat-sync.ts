import { EntityManager } from 'typeorm';
import { Membership } from '../memberships/membership.entity';
import { MembershipStatus } from '../memberships/membership-status';

/**
 * Keeps committee seats in step with a membership, inside the caller's transaction (run by the
 * membership-changed hook CommitteesModule registers): an active member gets a seat in every committee
 * that seats all members (voting or advisory as the membership says); a member that left, was suspended or
 * rejected loses its seats, dated `on`.
 */
export async function syncSeats(manager: EntityManager, membership: Membership, on: string): Promise<void> {
  if (membership.status === MembershipStatus.ACTIVE) {
    await manager.query(
      `INSERT INTO committee_seats (committee_id, membership_id, kind, started_on)
       SELECT c.id, $2, CASE WHEN $3 AND c.votes THEN 'VOTING' ELSE 'ADVISORY' END, $4 FROM committees c
       WHERE c.partnership_id = $1 AND c.seats_for_all_members
         AND NOT EXISTS (SELECT 1 FROM committee_seats s WHERE s.committee_id = c.id AND s.membership_id = $2 AND s.ended_on IS NULL)`,
      [membership.partnershipId, membership.id, membership.voting, on],
    );
    // A changed voting right changes the kind of the seats given to all members.
    await manager.query(
      `UPDATE committee_seats s SET kind = CASE WHEN $2 AND c.votes THEN 'VOTING' ELSE 'ADVISORY' END FROM committees c
       WHERE s.committee_id = c.id AND c.seats_for_all_members AND s.membership_id = $1 AND s.ended_on IS NULL`,
      [membership.id, membership.voting],
    );
    return;
  }
  await manager.query(
    `UPDATE committee_seats SET ended_on = GREATEST($2::date, started_on), chair = false WHERE membership_id = $1 AND ended_on IS NULL`,
    [membership.id, on],
  );
}
