import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { registerEnum } from '../../common/graphql/register-enum';
import { TransactionKind } from '../ledger/ledger';
import { TransactionKindEnum } from '../ledger/ledger.entities';

export enum StatementCategory {
  FEE = 'FEE',
  COST_SHARE = 'COST_SHARE',
  PAYMENT = 'PAYMENT',
  FUND_CONTRIBUTION = 'FUND_CONTRIBUTION',
  OTHER = 'OTHER',
}
registerEnum(StatementCategory, {
  name: 'StatementCategory',
  description: 'What a line of a member statement is about (a reversal counts where its original did).',
});

@ObjectType('StatementLine', { description: 'One movement on a member statement.' })
export class StatementLineType {
  @Field(() => ID) transactionId: string;
  @Field({ description: 'YYYY-MM-DD.' }) bookedOn: string;
  @Field() description: string;
  @Field(() => TransactionKindEnum) kind: TransactionKind;
  @Field(() => StatementCategory) category: StatementCategory;
  @Field({
    description:
      'Integer cents: on the account lines, positive raises what the organisation owes (fees, cost shares), negative lowers it (payments); on contribution lines, what it gave the fund.',
  })
  amountCents: string;
}

@ObjectType('StatementSaving', {
  description: 'What taking part in one cost-sharing agreement saved: its total minus the organisation’s share.',
})
export class StatementSavingType {
  @Field(() => ID) agreementId: string;
  @Field() title: string;
  @Field() totalCents: string;
  @Field() shareCents: string;
  @Field() savedCents: string;
}

@ObjectType('MemberStatement', {
  description:
    'An organisation’s statement for one calendar year, all from the ledger: its account (opening balance, fees, cost shares, payments, closing balance; positive = owed to the partnership), its fund contributions, and what it saved.',
})
export class MemberStatementType {
  partnershipId: string;
  @Field(() => ID) organisationId: string;
  @Field() organisationName: string;
  @Field(() => Int) year: number;
  @Field() openingBalanceCents: string;
  @Field({ description: 'Fees invoiced in the year, net of reversals.' }) feesCents: string;
  @Field({ description: 'Cost shares of financed agreements in the year, net of reversals.' }) costSharesCents: string;
  @Field({ description: 'Payments received in the year (positive), net of reversals.' }) paymentsCents: string;
  @Field({ description: 'Anything else on its account in the year.' }) otherCents: string;
  @Field({ description: 'Opening balance plus every account line.' }) closingBalanceCents: string;
  @Field({ description: 'Development fund contributions in the year; money given, not owed, so outside the balance.' })
  fundContributionsCents: string;
  @Field({ description: 'Sum of the savings.' }) savedCents: string;
  @Field(() => [StatementLineType], { description: 'The account’s movements in the year, oldest first.' })
  lines: StatementLineType[];
  @Field(() => [StatementLineType]) contributions: StatementLineType[];
  @Field(() => [StatementSavingType]) savings: StatementSavingType[];
  @Field(() => [Int], { description: 'Years with any movement of this organisation, newest first.' }) years: number[];
}

@ObjectType('TransparencyIncome', { description: 'What came in during one year, in cents.' })
export class TransparencyIncomeType {
  @Field(() => Int) year: number;
  @Field() feesInvoicedCents: string;
  @Field() feesPaidCents: string;
  @Field() fundContributionsCents: string;
  @Field({ description: 'Totals of cost-sharing agreements financed in the year.' }) costSharesCents: string;
  @Field({ description: 'Paid out: fund disbursements and payments to providers for agreed work.' })
  paidOutCents: string;
}

@ObjectType('TransparencyPurpose', { description: 'Development fund money per purpose in the year.' })
export class TransparencyPurposeType {
  @Field(() => ID, { nullable: true, description: 'Null for the general fund (not earmarked).' }) purposeId:
    string | null;
  @Field(() => String, { nullable: true }) key: string | null;
  @Field(() => String, { nullable: true }) labelDe: string | null;
  @Field(() => String, { nullable: true }) labelEn: string | null;
  @Field({ description: 'Contributions earmarked for it.' }) contributedCents: string;
  @Field() allocatedCents: string;
  @Field() disbursedCents: string;
}

@ObjectType('TransparencyRequest', { description: 'The money that went to one feature request in the year.' })
export class TransparencyRequestType {
  @Field(() => ID) featureRequestId: string;
  @Field(() => Int) number: number;
  @Field() title: string;
  @Field({ description: 'Totals of its financed cost-sharing agreements.' }) agreementCents: string;
  @Field({ description: 'Development fund allocations to it.' }) allocatedCents: string;
  @Field({ description: 'Paid out to providers from those allocations.' }) disbursedCents: string;
}

@ObjectType('TransparencyReport', {
  description:
    'Where a partnership’s money came from and went, per year: aggregate amounts only, no person and no single contributor is named (decision: organisations appear only as counts).',
})
export class TransparencyReportType {
  @Field(() => ID) partnershipId: string;
  @Field() slug: string;
  @Field() name: string;
  @Field(() => Int) year: number;
  @Field(() => [Int], { description: 'Years with any movement, newest first.' }) years: number[];
  @Field(() => [TransparencyIncomeType], { description: 'Every year with movements, newest first.' })
  income: TransparencyIncomeType[];
  @Field(() => Int, { description: 'How many organisations contributed to the fund in the year.' })
  contributorCount: number;
  @Field(() => [TransparencyPurposeType]) purposes: TransparencyPurposeType[];
  @Field(() => [TransparencyRequestType]) requests: TransparencyRequestType[];
  @Field({ description: 'Totals of financed agreements not tied to a request (e.g. module maintenance).' })
  otherAgreementsCents: string;
}
