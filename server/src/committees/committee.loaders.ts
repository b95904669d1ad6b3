import DataLoader from 'dataloader';
import { DataSource, In, IsNull } from 'typeorm';
import { byId, groupBy } from '../common/graphql/batch';
import { AgendaItem } from './agenda-item.entity';
import { Attendance } from './attendance.entity';
import { CommitteeSeat } from './committee-seat.entity';
import { CommitteeSession } from './committee-session.entity';
import { Committee } from './committee.entity';

/** Per-request batching for committees, their seats and sessions (part of the GraphQL context's loaders). */
export interface CommitteeLoaders {
  committee: DataLoader<string, Committee | null>;
  committeesByPartnership: DataLoader<string, Committee[]>;
  activeSeatsByCommittee: DataLoader<string, CommitteeSeat[]>;
  session: DataLoader<string, CommitteeSession | null>;
  sessionsByCommittee: DataLoader<string, CommitteeSession[]>;
  agendaBySession: DataLoader<string, AgendaItem[]>;
  agendaItem: DataLoader<string, AgendaItem | null>;
  attendanceBySession: DataLoader<string, Attendance[]>;
}

export function committeeLoaders(dataSource: DataSource): CommitteeLoaders {
  return {
    committee: new DataLoader(async (ids) =>
      byId(ids, await dataSource.getRepository(Committee).findBy({ id: In([...ids]) })),
    ),
    committeesByPartnership: new DataLoader(async (ids) =>
      groupBy(
        ids,
        await dataSource
          .getRepository(Committee)
          .find({ where: { partnershipId: In([...ids]) }, order: { createdAt: 'ASC', id: 'ASC' } }),
        (c) => c.partnershipId,
      ),
    ),
    activeSeatsByCommittee: new DataLoader(async (ids) =>
      groupBy(
        ids,
        await dataSource
          .getRepository(CommitteeSeat)
          .find({ where: { committeeId: In([...ids]), endedOn: IsNull() }, order: { startedOn: 'ASC', id: 'ASC' } }),
        (s) => s.committeeId,
      ),
    ),
    session: new DataLoader(async (ids) =>
      byId(ids, await dataSource.getRepository(CommitteeSession).findBy({ id: In([...ids]) })),
    ),
    sessionsByCommittee: new DataLoader(async (ids) =>
      groupBy(
        ids,
        await dataSource
          .getRepository(CommitteeSession)
          .find({ where: { committeeId: In([...ids]) }, order: { startsAt: 'DESC', id: 'ASC' } }),
        (s) => s.committeeId,
      ),
    ),
    agendaBySession: new DataLoader(async (ids) =>
      groupBy(
        ids,
        await dataSource
          .getRepository(AgendaItem)
          .find({ where: { sessionId: In([...ids]) }, order: { position: 'ASC' } }),
        (a) => a.sessionId,
      ),
    ),
    agendaItem: new DataLoader(async (ids) =>
      byId(ids, await dataSource.getRepository(AgendaItem).findBy({ id: In([...ids]) })),
    ),
    attendanceBySession: new DataLoader(async (ids) =>
      groupBy(
        ids,
        await dataSource.getRepository(Attendance).find({ where: { sessionId: In([...ids]) } }),
        (a) => a.sessionId,
      ),
    ),
  };
}
