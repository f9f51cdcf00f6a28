// A private embedded PostgreSQL for one benchmark run, in a temporary folder the postgres user can enter.
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '../dist/apps/api/database/embedded-postgres.js';

/** Starts it on a random high port; `parent` is the temporary folder (for uploads and the like). */
export async function startBenchDatabase() {
  const parent = mkdtempSync(path.join(tmpdir(), 'giao-ban-bench-'));
  chmodSync(parent, 0o755);
  const port = 57000 + Math.floor(Math.random() * 2000);
  console.log(`Starting PostgreSQL (embedded, port ${port})…`);
  const db = await startEmbeddedPostgres({ dataDir: path.join(parent, 'pg'), port, persistent: false });
  return { db, parent };
}
