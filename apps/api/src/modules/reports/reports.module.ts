import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgencyReportEntity } from './agency-report.entity.js';
import { AttachmentEntity } from './attachment.entity.js';
import { AttachmentsController } from './attachments.controller.js';
import { AttachmentsService } from './attachments.service.js';
import { IndicatorValueEntity } from './indicator-value.entity.js';
import { ReportSectionEntity } from './report-section.entity.js';
import { ReportVersionEntity } from './report-version.entity.js';
import { PeriodReportsController, ReportsController } from './reports.controller.js';
import { ReportsRepository } from './reports.repository.js';
import { ReportsService } from './reports.service.js';
import { SectionSaveBatcher } from './section-save.batcher.js';
import { ReviewNoteEntity } from './review-note.entity.js';
import { ReviewService } from './review.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([AgencyReportEntity, ReportSectionEntity, IndicatorValueEntity, ReportVersionEntity, ReviewNoteEntity, AttachmentEntity]),
  ],
  controllers: [ReportsController, PeriodReportsController, AttachmentsController],
  providers: [ReportsService, ReviewService, ReportsRepository, SectionSaveBatcher, AttachmentsService],
  exports: [ReportsService],
})
export class ReportsModule {}
