import { basename, dirname, join } from 'node:path';
import { build } from 'vite';
import { BROWSER_TARGETS } from './browser-targets.ts';
import { collapseTemplateWhitespacePlugin } from './vite-collapse-template-whitespace-plugin.ts';
import { verifiedImportsPlugin } from './vite-verified-imports-plugin.ts';
import { purgeCouncilCssPlugin, type PurgeReport } from './vite-purge-css-plugin.ts';

export interface ScriptTagBundleOptions {
  packageDir: string;
  /** The module that defines the package's elements, e.g. `src/define.ts`. */
  entry: string;
  /** Where the bundle goes, relative to the package: the `unpkg`/`jsdelivr` path. */
  outFile: string;
  /** Leave what is already in the output folder (a second bundle of the same package). */
  keepOutDir?: boolean;
}

/**
 * One self-contained, minified ES module for `<script type="module" src>`:
 * Lit, core and only the CSS its elements render, inlined. Code the element
 * loads only on demand (`import()`, e.g. a vendor's address source) becomes a
 * file beside it, fetched with its SRI hash when first needed. Built as an
 * application entry (not a library) so whitespace is minified too.
 */
export async function buildScriptTagBundle(options: ScriptTagBundleOptions): Promise<PurgeReport | undefined> {
  let report: PurgeReport | undefined;
  await build({
    root: options.packageDir,
    configFile: false,
    logLevel: 'warn',
    plugins: [
      collapseTemplateWhitespacePlugin(),
      purgeCouncilCssPlugin((result) => {
        report = result;
      }),
      verifiedImportsPlugin(),
    ],
    build: {
      outDir: join(options.packageDir, dirname(options.outFile)),
      emptyOutDir: !options.keepOutDir,
      target: BROWSER_TARGETS,
      sourcemap: true,
      minify: true,
      modulePreload: false,
      copyPublicDir: false,
      rolldownOptions: {
        input: join(options.packageDir, options.entry),
        preserveEntrySignatures: false,
        output: {
          format: 'es',
          entryFileNames: basename(options.outFile),
          // Parts loaded only when needed (a vendor's code) sit beside the bundle, named after it.
          chunkFileNames: `${basename(options.outFile, '.js').replace(/\.bundle$/, '')}.[name].js`,
        },
      },
    },
  });
  return report;
}
