import { Args, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Permission, PlatformPermission } from '../common/auth/permissions';
import { CurrentViewer, PlatformOnly, RequireAnywhere, SignedIn } from '../common/auth/access.decorators';
import { Viewer } from '../auth/viewer';
import { IdArg } from '../common/graphql/id-arg';
import { Connection } from '../common/graphql/pagination';
import { CreateOrganisationInput } from './dto/create-organisation.input';
import { OrganisationsArgs } from './dto/organisations.args';
import { UpdateOrganisationInput } from './dto/update-organisation.input';
import { Organisation } from './organisation.entity';
import { OrganisationsService } from './organisations.service';

@ObjectType()
export class OrganisationConnection extends Connection(Organisation, 'OrganisationConnection') {}

@Resolver(() => Organisation)
export class OrganisationsResolver {
  constructor(private readonly service: OrganisationsService) {}

  @SignedIn()
  @Query(() => OrganisationConnection, {
    description: 'Organisations by name, optionally filtered by a part of the name.',
  })
  organisations(@Args() args: OrganisationsArgs) {
    return this.service.list(args);
  }

  @SignedIn()
  @Query(() => Organisation)
  organisation(@IdArg() id: string) {
    return this.service.get(id);
  }

  @RequireAnywhere(Permission.ORGANISATIONS_CREATE)
  @Mutation(() => Organisation)
  createOrganisation(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateOrganisationInput) {
    return this.service.create(viewer, input);
  }

  @PlatformOnly(PlatformPermission.ORGANISATIONS_UPDATE)
  @Mutation(() => Organisation, {
    description: 'Organisations are shared by all partnerships, so only platform admins change them.',
  })
  updateOrganisation(
    @CurrentViewer() viewer: Viewer,
    @IdArg() id: string,
    @Args('input') input: UpdateOrganisationInput,
  ) {
    return this.service.update(viewer, id, input);
  }
}
