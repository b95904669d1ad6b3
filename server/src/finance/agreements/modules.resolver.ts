import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IdArg } from '../../common/graphql/id-arg';
import { Permission } from '../../common/auth/permissions';
import { CurrentViewer, partnershipArg, partnershipOf, RequirePermission } from '../../common/auth/access.decorators';
import { Viewer } from '../../auth/viewer';
import { GraphQLContext } from '../../loaders';
import { Organisation } from '../../organisations/organisation.entity';
import { onParent } from './agreements.resolver';
import { RecurringRenewal } from './agreement.types';
import { CostAgreement, ModuleUse, PartnershipModule } from './agreements.entities';
import {
  CreateModuleInput,
  RenewRecurringAgreementsInput,
  SetModuleUseInput,
  UpdateModuleInput,
} from './dto/agreement.inputs';
import { ModulesService } from './modules.service';

@Resolver(() => PartnershipModule)
export class ModulesResolver {
  constructor(private readonly catalogue: ModulesService) {}

  @RequirePermission(Permission.PARTNERSHIP_READ, partnershipArg('partnershipId'))
  @Query(() => [PartnershipModule], { description: 'The module catalogue, by name.' })
  modules(@IdArg('partnershipId') partnershipId: string) {
    return this.catalogue.list(partnershipId);
  }

  @RequirePermission(Permission.MODULES_MANAGE, partnershipArg('input.partnershipId'))
  @Mutation(() => PartnershipModule)
  createModule(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateModuleInput) {
    return this.catalogue.create(viewer, input);
  }

  @RequirePermission(Permission.MODULES_MANAGE, partnershipOf(PartnershipModule, 'input.id'))
  @Mutation(() => PartnershipModule, {
    description: 'Renames or describes a module, or changes its yearly cost (from the next renewal).',
  })
  updateModule(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateModuleInput) {
    return this.catalogue.update(viewer, input);
  }

  @RequirePermission(Permission.MODULES_MANAGE, partnershipOf(PartnershipModule, 'input.moduleId'))
  @Mutation(() => PartnershipModule, {
    description:
      'A member starts or stops using a module; that year’s split (if any) is redone among the users of the day.',
  })
  setModuleUse(@CurrentViewer() viewer: Viewer, @Args('input') input: SetModuleUseInput) {
    return this.catalogue.setUse(viewer, input);
  }

  @RequirePermission(Permission.FINANCE_MANAGE, partnershipArg('input.partnershipId'))
  @Mutation(() => RecurringRenewal, {
    description:
      'Creates and posts each module’s split for the year among its users; running it again creates nothing twice.',
  })
  renewRecurringAgreements(@CurrentViewer() viewer: Viewer, @Args('input') input: RenewRecurringAgreementsInput) {
    return this.catalogue.renew(viewer, input.partnershipId, input.year);
  }

  @RequirePermission(Permission.PARTNERSHIP_READ, onParent)
  @ResolveField(() => [ModuleUse], { description: 'Who uses or used it, from when until when.' })
  uses(@Parent() module: PartnershipModule, @Context() ctx: GraphQLContext) {
    return ctx.loaders.agreements.usesByModule.load(module.id);
  }

  @RequirePermission(Permission.PARTNERSHIP_READ, onParent)
  @ResolveField(() => Organisation, { nullable: true })
  provider(@Parent() module: PartnershipModule, @Context() ctx: GraphQLContext) {
    return module.providerOrganisationId ? ctx.loaders.organisation.load(module.providerOrganisationId) : null;
  }

  @RequirePermission(Permission.FINANCE_READ, onParent)
  @ResolveField(() => [CostAgreement], { description: 'Its yearly maintenance splits, newest year first.' })
  agreements(@Parent() module: PartnershipModule, @Context() ctx: GraphQLContext) {
    return ctx.loaders.agreements.agreementsByModule.load(module.id);
  }
}

@Resolver(() => ModuleUse)
export class ModuleUseResolver {
  @RequirePermission(Permission.PARTNERSHIP_READ, onParent)
  @ResolveField(() => Organisation)
  organisation(@Parent() use: ModuleUse, @Context() ctx: GraphQLContext) {
    return ctx.loaders.organisation.load(use.organisationId);
  }
}
