// Prints the closing test counts of a CI run from the Vitest and Playwright JSON reports.
import { existsSync, readFileSync } from 'node:fs';

const [unitFile, e2eFile] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
const lines = [];

if (unitFile && existsSync(unitFile)) {
  const unit = JSON.parse(readFileSync(unitFile, 'utf8'));
  const unitSkipped = (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
  lines.push(
    `unit and component: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed, ${unitSkipped} skipped`,
  );
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  skipped += unitSkipped;
}
if (e2eFile && existsSync(e2eFile)) {
  const { stats } = JSON.parse(readFileSync(e2eFile, 'utf8'));
  const e2ePassed = stats.expected + stats.flaky;
  lines.push(`browser (Playwright): ${e2ePassed} passed, ${stats.unexpected} failed, ${stats.skipped} skipped`);
  passed += e2ePassed;
  failed += stats.unexpected;
  skipped += stats.skipped;
}
console.log('\n==> Test counts');
for (const line of lines) console.log(line);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
