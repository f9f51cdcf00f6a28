// Sums jest's own JSON results (tmp/test-results/*.json) into the one line CI reads:
//   tests: N passed, N failed
// A suite that crashed before running its tests counts as one failure, so it cannot look green.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const dir = path.resolve(import.meta.dirname, '..', 'tmp', 'test-results');
const expected = process.argv.slice(2); // e.g. shared api web e2e
let passed = 0;
let failed = 0;
const seen = [];
if (existsSync(dir)) {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const result = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
    const name = path.basename(file, '.json');
    seen.push(name);
    passed += result.numPassedTests;
    failed += result.numFailedTests + (result.numRuntimeErrorTestSuites ?? 0);
    console.log(
      `  ${name.padEnd(8)} ${result.numPassedTests} passed, ${result.numFailedTests} failed` +
        (result.numRuntimeErrorTestSuites ? `, ${result.numRuntimeErrorTestSuites} suites could not run` : ''),
    );
  }
}
for (const name of expected.filter((n) => !seen.includes(n))) {
  console.log(`  ${name.padEnd(8)} produced no results`);
  failed += 1;
}
// Figures some suites report of their own (fuzz, crash, database down, scoping matrix).
const countsDir = path.join(dir, 'counts');
if (existsSync(countsDir)) {
  for (const file of readdirSync(countsDir).filter((f) => f.endsWith('.txt')).sort()) {
    console.log(`  ${readFileSync(path.join(countsDir, file), 'utf8').trim()}`);
  }
}
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
