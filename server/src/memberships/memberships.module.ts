import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { Organisation } from '../organisations/organisation.entity';
import { Partnership } from '../partnerships/partnership.entity';
import { MembershipChangedHooks } from './membership-changed-hooks';
import { Membership } from './membership.entity';
import { MembershipsResolver } from './memberships.resolver';
import { MembershipsService } from './memberships.service';

@Module({
  imports: [TypeOrmModule.forFeature([Membership, Partnership, Organisation]), AuditModule],
  providers: [MembershipsResolver, MembershipsService, MembershipChangedHooks],
  exports: [MembershipsService, MembershipChangedHooks],
})
export class MembershipsModule {}
