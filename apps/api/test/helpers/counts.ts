import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const COUNTS_DIR = path.resolve(import.meta.dirname, '../../../../tmp/test-results/counts');

/**
 * A suite's own figures (requests fuzzed, writes found after a crash…) as one plain line: printed
 * now, and kept for scripts/test-summary.mjs, which prints every such line at the end of CI.
 */
export function reportCounts(name: string, line: string): void {
  mkdirSync(COUNTS_DIR, { recursive: true });
  writeFileSync(path.join(COUNTS_DIR, `${name}.txt`), `${line}\n`);
  console.log(line);
}
