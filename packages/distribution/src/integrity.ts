import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync } from 'node:zlib';

/** A Subresource Integrity value: what goes in `<script integrity="…">`. */
export function subresourceIntegrity(bytes: Uint8Array): string {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

export interface IntegrityEntry {
  integrity: string;
  bytes: number;
  brotliBytes: number;
}

/** File (relative to the package) → its SRI hash and sizes. Published as `dist/integrity.json` with each release. */
export type IntegrityManifest = Record<string, IntegrityEntry>;

function javascriptFilesUnder(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

export function integrityOf(file: string): IntegrityEntry {
  const bytes = readFileSync(file);
  return {
    integrity: subresourceIntegrity(bytes),
    bytes: bytes.length,
    brotliBytes: brotliCompressSync(bytes).length,
  };
}

/** Hashes every `.js` file under `directories` and writes `manifestFile`, keyed by path relative to `packageDir`. */
export function writeIntegrityManifest(
  packageDir: string,
  directories: string[],
  manifestFile: string,
): IntegrityManifest {
  const manifest: IntegrityManifest = {};
  for (const directory of directories) {
    for (const file of javascriptFilesUnder(directory)) {
      manifest[relative(packageDir, file).split('\\').join('/')] = integrityOf(file);
    }
  }
  writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
