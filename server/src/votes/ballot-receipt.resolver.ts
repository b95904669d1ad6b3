import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AuditCheckpoint } from '../audit/audit-checkpoint';
import { Public } from '../common/auth/access.decorators';
import type { GraphQLContext } from '../loaders';
import { BallotReceipt } from './vote-tally.types';

@Resolver(() => BallotReceipt)
export class BallotReceiptResolver {
  // A field of the receipt castBallot has just given its voter (whose access was checked there).
  @Public()
  @ResolveField(() => AuditCheckpoint, {
    nullable: true,
    description:
      'The head of the partnership’s audit chain when the receipt was issued: keep it with the code. Your ballot reaches the chain after it, within seconds.',
  })
  async auditCheckpoint(@Parent() receipt: BallotReceipt, @Context() ctx: GraphQLContext) {
    const vote = await ctx.loaders.vote.load(receipt.voteId);
    return vote ? ctx.loaders.auditCheckpoint.load(vote.partnershipId) : null;
  }
}
