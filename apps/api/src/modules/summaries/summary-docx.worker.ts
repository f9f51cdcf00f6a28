import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { SummaryFigures, SummarySettings } from '@giao-ban/shared';
import pg from 'pg';
import { REVISION_CONTENT_SQL, type DocxSectionSource } from './summary-docx.parallel.js';
import { planDocument, sectionPieces, type DocxPiece } from './summary-docx.writer.js';
import { Utf8Buffer } from './utf8-buffer.js';

/**
 * A worker thread of the .docx export (see summary-docx.parallel.ts): writes, with `docx`, the
 * pieces of the marks it is given (the annex rows: planDocument makes the same plan as the export)
 * and the body's sections this thread gives it one at a time, posting their XML as UTF-8 bytes,
 * a few hundred kB a message (`Outbox`). It asks for its next section as it starts writing one,
 * and reads that section's text over its own connection meanwhile: section revisions are
 * immutable rows (an append-only trigger), named by (summary, key, number).
 */
export interface DocxWorkerData {
  settings: SummarySettings;
  figures: SummaryFigures;
  fallbackYear: number;
  /** The marks it writes besides the body's sections (the annexes' worker; none for the body's). */
  marks: string[];
  /** Where the body's sections are. */
  sections: DocxSectionSource;
  /** Take sections before writing the marks (tests: so that this worker surely writes some). */
  sectionsFirst: boolean;
}

/** From the worker: a piece of a mark or of a section, the end of one, or a request for a section. */
export type FromDocxWorker =
  | { mark: string; xml: Uint8Array; numbering: string | null }
  | { mark: string; done: true }
  | { section: number; xml: Uint8Array; numbering: string | null }
  | { section: number; done: true }
  | { claim: true };

/** To the worker: the section (its index in the outline) to write next, or null: none left. */
export interface ToDocxWorker {
  section: number | null;
}

if (!parentPort) throw new Error('summary-docx.worker.js runs as a worker thread');
const port: MessagePort = parentPort;
const data = workerData as DocxWorkerData;
const outline = data.sections.outline;

const answers: ((section: number | null) => void)[] = [];
port.on('message', (message: ToDocxWorker) => answers.shift()?.(message.section));
const claim = () =>
  new Promise<number | null>((resolve) => {
    answers.push(resolve);
    port.postMessage({ claim: true } satisfies FromDocxWorker);
  });

/** Its own connection, opened when it first needs a section (the annexes' worker may need none). */
const db: { client: Promise<pg.Client> | null } = { client: null };
const connection = () =>
  (db.client ??= (async () => {
    const c = new pg.Client({ connectionString: data.sections.databaseUrl, application_name: 'giao-ban summary export' });
    await c.connect();
    return c;
  })());
const read = async (i: number) => {
  const client = await connection();
  const { rows } = await client.query<{ content: string }>(REVISION_CONTENT_SQL, [data.sections.summaryId, outline[i]!.key, outline[i]!.number]);
  return rows[0]!.content;
};

/** Bytes of XML per message to this thread. */
const MESSAGE_BYTES = 256 * 1024;

/**
 * The pieces of one mark or section on their way to this thread: their XML written as UTF-8 into
 * a buffer (`Utf8Buffer`), which is sent (moved, not copied) when full and at the end. Pieces are
 * small, for the garbage collector's sake; messages are not, for the messaging's: one per 256 kB
 * instead of one per piece.
 */
class Outbox {
  private buffer = new Utf8Buffer(MESSAGE_BYTES);
  private numbering: string | null = null;

  constructor(private readonly to: { mark: string } | { section: number }) {}

  add(piece: DocxPiece): void {
    // Pieces are bytes only once they reach this thread; here docx has just written them as text.
    if (typeof piece.xml !== 'string') throw new Error('A .docx worker writes its pieces as text');
    const xml = piece.xml;
    this.numbering ??= piece.numbering ?? null;
    if (!this.buffer.fits(xml)) {
      this.send();
      this.buffer = new Utf8Buffer(MESSAGE_BYTES, xml);
    }
    this.buffer.write(xml);
  }

  /** Sends what is left, then the end. */
  end(): void {
    this.send();
    port.postMessage({ ...this.to, done: true } as FromDocxWorker);
  }

  private send(): void {
    if (this.buffer.empty) return;
    const xml = this.buffer.written();
    port.postMessage({ ...this.to, xml, numbering: this.numbering } as FromDocxWorker, [xml.buffer as ArrayBuffer]);
    this.buffer = new Utf8Buffer(MESSAGE_BYTES);
  }
}

/** Sections, one at a time, until none is left; the next one's text is read while this one is written. */
async function writeSections(): Promise<void> {
  let current = await claim();
  let text = current === null ? null : read(current);
  while (current !== null) {
    const next = await claim();
    const nextText = next === null ? null : read(next);
    const { key, part, title } = outline[current]!;
    const content = await text!;
    const outbox = new Outbox({ section: current });
    for (const piece of sectionPieces(data.settings, { key, part, title, content }, current > 0 ? outline[current - 1]!.part : '')) outbox.add(piece);
    outbox.end();
    current = next;
    text = nextText;
  }
}

async function writeMarks(): Promise<void> {
  if (!data.marks.length) return;
  const plan = planDocument({ settings: data.settings, figures: data.figures, fallbackYear: data.fallbackYear, sections: [] });
  for (const insert of plan.inserts) {
    if (!data.marks.includes(insert.mark)) continue;
    const outbox = new Outbox({ mark: insert.mark });
    for await (const piece of insert.pieces()) outbox.add(piece);
    outbox.end();
  }
}

try {
  if (data.sectionsFirst) {
    await writeSections();
    await writeMarks();
  } else {
    await writeMarks();
    await writeSections();
  }
} finally {
  if (db.client) await (await db.client).end();
}
port.close();
