// A gate of ./council test: `pnpm new-component` makes a component that works.
//
// On a scratch copy of the repository (the repository itself is not touched):
// make a component with the scaffold, install, build it with the loader, the
// React wrappers and the docs site, then check that it passes the component
// contract suite in Chromium, type-checks, lints and is formatted, and appears
// in the loader, the React wrappers and the docs site.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const NAME = 'scaffold-check';
const TAG = `council-${NAME}`;
const scratch = mkdtempSync(join(tmpdir(), 'council-scaffold-'));
const problems = [];

const tracked = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' })
  .split('\n')
  .filter((file) => file && existsSync(file) && !file.startsWith('.test-results/'));
for (const file of tracked) {
  mkdirSync(join(scratch, dirname(file)), { recursive: true });
  cpSync(file, join(scratch, file));
}

/** Runs a step in the scratch copy; a failure is recorded with its output, and stops the check. */
function step(label, command, args, options = {}) {
  const started = Date.now();
  const run = spawnSync(command, args, { cwd: scratch, encoding: 'utf8', env: process.env, ...options });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (run.status === 0) {
    console.log(`  ok   ${label} (${seconds}s)`);
    return run.stdout;
  }
  problems.push(`${label} failed:\n${run.stdout ?? ''}${run.stderr ?? ''}`);
  throw new Error(label);
}

try {
  step('install, as a developer has', 'pnpm', ['install', '--offline', '--frozen-lockfile', '--reporter=silent']);
  step('pnpm new-component', 'pnpm', [
    'new-component',
    NAME,
    '--title',
    'Scaffold check',
    '--title-cy',
    'Gwiriad sgaffald',
  ]);
  // The lockfile gains the new package: resolved from pnpm's store and cache, the registry only if need be.
  step('install it', 'pnpm', ['install', '--prefer-offline', '--no-frozen-lockfile', '--reporter=silent']);
  step('build with the loader, React wrappers and docs site', 'pnpm', [
    'exec',
    'turbo',
    'run',
    'build',
    '--filter=@council-components/loader',
    '--filter=@council-components/react',
    '--filter=@council-components/docs',
    '--output-logs=errors-only',
    '--no-update-notifier',
  ]);
  step('typecheck', 'pnpm', ['exec', 'tsc', '-p', `packages/${NAME}/tsconfig.json`]);
  step('lint', 'pnpm', ['exec', 'eslint', `packages/${NAME}`, 'apps/sandbox/src/components.ts']);
  step('format', 'pnpm', ['exec', 'prettier', '--check', '--log-level=warn', `packages/${NAME}`, '.changeset']);
  step('the component contract suite, in Chromium', 'pnpm', ['exec', 'vitest', 'run', '--project', NAME]);
  step("its README's attributes against its custom-elements.json", 'pnpm', [
    'exec',
    'vitest',
    'run',
    '--project',
    'distribution',
    'src/custom-elements-manifest.test.ts',
  ]);

  const loader = readFileSync(join(scratch, 'packages/loader/src/components.generated.ts'), 'utf8');
  if (!loader.includes(`'${TAG}'`)) problems.push(`the loader does not load <${TAG}>`);
  const wrapper = join(scratch, `packages/react/src/generated/${NAME}.ts`);
  if (!existsSync(wrapper) || !readFileSync(wrapper, 'utf8').includes(TAG))
    problems.push(`no React wrapper for <${TAG}>`);
  const index = JSON.parse(readFileSync(join(scratch, 'apps/docs/storybook-static/index.json'), 'utf8'));
  const stories = Object.values(index.entries).filter(
    (entry) => entry.type === 'story' && entry.title === 'Components/Scaffold check',
  );
  if (stories.length !== 3) problems.push(`the docs site shows ${stories.length} of its 3 stories`);
  else console.log(`  ok   in the loader, the React wrappers and the docs site (${stories.length} stories)`);
} catch {
  // Recorded above.
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

if (problems.length > 0) {
  console.error(problems.join('\n\n'));
  process.exit(1);
}
console.log(`pnpm new-component makes a working component: <${TAG}> passed every check`);
