import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IdArg } from '../../common/graphql/id-arg';
import { AuditCheckpoint } from '../../audit/audit-checkpoint';
import type { GraphQLContext } from '../../loaders';
import { Permission } from '../../common/auth/permissions';
import {
  CurrentViewer,
  partnershipArg,
  partnershipOf,
  Public,
  RequirePermission,
} from '../../common/auth/access.decorators';
import { Viewer } from '../../auth/viewer';
import {
  CreateFundPurposeInput,
  FundAllocationsArgs,
  ProposeFundAllocationInput,
  RecordFundContributionInput,
  RecordFundDisbursementInput,
  UpdateFundPurposeInput,
  UpdateFundSettingsInput,
} from './dto/fund.inputs';
import { FundPurposesService } from './fund-purposes.service';
import { FundQueries } from './fund-queries';
import { FundAllocation, FundPurpose } from './fund.entities';
import { FundService } from './fund.service';
import {
  FundAllocationConnection,
  FundAllocationView,
  FundContributionReceipt,
  FundDashboard,
  FundDisbursementReceipt,
  FundSettingsType,
} from './fund.types';

/** The development fund's API: reads need FINANCE_READ, writes FINANCE_MANAGE, always in the record's own partnership. */
@Resolver()
export class FundResolver {
  constructor(
    private readonly fund: FundService,
    private readonly purposes: FundPurposesService,
    private readonly queries: FundQueries,
  ) {}

  @RequirePermission(Permission.FINANCE_READ, partnershipArg('partnershipId'))
  @Query(() => [FundPurpose], { description: 'The fund’s purposes in their order (defaults created on first use).' })
  fundPurposes(
    @IdArg('partnershipId') partnershipId: string,
    @Args('includeArchived', { defaultValue: false }) includeArchived: boolean,
  ) {
    return this.purposes.list(partnershipId, includeArchived);
  }

  @RequirePermission(Permission.FINANCE_READ, partnershipArg('partnershipId'))
  @Query(() => FundSettingsType)
  async fundSettings(@IdArg('partnershipId') partnershipId: string): Promise<FundSettingsType> {
    const settings = await this.purposes.settings(partnershipId);
    return { partnershipId, minimumContributionCents: settings.minimumContributionCents };
  }

  @RequirePermission(Permission.FINANCE_READ, partnershipArg('partnershipId'))
  @Query(() => FundDashboard, {
    description:
      'Balance per purpose and of the general fund, contributions by contributor and year, and each contributor’s share: all sums over the ledger.',
  })
  fundDashboard(@IdArg('partnershipId') partnershipId: string) {
    return this.queries.dashboard(partnershipId);
  }

  @RequirePermission(Permission.FINANCE_READ, partnershipArg('partnershipId'))
  @Query(() => FundAllocationConnection, {
    description: 'Allocations newest first, with their vote and what was paid out.',
  })
  fundAllocations(@Args() args: FundAllocationsArgs) {
    return this.queries.allocations(args.partnershipId, args);
  }

  @RequirePermission(Permission.FINANCE_MANAGE, partnershipArg('input.partnershipId'))
  @Mutation(() => FundPurpose)
  createFundPurpose(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateFundPurposeInput) {
    return this.purposes.create(viewer, input);
  }

  @RequirePermission(Permission.FINANCE_MANAGE, partnershipOf(FundPurpose, 'input.id'))
  @Mutation(() => FundPurpose, { description: 'Renames (German, English), moves or archives / restores a purpose.' })
  updateFundPurpose(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateFundPurposeInput) {
    return this.purposes.update(viewer, input);
  }

  @RequirePermission(Permission.FINANCE_MANAGE, partnershipArg('input.partnershipId'))
  @Mutation(() => FundSettingsType)
  async updateFundSettings(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: UpdateFundSettingsInput,
  ): Promise<FundSettingsType> {
    const settings = await this.purposes.updateSettings(viewer, input);
    return { partnershipId: settings.partnershipId, minimumContributionCents: settings.minimumContributionCents };
  }

  @RequirePermission(Permission.FINANCE_MANAGE, partnershipArg('input.partnershipId'))
  @Mutation(() => FundContributionReceipt, {
    description:
      'Records a contribution from a member or any other organisation; its first of a year must reach the minimum.',
  })
  recordFundContribution(@CurrentViewer() viewer: Viewer, @Args('input') input: RecordFundContributionInput) {
    return this.fund.recordContribution(viewer, input);
  }

  @RequirePermission(Permission.FINANCE_MANAGE, partnershipArg('input.partnershipId'))
  @Mutation(() => FundAllocationView, {
    description:
      'Proposes an allocation to a purpose or a request and puts it to the committees (written procedure or session agenda).',
  })
  proposeFundAllocation(@CurrentViewer() viewer: Viewer, @Args('input') input: ProposeFundAllocationInput) {
    return this.fund.propose(viewer, input);
  }

  @RequirePermission(Permission.FINANCE_MANAGE, partnershipOf(FundAllocation, 'input.allocationId'))
  @Mutation(() => FundDisbursementReceipt, {
    description: 'Pays a provider against an approved allocation; never more than remains of it.',
  })
  recordFundDisbursement(@CurrentViewer() viewer: Viewer, @Args('input') input: RecordFundDisbursementInput) {
    return this.fund.recordDisbursement(viewer, input);
  }
}

@Resolver(() => FundDashboard)
export class FundDashboardResolver {
  // A field of the dashboard fundDashboard has just given (whose access was checked there).
  @Public()
  @ResolveField(() => AuditCheckpoint, {
    nullable: true,
    description: 'The head of the partnership’s audit chain as the fund statement is read: keep it with the figures.',
  })
  auditCheckpoint(@Parent() dashboard: FundDashboard, @Context() ctx: GraphQLContext) {
    return ctx.loaders.auditCheckpoint.load(dashboard.partnershipId);
  }
}
