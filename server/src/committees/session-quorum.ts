/** Pure: whether the members present (or represented by proxy) make the session quorate under a rule's quorum. */
import type { Quorum } from '../votes/decision-rule';
import { formatWeight, parseWeight } from '../votes/tally';

export interface SeatPresence {
  weight: string;
  /** Present, or absent with its vote carried by a present member. */
  covered: boolean;
}

export interface SessionQuorumFigures {
  presentCount: number;
  entitledCount: number;
  presentWeight: string;
  entitledWeight: string;
  /** What the quorum needs, in the unit it counts (weight or voters); null without a quorum. */
  required: string | null;
  unit: 'WEIGHT' | 'VOTERS' | null;
  met: boolean;
}

export function sessionQuorum(quorum: Quorum, seats: readonly SeatPresence[], weighted: boolean): SessionQuorumFigures {
  const w = (s: SeatPresence) => (weighted ? parseWeight(s.weight) : 1000n);
  const entitledWeight = seats.reduce((sum, s) => sum + w(s), 0n);
  const covered = seats.filter((s) => s.covered);
  const presentWeight = covered.reduce((sum, s) => sum + w(s), 0n);
  const base = {
    presentCount: covered.length,
    entitledCount: seats.length,
    presentWeight: formatWeight(presentWeight),
    entitledWeight: formatWeight(entitledWeight),
  };
  if (quorum.kind === 'NONE') return { ...base, required: null, unit: null, met: covered.length > 0 };
  if (quorum.kind === 'COUNT')
    return { ...base, required: String(quorum.count), unit: 'VOTERS', met: covered.length >= quorum.count };
  const { p, q } = quorum.fraction;
  const required = (BigInt(p) * entitledWeight + BigInt(q) - 1n) / BigInt(q);
  return {
    ...base,
    required: formatWeight(required),
    unit: 'WEIGHT',
    met: presentWeight * BigInt(q) >= BigInt(p) * entitledWeight && covered.length > 0,
  };
}
