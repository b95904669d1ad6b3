import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { Organisation } from '../organisations/organisation.entity';
import { Partnership } from '../partnerships/partnership.entity';
import { Membership } from './membership.entity';
import { MembershipsResolver } from './memberships.resolver';
import { MembershipsService } from './memberships.service';

@Module({
  imports: [TypeOrmModule.forFeature([Membership, Partnership, Organisation]), AuditModule],
  providers: [MembershipsResolver, MembershipsService],
})
export class MembershipsModule {}
