import { Injectable, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Viewer } from './auth/viewer';
import { auditLoaders, AuditLoaders } from './audit/audit.loaders';
import type { BaseGraphQLContext } from './common/graphql/context';
import { committeeLoaders, CommitteeLoaders } from './committees/committee.loaders';
import { requestLoaders, RequestLoaders } from './feature-requests/feature-request.loaders';
import { agreementLoaders, AgreementLoaders } from './finance/agreements/agreement.loaders';
import { ledgerLoaders, LedgerLoaders } from './finance/ledger/ledger.loaders';
import { membershipLoaders, MembershipLoaders } from './memberships/membership.loaders';
import { organisationLoaders, OrganisationLoaders } from './organisations/organisation.loaders';
import { partnershipLoaders, PartnershipLoaders } from './partnerships/partnership.loaders';
import { peopleLoaders, PeopleLoaders } from './people/people.loaders';
import { userLoaders, UserLoaders } from './users/user.loaders';
import { voteLoaders, VoteLoaders } from './votes/vote.loaders';

/**
 * Per-request batching: every relation field resolves through one of these, so lists stay N+1-free.
 * The composition root of each domain's `*.loaders.ts`; the core domains' loaders sit flat on it.
 */
export interface Loaders
  extends
    OrganisationLoaders,
    PartnershipLoaders,
    MembershipLoaders,
    UserLoaders,
    PeopleLoaders,
    CommitteeLoaders,
    VoteLoaders,
    AuditLoaders {
  requests: RequestLoaders;
  ledger: LedgerLoaders;
  agreements: AgreementLoaders;
}

export interface GraphQLContext extends BaseGraphQLContext {
  loaders: Loaders;
  viewer: Viewer | null;
}

@Injectable()
export class LoadersFactory {
  constructor(private readonly dataSource: DataSource) {}

  create(): Loaders {
    return {
      ...organisationLoaders(this.dataSource),
      ...partnershipLoaders(this.dataSource),
      ...membershipLoaders(this.dataSource),
      ...userLoaders(this.dataSource),
      ...peopleLoaders(this.dataSource),
      ...committeeLoaders(this.dataSource),
      ...voteLoaders(this.dataSource),
      ...auditLoaders(this.dataSource),
      requests: requestLoaders(this.dataSource),
      ledger: ledgerLoaders(this.dataSource),
      agreements: agreementLoaders(this.dataSource),
    };
  }
}

@Module({ providers: [LoadersFactory], exports: [LoadersFactory] })
export class GraphQLLoadersModule {}
