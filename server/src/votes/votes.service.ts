import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { appendAuditEvent } from '../audit/audit-append';
import { Viewer } from '../auth/viewer';
import { AppError } from '../common/graphql/app-error';
import { msg } from '../common/i18n/messages';
import { LiveEvents } from '../live/live-events';
import { auditPendingBallots, auditReplacedBallot } from './ballot-audit';
import { castRights, newReceipt } from './cast-rights';
import { DecisionRule } from './decision-rule';
import { CastBallotInput } from './dto/vote.inputs';
import { FixedVotePartsCache } from './fixed-vote-parts';
import { parseWeight } from './tally';
import { VoteClosedHooks } from './vote-closed-hooks';
import { CloseReason, VoteOutcome, VoteStatus } from './vote-enums';
import { SealedBallots } from './sealed-ballots';
import { currentSnapshot, TallyPublisher } from './vote-tallies';
import { BallotReceipt } from './vote-tally.types';
import { AttendanceSnapshot, EntitledSnapshot, Vote } from './vote.entity';

/** The parts of a vote a cast reads: the target's entry, and the entry of the member carrying its proxy. */
interface CastContext {
  id: string;
  partnershipId: string;
  status: VoteStatus;
  deadline: Date | null;
  rule: DecisionRule;
  attendance: AttendanceSnapshot | null;
  entry: EntitledSnapshot | null;
  holder: EntitledSnapshot | null;
}

/** Casting ballots and closing votes (by hand, at the deadline, or early once decided). Opening: VoteOpeningService. */
@Injectable()
export class VotesService {
  private readonly logger = new Logger('Votes');

  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: TallyPublisher,
    private readonly fixedParts: FixedVotePartsCache,
    private readonly live: LiveEvents,
    private readonly hooks: VoteClosedHooks,
    private readonly box: SealedBallots,
  ) {}

  async get(id: string): Promise<Vote> {
    const vote = await this.dataSource.getRepository(Vote).findOneBy({ id });
    if (!vote) throw new AppError('NOT_FOUND', msg('vote.notFound', { id }));
    return vote;
  }

  /**
   * Casts (or, where the rule allows, changes) one member's ballot. The vote row is share-locked, so
   * casts run side by side while a close waits for them; the unique key (vote, member) keeps it to one
   * ballot each. Secret votes write participation and the sealed ballot (see `sealed-ballots.ts`).
   */
  async cast(viewer: Viewer, input: CastBallotInput): Promise<BallotReceipt> {
    const receipt = newReceipt();
    const outcome = await this.dataSource.transaction(async (manager) => {
      // The row share-locked, so casts run side by side while a close waits for them. Only status and
      // deadline come from it; the rule and the voter list (long in a large vote) are fixed since it opened.
      const [row]: { status: VoteStatus; deadline: Date | null }[] = await manager.query(
        'SELECT status, deadline FROM votes WHERE id = $1 FOR SHARE',
        [input.voteId],
      );
      const fixed = row ? await this.fixedParts.get(manager, input.voteId) : null;
      const holderId = fixed?.attendance?.proxies[input.membershipId];
      const vote: CastContext | null = fixed && {
        id: input.voteId,
        partnershipId: fixed.partnershipId,
        status: row.status,
        deadline: row.deadline,
        rule: fixed.rule,
        attendance: fixed.attendance,
        entry: fixed.entitled.get(input.membershipId) ?? null,
        holder: (holderId && fixed.entitled.get(holderId)) || null,
      };
      if (!vote) throw new AppError('NOT_FOUND', msg('vote.notFound', { id: input.voteId }));
      if (vote.status !== VoteStatus.OPEN)
        throw new AppError('CONFLICT', msg('vote.notOpenForBallots', { status: msg(`vote.status.${vote.status}`) }));
      if (vote.deadline && vote.deadline.getTime() <= Date.now())
        throw new AppError('CONFLICT', msg('vote.deadlinePassed'));
      const entry = vote.entry;
      if (!entry)
        throw AppError.badInput({
          membershipId: [msg('vote.notEntitled')],
        });
      const entitled = [entry, ...(vote.holder ? [vote.holder] : [])];
      const right = castRights(
        { partnershipId: vote.partnershipId, entitled, attendance: vote.attendance },
        viewer,
      ).find((r) => r.membershipId === input.membershipId);
      if (!right) {
        const covered =
          !vote.attendance ||
          vote.attendance.present.includes(entry.membershipId) ||
          vote.attendance.proxies[entry.membershipId];
        throw new AppError('FORBIDDEN', covered ? msg('vote.onlyRepresentative') : msg('vote.notPresent'));
      }
      const weight = parseWeight(vote.rule.weighted ? entry.weight : '1');
      let changed = false;
      if (vote.rule.secret) {
        const inserted = await manager.query(
          `INSERT INTO secret_participations (vote_id, membership_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING membership_id`,
          [vote.id, entry.membershipId],
        );
        if (inserted.length === 0) throw new AppError('CONFLICT', msg('vote.secretAlreadyCast'));
        await this.box.put(manager, vote.id, { choice: input.choice, weight: weight.toString(), receipt });
      } else if (vote.rule.allowChange) {
        // A ballot replaced before the audit job reached it goes into the chain first, with its receipt.
        await auditReplacedBallot(manager, vote, entry.membershipId);
        const [result] = await manager.query(
          `INSERT INTO ballots (vote_id, membership_id, choice, cast_by_user_id, by_proxy, receipt) VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (vote_id, membership_id) DO UPDATE SET choice = EXCLUDED.choice, cast_by_user_id = EXCLUDED.cast_by_user_id,
             by_proxy = EXCLUDED.by_proxy, receipt = EXCLUDED.receipt, changed_at = now(), revision = nextval('ballot_revisions'), audited = false
           RETURNING (xmax <> 0) AS changed`,
          [vote.id, entry.membershipId, input.choice, viewer.user.id, right.byProxy, receipt],
        );
        changed = result.changed;
      } else {
        const inserted = await manager.query(
          `INSERT INTO ballots (vote_id, membership_id, choice, cast_by_user_id, by_proxy, receipt) VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (vote_id, membership_id) DO NOTHING RETURNING id`,
          [vote.id, entry.membershipId, input.choice, viewer.user.id, right.byProxy, receipt],
        );
        if (inserted.length === 0) throw new AppError('CONFLICT', msg('vote.noChange'));
      }
      return { vote, changed, byProxy: right.byProxy };
    });
    this.publisher.touch(outcome.vote.id);
    if (outcome.vote.rule.earlyClose) await this.closeIfDecided(outcome.vote.id);
    return {
      receipt,
      voteId: input.voteId,
      membershipId: input.membershipId,
      changed: outcome.changed,
      byProxy: outcome.byProxy,
    };
  }

  async close(viewer: Viewer | null, id: string, reason: CloseReason = CloseReason.MANUAL): Promise<Vote> {
    const vote = await this.dataSource.transaction(async (manager) => {
      const locked = await this.lockOpen(manager, id);
      return this.closeLocked(manager, locked, viewer, reason);
    });
    await this.afterClose(vote);
    return vote;
  }

  async cancel(viewer: Viewer, id: string): Promise<Vote> {
    const vote = await this.dataSource.transaction(async (manager) => {
      const vote = await this.lockOpen(manager, id);
      vote.status = VoteStatus.CANCELLED;
      vote.closedAt = new Date();
      vote.closeReason = CloseReason.CANCELLED;
      vote.closedByUserId = viewer.user.id;
      await auditPendingBallots(manager, vote.id);
      // A cancelled vote counts nothing: its sealed ballots go unopened.
      if (vote.rule.secret) await this.box.empty(manager, vote.id);
      const saved = await manager.save(vote);
      await appendAuditEvent(manager, {
        partnershipId: vote.partnershipId,
        actorUserId: viewer.user.id,
        action: 'vote.cancelled',
        subjectType: 'Vote',
        subjectId: vote.id,
        payload: { voteId: vote.id, title: vote.title },
      });
      await this.hooks.run(manager, saved);
      return saved;
    });
    await this.afterClose(vote);
    return vote;
  }

  /**
   * Closes, inside the caller's transaction, a vote locked FOR UPDATE (so no cast is in flight): audits
   * the ballots not yet in the chain, counts, stores the result with its sentence, and records it.
   */
  async closeLocked(manager: EntityManager, vote: Vote, viewer: Viewer | null, reason: CloseReason): Promise<Vote> {
    await auditPendingBallots(manager, vote.id);
    const snapshot = await currentSnapshot(manager, vote, this.box);
    vote.status = VoteStatus.CLOSED;
    vote.closedAt = new Date();
    vote.closeReason = reason;
    vote.closedByUserId = viewer?.user.id ?? null;
    vote.outcome = snapshot.result.outcome as VoteOutcome;
    vote.result = snapshot.result;
    if (vote.rule.secret) {
      vote.receipts = snapshot.receipts ?? [];
      await this.box.empty(manager, vote.id);
    }
    const saved = await manager.save(vote);
    await appendAuditEvent(manager, {
      partnershipId: vote.partnershipId,
      actorUserId: viewer?.user.id ?? null,
      action: 'vote.closed',
      subjectType: 'Vote',
      subjectId: vote.id,
      payload: {
        voteId: vote.id,
        title: vote.title,
        outcome: snapshot.result.outcome,
        reason,
        figures: snapshot.result.figures,
        quorum: snapshot.result.quorum,
        sentence: snapshot.result.sentence,
        ...(vote.rule.secret ? { receipts: vote.receipts } : {}),
      },
    });
    await this.hooks.run(manager, saved);
    (saved as Vote & { castCount?: number }).castCount = snapshot.castCount;
    return saved;
  }

  async afterClose(vote: Vote): Promise<void> {
    this.fixedParts.forget(vote.id);
    const castCount = (vote as Vote & { castCount?: number }).castCount ?? 0;
    await this.publisher.publishFinal(vote, castCount);
    if (vote.sessionId)
      await this.live.publish({ topic: `session:${vote.sessionId}`, version: [], data: { sessionId: vote.sessionId } });
  }

  private async closeIfDecided(id: string): Promise<void> {
    // NOWAIT: if someone else is closing or casting right now, their own check follows.
    const vote = await this.dataSource
      .transaction(async (manager) => {
        const locked = await manager
          .findOne(Vote, { where: { id }, lock: { mode: 'pessimistic_write_or_fail' } })
          .catch(() => null);
        if (!locked || locked.status !== VoteStatus.OPEN) return null;
        const snapshot = await currentSnapshot(manager, locked, this.box);
        if (!snapshot.result.decided) return null;
        return this.closeLocked(manager, locked, null, CloseReason.EARLY);
      })
      .catch((error: unknown) => {
        this.logger.warn(
          `Early close of vote ${id} skipped: ${error instanceof Error ? error.message : String(error)}`,
        );
        return null;
      });
    if (vote) await this.afterClose(vote);
  }

  private async lockOpen(manager: EntityManager, id: string): Promise<Vote> {
    const vote = await manager.findOne(Vote, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!vote) throw new AppError('NOT_FOUND', msg('vote.notFound', { id }));
    if (vote.status !== VoteStatus.OPEN)
      throw new AppError('CONFLICT', msg('vote.alreadyClosed', { status: msg(`vote.status.${vote.status}`) }));
    return vote;
  }
}
