import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LegalPageText } from './legal-page-text.entity';
import { LegalPagesResolver } from './legal-pages.resolver';
import { LegalPagesService } from './legal-pages.service';

@Module({
  imports: [TypeOrmModule.forFeature([LegalPageText])],
  providers: [LegalPagesResolver, LegalPagesService],
})
export class LegalPagesModule {}
