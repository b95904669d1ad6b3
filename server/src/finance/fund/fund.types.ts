import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../common/graphql/pagination';
import { FundAllocationStatus, FundPurpose, FundRefusalReason } from './fund.entities';
import { GraphQLDateTime } from '../../common/graphql/scalars';

@ObjectType('FundSettings')
export class FundSettingsType {
  @Field(() => ID)
  partnershipId: string;

  @Field({ description: 'Minimum of a contributor’s first contribution in a year, in cents.' })
  minimumContributionCents: string;
}

@ObjectType('FundPoolBalance', {
  description: 'One pool of the fund: a purpose (earmarked) or the general fund. All sums over ledger entries.',
})
export class FundPoolBalance {
  @Field(() => FundPurpose, { nullable: true, description: 'Null for the general fund.' })
  purpose: FundPurpose | null;

  @Field({ description: 'Contributions received into this pool, net of reversals.' })
  contributedCents: string;

  @Field({
    description: 'Drawn from this pool by approved allocations (to this or, for the general fund, any purpose).',
  })
  drawnCents: string;

  @Field({
    description:
      'Allocated to this purpose by approved allocations, from its own pool and the general fund (0 for the general fund).',
  })
  allocatedCents: string;

  @Field({ description: 'Paid out to providers against allocations to this purpose.' })
  disbursedCents: string;

  @Field({ description: 'Allocated but not yet paid out.' })
  committedCents: string;

  @Field({ description: 'Not yet allocated: what this pool can still give.' })
  availableCents: string;
}

/**
 * One contributor: what it gave per year and its share of all contributions. One object per contributor with
 * the years as a list (aligned with FundDashboard.years) keeps a large fund's answer small.
 */
@ObjectType('FundContributor')
export class FundContributor {
  @Field(() => ID)
  organisationId: string;

  @Field()
  organisationName: string;

  @Field({ description: 'Whether it is an active member of the partnership (non-members may contribute too).' })
  member: boolean;

  @Field(() => [String], {
    description: 'Net of reversals, per year of FundDashboard.years in the same order ("0" for none).',
  })
  amountsByYearCents: string[];

  @Field({ description: 'Everything it contributed, net of reversals.' })
  amountCents: string;

  @Field(() => Int, {
    description:
      'Its share of all contributions in hundredths of a percent, by largest remainder: all shares add up to 10000.',
  })
  basisPoints: number;

  @Field({ description: 'The share as a percentage with two decimals, e.g. "12.34".' })
  percent: string;
}

@ObjectType('FundDashboard')
export class FundDashboard {
  @Field(() => ID)
  partnershipId: string;

  @Field()
  minimumContributionCents: string;

  @Field(() => [FundPoolBalance], {
    description: 'One row per purpose (archived ones too while they hold money), in their order.',
  })
  purposes: FundPoolBalance[];

  @Field(() => FundPoolBalance)
  generalFund: FundPoolBalance;

  @Field({ description: 'Everything contributed, net of reversals.' })
  totalContributedCents: string;

  @Field({ description: 'Everything not yet allocated (all pools).' })
  totalAvailableCents: string;

  @Field({ description: 'Pending proposals together.' })
  pendingCents: string;

  @Field(() => [Int], { description: 'The years with contributions, ascending.' })
  years: number[];

  @Field(() => [FundContributor], {
    description: 'Every contributor with its amounts per year and its share, largest share first.',
  })
  contributors: FundContributor[];
}

@ObjectType('FundAllocationRequest')
export class FundAllocationRequest {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  number: number;

  @Field()
  title: string;

  @Field({ description: 'The request’s funding route, e.g. DEVELOPMENT_FUND.' })
  fundingRoute: string;

  @Field(() => GraphQLDateTime, { nullable: true })
  financedAt: Date | null;
}

@ObjectType('FundAllocationVote')
export class FundAllocationVote {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  status: string;

  @Field(() => String, { nullable: true })
  outcome: string | null;

  @Field(() => GraphQLDateTime, { nullable: true })
  deadline: Date | null;
}

@ObjectType('FundAllocation', {
  description: 'Money of the fund for a purpose or a request, approved by a committee vote.',
})
export class FundAllocationView {
  @Field(() => ID)
  id: string;

  partnershipId: string;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => FundPurpose)
  purpose: FundPurpose;

  @Field(() => FundAllocationRequest, { nullable: true })
  featureRequest: FundAllocationRequest | null;

  @Field({ description: 'The amount proposed and, when approved, allocated.' })
  amountCents: string;

  @Field(() => FundAllocationStatus)
  status: FundAllocationStatus;

  @Field(() => FundRefusalReason, { nullable: true })
  refusalReason: FundRefusalReason | null;

  @Field(() => String, { nullable: true, description: 'The vote’s (combined) outcome.' })
  outcome: string | null;

  @Field(() => FundAllocationVote, {
    nullable: true,
    description: 'The vote deciding it (the last one of a joint decision).',
  })
  vote: FundAllocationVote | null;

  @Field(() => ID, { nullable: true, description: 'When decided in a session: its agenda item.' })
  agendaItemId: string | null;

  @Field(() => ID, { nullable: true, description: 'The ledger transaction of the approval.' })
  transactionId: string | null;

  @Field({
    description: 'Booked to the purpose by the approval, net of reversals (0 until approved, or after a reversal).',
  })
  allocatedCents: string;

  @Field({ description: 'Paid out against it, net of reversals (from the ledger).' })
  disbursedCents: string;

  @Field({ description: 'What may still be paid out.' })
  remainingCents: string;

  @Field(() => GraphQLDateTime, { nullable: true })
  decidedAt: Date | null;

  @Field(() => GraphQLDateTime)
  createdAt: Date;
}

export const FundAllocationConnection = Connection(FundAllocationView, 'FundAllocationConnection');

@ObjectType('FundContributionReceipt', { description: 'A recorded contribution and its ledger transaction.' })
export class FundContributionReceipt {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  organisationId: string;

  @Field(() => Int)
  year: number;

  @Field()
  amountCents: string;

  @Field(() => ID, { nullable: true })
  purposeId: string | null;

  @Field()
  receivedOn: string;

  @Field(() => ID)
  transactionId: string;
}

@ObjectType('FundDisbursementReceipt', { description: 'A recorded payment to a provider against an allocation.' })
export class FundDisbursementReceipt {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  allocationId: string;

  @Field(() => ID)
  providerOrganisationId: string;

  @Field()
  amountCents: string;

  @Field()
  paidOn: string;

  @Field(() => ID)
  transactionId: string;

  @Field({ description: 'What may still be paid out against the allocation afterwards.' })
  remainingCents: string;
}
