import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { IdArg } from '../common/graphql/id-arg';
import { GraphQLContext } from '../common/graphql/loaders';
import { Organisation } from '../organisations/organisation.entity';
import { Partnership } from '../partnerships/partnership.entity';
import { AddMembershipInput } from './dto/add-membership.input';
import { UpdateMembershipInput } from './dto/update-membership.input';
import { Membership } from './membership.entity';
import { MembershipsService } from './memberships.service';

@Resolver(() => Membership)
export class MembershipsResolver {
  constructor(private readonly service: MembershipsService) {}

  @Mutation(() => Membership, { description: 'Adds an organisation to a partnership; status ACTIVE unless given.' })
  addMembership(@Args('input') input: AddMembershipInput) {
    return this.service.add(input);
  }

  @Mutation(() => Membership)
  updateMembership(@IdArg() id: string, @Args('input') input: UpdateMembershipInput) {
    return this.service.update(id, input);
  }

  @ResolveField(() => Organisation)
  organisation(@Parent() membership: Membership, @Context() ctx: GraphQLContext) {
    return ctx.loaders.organisation.load(membership.organisationId);
  }

  @ResolveField(() => Partnership)
  partnership(@Parent() membership: Membership, @Context() ctx: GraphQLContext) {
    return ctx.loaders.partnership.load(membership.partnershipId);
  }
}
