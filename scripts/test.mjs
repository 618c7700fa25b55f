// Every gate and every test, in the order a failure is cheapest to find.
// The last line is "N passed, N failed" for CI.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const resultsFile = '.test-results/vitest.json';

const steps = [
  ['chromium', 'node', ['scripts/chromium-check.mjs']],
  ['build', 'pnpm', ['exec', 'turbo', 'run', 'build', '--output-logs=errors-only']],
  ['typecheck', 'pnpm', ['exec', 'turbo', 'run', 'typecheck', '--output-logs=errors-only']],
  ['lint', 'pnpm', ['exec', 'eslint', '.']],
  ['format', 'pnpm', ['exec', 'prettier', '--check', '--log-level=warn', '.']],
  ['publint', 'pnpm', ['exec', 'turbo', 'run', 'publint', '--output-logs=errors-only']],
  [
    'tests',
    'pnpm',
    ['exec', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${resultsFile}`],
  ],
];

mkdirSync('.test-results', { recursive: true });
rmSync(resultsFile, { force: true });

const outcomes = [];
for (const [name, command, args] of steps) {
  console.log(`\n── ${name} ──`);
  const started = Date.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  outcomes.push({ name, ok: status === 0, seconds: ((Date.now() - started) / 1000).toFixed(1) });
  // Without Chromium or a build nothing else can be judged.
  if (status !== 0 && (name === 'chromium' || name === 'build')) break;
}

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(resultsFile)) {
  const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
  passed = results.numPassedTests;
  failed = results.numFailedTests;
  skipped = results.numPendingTests + results.numTodoTests;
  if (results.numTotalTests === 0) failed += 1;
}
const failedGates = outcomes.filter((outcome) => !outcome.ok);

console.log('\n── summary ──');
for (const outcome of outcomes) console.log(`${outcome.ok ? 'ok  ' : 'FAIL'} ${outcome.name} (${outcome.seconds}s)`);
console.log(`gates: ${outcomes.length - failedGates.length} passed, ${failedGates.length} failed`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failedGates.length === 0 && failed === 0 ? 0 : 1);
