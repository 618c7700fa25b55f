// The release, rehearsed without publishing anything (a gate of ./council test).
//
// 1. The release's version step (scripts/release-version.mjs: `changeset version`,
//    then the documentation's pins) on a scratch copy of the repository: every
//    package a pending changeset names gets the version it asks for and a
//    CHANGELOG entry with its summary, packages that ship a bumped package inside
//    them are bumped too, the changesets are used up, and every version a README
//    or docs page pins (`@council-components/<package>@<version>`) is the one the
//    release publishes. The repository itself is not touched.
// 2. Every public package packed as npm would publish it (`pnpm pack`): the
//    right files and nothing else (no sources, tests, stories or fixtures), every
//    `exports`, `types`, `unpkg`/`jsdelivr` and `customElements` target present,
//    no `workspace:` ranges left, the MIT licence, and the SRI hashes in
//    `dist/integrity.json` matching the files published beside them.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { subresourceIntegrity } from '../packages/distribution/src/integrity.ts';
import { pinProblems, pinnedDocuments } from '../packages/distribution/src/readme-pins.ts';

const root = process.cwd();
const problems = [];
const problem = (text) => problems.push(text);
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

const packages = readdirSync('packages')
  .filter((folder) => existsSync(join('packages', folder, 'package.json')))
  .map((folder) => ({ folder, json: readJson(join('packages', folder, 'package.json')) }));
const published = packages.filter(({ json }) => !json.private);
// Released but not on npm (privatePackages.version in .changeset/config.json): the CMS integrations, whose
// release is a file such as the WordPress plugin's zip.
const integrations = readdirSync('integrations')
  .filter((folder) => existsSync(join('integrations', folder, 'package.json')))
  .map((folder) => ({
    dir: join('integrations', folder),
    json: readJson(join('integrations', folder, 'package.json')),
  }));
const versioned = [...published.map(({ folder, json }) => ({ dir: join('packages', folder), json })), ...integrations];
const byName = new Map([...packages, ...integrations].map((pkg) => [pkg.json.name, pkg]));

// ── 1. changeset version, on a scratch copy ──

function pendingChangesets(dir) {
  return readdirSync(join(dir, '.changeset'))
    .filter((file) => file.endsWith('.md') && file !== 'README.md')
    .map((file) => {
      const text = readFileSync(join(dir, '.changeset', file), 'utf8');
      const [, front = '', summary = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
      const releases = [...front.matchAll(/^['"]?([^'":]+)['"]?\s*:\s*(major|minor|patch)\s*$/gm)].map(
        ([, name, type]) => ({
          name,
          type,
        }),
      );
      return { file, releases, summary: summary.trim() };
    });
}

const RANK = { patch: 0, minor: 1, major: 2 };
function bump(version, type) {
  const [major, minor, patch] = version.split('.').map(Number);
  // Changesets bumps 0.x versions as it would any other.
  if (type === 'major') return `${major + 1}.0.0`;
  if (type === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

const changesets = pendingChangesets(root);
const scratch = mkdtempSync(join(tmpdir(), 'council-release-'));
const tracked = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' })
  .split('\n')
  .filter((file) => file && existsSync(file));
for (const file of tracked) {
  mkdirSync(join(scratch, dirname(file)), { recursive: true });
  cpSync(file, join(scratch, file));
}
symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'), 'dir');
for (const { folder } of packages) {
  if (existsSync(join(root, 'packages', folder, 'node_modules'))) {
    symlinkSync(
      join(root, 'packages', folder, 'node_modules'),
      join(scratch, 'packages', folder, 'node_modules'),
      'dir',
    );
  }
}

const version = spawnSync(process.execPath, [join(scratch, 'scripts/release-version.mjs'), '--no-build'], {
  cwd: scratch,
  encoding: 'utf8',
});
if (version.status !== 0) problem(`the version step failed:\n${version.stdout}${version.stderr}`);

// What each package should become: the highest bump any changeset asks for, then
// a patch for every package that depends on a bumped one (updateInternalDependencies).
const expected = new Map();
for (const { releases } of changesets) {
  for (const { name, type } of releases) {
    if (!byName.has(name)) problem(`a changeset names ${name}, which is not a package here`);
    if (!expected.has(name) || RANK[type] > RANK[expected.get(name)]) expected.set(name, type);
  }
}
let grew = true;
while (grew) {
  grew = false;
  for (const { json } of published) {
    if (expected.has(json.name)) continue;
    if (Object.keys(json.dependencies ?? {}).some((dependency) => expected.has(dependency))) {
      expected.set(json.name, 'patch');
      grew = true;
    }
  }
}

const report = [];
const released = new Map();
for (const { dir, json } of versioned) {
  const after = readJson(join(scratch, dir, 'package.json')).version;
  const type = expected.get(json.name);
  const want = type ? bump(json.version, type) : json.version;
  released.set(json.name, want);
  report.push(`${json.name}: ${json.version} → ${after}${type ? ` (${type})` : ''}`);
  if (after !== want) problem(`${json.name} became ${after}, expected ${want}`);
  if (!type) continue;
  const changelogFile = join(scratch, dir, 'CHANGELOG.md');
  const changelog = existsSync(changelogFile) ? readFileSync(changelogFile, 'utf8') : '';
  if (!changelog.includes(`## ${want}`)) problem(`${json.name}: CHANGELOG.md has no "## ${want}" entry`);
  for (const changeset of changesets.filter((entry) => entry.releases.some((release) => release.name === json.name))) {
    const firstLine = changeset.summary.split('\n')[0];
    if (!changelog.includes(firstLine)) problem(`${json.name}: CHANGELOG.md lacks the summary of ${changeset.file}`);
  }
}
if (pendingChangesets(scratch).length > 0) problem('changesets are left after `changeset version`');
// Only what a release ships gets a version: no other private package (the sandbox, the docs site, test helpers).
for (const { folder, json } of packages.filter((pkg) => pkg.json.private)) {
  const after = readJson(join(scratch, 'packages', folder, 'package.json')).version;
  if (after !== json.version) problem(`${json.name} is private but became ${after}`);
}
// A README or docs page pins only the versions this release publishes.
for (const file of pinnedDocuments(scratch)) {
  for (const text of pinProblems(readFileSync(join(scratch, file), 'utf8'), released, file)) problem(text);
}
rmSync(scratch, { recursive: true, force: true });

// ── 2. publish dry run: pack each public package and look inside ──

const licence = readFileSync('LICENSE', 'utf8');
const ALLOWED = [
  /^package\.json$/,
  /^README\.md$/,
  /^LICENSE$/,
  /^CHANGELOG\.md$/,
  /^custom-elements\.json$/,
  /^dist\//,
  /^openapi\/[\w.-]+\.json$/,
];
const FORBIDDEN = [/\.(test|stories|fixtures)\.[jt]sx?(\.map)?$/, /\.d\.ts\.map$/, /\.tsbuildinfo$/, /(^|\/)src\//];
const packDir = mkdtempSync(join(tmpdir(), 'council-pack-'));

function targetsOf(value) {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(targetsOf);
  return [];
}
const matches = (pattern, files) => {
  const path = pattern.replace(/^\.\//, '');
  if (!path.includes('*')) return files.has(path);
  const [prefix, suffix] = path.split('*');
  return [...files].some((file) => file.startsWith(prefix) && file.endsWith(suffix));
};

for (const { folder, json } of published) {
  const dir = join(root, 'packages', folder);
  const pack = spawnSync('pnpm', ['pack', '--pack-destination', packDir, '--json'], { cwd: dir, encoding: 'utf8' });
  if (pack.status !== 0) {
    problem(`${json.name}: pnpm pack failed: ${pack.stderr}`);
    continue;
  }
  const tarball = readdirSync(packDir).find((file) => file.startsWith(json.name.replace('@', '').replace('/', '-')));
  const unpacked = join(packDir, folder);
  mkdirSync(unpacked);
  execFileSync('tar', ['-xzf', join(packDir, tarball), '-C', unpacked]);
  const base = join(unpacked, 'package');
  const files = new Set(
    readdirSync(base, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name).slice(base.length + 1)),
  );

  for (const file of files) {
    if (!ALLOWED.some((pattern) => pattern.test(file)) || FORBIDDEN.some((pattern) => pattern.test(file))) {
      problem(`${json.name}: would publish ${file}`);
    }
  }
  const manifestText = readFileSync(join(base, 'package.json'), 'utf8');
  if (manifestText.includes('workspace:')) problem(`${json.name}: package.json still has workspace: ranges`);
  const manifest = JSON.parse(manifestText);
  for (const [dependency, range] of Object.entries(manifest.dependencies ?? {})) {
    const local = byName.get(dependency);
    if (local && !range.includes(local.json.version))
      problem(`${json.name}: depends on ${dependency}@${range}, not ${local.json.version}`);
  }
  if (readFileSync(join(base, 'LICENSE'), 'utf8') !== licence)
    problem(`${json.name}: LICENSE is missing or differs from the repository's`);
  for (const target of [
    ...targetsOf(manifest.exports),
    manifest.unpkg,
    manifest.jsdelivr,
    manifest.customElements,
  ].filter(Boolean)) {
    if (!matches(target, files)) problem(`${json.name}: ${target} is declared but not published`);
  }
  if (files.has('dist/integrity.json')) {
    const integrity = readJson(join(base, 'dist/integrity.json'));
    for (const [file, { integrity: hash }] of Object.entries(integrity)) {
      const actual = files.has(file) ? subresourceIntegrity(readFileSync(join(base, file))) : 'missing';
      if (actual !== hash) problem(`${json.name}: integrity.json does not match the published ${file}`);
    }
  } else if (manifest.unpkg) {
    problem(`${json.name}: ships a script-tag file without dist/integrity.json`);
  }
  report.push(`${json.name}@${json.version}: ${files.size} files would be published`);
}
rmSync(packDir, { recursive: true, force: true });

console.log(`${changesets.length} pending changeset(s)`);
for (const line of report) console.log(`  ${line}`);
if (problems.length > 0) {
  console.log(`\n${problems.length} problem(s):`);
  for (const line of problems) console.log(`  - ${line}`);
  process.exit(1);
}
console.log('release dry run: every package would version and publish cleanly');
