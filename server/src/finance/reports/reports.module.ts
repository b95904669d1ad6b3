import { Module } from '@nestjs/common';
import { AuthModule } from '../../auth/auth.module';
import { LedgerModule } from '../ledger/ledger.module';
import { ChartsResolver, TransparencyHistoryResolver } from './charts.resolver';
import { ChartsService } from './charts.service';
import { ExportsController } from './exports.controller';
import { ExportsService } from './exports.service';
import { MemberStatementResolver, ReportsResolver } from './reports.resolver';
import { StatementService } from './statement.service';
import { TransparencyService } from './transparency.service';

/** The reports' resolvers, also for the schema generator (server/src/resolvers.ts). */
export const reportResolvers = [ReportsResolver, MemberStatementResolver, ChartsResolver, TransparencyHistoryResolver];

@Module({
  imports: [LedgerModule, AuthModule],
  controllers: [ExportsController],
  providers: [StatementService, TransparencyService, ChartsService, ExportsService, ...reportResolvers],
})
export class ReportsModule {}
