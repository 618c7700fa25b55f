import { basename, dirname, join } from 'node:path';
import { build, type BuildOptions } from 'rolldown';
import { BUNDLE_OUTPUT, bundleInput, bundlePlugins, COMPILE_HINT } from './bundle-options.ts';
import type { PurgeReport } from './purge-css-plugin.ts';

export interface ScriptTagBundleOptions {
  packageDir: string;
  /** The module that defines the package's elements, e.g. `src/define.ts`. */
  entry: string;
  /** Where the bundle goes, relative to the package: the `unpkg`/`jsdelivr` path. */
  outFile: string;
}

/**
 * One self-contained, minified script for `<script type="module" src>`, which also works as a classic script:
 * Lit, core and only the CSS its elements render, inlined. Code the element
 * loads only on demand (`import()`) becomes a file beside it, named after it,
 * fetched with its SRI hash when first needed.
 */
export async function buildScriptTagBundle(options: ScriptTagBundleOptions): Promise<PurgeReport | undefined> {
  let report: PurgeReport | undefined;
  await build(
    scriptTagBundleOptions(options, (result) => {
      report = result;
    }),
  );
  return report;
}

/**
 * What `buildScriptTagBundle` gives rolldown, for a build in memory too (`write: false`): the size benchmark
 * builds each bundle again with and without a part, to weigh that part where it ships.
 */
export function scriptTagBundleOptions(
  options: ScriptTagBundleOptions,
  onPurge?: (report: PurgeReport) => void,
): BuildOptions {
  return {
    cwd: options.packageDir,
    input: join(options.packageDir, options.entry),
    ...bundleInput('script-tag'),
    plugins: bundlePlugins(`${basename(options.outFile, '.js')}.THIRD-PARTY-LICENSES.md`, onPurge),
    preserveEntrySignatures: false,
    output: {
      ...BUNDLE_OUTPUT,
      // One function's scope: loaded without `type="module"` (a CMS's asset API writes classic script tags), the
      // bundle works the same and declares no globals (its minified `$`, `_`… would replace the page's jQuery).
      format: 'iife',
      dir: join(options.packageDir, dirname(options.outFile)),
      entryFileNames: basename(options.outFile),
      chunkFileNames: `${basename(options.outFile, '.js').replace(/\.bundle$/, '')}.[name].js`,
      // After minification, which drops comments. Code loaded on demand (`import()`) does not run on load: no hint.
      postBanner: (chunk) => (chunk.isEntry ? COMPILE_HINT : ''),
    },
  };
}
