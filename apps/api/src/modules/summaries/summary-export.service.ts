import { Injectable } from '@nestjs/common';
import type { CurrentUser } from '@giao-ban/shared';
import { SummariesService } from './summaries.service.js';
import { docxPieceSource } from './summary-docx.parallel.js';
import { renderSummaryDocx } from './summary-docx.writer.js';
import { renderSummaryXlsx } from './summary-xlsx.writer.js';

export interface ExportedFile {
  buffer: Buffer;
  fileName: string;
  contentType: string;
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** "bao-cao-tong-hop-6-thang-cuoi-nam-2021": the subject without diacritics, for the download's name. */
export function asciiSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

/** The summary as .docx (the report) and .xlsx (its annexes): current text, or a saved version. */
@Injectable()
export class SummaryExportService {
  constructor(private readonly summaries: SummariesService) {}

  async docx(user: CurrentUser, periodId: string, version?: number): Promise<ExportedFile> {
    const snapshot = await this.summaries.exportSource(user, periodId, version);
    const buffer = await renderSummaryDocx(
      {
        settings: snapshot.settings,
        sections: snapshot.sections,
        figures: snapshot.figures,
        fallbackYear: new Date(snapshot.figures.compiledAt).getUTCFullYear(),
      },
      docxPieceSource(snapshot.sectionSource),
    );
    return { buffer, fileName: this.fileName(snapshot.period.title, version ?? snapshot.version, 'docx'), contentType: DOCX };
  }

  async xlsx(user: CurrentUser, periodId: string, version?: number): Promise<ExportedFile> {
    const snapshot = await this.summaries.exportSource(user, periodId, version);
    const buffer = await renderSummaryXlsx(snapshot.figures, `Phụ lục — ${snapshot.settings.subject}`);
    return { buffer, fileName: this.fileName(snapshot.period.title, version ?? snapshot.version, 'xlsx'), contentType: XLSX };
  }

  private fileName(periodTitle: string, version: number, extension: string): string {
    return `tong-hop-${asciiSlug(periodTitle)}-v${version}.${extension}`;
  }
}
