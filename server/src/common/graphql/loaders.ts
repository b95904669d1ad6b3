import { byId, groupBy } from './batch';
import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, In, IsNull } from 'typeorm';
import { AgendaItem } from '../../committees/agenda-item.entity';
import { Attendance } from '../../committees/attendance.entity';
import { Committee } from '../../committees/committee.entity';
import { CommitteeSeat } from '../../committees/committee-seat.entity';
import { CommitteeSession } from '../../committees/committee-session.entity';
import { Ballot } from '../../votes/ballot.entity';
import { Decision } from '../../votes/decision.entity';
import { SecretParticipation } from '../../votes/secret-ballot.entities';
import { Vote } from '../../votes/vote.entity';
import { Membership } from '../../memberships/membership.entity';
import { Organisation } from '../../organisations/organisation.entity';
import { Partnership } from '../../partnerships/partnership.entity';
import { PartnershipRole } from '../../people/partnership-role.entity';
import { User } from '../../users/user.entity';
import { Viewer } from '../auth/viewer';
import { requestLoaders, RequestLoaders } from '../../feature-requests/feature-request.loaders';
import { ledgerLoaders, LedgerLoaders } from '../../finance/ledger/ledger.loaders';
import { agreementLoaders, AgreementLoaders } from '../../finance/agreements/agreement.loaders';

/** Per-request batching: every relation field resolves through one of these, so lists stay N+1-free. */
export interface Loaders {
  organisation: DataLoader<string, Organisation | null>;
  partnership: DataLoader<string, Partnership | null>;
  membershipsByPartnership: DataLoader<string, Membership[]>;
  user: DataLoader<string, User | null>;
  rolesByUser: DataLoader<string, PartnershipRole[]>;
  membership: DataLoader<string, Membership | null>;
  committee: DataLoader<string, Committee | null>;
  committeesByPartnership: DataLoader<string, Committee[]>;
  activeSeatsByCommittee: DataLoader<string, CommitteeSeat[]>;
  session: DataLoader<string, CommitteeSession | null>;
  sessionsByCommittee: DataLoader<string, CommitteeSession[]>;
  agendaBySession: DataLoader<string, AgendaItem[]>;
  attendanceBySession: DataLoader<string, Attendance[]>;
  vote: DataLoader<string, Vote | null>;
  votesBySession: DataLoader<string, Vote[]>;
  votesByAgendaItem: DataLoader<string, Vote[]>;
  votesByDecision: DataLoader<string, Vote[]>;
  decision: DataLoader<string, Decision | null>;
  ballotsByVote: DataLoader<string, Ballot[]>;
  participantsByVote: DataLoader<string, string[]>;
  requests: RequestLoaders;
  ledger: LedgerLoaders;
  agreements: AgreementLoaders;
}

export interface GraphQLContext {
  req: unknown;
  res: unknown;
  loaders: Loaders;
  viewer: Viewer | null;
}

@Injectable()
export class LoadersFactory {
  constructor(private readonly dataSource: DataSource) {}

  create(): Loaders {
    const organisations = this.dataSource.getRepository(Organisation);
    const partnerships = this.dataSource.getRepository(Partnership);
    const memberships = this.dataSource.getRepository(Membership);
    const users = this.dataSource.getRepository(User);
    const roles = this.dataSource.getRepository(PartnershipRole);
    return {
      organisation: new DataLoader(async (ids) => byId(ids, await organisations.findBy({ id: In([...ids]) }))),
      partnership: new DataLoader(async (ids) => byId(ids, await partnerships.findBy({ id: In([...ids]) }))),
      membershipsByPartnership: new DataLoader(async (ids) =>
        groupBy(ids, await memberships.find({ where: { partnershipId: In([...ids]) }, order: { joinedOn: 'ASC', id: 'ASC' } }), (m) => m.partnershipId),
      ),
      user: new DataLoader(async (ids) => byId(ids, await users.findBy({ id: In([...ids]) }))),
      rolesByUser: new DataLoader(async (ids) =>
        groupBy(ids, await roles.find({ where: { userId: In([...ids]) }, order: { createdAt: 'ASC', id: 'ASC' } }), (r) => r.userId),
      ),
      membership: new DataLoader(async (ids) => byId(ids, await memberships.findBy({ id: In([...ids]) }))),
      committee: new DataLoader(async (ids) => byId(ids, await this.dataSource.getRepository(Committee).findBy({ id: In([...ids]) }))),
      committeesByPartnership: new DataLoader(async (ids) =>
        groupBy(ids, await this.dataSource.getRepository(Committee).find({ where: { partnershipId: In([...ids]) }, order: { createdAt: 'ASC', id: 'ASC' } }), (c) => c.partnershipId),
      ),
      activeSeatsByCommittee: new DataLoader(async (ids) =>
        groupBy(ids, await this.dataSource.getRepository(CommitteeSeat).find({ where: { committeeId: In([...ids]), endedOn: IsNull() }, order: { startedOn: 'ASC', id: 'ASC' } }), (s) => s.committeeId),
      ),
      session: new DataLoader(async (ids) => byId(ids, await this.dataSource.getRepository(CommitteeSession).findBy({ id: In([...ids]) }))),
      sessionsByCommittee: new DataLoader(async (ids) =>
        groupBy(ids, await this.dataSource.getRepository(CommitteeSession).find({ where: { committeeId: In([...ids]) }, order: { startsAt: 'DESC', id: 'ASC' } }), (s) => s.committeeId),
      ),
      agendaBySession: new DataLoader(async (ids) =>
        groupBy(ids, await this.dataSource.getRepository(AgendaItem).find({ where: { sessionId: In([...ids]) }, order: { position: 'ASC' } }), (a) => a.sessionId),
      ),
      attendanceBySession: new DataLoader(async (ids) =>
        groupBy(ids, await this.dataSource.getRepository(Attendance).find({ where: { sessionId: In([...ids]) } }), (a) => a.sessionId),
      ),
      vote: new DataLoader(async (ids) => byId(ids, await this.dataSource.getRepository(Vote).findBy({ id: In([...ids]) }))),
      votesBySession: new DataLoader(async (ids) =>
        groupBy(ids, await this.dataSource.getRepository(Vote).find({ where: { sessionId: In([...ids]) }, order: { openedAt: 'ASC', id: 'ASC' } }), (v) => v.sessionId ?? ''),
      ),
      votesByAgendaItem: new DataLoader(async (ids) =>
        groupBy(ids, await this.dataSource.getRepository(Vote).find({ where: { agendaItemId: In([...ids]) }, order: { openedAt: 'ASC', id: 'ASC' } }), (v) => v.agendaItemId ?? ''),
      ),
      votesByDecision: new DataLoader(async (ids) =>
        groupBy(ids, await this.dataSource.getRepository(Vote).find({ where: { decisionId: In([...ids]) }, order: { openedAt: 'ASC', id: 'ASC' } }), (v) => v.decisionId ?? ''),
      ),
      decision: new DataLoader(async (ids) => byId(ids, await this.dataSource.getRepository(Decision).findBy({ id: In([...ids]) }))),
      ballotsByVote: new DataLoader(async (ids) =>
        groupBy(ids, await this.dataSource.getRepository(Ballot).find({ where: { voteId: In([...ids]) }, order: { castAt: 'ASC', id: 'ASC' } }), (b) => b.voteId),
      ),
      participantsByVote: new DataLoader(async (ids) => {
        const rows = await this.dataSource.getRepository(SecretParticipation).find({ where: { voteId: In([...ids]) } });
        return groupBy(ids, rows, (r) => r.voteId).map((list) => list.map((r) => r.membershipId));
      }),
      requests: requestLoaders(this.dataSource),
      ledger: ledgerLoaders(this.dataSource),
      agreements: agreementLoaders(this.dataSource),
    };
  }
}
