// The leader's dashboard in a real browser, empty cache (issue #14): how long until its first
// figures show, and how much JavaScript came over the wire before they did, on this machine and on
// a district office's line (1.6 Mbit/s down, 150 ms latency, emulated by Chromium), beside the same
// page of the previous commit's build, so a change shows as a ratio.
//   npm run bench:web            (builds this checkout first)
//   BASE_REF=<commit> BENCH_RUNS=7 node bench/web-dashboard.mjs
// The earlier build: BASE_REF, by default the previous commit (HEAD when apps/web has uncommitted
// changes, HEAD~1 otherwise). It is checked out with `git worktree` under /tmp and built there once
// (api + web), using this checkout's node_modules.
// This build: dist/ of this checkout, or the web build in BENCH_WEB_DIST (an absolute path).
// Ports: the app on BENCH_PORT (3202), PostgreSQL (embedded, one server, a database per build) on
// BENCH_PG_PORT (54502). Chromium: CHROMIUM_PATH or /usr/bin/chromium.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startEmbeddedPostgres } from '../dist/apps/api/database/embedded-postgres.js';

const repoRoot = path.resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const PORT = Number(process.env.BENCH_PORT ?? 3202);
const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 54502);
const LEADER = { login: 'lanhdao', password: 'GiaoBan@2021' };
/** 1.6 Mbit/s down, 150 ms round trip; upload at half the rate (an ADSL-like office line). */
const SLOW_LINK = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 0.8e6 / 8 };
/** The dashboard's first figures: the KPI cards' numbers (the same markup in both builds). */
const FIRST_FIGURES = '.gb-kpi-card .ant-statistic-content-value';

const git = (...args) => execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8' }).trim();

function baseRef(dirty) {
  return git('rev-parse', '--verify', `${process.env.BASE_REF ?? (dirty ? 'HEAD' : 'HEAD~1')}^{commit}`);
}

/**
 * The earlier commit's api + web build, in a worktree of its own (built once, then reused). The
 * worktree shares this checkout's node_modules, so its API compiles against this checkout's
 * libs/shared: when those differ the earlier API does not compile, and the earlier web build is
 * served by this checkout's API instead (said in the output; the web is what is compared).
 * @returns {{ dir: string, apiRoot: string }}
 */
function baseBuild(commit) {
  const dir = path.join(tmpdir(), `giao-ban-web-base-${commit.slice(0, 12)}`);
  const done = path.join(dir, '.bench-built');
  const apiHere = path.join(dir, '.bench-api-here');
  const built = () => {
    const apiRoot = existsSync(apiHere) ? repoRoot : dir;
    if (apiRoot === repoRoot) console.log(`The API of ${commit.slice(0, 12)} does not compile here: its web build is served by this checkout's API.`);
    return { dir, apiRoot };
  };
  if (existsSync(done)) return built();
  if (!existsSync(dir)) git('worktree', 'add', '--detach', dir, commit);
  if (!existsSync(path.join(dir, 'node_modules'))) symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'));
  console.log(`Building ${commit.slice(0, 12)} in ${dir}…`);
  const run = (cmd, args) => execFileSync(cmd, args, { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  try {
    run('npx', ['tsc', '-p', 'apps/api/tsconfig.app.json']);
    writeFileSync(path.join(dir, 'dist/apps/api/package.json'), JSON.stringify({ type: 'module' }));
  } catch {
    writeFileSync(apiHere, `${commit}\n`);
  }
  run('npx', ['vite', 'build', '-c', 'apps/web/vite.config.mts']);
  writeFileSync(done, `${commit}\n`);
  return built();
}

async function waitForHealth(url, child) {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the app exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url}/api/health did not answer within 90 s`);
}

/** The built app of `root` as `npm start` runs it (demo data on an empty database). */
async function startApp(root, webDist, databaseUrl) {
  const url = `http://localhost:${PORT}`;
  // Another app on the port would answer the health check and be measured in this one's place.
  if (await fetch(`${url}/api/health`).then(() => true, () => false)) throw new Error(`port ${PORT} already answers: set BENCH_PORT to a free port`);
  const child = spawn(process.execPath, [path.join(root, 'dist/apps/api/local.js')], {
    cwd: root,
    env: { ...process.env, PORT: String(PORT), DATABASE_URL: databaseUrl, WEB_DIST_DIR: webDist, LOGIN_RATE_LIMIT: '100000' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitForHealth(url, child);
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', resolve);
      child.kill('SIGTERM');
    });
  return { url, stop };
}

async function sessionCookie(url) {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(LEADER),
  });
  if (!response.ok) throw new Error(`sign-in of ${LEADER.login}: ${response.status}`);
  const [pair] = response.headers.get('set-cookie').split(';');
  const [name, ...value] = pair.split('=');
  return { name, value: value.join('='), url };
}

/**
 * One cold load of `/` as the leader (who lands on the newest period's dashboard) in a fresh
 * browser context (empty cache): milliseconds from the navigation's start until the first figures
 * are in the page, and the script bytes received (compressed as sent, headers included) by then.
 */
async function coldLoad(browser, url, cookie, link) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
  await context.addCookies([cookie]);
  await context.addInitScript((selector) => {
    new MutationObserver((_, observer) => {
      if (document.querySelector(selector)) {
        window.__firstFigures = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  }, FIRST_FIGURES);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (link) await cdp.send('Network.emulateNetworkConditions', link);
  const scripts = new Map();
  const trace = new Map();
  cdp.on('Network.requestWillBeSent', ({ requestId, request, timestamp }) => trace.set(requestId, { url: request.url, start: timestamp }));
  cdp.on('Network.responseReceived', ({ requestId, type, response }) => {
    if (type === 'Script') {
      const encoding = response.headers['content-encoding'] ?? response.headers['Content-Encoding'] ?? '';
      scripts.set(requestId, { url: response.url, encoding, headerBytes: response.encodedDataLength });
    }
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength, timestamp }) => {
    const script = scripts.get(requestId);
    if (script) {
      script.bytes = encodedDataLength;
      script.bodyBytes = encodedDataLength - script.headerBytes;
    }
    const entry = trace.get(requestId);
    if (entry) Object.assign(entry, { end: timestamp, bytes: encodedDataLength });
  });

  await page.goto(`${url}/`);
  await page.waitForSelector(FIRST_FIGURES, { timeout: 60_000 });
  const firstFigures = await page.evaluate(() => window.__firstFigures);
  // Only the scripts whose last byte came before the figures showed: the page's clock (resource
  // timing) says which, so code loaded after them (the tables below the charts) is not counted.
  const before = new Set(
    await page.evaluate(
      (figuresAt) => performance.getEntriesByType('resource').filter((entry) => entry.responseEnd <= figuresAt).map((entry) => entry.name),
      firstFigures,
    ),
  );
  const finished = [...scripts.values()].filter((script) => script.bytes !== undefined && before.has(script.url));
  const result = {
    firstFigures,
    jsBytes: finished.reduce((sum, script) => sum + script.bytes, 0),
    jsBodyBytes: finished.reduce((sum, script) => sum + script.bodyBytes, 0),
    jsFiles: finished.length,
    encodings: [...new Set(finished.map((script) => script.encoding || 'none'))].join('/'),
  };
  if (process.env.BENCH_TRACE) {
    const t0 = Math.min(...[...trace.values()].map((entry) => entry.start));
    const ms = (t) => String(Math.round((t - t0) * 1000)).padStart(6);
    for (const entry of [...trace.values()].sort((a, b) => a.start - b.start)) {
      console.log(`${ms(entry.start)} ${entry.end ? ms(entry.end) : '     -'} ${String(entry.bytes ?? '').padStart(7)} ${entry.url.replace(url, '')}`);
    }
    console.log(`first figures at ${Math.round(firstFigures)} ms after the navigation started`);
  }
  await context.close();
  return result;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

async function measure(label, root, webDist, databaseUrl, browser) {
  console.log(`\n${label}: starting ${path.relative(process.cwd(), root) || '.'} (web: ${webDist}) on port ${PORT}…`);
  const app = await startApp(root, webDist, databaseUrl);
  try {
    const cookie = await sessionCookie(app.url);
    await coldLoad(browser, app.url, cookie, null); // warm the server (JIT, the database's caches)
    const figures = {};
    for (const [name, link] of [['machine', null], ['slow link', SLOW_LINK]]) {
      const runs = [];
      for (let i = 0; i < RUNS; i += 1) runs.push(await coldLoad(browser, app.url, cookie, link));
      figures[name] = {
        firstFigures: median(runs.map((run) => run.firstFigures)),
        jsBytes: median(runs.map((run) => run.jsBytes)),
        jsBodyBytes: median(runs.map((run) => run.jsBodyBytes)),
        jsFiles: median(runs.map((run) => run.jsFiles)),
        encodings: runs[0].encodings,
        all: runs.map((run) => Math.round(run.firstFigures)),
      };
      console.log(`  ${name}: first figures ${figures[name].all.join(', ')} ms`);
    }
    return figures;
  } finally {
    await app.stop();
  }
}

const head = git('rev-parse', 'HEAD');
const dirty = git('status', '--porcelain', '--', 'apps/web', 'apps/api/src').length > 0;
const base = baseRef(dirty);
const headWebDist = process.env.BENCH_WEB_DIST ?? path.join(repoRoot, 'dist/apps/web');
const baseApp = baseBuild(base);

const parent = mkdtempSync(path.join(tmpdir(), 'giao-ban-bench-web-'));
chmodSync(parent, 0o755);
console.log(`Starting PostgreSQL (embedded, port ${PG_PORT})…`);
const db = await startEmbeddedPostgres({ dataDir: path.join(parent, 'pg'), port: PG_PORT, persistent: false });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const before = await measure(`base ${base.slice(0, 12)}`, baseApp.apiRoot, path.join(baseApp.dir, 'dist/apps/web'), await db.createDatabase('gb_bench_web_base'), browser);
  const after = await measure(`this build ${head.slice(0, 12)}${dirty ? ' + uncommitted changes' : ''}`, repoRoot, headWebDist, await db.createDatabase('gb_bench_web_head'), browser);

  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
  const rows = [];
  for (const name of ['machine', 'slow link']) {
    const [b, a] = [before[name], after[name]];
    rows.push([`first figures, ${name} (median of ${RUNS})`, s(b.firstFigures), s(a.firstFigures), (a.firstFigures / b.firstFigures).toFixed(2)]);
    rows.push([`JS bodies received before them, ${name}`, `${kb(b.jsBodyBytes)} (${b.jsFiles} files, ${b.encodings})`, `${kb(a.jsBodyBytes)} (${a.jsFiles} files, ${a.encodings})`, (a.jsBodyBytes / b.jsBodyBytes).toFixed(2)]);
    rows.push([`  the same with response headers`, kb(b.jsBytes), kb(a.jsBytes), (a.jsBytes / b.jsBytes).toFixed(2)]);
  }
  const header = ['leader dashboard, empty cache', `base ${base.slice(0, 12)}`, `this build ${head.slice(0, 12)}${dirty ? '+' : ''}`, 'ratio'];
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => row[i].length)));
  const line = (row) => row.map((cell, i) => cell.padEnd(widths[i])).join('  ');
  console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${rows.map(line).join('\n')}`);
  console.log(`\nTargets (issue #14): first figures ≤ 1.00 s on the machine, ≤ 3.00 s on the slow link; JS before usable ≤ 300 KB compressed.`);
} finally {
  await browser.close();
  await db.stop();
  rmSync(parent, { recursive: true, force: true });
}
