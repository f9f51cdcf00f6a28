import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BackupError } from './database/backup/backup.error.js';
import { createBackup } from './database/backup/create-backup.js';
import { type LocalDatabase, openLocalDatabase } from './database/backup/local-database.js';
import { restoreBackup } from './database/backup/restore-backup.js';
import { EmbeddedPostgresError } from './database/embedded-postgres.js';

/**
 * `npm run backup -- [file]` and `npm run restore -- <file> [--force]`
 * (`node dist/apps/api/backup.js backup|restore …`): against DATABASE_URL when it is set, else
 * against the embedded PostgreSQL of `npm start`. Every failure is one sentence, exit code 1.
 */
const USAGE = 'Usage: npm run backup -- [file]   |   npm run restore -- <file> [--force]';

const here = path.dirname(fileURLToPath(import.meta.url)); // dist/apps/api
const repoRoot = path.resolve(here, '../../..');
let local: LocalDatabase | null = null;

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  const force = rest.includes('--force');
  const unknownFlag = rest.find((a) => a.startsWith('-') && a !== '--force');
  const files = rest.filter((a) => !a.startsWith('-'));
  if ((command !== 'backup' && command !== 'restore') || unknownFlag || files.length > 1 || (command === 'backup' && force)) {
    throw new BackupError(`${unknownFlag ? `Unknown option ${unknownFlag}. ` : command === 'backup' && force ? 'A backup never overwrites anything: --force is for restore. ' : ''}${USAGE}`);
  }
  if (command === 'restore' && files.length === 0) throw new BackupError(`Name the backup file to restore. ${USAGE}`);

  const started = Date.now();
  const databaseUrl = process.env.DATABASE_URL || null;
  const open = async (purpose: 'backup' | 'restore') => {
    if (databaseUrl) return { url: databaseUrl, description: `the database of DATABASE_URL` };
    local = await openLocalDatabase({ repoRoot, port: embeddedPort(), purpose, onNotice: (sentence) => console.log(sentence) });
    return local;
  };
  const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

  if (command === 'backup') {
    const file = files[0] ?? path.join(repoRoot, '.data', 'backups', `giao-ban-${stamp(new Date())}.tar.gz`);
    const target = await open('backup');
    const result = await createBackup({ databaseUrl: target.url, file, appVersion: appVersion(), uploadDir: uploadDir() });
    const rows = result.manifest.tables.reduce((sum, t) => sum + t.rows, 0);
    const uploads = result.manifest.uploads;
    console.log(
      `Backed up ${target.description}: ${result.manifest.tables.length} tables, ${rows} rows, ${evidenceFiles(uploads?.files.length ?? 0)}, to ${path.relative(process.cwd(), result.file) || result.file} (${kilobytes(result.bytes)}) in ${seconds()}.`,
    );
    if (uploads && uploads.missing.length > 0) {
      console.log(`${uploads.missing.length} evidence file(s) named by attachments are not in ${uploadDir()} (the app answers 404 for them); the manifest lists them as missing.`);
    }
  } else {
    const file = files[0]!;
    const target = await open('restore');
    const result = await restoreBackup({ databaseUrl: target.url, file, force, uploadDir: uploadDir() });
    console.log(
      `Restored ${file} (made ${result.manifest.createdAt} by Giao Ban ${result.manifest.appVersion}) into ${target.description}: ${result.tables} tables, ${result.rows} rows, ${evidenceFiles(result.uploads)}, in ${seconds()}.`,
    );
    if (result.newerMigrations.length > 0) {
      console.log(`Giao Ban runs ${result.newerMigrations.length} newer migration(s) on its next start: ${result.newerMigrations.join(', ')}.`);
    }
  }
}

/** Where the evidence files are, as the app has it: UPLOAD_DIR, else .data/uploads (local.ts). */
function uploadDir(): string {
  return path.resolve(process.env.UPLOAD_DIR || path.join(repoRoot, '.data', 'uploads'));
}

function embeddedPort(): number {
  const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new BackupError(`EMBEDDED_PG_PORT must be a port number, not "${process.env.EMBEDDED_PG_PORT}".`);
  return port;
}

function appVersion(): string {
  try {
    return (JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version?: string }).version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

const evidenceFiles = (n: number) => `${n} evidence file${n === 1 ? '' : 's'}`;
const pad = (n: number) => String(n).padStart(2, '0');
/** YYYYMMDD-HHmmss in the machine's local time. */
const stamp = (d: Date) => `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`;
const kilobytes = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} kB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.error(`${signal}: stopped before the end; a backup file is written only when complete, and a restore is undone.`);
    void (local?.release() ?? Promise.resolve()).finally(() => process.exit(130));
  });
}

main()
  .then(async () => {
    await local?.release();
  })
  .catch(async (error: unknown) => {
    const explained = error instanceof BackupError || error instanceof EmbeddedPostgresError;
    const message = error instanceof Error ? error.message : String(error);
    console.error(explained ? message : `The command failed: ${message.replace(/\s+/g, ' ').trim() || 'no reason was given'}.`);
    await local?.release().catch(() => undefined);
    process.exit(1);
  });
