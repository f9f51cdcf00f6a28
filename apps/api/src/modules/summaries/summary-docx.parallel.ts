import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { BODY_MARK, inThisThread, type DocxInput, type DocxPiece, type DocxPlan, type PieceSource } from './summary-docx.writer.js';
import type { DocxWorkerData, FromDocxWorker } from './summary-docx.worker.js';

const WORKER_URL = new URL('./summary-docx.worker.js', import.meta.url);

/**
 * A worker's heap. Small on purpose — a worker holds one section (the body's) or the figures (the
 * annexes'), and one piece of the document, at a time; V8 also collects more eagerly in a small heap
 * — so the export's memory stays bounded and goes back to the system when the workers end. The old
 * generation grows with what the worker must hold: the largest section's text (as stored, ~4.5 MB
 * for a task group of 2,500 units), which the body's worker holds as JSON text, parsed, and the
 * next section's text read ahead; the figures for the annexes' worker.
 */
export function docxWorkerLimits(holdsBytes: number): ResourceLimits {
  return { maxYoungGenerationSizeMb: 24, maxOldGenerationSizeMb: Math.max(64, 48 + Math.ceil((8 * holdsBytes) / 1048576)) };
}

/** Pieces of one mark, as they arrive from a worker, read in order by the zip writer. */
class PieceChannel {
  private readonly items: DocxPiece[] = [];
  private done = false;
  private error: Error | null = null;
  private wake: (() => void) | null = null;

  push(piece: DocxPiece): void {
    this.items.push(piece);
    this.notify();
  }

  end(): void {
    this.done = true;
    this.notify();
  }

  fail(error: Error): void {
    this.error ??= error;
    this.notify();
  }

  get finished(): boolean {
    return this.done;
  }

  async *read(): AsyncGenerator<DocxPiece> {
    for (;;) {
      if (this.error) throw this.error;
      const next = this.items.shift();
      if (next) yield next;
      else if (this.done) return;
      else await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  private notify(): void {
    this.wake?.();
    this.wake = null;
  }
}

/** A section revision's text as its stored JSON (not parsed by the thread that reads it). */
export const REVISION_CONTENT_SQL = `SELECT content::text AS content FROM summary_section_revisions WHERE summary_id = $1 AND key = $2 AND number = $3`;

/** Where the body's sections are: the summary, and per section the revision that holds its text. */
export interface DocxSectionSource {
  databaseUrl: string;
  summaryId: string;
  /** `bytes`: the text's stored size. */
  outline: { key: string; part: string; title: string; number: number; bytes: number }[];
}

/**
 * Renders the pieces in two worker threads, in parallel with each other and with this thread's
 * deflating: one writes the body (reading the sections' texts itself), the other the annex rows.
 * The zip writer reads the pieces in document order; the annex rows, which come after the body,
 * wait as bytes (~15 MB for 2,500 units) until the body is written. This thread never holds the
 * sections' texts or `docx`'s objects.
 */
export function inWorkerThreads(sectionSource: DocxSectionSource, workerUrl: URL = WORKER_URL): PieceSource {
  return (plan: DocxPlan, input: DocxInput) => {
    const channels = new Map(plan.inserts.map((insert) => [insert.mark, new PieceChannel()]));
    const groups = [[BODY_MARK], plan.inserts.map((i) => i.mark).filter((mark) => mark !== BODY_MARK)].filter((marks) => marks.length > 0);
    const workers: Worker[] = [];
    const failAll = (error: Error) => {
      for (const channel of channels.values()) channel.fail(error);
      for (const worker of workers) void worker.terminate();
    };

    for (const marks of groups) {
      const workerData: DocxWorkerData = {
        settings: input.settings,
        figures: input.figures,
        fallbackYear: input.fallbackYear,
        marks,
        sections: marks.includes(BODY_MARK) ? sectionSource : null,
      };
      const holds = marks.includes(BODY_MARK) ? Math.max(0, ...sectionSource.outline.map((o) => o.bytes)) : JSON.stringify(input.figures).length;
      const worker = new Worker(workerUrl, { workerData, resourceLimits: docxWorkerLimits(holds) });
      workers.push(worker);
      worker.on('message', (message: FromDocxWorker) => {
        if ('done' in message) channels.get(message.mark)!.end();
        else channels.get(message.mark)!.push({ xml: message.xml, numbering: message.numbering });
      });
      worker.on('error', (error) => failAll(error));
      worker.on('exit', (code) => {
        if (marks.some((mark) => !channels.get(mark)!.finished)) failAll(new Error(`A .docx worker stopped (exit code ${code}) before its pieces were written`));
      });
    }

    return {
      pieces: new Map([...channels].map(([mark, channel]) => [mark, () => channel.read()])),
      close: async () => {
        await Promise.all(workers.map((worker) => worker.terminate()));
      },
    };
  };
}

/**
 * Worker threads where the compiled worker exists (the built API), this thread otherwise (the API
 * run from its TypeScript sources, as in the tests: a worker cannot load .ts).
 */
export function docxPieceSource(sectionSource: DocxSectionSource): PieceSource {
  return existsSync(fileURLToPath(WORKER_URL)) ? inWorkerThreads(sectionSource) : inThisThread;
}
