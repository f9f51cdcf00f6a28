import { finished } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import pLimit from 'p-limit';
import type { CurrentUser } from '@giao-ban/shared';
import { SummariesService } from './summaries.service.js';
import { renderSummaryDocx } from './summary-docx.writer.js';
import { renderSummaryXlsx } from './summary-xlsx.writer.js';
import { DOCX, XLSX, asciiSlug, type ExportedFile } from '../../common/documents/download.js';
import { warmUpDocumentWriter } from '../../common/documents/official-document.js';
import { APP_CONFIG, type AppConfig } from '../../config/env.schema.js';

/** Exports at once per API process: a large one holds its document in memory while it is written. */
export const MAX_EXPORTS_AT_ONCE = 2;

/**
 * At most `limit` exports hold a place at once; the others wait for one, first come first served
 * (p-limit). A place is held from the start of the work until the file it gives has been sent, or
 * dropped by its client — not only until the file is ready: the file is in memory until then.
 */
export class ExportGate {
  private readonly places: pLimit.Limit;

  constructor(readonly limit: number) {
    this.places = pLimit(limit);
  }

  /** How many hold a place now, and how many wait (for the tests). */
  get load(): { running: number; waiting: number } {
    return { running: this.places.activeCount, waiting: this.places.pendingCount };
  }

  /** The file `work` gives, as soon as it has one; its place is kept until the file's stream ends. */
  run(work: () => Promise<Readable>): Promise<Readable> {
    return new Promise((resolve, reject) => {
      void this.places(async () => {
        let stream: Readable;
        try {
          stream = await work();
        } catch (error) {
          reject(error);
          return;
        }
        resolve(stream);
        // Sent to its end, or destroyed when the client went away: either frees the place.
        await finished(stream).catch(() => undefined);
      });
    });
  }
}

/** The summary as .docx (the report) and .xlsx (its annexes): current text, or a saved version. */
@Injectable()
export class SummaryExportService implements OnApplicationBootstrap {
  private readonly logger = new Logger('SummaryExport');
  readonly gate = new ExportGate(MAX_EXPORTS_AT_ONCE);

  constructor(
    private readonly summaries: SummariesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The first .docx a process writes costs about twice the next (warmUpDocumentWriter says why):
   * a throw-away page written at start takes that cost off the user's first export. Tests start
   * the API dozens of times and time no export, so they skip it.
   */
  async onApplicationBootstrap(): Promise<void> {
    if (this.config.nodeEnv === 'test') return;
    try {
      await warmUpDocumentWriter();
    } catch (error) {
      // Exports that fail the same way will say so to their user; the API still starts.
      this.logger.warn(`The document writer's start-up page failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

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
