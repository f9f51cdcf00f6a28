import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Writable } from 'node:stream';
import type pg from 'pg';
import copyStreams from 'pg-copy-streams';
import { DataSource, MigrationExecutor, type MigrationInterface, type QueryRunner } from 'typeorm';
import { MIGRATIONS } from '../entities.js';
import { type BackupManifest, type BackupTable, checkAgainstManifest, checkUploadsAgainstManifest, parseManifest, readArchive, TableDigest } from './backup-archive.js';
import { BackupError, describeDatabaseError } from './backup.error.js';
import { countSchemaObjects, dropSchemaObjects, listTablesInLoadOrder, quoteIdentifier, SESSION_SETTINGS } from './schema-catalog.js';

type MigrationClass = new () => MigrationInterface;

export interface RestoreResult {
  manifest: BackupManifest;
  tables: number;
  rows: number;
  /** Migrations this version of Giao Ban has beyond the backup's: the app runs them on its next start. */
  newerMigrations: string[];
  /** How the triggers were kept quiet while loading (see restoreBackup). */
  triggers: 'replica' | 'disabled-per-table';
  /** Evidence files written to UPLOAD_DIR. */
  uploads: number;
}

/**
 * Reads the whole archive and checks it against its manifest (every table's rows, bytes and
 * SHA-256) without touching any database. A truncated or damaged file fails here.
 */
export async function inspectBackup(file: string): Promise<BackupManifest> {
  const digests = new Map<string, { digest: TableDigest; sha256: string }>();
  const uploads = new Map<string, { bytes: number; sha256: string }>();
  let manifestText: string | null = null;
  let table: string | null = null;
  let digest = new TableDigest();
  for await (const entry of readArchive(file)) {
    if (manifestText !== null) throw new BackupError(`${file} is damaged: something follows its manifest; nothing was restored.`);
    if (table !== null && (entry.kind !== 'chunk' || entry.table !== table)) {
      digests.set(table, { digest, sha256: digest.sha256() });
      table = null;
    }
    if (entry.kind === 'manifest') {
      manifestText = (await readAll(entry.content)).toString('utf8');
      continue;
    }
    if (entry.kind === 'upload') {
      if (uploads.has(entry.key)) throw new BackupError(`${file} is damaged: it holds the file ${entry.key} twice; nothing was restored.`);
      const data = await readAll(entry.content);
      uploads.set(entry.key, { bytes: data.length, sha256: createHash('sha256').update(data).digest('hex') });
      continue;
    }
    if (uploads.size > 0) throw new BackupError(`${file} is damaged: table data follows the evidence files; nothing was restored.`);
    if (table === null) {
      if (digests.has(entry.table)) throw new BackupError(`${file} is damaged: the pieces of table ${entry.table} are out of order; nothing was restored.`);
      table = entry.table;
      digest = new TableDigest();
    }
    digest.chunks += 1;
    if (entry.chunk !== digest.chunks) throw new BackupError(`${file} is damaged: piece ${digest.chunks} of table ${entry.table} is missing; nothing was restored.`);
    for await (const data of entry.content) digest.add(data);
  }
  if (manifestText === null) throw new BackupError(`${file} is not a complete backup: its manifest is missing (truncated?); nothing was restored.`);
  const manifest = parseManifest(manifestText, file);
  checkAgainstManifest(manifest, digests, file);
  checkUploadsAgainstManifest(manifest, uploads, file);
  return manifest;
}

/**
 * Restores a backup into the database at `databaseUrl`, all in one transaction: either everything
 * is there afterwards or nothing changed.
 *
 * 1. The archive is read and checked whole first (inspectBackup).
 * 2. The database must be empty — no table, view, routine or type in its public schema — unless
 *    `force`, which drops them all (in the same transaction), and no running Giao Ban may be
 *    connected to it.
 * 3. The migrations the backup was made with are run (a backup from an older version is restored
 *    into its own schema; the app runs the newer migrations on its next start). A backup that
 *    names a migration this version does not know is refused.
 * 4. Every table is loaded with COPY, triggers off: the tally triggers of report_sections would
 *    count the sections again into agency_reports, whose stored tallies come from the backup, and
 *    the append-only triggers refuse the TRUNCATE that clears what the migrations inserted. As a
 *    superuser (the embedded server's user, and POSTGRES_USER of the compose file) this is
 *    `session_replication_role = replica`, which also defers nothing and checks no foreign key (the
 *    data is one consistent snapshot); as the tables' owner otherwise, `ALTER TABLE … DISABLE
 *    TRIGGER USER` per table, foreign keys checked, tables loaded parents first.
 * 5. Row counts are compared with the manifest, the sequences set where they were, and the data
 *    checked once more against the manifest's checksums while it streams in.
 * 6. With `uploadDir`, the evidence files are written beside their places while the data loads and
 *    moved into them once it is committed (a file already there is replaced by the same bytes).
 */
export async function restoreBackup(options: {
  databaseUrl: string;
  file: string;
  force?: boolean;
  /** UPLOAD_DIR: where the evidence files of the backup go (left out when not given). */
  uploadDir?: string;
  migrations?: MigrationClass[];
}): Promise<RestoreResult> {
  const manifest = await inspectBackup(options.file);
  const known = (options.migrations ?? (MIGRATIONS as MigrationClass[])).map((m) => ({ name: migrationName(m), migration: m }));
  const wanted = manifest.migrations.map((m) => m.name);
  const unknown = wanted.find((name, i) => known[i]?.name !== name);
  if (unknown !== undefined) {
    throw new BackupError(
      known.some((k) => k.name === unknown)
        ? `${options.file} was made on a schema whose migrations differ from this version's (at ${unknown}); restore it with the version of Giao Ban that made it.`
        : `${options.file} was made by a newer Giao Ban (migration ${unknown} is unknown here); restore it with that version or a later one.`,
    );
  }

  const dataSource = new DataSource({
    type: 'postgres',
    url: options.databaseUrl,
    migrations: known.slice(0, wanted.length).map((k) => k.migration),
    migrationsTableName: 'migrations',
    synchronize: false,
    logging: false,
    extra: { max: 1, application_name: 'giao-ban-restore' },
  });
  let queryRunner: QueryRunner | null = null;
  const placed: { temporary: string; target: string }[] = [];
  try {
    await dataSource.initialize();
    queryRunner = dataSource.createQueryRunner();
    const client = (await queryRunner.connect()) as pg.PoolClient;
    const [facts] = (
      await client.query<{ database: string; superuser: boolean; apps: number }>(`
        SELECT current_database() AS database,
               (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser,
               (SELECT count(*)::int FROM pg_stat_activity
                 WHERE datname = current_database() AND application_name = 'giao-ban' AND pid <> pg_backend_pid()) AS apps`)
    ).rows;
    const { database, superuser, apps } = facts!;
    if (apps > 0) {
      throw new BackupError(`Giao Ban is running on database ${database} (${apps} connection${apps > 1 ? 's' : ''}); stop it before restoring into its database.`);
    }
    const present = await countSchemaObjects(client);
    if ((present.tables > 0 || present.others > 0) && !options.force) {
      throw new BackupError(
        `The database ${database} is not empty (${present.tables} tables${present.others ? ` and ${present.others} other objects` : ''}); restore fills only an empty database — add --force to replace everything in it.`,
      );
    }

    await queryRunner.startTransaction();
    await client.query(SESSION_SETTINGS);
    if (options.force) await dropSchemaObjects(client);
    const executor = new MigrationExecutor(dataSource, queryRunner);
    executor.transaction = 'all'; // inside the transaction already begun: nothing is committed before the data is in
    await executor.executePendingMigrations();

    const tables = await listTablesInLoadOrder(client);
    checkSchema(manifest, tables, options.file);
    const triggered = superuser ? [] : await tablesWithUserTriggers(client);
    if (superuser) await client.query(`SET LOCAL session_replication_role = replica`);
    else for (const table of triggered) await client.query(`ALTER TABLE ${quoteIdentifier(table)} DISABLE TRIGGER USER`);
    if (manifest.tables.length > 0) await client.query(`TRUNCATE ${manifest.tables.map((t) => quoteIdentifier(t.name)).join(', ')}`);

    const byName = new Map(manifest.tables.map((t) => [t.name, t]));
    const digests = new Map<string, { digest: TableDigest; sha256: string }>();
    type Copying = { table: string; digest: TableDigest; stream: Writable; failure: unknown };
    let copying: Copying | null = null;
    const endCopy = async () => {
      if (!copying) return;
      const current: Copying = copying;
      copying = null;
      current.stream.end();
      if (!current.failure) await once(current.stream, 'finish').catch((error: unknown) => (current.failure = error));
      if (current.failure) throw current.failure;
      digests.set(current.table, { digest: current.digest, sha256: current.digest.sha256() });
    };
    const uploads = new Map<string, { bytes: number; sha256: string }>();
    for await (const entry of readArchive(options.file)) {
      if (entry.kind === 'manifest') {
        await endCopy();
        continue;
      }
      if (entry.kind === 'upload') {
        await endCopy();
        const data = await readAll(entry.content);
        uploads.set(entry.key, { bytes: data.length, sha256: createHash('sha256').update(data).digest('hex') });
        if (options.uploadDir) {
          // Beside its place under a temporary name; moved there once the data is committed.
          const target = path.join(path.resolve(options.uploadDir), entry.key);
          const temporary = `${target}.restoring-${process.pid}`;
          await mkdir(path.dirname(target), { recursive: true });
          placed.push({ temporary, target });
          await writeFile(temporary, data, { mode: 0o640 });
        }
        continue;
      }
      if (copying?.table !== entry.table) {
        await endCopy();
        const table: BackupTable = byName.get(entry.table)!;
        const columns = table.columns.map(quoteIdentifier).join(', ');
        const stream: Writable = client.query(copyStreams.from(`COPY ${quoteIdentifier(table.name)} (${columns}) FROM STDIN`));
        const started: Copying = { table: table.name, digest: new TableDigest(), stream, failure: null };
        stream.on('error', (error: unknown) => (started.failure ??= error));
        copying = started;
      }
      const current: Copying = copying!;
      current.digest.chunks += 1;
      for await (const data of entry.content) {
        current.digest.add(data);
        if (current.failure) throw current.failure;
        if (!current.stream.write(data)) await once(current.stream, 'drain');
      }
    }
    await endCopy();
    checkAgainstManifest(manifest, digests, options.file); // the file did not change since it was checked
    checkUploadsAgainstManifest(manifest, uploads, options.file);

    let rows = 0;
    for (const table of manifest.tables) {
      const [counted] = (await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${quoteIdentifier(table.name)}`)).rows;
      if (Number(counted!.n) !== table.rows) {
        throw new BackupError(`Table ${table.name} holds ${counted!.n} rows after loading, not the ${table.rows} of the backup; nothing was restored.`);
      }
      rows += table.rows;
    }
    for (const sequence of manifest.sequences) {
      const exists = await client.query(`SELECT 1 FROM pg_class WHERE relkind = 'S' AND relname = $1 AND relnamespace = 'public'::regnamespace`, [sequence.name]);
      if (exists.rowCount === 0) throw new BackupError(`The backup's sequence ${sequence.name} does not exist in the migrated schema; nothing was restored.`);
      await client.query(`SELECT setval(format('public.%I', $1::text)::regclass, $2::bigint, $3)`, [sequence.name, sequence.lastValue, sequence.isCalled]);
    }
    for (const table of triggered) await client.query(`ALTER TABLE ${quoteIdentifier(table)} ENABLE TRIGGER USER`);
    await queryRunner.commitTransaction();
    for (const { temporary, target } of placed.splice(0)) await rename(temporary, target);
    return {
      manifest,
      tables: manifest.tables.length,
      rows,
      newerMigrations: known.slice(wanted.length).map((k) => k.name),
      triggers: superuser ? 'replica' : 'disabled-per-table',
      uploads: options.uploadDir ? (manifest.uploads?.files.length ?? 0) : 0,
    };
  } catch (error) {
    if (queryRunner?.isTransactionActive) await queryRunner.rollbackTransaction().catch(() => undefined);
    for (const { temporary } of placed) await rm(temporary, { force: true });
    throw describeDatabaseError(error, options.databaseUrl);
  } finally {
    await queryRunner?.release().catch(() => undefined);
    if (dataSource.isInitialized) await dataSource.destroy().catch(() => undefined);
  }
}

function migrationName(migration: MigrationClass): string {
  return new migration().name ?? migration.name;
}

/** The migrated schema must have exactly the backup's tables, with the same columns. */
function checkSchema(manifest: BackupManifest, tables: { name: string; columns: string[] }[], file: string): void {
  const here = new Map(tables.map((t) => [t.name, t.columns.join(', ')]));
  for (const table of manifest.tables) {
    const columns = here.get(table.name);
    if (columns === undefined) throw new BackupError(`${file} holds table ${table.name}, which its migrations do not create here; nothing was restored.`);
    if (columns !== table.columns.join(', ')) {
      throw new BackupError(`${file} holds table ${table.name} with columns (${table.columns.join(', ')}), but its migrations create (${columns}) here; nothing was restored.`);
    }
  }
  const extra = tables.find((t) => !manifest.tables.some((m) => m.name === t.name));
  if (extra) throw new BackupError(`${file} has no data for table ${extra.name}, which its migrations create; nothing was restored.`);
}

async function tablesWithUserTriggers(db: pg.ClientBase): Promise<string[]> {
  const { rows } = await db.query<{ name: string }>(`
    SELECT DISTINCT c.relname AS name FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
     WHERE NOT t.tgisinternal AND c.relnamespace = 'public'::regnamespace ORDER BY 1`);
  return rows.map((r) => r.name);
}

async function readAll(stream: AsyncIterable<Buffer>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of stream) parts.push(part);
  return Buffer.concat(parts);
}
