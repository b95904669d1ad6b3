import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { Organisation } from '../organisations/organisation.entity';
import { Partnership } from './partnership.entity';
import { PartnershipsResolver } from './partnerships.resolver';
import { PartnershipsService } from './partnerships.service';

@Module({
  imports: [TypeOrmModule.forFeature([Partnership, Organisation]), AuditModule],
  providers: [PartnershipsResolver, PartnershipsService],
  exports: [PartnershipsService],
})
export class PartnershipsModule {}
