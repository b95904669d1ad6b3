import { Module } from '@nestjs/common';
import { FeatureRequestsModule } from '../../feature-requests/feature-requests.module';
import { MailModule } from '../../mail/mail.module';
import { MembershipsModule } from '../../memberships/memberships.module';
import { LedgerModule } from '../ledger/ledger.module';
import { AgreementQueries } from './agreement-queries';
import {
  AgreementsResolver,
  AgreementVersionResolver,
  CandidateParticipantResolver,
  CostContractResolver,
  CostShareChangeResolver,
  CostShareResolver,
  RequestAgreementResolver,
} from './agreements.resolver';
import { AgreementsService } from './agreements.service';
import { ModulesResolver, ModuleUseResolver } from './modules.resolver';
import { ModulesService } from './modules.service';
import { ProviderPaymentsService } from './provider-payments.service';

/** For the schema generator (server/src/resolvers.ts). */
export const agreementResolvers = [
  AgreementsResolver,
  AgreementVersionResolver,
  CostContractResolver,
  CostShareResolver,
  CostShareChangeResolver,
  CandidateParticipantResolver,
  ModulesResolver,
  ModuleUseResolver,
  RequestAgreementResolver,
];

@Module({
  imports: [LedgerModule, FeatureRequestsModule, MailModule, MembershipsModule],
  providers: [AgreementsService, AgreementQueries, ModulesService, ProviderPaymentsService, ...agreementResolvers],
})
export class AgreementsModule {}
