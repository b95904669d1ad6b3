import { Args, Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuditCheckpoint } from '../../audit/audit-checkpoint';
import type { GraphQLContext } from '../../loaders';
import { Permission } from '../../common/auth/permissions';
import { CurrentViewer, partnershipArg, Public, RequirePermission } from '../../common/auth/access.decorators';
import { Viewer } from '../../auth/viewer';
import { IdArg } from '../../common/graphql/id-arg';
import { AppError } from '../../common/graphql/app-error';
import { msg, languageOf } from '../../common/i18n/messages';
import { MemberStatementType, TransparencyReportType } from './reports.types';
import { assertMayReadStatement } from './statement-access';
import { StatementService } from './statement.service';
import { TransparencyService } from './transparency.service';

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 1900 || year > 2200)
    throw AppError.badInput({ year: [msg('fees.yearRange', { min: 1900, max: 2200, year })] });
}

@Resolver()
export class ReportsResolver {
  constructor(
    private readonly statements: StatementService,
    private readonly transparency: TransparencyService,
  ) {}

  // The guard lets in whoever holds a role there; the statement itself is for the treasury or the organisation's own representative.
  @RequirePermission(Permission.PARTNERSHIP_READ, partnershipArg('partnershipId'))
  @Query(() => MemberStatementType, {
    description:
      'An organisation’s statement for a calendar year: for FINANCE_READ, or a representative of that organisation.',
  })
  memberStatement(
    @CurrentViewer() viewer: Viewer,
    @IdArg('partnershipId') partnershipId: string,
    @IdArg('organisationId') organisationId: string,
    @Args('year', { type: () => Int }) year: number,
    @Context() ctx: GraphQLContext,
  ) {
    checkYear(year);
    assertMayReadStatement(viewer, partnershipId, organisationId);
    return this.statements.statement(partnershipId, organisationId, year, languageOf(ctx));
  }

  @Public()
  @Query(() => TransparencyReportType, {
    description: 'Where the money came from and went in a year; public when the partnership’s transparency pages are.',
  })
  transparencyReport(
    @CurrentViewer() viewer: Viewer | null,
    @Args('slug') slug: string,
    @Args('year', { type: () => Int }) year: number,
  ) {
    checkYear(year);
    return this.transparency.report(viewer, slug, year);
  }
}

@Resolver(() => MemberStatementType)
export class MemberStatementResolver {
  // A field of the statement memberStatement has just given (whose access was checked there).
  @Public()
  @ResolveField(() => AuditCheckpoint, {
    nullable: true,
    description: 'The head of the partnership’s audit chain as the statement is read: keep it with the statement.',
  })
  auditCheckpoint(@Parent() statement: MemberStatementType, @Context() ctx: GraphQLContext) {
    return ctx.loaders.auditCheckpoint.load(statement.partnershipId);
  }
}
