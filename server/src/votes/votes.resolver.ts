import {
  Args,
  Context,
  Field,
  ID,
  Int,
  Mutation,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
  Subscription,
} from '@nestjs/graphql';
import { Permission } from '../common/auth/permissions';
import { CurrentViewer, Public, RequirePermission, RequireReadable, SignedIn } from '../common/auth/access.decorators';
import { Viewer } from '../auth/viewer';
import { AgendaItem } from '../committees/agenda-item.entity';
import { CommitteeSession } from '../committees/committee-session.entity';
import { Committee } from '../committees/committee.entity';
import { seesNonPublicItems } from '../committees/agenda-visibility';
import { agendaItemAt, committeeAt, decisionAt, nonPublicVoteAt, voteAt } from '../committees/locators';
import { visibleVotes } from '../committees/visible-agenda';
import { IdArg } from '../common/graphql/id-arg';
import { Connection } from '../common/graphql/pagination';
import { VoteListArgs } from './dto/vote-list.args';
import { GraphQLContext } from '../loaders';
import { LiveEvents } from '../live/live-events';
import { Organisation } from '../organisations/organisation.entity';
import { Partnership } from '../partnerships/partnership.entity';
import { combineOutcomes } from './decision-outcome';
import { presets, PresetName } from './decision-rule';
import { DecisionRuleType, fromDecisionRule } from './decision-rule.types';
import { Decision } from './decision.entity';
import { CastBallotInput, OpenVoteInput, StartWrittenProcedureInput } from './dto/vote.inputs';
import { Choice, tally } from './tally';
import { BallotChoice, RulePreset, VoteOutcome, VoteStatus } from './vote-enums';
import { attendanceOf, toVoteTally, votersOf, voteTopic } from './vote-tallies';
import { BallotReceipt, VoteTally } from './vote-tally.types';
import { Vote } from './vote.entity';
import { castRights } from './cast-rights';
import { VoteOpeningService } from './vote-opening.service';
import { VotesService } from './votes.service';
import { VotesQueries } from './votes.queries';

@ObjectType('EntitledVoter', { description: 'A member entitled to vote, as copied when the vote opened.' })
export class EntitledVoter {
  @Field(() => ID) membershipId: string;
  organisationId: string;
  @Field() weight: string;
  @Field() vetoHolder: boolean;
  @Field() chair: boolean;
  @Field({ description: 'Whether its ballot is in (public also for secret votes: participation is not secret).' })
  hasVoted: boolean;
  @Field(() => BallotChoice, { nullable: true, description: 'Its choice; null in a secret vote or before it voted.' })
  choice: BallotChoice | null;
  @Field({ description: 'Cast by the member holding its proxy.' })
  byProxy: boolean;
}

@ObjectType('CastRight', {
  description: 'A ballot the viewer may cast: for its own organisation, or one whose proxy it carries.',
})
export class CastRight {
  @Field(() => ID) membershipId: string;
  organisationId: string;
  @Field() byProxy: boolean;
  @Field() hasVoted: boolean;
  @Field(() => BallotChoice, { nullable: true, description: 'The choice made, for open votes.' })
  choice: BallotChoice | null;
  @Field({ description: 'Whether a ballot can be cast or changed now.' })
  canCast: boolean;
}

@ObjectType('RulePresetInfo')
export class RulePresetInfo {
  @Field(() => RulePreset) name: RulePreset;
  @Field(() => DecisionRuleType) rule: DecisionRuleType;
}

@Resolver(() => EntitledVoter)
export class EntitledVoterResolver {
  @Public()
  @ResolveField(() => Organisation)
  organisation(@Parent() voter: EntitledVoter, @Context() ctx: GraphQLContext) {
    return ctx.loaders.organisation.load(voter.organisationId);
  }
}

@Resolver(() => CastRight)
export class CastRightResolver {
  @Public()
  @ResolveField(() => Organisation)
  organisation(@Parent() right: CastRight, @Context() ctx: GraphQLContext) {
    return ctx.loaders.organisation.load(right.organisationId);
  }
}

@ObjectType()
export class VoteConnection extends Connection(Vote, 'VoteConnection') {}

@Resolver(() => Partnership)
export class PartnershipVotesResolver {
  constructor(private readonly queries: VotesQueries) {}

  @Public()
  @ResolveField(() => VoteConnection, {
    description:
      'Its votes a page at a time, newest first; status filters, search looks in the title. Votes on non-public agenda items only for members.',
  })
  voteList(@Parent() partnership: Partnership, @CurrentViewer() viewer: Viewer | null, @Args() args: VoteListArgs) {
    return this.queries.page(partnership.id, args, seesNonPublicItems(viewer, partnership.id));
  }

  @Public()
  @ResolveField(() => [Vote], {
    description: 'Its votes, newest first; status filters. Votes on non-public agenda items only for members.',
  })
  votes(
    @Parent() partnership: Partnership,
    @CurrentViewer() viewer: Viewer | null,
    @Args('status', { type: () => VoteStatus, nullable: true }) status?: VoteStatus,
    @Args('first', { type: () => Int, defaultValue: 20 }) first = 20,
  ) {
    return this.queries.list(
      partnership.id,
      status ?? null,
      Math.min(Math.max(first, 1), 100),
      seesNonPublicItems(viewer, partnership.id),
    );
  }
}

@Resolver(() => Vote)
export class VotesResolver {
  constructor(
    private readonly votes: VotesService,
    private readonly opening: VoteOpeningService,
    private readonly queries: VotesQueries,
    private readonly live: LiveEvents,
  ) {}

  @RequireReadable(voteAt('id'), nonPublicVoteAt('id'))
  @Query(() => Vote)
  vote(@IdArg() id: string) {
    return this.votes.get(id);
  }

  @SignedIn()
  @Query(() => [Vote], {
    description:
      'Every open vote in which the viewer may cast a ballot (its organisation’s or a proxy’s), soonest deadline first.',
  })
  myOpenVotes(@CurrentViewer() viewer: Viewer) {
    return this.queries.openFor(viewer);
  }

  @Public()
  @Query(() => [RulePresetInfo], { description: 'The named decision rules.' })
  rulePresets(): RulePresetInfo[] {
    return (Object.keys(presets) as PresetName[]).map((name) => ({
      name: name as RulePreset,
      rule: fromDecisionRule(presets[name]),
    }));
  }

  @RequirePermission(Permission.COMMITTEES_MANAGE, agendaItemAt('input.agendaItemId'))
  @Mutation(() => Vote, {
    description:
      'Opens a vote on a DECISION item of a session in progress; the rule and the voters present are copied onto it.',
  })
  openVote(@CurrentViewer() viewer: Viewer, @Args('input') input: OpenVoteInput) {
    return this.opening.openInSession(viewer, input);
  }

  @RequirePermission(Permission.COMMITTEES_MANAGE, committeeAt('input.committeeIds.0'))
  @Mutation(() => [Vote], {
    description:
      'Umlaufverfahren: a vote in writing per committee, closing by itself at the deadline; several committees form a joint decision.',
  })
  startWrittenProcedure(@CurrentViewer() viewer: Viewer, @Args('input') input: StartWrittenProcedureInput) {
    return this.opening.startWrittenProcedure(viewer, input);
  }

  @RequirePermission(Permission.COMMITTEES_MANAGE, voteAt('id'))
  @Mutation(() => Vote, { description: 'Closes the vote now and records its result.' })
  closeVote(@CurrentViewer() viewer: Viewer, @IdArg() id: string) {
    return this.votes.close(viewer, id);
  }

  @RequirePermission(Permission.COMMITTEES_MANAGE, voteAt('id'))
  @Mutation(() => Vote, { description: 'Cancels an open vote without a result (e.g. opened by mistake).' })
  cancelVote(@CurrentViewer() viewer: Viewer, @IdArg() id: string) {
    return this.votes.cancel(viewer, id);
  }

  @RequirePermission(Permission.BALLOTS_CAST, voteAt('input.voteId'))
  @Mutation(() => BallotReceipt, {
    description:
      'Casts (or changes, where the rule allows) the ballot of your organisation or of a member whose proxy you hold.',
  })
  castBallot(@CurrentViewer() viewer: Viewer, @Args('input') input: CastBallotInput) {
    return this.votes.cast(viewer, input);
  }

  @RequireReadable(voteAt('voteId'), nonPublicVoteAt('voteId'))
  @Subscription(() => VoteTally, {
    description: 'The tally as ballots arrive, then the final result.',
    resolve: (payload: { voteTally: VoteTally }) => payload.voteTally,
  })
  voteTally(@IdArg('voteId') voteId: string) {
    return this.live.subscribe(voteTopic(voteId));
  }

  @Public()
  @ResolveField(() => Committee)
  committee(@Parent() vote: Vote, @Context() ctx: GraphQLContext) {
    return ctx.loaders.committee.load(vote.committeeId);
  }

  @Public()
  @ResolveField(() => Partnership)
  partnership(@Parent() vote: Vote, @Context() ctx: GraphQLContext) {
    return ctx.loaders.partnership.load(vote.partnershipId);
  }

  @Public()
  @ResolveField(() => CommitteeSession, { nullable: true })
  session(@Parent() vote: Vote, @Context() ctx: GraphQLContext) {
    return vote.sessionId ? ctx.loaders.session.load(vote.sessionId) : null;
  }

  @Public()
  @ResolveField(() => Decision, { nullable: true, description: 'The joint decision this vote is part of.' })
  decision(@Parent() vote: Vote, @Context() ctx: GraphQLContext) {
    return vote.decisionId ? ctx.loaders.decision.load(vote.decisionId) : null;
  }

  @Public()
  @ResolveField(() => AgendaItem, { nullable: true })
  async agendaItem(@Parent() vote: Vote, @Context() ctx: GraphQLContext) {
    if (!vote.agendaItemId || !vote.sessionId) return null;
    const items = await ctx.loaders.agendaBySession.load(vote.sessionId);
    return items.find((i) => i.id === vote.agendaItemId) ?? null;
  }

  @Public()
  @ResolveField(() => DecisionRuleType, { description: 'The rule as copied when the vote opened.' })
  rule(@Parent() vote: Vote) {
    return fromDecisionRule(vote.rule);
  }

  @Public()
  @ResolveField(() => Boolean)
  secret(@Parent() vote: Vote) {
    return vote.rule.secret;
  }

  @Public()
  @ResolveField(() => Boolean, { description: 'A fundamental question: veto holders can veto it.' })
  fundamental(@Parent() vote: Vote) {
    return vote.rule.veto;
  }

  @Public()
  @ResolveField(() => VoteTally, {
    description: 'Provisional while open (participation only for a secret vote), final once closed.',
  })
  async tally(@Parent() vote: Vote, @Context() ctx: GraphQLContext): Promise<VoteTally> {
    if (vote.status !== VoteStatus.OPEN && vote.result) {
      const cast = vote.rule.secret
        ? (vote.receipts?.length ?? 0)
        : (await ctx.loaders.ballotsByVote.load(vote.id)).length;
      return toVoteTally(vote, vote.result, cast);
    }
    if (vote.rule.secret) {
      const snapshot = await this.queries.currentSnapshot(vote);
      return toVoteTally(vote, snapshot.result, snapshot.castCount);
    }
    const ballots = await ctx.loaders.ballotsByVote.load(vote.id);
    const result = tally(
      vote.rule,
      votersOf(vote),
      ballots.map((b) => ({ voterId: b.membershipId, choice: b.choice as Choice })),
      attendanceOf(vote),
    );
    return toVoteTally(vote, result, ballots.length);
  }

  @Public()
  @ResolveField(() => [EntitledVoter], { description: 'Who may vote, who has voted, and (open votes) how.' })
  async entitled(@Parent() vote: Vote, @Context() ctx: GraphQLContext): Promise<EntitledVoter[]> {
    const ballots = vote.rule.secret ? [] : await ctx.loaders.ballotsByVote.load(vote.id);
    const participants = new Set(
      vote.rule.secret ? await ctx.loaders.participantsByVote.load(vote.id) : ballots.map((b) => b.membershipId),
    );
    const byMember = new Map(ballots.map((b) => [b.membershipId, b]));
    return vote.entitled.map((e) => ({
      ...e,
      hasVoted: participants.has(e.membershipId),
      choice: (byMember.get(e.membershipId)?.choice as BallotChoice | undefined) ?? null,
      byProxy: byMember.get(e.membershipId)?.byProxy ?? false,
    }));
  }

  @Public()
  @ResolveField(() => [CastRight], {
    description: 'The ballots the viewer may cast in this vote; empty for everyone else.',
  })
  async viewerCastRights(
    @Parent() vote: Vote,
    @CurrentViewer() viewer: Viewer | null,
    @Context() ctx: GraphQLContext,
  ): Promise<CastRight[]> {
    const rights = castRights(vote, viewer);
    if (rights.length === 0) return [];
    const ballots = vote.rule.secret ? [] : await ctx.loaders.ballotsByVote.load(vote.id);
    const participants = new Set(
      vote.rule.secret ? await ctx.loaders.participantsByVote.load(vote.id) : ballots.map((b) => b.membershipId),
    );
    const open = vote.status === VoteStatus.OPEN && (!vote.deadline || vote.deadline.getTime() > Date.now());
    return rights.map((r) => {
      const hasVoted = participants.has(r.membershipId);
      return {
        ...r,
        hasVoted,
        choice: (ballots.find((b) => b.membershipId === r.membershipId)?.choice as BallotChoice | undefined) ?? null,
        canCast: open && (!hasVoted || vote.rule.allowChange),
      };
    });
  }

  @Public()
  @ResolveField(() => [String], { nullable: true, description: 'Secret votes, once closed: every receipt, sorted.' })
  receipts(@Parent() vote: Vote) {
    return vote.receipts;
  }
}

@Resolver(() => Decision)
export class DecisionsResolver {
  @RequireReadable(decisionAt('id'))
  @Query(() => Decision)
  async decision(@IdArg() id: string, @Context() ctx: GraphQLContext) {
    return ctx.loaders.decision.load(id);
  }

  @Public()
  @ResolveField(() => [Vote], {
    description: 'One vote per committee; one on a non-public agenda item only for members.',
  })
  async votes(@Parent() decision: Decision, @Context() ctx: GraphQLContext) {
    return visibleVotes(await ctx.loaders.votesByDecision.load(decision.id), ctx);
  }

  @Public()
  @ResolveField(() => VoteOutcome, {
    nullable: true,
    description: 'ACCEPTED only when every committee accepted; null while a vote is open.',
  })
  async outcome(@Parent() decision: Decision, @Context() ctx: GraphQLContext) {
    const votes = (await ctx.loaders.votesByDecision.load(decision.id)).filter(
      (v) => v.status !== VoteStatus.CANCELLED,
    );
    return combineOutcomes(votes.map((v) => v.outcome));
  }
}
