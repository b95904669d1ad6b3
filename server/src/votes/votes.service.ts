import { randomBytes } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { appendAuditEvent } from '../audit/audit-append';
import { AgendaItem } from '../committees/agenda-item.entity';
import { Attendance } from '../committees/attendance.entity';
import { AgendaItemKind, SessionStatus } from '../committees/committee-enums';
import { Committee } from '../committees/committee.entity';
import { CommitteeSession } from '../committees/committee-session.entity';
import { Viewer } from '../common/auth/viewer';
import { AppError } from '../common/graphql/app-error';
import { Role } from '../auth/permissions';
import { LiveEvents } from '../live/live-events';
import { MailService } from '../mail/mail.service';
import { auditPendingBallots, auditReplacedBallot } from './ballot-audit';
import { DecisionRule } from './decision-rule';
import { Decision } from './decision.entity';
import { CastBallotInput, OpenVoteInput, StartWrittenProcedureInput } from './dto/vote.inputs';
import { FixedVotePartsCache } from './fixed-vote-parts';
import { chooseRule } from './rule-choice';
import { parseWeight } from './tally';
import { VoteClosedHooks } from './vote-closed-hooks';
import { CloseReason, VoteOutcome, VoteProcedure, VoteStatus } from './vote-enums';
import { currentSnapshot, TallyPublisher } from './vote-tallies';
import { BallotReceipt } from './vote-tally.types';
import { AttendanceSnapshot, EntitledSnapshot, Vote, type VoteSubjectType } from './vote.entity';

const HOUR = 3600_000;

/** A receipt code such as "K7Q2-M9XD-4TPA": 60 random bits in Crockford base32, easy to read aloud. */
export function newReceipt(): string {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  const bytes = randomBytes(12);
  const chars = [...bytes].map((b) => alphabet[b % 32]).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
}

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

/** One entitled member the viewer may cast for: its own organisation, or one whose proxy it carries. */
export interface CastRight {
  membershipId: string;
  organisationId: string;
  byProxy: boolean;
}

/** Which entitled members of the vote this viewer may cast for (pure; also used by the portal's ballot panel). */
export function castRights(vote: Pick<Vote, 'partnershipId' | 'entitled' | 'attendance'>, viewer: Viewer | null): CastRight[] {
  if (!viewer) return [];
  const represented = new Set(
    viewer.roles.filter((r) => r.partnershipId === vote.partnershipId && r.role === Role.REPRESENTATIVE && r.organisationId).map((r) => r.organisationId as string),
  );
  const byMembership = new Map(vote.entitled.map((e) => [e.membershipId, e]));
  const rights: CastRight[] = [];
  for (const e of vote.entitled) {
    const present = !vote.attendance || vote.attendance.present.includes(e.membershipId);
    if (represented.has(e.organisationId) && present) rights.push({ membershipId: e.membershipId, organisationId: e.organisationId, byProxy: false });
    const holder = vote.attendance?.proxies[e.membershipId];
    const holderEntry = holder ? byMembership.get(holder) : undefined;
    if (holderEntry && represented.has(holderEntry.organisationId)) rights.push({ membershipId: e.membershipId, organisationId: e.organisationId, byProxy: true });
  }
  return rights;
}

@Injectable()
export class VotesService {
  private readonly logger = new Logger('Votes');

  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: TallyPublisher,
    private readonly fixedParts: FixedVotePartsCache,
    private readonly live: LiveEvents,
    private readonly hooks: VoteClosedHooks,
    private readonly mail: MailService,
  ) {}

  async get(id: string): Promise<Vote> {
    const vote = await this.dataSource.getRepository(Vote).findOneBy({ id });
    if (!vote) throw new AppError('NOT_FOUND', `No vote with id ${id}`);
    return vote;
  }

  /** Opens a vote on a DECISION item of a session in progress, among the voting seats present or represented. */
  async openInSession(viewer: Viewer, input: OpenVoteInput): Promise<Vote> {
    const vote = await this.dataSource.transaction(async (manager) => {
      const item = await manager.findOneBy(AgendaItem, { id: input.agendaItemId });
      if (!item) throw AppError.badInput({ agendaItemId: [`no agenda item with id ${input.agendaItemId}`] });
      const session = await manager.findOne(CommitteeSession, { where: { id: item.sessionId }, lock: { mode: 'pessimistic_write' } });
      if (!session) throw new AppError('NOT_FOUND', `No session for agenda item ${item.id}`);
      if (session.status !== SessionStatus.IN_PROGRESS) {
        throw new AppError('CONFLICT', `Votes open only while the session is in progress; it is ${session.status}. Start the session first.`);
      }
      if (item.kind !== AgendaItemKind.DECISION) {
        throw AppError.badInput({ agendaItemId: [`votes are taken on DECISION items; this item is ${item.kind}. Change its kind first.`] });
      }
      const open = await manager.findOneBy(Vote, { agendaItemId: item.id, status: VoteStatus.OPEN });
      if (open) throw new AppError('CONFLICT', `A vote on this item is already open ("${open.title}"); close it first`);
      const committee = await manager.findOneByOrFail(Committee, { id: session.committeeId });
      const entitled = await this.entitledOf(manager, committee);
      const attendance = await this.attendanceOf(manager, session.id, entitled);
      if (attendance.present.length === 0) {
        throw new AppError('CONFLICT', 'Nobody entitled to vote is recorded as present; record the attendance first');
      }
      const decision = input.decisionId ? await this.decisionFor(manager, input.decisionId, committee) : null;
      return this.insertVote(manager, viewer, {
        committee,
        entitled,
        attendance,
        procedure: VoteProcedure.SESSION,
        sessionId: session.id,
        agendaItemId: item.id,
        decisionId: decision?.id ?? null,
        title: input.title ?? item.title,
        description: input.description ?? item.description,
        deadline: null,
        // The chair's choice, else the rule the item's subject prescribes, else the committee's.
        choice: input.rule ?? (item.rulePreset ? { preset: item.rulePreset } : undefined),
        fundamental: input.fundamental,
        subject: item.subjectType && item.subjectId ? { type: item.subjectType, id: item.subjectId } : null,
      });
    });
    await this.live.publish({ topic: `session:${vote.sessionId}`, version: [], data: { sessionId: vote.sessionId } });
    return vote;
  }

  /** Umlaufverfahren: a vote in writing with a deadline, in one committee or jointly in several. */
  async startWritten(
    viewer: Viewer,
    partnershipId: string,
    input: StartWrittenProcedureInput,
    subject: { type: VoteSubjectType; id: string } | null = null,
    outer?: EntityManager,
  ): Promise<Vote[]> {
    const now = Date.now();
    const deadline = input.deadline.getTime();
    if (deadline < now + HOUR || deadline > now + 366 * 24 * HOUR) {
      throw AppError.badInput({ deadline: [`deadline must be between 1 hour and 1 year from now, got ${input.deadline.toISOString()}`] });
    }
    if (new Set(input.committeeIds).size !== input.committeeIds.length) throw AppError.badInput({ committeeIds: ['each committee may appear only once'] });
    const run = <T>(work: (manager: EntityManager) => Promise<T>) => (outer ? work(outer) : this.dataSource.transaction(work));
    return run(async (manager) => {
      const committees = await manager.findBy(Committee, { id: In(input.committeeIds) });
      const byId = new Map(committees.map((c) => [c.id, c]));
      const problems: string[] = [];
      for (const id of input.committeeIds) {
        const c = byId.get(id);
        if (!c || c.partnershipId !== partnershipId) problems.push(`${id} is not a committee of this partnership`);
        else if (!c.votes) problems.push(`${c.name} does not vote (${c.kind})`);
      }
      if (problems.length > 0) throw AppError.badInput({ committeeIds: problems });
      const decision =
        input.committeeIds.length > 1 ? await manager.save(manager.create(Decision, { partnershipId, title: input.title })) : null;
      const votes: Vote[] = [];
      for (const id of input.committeeIds) {
        const committee = byId.get(id) as Committee;
        votes.push(
          await this.insertVote(manager, viewer, {
            committee,
            entitled: await this.entitledOf(manager, committee),
            attendance: null,
            procedure: VoteProcedure.WRITTEN,
            sessionId: null,
            agendaItemId: null,
            decisionId: decision?.id ?? null,
            title: input.title,
            description: input.description,
            deadline: input.deadline,
            choice: input.rule,
            fundamental: input.fundamental,
            subject,
          }),
        );
      }
      await this.announce(manager, votes);
      return votes;
    });
  }

  /** Mails each entitled member's representatives that a written procedure waits for their ballot. */
  private async announce(manager: EntityManager, votes: Vote[]): Promise<void> {
    const berlin = new Intl.DateTimeFormat('de-DE', { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/Berlin' });
    for (const vote of votes) {
      const recipients: { email: string; display_name: string; slug: string; committee: string }[] = await manager.query(
        `SELECT DISTINCT u.email, u.display_name, p.slug, c.name AS committee
         FROM jsonb_array_elements($2::jsonb) e
         JOIN partnership_roles r ON r.partnership_id = $1 AND r.role = 'REPRESENTATIVE' AND r.organisation_id = (e->>'organisationId')::uuid
         JOIN users u ON u.id = r.user_id
         JOIN partnerships p ON p.id = $1
         JOIN committees c ON c.id = $3
         ORDER BY u.email`,
        [vote.partnershipId, JSON.stringify(vote.entitled), vote.committeeId],
      );
      for (const r of recipients) {
        await this.mail.send(manager, r.email, `Umlaufverfahren: ${vote.title}`, [
          `Guten Tag ${r.display_name},`,
          '',
          `im Gremium „${r.committee}“ läuft ein Umlaufverfahren: ${vote.title}`,
          vote.description ? `\n${vote.description}\n` : '',
          `Bitte geben Sie die Stimme Ihrer Organisation bis ${berlin.format(vote.deadline as Date)} Uhr ab:`,
          `${this.mail.publicUrl}/p/${r.slug}/abstimmungen/${vote.id}`,
        ].join('\n'));
      }
    }
  }

  /**
   * Casts (or, where the rule allows, changes) one member's ballot. The vote row is share-locked, so
   * casts run side by side while a close waits for them; the unique key (vote, member) keeps it to one
   * ballot each. Secret votes write participation and sums to separate tables.
   */
  async cast(viewer: Viewer, input: CastBallotInput): Promise<BallotReceipt> {
    const receipt = newReceipt();
    const outcome = await this.dataSource.transaction(async (manager) => {
      // The row share-locked, so casts run side by side while a close waits for them. Only status and
      // deadline come from it; the rule and the voter list (long in a large vote) are fixed since it opened.
      const [row]: { status: VoteStatus; deadline: Date | null }[] = await manager.query('SELECT status, deadline FROM votes WHERE id = $1 FOR SHARE', [input.voteId]);
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
      if (!vote) throw new AppError('NOT_FOUND', `No vote with id ${input.voteId}`);
      if (vote.status !== VoteStatus.OPEN) throw new AppError('CONFLICT', `This vote is ${vote.status.toLowerCase()}; ballots are accepted only while it is open`);
      if (vote.deadline && vote.deadline.getTime() <= Date.now()) throw new AppError('CONFLICT', 'The deadline of this vote has passed; ballots are no longer accepted');
      const entry = vote.entry;
      if (!entry) throw AppError.badInput({ membershipId: ['this member is not entitled to vote here (no voting seat when the vote opened)'] });
      const entitled = [entry, ...(vote.holder ? [vote.holder] : [])];
      const right = castRights({ partnershipId: vote.partnershipId, entitled, attendance: vote.attendance }, viewer).find((r) => r.membershipId === input.membershipId);
      if (!right) {
        const covered = !vote.attendance || vote.attendance.present.includes(entry.membershipId) || vote.attendance.proxies[entry.membershipId];
        throw new AppError(
          'FORBIDDEN',
          covered
            ? 'Only the representative of this member, or of the member holding its proxy, may cast its ballot'
            : 'This member was neither present nor represented by proxy when the vote opened, so it cannot vote in this session',
        );
      }
      const weight = parseWeight(vote.rule.weighted ? entry.weight : '1');
      let changed = false;
      if (vote.rule.secret) {
        const inserted = await manager.query(
          `INSERT INTO secret_participations (vote_id, membership_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING membership_id`,
          [vote.id, entry.membershipId],
        );
        if (inserted.length === 0) throw new AppError('CONFLICT', 'This member has already voted; a secret ballot cannot be changed');
        const column = { YES: 'yes', NO: 'no', ABSTAIN: 'abstain' }[input.choice];
        await manager.query(
          `UPDATE secret_ballot_boxes SET ${column}_weight = ${column}_weight + $2, ${column}_count = ${column}_count + 1, revision = revision + 1,
             receipts = ARRAY(SELECT r FROM unnest(receipts || $3::text) AS r ORDER BY r)
           WHERE vote_id = $1`,
          [vote.id, weight.toString(), receipt],
        );
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
        if (inserted.length === 0) throw new AppError('CONFLICT', 'This member has already voted, and this vote does not allow changing a ballot');
      }
      return { vote, changed, byProxy: right.byProxy };
    });
    this.publisher.touch(outcome.vote.id);
    if (outcome.vote.rule.earlyClose) await this.closeIfDecided(outcome.vote.id);
    return { receipt, voteId: input.voteId, membershipId: input.membershipId, changed: outcome.changed, byProxy: outcome.byProxy };
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
    const snapshot = await currentSnapshot(manager, vote);
    vote.status = VoteStatus.CLOSED;
    vote.closedAt = new Date();
    vote.closeReason = reason;
    vote.closedByUserId = viewer?.user.id ?? null;
    vote.outcome = snapshot.result.outcome as VoteOutcome;
    vote.result = snapshot.result;
    if (vote.rule.secret) {
      const [box] = await manager.query('SELECT receipts FROM secret_ballot_boxes WHERE vote_id = $1', [vote.id]);
      vote.receipts = box.receipts;
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
    if (vote.sessionId) await this.live.publish({ topic: `session:${vote.sessionId}`, version: [], data: { sessionId: vote.sessionId } });
  }

  private async closeIfDecided(id: string): Promise<void> {
    // NOWAIT: if someone else is closing or casting right now, their own check follows.
    const vote = await this.dataSource
      .transaction(async (manager) => {
        const locked = await manager.findOne(Vote, { where: { id }, lock: { mode: 'pessimistic_write_or_fail' } }).catch(() => null);
        if (!locked || locked.status !== VoteStatus.OPEN) return null;
        const snapshot = await currentSnapshot(manager, locked);
        if (!snapshot.result.decided) return null;
        return this.closeLocked(manager, locked, null, CloseReason.EARLY);
      })
      .catch((error: unknown) => {
        this.logger.warn(`Early close of vote ${id} skipped: ${error instanceof Error ? error.message : String(error)}`);
        return null;
      });
    if (vote) await this.afterClose(vote);
  }

  private async lockOpen(manager: EntityManager, id: string): Promise<Vote> {
    const vote = await manager.findOne(Vote, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!vote) throw new AppError('NOT_FOUND', `No vote with id ${id}`);
    if (vote.status !== VoteStatus.OPEN) throw new AppError('CONFLICT', `This vote is already ${vote.status.toLowerCase()}`);
    return vote;
  }

  /** Voting seats of active, voting members, as they are when the vote opens. */
  private async entitledOf(manager: EntityManager, committee: Committee): Promise<EntitledSnapshot[]> {
    const rows: { membership_id: string; organisation_id: string; weight: string; veto: boolean; chair: boolean }[] = await manager.query(
      `SELECT m.id AS membership_id, m.organisation_id, m.vote_weight::text AS weight, m.veto_right AS veto, s.chair
       FROM committee_seats s JOIN memberships m ON m.id = s.membership_id
       WHERE s.committee_id = $1 AND s.ended_on IS NULL AND s.kind = 'VOTING' AND m.status = 'ACTIVE' AND m.voting
       ORDER BY m.id`,
      [committee.id],
    );
    if (rows.length === 0) throw new AppError('CONFLICT', `${committee.name} has no voting seats; give its members voting seats first`);
    return rows.map((r) => ({
      membershipId: r.membership_id,
      organisationId: r.organisation_id,
      weight: r.weight.includes('.') ? r.weight.replace(/0+$/, '').replace(/\.$/, '') : r.weight,
      vetoHolder: r.veto,
      chair: r.chair,
    }));
  }

  private async attendanceOf(manager: EntityManager, sessionId: string, entitled: EntitledSnapshot[]): Promise<AttendanceSnapshot> {
    const rows = await manager.findBy(Attendance, { sessionId });
    const voting = new Set(entitled.map((e) => e.membershipId));
    const present = rows.filter((r) => r.present && voting.has(r.membershipId)).map((r) => r.membershipId);
    const presentSet = new Set(present);
    const proxies: Record<string, string> = {};
    for (const r of rows) {
      if (!r.present && r.proxyMembershipId && voting.has(r.membershipId) && presentSet.has(r.proxyMembershipId)) proxies[r.membershipId] = r.proxyMembershipId;
    }
    return { present, proxies };
  }

  private async decisionFor(manager: EntityManager, decisionId: string, committee: Committee): Promise<Decision> {
    const decision = await manager.findOneBy(Decision, { id: decisionId });
    if (!decision || decision.partnershipId !== committee.partnershipId) throw AppError.badInput({ decisionId: ['no such joint decision in this partnership'] });
    const clash = await manager.findOneBy(Vote, { decisionId, committeeId: committee.id, status: In([VoteStatus.OPEN, VoteStatus.CLOSED]) });
    if (clash) throw new AppError('CONFLICT', `${committee.name} has already voted on this joint decision`);
    return decision;
  }

  private async insertVote(
    manager: EntityManager,
    viewer: Viewer,
    v: {
      committee: Committee;
      entitled: EntitledSnapshot[];
      attendance: AttendanceSnapshot | null;
      procedure: VoteProcedure;
      sessionId: string | null;
      agendaItemId: string | null;
      decisionId: string | null;
      title: string;
      description: string;
      deadline: Date | null;
      choice: OpenVoteInput['rule'];
      fundamental: boolean;
      subject?: { type: VoteSubjectType; id: string } | null;
    },
  ): Promise<Vote> {
    const chosen = chooseRule(
      v.choice,
      { rule: v.committee.defaultRule, name: v.committee.defaultRuleName },
      {
        procedure: v.procedure,
        vetoHolders: v.entitled.filter((e) => e.vetoHolder).length,
        hasChair: v.entitled.some((e) => e.chair),
        entitledCount: v.entitled.length,
      },
      'rule',
      // Whether veto holders can veto is decided per question: a fundamental one.
      (rule): DecisionRule => ({ ...rule, veto: v.fundamental }),
    );
    const rule = chosen.rule;
    const vote = await manager.save(
      manager.create(Vote, {
        partnershipId: v.committee.partnershipId,
        committeeId: v.committee.id,
        sessionId: v.sessionId,
        agendaItemId: v.agendaItemId,
        decisionId: v.decisionId,
        subjectType: v.subject?.type ?? null,
        subjectId: v.subject?.id ?? null,
        title: v.title,
        description: v.description,
        procedure: v.procedure,
        status: VoteStatus.OPEN,
        rule,
        ruleName: chosen.name,
        entitled: v.entitled,
        attendance: v.attendance,
        deadline: v.deadline,
        closedAt: null,
        openedByUserId: viewer.user.id,
      }),
    );
    if (rule.secret) await manager.query('INSERT INTO secret_ballot_boxes (vote_id) VALUES ($1)', [vote.id]);
    await appendAuditEvent(manager, {
      partnershipId: vote.partnershipId,
      actorUserId: viewer.user.id,
      action: 'vote.opened',
      subjectType: 'Vote',
      subjectId: vote.id,
      payload: {
        voteId: vote.id,
        title: vote.title,
        committeeId: vote.committeeId,
        procedure: vote.procedure,
        ruleName: vote.ruleName,
        rule,
        deadline: vote.deadline?.toISOString() ?? null,
        entitled: vote.entitled.length,
        ...(vote.attendance ? { present: vote.attendance.present.length, proxies: Object.keys(vote.attendance.proxies).length } : {}),
      },
    });
    return vote;
  }
}

