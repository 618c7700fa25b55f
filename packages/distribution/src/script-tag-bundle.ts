import { basename, dirname, join } from 'node:path';
import { build } from 'rolldown';
import { BROWSER_TARGETS } from './browser-targets.ts';
import { collapseTemplateWhitespacePlugin } from './collapse-template-whitespace-plugin.ts';
import { purgeCouncilCssPlugin, type PurgeReport } from './purge-css-plugin.ts';
import { thirdPartyLicensesPlugin } from './third-party-licenses-plugin.ts';
import { verifiedImportsPlugin } from './verified-imports-plugin.ts';

export interface ScriptTagBundleOptions {
  packageDir: string;
  /** The module that defines the package's elements, e.g. `src/define.ts`. */
  entry: string;
  /** Where the bundle goes, relative to the package: the `unpkg`/`jsdelivr` path. */
  outFile: string;
}

/**
 * One self-contained, minified ES module for `<script type="module" src>`:
 * Lit, core and only the CSS its elements render, inlined. Code the element
 * loads only on demand (`import()`) becomes a file beside it, named after it,
 * fetched with its SRI hash when first needed.
 */
export async function buildScriptTagBundle(options: ScriptTagBundleOptions): Promise<PurgeReport | undefined> {
  let report: PurgeReport | undefined;
  await build({
    cwd: options.packageDir,
    input: join(options.packageDir, options.entry),
    logLevel: 'warn',
    transform: { target: BROWSER_TARGETS },
    plugins: [
      collapseTemplateWhitespacePlugin(),
      purgeCouncilCssPlugin((result) => {
        report = result;
      }),
      verifiedImportsPlugin(),
      thirdPartyLicensesPlugin(`${basename(options.outFile, '.js')}.THIRD-PARTY-LICENSES.md`),
    ],
    preserveEntrySignatures: false,
    output: {
      dir: join(options.packageDir, dirname(options.outFile)),
      format: 'es',
      minify: true,
      // Licence comments go to THIRD-PARTY-LICENSES.md instead (thirdPartyLicensesPlugin).
      comments: { legal: false, annotation: false, jsdoc: false },
      topLevelVar: true,
      sourcemap: true,
      entryFileNames: basename(options.outFile),
      chunkFileNames: `${basename(options.outFile, '.js').replace(/\.bundle$/, '')}.[name].js`,
    },
  });
  return report;
}
