import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { byId, groupBy } from '../common/graphql/batch';
import { Ballot } from './ballot.entity';
import { Decision } from './decision.entity';
import { SecretParticipation } from './secret-ballot.entities';
import { Vote } from './vote.entity';

/** Per-request batching for votes, decisions and ballots (part of the GraphQL context's loaders). */
export interface VoteLoaders {
  vote: DataLoader<string, Vote | null>;
  votesBySession: DataLoader<string, Vote[]>;
  votesByAgendaItem: DataLoader<string, Vote[]>;
  votesByDecision: DataLoader<string, Vote[]>;
  decision: DataLoader<string, Decision | null>;
  ballotsByVote: DataLoader<string, Ballot[]>;
  participantsByVote: DataLoader<string, string[]>;
}

export function voteLoaders(dataSource: DataSource): VoteLoaders {
  return {
    vote: new DataLoader(async (ids) => byId(ids, await dataSource.getRepository(Vote).findBy({ id: In([...ids]) }))),
    votesBySession: new DataLoader(async (ids) =>
      groupBy(
        ids,
        await dataSource
          .getRepository(Vote)
          .find({ where: { sessionId: In([...ids]) }, order: { openedAt: 'ASC', id: 'ASC' } }),
        (v) => v.sessionId ?? '',
      ),
    ),
    votesByAgendaItem: new DataLoader(async (ids) =>
      groupBy(
        ids,
        await dataSource
          .getRepository(Vote)
          .find({ where: { agendaItemId: In([...ids]) }, order: { openedAt: 'ASC', id: 'ASC' } }),
        (v) => v.agendaItemId ?? '',
      ),
    ),
    votesByDecision: new DataLoader(async (ids) =>
      groupBy(
        ids,
        await dataSource
          .getRepository(Vote)
          .find({ where: { decisionId: In([...ids]) }, order: { openedAt: 'ASC', id: 'ASC' } }),
        (v) => v.decisionId ?? '',
      ),
    ),
    decision: new DataLoader(async (ids) =>
      byId(ids, await dataSource.getRepository(Decision).findBy({ id: In([...ids]) })),
    ),
    ballotsByVote: new DataLoader(async (ids) =>
      groupBy(
        ids,
        await dataSource
          .getRepository(Ballot)
          .find({ where: { voteId: In([...ids]) }, order: { castAt: 'ASC', id: 'ASC' } }),
        (b) => b.voteId,
      ),
    ),
    participantsByVote: new DataLoader(async (ids) => {
      const rows = await dataSource.getRepository(SecretParticipation).find({ where: { voteId: In([...ids]) } });
      return groupBy(ids, rows, (r) => r.voteId).map((list) => list.map((r) => r.membershipId));
    }),
  };
}
