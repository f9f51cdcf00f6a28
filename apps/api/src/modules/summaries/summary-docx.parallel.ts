import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { BODY_MARK, inThisThread, type DocxInput, type DocxPiece, type DocxPlan, type PieceSource } from './summary-docx.writer.js';
import type { DocxWorkerData, FromDocxWorker, ToDocxWorker } from './summary-docx.worker.js';

const WORKER_URL = new URL('./summary-docx.worker.js', import.meta.url);

/**
 * A worker's heap. Small on purpose — a worker holds one section and one piece of the document at a
 * time, and the annexes' worker the figures; V8 also collects more eagerly in a small heap — so the
 * export's memory stays bounded and goes back to the system when the workers end. The old
 * generation grows with what the worker may have to hold: the largest section's text (as stored,
 * ~4.5 MB for a task group of 2,500 units), as JSON text, parsed, and the next section's text read
 * ahead; and the figures, for the annexes' worker (which takes sections too once its annexes are
 * written). A young generation of 48 MB or more was ~0.2 s faster at 2,500 units, for 25–80 MB more
 * at the export's peak (docs/benchmarks.md).
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
 * deflating. The body's worker writes the body's sections from the first on; the other writes the
 * annex rows, then takes the body's sections from the last one back, until the two meet — so
 * both end about together whatever the body and the annexes cost (a section is the unit of work:
 * a worker asks this thread for the next one as it starts the one before, and reads its text
 * itself while it writes that one). The zip writer reads the pieces in document order; what comes
 * after what it is writing waits as bytes (~15 MB of annex rows for 2,500 units). This thread never
 * holds the sections' texts or `docx`'s objects. `sectionsFirst` (for the tests) has the annexes'
 * worker take its sections before writing the annexes, so that it surely takes some.
 */
export function inWorkerThreads(sectionSource: DocxSectionSource, workerUrl: URL = WORKER_URL, options: { sectionsFirst?: boolean } = {}): PieceSource {
  return (plan: DocxPlan, input: DocxInput) => {
    const channels = new Map(plan.inserts.map((insert) => [insert.mark, new PieceChannel()]));
    const { outline } = sectionSource;
    const sectionChannels = outline.map(() => new PieceChannel());
    // Sections not yet given to a worker: [first, end). The body's worker takes `first`, the other `end - 1`.
    let first = 0;
    let end = outline.length;
    const roles = [
      { role: 'body' as const, marks: [] as string[] },
      { role: 'annexes' as const, marks: plan.inserts.map((i) => i.mark).filter((mark) => mark !== BODY_MARK) },
    ];
    const workers: Worker[] = [];
    const failAll = (error: Error) => {
      for (const channel of [...channels.values(), ...sectionChannels]) channel.fail(error);
      for (const worker of workers) void worker.terminate();
    };
    // A worker holds one section's text at a time (and reads the next), and the figures.
    const largest = Math.max(0, ...outline.map((o) => o.bytes));
    const figuresBytes = JSON.stringify(input.figures).length;

    for (const { role, marks } of roles) {
      const workerData: DocxWorkerData = {
        settings: input.settings,
        figures: input.figures,
        fallbackYear: input.fallbackYear,
        marks,
        sections: sectionSource,
        sectionsFirst: role === 'annexes' && options.sectionsFirst === true,
      };
      const worker = new Worker(workerUrl, { workerData, resourceLimits: docxWorkerLimits(role === 'body' ? largest : figuresBytes + largest) });
      const taken: number[] = [];
      workers.push(worker);
      worker.on('message', (message: FromDocxWorker) => {
        if ('claim' in message) {
          const section = first < end ? (role === 'body' ? first++ : --end) : null;
          if (section !== null) taken.push(section);
          worker.postMessage({ section } satisfies ToDocxWorker);
          return;
        }
        const channel = 'section' in message ? sectionChannels[message.section]! : channels.get(message.mark)!;
        if ('done' in message) channel.end();
        else channel.push({ xml: message.xml, numbering: message.numbering });
      });
      worker.on('error', (error) => failAll(error));
      worker.on('exit', (code) => {
        const unfinished = marks.some((mark) => !channels.get(mark)!.finished) || taken.some((section) => !sectionChannels[section]!.finished);
        if (unfinished) failAll(new Error(`A .docx worker stopped (exit code ${code}) before its pieces were written`));
      });
    }

    const pieces = new Map([...channels].map(([mark, channel]) => [mark, () => channel.read()]));
    pieces.set(BODY_MARK, async function* () {
      for (const channel of sectionChannels) yield* channel.read();
    });
    return {
      pieces,
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
