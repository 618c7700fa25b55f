import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const packagesDir = resolve(import.meta.dirname, '../..');

/** A file of a workspace package (`packages/<folder>/<path>`), parsed as JSON: what its build or release says. */
export function packageJsonFile(folder: string, path = 'package.json'): unknown {
  return JSON.parse(readFileSync(resolve(packagesDir, folder, path), 'utf8'));
}

/** A workspace package's version, as its package.json says: the version its release and the CDN carry. */
export function packageVersion(folder: string): string {
  return (packageJsonFile(folder) as { version: string }).version;
}

/**
 * The SRI hash a workspace package publishes for one of its files (`file` relative to the package, `dist/…`), from
 * its built `dist/integrity.json`; undefined before the package is built, or for a file it does not publish.
 */
export function publishedIntegrity(folder: string, file: string): string | undefined {
  try {
    const manifest = packageJsonFile(folder, 'dist/integrity.json') as Record<
      string,
      { integrity: string } | undefined
    >;
    return manifest[file]?.integrity;
  } catch {
    return undefined;
  }
}
