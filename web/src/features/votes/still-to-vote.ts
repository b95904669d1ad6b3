/** A voter as the vote page knows it: entitled when the vote opened, and whether its ballot is in. */
export interface VoterState {
  membershipId: string;
  hasVoted: boolean;
}

/** A seat's attendance in the session the vote belongs to. */
export interface SeatAttendance {
  membershipId: string;
  present?: boolean | null;
  /** Absent only: the present member that carries this member's vote. */
  proxyMembershipId?: string | null;
}

/**
 * How many entitled voters could still vote and have not: in a session those present or carried by a present
 * member's proxy (as the tally counts them); in a written procedure (no attendance) everyone entitled.
 */
export function stillToVote(entitled: readonly VoterState[], attendance: readonly SeatAttendance[] | null): number {
  if (!attendance) return entitled.filter((voter) => !voter.hasVoted).length;
  const present = new Set(attendance.filter((seat) => seat.present).map((seat) => seat.membershipId));
  const carried = new Set(
    attendance
      .filter((seat) => !seat.present && seat.proxyMembershipId && present.has(seat.proxyMembershipId))
      .map((seat) => seat.membershipId),
  );
  return entitled.filter(
    (voter) => !voter.hasVoted && (present.has(voter.membershipId) || carried.has(voter.membershipId)),
  ).length;
}
