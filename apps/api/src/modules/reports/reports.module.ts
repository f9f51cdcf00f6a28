import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { incomingUploads } from '../../common/uploads/incoming-uploads.js';
import { AgenciesModule } from '../agencies/agencies.module.js';
import { DeadlinesModule } from '../deadlines/deadlines.module.js';
import { SettingsModule } from '../settings/settings.module.js';
import { AgencyReportEntity } from './agency-report.entity.js';
import { AttachmentEntity } from './attachment.entity.js';
import { AttachmentsController } from './attachments.controller.js';
import { AttachmentsRepository } from './attachments.repository.js';
import { AttachmentsService } from './attachments.service.js';
import { IndicatorValueEntity } from './indicator-value.entity.js';
import { ReportDocumentService } from './report-document.service.js';
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
    // The units a unit succeeded: their reports are its read-only history.
    AgenciesModule,
    // Extensions settle on the period's working calendar.
    DeadlinesModule,
    // The place of a unit's printed report is the committee's.
    SettingsModule,
    TypeOrmModule.forFeature([AgencyReportEntity, ReportSectionEntity, IndicatorValueEntity, ReportVersionEntity, ReviewNoteEntity, AttachmentEntity]),
    incomingUploads(),
  ],
  controllers: [ReportsController, PeriodReportsController, AttachmentsController],
  providers: [ReportsService, ReviewService, ReportDocumentService, ReportsRepository, SectionSaveBatcher, AttachmentsService, AttachmentsRepository],
  exports: [ReportsService],
})
export class ReportsModule {}
