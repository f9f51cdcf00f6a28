// Plain ESM on purpose: jest loads global setup outside its module mapper and transform.
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { importEmbeddedPostgresHelper } from './helpers/embedded-postgres-loader.mjs';

/**
 * One real PostgreSQL per test run: TEST_DATABASE_URL when given, else an embedded server in a
 * fresh temporary folder. Each spec file then creates its own database on it (helpers/test-app.ts).
 * The server is started by the app's own helper (src/database/embedded-postgres.ts), so a checkout
 * in a folder the postgres user cannot enter (root's home) works here as it does for `npm start`.
 */
export default async function globalSetup() {
  // Names this run's demo template database (helpers/test-app.ts), so runs never share one.
  process.env.TEST_RUN_ID = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  if (process.env.TEST_DATABASE_URL) return;
  const port = 56000 + Math.floor(Math.random() * 4000);
  const parent = mkdtempSync(path.join(tmpdir(), 'giao-ban-test-'));
  chmodSync(parent, 0o755); // the postgres user PostgreSQL runs as (when root) must reach its data folder
  const { startEmbeddedPostgres, EmbeddedPostgresError } = await importEmbeddedPostgresHelper();
  try {
    const server = await startEmbeddedPostgres({
      dataDir: path.join(parent, 'pg'),
      port,
      persistent: false,
      database: 'giaoban_admin',
      onNotice: (sentence) => console.log(`\n${sentence}`),
    });
    process.env.TEST_DATABASE_URL = server.url;
    globalThis.__embeddedPostgres = server;
    globalThis.__embeddedPostgresParent = parent;
  } catch (error) {
    // One sentence instead of a stack: what is wrong with this machine and how to fix it.
    if (error instanceof EmbeddedPostgresError) throw Object.assign(new Error(error.message), { stack: error.message });
    throw error;
  }
}
