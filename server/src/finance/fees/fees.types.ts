import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../common/graphql/pagination';
import { registerEnum } from '../../common/graphql/register-enum';
import { OrganisationKind } from '../../organisations/organisation-kind';
import { FeeRoundingEnum, FeeSchedule, FeeTier } from './fees.entities';
import { GraphQLLocalDate } from '../../common/graphql/scalars';
import type { MessageRef } from '../../common/i18n/messages';

export enum InvoiceStatusEnum {
  OPEN = 'OPEN',
  PARTLY_PAID = 'PARTLY_PAID',
  PAID = 'PAID',
  OVERPAID = 'OVERPAID',
  CANCELLED = 'CANCELLED',
}
registerEnum(InvoiceStatusEnum, {
  name: 'FeeInvoiceStatus',
  description:
    'From the ledger: invoiced net of reversals against paid net of reversals; a reversed invoice is CANCELLED.',
});

export enum FeeRunLineStatus {
  WILL_INVOICE = 'WILL_INVOICE',
  EXISTS = 'EXISTS',
  EXEMPT = 'EXEMPT',
  NOT_LIABLE = 'NOT_LIABLE',
  NO_TIER = 'NO_TIER',
}
registerEnum(FeeRunLineStatus, { name: 'FeeRunLineStatus', description: 'What the yearly run does for a member.' });

@ObjectType('FeeCoverageGap', { description: 'A population range of a kind that no tier covers.' })
export class FeeCoverageGap {
  @Field(() => OrganisationKind)
  kind: string;

  @Field(() => Int, { nullable: true, description: 'Inclusive; null = from 0.' })
  fromPopulation: number | null;

  @Field(() => Int, { nullable: true, description: 'Inclusive; null = no upper end.' })
  toPopulation: number | null;
}

@ObjectType('FeeScheduleView', { description: 'The fee schedule with its tiers and the gaps they leave.' })
export class FeeScheduleView {
  @Field(() => FeeSchedule)
  schedule: FeeSchedule;

  @Field(() => [FeeTier])
  tiers: FeeTier[];

  @Field(() => [FeeCoverageGap])
  gaps: FeeCoverageGap[];
}

@ObjectType('FeeExplanation', { description: 'How an invoice’s amount came about.' })
export class FeeExplanationType {
  @Field()
  tierLabel: string;

  @Field({ description: 'The tier’s fee in the base year, cents.' })
  baseCents: string;

  @Field(() => Int)
  indexationBasisPoints: number;

  @Field(() => Int, { description: 'How often the indexation compounded.' })
  indexationYears: number;

  @Field({ description: 'Exact decimal, e.g. "1.0609".' })
  indexationFactor: string;

  @Field(() => FeeRoundingEnum)
  rounding: string;

  @Field({ description: 'The rounded annual fee, cents.' })
  annualCents: string;

  @Field(() => Int, { description: 'Months paid for: 12, fewer in the joining year with pro-rata.' })
  months: number;

  @Field(() => OrganisationKind)
  kind: string;

  @Field(() => Int, { nullable: true })
  population: number | null;
}

@ObjectType('FeeInvoice', { description: 'A yearly fee invoice; its amounts are sums over the ledger.' })
export class FeeInvoiceType {
  @Field(() => ID)
  id: string;

  partnershipId: string;

  organisationId: string;

  @Field(() => Int)
  year: number;

  @Field()
  number: string;

  @Field(() => GraphQLLocalDate)
  issuedOn: string;

  @Field(() => GraphQLLocalDate)
  dueOn: string;

  @Field({ description: 'The amount invoiced, net of reversals (0 when cancelled).' })
  amountCents: string;

  @Field({ description: 'Paid against this invoice, net of reversals.' })
  paidCents: string;

  @Field({ description: 'Amount minus paid; negative when overpaid.' })
  outstandingCents: string;

  @Field(() => InvoiceStatusEnum)
  status: InvoiceStatusEnum;

  @Field(() => FeeExplanationType)
  explanation: FeeExplanationType;

  @Field(() => ID)
  transactionId: string;
}

export const FeeInvoiceConnection = Connection(FeeInvoiceType, 'FeeInvoiceConnection');

@ObjectType('FeeMemberBalance', { description: 'A member’s fees and payments, from the ledger.' })
export class FeeMemberBalance {
  partnershipId: string;

  organisationId: string;

  @Field({ description: 'Fees invoiced, net of reversals.' })
  invoicedCents: string;

  @Field({ description: 'Fee payments received (against invoices or the account), net of reversals.' })
  paidCents: string;

  @Field({ description: 'Invoiced minus paid; negative when overpaid.' })
  outstandingCents: string;

  @Field(() => Int)
  openInvoices: number;
}

@ObjectType('FeeRunLine', { description: 'One member in a fee run or its preview.' })
export class FeeRunLine {
  partnershipId: string;

  organisationId: string;

  @Field(() => FeeRunLineStatus)
  status: FeeRunLineStatus;

  @Field(() => String, { nullable: true, description: 'Cents, for WILL_INVOICE and EXISTS.' })
  amountCents: string | null;

  @Field(() => FeeExplanationType, { nullable: true })
  explanation: FeeExplanationType | null;

  @Field(() => String, { nullable: true, description: 'The existing (or just written) invoice number.' })
  invoiceNumber: string | null;

  /** Rendered in the reader's language by FeeRunLineFieldsResolver. */
  @Field(() => String, { nullable: true, description: 'Why the member gets no invoice, or what is missing.' })
  message: MessageRef | null;
}

@ObjectType('FeeRunPreview', { description: 'What runFees would do for a year.' })
export class FeeRunPreview {
  @Field(() => Int)
  year: number;

  @Field(() => [FeeRunLine])
  lines: FeeRunLine[];

  @Field(() => Int)
  toCreate: number;

  @Field(() => Int)
  existing: number;

  @Field({ description: 'Sum of the invoices to create, cents.' })
  totalCents: string;

  /** Rendered in the reader's language by the feeRunPreview query. */
  @Field(() => [String], { description: 'Members without a matching tier: the run is refused while there are any.' })
  errors: MessageRef[];
}

@ObjectType('FeeRunResult', { description: 'What a fee run did.' })
export class FeeRunResult {
  @Field(() => Int)
  year: number;

  @Field(() => Int)
  created: number;

  @Field(() => Int, { description: 'Invoices of that year that already existed (nothing written twice).' })
  existing: number;

  @Field(() => Int)
  exempt: number;

  @Field({ description: 'Sum of the invoices created, cents.' })
  totalCents: string;

  @Field(() => [FeeRunLine])
  lines: FeeRunLine[];
}
