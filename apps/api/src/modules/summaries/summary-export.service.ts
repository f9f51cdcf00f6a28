import { finished } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import type { CurrentUser } from '@giao-ban/shared';
import { SummariesService } from './summaries.service.js';
import { renderSummaryDocx } from './summary-docx.writer.js';
import { renderSummaryXlsx } from './summary-xlsx.writer.js';
import { DOCX, XLSX, asciiSlug, type ExportedFile } from '../../common/documents/download.js';

/** Exports at once per API process: a large one holds its document in memory while it is written. */
export const MAX_EXPORTS_AT_ONCE = 2;

/**
 * At most `limit` tasks hold a place at once; the others wait for one, first come first served. A
 * place is held from the start of the work until the file it gives has been sent (or dropped).
 */
export class ExportGate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly limit: number) {}

  /** How many hold a place now, and how many wait (for the tests). */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  async run(work: () => Promise<Readable>): Promise<Readable> {
    if (this.running >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running += 1;
    let stream: Readable;
    try {
      stream = await work();
    } catch (error) {
      this.release();
      throw error;
    }
    finished(stream).then(
      () => this.release(),
      () => this.release(),
    );
    return stream;
  }

  /** Hands the place to the next in line, or frees it. */
  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running -= 1;
  }
}

/** The summary as .docx (the report) and .xlsx (its annexes): current text, or a saved version. */
@Injectable()
export class SummaryExportService {
  readonly gate = new ExportGate(MAX_EXPORTS_AT_ONCE);

  constructor(private readonly summaries: SummariesService) {}

  async docx(user: CurrentUser, periodId: string, version?: number): Promise<ExportedFile> {
    const snapshot = await this.summaries.exportSource(user, periodId, version);
    const stream = await this.gate.run(() =>
      renderSummaryDocx({
        settings: snapshot.settings,
        sections: snapshot.sections,
        figures: snapshot.figures,
        period: snapshot.period,
      }),
    );
    return { stream, fileName: this.fileName(snapshot.period.title, version ?? snapshot.version, 'docx'), contentType: DOCX };
  }

  async xlsx(user: CurrentUser, periodId: string, version?: number): Promise<ExportedFile> {
    const snapshot = await this.summaries.exportSource(user, periodId, version);
    const stream = await this.gate.run(async () => renderSummaryXlsx(snapshot.figures, snapshot.settings));
    return { stream, fileName: this.fileName(snapshot.period.title, version ?? snapshot.version, 'xlsx'), contentType: XLSX };
  }

  private fileName(periodTitle: string, version: number, extension: string): string {
    return `tong-hop-${asciiSlug(periodTitle)}-v${version}.${extension}`;
  }
}
