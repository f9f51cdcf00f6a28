import { createHash, type Hash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import tar from 'tar-stream';
import { BackupError } from './backup.error.js';

/**
 * The archive of a Giao Ban backup: a gzip-compressed tar (`tar tzf` lists it) holding each table
 * of the public schema as PostgreSQL's own COPY text (`tables/<table>.<chunk>.copy`, 8 MiB pieces,
 * in foreign-key order), the evidence files the attachments table names (`uploads/<storage key>`),
 * then `manifest.json` last, once every count and checksum is known.
 */
export const BACKUP_FORMAT = 'giao-ban-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const MANIFEST_ENTRY = 'manifest.json';
/** The most of a table held in memory while writing: each piece is one tar entry. */
export const CHUNK_BYTES = 8 * 1024 * 1024;

export interface BackupTable {
  name: string;
  /** COPY's column list (generated columns are left out: PostgreSQL computes them again). */
  columns: string[];
  rows: number;
  bytes: number;
  /** SHA-256 of the table's whole COPY text, its pieces put together. */
  sha256: string;
  chunks: number;
}

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  appVersion: string;
  createdAt: string;
  database: { name: string; serverVersion: string };
  copy: { format: 'text'; encoding: 'UTF8' };
  /** The migrations table as it was: the schema the data fits. */
  migrations: { id: number; timestamp: string; name: string }[];
  /** In load order: a table comes after the tables its foreign keys point to. */
  tables: BackupTable[];
  sequences: { name: string; lastValue: string; isCalled: boolean }[];
  /** The evidence files (UPLOAD_DIR) the attachments name; null when the backup was made without them. */
  uploads: { files: BackupUpload[]; missing: string[] } | null;
}

export interface BackupUpload {
  /** attachments.storage_key: the file's path under UPLOAD_DIR. */
  key: string;
  bytes: number;
  sha256: string;
}

export const chunkEntryName = (table: string, chunk: number): string => `tables/${table}.${String(chunk).padStart(4, '0')}.copy`;

const CHUNK_ENTRY = /^tables\/(.+)\.(\d{4})\.copy$/;
const UPLOAD_PREFIX = 'uploads/';
export const uploadEntryName = (key: string): string => `${UPLOAD_PREFIX}${key}`;

/** A storage key as the app makes them (`2026/<uuid>.pdf`): nothing that could leave UPLOAD_DIR. */
export const isSafeStorageKey = (key: string): boolean => /^[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)*\.[a-z0-9]+$/.test(key) && key.length <= 200;

/** Sums up a table's COPY text as it streams by: bytes, rows (text COPY ends each row with one newline) and SHA-256. */
export class TableDigest {
  bytes = 0;
  rows = 0;
  chunks = 0;
  private readonly hash: Hash = createHash('sha256');

  add(data: Buffer): void {
    this.bytes += data.length;
    this.hash.update(data);
    for (let at = data.indexOf(10); at !== -1; at = data.indexOf(10, at + 1)) this.rows += 1;
  }

  sha256(): string {
    return this.hash.digest('hex');
  }
}

/** Writes the archive to `file` (which must not exist yet); entries go in the order they are added. */
export class ArchiveWriter {
  private readonly pack = tar.pack();
  private readonly written: Promise<void>;
  private failure: Error | null = null;
  private readonly mtime = new Date();

  constructor(file: string) {
    this.written = pipeline(this.pack, createGzip({ level: 6 }), createWriteStream(file, { flags: 'wx', mode: 0o600 })).catch(
      (error: Error) => {
        this.failure = error;
        throw error;
      },
    );
    this.written.catch(() => undefined); // awaited in finish(); a failure also stops add()
  }

  /** Resolves once the entry went into the tar stream (which waits while the file catches up). */
  async add(name: string, data: Buffer): Promise<void> {
    if (this.failure) throw this.failure;
    await new Promise<void>((resolve, reject) => {
      this.pack.entry({ name, size: data.length, mode: 0o644, mtime: this.mtime }, data, (error) => (error ? reject(error) : resolve()));
    });
  }

  /** A file, read whole (evidence files are 20 MB at most); returns its size and SHA-256. */
  async addFile(name: string, file: string): Promise<{ bytes: number; sha256: string }> {
    const data = await readFile(file);
    await this.add(name, data);
    return { bytes: data.length, sha256: createHash('sha256').update(data).digest('hex') };
  }

  async finish(): Promise<void> {
    this.pack.finalize();
    await this.written;
  }

  abort(): void {
    this.pack.destroy();
  }
}

export type ArchiveEntry =
  | { kind: 'chunk'; table: string; chunk: number; content: AsyncIterable<Buffer> }
  | { kind: 'upload'; key: string; content: AsyncIterable<Buffer> }
  | { kind: 'manifest'; content: AsyncIterable<Buffer> };

/**
 * The entries of a backup archive in order, each to be read whole before the next. Anything that
 * is not a complete, undamaged backup ends in a BackupError saying so in one sentence.
 */
export async function* readArchive(file: string): AsyncGenerator<ArchiveEntry> {
  const extract = tar.extract();
  let failure: unknown = null;
  const reading = pipeline(createReadStream(file), createGunzip(), extract).catch((error: unknown) => {
    failure ??= error;
  });
  // An entry's data fails where it is read (a gzip that ends early, say): said as a sentence there too.
  async function* contentOf(entry: AsyncIterable<unknown>): AsyncGenerator<Buffer> {
    try {
      for await (const data of entry) yield data as Buffer;
    } catch (error) {
      extract.destroy();
      await reading;
      throw describeArchiveError(failure ?? error, file);
    }
  }
  try {
    for await (const entry of extract) {
      const name = entry.header.name;
      const chunk = CHUNK_ENTRY.exec(name);
      const key = name.startsWith(UPLOAD_PREFIX) ? name.slice(UPLOAD_PREFIX.length) : null;
      if (name === MANIFEST_ENTRY) yield { kind: 'manifest', content: contentOf(entry) };
      else if (key !== null && isSafeStorageKey(key) && entry.header.type === 'file') yield { kind: 'upload', key, content: contentOf(entry) };
      else if (chunk && entry.header.type === 'file') yield { kind: 'chunk', table: chunk[1]!, chunk: Number(chunk[2]), content: contentOf(entry) };
      else throw new BackupError(`${file} is not a Giao Ban backup (it holds "${name}", which a backup never does).`);
      entry.resume(); // whatever the consumer left unread
    }
  } catch (error) {
    extract.destroy();
    await reading; // the first failure (a truncated gzip, say) says more than the tar stream's reaction to it
    throw describeArchiveError(failure ?? error, file);
  } finally {
    extract.destroy();
    await reading;
  }
  if (failure) throw describeArchiveError(failure, file);
}

function describeArchiveError(error: unknown, file: string): BackupError {
  if (error instanceof BackupError) return error;
  const e = error as { code?: string; message?: string };
  if (e?.code === 'ENOENT') return new BackupError(`There is no file ${file}.`);
  if (e?.code === 'EISDIR') return new BackupError(`${file} is a folder, not a backup file.`);
  if (e?.code === 'EACCES') return new BackupError(`${file} cannot be read (permission denied).`);
  const message = e?.message ?? String(error);
  if (/unexpected end of file|Unexpected end of data/i.test(message)) {
    return new BackupError(`${file} is not a complete backup: it ends early (truncated while copied or written?); nothing was restored.`);
  }
  if (e?.code?.startsWith('Z_') || /incorrect header check|invalid tar header|header/i.test(message)) {
    return new BackupError(`${file} is not an intact Giao Ban backup (${message.replace(/\.$/, '')}); nothing was restored.`);
  }
  return new BackupError(`${file} could not be read (${message.replace(/\.$/, '')}); nothing was restored.`);
}

/** Reads and checks the manifest's shape; a newer format is refused rather than half understood. */
export function parseManifest(text: string, file: string): BackupManifest {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new BackupError(`${file} has a damaged manifest (not JSON); nothing was restored.`);
  }
  const m = value as Partial<BackupManifest> | null;
  if (!m || m.format !== BACKUP_FORMAT) throw new BackupError(`${file} is not a Giao Ban backup (its manifest names another format).`);
  if (m.formatVersion !== BACKUP_FORMAT_VERSION) {
    throw new BackupError(`${file} is a backup of format ${String(m.formatVersion)}, which this version of Giao Ban (format ${BACKUP_FORMAT_VERSION}) cannot read.`);
  }
  const wellFormed =
    Array.isArray(m.tables) &&
    m.tables.every(
      (t) =>
        typeof t?.name === 'string' &&
        Array.isArray(t.columns) &&
        t.columns.every((c) => typeof c === 'string') &&
        Number.isInteger(t.rows) &&
        Number.isInteger(t.bytes) &&
        Number.isInteger(t.chunks) &&
        typeof t.sha256 === 'string',
    ) &&
    Array.isArray(m.migrations) &&
    m.migrations.every((x) => typeof x?.name === 'string') &&
    Array.isArray(m.sequences) &&
    m.sequences.every((s) => typeof s?.name === 'string' && typeof s.lastValue === 'string' && typeof s.isCalled === 'boolean') &&
    m.copy?.format === 'text' &&
    (m.uploads === null ||
      (Array.isArray(m.uploads?.files) &&
        m.uploads.files.every((f) => typeof f?.key === 'string' && isSafeStorageKey(f.key) && Number.isInteger(f.bytes) && typeof f.sha256 === 'string') &&
        Array.isArray(m.uploads.missing)));
  if (!wellFormed) throw new BackupError(`${file} has a damaged manifest (fields missing or of the wrong kind); nothing was restored.`);
  return m as BackupManifest;
}

/** Compares the evidence files read with the manifest's list: the first difference, as a sentence. */
export function checkUploadsAgainstManifest(manifest: BackupManifest, read: Map<string, { bytes: number; sha256: string }>, file: string): void {
  const listed = new Map((manifest.uploads?.files ?? []).map((f) => [f.key, f]));
  for (const key of read.keys()) {
    if (!listed.has(key)) throw new BackupError(`${file} is damaged: it holds the file ${key}, which its manifest does not list; nothing was restored.`);
  }
  for (const upload of listed.values()) {
    const got = read.get(upload.key);
    if (!got || got.bytes !== upload.bytes || got.sha256 !== upload.sha256) {
      throw new BackupError(`${file} is damaged: the evidence file ${upload.key} is ${got ? 'not the one backed up' : 'missing'}; nothing was restored.`);
    }
  }
}

/** Compares what was read with what the manifest promised: the first difference, as a sentence. */
export function checkAgainstManifest(manifest: BackupManifest, digests: Map<string, { digest: TableDigest; sha256: string }>, file: string): void {
  const known = new Set(manifest.tables.map((t) => t.name));
  for (const table of digests.keys()) {
    if (!known.has(table)) throw new BackupError(`${file} is damaged: it holds data of table ${table}, which its manifest does not list; nothing was restored.`);
  }
  for (const table of manifest.tables) {
    const read = digests.get(table.name);
    const bytes = read?.digest.bytes ?? 0;
    const rows = read?.digest.rows ?? 0;
    const chunks = read?.digest.chunks ?? 0;
    const sha256 = read?.sha256 ?? createHash('sha256').digest('hex');
    if (chunks !== table.chunks || bytes !== table.bytes || rows !== table.rows || sha256 !== table.sha256) {
      throw new BackupError(
        `${file} is damaged: table ${table.name} should hold ${table.rows} rows in ${table.bytes} bytes and holds ${rows} rows in ${bytes} bytes${sha256 !== table.sha256 && bytes === table.bytes ? ' that differ' : ''}; nothing was restored.`,
      );
    }
  }
}
