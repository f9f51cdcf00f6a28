import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import copyStreams from 'pg-copy-streams';
import {
  ArchiveWriter,
  type BackupUpload,
  isSafeStorageKey,
  uploadEntryName,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type BackupManifest,
  type BackupTable,
  CHUNK_BYTES,
  chunkEntryName,
  MANIFEST_ENTRY,
  TableDigest,
} from './backup-archive.js';
import { BackupError, describeDatabaseError } from './backup.error.js';
import { listSequences, listTablesInLoadOrder, SESSION_SETTINGS } from './schema-catalog.js';

export interface BackupResult {
  file: string;
  bytes: number;
  manifest: BackupManifest;
}

/**
 * Backs up every table of the public schema (the migrations table included) into one archive
 * (see backup-archive.ts), from one REPEATABLE READ READ ONLY transaction: one consistent snapshot,
 * taken beside a running app without stopping it or locking out its writes. With `uploadDir`, the
 * evidence files the snapshot's attachments name follow (a file never changes once stored; one
 * that is gone is listed as missing, as the app answers 404 for it). The file appears under its
 * name only when complete (written as `<file>.partial`, then renamed).
 */
export async function createBackup(options: {
  databaseUrl: string;
  file: string;
  appVersion: string;
  /** UPLOAD_DIR: the evidence files the attachments name go into the archive too. */
  uploadDir?: string;
  now?: Date;
}): Promise<BackupResult> {
  const file = path.resolve(options.file);
  if (existsSync(file)) throw new BackupError(`${options.file} exists already; choose another file name (a backup never overwrites one).`);
  mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });

  const client = new pg.Client({ connectionString: options.databaseUrl, application_name: 'giao-ban-backup' });
  let writer: ArchiveWriter | null = null;
  try {
    await client.connect();
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    await client.query(SESSION_SETTINGS);
    const [{ database, serverVersion }] = (
      await client.query<{ database: string; serverVersion: string }>(
        `SELECT current_database() AS database, current_setting('server_version') AS "serverVersion"`,
      )
    ).rows as [{ database: string; serverVersion: string }];
    const tables = await listTablesInLoadOrder(client);
    if (!tables.some((t) => t.name === 'migrations')) {
      throw new BackupError(`The database ${database} holds no Giao Ban data (it has no migrations table); check DATABASE_URL.`);
    }
    const migrations = (
      await client.query<{ id: number; timestamp: string; name: string }>(
        `SELECT id, "timestamp"::text AS "timestamp", name FROM migrations ORDER BY id`,
      )
    ).rows;
    const sequences = await listSequences(client);

    writer = new ArchiveWriter(partial);
    const backedUp: BackupTable[] = [];
    for (const table of tables) {
      const digest = new TableDigest();
      const columns = table.columns.map((c) => client.escapeIdentifier(c)).join(', ');
      const stream = client.query(copyStreams.to(`COPY ${client.escapeIdentifier(table.name)} (${columns}) TO STDOUT`));
      let pending: Buffer[] = [];
      let pendingBytes = 0;
      const flush = async () => {
        if (pendingBytes === 0) return;
        const data = Buffer.concat(pending, pendingBytes);
        pending = [];
        pendingBytes = 0;
        digest.chunks += 1;
        await writer!.add(chunkEntryName(table.name, digest.chunks), data);
      };
      for await (const data of stream as AsyncIterable<Buffer>) {
        digest.add(data);
        pending.push(data);
        pendingBytes += data.length;
        if (pendingBytes >= CHUNK_BYTES) await flush();
      }
      await flush();
      backedUp.push({ name: table.name, columns: table.columns, rows: digest.rows, bytes: digest.bytes, sha256: digest.sha256(), chunks: digest.chunks });
    }

    const uploads = options.uploadDir && tables.some((t) => t.name === 'attachments') ? await backUpUploads(client, writer, options.uploadDir) : null;

    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      appVersion: options.appVersion,
      createdAt: (options.now ?? new Date()).toISOString(),
      database: { name: database, serverVersion },
      copy: { format: 'text', encoding: 'UTF8' },
      migrations: migrations.map((m) => ({ id: Number(m.id), timestamp: m.timestamp, name: m.name })),
      tables: backedUp,
      sequences,
      uploads,
    };
    await writer.add(MANIFEST_ENTRY, Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`));
    await writer.finish();
    await client.query('COMMIT');
    renameSync(partial, file);
    return { file, bytes: statSync(file).size, manifest };
  } catch (error) {
    writer?.abort();
    rmSync(partial, { force: true });
    const e = error as NodeJS.ErrnoException;
    if (e?.code === 'ENOSPC') throw new BackupError(`The disk holding ${options.file} is full; free some room or write the backup elsewhere.`);
    if (e?.code === 'EACCES' || e?.code === 'EROFS') throw new BackupError(`${options.file} cannot be written (${e.code}); choose a folder you can write to.`);
    throw describeDatabaseError(error, options.databaseUrl);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function backUpUploads(client: pg.Client, writer: ArchiveWriter, uploadDir: string): Promise<{ files: BackupUpload[]; missing: string[] }> {
  const root = path.resolve(uploadDir);
  const { rows } = await client.query<{ key: string }>(`SELECT DISTINCT storage_key AS key FROM attachments ORDER BY 1`);
  const files: BackupUpload[] = [];
  const missing: string[] = [];
  for (const { key } of rows) {
    if (!isSafeStorageKey(key)) throw new BackupError(`An attachment's storage key "${key}" is not one Giao Ban makes; the database was changed by hand.`);
    const stored = await writer.addFile(uploadEntryName(key), path.join(root, key)).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    if (stored) files.push({ key, ...stored });
    else missing.push(key);
  }
  return { files, missing };
}
