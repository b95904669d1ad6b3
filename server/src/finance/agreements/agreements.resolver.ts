import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '../../common/auth/permissions';
import {
  CurrentViewer,
  partnershipArg,
  PartnershipLocator,
  partnershipOf,
  Public,
  RequirePermission,
} from '../../common/auth/access.decorators';
import { Viewer } from '../../auth/viewer';
import { IdArg } from '../../common/graphql/id-arg';
import { languageOf } from '../../common/i18n/messages';
import { renderStored } from '../../common/i18n/stored-text';
import { GraphQLContext } from '../../loaders';
import { FeatureRequest } from '../../feature-requests/feature-request.entity';
import { Organisation } from '../../organisations/organisation.entity';
import { User } from '../../users/user.entity';
import { compareShares } from './allocate';
import { AgreementQueries } from './agreement-queries';
import { representedOrganisations } from './agreement-split';
import {
  CandidateParticipant,
  CostAgreementCandidate,
  CostAgreementConnection,
  CostShareChange,
  CostShareType,
  CostSplitPreview,
} from './agreement.types';
import {
  CostAgreement,
  CostAgreementVersion,
  CostContract,
  CostShareRow,
  PartnershipModule,
} from './agreements.entities';
import { AgreementsService } from './agreements.service';
import {
  CostAgreementsArgs,
  CreateCostAgreementInput,
  DeclineCostContractInput,
  PreviewCostSplitInput,
  RecordProviderPaymentInput,
  ResplitCostAgreementInput,
} from './dto/agreement.inputs';
import { ProviderPaymentsService } from './provider-payments.service';

const agreementAt = (path: string) => partnershipOf(CostAgreement, path);
/** A field of an agreement's record: the partnership is on the parent. */
export const onParent: PartnershipLocator = async ({ parent }) => (parent as { partnershipId: string }).partnershipId;

function shareView(row: CostShareRow, total: string): CostShareType {
  return {
    organisationId: row.organisationId,
    amountCents: row.amountCents,
    exactCents: row.exactCents,
    roundedUp: row.roundedUp,
    basis: row.basis,
    savedCents: (BigInt(total) - BigInt(row.amountCents)).toString(),
  };
}

@Resolver(() => CostAgreement)
export class AgreementsResolver {
  constructor(
    private readonly agreements: AgreementsService,
    private readonly queries: AgreementQueries,
    private readonly providerPayments: ProviderPaymentsService,
  ) {}

  @RequirePermission(Permission.FINANCE_MANAGE, partnershipArg('input.partnershipId'))
  @Query(() => CostSplitPreview, { description: 'Each participant’s share as it would be saved; writes nothing.' })
  previewCostSplit(@Args('input') input: PreviewCostSplitInput) {
    return this.agreements.preview(input);
  }

  @RequirePermission(Permission.FINANCE_MANAGE, partnershipArg('partnershipId'))
  @Query(() => [CostAgreementCandidate], {
    description: 'Accepted requests that can get a cost-sharing agreement, with offer and interest.',
  })
  costAgreementCandidates(@IdArg('partnershipId') partnershipId: string) {
    return this.agreements.candidates(partnershipId);
  }

  @RequirePermission(Permission.PARTNERSHIP_READ, partnershipArg('partnershipId'))
  @Query(() => CostAgreementConnection, {
    description: 'Newest first. FINANCE_READ sees all; a representative those its organisation takes part in.',
  })
  costAgreements(@CurrentViewer() viewer: Viewer, @Args() args: CostAgreementsArgs) {
    return this.queries.list(viewer, args.partnershipId, args.first, args.after);
  }

  @RequirePermission(Permission.PARTNERSHIP_READ, agreementAt('id'))
  @Query(() => CostAgreement)
  costAgreement(@CurrentViewer() viewer: Viewer, @IdArg() id: string) {
    return this.queries.get(viewer, id);
  }

  @RequirePermission(Permission.FINANCE_MANAGE, partnershipArg('input.partnershipId'))
  @Mutation(() => CostAgreement, {
    description: 'A draft agreement for an accepted request: one contract per participant.',
  })
  createCostAgreement(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateCostAgreementInput) {
    return this.agreements.create(viewer, input);
  }

  @RequirePermission(Permission.FINANCE_MANAGE, agreementAt('id'))
  @Mutation(() => CostAgreement, {
    description: 'Sends every contract to its participant (the representatives get a mail).',
  })
  sendCostAgreement(@CurrentViewer() viewer: Viewer, @IdArg() id: string) {
    return this.agreements.send(viewer, id);
  }

  @RequirePermission(Permission.CONTRACTS_SIGN, partnershipOf(CostContract, 'id'))
  @Mutation(() => CostAgreement, {
    description:
      'Signs a contract for the organisation the viewer represents; the last signature finances the agreement.',
  })
  signCostContract(@CurrentViewer() viewer: Viewer, @IdArg() id: string) {
    return this.agreements.sign(viewer, id);
  }

  @RequirePermission(Permission.CONTRACTS_SIGN, partnershipOf(CostContract, 'input.id'))
  @Mutation(() => CostAgreement, {
    description:
      'Declines a contract for the organisation the viewer represents; the treasurer then re-splits among the rest.',
  })
  declineCostContract(@CurrentViewer() viewer: Viewer, @Args('input') input: DeclineCostContractInput) {
    return this.agreements.decline(viewer, input);
  }

  @RequirePermission(Permission.FINANCE_MANAGE, agreementAt('input.id'))
  @Mutation(() => CostAgreement, {
    description:
      'Splits again (by default among those who have not declined): a new version; the contracts go out again.',
  })
  resplitCostAgreement(@CurrentViewer() viewer: Viewer, @Args('input') input: ResplitCostAgreementInput) {
    return this.agreements.resplit(viewer, input);
  }

  @RequirePermission(Permission.FINANCE_MANAGE, agreementAt('input.agreementId'))
  @Mutation(() => CostAgreement, {
    description:
      'Pays the provider of a financed agreement (a PROVIDER_PAYMENT posting), at most what is still owed to it for the agreement.',
  })
  recordProviderPayment(@CurrentViewer() viewer: Viewer, @Args('input') input: RecordProviderPaymentInput) {
    return this.providerPayments.record(viewer, input);
  }

  @RequirePermission(Permission.PARTNERSHIP_READ, onParent)
  @ResolveField(() => String, {
    description: 'Paid to the provider for this agreement, in cents, net of reversals (from the ledger).',
  })
  async paidToProviderCents(@Parent() agreement: CostAgreement, @Context() ctx: GraphQLContext) {
    return (await ctx.loaders.agreements.providerBalance.load(agreement.id)).paidCents.toString();
  }

  @RequirePermission(Permission.PARTNERSHIP_READ, onParent)
  @ResolveField(() => String, {
    description:
      'Still owed to the provider for this agreement, in cents: its posted total minus what was paid (0 before it is financed).',
  })
  async owedToProviderCents(@Parent() agreement: CostAgreement, @Context() ctx: GraphQLContext) {
    return (await ctx.loaders.agreements.providerBalance.load(agreement.id)).owedCents.toString();
  }

  @RequirePermission(Permission.PARTNERSHIP_READ, onParent)
  @ResolveField(() => [CostAgreementVersion], { description: 'Every split, oldest first.' })
  versions(@Parent() agreement: CostAgreement, @Context() ctx: GraphQLContext) {
    return ctx.loaders.agreements.versionsByAgreement.load(agreement.id);
  }

  @RequirePermission(Permission.PARTNERSHIP_READ, onParent)
  @ResolveField(() => [CostShareType], {
    description: 'The current split: each participant’s share and what it saves (total minus share).',
  })
  async shares(@Parent() agreement: CostAgreement, @Context() ctx: GraphQLContext) {
    const versions = await ctx.loaders.agreements.versionsByAgreement.load(agreement.id);
    const current = versions.find((v) => v.version === agreement.currentVersion);
    return current
      ? (await ctx.loaders.agreements.sharesByVersion.load(current.id)).map((s) => shareView(s, current.totalCents))
      : [];
  }

  @RequirePermission(Permission.PARTNERSHIP_READ, onParent)
  @ResolveField(() => [CostShareChange], {
    description: 'Per member: its share before the last re-split and after (empty before any re-split).',
  })
  async comparison(@Parent() agreement: CostAgreement, @Context() ctx: GraphQLContext): Promise<CostShareChange[]> {
    const versions = await ctx.loaders.agreements.versionsByAgreement.load(agreement.id);
    const after = versions.find((v) => v.version === agreement.currentVersion);
    const before = versions.find((v) => v.version === agreement.currentVersion - 1);
    if (!after || !before) return [];
    const [b, a] = await Promise.all([
      ctx.loaders.agreements.sharesByVersion.load(before.id),
      ctx.loaders.agreements.sharesByVersion.load(after.id),
    ]);
    const cents = (rows: CostShareRow[]) =>
      rows.map((r) => ({ organisationId: r.organisationId, amountCents: BigInt(r.amountCents) }));
    return compareShares(cents(b), cents(a)).map((c) => ({
      organisationId: c.organisationId,
      beforeCents: c.beforeCents?.toString() ?? null,
      afterCents: c.afterCents?.toString() ?? null,
      changeCents: c.changeCents.toString(),
    }));
  }

  @RequirePermission(Permission.PARTNERSHIP_READ, onParent)
  @ResolveField(() => [CostContract], {
    description: 'One per participant (empty for a recurring module agreement, borne by the module’s users).',
  })
  contracts(@Parent() agreement: CostAgreement, @Context() ctx: GraphQLContext) {
    return ctx.loaders.agreements.contractsByAgreement.load(agreement.id);
  }

  @RequirePermission(Permission.PARTNERSHIP_READ, onParent)
  @ResolveField(() => FeatureRequest, { nullable: true })
  request(@Parent() agreement: CostAgreement, @Context() ctx: GraphQLContext) {
    return agreement.featureRequestId ? ctx.loaders.requests.request.load(agreement.featureRequestId) : null;
  }

  @RequirePermission(Permission.PARTNERSHIP_READ, onParent)
  @ResolveField(() => PartnershipModule, { nullable: true })
  module(@Parent() agreement: CostAgreement, @Context() ctx: GraphQLContext) {
    return agreement.moduleId ? ctx.loaders.agreements.module.load(agreement.moduleId) : null;
  }

  @RequirePermission(Permission.PARTNERSHIP_READ, onParent)
  @ResolveField(() => Organisation, { description: 'Who is paid for the work.' })
  provider(@Parent() agreement: CostAgreement, @Context() ctx: GraphQLContext) {
    return ctx.loaders.organisation.load(agreement.providerOrganisationId);
  }
}

@Resolver(() => CostAgreementVersion)
export class AgreementVersionResolver {
  // A plain text of a record its parent's field already let the reader see.
  @Public()
  @ResolveField(() => String, {
    description: 'Why this version was made, in the reader’s language (empty for the first split of a request).',
  })
  reason(@Parent() version: CostAgreementVersion, @Context() ctx: GraphQLContext): string {
    return renderStored(version.reason, { key: version.reasonKey, params: version.reasonParams }, languageOf(ctx));
  }

  @RequirePermission(Permission.PARTNERSHIP_READ, onParent)
  @ResolveField(() => [CostShareType])
  async shares(@Parent() version: CostAgreementVersion, @Context() ctx: GraphQLContext) {
    return (await ctx.loaders.agreements.sharesByVersion.load(version.id)).map((s) => shareView(s, version.totalCents));
  }
}

@Resolver(() => CostContract)
export class CostContractResolver {
  @RequirePermission(Permission.PARTNERSHIP_READ, onParent)
  @ResolveField(() => Organisation)
  organisation(@Parent() contract: CostContract, @Context() ctx: GraphQLContext) {
    return ctx.loaders.organisation.load(contract.organisationId);
  }

  @RequirePermission(Permission.PARTNERSHIP_READ, onParent)
  @ResolveField(() => User, { nullable: true, description: 'Who signed or declined it.' })
  decidedBy(@Parent() contract: CostContract, @Context() ctx: GraphQLContext) {
    return contract.decidedByUserId ? ctx.loaders.user.load(contract.decidedByUserId) : null;
  }

  @RequirePermission(Permission.PARTNERSHIP_READ, onParent)
  @ResolveField(() => Boolean, {
    description: 'Whether the viewer may sign or decline it now (its organisation’s representative, contract sent).',
  })
  viewerCanSign(@Parent() contract: CostContract, @CurrentViewer() viewer: Viewer | null) {
    return (
      contract.status === 'SENT' &&
      representedOrganisations(viewer, contract.partnershipId).includes(contract.organisationId)
    );
  }
}

/** Shares, changes and candidates are reached only through a guarded agreement or query; they name their organisation through the loader. */
@Resolver(() => CostShareType)
export class CostShareResolver {
  @Public()
  @ResolveField(() => Organisation)
  organisation(@Parent() share: CostShareType, @Context() ctx: GraphQLContext) {
    return ctx.loaders.organisation.load(share.organisationId);
  }
}

@Resolver(() => CostShareChange)
export class CostShareChangeResolver {
  @Public()
  @ResolveField(() => Organisation)
  organisation(@Parent() change: CostShareChange, @Context() ctx: GraphQLContext) {
    return ctx.loaders.organisation.load(change.organisationId);
  }
}

@Resolver(() => CandidateParticipant)
export class CandidateParticipantResolver {
  @Public()
  @ResolveField(() => Organisation)
  organisation(@Parent() participant: CandidateParticipant, @Context() ctx: GraphQLContext) {
    return ctx.loaders.organisation.load(participant.organisationId);
  }
}

@Resolver(() => FeatureRequest)
export class RequestAgreementResolver {
  @RequirePermission(Permission.PARTNERSHIP_READ, onParent)
  @ResolveField(() => ID, {
    nullable: true,
    description:
      'Its cost-sharing agreement, if one was made (the agreement itself shows only to finance and its participants).',
  })
  costAgreementId(@Parent() request: FeatureRequest, @Context() ctx: GraphQLContext) {
    return ctx.loaders.agreements.agreementIdByRequest.load(request.id);
  }
}
