import { Args, Context, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '../common/auth/permissions';
import {
  CurrentViewer,
  partnershipArg,
  Public,
  RequirePermission,
  RequireReadable,
} from '../common/auth/access.decorators';
import { Viewer } from '../auth/viewer';
import { publicUrlOf } from '../common/config/config';
import { IdArg } from '../common/graphql/id-arg';
import { Connection } from '../common/graphql/pagination';
import { GraphQLContext } from '../loaders';
import { Membership } from '../memberships/membership.entity';
import { Organisation } from '../organisations/organisation.entity';
import { Partnership } from '../partnerships/partnership.entity';
import { DecisionRuleType, fromDecisionRule } from '../votes/decision-rule.types';
import { CommitteeSeat } from './committee-seat.entity';
import { CommitteeSession } from './committee-session.entity';
import { Committee } from './committee.entity';
import { CommitteesService } from './committees.service';
import { CreateCommitteeInput, SetCommitteeSeatInput, UpdateCommitteeInput } from './dto/committee.inputs';
import { committeeAt, seatAt } from './locators';
import { Inject } from '@nestjs/common';
import { APP_CONFIG } from '../common/config/app-config.provider';
import { AppConfig } from '../common/config/config';
import { CommitteeSessionsService } from './committee-sessions.service';
import { SessionListArgs } from './dto/session-list.args';

@ObjectType()
export class CommitteeSessionConnection extends Connection(CommitteeSession, 'CommitteeSessionConnection') {}

@Resolver(() => Partnership)
export class PartnershipCommitteesResolver {
  constructor(private readonly sessionsService: CommitteeSessionsService) {}

  // Reached only through a partnership the viewer may read.
  @Public()
  @ResolveField(() => [Committee], { description: 'Its committees, oldest first.' })
  committees(@Parent() partnership: Partnership, @Context() ctx: GraphQLContext) {
    return ctx.loaders.committeesByPartnership.load(partnership.id);
  }

  @Public()
  @ResolveField(() => [CommitteeSession], {
    description:
      'Sessions of all its committees. upcoming: true = planned or running, soonest first; false = past, newest first.',
  })
  sessions(
    @Parent() partnership: Partnership,
    @Args('upcoming', { nullable: true }) upcoming?: boolean,
    @Args('first', { type: () => Int, defaultValue: 20 }) first = 20,
  ) {
    return this.sessionsService.list(partnership.id, upcoming, Math.min(Math.max(first, 1), 100));
  }

  @Public()
  @ResolveField(() => CommitteeSessionConnection, {
    description:
      'Sessions of all its committees a page at a time. upcoming: true = planned or running, soonest first; false = past, newest first.',
  })
  sessionList(@Parent() partnership: Partnership, @Args() args: SessionListArgs) {
    return this.sessionsService.page(partnership.id, args);
  }
}

@Resolver(() => Committee)
export class CommitteesResolver {
  constructor(
    private readonly committees: CommitteesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @RequireReadable(committeeAt('id'))
  @Query(() => Committee)
  committee(@IdArg() id: string) {
    return this.committees.get(id);
  }

  @RequirePermission(Permission.COMMITTEES_MANAGE, partnershipArg('input.partnershipId'))
  @Mutation(() => Committee, {
    description: 'Sets up a committee; with seatsForAllMembers every active member gets a seat (voting when it votes).',
  })
  createCommittee(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateCommitteeInput) {
    return this.committees.create(viewer, input);
  }

  @RequirePermission(Permission.COMMITTEES_MANAGE, committeeAt('id'))
  @Mutation(() => Committee)
  updateCommittee(@CurrentViewer() viewer: Viewer, @IdArg() id: string, @Args('input') input: UpdateCommitteeInput) {
    return this.committees.update(viewer, id, input);
  }

  @RequirePermission(Permission.COMMITTEES_MANAGE, committeeAt('input.committeeId'))
  @Mutation(() => CommitteeSeat, {
    description: 'Gives a member a seat, or changes its kind or chair (one chair per committee).',
  })
  setCommitteeSeat(@CurrentViewer() viewer: Viewer, @Args('input') input: SetCommitteeSeatInput) {
    return this.committees.setSeat(viewer, input);
  }

  @RequirePermission(Permission.COMMITTEES_MANAGE, seatAt('id'))
  @Mutation(() => CommitteeSeat, { description: 'Ends a seat today; it stays in the history.' })
  endCommitteeSeat(@CurrentViewer() viewer: Viewer, @IdArg() id: string) {
    return this.committees.endSeat(viewer, id);
  }

  @Public()
  @ResolveField(() => Partnership)
  partnership(@Parent() committee: Committee, @Context() ctx: GraphQLContext) {
    return ctx.loaders.partnership.load(committee.partnershipId);
  }

  @Public()
  @ResolveField(() => DecisionRuleType, { description: 'Copied onto each vote when it opens.' })
  defaultRule(@Parent() committee: Committee) {
    return fromDecisionRule(committee.defaultRule);
  }

  @Public()
  @ResolveField(() => String, { description: 'The preset the default rule came from, or CUSTOM.' })
  defaultRuleName(@Parent() committee: Committee) {
    return committee.defaultRuleName;
  }

  @Public()
  @ResolveField(() => [CommitteeSeat], { description: 'Current seats.' })
  seats(@Parent() committee: Committee, @Context() ctx: GraphQLContext) {
    return ctx.loaders.activeSeatsByCommittee.load(committee.id);
  }

  @Public()
  @ResolveField(() => [CommitteeSession], { description: 'Its sessions, newest first.' })
  sessions(@Parent() committee: Committee, @Context() ctx: GraphQLContext) {
    return ctx.loaders.sessionsByCommittee.load(committee.id);
  }

  @RequirePermission(Permission.PARTNERSHIP_READ, async ({ parent }) => (parent as Committee).partnershipId)
  @ResolveField(() => String, {
    description: 'Subscribable iCalendar feed of its sessions (members only: the address is the key).',
  })
  calendarFeedUrl(@Parent() committee: Committee) {
    return `${publicUrlOf(this.config)}/calendar/${committee.feedToken}.ics`;
  }
}

@Resolver(() => CommitteeSeat)
export class CommitteeSeatsResolver {
  @Public()
  @ResolveField(() => Membership)
  membership(@Parent() seat: CommitteeSeat, @Context() ctx: GraphQLContext) {
    return ctx.loaders.membership.load(seat.membershipId);
  }

  @Public()
  @ResolveField(() => Organisation)
  async organisation(@Parent() seat: CommitteeSeat, @Context() ctx: GraphQLContext) {
    const membership = await ctx.loaders.membership.load(seat.membershipId);
    return membership ? ctx.loaders.organisation.load(membership.organisationId) : null;
  }

  @Public()
  @ResolveField(() => Committee)
  committee(@Parent() seat: CommitteeSeat, @Context() ctx: GraphQLContext) {
    return ctx.loaders.committee.load(seat.committeeId);
  }
}
