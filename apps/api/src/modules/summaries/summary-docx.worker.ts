import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { SummaryFigures, SummarySettings } from '@giao-ban/shared';
import pg from 'pg';
import { REVISION_CONTENT_SQL, type DocxSectionSource } from './summary-docx.parallel.js';
import { planDocument, sectionPieces, type DocxPiece } from './summary-docx.writer.js';

/**
 * A worker thread of the .docx export (see summary-docx.parallel.ts): writes, with `docx`, the
 * pieces of the marks it is given (the annex rows: planDocument makes the same plan as the export)
 * and the body's sections this thread gives it one at a time, posting each piece's XML as UTF-8
 * bytes. It asks for its next section as it starts writing one, and reads that section's text
 * over its own connection meanwhile: section revisions are immutable rows (an append-only
 * trigger), named by (summary, key, number).
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
const encoder = new TextEncoder();

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

const post = (to: { mark: string } | { section: number }, piece: DocxPiece) => {
  const xml = typeof piece.xml === 'string' ? encoder.encode(piece.xml) : piece.xml;
  port.postMessage({ ...to, xml, numbering: piece.numbering ?? null } as FromDocxWorker, [xml.buffer as ArrayBuffer]);
};

/** Sections, one at a time, until none is left; the next one's text is read while this one is written. */
async function writeSections(): Promise<void> {
  let current = await claim();
  let text = current === null ? null : read(current);
  while (current !== null) {
    const next = await claim();
    const nextText = next === null ? null : read(next);
    const { key, part, title } = outline[current]!;
    const content = await text!;
    for (const piece of sectionPieces(data.settings, { key, part, title, content }, current > 0 ? outline[current - 1]!.part : '')) post({ section: current }, piece);
    port.postMessage({ section: current, done: true } satisfies FromDocxWorker);
    current = next;
    text = nextText;
  }
}

async function writeMarks(): Promise<void> {
  if (!data.marks.length) return;
  const plan = planDocument({ settings: data.settings, figures: data.figures, fallbackYear: data.fallbackYear, sections: [] });
  for (const insert of plan.inserts) {
    if (!data.marks.includes(insert.mark)) continue;
    for await (const piece of insert.pieces()) post({ mark: insert.mark }, piece);
    port.postMessage({ mark: insert.mark, done: true } satisfies FromDocxWorker);
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
