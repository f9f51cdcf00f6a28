// Plain ESM on purpose: jest's global setup and the child processes of embedded-postgres.spec.ts run
// outside jest's transform, yet must use the app's own embedded PostgreSQL helper, not a copy of
// its logic. That file imports only Node's modules, so swc (jest's compiler here) compiles it alone,
// into tmp/ of the checkout (from there `embedded-postgres` resolves to the checkout's package).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import swc from '@swc/core';

const repoRoot = path.resolve(import.meta.dirname, '../../../..');
const source = path.join(repoRoot, 'apps/api/src/database/embedded-postgres.ts');

/** @returns {Promise<typeof import('../../src/database/embedded-postgres.js')>} */
export async function importEmbeddedPostgresHelper() {
  const { code } = swc.transformFileSync(source, {
    swcrc: false,
    sourceMaps: false,
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'es6' },
  });
  const outDir = path.join(repoRoot, 'tmp', 'embedded-postgres-helper');
  const file = path.join(outDir, `embedded-postgres.${createHash('sha256').update(code).digest('hex').slice(0, 12)}.mjs`);
  if (!existsSync(file)) {
    mkdirSync(outDir, { recursive: true });
    const partial = `${file}.${process.pid}`;
    writeFileSync(partial, code);
    renameSync(partial, file); // test runs of other people in the same checkout may race here
  }
  return import(pathToFileURL(file).href);
}
