// The release's version step, in place of `pnpm changeset version`:
//
// 1. `changeset version`: every package a pending changeset names gets its new version and CHANGELOG entry.
// 2. Every version the documentation pins (`…/npm/@council-components/<package>@<version>/…` in the READMEs and
//    the docs site's pages) becomes the version of that package now in its package.json: the one this release
//    publishes (packages/distribution/src/readme-pins.ts).
// 3. Where a document quotes a real SRI hash of a file of ours (not the placeholder `sha384-…`), the packages are
//    built and the hash becomes the one in the package's `dist/integrity.json`: a bundle names its version, so its
//    hash changes with every release.
//
// `--no-build` leaves out 3 (the release dry run, which checks the pins and builds nothing); `--pins-only` does
// only 2 and 3 (again, after a document was put right).
// Then review the versions, changelogs and pins, commit, build, and `pnpm publish -r`.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pinDocuments, quotesRealHashes } from '../packages/distribution/src/readme-pins.ts';

const root = process.cwd();
const build = !process.argv.includes('--no-build');
const pinsOnly = process.argv.includes('--pins-only');

const run = (command, args) => {
  const { status } = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (status !== 0) {
    console.error(`release-version: ${[command, ...args].join(' ')} failed`);
    process.exit(1);
  }
};

if (!pinsOnly) run(process.execPath, [join(root, 'node_modules/@changesets/cli/bin.js'), 'version']);

const hashes = build && quotesRealHashes(root);
if (hashes) run('pnpm', ['exec', 'turbo', 'run', 'build', '--output-logs=errors-only', '--no-update-notifier']);

const { changed, problems } = pinDocuments(root, { hashes });
for (const file of changed) console.log(`release-version: pinned the released versions in ${file}`);
if (problems.length > 0) {
  console.error(`release-version: ${problems.length} pin(s) could not be made true:`);
  for (const text of problems) console.error(`  - ${text}`);
  console.error('Put them right, then: node scripts/release-version.mjs --pins-only');
  process.exit(1);
}
