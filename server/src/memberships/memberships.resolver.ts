import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '../common/auth/permissions';
import {
  CurrentViewer,
  partnershipArg,
  partnershipOf,
  Public,
  RequirePermission,
} from '../common/auth/access.decorators';
import { Viewer } from '../auth/viewer';
import { IdArg } from '../common/graphql/id-arg';
import { GraphQLContext } from '../loaders';
import { Organisation } from '../organisations/organisation.entity';
import { Partnership } from '../partnerships/partnership.entity';
import { AddMembershipInput } from './dto/add-membership.input';
import { UpdateMembershipInput } from './dto/update-membership.input';
import { Membership } from './membership.entity';
import { MembershipsService } from './memberships.service';

@Resolver(() => Membership)
export class MembershipsResolver {
  constructor(private readonly service: MembershipsService) {}

  @RequirePermission(Permission.MEMBERS_MANAGE, partnershipArg('input.partnershipId'))
  @Mutation(() => Membership, { description: 'Adds an organisation to a partnership; status ACTIVE unless given.' })
  addMembership(@Args('input') input: AddMembershipInput, @CurrentViewer() viewer: Viewer) {
    return this.service.add(input, viewer);
  }

  @RequirePermission(Permission.MEMBERS_MANAGE, partnershipOf(Membership, 'id'))
  @Mutation(() => Membership)
  updateMembership(@IdArg() id: string, @Args('input') input: UpdateMembershipInput, @CurrentViewer() viewer: Viewer) {
    return this.service.update(id, input, viewer);
  }

  // Reached only through a partnership or mutation whose access was checked.

  @Public()
  @ResolveField(() => Organisation)
  organisation(@Parent() membership: Membership, @Context() ctx: GraphQLContext) {
    return ctx.loaders.organisation.load(membership.organisationId);
  }

  @Public()
  @ResolveField(() => Partnership)
  partnership(@Parent() membership: Membership, @Context() ctx: GraphQLContext) {
    return ctx.loaders.partnership.load(membership.partnershipId);
  }
}
