import { Args, Context, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { Permission, permissionsIn } from '../common/auth/permissions';
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
import { SearchArgs, SearchPageArgs } from '../common/graphql/search';
import { GraphQLContext } from '../loaders';
import { Organisation } from '../organisations/organisation.entity';
import { Partnership } from '../partnerships/partnership.entity';
import { User } from '../users/user.entity';
import { AcceptInvitationInput, CreateInvitationInput } from './dto/people.inputs';
import { InvitationPreview } from './invitation-preview';
import { Invitation } from './invitation.entity';
import { PartnershipRole } from './partnership-role.entity';
import { PeopleService } from './people.service';
import { ViewerGrants } from './viewer-grants';

@ObjectType()
export class PartnershipRoleConnection extends Connection(PartnershipRole, 'PartnershipRoleConnection') {}

@Resolver(() => Partnership)
export class PartnershipPeopleResolver {
  constructor(private readonly service: PeopleService) {}

  @Public()
  @ResolveField(() => [Permission], {
    description: 'What the signed-in viewer may do in this partnership; empty when signed out.',
  })
  viewerPermissions(@Parent() partnership: Partnership, @CurrentViewer() viewer: Viewer | null) {
    return [...permissionsIn(viewer, partnership.id)].sort();
  }

  @RequirePermission(Permission.PEOPLE_READ, parentPartnership)
  @ResolveField(() => [PartnershipRole], { description: 'Who holds which role, oldest first.' })
  people(@Parent() partnership: Partnership, @Args() args: SearchArgs) {
    return this.service.people(partnership.id, args.search);
  }

  @RequirePermission(Permission.PEOPLE_READ, parentPartnership)
  @ResolveField(() => PartnershipRoleConnection, {
    description: 'Who holds which role a page at a time, oldest first; search as in `people`.',
  })
  peopleList(@Parent() partnership: Partnership, @Args() args: SearchPageArgs) {
    return this.service.pageOfPeople(partnership.id, args);
  }

  @Public()
  @ResolveField(() => ViewerGrants, {
    description: 'What the signed-in viewer may grant in this partnership; empty when signed out.',
  })
  viewerGrants(@Parent() partnership: Partnership, @CurrentViewer() viewer: Viewer | null) {
    return this.service.viewerGrants(viewer, partnership.id);
  }

  @RequirePermission(Permission.ROLES_GRANT, parentPartnership)
  @ResolveField(() => [Invitation], {
    description:
      'Invitations neither accepted, withdrawn nor expired: all of them with PEOPLE_MANAGE, else those for representatives of the organisation one represents.',
  })
  invitations(@Parent() partnership: Partnership, @CurrentViewer() viewer: Viewer) {
    return this.service.openInvitations(viewer, partnership.id);
  }
}

@Resolver(() => PartnershipRole)
export class PeopleResolver {
  constructor(private readonly people: PeopleService) {}

  @Public()
  @Query(() => InvitationPreview, {
    description: 'What an invitation link offers; errors when it is unknown, used, withdrawn or expired.',
  })
  invitation(@Args('token') token: string) {
    return this.people.preview(token);
  }

  @RequirePermission(Permission.ROLES_GRANT, partnershipArg('input.partnershipId'))
  @Mutation(() => Invitation, {
    description:
      'Invites an e-mail address to a role one may grant (nobody grants more than they hold; a member’s representatives name further ones); ' +
      'the link is mailed and valid for 7 days (INVITATION_TTL_DAYS).',
  })
  createInvitation(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateInvitationInput) {
    return this.people.invite(viewer, input);
  }

  @RequirePermission(Permission.ROLES_GRANT, partnershipOf(Invitation, 'id'))
  @Mutation(() => Boolean, { description: 'Withdraws an invitation: its sender, or whoever could send it now.' })
  async revokeInvitation(@CurrentViewer() viewer: Viewer, @IdArg() id: string) {
    await this.people.revokeInvitation(viewer, id);
    return true;
  }

  @Public()
  @Mutation(() => User, { description: 'Accepts an invitation; a new person sets name and password and is signed in.' })
  acceptInvitation(
    @CurrentViewer() viewer: Viewer | null,
    @Args('input') input: AcceptInvitationInput,
    @Context() ctx: { req: Request; res: Response; viewer: Viewer | null },
  ) {
    return this.people.accept(viewer, input, { req: ctx.req, res: ctx.res, context: ctx });
  }

  @RequirePermission(Permission.ROLES_GRANT, partnershipOf(PartnershipRole, 'id'))
  @Mutation(() => Boolean, {
    description:
      'Takes a role away (only one the viewer may grant; a representative by its organisation’s representatives); it no longer counts from the next request on.',
  })
  async removeRole(@CurrentViewer() viewer: Viewer, @IdArg() id: string) {
    await this.people.removeRole(viewer, id);
    return true;
  }

  // The fields below are reached only through objects whose access was checked already.
  @Public()
  @ResolveField(() => Partnership)
  partnership(@Parent() role: PartnershipRole, @Context() ctx: GraphQLContext) {
    return ctx.loaders.partnership.load(role.partnershipId);
  }

  @Public()
  @ResolveField(() => Organisation, { nullable: true })
  organisation(@Parent() role: PartnershipRole, @Context() ctx: GraphQLContext) {
    return role.organisationId ? ctx.loaders.organisation.load(role.organisationId) : null;
  }

  @Public()
  @ResolveField(() => User)
  user(@Parent() role: PartnershipRole, @Context() ctx: GraphQLContext) {
    return ctx.loaders.user.load(role.userId);
  }

  @Public()
  @ResolveField(() => Boolean, { description: 'Whether the signed-in viewer may take this role away.' })
  viewerCanRemove(@Parent() role: PartnershipRole, @CurrentViewer() viewer: Viewer | null) {
    return this.people.viewerCanRemove(viewer, role);
  }
}

@Resolver(() => Invitation)
export class InvitationResolver {
  @Public()
  @ResolveField(() => Organisation, { nullable: true })
  organisation(@Parent() invitation: Invitation, @Context() ctx: GraphQLContext) {
    return invitation.organisationId ? ctx.loaders.organisation.load(invitation.organisationId) : null;
  }
}

@Resolver(() => User)
export class UserRolesResolver {
  @Public()
  @ResolveField(() => [PartnershipRole], {
    description: 'Your own roles everywhere; another person’s only in partnerships where you may see people.',
  })
  async roles(@Parent() user: User, @Context() ctx: GraphQLContext) {
    const roles = await ctx.loaders.rolesByUser.load(user.id);
    const viewer = ctx.viewer;
    if (viewer?.user.id === user.id) return roles;
    return roles.filter((r) => permissionsIn(viewer, r.partnershipId).has(Permission.PEOPLE_READ));
  }
}
