import type { AuditAction } from '../audit/audit-actions';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { Viewer } from '../auth/viewer';
import { AppError } from '../common/graphql/app-error';
import { decodeTimeCursor, Page, toPage } from '../common/graphql/pagination';
import { type MessageRef, msg } from '../common/i18n/messages';
import { LiveEvents } from '../live/live-events';
import { Membership } from '../memberships/membership.entity';
import { Vote } from '../votes/vote.entity';
import { VoteStatus } from '../votes/vote-enums';
import { AgendaItem } from './agenda-item.entity';
import { Attendance } from './attendance.entity';
import { SessionStatus } from './committee-enums';
import { CommitteeSeat } from './committee-seat.entity';
import { CommitteeSession } from './committee-session.entity';
import { Committee } from './committee.entity';
import {
  AddAgendaItemInput,
  AgendaItemInput,
  PlanSessionInput,
  RecordAttendanceInput,
  UpdateSessionInput,
} from './dto/committee.inputs';
import { AgendaService } from './agenda.service';
import { SessionListArgs } from './dto/session-list.args';
import { assertSessionStatus, auditSessionChange } from './session-changes';
import { SessionInvitations } from './session-invitations';

const MAX_SESSION_HOURS = 24;

/** Planning and running committee sessions: invitations, attendance and proxies; the agenda's writes are AgendaService's. */
@Injectable()
export class CommitteeSessionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly live: LiveEvents,
    private readonly invitations: SessionInvitations,
    private readonly agenda: AgendaService,
  ) {}

  async get(id: string): Promise<CommitteeSession> {
    const session = await this.dataSource.getRepository(CommitteeSession).findOneBy({ id });
    if (!session) throw new AppError('NOT_FOUND', msg('committee.sessionNotFound', { id }));
    return session;
  }

  /** Sessions of the partnership; upcoming: from today on, soonest first; otherwise newest first. */
  list(partnershipId: string, upcoming: boolean | undefined, first: number): Promise<CommitteeSession[]> {
    const q = this.dataSource
      .getRepository(CommitteeSession)
      .createQueryBuilder('s')
      .where('s.partnership_id = :partnershipId', { partnershipId });
    if (upcoming === true)
      q.andWhere(`s.ends_at >= now() AND s.status IN ('PLANNED','IN_PROGRESS')`).orderBy('s.starts_at', 'ASC');
    else if (upcoming === false)
      q.andWhere(`(s.ends_at < now() OR s.status IN ('CLOSED','CANCELLED'))`).orderBy('s.starts_at', 'DESC');
    else q.orderBy('s.starts_at', 'DESC');
    return q.addOrderBy('s.id', 'ASC').take(first).getMany();
  }

  /**
   * One page of `list`: keyset over (starts_at to the millisecond, id), the precision a cursor keeps; upcoming ones
   * soonest first, the others newest first.
   */
  async page(partnershipId: string, args: SessionListArgs): Promise<Page<CommitteeSession>> {
    const starts = `date_trunc('milliseconds', s.starts_at)`;
    const q = this.dataSource
      .getRepository(CommitteeSession)
      .createQueryBuilder('s')
      .where('s.partnership_id = :partnershipId', { partnershipId });
    if (args.upcoming === true) q.andWhere(`s.ends_at >= now() AND s.status IN ('PLANNED','IN_PROGRESS')`);
    else if (args.upcoming === false) q.andWhere(`(s.ends_at < now() OR s.status IN ('CLOSED','CANCELLED'))`);
    const totalCount = await q.clone().getCount();
    const direction = args.upcoming === true ? 'ASC' : 'DESC';
    if (args.after) {
      const [at, id] = decodeTimeCursor(args.after);
      q.andWhere(`(${starts}, s.id) ${direction === 'ASC' ? '>' : '<'} (:at::timestamptz, :id::uuid)`, { at, id });
    }
    const rows = await q
      .orderBy(starts, direction)
      .addOrderBy('s.id', direction)
      .take(args.first + 1)
      .getMany();
    return toPage(rows, args.first, totalCount, (session) => session.startsAt.toISOString());
  }

  async plan(viewer: Viewer, input: PlanSessionInput): Promise<CommitteeSession> {
    checkTimes(input.startsAt, input.endsAt);
    return this.dataSource.transaction(async (manager) => {
      const committee = await manager.findOneBy(Committee, { id: input.committeeId });
      if (!committee) throw AppError.badInput({ committeeId: [msg('session.noCommittee', { id: input.committeeId })] });
      const session = await manager.save(
        manager.create(CommitteeSession, {
          partnershipId: committee.partnershipId,
          committeeId: committee.id,
          title: input.title,
          startsAt: input.startsAt,
          endsAt: input.endsAt,
          location: input.location ?? '',
          videoUrl: input.videoUrl ?? '',
          status: SessionStatus.PLANNED,
        }),
      );
      const agenda = await this.agenda.planItems(manager, session, input.agenda);
      await this.record(manager, viewer, session, 'session.planned', {
        title: session.title,
        startsAt: session.startsAt.toISOString(),
        agenda: agenda.length,
        nonPublic: agenda.filter((item) => !item.public).length,
      });
      return session;
    });
  }

  async update(viewer: Viewer, id: string, input: UpdateSessionInput): Promise<CommitteeSession> {
    AppError.refuseRemoval(input, ['title', 'startsAt', 'endsAt', 'location', 'videoUrl']);
    return this.change(id, viewer, async (manager, session) => {
      assertSessionStatus(session, [SessionStatus.PLANNED, SessionStatus.IN_PROGRESS], 'changed');
      manager.merge(CommitteeSession, session, input);
      checkTimes(session.startsAt, session.endsAt);
      await manager.save(session);
      await this.record(manager, viewer, session, 'session.changed', { ...input });
    });
  }

  async addAgendaItem(viewer: Viewer, input: AddAgendaItemInput): Promise<AgendaItem> {
    let created: AgendaItem | null = null;
    await this.change(input.sessionId, viewer, async (manager, session) => {
      created = await this.agenda.addItem(manager, viewer.user.id, session.partnershipId, session.id, {
        kind: input.kind,
        title: input.title,
        description: input.description,
        public: input.public,
      });
    });
    return created as unknown as AgendaItem;
  }

  async updateAgendaItem(viewer: Viewer, id: string, input: AgendaItemInput): Promise<AgendaItem> {
    const item = await this.item(id);
    await this.change(item.sessionId, viewer, (manager, session) =>
      this.agenda.changeItem(manager, viewer.user.id, session, id, input),
    );
    return this.item(id);
  }

  /** Makes an item public or non-public, whatever the state of its session. */
  async setAgendaItemPublic(viewer: Viewer, id: string, isPublic: boolean): Promise<AgendaItem> {
    const item = await this.item(id);
    await this.change(item.sessionId, viewer, (manager, session) =>
      this.agenda.setPublic(manager, viewer.user.id, session, id, isPublic),
    );
    return this.item(id);
  }

  async removeAgendaItem(viewer: Viewer, id: string): Promise<CommitteeSession> {
    const item = await this.item(id);
    return this.change(item.sessionId, viewer, (manager, session) =>
      this.agenda.removeItem(manager, viewer.user.id, session, id),
    );
  }

  /** Moves an item to another position; the others close up. */
  async moveAgendaItem(viewer: Viewer, id: string, position: number): Promise<CommitteeSession> {
    const item = await this.item(id);
    return this.change(item.sessionId, viewer, (manager, session) =>
      this.agenda.moveItem(manager, viewer.user.id, session, id, position),
    );
  }

  async sendInvitations(viewer: Viewer, id: string): Promise<CommitteeSession> {
    return this.change(id, viewer, async (manager, session) => {
      assertSessionStatus(session, [SessionStatus.PLANNED], 'announced');
      const sent = await this.invitations.send(manager, session);
      session.invitationsSentAt = new Date();
      await manager.save(session);
      await this.record(manager, viewer, session, 'session.invitations_sent', { recipients: sent });
    });
  }

  async start(viewer: Viewer, id: string): Promise<CommitteeSession> {
    return this.change(id, viewer, async (manager, session) => {
      assertSessionStatus(session, [SessionStatus.PLANNED], 'started');
      session.status = SessionStatus.IN_PROGRESS;
      session.openedAt = new Date();
      await manager.save(session);
      await this.record(manager, viewer, session, 'session.started', {});
    });
  }

  /** Present, absent, or absent with the vote carried by a present member (proxy). */
  async recordAttendance(viewer: Viewer, input: RecordAttendanceInput): Promise<CommitteeSession> {
    return this.change(input.sessionId, viewer, async (manager, session) => {
      assertSessionStatus(session, [SessionStatus.PLANNED, SessionStatus.IN_PROGRESS], 'given attendance');
      const seats = await manager.findBy(CommitteeSeat, {
        committeeId: session.committeeId,
        membershipId: In([input.membershipId, input.proxyMembershipId ?? input.membershipId]),
      });
      const seat = seats.find((s) => s.membershipId === input.membershipId && s.endedOn === null);
      if (!seat) throw AppError.badInput({ membershipId: [msg('session.noSeat')] });
      const proxy = input.proxyMembershipId ?? null;
      if (proxy) {
        const errors: MessageRef[] = [];
        if (input.present) errors.push(msg('session.presentNoProxy'));
        if (proxy === input.membershipId) errors.push(msg('session.ownProxy'));
        const holder = seats.find((s) => s.membershipId === proxy && s.endedOn === null);
        if (!holder || holder.kind !== 'VOTING') errors.push(msg('session.proxyNeedsVotingSeat'));
        const holderAttendance = await manager.findOneBy(Attendance, { sessionId: session.id, membershipId: proxy });
        if (!holderAttendance?.present) errors.push(msg('session.proxyNotPresent'));
        if (errors.length > 0) throw AppError.badInput({ proxyMembershipId: errors });
      }
      await manager.upsert(
        Attendance,
        { sessionId: session.id, membershipId: input.membershipId, present: input.present, proxyMembershipId: proxy },
        ['sessionId', 'membershipId'],
      );
      // A member who leaves can no longer carry others' votes.
      if (!input.present)
        await manager.update(
          Attendance,
          { sessionId: session.id, proxyMembershipId: input.membershipId },
          { proxyMembershipId: null },
        );
      const membership = await manager.findOneByOrFail(Membership, { id: input.membershipId });
      await this.record(manager, viewer, session, 'session.attendance', {
        organisationId: membership.organisationId,
        present: input.present,
        proxyMembershipId: proxy,
      });
    });
  }

  /**
   * Every current seat holder present in one transaction (a big committee at the door); proxies lapse, as a present
   * member votes itself. Each seat that changes is audited as recordAttendance audits one.
   */
  async recordAllPresent(viewer: Viewer, id: string): Promise<CommitteeSession> {
    return this.change(id, viewer, async (manager, session) => {
      assertSessionStatus(session, [SessionStatus.PLANNED, SessionStatus.IN_PROGRESS], 'given attendance');
      const seats: { membership_id: string; organisation_id: string; present: boolean | null }[] = await manager.query(
        `SELECT s.membership_id, m.organisation_id, a.present
           FROM committee_seats s JOIN memberships m ON m.id = s.membership_id
           LEFT JOIN attendances a ON a.session_id = $1 AND a.membership_id = s.membership_id
          WHERE s.committee_id = $2 AND s.ended_on IS NULL
          ORDER BY s.membership_id`,
        [session.id, session.committeeId],
      );
      const changed = seats.filter((s) => s.present !== true);
      if (changed.length === 0) return;
      await manager.upsert(
        Attendance,
        changed.map((s) => ({
          sessionId: session.id,
          membershipId: s.membership_id,
          present: true,
          proxyMembershipId: null,
        })),
        ['sessionId', 'membershipId'],
      );
      for (const seat of changed)
        await this.record(manager, viewer, session, 'session.attendance', {
          organisationId: seat.organisation_id,
          present: true,
          proxyMembershipId: null,
        });
    });
  }

  /** Back to "not recorded" for every seat, e.g. after recording the wrong session; audited as one event. */
  async clearAttendance(viewer: Viewer, id: string): Promise<CommitteeSession> {
    return this.change(id, viewer, async (manager, session) => {
      assertSessionStatus(session, [SessionStatus.PLANNED, SessionStatus.IN_PROGRESS], 'given attendance');
      const result = await manager.delete(Attendance, { sessionId: session.id });
      if (result.affected)
        await this.record(manager, viewer, session, 'session.attendance_cleared', { seats: result.affected });
    });
  }

  async writeMinutes(viewer: Viewer, id: string, minutes: string): Promise<AgendaItem> {
    if (minutes.length > 50_000) throw AppError.badInput({ minutes: [msg('session.minutesTooLong')] });
    const item = await this.item(id);
    await this.change(item.sessionId, viewer, (manager, session) =>
      this.agenda.writeMinutes(manager, viewer.user.id, session, id, minutes),
    );
    return this.item(id);
  }

  async close(viewer: Viewer, id: string): Promise<CommitteeSession> {
    return this.change(id, viewer, async (manager, session) => {
      assertSessionStatus(session, [SessionStatus.IN_PROGRESS], 'closed');
      const open = await manager.countBy(Vote, { sessionId: session.id, status: VoteStatus.OPEN });
      if (open > 0) throw new AppError('CONFLICT', msg('committee.votesStillOpen', { count: open }));
      session.status = SessionStatus.CLOSED;
      session.closedAt = new Date();
      await manager.save(session);
      await this.record(manager, viewer, session, 'session.closed', {});
    });
  }

  async cancel(viewer: Viewer, id: string): Promise<CommitteeSession> {
    return this.change(id, viewer, async (manager, session) => {
      assertSessionStatus(session, [SessionStatus.PLANNED], 'cancelled');
      session.status = SessionStatus.CANCELLED;
      await manager.save(session);
      await this.record(manager, viewer, session, 'session.cancelled', {});
    });
  }

  /** The minutes of a closed session are approved in a later session of the same committee that is in progress. */
  async approveMinutes(viewer: Viewer, id: string, inSessionId: string): Promise<CommitteeSession> {
    return this.change(id, viewer, async (manager, session) => {
      const current = await manager.findOneBy(CommitteeSession, { id: inSessionId });
      const errors: MessageRef[] = [];
      if (session.status !== SessionStatus.CLOSED)
        errors.push(msg('session.approveClosedOnly', { status: msg(`vote.sessionStatus.${session.status}`) }));
      if (session.minutesApprovedAt) errors.push(msg('session.minutesAlreadyApproved'));
      if (!current || current.committeeId !== session.committeeId) errors.push(msg('session.approveSameCommittee'));
      else if (current.status !== SessionStatus.IN_PROGRESS) errors.push(msg('session.approveInProgress'));
      else if (current.startsAt <= session.startsAt) errors.push(msg('session.approveLater'));
      if (errors.length > 0) throw AppError.badInput({ inSessionId: errors });
      session.minutesApprovedInSessionId = inSessionId;
      session.minutesApprovedAt = new Date();
      await manager.save(session);
      await this.record(manager, viewer, session, 'minutes.approved', { inSessionId });
    });
  }

  private async item(id: string): Promise<AgendaItem> {
    const item = await this.dataSource.getRepository(AgendaItem).findOneBy({ id });
    if (!item) throw new AppError('NOT_FOUND', msg('committee.agendaItemNotFound', { id }));
    return item;
  }

  /** Locks the session, applies the change, and tells everyone watching it live. */
  private async change(
    id: string,
    viewer: Viewer,
    apply: (manager: EntityManager, session: CommitteeSession) => Promise<void>,
  ): Promise<CommitteeSession> {
    const session = await this.dataSource.transaction(async (manager) => {
      const session = await manager.findOne(CommitteeSession, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!session) throw new AppError('NOT_FOUND', msg('committee.sessionNotFound', { id }));
      await apply(manager, session);
      return manager.findOneByOrFail(CommitteeSession, { id });
    });
    void viewer;
    await this.live.publish({ topic: `session:${id}`, version: [], data: { sessionId: id } });
    return session;
  }

  private record(
    manager: EntityManager,
    viewer: Viewer,
    session: CommitteeSession,
    action: AuditAction,
    payload: Record<string, unknown>,
  ) {
    return auditSessionChange(manager, viewer.user.id, session, action, payload);
  }
}

function checkTimes(startsAt: Date, endsAt: Date) {
  const errors: MessageRef[] = [];
  if (endsAt <= startsAt) errors.push(msg('session.endsAfterStarts'));
  if (endsAt.getTime() - startsAt.getTime() > MAX_SESSION_HOURS * 3600_000)
    errors.push(msg('session.atMostHours', { hours: MAX_SESSION_HOURS }));
  if (errors.length > 0) throw AppError.badInput({ endsAt: errors });
}
