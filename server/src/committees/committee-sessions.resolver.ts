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
import { CurrentViewer, Public, RequirePermission, RequireReadable } from '../common/auth/access.decorators';
import { Viewer } from '../auth/viewer';
import { IdArg } from '../common/graphql/id-arg';
import { GraphQLContext, LoadersFactory } from '../loaders';
import { LiveEvents } from '../live/live-events';
import { Membership } from '../memberships/membership.entity';
import { Organisation } from '../organisations/organisation.entity';
import { Vote } from '../votes/vote.entity';
import { AgendaItem } from './agenda-item.entity';
import { SeatKind, SessionStatus } from './committee-enums';
import { CommitteeSession } from './committee-session.entity';
import { CommitteeSessionsService } from './committee-sessions.service';
import { Committee } from './committee.entity';
import {
  AddAgendaItemInput,
  AgendaItemInput,
  MoveAgendaItemInput,
  PlanSessionInput,
  RecordAttendanceInput,
  UpdateSessionInput,
} from './dto/committee.inputs';
import { agendaItemAt, committeeAt, sessionAt } from './locators';
import { sessionQuorum } from './session-quorum';
import { visibleAgenda, visibleVotes } from './visible-agenda';

@ObjectType('AttendanceRow', { description: 'A seat holder of the committee and its attendance in this session.' })
export class AttendanceRow {
  @Field(() => ID) membershipId: string;
  organisationId: string;
  @Field(() => SeatKind) seatKind: SeatKind;
  @Field() chair: boolean;
  @Field({ description: 'Decimal vote weight.' }) weight: string;
  @Field(() => Boolean, { nullable: true, description: 'null while not recorded.' })
  present: boolean | null;
  @Field(() => ID, { nullable: true, description: 'The present member that carries this absent member’s vote.' })
  proxyMembershipId: string | null;
}

@ObjectType('SessionQuorum', {
  description: 'Whether the members present (or represented) meet the committee rule’s quorum.',
})
export class SessionQuorum {
  @Field(() => Int) presentCount: number;
  @Field(() => Int) entitledCount: number;
  @Field() presentWeight: string;
  @Field() entitledWeight: string;
  @Field(() => String, { nullable: true }) required: string | null;
  @Field(() => String, { nullable: true, description: 'WEIGHT or VOTERS.' }) unit: string | null;
  @Field() met: boolean;
}

@Resolver(() => AttendanceRow)
export class AttendanceRowResolver {
  @Public()
  @ResolveField(() => Organisation)
  organisation(@Parent() row: AttendanceRow, @Context() ctx: GraphQLContext) {
    return ctx.loaders.organisation.load(row.organisationId);
  }
}

@Resolver(() => CommitteeSession)
export class CommitteeSessionsResolver {
  constructor(
    private readonly sessions: CommitteeSessionsService,
    private readonly live: LiveEvents,
    private readonly loaders: LoadersFactory,
  ) {}

  @RequireReadable(sessionAt('id'))
  @Query(() => CommitteeSession)
  committeeSession(@IdArg() id: string) {
    return this.sessions.get(id);
  }

  @RequirePermission(Permission.COMMITTEES_MANAGE, committeeAt('input.committeeId'))
  @Mutation(() => CommitteeSession, { description: 'Plans a session with its agenda; invitations go out separately.' })
  planSession(@CurrentViewer() viewer: Viewer, @Args('input') input: PlanSessionInput) {
    return this.sessions.plan(viewer, input);
  }

  @RequirePermission(Permission.COMMITTEES_MANAGE, sessionAt('id'))
  @Mutation(() => CommitteeSession)
  updateSession(@CurrentViewer() viewer: Viewer, @IdArg() id: string, @Args('input') input: UpdateSessionInput) {
    return this.sessions.update(viewer, id, input);
  }

  @RequirePermission(Permission.COMMITTEES_MANAGE, sessionAt('input.sessionId'))
  @Mutation(() => AgendaItem, { description: 'Adds an item at the end of the agenda.' })
  addAgendaItem(@CurrentViewer() viewer: Viewer, @Args('input') input: AddAgendaItemInput) {
    return this.sessions.addAgendaItem(viewer, input);
  }

  @RequirePermission(Permission.COMMITTEES_MANAGE, agendaItemAt('id'))
  @Mutation(() => AgendaItem)
  updateAgendaItem(@CurrentViewer() viewer: Viewer, @IdArg() id: string, @Args('input') input: AgendaItemInput) {
    return this.sessions.updateAgendaItem(viewer, id, input);
  }

  @RequirePermission(Permission.COMMITTEES_MANAGE, agendaItemAt('id'))
  @Mutation(() => AgendaItem, {
    description:
      'Makes an item public or non-public (only for members: the item, its minutes and its votes), in any state of its session.',
  })
  setAgendaItemPublic(
    @CurrentViewer() viewer: Viewer,
    @IdArg() id: string,
    @Args('public', { type: () => Boolean }) isPublic: boolean,
  ) {
    return this.sessions.setAgendaItemPublic(viewer, id, isPublic);
  }

  @RequirePermission(Permission.COMMITTEES_MANAGE, agendaItemAt('id'))
  @Mutation(() => CommitteeSession, { description: 'Removes an item that was not voted on; the others close up.' })
  removeAgendaItem(@CurrentViewer() viewer: Viewer, @IdArg() id: string) {
    return this.sessions.removeAgendaItem(viewer, id);
  }

  @RequirePermission(Permission.COMMITTEES_MANAGE, agendaItemAt('input.id'))
  @Mutation(() => CommitteeSession, { description: 'Moves an item to another position.' })
  moveAgendaItem(@CurrentViewer() viewer: Viewer, @Args('input') input: MoveAgendaItemInput) {
    return this.sessions.moveAgendaItem(viewer, input.id, input.position);
  }

  @RequirePermission(Permission.COMMITTEES_MANAGE, sessionAt('id'))
  @Mutation(() => CommitteeSession, {
    description: 'Mails the invitation with an iCalendar attachment to the seat holders’ representatives.',
  })
  sendSessionInvitations(@CurrentViewer() viewer: Viewer, @IdArg() id: string) {
    return this.sessions.sendInvitations(viewer, id);
  }

  @RequirePermission(Permission.COMMITTEES_MANAGE, sessionAt('id'))
  @Mutation(() => CommitteeSession)
  startSession(@CurrentViewer() viewer: Viewer, @IdArg() id: string) {
    return this.sessions.start(viewer, id);
  }

  @RequirePermission(Permission.COMMITTEES_MANAGE, sessionAt('input.sessionId'))
  @Mutation(() => CommitteeSession)
  recordAttendance(@CurrentViewer() viewer: Viewer, @Args('input') input: RecordAttendanceInput) {
    return this.sessions.recordAttendance(viewer, input);
  }

  @RequirePermission(Permission.COMMITTEES_MANAGE, sessionAt('id'))
  @Mutation(() => CommitteeSession, {
    description:
      'Records every current seat holder as present in one step (proxies lapse); planned or running sessions.',
  })
  recordAllPresent(@CurrentViewer() viewer: Viewer, @IdArg() id: string) {
    return this.sessions.recordAllPresent(viewer, id);
  }

  @RequirePermission(Permission.COMMITTEES_MANAGE, sessionAt('id'))
  @Mutation(() => CommitteeSession, {
    description: 'Sets every seat back to "not recorded"; planned or running sessions.',
  })
  clearAttendance(@CurrentViewer() viewer: Viewer, @IdArg() id: string) {
    return this.sessions.clearAttendance(viewer, id);
  }

  @RequirePermission(Permission.COMMITTEES_MANAGE, agendaItemAt('id'))
  @Mutation(() => AgendaItem)
  writeMinutes(@CurrentViewer() viewer: Viewer, @IdArg() id: string, @Args('minutes') minutes: string) {
    return this.sessions.writeMinutes(viewer, id, minutes);
  }

  @RequirePermission(Permission.COMMITTEES_MANAGE, sessionAt('id'))
  @Mutation(() => CommitteeSession, { description: 'Ends the session; refused while one of its votes is open.' })
  closeSession(@CurrentViewer() viewer: Viewer, @IdArg() id: string) {
    return this.sessions.close(viewer, id);
  }

  @RequirePermission(Permission.COMMITTEES_MANAGE, sessionAt('id'))
  @Mutation(() => CommitteeSession)
  cancelSession(@CurrentViewer() viewer: Viewer, @IdArg() id: string) {
    return this.sessions.cancel(viewer, id);
  }

  @RequirePermission(Permission.COMMITTEES_MANAGE, sessionAt('id'))
  @Mutation(() => CommitteeSession, {
    description: 'Approves the minutes of a closed session in a later session of the same committee.',
  })
  approveMinutes(@CurrentViewer() viewer: Viewer, @IdArg() id: string, @IdArg('inSessionId') inSessionId: string) {
    return this.sessions.approveMinutes(viewer, id, inSessionId);
  }

  @RequireReadable(sessionAt('sessionId'))
  @Subscription(() => CommitteeSession, {
    description: 'The session whenever its agenda, attendance, votes or status change.',
    resolve(this: CommitteeSessionsResolver, payload: { sessionId: string }, _args: unknown, ctx: GraphQLContext) {
      // A subscription keeps one context for all its events: without fresh loaders each event would
      // answer with the attendance and quorum cached at the first one.
      ctx.loaders = this.loaders.create();
      return this.sessions.get(payload.sessionId);
    },
  })
  sessionChanged(@IdArg('sessionId') sessionId: string) {
    return this.live.subscribe(`session:${sessionId}`);
  }

  @Public()
  @ResolveField(() => Committee)
  committee(@Parent() session: CommitteeSession, @Context() ctx: GraphQLContext) {
    return ctx.loaders.committee.load(session.committeeId);
  }

  @Public()
  @ResolveField(() => [AgendaItem], { description: 'In order; non-public items only for members.' })
  agenda(@Parent() session: CommitteeSession, @Context() ctx: GraphQLContext) {
    return visibleAgenda(session, ctx);
  }

  @Public()
  @ResolveField(() => [Vote], {
    description: 'Votes taken in this session, in the order they opened; those on non-public items only for members.',
  })
  async votes(@Parent() session: CommitteeSession, @Context() ctx: GraphQLContext) {
    return visibleVotes(await ctx.loaders.votesBySession.load(session.id), ctx);
  }

  @RequirePermission(Permission.PARTNERSHIP_READ, async ({ parent }) => (parent as CommitteeSession).partnershipId)
  @ResolveField(() => [AttendanceRow], { description: 'Every current seat holder with its attendance (members only).' })
  async attendance(@Parent() session: CommitteeSession, @Context() ctx: GraphQLContext): Promise<AttendanceRow[]> {
    return this.rows(session, ctx);
  }

  @Public()
  @ResolveField(() => SessionQuorum, {
    description: 'Quorum light: presence (with proxies) against the committee rule’s quorum.',
  })
  async quorum(@Parent() session: CommitteeSession, @Context() ctx: GraphQLContext): Promise<SessionQuorum> {
    const committee = await ctx.loaders.committee.load(session.committeeId);
    const rows = (await this.rows(session, ctx)).filter((r) => r.seatKind === SeatKind.VOTING);
    const present = new Set(rows.filter((r) => r.present).map((r) => r.membershipId));
    const seats = rows.map((r) => ({
      weight: r.weight,
      covered: !!r.present || (!!r.proxyMembershipId && present.has(r.proxyMembershipId)),
    }));
    return sessionQuorum(
      committee?.defaultRule.quorum ?? { kind: 'NONE' },
      seats,
      committee?.defaultRule.weighted ?? true,
    );
  }

  @Public()
  @ResolveField(() => CommitteeSession, { nullable: true, description: 'The session its minutes were approved in.' })
  minutesApprovedIn(@Parent() session: CommitteeSession, @Context() ctx: GraphQLContext) {
    return session.minutesApprovedInSessionId ? ctx.loaders.session.load(session.minutesApprovedInSessionId) : null;
  }

  @Public()
  @ResolveField(() => CommitteeSession, {
    nullable: true,
    description: 'The earlier closed session whose minutes still await approval.',
  })
  async previousMinutesToApprove(@Parent() session: CommitteeSession, @Context() ctx: GraphQLContext) {
    // The committee's sessions come newest first: the first closed, unapproved one before this session.
    const sessions = await ctx.loaders.sessionsByCommittee.load(session.committeeId);
    return (
      sessions.find(
        (s) => s.status === SessionStatus.CLOSED && !s.minutesApprovedAt && s.startsAt < session.startsAt,
      ) ?? null
    );
  }

  private async rows(session: CommitteeSession, ctx: GraphQLContext): Promise<AttendanceRow[]> {
    const [seats, attendance] = await Promise.all([
      ctx.loaders.activeSeatsByCommittee.load(session.committeeId),
      ctx.loaders.attendanceBySession.load(session.id),
    ]);
    const memberships = (await ctx.loaders.membership.loadMany(seats.map((s) => s.membershipId))) as (
      Membership | Error | null
    )[];
    const byMembership = new Map(attendance.map((a) => [a.membershipId, a]));
    return seats.flatMap((seat, i) => {
      const m = memberships[i];
      if (!m || m instanceof Error) return [];
      const a = byMembership.get(seat.membershipId);
      return [
        {
          membershipId: seat.membershipId,
          organisationId: m.organisationId,
          seatKind: seat.kind,
          chair: seat.chair,
          weight: m.voteWeight,
          present: a ? a.present : null,
          proxyMembershipId: a?.proxyMembershipId ?? null,
        },
      ];
    });
  }
}

@Resolver(() => AgendaItem)
export class AgendaItemsResolver {
  @Public()
  @ResolveField(() => [Vote])
  votes(@Parent() item: AgendaItem, @Context() ctx: GraphQLContext) {
    return ctx.loaders.votesByAgendaItem.load(item.id);
  }
}
