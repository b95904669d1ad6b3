import { Module } from '@nestjs/common';
import { LedgerQueries } from './ledger-queries';
import {
  AccountBalanceResolver,
  FinanceAccountResolver,
  LedgerEntryResolver,
  LedgerTransactionsResolver,
} from './ledger.resolver';
import { LedgerService } from './ledger.service';

/** The ledger's resolvers, also for the schema generator (server/src/resolvers.ts). */
export const ledgerResolvers = [
  LedgerTransactionsResolver,
  LedgerEntryResolver,
  FinanceAccountResolver,
  AccountBalanceResolver,
];

@Module({
  providers: [LedgerService, LedgerQueries, ...ledgerResolvers],
  exports: [LedgerService],
})
export class LedgerModule {}
