import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AuditCheckpoint } from '../audit/audit-checkpoint';
import { Public } from '../common/auth/access.decorators';
import type { GraphQLContext } from '../loaders';
import { CommitteeSession } from './committee-session.entity';

@Resolver(() => CommitteeSession)
export class SessionCheckpointResolver {
  // As readable as the session (checked where it was read); printed with its minutes.
  @Public()
  @ResolveField(() => AuditCheckpoint, {
    nullable: true,
    description:
      'The head of the partnership’s audit chain as the minutes are read: whoever keeps a copy of the minutes keeps it.',
  })
  auditCheckpoint(@Parent() session: CommitteeSession, @Context() ctx: GraphQLContext) {
    return ctx.loaders.auditCheckpoint.load(session.partnershipId);
  }
}
