#!/usr/bin/env node
/**
 * First-load budget of the web app.
 *
 * Reads Vite's build manifest and works out what the browser must download before the login
 * page can render: the HTML entry chunk, every chunk it imports statically (transitively), and
 * the lazily loaded login route chunk with its own static imports. Prints every chunk's raw and
 * gzip size and fails (exit 1) when that first-load JavaScript exceeds the budget.
 *
 *   node apps/web/scripts/check-bundle.mjs [--budget-kb 300] [--dist dist/apps/web]
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const workspaceRoot = resolve(here, '../../..');

function option(name, fallback) {
  const index = process.argv.indexOf(name);
  return index > -1 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

const budgetKb = Number(option('--budget-kb', '300'));
const distDir = resolve(workspaceRoot, option('--dist', 'dist/apps/web'));
/** Source modules (manifest keys) of the routes that make up the first page. */
const FIRST_PAGE_ROUTES = ['src/app/routes/auth/login.tsx'];

const manifestPath = join(distDir, '.vite', 'manifest.json');
if (!existsSync(manifestPath)) {
  console.error(`check-bundle: no manifest at ${manifestPath}. Run "vite build -c apps/web/vite.config.mts" first.`);
  process.exit(1);
}
/** @type {Record<string, {file: string, src?: string, name?: string, isEntry?: boolean, isDynamicEntry?: boolean, imports?: string[], dynamicImports?: string[], css?: string[]}>} */
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));

const sizes = new Map();
function sizeOf(file) {
  if (!sizes.has(file)) {
    const content = readFileSync(join(distDir, file));
    sizes.set(file, { raw: content.length, gzip: gzipSync(content, { level: 9 }).length });
  }
  return sizes.get(file);
}

/** Manifest keys reachable from `key` through static imports, `key` included. */
function staticClosure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  const chunk = manifest[key];
  if (!chunk) throw new Error(`check-bundle: manifest has no chunk "${key}"`);
  seen.add(key);
  for (const imported of chunk.imports ?? []) staticClosure(imported, seen);
  return seen;
}

const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry);
if (entries.length === 0) {
  console.error('check-bundle: the manifest has no entry chunk.');
  process.exit(1);
}
const firstLoad = new Set();
for (const entry of entries) staticClosure(entry, firstLoad);
for (const route of FIRST_PAGE_ROUTES) {
  if (!manifest[route]) {
    console.error(`check-bundle: route module "${route}" is not in the manifest (renamed?). Update FIRST_PAGE_ROUTES.`);
    process.exit(1);
  }
  staticClosure(route, firstLoad);
}

const firstLoadFiles = new Set([...firstLoad].map((key) => manifest[key].file));
const jsFiles = [...new Set(Object.values(manifest).map((chunk) => chunk.file))].filter((file) => file.endsWith('.js'));
const cssFiles = [...new Set(Object.values(manifest).flatMap((chunk) => chunk.css ?? []))];
const firstLoadCss = new Set([...firstLoad].flatMap((key) => manifest[key].css ?? []));

const kb = (bytes) => (bytes / 1024).toFixed(2);
const rows = [...jsFiles, ...cssFiles]
  .map((file) => ({ file, ...sizeOf(file), first: firstLoadFiles.has(file) || firstLoadCss.has(file) }))
  .sort((a, b) => Number(b.first) - Number(a.first) || b.gzip - a.gzip);

const width = Math.max(...rows.map((row) => row.file.length), 5);
console.log(`\n${'chunk'.padEnd(width)}  ${'raw KB'.padStart(9)}  ${'gzip KB'.padStart(9)}  first load`);
console.log(`${'-'.repeat(width)}  ${'-'.repeat(9)}  ${'-'.repeat(9)}  ----------`);
for (const row of rows) {
  console.log(`${row.file.padEnd(width)}  ${kb(row.raw).padStart(9)}  ${kb(row.gzip).padStart(9)}  ${row.first ? 'yes' : ''}`);
}

const sum = (files, field) => [...files].reduce((total, file) => total + sizeOf(file)[field], 0);
const firstJsGzip = sum(firstLoadFiles, 'gzip');
const firstJsRaw = sum(firstLoadFiles, 'raw');
const allJsGzip = sum(jsFiles, 'gzip');

console.log('');
console.log(`all JavaScript:            ${jsFiles.length} chunks, ${kb(sum(jsFiles, 'raw'))} KB raw, ${kb(allJsGzip)} KB gzip`);
console.log(
  `first load (login page):   ${firstLoadFiles.size} chunks, ${kb(firstJsRaw)} KB raw, ${kb(firstJsGzip)} KB gzip` +
    ` (budget ${budgetKb} KB gzip)`,
);
if (firstLoadCss.size > 0) console.log(`first load CSS:            ${kb(sum(firstLoadCss, 'gzip'))} KB gzip`);

// The leader's way to the dashboard's first figures, for the record (bench/web-dashboard.mjs
// measures it in a browser, issue #14): on a slow HTTP/1.1 line each file is a round trip.
const leaderDashboard = new Set();
for (const key of [...entries, 'src/app/index.tsx', 'src/app/routes/app/root.tsx', 'src/app/routes/app/dashboard.tsx', 'src/app/routes/app/period-dashboard.tsx']) {
  if (manifest[key]) staticClosure(key, leaderDashboard);
}
const leaderDashboardFiles = new Set([...leaderDashboard].map((key) => manifest[key].file));
console.log(`leader's dashboard:        ${leaderDashboardFiles.size} chunks, ${kb(sum(leaderDashboardFiles, 'gzip'))} KB gzip before its first figures (measured: bench/web-dashboard.mjs)`);

if (firstJsGzip > budgetKb * 1024) {
  console.error(`\ncheck-bundle: FAIL — the login page needs ${kb(firstJsGzip)} KB of gzipped JavaScript, over the ${budgetKb} KB budget.`);
  process.exit(1);
}
console.log(`check-bundle: OK — ${kb(firstJsGzip)} KB of ${budgetKb} KB.`);
