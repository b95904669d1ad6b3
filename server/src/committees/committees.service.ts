import { today } from '../common/civil-date';
import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { appendAuditEvent } from '../audit/audit-append';
import { Viewer } from '../auth/viewer';
import { AppError } from '../common/graphql/app-error';
import { msg } from '../common/i18n/messages';
import { Membership } from '../memberships/membership.entity';
import { MembershipStatus } from '../memberships/membership-status';
import { Partnership } from '../partnerships/partnership.entity';
import { presets } from '../votes/decision-rule';
import { chooseRule } from '../votes/rule-choice';
import { CommitteeKind, SeatKind } from './committee-enums';
import { CommitteeSeat } from './committee-seat.entity';
import { Committee } from './committee.entity';
import { CreateCommitteeInput, SetCommitteeSeatInput, UpdateCommitteeInput } from './dto/committee.inputs';

@Injectable()
export class CommitteesService {
  constructor(private readonly dataSource: DataSource) {}

  list(partnershipId: string): Promise<Committee[]> {
    return this.dataSource
      .getRepository(Committee)
      .find({ where: { partnershipId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async get(id: string): Promise<Committee> {
    const committee = await this.dataSource.getRepository(Committee).findOneBy({ id });
    if (!committee) throw new AppError('NOT_FOUND', msg('committee.notFound', { id }));
    return committee;
  }

  async create(viewer: Viewer, input: CreateCommitteeInput): Promise<Committee> {
    const partnership = await this.dataSource.getRepository(Partnership).findOneBy({ id: input.partnershipId });
    if (!partnership)
      throw AppError.badInput({ partnershipId: [msg('session.noPartnership', { id: input.partnershipId })] });
    const votes = input.kind === CommitteeKind.COMMUNITY_CALL ? false : (input.votes ?? true);
    if (input.kind === CommitteeKind.COMMUNITY_CALL && input.votes) {
      throw AppError.badInput({
        votes: [msg('session.callNeverVotes')],
      });
    }
    const { rule, name } = await this.ruleFor(input.partnershipId, input.defaultRule);
    return this.dataSource.transaction(async (manager) => {
      await this.assertNameFree(manager, input.partnershipId, input.name, null);
      const committee = await manager.save(
        manager.create(Committee, {
          partnershipId: input.partnershipId,
          name: input.name,
          kind: input.kind,
          description: input.description ?? '',
          votes,
          cadence: input.cadence,
          defaultRule: rule,
          defaultRuleName: name,
          seatsForAllMembers: input.seatsForAllMembers ?? true,
          feedToken: randomBytes(16).toString('hex'),
        }),
      );
      if (committee.seatsForAllMembers) await this.seatAllMembers(manager, committee);
      await appendAuditEvent(manager, {
        partnershipId: committee.partnershipId,
        actorUserId: viewer.user.id,
        action: 'committee.created',
        subjectType: 'Committee',
        subjectId: committee.id,
        payload: {
          name: committee.name,
          kind: committee.kind,
          votes: committee.votes,
          cadence: committee.cadence,
          ruleName: name,
          rule,
        },
      });
      return committee;
    });
  }

  async update(viewer: Viewer, id: string, input: UpdateCommitteeInput): Promise<Committee> {
    AppError.refuseRemoval(input, ['name', 'cadence', 'votes', 'seatsForAllMembers', 'description', 'defaultRule']);
    return this.dataSource.transaction(async (manager) => {
      const committee = await manager.findOne(Committee, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!committee) throw new AppError('NOT_FOUND', msg('committee.notFound', { id }));
      if (committee.kind === CommitteeKind.COMMUNITY_CALL && input.votes) {
        throw AppError.badInput({ votes: [msg('committee.communityCallNeverVotes')] });
      }
      if (input.name !== undefined)
        await this.assertNameFree(manager, committee.partnershipId, input.name, committee.id);
      if (input.defaultRule) {
        const chosen = await this.ruleFor(committee.partnershipId, input.defaultRule);
        committee.defaultRule = chosen.rule;
        committee.defaultRuleName = chosen.name;
      }
      const { defaultRule: _ignored, ...rest } = input;
      void _ignored;
      manager.merge(Committee, committee, rest);
      const saved = await manager.save(committee);
      if (input.seatsForAllMembers) await this.seatAllMembers(manager, saved);
      await appendAuditEvent(manager, {
        partnershipId: saved.partnershipId,
        actorUserId: viewer.user.id,
        action: 'committee.changed',
        subjectType: 'Committee',
        subjectId: saved.id,
        payload: {
          ...rest,
          ...(input.defaultRule ? { ruleName: saved.defaultRuleName, rule: saved.defaultRule } : {}),
        },
      });
      return saved;
    });
  }

  async setSeat(viewer: Viewer, input: SetCommitteeSeatInput): Promise<CommitteeSeat> {
    return this.dataSource.transaction(async (manager) => {
      const committee = await manager.findOne(Committee, {
        where: { id: input.committeeId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!committee) throw AppError.badInput({ committeeId: [msg('session.noCommittee', { id: input.committeeId })] });
      const membership = await manager.findOneBy(Membership, { id: input.membershipId });
      if (!membership || membership.partnershipId !== committee.partnershipId) {
        throw AppError.badInput({ membershipId: [msg('session.mustBeMembership')] });
      }
      if (membership.status !== MembershipStatus.ACTIVE) {
        throw AppError.badInput({
          membershipId: [msg('session.onlyActiveSeats', { status: membership.status })],
        });
      }
      if (input.kind === SeatKind.VOTING && !membership.voting) {
        throw AppError.badInput({
          kind: [msg('session.noVotingRight')],
        });
      }
      if (input.kind === SeatKind.VOTING && !committee.votes) {
        throw AppError.badInput({ kind: [msg('session.advisoryOnly')] });
      }
      if (input.chair)
        await manager.update(
          CommitteeSeat,
          { committeeId: committee.id, chair: true, endedOn: IsNull() },
          { chair: false },
        );
      let seat = await manager.findOneBy(CommitteeSeat, {
        committeeId: committee.id,
        membershipId: membership.id,
        endedOn: IsNull(),
      });
      const before = seat ? { kind: seat.kind, chair: seat.chair } : null;
      seat = manager.merge(
        CommitteeSeat,
        seat ??
          manager.create(CommitteeSeat, {
            committeeId: committee.id,
            membershipId: membership.id,
            startedOn: today(),
            endedOn: null,
          }),
        {
          kind: input.kind,
          chair: input.chair,
        },
      );
      const saved = await manager.save(seat);
      await appendAuditEvent(manager, {
        partnershipId: committee.partnershipId,
        actorUserId: viewer.user.id,
        action: 'committee.seat_set',
        subjectType: 'CommitteeSeat',
        subjectId: saved.id,
        payload: {
          committeeId: committee.id,
          organisationId: membership.organisationId,
          before,
          after: { kind: saved.kind, chair: saved.chair },
        },
      });
      return saved;
    });
  }

  async endSeat(viewer: Viewer, id: string): Promise<CommitteeSeat> {
    return this.dataSource.transaction(async (manager) => {
      const seat = await manager.findOne(CommitteeSeat, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!seat) throw new AppError('NOT_FOUND', msg('committee.seatNotFound', { id }));
      if (seat.endedOn) throw new AppError('CONFLICT', msg('committee.seatEnded', { date: seat.endedOn }));
      const committee = await manager.findOneByOrFail(Committee, { id: seat.committeeId });
      const membership = await manager.findOneByOrFail(Membership, { id: seat.membershipId });
      seat.endedOn = today() < seat.startedOn ? seat.startedOn : today();
      seat.chair = false;
      const saved = await manager.save(seat);
      await appendAuditEvent(manager, {
        partnershipId: committee.partnershipId,
        actorUserId: viewer.user.id,
        action: 'committee.seat_ended',
        subjectType: 'CommitteeSeat',
        subjectId: saved.id,
        payload: { committeeId: committee.id, organisationId: membership.organisationId, endedOn: saved.endedOn },
      });
      return saved;
    });
  }

  /** Sessions' and committees' rules are checked against the partnership's members as they are now. */
  private async ruleFor(partnershipId: string, choice: CreateCommitteeInput['defaultRule']) {
    const [{ veto_holders, voters }] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE veto_right)::int AS veto_holders, count(*)::int AS voters
       FROM memberships WHERE partnership_id = $1 AND status = 'ACTIVE' AND voting`,
      [partnershipId],
    );
    return chooseRule(
      choice,
      { rule: presets.SIMPLE_MAJORITY, name: 'SIMPLE_MAJORITY' },
      // The chair is set later; whether one exists is checked when a vote opens.
      { procedure: 'SESSION', vetoHolders: veto_holders, hasChair: true, entitledCount: Math.max(voters, 1) },
      'defaultRule',
    );
  }

  private async assertNameFree(manager: EntityManager, partnershipId: string, name: string, exceptId: string | null) {
    const clash = await manager.findOneBy(Committee, { partnershipId, name });
    if (clash && clash.id !== exceptId) {
      throw new AppError('CONFLICT', msg('committee.nameTaken', { name }), {
        fields: { name: [msg('committee.nameTakenField')] },
      });
    }
  }

  private async seatAllMembers(manager: EntityManager, committee: Committee) {
    await manager.query(
      `INSERT INTO committee_seats (committee_id, membership_id, kind, started_on)
       SELECT $1, m.id, CASE WHEN m.voting AND $3 THEN 'VOTING' ELSE 'ADVISORY' END, current_date
       FROM memberships m
       WHERE m.partnership_id = $2 AND m.status = 'ACTIVE'
         AND NOT EXISTS (SELECT 1 FROM committee_seats s WHERE s.committee_id = $1 AND s.membership_id = m.id AND s.ended_on IS NULL)`,
      [committee.id, committee.partnershipId, committee.votes],
    );
  }
}
