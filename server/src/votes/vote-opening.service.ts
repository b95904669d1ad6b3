import { SealedBallots } from './sealed-ballots';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { appendAuditEvent } from '../audit/audit-append';
import { Viewer } from '../auth/viewer';
import { AgendaItem } from '../committees/agenda-item.entity';
import { Attendance } from '../committees/attendance.entity';
import { AgendaItemKind, SessionStatus } from '../committees/committee-enums';
import { Committee } from '../committees/committee.entity';
import { CommitteeSession } from '../committees/committee-session.entity';
import { AppError } from '../common/graphql/app-error';
import { msg, readerLanguage, render, type MessageRef } from '../common/i18n/messages';
import { berlinDateTime } from '../common/i18n/berlin-time';
import { LiveEvents } from '../live/live-events';
import { MailService } from '../mail/mail.service';
import { DecisionRule } from './decision-rule';
import { Decision } from './decision.entity';
import { OpenVoteInput, StartWrittenProcedureInput } from './dto/vote.inputs';
import { chooseRule } from './rule-choice';
import { VoteProcedure, VoteStatus } from './vote-enums';
import { AttendanceSnapshot, EntitledSnapshot, Vote, type VoteSubjectType } from './vote.entity';

const HOUR = 3600_000;

/**
 * Opening votes: in a session (on a DECISION item, among the voting seats present or represented) or in
 * writing (Umlaufverfahren). Either copies the rule and the entitled voters onto the vote, so later changes
 * to seats, memberships or attendance do not move a vote already open. Casting and closing: VotesService.
 */
@Injectable()
export class VoteOpeningService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly live: LiveEvents,
    private readonly mail: MailService,
    private readonly box: SealedBallots,
  ) {}

  /** A written procedure started from the API: the partnership is the first committee's (access was checked on it). */
  async startWrittenProcedure(viewer: Viewer, input: StartWrittenProcedureInput): Promise<Vote[]> {
    const first = await this.dataSource.getRepository(Committee).findOneBy({ id: input.committeeIds[0] });
    return this.startWritten(viewer, first?.partnershipId ?? '', input);
  }

  /** Opens a vote on a DECISION item of a session in progress, among the voting seats present or represented. */
  async openInSession(viewer: Viewer, input: OpenVoteInput): Promise<Vote> {
    const vote = await this.dataSource.transaction(async (manager) => {
      const item = await manager.findOneBy(AgendaItem, { id: input.agendaItemId });
      if (!item)
        throw AppError.badInput({ agendaItemId: [msg('voteOpening.noAgendaItem', { id: input.agendaItemId })] });
      const session = await manager.findOne(CommitteeSession, {
        where: { id: item.sessionId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!session) throw new AppError('NOT_FOUND', msg('vote.noSessionForItem', { id: item.id }));
      if (session.status !== SessionStatus.IN_PROGRESS) {
        throw new AppError(
          'CONFLICT',
          msg('vote.sessionNotInProgress', { status: msg(`vote.sessionStatus.${session.status}`) }),
        );
      }
      if (item.kind !== AgendaItemKind.DECISION) {
        throw AppError.badInput({
          agendaItemId: [msg('voteOpening.decisionItemsOnly', { kind: item.kind })],
        });
      }
      const open = await manager.findOneBy(Vote, { agendaItemId: item.id, status: VoteStatus.OPEN });
      if (open) throw new AppError('CONFLICT', msg('vote.alreadyOpen', { title: open.title }));
      const committee = await manager.findOneByOrFail(Committee, { id: session.committeeId });
      const entitled = await this.entitledOf(manager, committee);
      const attendance = await this.attendanceOf(manager, session.id, entitled);
      if (attendance.present.length === 0) {
        throw new AppError('CONFLICT', msg('vote.nobodyPresent'));
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
      throw AppError.badInput({
        deadline: [msg('voteOpening.deadlineRange', { deadline: input.deadline.toISOString() })],
      });
    }
    if (new Set(input.committeeIds).size !== input.committeeIds.length)
      throw AppError.badInput({ committeeIds: [msg('voteOpening.committeeOnce')] });
    const run = <T>(work: (manager: EntityManager) => Promise<T>) =>
      outer ? work(outer) : this.dataSource.transaction(work);
    return run(async (manager) => {
      const committees = await manager.findBy(Committee, { id: In(input.committeeIds) });
      const byId = new Map(committees.map((c) => [c.id, c]));
      const problems: MessageRef[] = [];
      for (const id of input.committeeIds) {
        const c = byId.get(id);
        if (!c || c.partnershipId !== partnershipId) problems.push(msg('voteOpening.notCommitteeHere', { id }));
        else if (!c.votes) problems.push(msg('voteOpening.doesNotVote', { name: c.name, kind: c.kind }));
      }
      if (problems.length > 0) throw AppError.badInput({ committeeIds: problems });
      const decision =
        input.committeeIds.length > 1
          ? await manager.save(manager.create(Decision, { partnershipId, title: input.title }))
          : null;
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

  /**
   * Mails each entitled member's representatives that a written procedure waits for their ballot, in each
   * representative's preferred language.
   */
  private async announce(manager: EntityManager, votes: Vote[]): Promise<void> {
    for (const vote of votes) {
      const recipients: {
        email: string;
        display_name: string;
        preferred_language: string;
        slug: string;
        committee: string;
      }[] = await manager.query(
        `SELECT DISTINCT u.email, u.display_name, u.preferred_language, p.slug, c.name AS committee
         FROM jsonb_array_elements($2::jsonb) e
         JOIN partnership_roles r ON r.partnership_id = $1 AND r.role = 'REPRESENTATIVE' AND r.organisation_id = (e->>'organisationId')::uuid
         JOIN users u ON u.id = r.user_id
         JOIN partnerships p ON p.id = $1
         JOIN committees c ON c.id = $3
         ORDER BY u.email`,
        [vote.partnershipId, JSON.stringify(vote.entitled), vote.committeeId],
      );
      for (const r of recipients) {
        const language = readerLanguage(undefined, r.preferred_language);
        const body = msg('records.mail.vote.body', {
          name: r.display_name,
          committee: r.committee,
          title: vote.title,
          description: vote.description ? `\n${vote.description}\n` : '',
          deadline: berlinDateTime(vote.deadline as Date, language),
          link: `${this.mail.publicUrl}/p/${r.slug}/abstimmungen/${vote.id}`,
        });
        const subject = msg('records.mail.vote.subject', { title: vote.title });
        await this.mail.send(manager, r.email, render(subject, language), render(body, language));
      }
    }
  }

  /** Voting seats of active, voting members, as they are when the vote opens. */
  private async entitledOf(manager: EntityManager, committee: Committee): Promise<EntitledSnapshot[]> {
    const rows: { membership_id: string; organisation_id: string; weight: string; veto: boolean; chair: boolean }[] =
      await manager.query(
        `SELECT m.id AS membership_id, m.organisation_id, m.vote_weight::text AS weight, m.veto_right AS veto, s.chair
       FROM committee_seats s JOIN memberships m ON m.id = s.membership_id
       WHERE s.committee_id = $1 AND s.ended_on IS NULL AND s.kind = 'VOTING' AND m.status = 'ACTIVE' AND m.voting
       ORDER BY m.id`,
        [committee.id],
      );
    if (rows.length === 0) throw new AppError('CONFLICT', msg('vote.noVotingSeats', { committee: committee.name }));
    return rows.map((r) => ({
      membershipId: r.membership_id,
      organisationId: r.organisation_id,
      weight: r.weight.includes('.') ? r.weight.replace(/0+$/, '').replace(/\.$/, '') : r.weight,
      vetoHolder: r.veto,
      chair: r.chair,
    }));
  }

  private async attendanceOf(
    manager: EntityManager,
    sessionId: string,
    entitled: EntitledSnapshot[],
  ): Promise<AttendanceSnapshot> {
    const rows = await manager.findBy(Attendance, { sessionId });
    const voting = new Set(entitled.map((e) => e.membershipId));
    const present = rows.filter((r) => r.present && voting.has(r.membershipId)).map((r) => r.membershipId);
    const presentSet = new Set(present);
    const proxies: Record<string, string> = {};
    for (const r of rows) {
      if (!r.present && r.proxyMembershipId && voting.has(r.membershipId) && presentSet.has(r.proxyMembershipId))
        proxies[r.membershipId] = r.proxyMembershipId;
    }
    return { present, proxies };
  }

  private async decisionFor(manager: EntityManager, decisionId: string, committee: Committee): Promise<Decision> {
    const decision = await manager.findOneBy(Decision, { id: decisionId });
    if (!decision || decision.partnershipId !== committee.partnershipId)
      throw AppError.badInput({ decisionId: [msg('voteOpening.noJointDecision')] });
    const clash = await manager.findOneBy(Vote, {
      decisionId,
      committeeId: committee.id,
      status: In([VoteStatus.OPEN, VoteStatus.CLOSED]),
    });
    if (clash) throw new AppError('CONFLICT', msg('vote.jointAlreadyVoted', { committee: committee.name }));
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
    if (rule.secret) await this.box.openBox(manager, vote.id);
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
        ...(vote.attendance
          ? { present: vote.attendance.present.length, proxies: Object.keys(vote.attendance.proxies).length }
          : {}),
      },
    });
    return vote;
  }
}
