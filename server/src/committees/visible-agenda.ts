import type { GraphQLContext } from '../loaders';
import type { Vote } from '../votes/vote.entity';
import type { AgendaItem } from './agenda-item.entity';
import { seesNonPublicItems, visibleItems } from './agenda-visibility';
import type { CommitteeSession } from './committee-session.entity';

/*
 * What the GraphQL fields show of non-public agenda items: members (agenda-visibility.ts) see them, everyone
 * else sees neither the items nor the votes opened on them. Through the request's loaders, so a list costs the
 * same statements whatever its length.
 */

/** The session's agenda as the viewer may see it, in order. */
export async function visibleAgenda(
  session: Pick<CommitteeSession, 'id' | 'partnershipId'>,
  ctx: GraphQLContext,
): Promise<AgendaItem[]> {
  const items = await ctx.loaders.agendaBySession.load(session.id);
  return visibleItems(items, seesNonPublicItems(ctx.viewer, session.partnershipId));
}

/** The votes the viewer may see, in their order: all for members, else those not opened on a non-public item. */
export async function visibleVotes(votes: readonly Vote[], ctx: GraphQLContext): Promise<Vote[]> {
  const items = await Promise.all(
    votes.map((vote) =>
      vote.agendaItemId && !seesNonPublicItems(ctx.viewer, vote.partnershipId)
        ? ctx.loaders.agendaItem.load(vote.agendaItemId)
        : null,
    ),
  );
  return votes.filter((_, i) => items[i]?.public !== false);
}
