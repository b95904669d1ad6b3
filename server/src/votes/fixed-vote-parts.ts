import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DecisionRule } from './decision-rule';
import { AttendanceSnapshot, EntitledSnapshot, Vote } from './vote.entity';

/** What a vote copied when it opened and never changes afterwards: its rule, its voters, its attendance. */
export interface FixedVoteParts {
  /** The vote as first read; only its fixed columns may be relied on (status and deadline change). */
  vote: Vote;
  partnershipId: string;
  rule: DecisionRule;
  attendance: AttendanceSnapshot | null;
  entitled: ReadonlyMap<string, EntitledSnapshot>;
}

/**
 * Reads those parts once per instance instead of once per cast or per tally: the voter list of a large
 * vote is long (1,000 members are some 100 kB of JSON), and detoasting and scanning it in every cast
 * cost more than the cast itself. Only immutable columns are cached, so every instance may keep its
 * own copy; status and deadline are always read fresh from the locked row.
 */
@Injectable()
export class FixedVotePartsCache {
  static capacity = 64;
  private readonly entries = new Map<string, FixedVoteParts>();

  /** In the caller's transaction (a cast holds a pool connection; asking for another could starve the pool). */
  async get(manager: EntityManager, voteId: string): Promise<FixedVoteParts | null> {
    const hit = this.entries.get(voteId);
    if (hit) {
      // Most recently used last, so the oldest is evicted first.
      this.entries.delete(voteId);
      this.entries.set(voteId, hit);
      return hit;
    }
    const vote = await manager.findOneBy(Vote, { id: voteId });
    if (!vote) return null;
    const parts: FixedVoteParts = {
      vote,
      partnershipId: vote.partnershipId,
      rule: vote.rule,
      attendance: vote.attendance,
      entitled: new Map(vote.entitled.map((e) => [e.membershipId, e])),
    };
    this.entries.set(voteId, parts);
    while (this.entries.size > FixedVotePartsCache.capacity)
      this.entries.delete(this.entries.keys().next().value as string);
    return parts;
  }

  /** A vote that closed here is not cast in again; other instances drop it as it ages out. */
  forget(voteId: string): void {
    this.entries.delete(voteId);
  }
}
