import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ResourceLimits } from 'node:worker_threads';
import { Piscina } from 'piscina';
import {
  compileSummary,
  type SummaryBulletinCounts,
  type SummaryDocument,
  type LocalDate,
  type SummaryFigures,
  type SummaryPart,
  type SummaryPeriodInput,
  type SummarySectionInputs,
  type SummaryTaskGroupInput,
  type SummaryUnitInput,
  type UnitContributions,
  type VersionSectionContent,
  unitContributions,
} from '@giao-ban/shared';
import { inputDigest } from './input-digest.js';

/**
 * The data-heavy part of a compile — reading and parsing every included report's version content,
 * compiling, and writing each section's text as the bytes PostgreSQL stores — run in a worker
 * thread that ends with the compile (summary-compile.worker.ts). For a province of thousands of
 * units that is ~36 MB of JSON in and ~30 MB out, ~150 MB of JavaScript strings and objects: in a
 * worker they go back to the system when it ends, instead of growing the API's own heap (which the
 * export then adds to). The worker reads the contents over its own connection, outside the
 * compile's transaction, which is sound because it reads report versions — immutable rows (an
 * append-only trigger) — by the (unit, version number) pairs the transaction read. The API's
 * thread keeps the transaction and every write.
 */
export interface CompileJobInput {
  period: SummaryPeriodInput;
  taskGroups: SummaryTaskGroupInput[];
  /** Every obligated unit, `content: null`: the contents are read by the job. */
  units: SummaryUnitInput[];
  includeSubmitted: boolean;
  now: Date;
  asOf: LocalDate;
  bulletin?: SummaryBulletinCounts | null;
}

/** The units whose latest submitted version the summary takes in, with that version's number. */
export interface WantedVersion {
  agencyId: string;
  versionNumber: number;
}

/** Units' version contents per query. */
export const CONTENT_BATCH = 250;

/** Those versions' sections (`content->'sections'`) as JSON text, by unit; $1 the period, $2 and $3 the units and version numbers. */
export const VERSION_CONTENTS_SQL = `
  SELECT r.agency_id, (v.content->'sections')::text AS sections
    FROM unnest($2::uuid[], $3::int[]) AS w(agency_id, number)
    JOIN agency_reports r ON r.period_id = $1 AND r.agency_id = w.agency_id
    JOIN report_versions v ON v.report_id = r.id AND v.number = w.number`;

export const versionContentsParameters = (periodId: string, batch: readonly WantedVersion[]) => [periodId, batch.map((w) => w.agencyId), batch.map((w) => w.versionNumber)];

/** A batch of units' latest submitted `content->'sections'`, as JSON text: [agencyId, json]. */
export type ContentBatch = [string, string][];

/** A compiled section, its text as its JSON in UTF-8 (what PostgreSQL stores in a `json` column). */
export interface EncodedSection {
  key: string;
  part: SummaryPart;
  title: string;
  inputs: SummarySectionInputs;
  content: Buffer;
}

export interface CompileJob {
  figures: Promise<SummaryFigures>;
  /** In the compiler's order, each as soon as it is encoded (the caller writes one while the next is encoded). */
  sections: AsyncIterable<EncodedSection>;
  /** Ends the job early (the caller failed); harmless once it is done. */
  stop(): Promise<void>;
}

/** A document's JSON in UTF-8: what PostgreSQL's `json_recv` stores from a binary parameter. */
export function jsonBytes(document: SummaryDocument): Buffer {
  return Buffer.from(JSON.stringify(document), 'utf8');
}

/**
 * What each unit's content gives the summary's sections, by unit, worked out as each batch arrives
 * (while PostgreSQL reads the next): the compile then only assembles the sections, and the parsed
 * contents go with their batch.
 */
export function addBatch(contributions: Map<string, UnitContributions>, batch: ContentBatch, taskGroups: readonly SummaryTaskGroupInput[]): void {
  for (const [agencyId, json] of batch) contributions.set(agencyId, unitContributions(JSON.parse(json) as VersionSectionContent[], taskGroups, inputDigest));
}

/**
 * The work itself, the same in the worker and in this thread: compiles, then hands out the figures
 * and each section encoded. It empties the caller's `contributions` once the units hold them and
 * drops each compiled section once it is encoded, so a national compile does not keep two copies.
 */
export function* compileEmptyingContributions(input: CompileJobInput, contributions: Map<string, UnitContributions>): Generator<{ figures: SummaryFigures } | { section: EncodedSection }> {
  const units = input.units.map((u) => ({ ...u, content: null, contributions: contributions.get(u.agencyId) }));
  contributions.clear();
  const compiled = compileSummary({ period: input.period, taskGroups: input.taskGroups, units, includeSubmitted: input.includeSubmitted, now: input.now, asOf: input.asOf, digest: inputDigest, bulletin: input.bulletin });
  units.length = 0;
  yield { figures: compiled.figures };
  const sections = compiled.sections;
  for (let i = 0; i < sections.length; i++) {
    const { key, part, title, inputs, content } = sections[i]!;
    (sections as unknown[])[i] = null;
    yield { section: { key, part, title, inputs, content: jsonBytes(content) } };
  }
}

const WORKER_URL = new URL('./summary-compile.worker.js', import.meta.url);

/**
 * Compiles at once per API process: each holds a period's reports parsed (~150 MB at 2,500 units);
 * more wait in the pool's queue.
 */
export const COMPILES_AT_ONCE = 1;

/**
 * The compile worker's heap: about three times what 2,500 units need. Its young generation is
 * smaller than V8's default, which the many short-lived strings of reading and encoding would
 * otherwise fill before each collection.
 */
export const COMPILE_WORKER_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 24, maxOldGenerationSizeMb: 768 };

/** A pool per worker script (the built one; a test's compiled copy), made when first used. */
const pools = new Map<string, Piscina>();
function poolFor(workerUrl: URL): Piscina {
  let pool = pools.get(workerUrl.href);
  if (!pool) {
    // No thread is kept waiting: a finished compile's memory goes back to the system.
    pool = new Piscina({ filename: workerUrl.href, minThreads: 0, maxThreads: COMPILES_AT_ONCE, idleTimeout: 1_000, resourceLimits: COMPILE_WORKER_LIMITS });
    pools.set(workerUrl.href, pool);
  }
  return pool;
}

/**
 * Reports from which a compile runs in the worker. Below, a province's reports (150 units: ~2 MB of
 * JSON, ~0.2 s of work) cost less than starting the thread and its database connection (~0.15 s),
 * and their parsed contents are small enough for the API's own heap.
 */
export const WORKER_FROM_REPORTS = 500;

/**
 * Starts a compile: in the pool's worker thread for a large one where the compiled worker exists
 * (the built API), in this thread otherwise (a small compile; the tests, which run the TypeScript
 * sources a worker cannot load). A given `workerUrl` always runs it there.
 */
export function startCompileJob(
  input: CompileJobInput,
  contents: { databaseUrl: string; wanted: WantedVersion[]; read: (batch: WantedVersion[]) => Promise<ContentBatch> },
  /** The worker's script (a test's compiled copy); by default the built one beside this module, when it exists. */
  workerUrl?: URL,
): CompileJob {
  if (workerUrl) return inWorker(input, contents.databaseUrl, contents.wanted, workerUrl);
  if (contents.wanted.length >= WORKER_FROM_REPORTS && existsSync(fileURLToPath(WORKER_URL))) return inWorker(input, contents.databaseUrl, contents.wanted, WORKER_URL);
  return inThisThread(input, contents.wanted, contents.read);
}

function inThisThread(input: CompileJobInput, wanted: WantedVersion[], read: (batch: WantedVersion[]) => Promise<ContentBatch>): CompileJob {
  const steps = (async function* () {
    const contributions = new Map<string, UnitContributions>();
    for (let start = 0; start < wanted.length; start += CONTENT_BATCH) addBatch(contributions, await read(wanted.slice(start, start + CONTENT_BATCH)), input.taskGroups);
    yield* compileEmptyingContributions(input, contributions);
  })();
  const figures = steps.next().then((first) => {
    if (first.done || !('figures' in first.value)) throw new Error('The compile gave no figures');
    return first.value.figures;
  });
  figures.catch(() => undefined); // handled by whoever awaits it; never an unhandled rejection meanwhile
  return {
    figures,
    stop: async () => {
      await steps.return(undefined);
    },
    sections: (async function* () {
      await figures;
      for await (const step of steps) if ('section' in step) yield step.section;
    })(),
  };
}

/** What the worker is given. */
export interface CompileWorkerData {
  input: CompileJobInput;
  databaseUrl: string;
  wanted: WantedVersion[];
}

/** What the worker answers: the figures and every section, its text as its JSON in UTF-8. */
export interface CompileWorkerResult {
  figures: SummaryFigures;
  sections: (Omit<EncodedSection, 'content'> & { content: Uint8Array })[];
}

function inWorker(input: CompileJobInput, databaseUrl: string, wanted: WantedVersion[], workerUrl: URL): CompileJob {
  const abort = new AbortController();
  const result = poolFor(workerUrl).run({ input, databaseUrl, wanted } satisfies CompileWorkerData, { signal: abort.signal }) as Promise<CompileWorkerResult>;
  const figures = result.then((r) => r.figures);
  figures.catch(() => undefined); // handled by whoever awaits it; never an unhandled rejection meanwhile
  return {
    figures,
    stop: async () => {
      abort.abort();
      await result.catch(() => undefined);
    },
    sections: (async function* () {
      for (const { content, ...section } of (await result).sections) yield { ...section, content: Buffer.from(content.buffer, content.byteOffset, content.byteLength) };
    })(),
  };
}
