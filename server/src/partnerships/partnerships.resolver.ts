import { Args, Context, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PlatformPermission } from '../common/auth/permissions';
import { CurrentViewer, PlatformOnly, Public } from '../common/auth/access.decorators';
import { Viewer } from '../auth/viewer';
import { GraphQLContext } from '../loaders';
import { Connection } from '../common/graphql/pagination';
import { Membership } from '../memberships/membership.entity';
import { MembershipStatus } from '../memberships/membership-status';
import { Organisation } from '../organisations/organisation.entity';
import { CreatePartnershipInput } from './dto/create-partnership.input';
import { MembersArgs } from './dto/members.args';
import { PartnershipsArgs } from './dto/partnerships.args';
import { Partnership } from './partnership.entity';
import { PartnershipsService } from './partnerships.service';

@ObjectType()
export class PartnershipConnection extends Connection(Partnership, 'PartnershipConnection') {}

@Resolver(() => Partnership)
export class PartnershipsResolver {
  constructor(private readonly service: PartnershipsService) {}

  @Public()
  @Query(() => PartnershipConnection, {
    description: 'The partnerships the viewer may see (public ones, and those it holds a role in), by name.',
  })
  partnerships(@Args() args: PartnershipsArgs, @CurrentViewer() viewer: Viewer | null) {
    return this.service.list(args, viewer);
  }

  @Public()
  @Query(() => Partnership, { description: 'A public partnership, or one the viewer holds a role in.' })
  partnership(@Args('slug') slug: string, @CurrentViewer() viewer: Viewer | null) {
    return this.service.getBySlug(slug, viewer);
  }

  @PlatformOnly(PlatformPermission.PARTNERSHIPS_CREATE)
  @Mutation(() => Partnership)
  createPartnership(@Args('input') input: CreatePartnershipInput, @CurrentViewer() viewer: Viewer) {
    return this.service.create(input, viewer);
  }

  // The fields below belong to a partnership whose visibility was checked when it was loaded.

  @Public()
  @ResolveField(() => Organisation, { nullable: true })
  productOwner(@Parent() partnership: Partnership, @Context() ctx: GraphQLContext) {
    return partnership.productOwnerOrganisationId
      ? ctx.loaders.organisation.load(partnership.productOwnerOrganisationId)
      : null;
  }

  @Public()
  @ResolveField(() => Organisation, { nullable: true })
  communityManagement(@Parent() partnership: Partnership, @Context() ctx: GraphQLContext) {
    return partnership.communityManagementOrganisationId
      ? ctx.loaders.organisation.load(partnership.communityManagementOrganisationId)
      : null;
  }

  @Public()
  @ResolveField(() => [Membership], { description: 'Memberships, oldest first; filter by status.' })
  async members(@Parent() partnership: Partnership, @Args() args: MembersArgs, @Context() ctx: GraphQLContext) {
    const members = await ctx.loaders.membershipsByPartnership.load(partnership.id);
    return args.status ? members.filter((m) => args.status!.includes(m.status)) : members;
  }

  @Public()
  @ResolveField(() => Int, { description: 'Number of active members.' })
  async memberCount(@Parent() partnership: Partnership, @Context() ctx: GraphQLContext) {
    const members = await ctx.loaders.membershipsByPartnership.load(partnership.id);
    return members.filter((m) => m.status === MembershipStatus.ACTIVE).length;
  }
}
