import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { MailModule } from '../mail/mail.module';
import { VotesModule } from '../votes/votes.module';
import { ApplicationsResolver, PartnershipApplicationsResolver } from './applications.resolver';
import { ApplicationsService } from './applications.service';
import { Organisation } from '../organisations/organisation.entity';
import { Partnership } from '../partnerships/partnership.entity';
import { MembershipLeftHooks } from './membership-left-hooks';
import { Membership } from './membership.entity';
import { MembershipsResolver } from './memberships.resolver';
import { MembershipsService } from './memberships.service';

@Module({
  imports: [TypeOrmModule.forFeature([Membership, Partnership, Organisation]), AuditModule, MailModule, VotesModule],
  providers: [MembershipsResolver, MembershipsService, ApplicationsService, ApplicationsResolver, PartnershipApplicationsResolver, MembershipLeftHooks],
  exports: [MembershipLeftHooks],
})
export class MembershipsModule {}
