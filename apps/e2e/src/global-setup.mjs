// Starts a real PostgreSQL (embedded, or TEST_DATABASE_URL's server) and the built app on it,
// exactly as `npm start` runs it, with the demo data loaded into a fresh database: one app and
// database for each jest worker, so the files of one worker share an app as a single run would.
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';

const repoRoot = path.resolve(import.meta.dirname, '../../..');

/** The server's URL: TEST_DATABASE_URL's, or an embedded PostgreSQL started here. */
async function serverUrl() {
  if (process.env.TEST_DATABASE_URL) return process.env.TEST_DATABASE_URL;
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
    database: 'giaoban_e2e_admin',
    onNotice: (sentence) => console.log(`\n${sentence}`),
  });
  globalThis.__e2ePostgres = server;
  globalThis.__e2ePostgresParent = parent;
  return server.url;
}

async function createDatabase(server, name) {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
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

async function startApp(databaseUrl) {
  const port = 47000 + Math.floor(Math.random() * 3000);
  const child = spawn(process.execPath, [path.join(repoRoot, 'dist/apps/api/local.js')], {
    env: { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl, LOGIN_RATE_LIMIT: '1000', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  globalThis.__e2eApps.push(child);
  const baseUrl = `http://localhost:${port}`;
  await waitForHealth(baseUrl, child, 90);
  await backToRealTime(baseUrl);
  return baseUrl;
}

/**
 * A first `npm start` opens the demo on its story's day (20/12/2021); the browser tests make
 * periods of their own around the real date, so they run on the real time, set as the
 * administrator would.
 */
async function backToRealTime(baseUrl) {
  const signIn = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: 'quantri', password: 'GiaoBan@2021' }),
  });
  if (!signIn.ok) throw new Error(`sign-in of quantri: ${signIn.status} ${await signIn.text()}`);
  const cookie = signIn.headers.get('set-cookie').split(';')[0];
  const clock = await fetch(`${baseUrl}/api/demo-clock`, {
    method: 'PUT',
    headers: { cookie, 'content-type': 'application/json' },
    body: JSON.stringify({ now: null }),
  });
  if (!clock.ok) throw new Error(`demo clock back to the real time: ${clock.status} ${await clock.text()}`);
}

export default async function globalSetup(globalConfig) {
  const apps = globalConfig.runInBand ? 1 : globalConfig.maxWorkers;
  const server = await serverUrl();
  const run = Date.now();
  globalThis.__e2eApps = [];
  const urls = [];
  for (let worker = 1; worker <= apps; worker += 1) urls.push(await createDatabase(server, `gb_e2e_${run}_${worker}`));
  // browser.ts picks the app of its jest worker (JEST_WORKER_ID, from 1).
  process.env.E2E_BASE_URLS = (await Promise.all(urls.map(startApp))).join(' ');
}
