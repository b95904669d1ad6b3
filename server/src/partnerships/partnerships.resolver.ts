import { Args, Context, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLContext } from '../common/graphql/loaders';
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

  @Query(() => PartnershipConnection, { description: 'All partnerships, by name.' })
  partnerships(@Args() args: PartnershipsArgs) {
    return this.service.list(args);
  }

  @Query(() => Partnership)
  partnership(@Args('slug') slug: string) {
    return this.service.getBySlug(slug);
  }

  @Mutation(() => Partnership)
  createPartnership(@Args('input') input: CreatePartnershipInput) {
    return this.service.create(input);
  }

  @ResolveField(() => Organisation, { nullable: true })
  productOwner(@Parent() partnership: Partnership, @Context() ctx: GraphQLContext) {
    return partnership.productOwnerOrganisationId ? ctx.loaders.organisation.load(partnership.productOwnerOrganisationId) : null;
  }

  @ResolveField(() => Organisation, { nullable: true })
  communityManagement(@Parent() partnership: Partnership, @Context() ctx: GraphQLContext) {
    return partnership.communityManagementOrganisationId ? ctx.loaders.organisation.load(partnership.communityManagementOrganisationId) : null;
  }

  @ResolveField(() => [Membership], { description: 'Memberships, oldest first; filter by status.' })
  async members(@Parent() partnership: Partnership, @Args() args: MembersArgs, @Context() ctx: GraphQLContext) {
    const members = await ctx.loaders.membershipsByPartnership.load(partnership.id);
    return args.status ? members.filter((m) => args.status!.includes(m.status)) : members;
  }

  @ResolveField(() => Int, { description: 'Number of active members.' })
  async memberCount(@Parent() partnership: Partnership, @Context() ctx: GraphQLContext) {
    const members = await ctx.loaders.membershipsByPartnership.load(partnership.id);
    return members.filter((m) => m.status === MembershipStatus.ACTIVE).length;
  }
}
