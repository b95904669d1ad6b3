import { Args, Context, Mutation, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '../common/auth/permissions';
import {
  CurrentViewer,
  parentPartnership,
  partnershipArg,
  partnershipOf,
  Public,
  RequirePermission,
} from '../common/auth/access.decorators';
import { Viewer } from '../auth/viewer';
import { IdArg } from '../common/graphql/id-arg';
import { Connection } from '../common/graphql/pagination';
import { GraphQLContext } from '../loaders';
import { Partnership } from '../partnerships/partnership.entity';
import { Vote } from '../votes/vote.entity';
import { ApplicationsService } from './applications.service';
import { ApplicationListArgs } from './dto/application-list.args';
import { ApplyForMembershipInput, PutApplicationToVoteInput, SetAdmissionInput } from './dto/application.inputs';
import { ApplicationStatus, MembershipApplication } from './membership-application.entity';
import { ViewerApplicationState } from './viewer-application-state';
import { Membership } from '../memberships/membership.entity';

@Resolver(() => MembershipApplication)
export class ApplicationsResolver {
  constructor(private readonly applications: ApplicationsService) {}

  @Public()
  @Mutation(() => MembershipApplication, {
    description: 'Applies in writing for membership; open to anyone for a public partnership.',
  })
  applyForMembership(@CurrentViewer() viewer: Viewer | null, @Args('input') input: ApplyForMembershipInput) {
    return this.applications.apply(viewer, input);
  }

  @RequirePermission(Permission.MEMBERS_MANAGE, partnershipOf(MembershipApplication, 'id'))
  @Mutation(() => MembershipApplication, {
    description:
      'Admits directly (partnerships admitting by the community manager): creates the membership and its seats.',
  })
  admitApplication(@CurrentViewer() viewer: Viewer, @IdArg() id: string) {
    return this.applications.admit(viewer, id);
  }

  @RequirePermission(Permission.MEMBERS_MANAGE, partnershipOf(MembershipApplication, 'id'))
  @Mutation(() => MembershipApplication)
  rejectApplication(@CurrentViewer() viewer: Viewer, @IdArg() id: string) {
    return this.applications.reject(viewer, id);
  }

  @RequirePermission(Permission.MEMBERS_MANAGE, partnershipOf(MembershipApplication, 'input.applicationId'))
  @Mutation(() => MembershipApplication, {
    description: 'Puts the application to a committee vote in writing; its result admits or rejects.',
  })
  putApplicationToVote(@CurrentViewer() viewer: Viewer, @Args('input') input: PutApplicationToVoteInput) {
    return this.applications.putToVote(viewer, input);
  }

  @RequirePermission(Permission.MEMBERS_MANAGE, partnershipArg('input.partnershipId'))
  @Mutation(() => Partnership, {
    description: 'How applications are decided: by the community manager (DIRECT) or by a committee vote (VOTE).',
  })
  setAdmission(@CurrentViewer() viewer: Viewer, @Args('input') input: SetAdmissionInput) {
    return this.applications.setAdmission(viewer, input);
  }

  @RequirePermission(Permission.MEMBERS_MANAGE, async ({ parent }) => (parent as MembershipApplication).partnershipId)
  @ResolveField(() => String, { description: 'Personal data: only for those who decide on applications.' })
  contactEmail(@Parent() application: MembershipApplication) {
    return application.contactEmail;
  }

  @Public()
  @ResolveField(() => Vote, { nullable: true })
  vote(@Parent() application: MembershipApplication, @Context() ctx: GraphQLContext) {
    return application.voteId ? ctx.loaders.vote.load(application.voteId) : null;
  }

  @Public()
  @ResolveField(() => Membership, { nullable: true })
  membership(@Parent() application: MembershipApplication, @Context() ctx: GraphQLContext) {
    return application.membershipId ? ctx.loaders.membership.load(application.membershipId) : null;
  }
}

@ObjectType()
export class MembershipApplicationConnection extends Connection(
  MembershipApplication,
  'MembershipApplicationConnection',
) {}

@Resolver(() => Partnership)
export class PartnershipApplicationsResolver {
  constructor(private readonly applications: ApplicationsService) {}

  @RequirePermission(Permission.MEMBERS_MANAGE, parentPartnership)
  @ResolveField(() => [MembershipApplication], { description: 'Applications for membership, newest first.' })
  membershipApplications(
    @Parent() partnership: Partnership,
    @Args('status', { type: () => ApplicationStatus, nullable: true }) status?: ApplicationStatus,
  ) {
    return this.applications.list(partnership.id, status ?? null);
  }

  @RequirePermission(Permission.MEMBERS_MANAGE, parentPartnership)
  @ResolveField(() => MembershipApplicationConnection, {
    description: 'Applications for membership a page at a time, newest first; status filters.',
  })
  membershipApplicationList(@Parent() partnership: Partnership, @Args() args: ApplicationListArgs) {
    return this.applications.page(partnership.id, args);
  }

  @Public()
  @ResolveField(() => ViewerApplicationState, {
    description: 'Whether an organisation the viewer represents is a member here or has applied; NONE when signed out.',
  })
  viewerApplicationState(@Parent() partnership: Partnership, @CurrentViewer() viewer: Viewer | null) {
    return this.applications.viewerState(viewer, partnership.id);
  }
}
