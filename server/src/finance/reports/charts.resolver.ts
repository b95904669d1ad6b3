import { Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '../../common/auth/permissions';
import { CurrentViewer, partnershipArg, Public, RequirePermission } from '../../common/auth/access.decorators';
import { Viewer } from '../../auth/viewer';
import { IdArg } from '../../common/graphql/id-arg';
import { ChartsService } from './charts.service';
import { FeeIncomeYearType, FundHistoryYearType, MemberFinanceYearType } from './charts.types';
import { TransparencyReportType } from './reports.types';
import { assertMayReadStatement } from './statement-access';

@Resolver()
export class ChartsResolver {
  constructor(private readonly charts: ChartsService) {}

  @RequirePermission(Permission.FINANCE_READ, partnershipArg('partnershipId'))
  @Query(() => [FundHistoryYearType], {
    description: 'The development fund per year and pool, oldest first: for charts of the fund over time.',
  })
  fundHistory(@IdArg('partnershipId') partnershipId: string) {
    return this.charts.fundHistory(partnershipId);
  }

  @RequirePermission(Permission.FINANCE_READ, partnershipArg('partnershipId'))
  @Query(() => [FeeIncomeYearType], { description: 'Fees invoiced and paid per year, oldest first.' })
  feeIncomeByYear(@IdArg('partnershipId') partnershipId: string) {
    return this.charts.feeIncome(partnershipId);
  }

  // As memberStatement: the guard lets in whoever holds a role there; the figures are for the treasury or the organisation's own representative.
  @RequirePermission(Permission.PARTNERSHIP_READ, partnershipArg('partnershipId'))
  @Query(() => [MemberFinanceYearType], {
    description:
      'An organisation’s payments, contributions and savings per year, oldest first: for FINANCE_READ, or a representative of that organisation.',
  })
  memberFinanceHistory(
    @CurrentViewer() viewer: Viewer,
    @IdArg('partnershipId') partnershipId: string,
    @IdArg('organisationId') organisationId: string,
  ) {
    assertMayReadStatement(viewer, partnershipId, organisationId);
    return this.charts.memberHistory(partnershipId, organisationId);
  }
}

@Resolver(() => TransparencyReportType)
export class TransparencyHistoryResolver {
  constructor(private readonly charts: ChartsService) {}

  // A field of the report transparencyReport has just given (whose access was checked there); aggregates per pool only.
  @Public()
  @ResolveField(() => [FundHistoryYearType], {
    description: 'The development fund per year and pool, oldest first (aggregates only, as the report).',
  })
  fundHistory(@Parent() report: TransparencyReportType) {
    return this.charts.fundHistory(report.partnershipId);
  }
}
