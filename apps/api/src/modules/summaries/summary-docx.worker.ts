import { parentPort, workerData } from 'node:worker_threads';
import type { SummaryFigures, SummarySettings } from '@giao-ban/shared';
import pg from 'pg';
import { REVISION_CONTENT_SQL, type DocxSectionSource } from './summary-docx.parallel.js';
import { planDocument, type DocxSection } from './summary-docx.writer.js';

/**
 * A worker thread of the .docx export (see summary-docx.parallel.ts): makes the same plan as the
 * export (planDocument) and writes, with `docx`, the pieces of the marks it is given — the body, or
 * the annex rows — posting each piece's XML as UTF-8 bytes. The body's worker reads the sections'
 * texts itself, over its own connection, one ahead of the one it writes: section revisions are
 * immutable rows (an append-only trigger), named by (summary, key, number).
 */
export interface DocxWorkerData {
  settings: SummarySettings;
  figures: SummaryFigures;
  fallbackYear: number;
  marks: string[];
  /** Where the body's sections are, for the worker that writes the body. */
  sections: DocxSectionSource | null;
}

/** From the worker: a piece of a mark, or the end of a mark. */
export type FromDocxWorker = { mark: string; xml: Uint8Array; numbering: string | null } | { mark: string; done: true };

const port = parentPort;
if (!port) throw new Error('summary-docx.worker.js runs as a worker thread');
const data = workerData as DocxWorkerData;
const client = data.sections ? new pg.Client({ connectionString: data.sections.databaseUrl, application_name: 'giao-ban summary export' }) : null;

async function* sections(): AsyncGenerator<DocxSection> {
  const source = data.sections;
  if (!source || !client) return;
  const read = (i: number) =>
    client.query<{ content: string }>(REVISION_CONTENT_SQL, [source.summaryId, source.outline[i]!.key, source.outline[i]!.number]).then((r) => r.rows[0]!.content);
  let next = source.outline.length ? read(0) : null;
  for (let i = 0; next; i++) {
    const content = await next;
    next = i + 1 < source.outline.length ? read(i + 1) : null;
    const { key, part, title } = source.outline[i]!;
    yield { key, part, title, content };
  }
}

await client?.connect();
try {
  const plan = planDocument({ settings: data.settings, figures: data.figures, fallbackYear: data.fallbackYear, sections: sections() });
  const encoder = new TextEncoder();
  for (const insert of plan.inserts) {
    if (!data.marks.includes(insert.mark)) continue;
    for await (const piece of insert.pieces()) {
      const xml = typeof piece.xml === 'string' ? encoder.encode(piece.xml) : piece.xml;
      port.postMessage({ mark: insert.mark, xml, numbering: piece.numbering ?? null } satisfies FromDocxWorker, [xml.buffer as ArrayBuffer]);
    }
    port.postMessage({ mark: insert.mark, done: true } satisfies FromDocxWorker);
  }
} finally {
  await client?.end();
}
port.close();
