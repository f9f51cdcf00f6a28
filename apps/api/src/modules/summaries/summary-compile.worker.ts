import { parentPort, workerData } from 'node:worker_threads';
import type { UnitContributions } from '@giao-ban/shared';
import pg from 'pg';
import {
  CONTENT_BATCH,
  VERSION_CONTENTS_SQL,
  addBatch,
  runCompile,
  versionContentsParameters,
  type CompileWorkerData,
  type ContentBatch,
  type FromCompileWorker,
} from './summary-compile.job.js';

/**
 * The worker thread of a compile (see summary-compile.job.ts): reads the wanted report versions'
 * contents over its own connection (each batch parsed while PostgreSQL reads the next), compiles,
 * and sends back the figures, then each section's text as its JSON in UTF-8, as each is ready.
 * Each batch is worked into the units' contributions as it arrives (`addBatch`).
 */
const port = parentPort;
if (!port) throw new Error('summary-compile.worker.js runs as a worker thread');
const { input, databaseUrl, wanted } = workerData as CompileWorkerData;

const client = new pg.Client({ connectionString: databaseUrl, application_name: 'giao-ban summary compile' });
await client.connect();
const contributions = new Map<string, UnitContributions>();
try {
  const read = async (start: number): Promise<ContentBatch> => {
    const { rows } = await client.query<{ agency_id: string; sections: string }>(VERSION_CONTENTS_SQL, versionContentsParameters(input.period.id, wanted.slice(start, start + CONTENT_BATCH)));
    return rows.map((r) => [r.agency_id, r.sections]);
  };
  let next = wanted.length ? read(0) : null;
  for (let start = 0; next; start += CONTENT_BATCH) {
    const batch = await next;
    next = start + CONTENT_BATCH < wanted.length ? read(start + CONTENT_BATCH) : null;
    addBatch(contributions, batch, input.taskGroups);
  }
} finally {
  await client.end();
}

for (const step of runCompile(input, contributions)) {
  if ('figures' in step) {
    port.postMessage({ figures: step.figures } satisfies FromCompileWorker);
  } else {
    const { content, ...section } = step.section;
    const bytes = new Uint8Array(content.buffer, content.byteOffset, content.byteLength);
    port.postMessage({ section, content: bytes } satisfies FromCompileWorker, [content.buffer as ArrayBuffer]);
  }
}
port.postMessage({ done: true } satisfies FromCompileWorker);
port.close();
