import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('FundHistoryPurpose', { description: 'One pool of the development fund in one year, in cents.' })
export class FundHistoryPurposeType {
  @Field(() => ID, { nullable: true, description: 'Null for the general fund (not earmarked).' })
  purposeId: string | null;
  @Field(() => String, { nullable: true }) key: string | null;
  @Field(() => String, { nullable: true }) labelDe: string | null;
  @Field(() => String, { nullable: true }) labelEn: string | null;
  @Field({ description: 'Contributions into this pool booked in the year, net of reversals.' })
  contributedCents: string;
  @Field({ description: 'Allocated to this purpose in the year (0 for the general fund).' })
  allocatedCents: string;
  @Field({ description: 'Paid out to providers against allocations to this purpose in the year.' })
  disbursedCents: string;
  @Field({
    description:
      'What the fund holds for this pool at the end of the year: not yet allocated plus allocated but not yet paid out.',
  })
  balanceCents: string;
}

@ObjectType('FundHistoryYear', {
  description:
    'The development fund in one calendar year, all sums over ledger entries; every year from the first to the last with movements.',
})
export class FundHistoryYearType {
  @Field(() => Int) year: number;
  @Field() contributedCents: string;
  @Field() allocatedCents: string;
  @Field() disbursedCents: string;
  @Field({ description: 'What the fund holds at the end of the year (all pools).' }) balanceCents: string;
  @Field(() => [FundHistoryPurposeType], { description: 'Per pool with movements, in the purposes’ order.' })
  purposes: FundHistoryPurposeType[];
}

@ObjectType('FeeIncomeYear', { description: 'Membership fees in one calendar year, in cents, net of reversals.' })
export class FeeIncomeYearType {
  @Field(() => Int) year: number;
  @Field({ description: 'Fees invoiced in the year.' }) invoicedCents: string;
  @Field({ description: 'Payments received in the year.' }) paidCents: string;
}

@ObjectType('MemberFinanceYear', {
  description: 'An organisation’s year as its statement for that year has it: what it paid, gave and saved, in cents.',
})
export class MemberFinanceYearType {
  @Field(() => Int) year: number;
  @Field({ description: 'Fees invoiced in the year.' }) feesCents: string;
  @Field({ description: 'Cost shares of financed agreements in the year.' }) costSharesCents: string;
  @Field({ description: 'Payments received from it in the year.' }) paymentsCents: string;
  @Field({ description: 'Development fund contributions in the year.' }) fundContributionsCents: string;
  @Field({
    description:
      'What taking part in cost-sharing agreements saved in the year: the agreements’ totals minus its shares.',
  })
  savedCents: string;
}
