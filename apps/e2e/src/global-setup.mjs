// Starts a real PostgreSQL (embedded, or TEST_DATABASE_URL's server) and the built app on it,
// exactly as `npm start` runs it, with the demo data loaded into a fresh database.
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';

const repoRoot = path.resolve(import.meta.dirname, '../../..');

async function databaseUrl() {
  const name = `gb_e2e_${Date.now()}`;
  if (process.env.TEST_DATABASE_URL) {
    const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await client.connect();
    await client.query(`CREATE DATABASE ${name}`);
    await client.end();
    const url = new URL(process.env.TEST_DATABASE_URL);
    url.pathname = `/${name}`;
    return url.toString();
  }
  const port = 52000 + Math.floor(Math.random() * 3000);
  const parent = mkdtempSync(path.join(tmpdir(), 'giao-ban-e2e-'));
  chmodSync(parent, 0o755); // the postgres user PostgreSQL runs as (when root) must reach its data folder
  // The app's own helper (built with the api), so a checkout root's other users cannot enter works
  // here as it does for `npm start`: it says in one sentence what it had to do.
  const { startEmbeddedPostgres } = await import(path.join(repoRoot, 'dist/apps/api/database/embedded-postgres.js'));
  const server = await startEmbeddedPostgres({
    dataDir: path.join(parent, 'pg'),
    port,
    persistent: false,
    database: name,
    onNotice: (sentence) => console.log(`\n${sentence}`),
  });
  globalThis.__e2ePostgres = server;
  globalThis.__e2ePostgresParent = parent;
  return server.url;
}

async function waitForHealth(url, child, seconds) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The app exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The app did not answer ${url}/api/health within ${seconds} s`);
}

export default async function globalSetup() {
  const port = 47000 + Math.floor(Math.random() * 3000);
  const child = spawn(process.execPath, [path.join(repoRoot, 'dist/apps/api/local.js')], {
    env: { ...process.env, PORT: String(port), DATABASE_URL: await databaseUrl(), LOGIN_RATE_LIMIT: '1000', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  globalThis.__e2eApp = child;
  const baseUrl = `http://localhost:${port}`;
  await waitForHealth(baseUrl, child, 60);
  process.env.E2E_BASE_URL = baseUrl;
}
