import { existsSync } from 'node:fs';
import path from 'node:path';

const repoRoot = path.resolve(import.meta.dirname, '../../../..');

/**
 * A file of the built API (dist/apps/api), for specs that run it as its own process — the crash
 * test, the backup command line. The api test target depends on the api build (project.json), so
 * `npm test` and `nx run api:test` build it first (from Nx's cache when nothing changed); a spec
 * run alone with jest uses the last build.
 */
export function builtApi(file: string): string {
  const built = path.join(repoRoot, 'dist', 'apps', 'api', file);
  if (!existsSync(built)) {
    throw new Error(`${path.relative(repoRoot, built)} is missing: build the API first (npx nx run-many -t build -p shared api); npm test does it by itself.`);
  }
  return built;
}
