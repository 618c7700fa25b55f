import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IntegrityManifest } from './integrity.ts';

/**
 * The versions the documentation pins: `…/npm/@council-components/address-lookup@0.2.0/dist/bundle/…` in a script
 * tag, `npm install @council-components/address-lookup@0.2.0`. The release rewrites every one to the version it
 * publishes (`scripts/release-version.mjs`, right after `changeset version`), and the release dry run checks that it
 * did, so a README never pins a version npm does not have.
 */
const PIN = /@council-components\/([a-z][a-z0-9-]*)@(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)/g;

/** A real SRI hash, as opposed to the placeholder `sha384-…` a README shows where the hash is the release's. */
const REAL_HASH = /^sha384-[A-Za-z0-9+/]{64}$/;

export interface PublishedPackage {
  name: string;
  version: string;
  /** The package's folder, relative to the repository. */
  dir: string;
}

/** Every public package in the repository's `packages/` folder, by name. */
export function publishedPackages(root: string): Map<string, PublishedPackage> {
  const found = new Map<string, PublishedPackage>();
  for (const entry of readdirSync(join(root, 'packages'), { withFileTypes: true })) {
    const file = join(root, 'packages', entry.name, 'package.json');
    if (!entry.isDirectory() || !existsSync(file)) continue;
    const json = JSON.parse(readFileSync(file, 'utf8')) as { name: string; version: string; private?: boolean };
    if (!json.private) found.set(json.name, { name: json.name, version: json.version, dir: `packages/${entry.name}` });
  }
  return found;
}

function markdownUnder(root: string, dir: string): string[] {
  if (!existsSync(join(root, dir))) return [];
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
    .map((entry) =>
      join(entry.parentPath, entry.name)
        .slice(root.length + 1)
        .split('\\')
        .join('/'),
    )
    .filter((file) => !file.split('/').includes('node_modules'));
}

/**
 * The documents that may pin a version, relative to `root`: the READMEs (the repository's, each package's, each
 * app's) and the docs site's pages. Changelogs are history and keep the versions they name.
 */
export function pinnedDocuments(root: string): string[] {
  const readmes = ['.', 'packages', 'apps'].flatMap((dir) =>
    dir === '.'
      ? ['README.md']
      : existsSync(join(root, dir))
        ? readdirSync(join(root, dir)).map((folder) => `${dir}/${folder}/README.md`)
        : [],
  );
  return [...readmes.filter((file) => existsSync(join(root, file))), ...markdownUnder(root, 'apps/docs/src')].sort();
}

/** `text` with every pin of a package in `versions` at that version; pins of other packages are left as they are. */
export function rewritePins(text: string, versions: ReadonlyMap<string, string>): string {
  return text.replace(PIN, (pin: string, folder: string) => {
    const version = versions.get(`@council-components/${folder}`);
    return version ? `@council-components/${folder}@${version}` : pin;
  });
}

const TAG = /<(?:script|link)\b[^>]*>/g;

/** In a `<script>` or `<link>` tag that loads a file of ours, by a pinned URL, with a real SRI hash: the three. */
function pinnedHashIn(tag: string): { hash: string; name: string; file: string } | undefined {
  const hash = /\bintegrity\s*=\s*["']([^"']*)["']/.exec(tag)?.[1];
  const [, folder, file] = /@council-components\/([a-z][a-z0-9-]*)@[^/\s"']+\/([^"'\s?#]+)/.exec(tag) ?? [];
  return hash && REAL_HASH.test(hash) && folder && file
    ? { hash, name: `@council-components/${folder}`, file }
    : undefined;
}

/**
 * Where a `<script>` or `<link>` tag pins a file of ours and quotes its real SRI hash, the hash `integrityOf` gives
 * for that file (the package's `dist/integrity.json`). The placeholder `sha384-…` is left as it is.
 */
export function rewriteHashes(
  text: string,
  integrityOf: (name: string, file: string) => string | undefined,
): { text: string; problems: string[] } {
  const problems: string[] = [];
  const rewritten = text.replace(TAG, (tag) => {
    const quoted = pinnedHashIn(tag);
    if (!quoted) return tag;
    const integrity = integrityOf(quoted.name, quoted.file);
    if (integrity) return tag.replace(quoted.hash, integrity);
    problems.push(`${quoted.name}/${quoted.file}: no hash in its dist/integrity.json (build first)`);
    return tag;
  });
  return { text: rewritten, problems };
}

/** Each pin in `text` at a version other than the one `versions` gives its package, or of a package not published. */
export function pinProblems(text: string, versions: ReadonlyMap<string, string>, file: string): string[] {
  const problems: string[] = [];
  text.split('\n').forEach((line, index) => {
    for (const [pin, folder = '', version] of line.matchAll(PIN)) {
      const want = versions.get(`@council-components/${folder}`);
      if (want === undefined)
        problems.push(`${file}:${index + 1}: ${pin} pins a package this release does not publish`);
      else if (version !== want) problems.push(`${file}:${index + 1}: ${pin}, but the release publishes ${want}`);
    }
  });
  return problems;
}

/** Whether a document quotes a real SRI hash of a file of ours: the release must then build before it rewrites hashes. */
export function quotesRealHashes(root: string): boolean {
  return pinnedDocuments(root).some((file) =>
    [...readFileSync(join(root, file), 'utf8').matchAll(TAG)].some(([tag]) => pinnedHashIn(tag) !== undefined),
  );
}

/**
 * Rewrites every pin in the documents to the package's version in its `package.json` (run after `changeset
 * version`) and, with `hashes`, every real SRI hash to the one in the package's built `dist/integrity.json`.
 * Returns the files changed, and what could not be made true.
 */
export function pinDocuments(root: string, { hashes }: { hashes: boolean }): { changed: string[]; problems: string[] } {
  const packages = publishedPackages(root);
  const versions = new Map([...packages.values()].map((pkg) => [pkg.name, pkg.version]));
  const integrity = new Map<string, IntegrityManifest | undefined>();
  const integrityOf = (name: string, file: string): string | undefined => {
    const dir = packages.get(name)?.dir;
    if (!dir) return undefined;
    if (!integrity.has(name)) {
      const manifest = join(root, dir, 'dist/integrity.json');
      integrity.set(
        name,
        existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as IntegrityManifest) : undefined,
      );
    }
    return integrity.get(name)?.[file]?.integrity;
  };
  const changed: string[] = [];
  const problems: string[] = [];
  for (const file of pinnedDocuments(root)) {
    const before = readFileSync(join(root, file), 'utf8');
    let after = rewritePins(before, versions);
    if (hashes) {
      const result = rewriteHashes(after, integrityOf);
      after = result.text;
      problems.push(...result.problems.map((text) => `${file}: ${text}`));
    }
    problems.push(...pinProblems(after, versions, file));
    if (after !== before) {
      writeFileSync(join(root, file), after);
      changed.push(file);
    }
  }
  return { changed, problems };
}
