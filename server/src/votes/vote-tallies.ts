import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { LiveEvents } from '../live/live-events';
import { FixedVotePartsCache } from './fixed-vote-parts';
import { SealedBallots } from './sealed-ballots';
import { Attendance as TallyAttendance, Choice, tally, tallySecret, TallyResult, Voter } from './tally';
import { VoteStatus } from './vote-enums';
import { VoteTally } from './vote-tally.types';
import { Vote } from './vote.entity';

export const voteTopic = (voteId: string) => `vote:${voteId}`;

export function votersOf(vote: Vote): Voter[] {
  return vote.entitled.map((e) => ({ id: e.membershipId, weight: e.weight, vetoHolder: e.vetoHolder, chair: e.chair }));
}

export function attendanceOf(vote: Vote): TallyAttendance | undefined {
  return vote.attendance ? { present: vote.attendance.present, proxies: vote.attendance.proxies } : undefined;
}

export interface Snapshot {
  result: TallyResult;
  castCount: number;
  /** A secret vote's receipts, sorted: published when it closes. */
  receipts?: string[];
  /** Grows with every ballot seen: [ballots, revision, closed]. */
  version: number[];
}

/**
 * The tally of a vote as the database holds it now (in the caller's transaction, if given). A secret vote's
 * box is opened in memory; only its participation leaves here while it is open (see `toVoteTally`).
 */
export async function currentSnapshot(manager: EntityManager, vote: Vote, box: SealedBallots): Promise<Snapshot> {
  if (vote.rule.secret) {
    const opened = await box.open(manager, vote.id);
    const castCount = opened.participants.length;
    return {
      result: tallySecret(vote.rule, votersOf(vote), opened.participants, opened.sums, attendanceOf(vote)),
      castCount,
      receipts: opened.receipts,
      version: [castCount, 0, 0],
    };
  }
  const rows: { membership_id: string; choice: Choice; revision: string }[] = await manager.query(
    'SELECT membership_id, choice, revision FROM ballots WHERE vote_id = $1',
    [vote.id],
  );
  const ballots = rows.map((r) => ({ voterId: r.membership_id, choice: r.choice }));
  const revision = rows.reduce((max, r) => Math.max(max, Number(r.revision)), 0);
  return {
    result: tally(vote.rule, votersOf(vote), ballots, attendanceOf(vote)),
    castCount: rows.length,
    version: [rows.length, revision, 0],
  };
}

/** The GraphQL shape; an open secret vote shows how many took part, nothing about the choices. */
export function toVoteTally(vote: Vote, result: TallyResult, castCount: number): VoteTally {
  const final = vote.status !== VoteStatus.OPEN;
  const hidden = vote.rule.secret && !final;
  return {
    voteId: vote.id,
    status: vote.status,
    final,
    outcome: hidden ? null : (result.outcome as VoteTally['outcome']),
    castCount,
    entitledCount: vote.entitled.length,
    figures: hidden ? null : result.figures,
    quorum: hidden ? null : result.quorum,
    decided: hidden ? false : result.decided,
    tieBrokenByChair: hidden ? false : result.tieBrokenByChair,
    sentenceDe: hidden ? null : result.sentence.de,
    sentenceEn: hidden ? null : result.sentence.en,
  };
}

/**
 * Pushes a vote's tally to its subscribers on every instance. Casts only mark the vote dirty; a flush
 * shortly after reads the tally once and publishes it, and flushes again while casts keep coming, so the
 * last flush always follows the last commit. Flushes of one vote start at most every `flushIntervalMs`:
 * each one reaches every subscriber, so during a burst of casts that bounds the fan-out work to a few
 * messages a second per subscriber. Versions let each instance drop an older snapshot that arrives after
 * a newer one.
 */
@Injectable()
export class TallyPublisher implements OnModuleDestroy {
  private readonly logger = new Logger('TallyPublisher');
  private readonly pending = new Map<
    string,
    { timer: NodeJS.Timeout | null; dirty: boolean; running: boolean; lastStart: number }
  >();
  static flushDelayMs = 25;
  static flushIntervalMs = 150;

  constructor(
    private readonly dataSource: DataSource,
    private readonly live: LiveEvents,
    private readonly fixedParts: FixedVotePartsCache,
    private readonly box: SealedBallots,
  ) {}

  /** After a committed cast: publish soon. */
  touch(voteId: string): void {
    const state = this.pending.get(voteId) ?? { timer: null, dirty: false, running: false, lastStart: 0 };
    this.pending.set(voteId, state);
    state.dirty = true;
    if (!state.timer && !state.running) this.schedule(voteId, state);
  }

  private schedule(voteId: string, state: { timer: NodeJS.Timeout | null; lastStart: number }): void {
    const wait = Math.max(TallyPublisher.flushDelayMs, state.lastStart + TallyPublisher.flushIntervalMs - Date.now());
    state.timer = setTimeout(() => void this.flush(voteId), wait);
  }

  /** A closed vote: its final tally, newer than any open snapshot. */
  async publishFinal(vote: Vote, castCount: number): Promise<void> {
    if (!vote.result) return;
    await this.live.publish({
      topic: voteTopic(vote.id),
      version: [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, 1],
      data: { voteTally: toVoteTally(vote, vote.result, castCount) },
    });
  }

  private async flush(voteId: string): Promise<void> {
    const state = this.pending.get(voteId);
    if (!state) return;
    state.timer = null;
    state.dirty = false;
    state.running = true;
    state.lastStart = Date.now();
    try {
      const [row]: { status: VoteStatus }[] = await this.dataSource.query('SELECT status FROM votes WHERE id = $1', [
        voteId,
      ]);
      if (row?.status !== VoteStatus.OPEN) return;
      // The rule and the voters never change while a vote is open: read once per instance.
      const fixed = await this.fixedParts.get(this.dataSource.manager, voteId);
      if (!fixed) return;
      const vote = fixed.vote;
      const snapshot = await currentSnapshot(this.dataSource.manager, vote, this.box);
      await this.live.publish({
        topic: voteTopic(voteId),
        version: snapshot.version,
        data: { voteTally: toVoteTally(vote, snapshot.result, snapshot.castCount) },
      });
    } catch (error) {
      this.logger.error(
        `Publishing the tally of vote ${voteId} failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    } finally {
      state.running = false;
      if (state.dirty) this.schedule(voteId, state);
      else this.pending.delete(voteId);
    }
  }

  onModuleDestroy(): void {
    for (const state of this.pending.values()) if (state.timer) clearTimeout(state.timer);
    this.pending.clear();
  }
}
