import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SettingsModule } from '../settings/settings.module.js';
import { SummariesController } from './summaries.controller.js';
import { SummariesRepository } from './summaries.repository.js';
import { SummariesService } from './summaries.service.js';
import { SummaryEntity } from './summary.entity.js';
import { SummaryExportService } from './summary-export.service.js';
import { SummarySectionEntity } from './summary-section.entity.js';
import { SummarySectionRevisionEntity, SummaryVersionEntity } from './summary-version.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([SummaryEntity, SummarySectionEntity, SummaryVersionEntity, SummarySectionRevisionEntity]), SettingsModule],
  controllers: [SummariesController],
  providers: [SummariesService, SummariesRepository, SummaryExportService],
  exports: [SummariesService],
})
export class SummariesModule {}
