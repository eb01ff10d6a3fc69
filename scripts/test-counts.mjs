// Prints the closing test counts of a CI run from its Vitest and Playwright JSON reports:
//   node scripts/test-counts.mjs "unit and component=reports/unit.json" "browser=test-results/e2e.json" ...
// A report that is missing (its step never ran) is left out; the last line is the total.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
const lines = [];

function counts(report) {
  if (report.stats) {
    // Playwright: a flaky test passed on retry.
    const { stats } = report;
    return { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped };
  }
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

for (const arg of process.argv.slice(2)) {
  const at = arg.lastIndexOf('=');
  const [label, file] = [arg.slice(0, at), arg.slice(at + 1)];
  if (!existsSync(file)) continue;
  const c = counts(JSON.parse(readFileSync(file, 'utf8')));
  lines.push(`${label}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
  passed += c.passed;
  failed += c.failed;
  skipped += c.skipped;
}
console.log('\n==> Test counts');
for (const line of lines) console.log(line);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
