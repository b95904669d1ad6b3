import { Module } from '@nestjs/common';
import { LedgerModule } from '../ledger/ledger.module';
import { FeePaymentsService } from './fee-payments.service';
import { FeeQueries } from './fee-queries';
import { FeeRunsService } from './fee-runs.service';
import { FeeScheduleService } from './fee-schedule.service';
import {
  FeeInvoiceFieldsResolver,
  FeeMemberBalanceFieldsResolver,
  FeePaymentFieldsResolver,
  FeeRunLineFieldsResolver,
  FeesResolver,
} from './fees.resolver';

/** Listed once for the module and the schema generator (server/src/resolvers.ts). */
export const feeResolvers = [
  FeesResolver,
  FeeInvoiceFieldsResolver,
  FeeMemberBalanceFieldsResolver,
  FeeRunLineFieldsResolver,
  FeePaymentFieldsResolver,
];

@Module({
  imports: [LedgerModule],
  providers: [FeeScheduleService, FeeRunsService, FeePaymentsService, FeeQueries, ...feeResolvers],
})
export class FeesModule {}
