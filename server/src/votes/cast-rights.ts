import { randomBytes } from 'node:crypto';
import type { Viewer } from '../auth/viewer';
import { Role } from '../common/auth/permissions';
import type { Vote } from './vote.entity';

/** A receipt code such as "K7Q2-M9XD-4TPA": 60 random bits in Crockford base32, easy to read aloud. */
export function newReceipt(): string {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  const bytes = randomBytes(12);
  const chars = [...bytes].map((b) => alphabet[b % 32]).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
}

/** One entitled member the viewer may cast for: its own organisation, or one whose proxy it carries. */
export interface CastRight {
  membershipId: string;
  organisationId: string;
  byProxy: boolean;
}

/** Which entitled members of the vote this viewer may cast for (pure; also used by the portal's ballot panel). */
export function castRights(
  vote: Pick<Vote, 'partnershipId' | 'entitled' | 'attendance'>,
  viewer: Viewer | null,
): CastRight[] {
  if (!viewer) return [];
  const represented = new Set(
    viewer.roles
      .filter((r) => r.partnershipId === vote.partnershipId && r.role === Role.REPRESENTATIVE && r.organisationId)
      .map((r) => r.organisationId as string),
  );
  const byMembership = new Map(vote.entitled.map((e) => [e.membershipId, e]));
  const rights: CastRight[] = [];
  for (const e of vote.entitled) {
    const present = !vote.attendance || vote.attendance.present.includes(e.membershipId);
    if (represented.has(e.organisationId) && present)
      rights.push({ membershipId: e.membershipId, organisationId: e.organisationId, byProxy: false });
    const holder = vote.attendance?.proxies[e.membershipId];
    const holderEntry = holder ? byMembership.get(holder) : undefined;
    if (holderEntry && represented.has(holderEntry.organisationId))
      rights.push({ membershipId: e.membershipId, organisationId: e.organisationId, byProxy: true });
  }
  return rights;
}
