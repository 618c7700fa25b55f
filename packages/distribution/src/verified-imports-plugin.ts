import { createHash } from 'node:crypto';
import { dirname, posix } from 'node:path';
import MagicString from 'magic-string';
import type { Plugin } from 'rolldown';
import { VERIFIED_IMPORT_RUNTIME } from './verified-import-runtime.ts';

/** Same length as a real `sha384-…` value (7 + 64 characters), so replacing it moves nothing in the source map. */
const placeholderFor = (index: number): string =>
  `sha384-CCUKINTEGRITY${String(index).padStart(6, '0')}`.padEnd(71, '_');
const PLACEHOLDER = /sha384-CCUKINTEGRITY(\d{6})_+/g;
const DYNAMIC_IMPORT = /\bimport\((["'`])(\.{1,2}\/[^"'`]+)\1\)/g;

interface ChunkGraph {
  [fileName: string]: { imports: string[] } | undefined;
}

function staticClosure(fileName: string, chunks: ChunkGraph, into = new Set<string>()): Set<string> {
  if (into.has(fileName)) return into;
  into.add(fileName);
  for (const imported of chunks[fileName]?.imports ?? []) staticClosure(imported, chunks, into);
  return into;
}

function relativeSpecifier(from: string, to: string): string {
  const path = posix.relative(dirname(from) === '.' ? '' : dirname(from), to);
  return path.startsWith('.') ? path : `./${path}`;
}

/**
 * Subresource Integrity for code a chunk loads later. Every `import("./x.js")`
 * in the output becomes a call that first fetches `x.js` and each chunk it
 * needs that is not loaded yet, each with its sha384 hash, then imports it
 * (see verified-import-runtime.ts). Hashes are written once the files they
 * hash are final, so a page that loads the first file with `integrity` gets
 * every file after it verified too: the loader, and a component's lazy parts.
 * The build fails if anything could escape that: an entry with static
 * imports, a chunk importing an entry, an `import()` left unrewritten.
 */
export function verifiedImportsPlugin(): Plugin {
  const placeholders: string[] = [];
  /** Chunk → the lazy imports rewritten in it. */
  const rewrittenIn = new Map<string, Set<string>>();
  return {
    name: 'council-components:verified-imports',
    renderChunk(code, chunk, _options, meta) {
      const chunks = meta.chunks as ChunkGraph;
      const loaded = staticClosure(chunk.fileName, chunks);
      const output = new MagicString(code);
      let rewritten = false;
      for (const match of code.matchAll(DYNAMIC_IMPORT)) {
        const specifier = match[2] ?? '';
        const target = posix.normalize(posix.join(dirname(chunk.fileName), specifier));
        if (!chunks[target]) continue;
        rewrittenIn.set(chunk.fileName, (rewrittenIn.get(chunk.fileName) ?? new Set()).add(target));
        const needed = [...staticClosure(target, chunks)].filter((file) => !loaded.has(file));
        const files = needed.map((file) => {
          placeholders.push(file);
          return [relativeSpecifier(chunk.fileName, file), placeholderFor(placeholders.length - 1)];
        });
        output.overwrite(
          match.index,
          match.index + match[0].length,
          `__ccukImport(${JSON.stringify(specifier)},${JSON.stringify(files)})`,
        );
        rewritten = true;
      }
      if (!rewritten) return null;
      output.prepend(VERIFIED_IMPORT_RUNTIME);
      return { code: output.toString(), map: output.generateMap({ hires: true }) };
    },
    generateBundle(_options, bundle) {
      const integrity = new Map<string, string>();
      const visiting = new Set<string>();
      const finalise = (fileName: string): string => {
        const known = integrity.get(fileName);
        if (known) return known;
        const chunk = bundle[fileName];
        if (chunk?.type !== 'chunk') throw new Error(`verified imports: ${fileName} is not a chunk of this build`);
        if (visiting.has(fileName)) throw new Error(`verified imports: ${fileName} needs its own hash`);
        visiting.add(fileName);
        chunk.code = chunk.code.replace(PLACEHOLDER, (_placeholder, index: string) => {
          const file = placeholders[Number(index)];
          if (!file) throw new Error(`verified imports: unknown placeholder ${index}`);
          return finalise(file);
        });
        visiting.delete(fileName);
        const value = `sha384-${createHash('sha384').update(chunk.code).digest('base64')}`;
        integrity.set(fileName, value);
        return value;
      };
      for (const [fileName, output] of Object.entries(bundle)) if (output.type === 'chunk') finalise(fileName);

      // What the checks above cannot see must not ship: a page's `integrity` attribute covers the entry file only.
      const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
      const entries = new Set(chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName));
      for (const chunk of chunks) {
        if (chunk.isEntry && chunk.imports.length > 0) {
          this.error(
            `${chunk.fileName} is an entry that imports ${chunk.imports.join(', ')}, which nothing would check`,
          );
        }
        const intoEntry = chunk.imports.find((imported) => entries.has(imported));
        if (intoEntry)
          this.error(`${chunk.fileName} imports the entry ${intoEntry}, which a page may load from another URL`);
        const unchecked = chunk.dynamicImports.filter((target) => !rewrittenIn.get(chunk.fileName)?.has(target));
        // Every import() left is the runtime's own, once per copy of the runtime: anything else escaped the check.
        const imports = chunk.code.match(/\bimport\(/g)?.length ?? 0;
        const runtimes = rewrittenIn.has(chunk.fileName) ? 1 : 0;
        if (unchecked.length > 0 || imports > runtimes) {
          this.error(`${chunk.fileName} has an import() the plugin could not check`);
        }
      }
    },
  };
}
