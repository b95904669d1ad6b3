import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../common/graphql/pagination';
import { FeatureRequest } from '../../feature-requests/feature-request.entity';
import { InterestKind } from '../../feature-requests/feature-request-enums';
import { CostSplitMethod } from './agreement-enums';
import { CostAgreement } from './agreements.entities';

@ObjectType('CostShare', {
  description: 'One participant’s share of a split, with its exact value for the explanation.',
})
export class CostShareType {
  organisationId: string;

  @Field({ description: 'Integer cents.' })
  amountCents: string;

  @Field({
    description: 'The exact share in cents as a reduced fraction ("100000/3"); the amount is within one cent of it.',
  })
  exactCents: string;

  @Field({
    description:
      'Whether it got one of the leftover cents (largest remainder; ties: larger weight, then organisation id ascending).',
  })
  roundedUp: boolean;

  @Field({
    description:
      'What it was weighed by: 1 (equal), inhabitants, weight, basis points, annual fee in cents, or the fixed amount.',
  })
  basis: string;

  @Field({ description: 'What it saves against paying alone: the total minus its share, in cents.' })
  savedCents: string;
}

@ObjectType('CostSplitPreview', { description: 'A split as it would be saved: nothing is written.' })
export class CostSplitPreview {
  @Field()
  totalCents: string;

  @Field(() => CostSplitMethod)
  method: CostSplitMethod;

  @Field(() => [CostShareType])
  shares: CostShareType[];
}

@ObjectType('CostShareChange', {
  description: 'A member’s share before and after a re-split (null when it did not take part).',
})
export class CostShareChange {
  organisationId: string;

  @Field(() => String, { nullable: true })
  beforeCents: string | null;

  @Field(() => String, { nullable: true })
  afterCents: string | null;

  @Field({ description: 'After minus before, in cents (negative: it pays less now).' })
  changeCents: string;
}

@ObjectType('CostAgreementCandidateParticipant')
export class CandidateParticipant {
  organisationId: string;

  @Field(() => InterestKind)
  interest: InterestKind;

  @Field(() => String, { nullable: true })
  coFundUpToCents: string | null;
}

@ObjectType('CostAgreementCandidate', {
  description: 'An accepted request that can get a cost-sharing agreement, with its offer and its interested members.',
})
export class CostAgreementCandidate {
  @Field(() => FeatureRequest)
  request: FeatureRequest;

  @Field(() => String, { nullable: true, description: 'The offer’s amount, the default total.' })
  totalCents: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The default provider: the offer’s, else the product owner organisation.',
  })
  providerOrganisationId: string | null;

  @Field(() => [CandidateParticipant], { description: 'Co-funders first, then will use, then support.' })
  participants: CandidateParticipant[];
}

@ObjectType()
export class CostAgreementConnection extends Connection(CostAgreement, 'CostAgreementConnection') {}

@ObjectType('RecurringRenewal')
export class RecurringRenewal {
  @Field(() => Int)
  created: number;

  @Field(() => [CostAgreement])
  agreements: CostAgreement[];
}
