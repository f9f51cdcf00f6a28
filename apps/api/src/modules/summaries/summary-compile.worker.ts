import type { UnitContributions } from '@giao-ban/shared';
import pg from 'pg';
import {
  CONTENT_BATCH,
  VERSION_CONTENTS_SQL,
  addBatch,
  compileEmptyingContributions,
  versionContentsParameters,
  type CompileWorkerData,
  type CompileWorkerResult,
  type ContentBatch,
} from './summary-compile.job.js';

/**
 * A compile in the pool's worker thread (see summary-compile.job.ts): reads the wanted report
 * versions' contents over its own connection — each batch worked into the units' contributions
 * while PostgreSQL reads the next — compiles, and answers the figures and every section's text as
 * its JSON in UTF-8. It reads outside the compile's transaction, which is sound because report
 * versions are immutable rows (an append-only trigger) named by the (unit, version number) pairs
 * the transaction read.
 */
export default async function compile({ input, databaseUrl, wanted }: CompileWorkerData): Promise<CompileWorkerResult> {
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
  const result: CompileWorkerResult = { figures: null as never, sections: [] };
  for (const step of compileEmptyingContributions(input, contributions)) {
    if ('figures' in step) result.figures = step.figures;
    else result.sections.push(step.section);
  }
  return result;
}
