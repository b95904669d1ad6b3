import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ParseUUIDPipe } from '@nestjs/common';
import { Permission } from '../../common/auth/permissions';
import {
  CurrentViewer,
  partnershipArg,
  PartnershipLocator,
  RequirePermission,
} from '../../common/auth/access.decorators';
import { Viewer } from '../../auth/viewer';
import { AppError } from '../../common/graphql/app-error';
import { GraphQLContext } from '../../loaders';
import { Organisation } from '../../organisations/organisation.entity';
import { FeeInvoicesArgs, RecordPaymentInput, RunFeesInput, UpdateFeeScheduleInput } from './dto/fee.inputs';
import { FeePayment } from './fees.entities';
import {
  FeeInvoiceConnection,
  FeeInvoiceType,
  FeeMemberBalance,
  FeeRunLine,
  FeeRunPreview,
  FeeRunResult,
  FeeScheduleView,
} from './fees.types';
import { FeePaymentsService } from './fee-payments.service';
import { FeeQueries } from './fee-queries';
import { FeeRunsService } from './fee-runs.service';
import { FeeScheduleService } from './fee-schedule.service';
import { languageOf, msg, render } from '../../common/i18n/messages';

/** A field of a fee record: its partnership is on the parent. */
const parentRecord: PartnershipLocator = async ({ parent }) => (parent as { partnershipId: string }).partnershipId;

const PartnershipIdArg = () =>
  Args(
    'partnershipId',
    { type: () => ID },
    new ParseUUIDPipe({
      exceptionFactory: () => AppError.badInput({ partnershipId: [msg('input.uuid', { field: 'partnershipId' })] }),
    }),
  );

@Resolver()
export class FeesResolver {
  constructor(
    private readonly schedules: FeeScheduleService,
    private readonly runs: FeeRunsService,
    private readonly payments: FeePaymentsService,
    private readonly queries: FeeQueries,
  ) {}

  @RequirePermission(Permission.FINANCE_READ, partnershipArg('partnershipId'))
  @Query(() => FeeScheduleView, {
    nullable: true,
    description: 'The fee schedule (Beitragsordnung) with its tiers and gaps; null before one is set up.',
  })
  feeSchedule(@PartnershipIdArg() partnershipId: string) {
    return this.schedules.view(partnershipId);
  }

  @RequirePermission(Permission.FINANCE_MANAGE, partnershipArg('input.partnershipId'))
  @Mutation(() => FeeScheduleView, {
    description:
      'Replaces the fee schedule and its tiers; tiers of one kind must not overlap. Invoices written keep their amounts.',
  })
  updateFeeSchedule(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateFeeScheduleInput) {
    return this.schedules.update(viewer, input);
  }

  @RequirePermission(Permission.FINANCE_READ, partnershipArg('partnershipId'))
  @Query(() => FeeRunPreview, {
    description: 'What runFees would do for the year: each active member’s fee and why, or what is missing.',
  })
  async feeRunPreview(
    @PartnershipIdArg() partnershipId: string,
    @Args('year', { type: () => Int }) year: number,
    @Context() ctx: GraphQLContext,
  ) {
    if (!Number.isInteger(year) || year < 2000 || year > 2100)
      throw AppError.badInput({ year: [msg('fees.yearRange', { min: 2000, max: 2100, year })] });
    const preview = await this.runs.preview(partnershipId, year);
    return { ...preview, errors: preview.errors.map((m) => render(m, languageOf(ctx))) };
  }

  @RequirePermission(Permission.FINANCE_MANAGE, partnershipArg('input.partnershipId'))
  @Mutation(() => FeeRunResult, {
    description:
      'Writes one invoice per active member for the year (pro-rata in the joining year); running it again writes nothing twice.',
  })
  runFees(@CurrentViewer() viewer: Viewer, @Args('input') input: RunFeesInput) {
    return this.runs.run(viewer, input);
  }

  @RequirePermission(Permission.FINANCE_READ, partnershipArg('partnershipId'))
  @Query(() => FeeInvoiceConnection, {
    description: 'Fee invoices by number, with paid and outstanding amounts from the ledger.',
  })
  feeInvoices(@Args() args: FeeInvoicesArgs) {
    return this.queries.invoices(args.partnershipId, args);
  }

  @RequirePermission(Permission.FINANCE_READ, partnershipArg('partnershipId'))
  @Query(() => [FeeMemberBalance], {
    description: 'Per member: fees invoiced, paid and outstanding (for a fee year, or all years).',
  })
  feeMemberBalances(
    @PartnershipIdArg() partnershipId: string,
    @Args('year', { type: () => Int, nullable: true }) year?: number | null,
  ) {
    return this.queries.memberBalances(partnershipId, year ?? null);
  }

  @RequirePermission(Permission.FINANCE_MANAGE, partnershipArg('input.partnershipId'))
  @Mutation(() => FeePayment, {
    description:
      'Records a payment received from a member, against an invoice or the member’s account; any amount (partial, full, more).',
  })
  recordPayment(@CurrentViewer() viewer: Viewer, @Args('input') input: RecordPaymentInput) {
    return this.payments.record(viewer, input);
  }
}

@Resolver(() => FeeInvoiceType)
export class FeeInvoiceFieldsResolver {
  @RequirePermission(Permission.FINANCE_READ, parentRecord)
  @ResolveField(() => Organisation)
  organisation(@Parent() invoice: FeeInvoiceType, @Context() ctx: GraphQLContext) {
    return ctx.loaders.organisation.load(invoice.organisationId);
  }
}

@Resolver(() => FeeMemberBalance)
export class FeeMemberBalanceFieldsResolver {
  @RequirePermission(Permission.FINANCE_READ, parentRecord)
  @ResolveField(() => Organisation)
  organisation(@Parent() balance: FeeMemberBalance, @Context() ctx: GraphQLContext) {
    return ctx.loaders.organisation.load(balance.organisationId);
  }
}

@Resolver(() => FeeRunLine)
export class FeeRunLineFieldsResolver {
  @RequirePermission(Permission.FINANCE_READ, parentRecord)
  @ResolveField(() => Organisation)
  organisation(@Parent() line: FeeRunLine, @Context() ctx: GraphQLContext) {
    return ctx.loaders.organisation.load(line.organisationId);
  }

  @RequirePermission(Permission.FINANCE_READ, parentRecord)
  @ResolveField(() => String, { nullable: true, description: 'Why the member gets no invoice, or what is missing.' })
  message(@Parent() line: FeeRunLine, @Context() ctx: GraphQLContext) {
    return line.message && render(line.message, languageOf(ctx));
  }
}

@Resolver(() => FeePayment)
export class FeePaymentFieldsResolver {
  @RequirePermission(Permission.FINANCE_READ, parentRecord)
  @ResolveField(() => Organisation)
  organisation(@Parent() payment: FeePayment, @Context() ctx: GraphQLContext) {
    return ctx.loaders.organisation.load(payment.organisationId);
  }
}
