import { Module } from '@nestjs/common';
import { CommitteesModule } from '../../committees/committees.module';
import { FeatureRequestsModule } from '../../feature-requests/feature-requests.module';
import { VotesModule } from '../../votes/votes.module';
import { LedgerModule } from '../ledger/ledger.module';
import { FundPurposesService } from './fund-purposes.service';
import { FundQueries } from './fund-queries';
import { FundDashboardResolver, FundResolver } from './fund.resolver';
import { FundService } from './fund.service';

/** For the schema generator (server/src/resolvers.ts). */
export const fundResolvers = [FundResolver, FundDashboardResolver];

@Module({
  imports: [LedgerModule, VotesModule, FeatureRequestsModule, CommitteesModule],
  providers: [FundPurposesService, FundQueries, FundService, ...fundResolvers],
  exports: [FundQueries],
})
export class FundModule {}
