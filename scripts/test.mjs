// Every gate and every test, in the order a failure is cheapest to find.
// The last line is always exactly "N passed, N failed" for CI: a failed gate,
// a test file that did not load, or a missing report all count as failures.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const resultsFile = '.test-results/vitest.json';
const turbo = (task) => ['exec', 'turbo', 'run', task, '--output-logs=errors-only', '--no-update-notifier'];

const steps = [
  ['chromium', 'node', ['scripts/chromium-check.mjs']],
  ['build', 'pnpm', turbo('build')],
  ['typecheck', 'pnpm', turbo('typecheck')],
  ['lint', 'pnpm', ['exec', 'eslint', '.']],
  ['format', 'pnpm', ['exec', 'prettier', '--check', '--log-level=warn', '.']],
  ['package-check', 'pnpm', turbo('package-check')],
  ['size budgets', 'node', ['bench/bundle-size.bench.mjs', '--check']],
  ['release dry run', 'node', ['scripts/release-dry-run.mjs']],
  ['new component', 'node', ['scripts/scaffold-check.mjs']],
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
try {
  const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
  passed = results.numPassedTests;
  failed = results.numFailedTests + results.numFailedTestSuites;
  skipped = results.numPendingTests + results.numTodoTests;
  if (results.numTotalTests === 0) failed += 1;
} catch {
  // No report: the tests did not run, or Vitest crashed.
  failed += 1;
}
const failedGates = outcomes.filter((outcome) => !outcome.ok && outcome.name !== 'tests');

console.log('\n── summary ──');
for (const outcome of outcomes) console.log(`${outcome.ok ? 'ok  ' : 'FAIL'} ${outcome.name} (${outcome.seconds}s)`);
console.log(
  `gates: ${outcomes.length - failedGates.length} passed, ${failedGates.length} failed; tests skipped: ${skipped}`,
);
console.log(`${passed} passed, ${failed + failedGates.length} failed`);
process.exit(failedGates.length === 0 && failed === 0 && outcomes.every((outcome) => outcome.ok) ? 0 : 1);
