import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import {
  compileSummary,
  type SummaryDocument,
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
import { Utf8Buffer } from './utf8-buffer.js';

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

/** Their stored (compressed) size, from the TOAST pointers, without reading them. */
export const VERSION_CONTENTS_SIZE_SQL = `
  SELECT coalesce(sum(pg_column_size(v.content)), 0)::float8 AS bytes
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

/** From the worker: the figures first, then the sections, then the end. */
export type FromCompileWorker =
  | { figures: SummaryFigures }
  | { section: Omit<EncodedSection, 'content'>; content: Uint8Array }
  | { done: true };

const CHUNK_BYTES = 1 << 20;

/** UTF-8 written into 1 MB buffers as the text comes, then put together once. */
class Utf8Chunks {
  private readonly full: Buffer[] = [];
  private chunk = new Utf8Buffer(CHUNK_BYTES);

  write(text: string): void {
    if (!this.chunk.fits(text)) {
      this.full.push(this.chunk.written());
      this.chunk = new Utf8Buffer(CHUNK_BYTES, text);
    }
    this.chunk.write(text);
  }

  /** All of it, in a buffer of its own (so it can be moved to another thread: not Buffer.concat's, which may be a slice of Node's shared pool). */
  bytes(): Buffer {
    const parts = [...this.full, this.chunk.written()];
    const bytes = Buffer.allocUnsafeSlow(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const part of parts) at += part.copy(bytes, at);
    return bytes;
  }
}

/**
 * A document's JSON in UTF-8, as PostgreSQL's `json_recv` reads a binary parameter (the text as
 * it is). Written block by block, each block let go once written, so no 10 MB string of a whole
 * section is ever made.
 */
export function jsonBytes(document: SummaryDocument): Buffer {
  const { blocks, ...rest } = document;
  const head = JSON.stringify(rest);
  const out = new Utf8Chunks();
  out.write(`${head.slice(0, -1)}${head.length > 2 ? ',' : ''}"blocks":[`);
  for (let i = 0; i < blocks.length; i++) {
    out.write((i ? ',' : '') + JSON.stringify(blocks[i]));
    (blocks as unknown[])[i] = null;
  }
  out.write(']}');
  return out.bytes();
}

/**
 * What each unit's content gives the summary's sections, by unit, worked out as each batch arrives
 * (while PostgreSQL reads the next): the compile then only assembles the sections, and the parsed
 * contents go with their batch.
 */
export function addBatch(contributions: Map<string, UnitContributions>, batch: ContentBatch, taskGroups: readonly SummaryTaskGroupInput[]): void {
  for (const [agencyId, json] of batch) contributions.set(agencyId, unitContributions(JSON.parse(json) as VersionSectionContent[], taskGroups));
}

/**
 * The work itself, the same in the worker and in this thread: compiles, then hands out the figures
 * and each section encoded, dropping each compiled section once it is encoded (and the flattened
 * strings it holds).
 */
export function* runCompile(input: CompileJobInput, contributions: Map<string, UnitContributions>): Generator<{ figures: SummaryFigures } | { section: EncodedSection }> {
  const units = input.units.map((u) => ({ ...u, content: null, contributions: contributions.get(u.agencyId) }));
  contributions.clear();
  const compiled = compileSummary({ period: input.period, taskGroups: input.taskGroups, units, includeSubmitted: input.includeSubmitted, now: input.now });
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
 * The compile worker's heap. Its old generation is capped at about three times what it needs (the
 * contents parsed and compiled: ~8× their stored, compressed size) and at least 512 MB — V8 grows a
 * heap with a smaller cap by smaller steps, which keeps the compile of 2,500 units ~60 MB lower — and
 * its young generation is smaller than V8's default, which the many short-lived strings of reading
 * and encoding would otherwise fill before each collection.
 */
export function compileWorkerLimits(storedContentBytes: number): ResourceLimits {
  return { maxYoungGenerationSizeMb: 24, maxOldGenerationSizeMb: Math.max(512, Math.ceil((24 * storedContentBytes) / 1048576)) };
}

/**
 * Starts a compile: in a worker thread where the compiled worker exists (the built API), in this
 * thread otherwise (the tests run the TypeScript sources, which a worker cannot load).
 */
export function startCompileJob(
  input: CompileJobInput,
  contents: { databaseUrl: string; wanted: WantedVersion[]; storedBytes: number; read: (batch: WantedVersion[]) => Promise<ContentBatch> },
  /** The worker's script (a test's compiled copy); by default the built one beside this module, when it exists. */
  workerUrl?: URL,
): CompileJob {
  if (workerUrl ?? existsSync(fileURLToPath(WORKER_URL))) return inWorker(input, contents.databaseUrl, contents.wanted, contents.storedBytes, workerUrl ?? WORKER_URL);
  return inThisThread(input, contents.wanted, contents.read);
}

function inThisThread(input: CompileJobInput, wanted: WantedVersion[], read: (batch: WantedVersion[]) => Promise<ContentBatch>): CompileJob {
  const steps = (async function* () {
    const contributions = new Map<string, UnitContributions>();
    for (let start = 0; start < wanted.length; start += CONTENT_BATCH) addBatch(contributions, await read(wanted.slice(start, start + CONTENT_BATCH)), input.taskGroups);
    yield* runCompile(input, contributions);
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

function inWorker(input: CompileJobInput, databaseUrl: string, wanted: WantedVersion[], storedBytes: number, workerUrl: URL): CompileJob {
  const worker = new Worker(workerUrl, { workerData: { input, databaseUrl, wanted } satisfies CompileWorkerData, resourceLimits: compileWorkerLimits(storedBytes) });
  const queue: EncodedSection[] = [];
  let finished = false;
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  let resolveFigures!: (figures: SummaryFigures) => void;
  let rejectFigures!: (error: Error) => void;
  const figures = new Promise<SummaryFigures>((resolve, reject) => {
    resolveFigures = resolve;
    rejectFigures = reject;
  });
  figures.catch(() => undefined); // handled by whoever awaits it; never an unhandled rejection meanwhile
  const fail = (error: Error) => {
    failure ??= error;
    rejectFigures(error);
    notify();
    void worker.terminate();
  };
  worker.on('message', (message: FromCompileWorker) => {
    if ('figures' in message) resolveFigures(message.figures);
    else if ('section' in message) queue.push({ ...message.section, content: Buffer.from(message.content.buffer, message.content.byteOffset, message.content.byteLength) });
    else finished = true;
    notify();
  });
  worker.on('error', fail);
  worker.on('exit', (code) => {
    if (!finished) fail(new Error(`The compile worker stopped (exit code ${code}) before it finished`));
  });

  return {
    figures,
    stop: async () => {
      await worker.terminate();
    },
    sections: (async function* () {
      try {
        for (;;) {
          if (failure) throw failure;
          const next = queue.shift();
          if (next) yield next;
          else if (finished) return;
          else await new Promise<void>((resolve) => (wake = resolve));
        }
      } finally {
        await worker.terminate();
      }
    })(),
  };
}
