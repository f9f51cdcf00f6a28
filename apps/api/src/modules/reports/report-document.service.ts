import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { unitReportDocument, type CurrentUser } from '@giao-ban/shared';
import { DataSource } from 'typeorm';
import { DOCX, asciiSlug, type ExportedFile } from '../../common/documents/download.js';
import { SettingsService } from '../settings/settings.service.js';
import { renderUnitReportDocx } from './report-docx.writer.js';
import { toSectionDetail } from './report.mapper.js';
import { ReportsRepository } from './reports.repository.js';
import { ReportsService } from './reports.service.js';

/**
 * A unit's report as the .docx it prints, signs and files. Whoever may read the report may have
 * it (the read's scoping, ReportsService.loadReadable: another unit's report is 404 like a missing
 * one): it holds what the report screen shows that reader, and is marked "BẢN NHÁP" unless the
 * committee has received it as it stands (submitted or accepted: a sent report is frozen).
 */
@Injectable()
export class ReportDocumentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reports: ReportsService,
    private readonly repository: ReportsRepository,
    private readonly settings: SettingsService,
  ) {}

  async docx(user: CurrentUser, reportId: string): Promise<ExportedFile> {
    const db = this.dataSource.manager;
    const report = await this.reports.loadReadable(db, user, reportId);
    const sections = (await this.repository.findSectionsInOrder(db, report.id)).map(toSectionDetail);
    const { place } = await this.settings.committee(db);
    const period = report.period!;
    const naming = { kind: period.kind, year: period.year, sequence: period.sequence, title: period.title };
    const document = unitReportDocument({
      agencyName: report.agencyName,
      state: report.state,
      lastSubmittedAt: report.lastSubmittedAt?.toISOString() ?? null,
      period: naming,
      place,
      sections,
    });
    // The package's time is the content's: the last save of a section or of the report.
    const at = new Date(Math.max(report.updatedAt.getTime(), ...sections.map((s) => Date.parse(s.updatedAt)))).toISOString();
    const stream = await renderUnitReportDocx(document, naming, at);
    const draft = document.draftMark ? '-ban-nhap' : '';
    return { stream, fileName: `${asciiSlug(report.agencyName)}-${asciiSlug(period.title)}${draft}.docx`, contentType: DOCX };
  }
}
