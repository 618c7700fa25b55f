import type { InputOptions, OutputOptions, Plugin } from 'rolldown';
import { BROWSER_TARGETS } from './browser-targets.ts';
import { collapseTemplateWhitespacePlugin } from './collapse-template-whitespace-plugin.ts';
import { inlineOncePlugin } from './inline-once-plugin.ts';
import { lightDomLitPlugin } from './light-dom-lit-plugin.ts';
import { purgeCouncilCssPlugin, type PurgeReport } from './purge-css-plugin.ts';
import { thirdPartyLicensesPlugin } from './third-party-licenses-plugin.ts';
import { verifiedImportsPlugin } from './verified-imports-plugin.ts';

/** The plugins every script-tag file goes through, whether a component's bundle or the loader. */
export function bundlePlugins(licencesFile: string, onPurge?: (report: PurgeReport) => void): Plugin[] {
  return [
    lightDomLitPlugin(),
    collapseTemplateWhitespacePlugin(),
    purgeCouncilCssPlugin(onPurge),
    verifiedImportsPlugin(),
    thirdPartyLicensesPlugin(licencesFile),
    // Last: it compresses each chunk as the others left it.
    inlineOncePlugin(),
  ];
}

/**
 * The first line of every file a page runs as it loads (each component's script-tag bundle, and the loader's files):
 * the explicit compile hint of Chromium-based browsers (Chrome 136 on; others ignore a comment). Every function in
 * the file is then compiled while the script streams in, on a background thread, instead of one at a time on the
 * main thread when first called. These files define elements that upgrade and render at once, so most of their
 * functions run at start-up. Measured at 4× CPU: script start to every address lookup ready, about a tenth less
 * with one and with fifty on a page (docs/adr/0012, "Compiled as it streams"). Added after minification
 * (`postBanner`), which drops comments: the hint must be the file's first line.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** How a page gets the code in a script-tag file: a component's own bundle, or through the loader. */
export type ScriptTagDelivery = 'script-tag' | 'loader';

/**
 * Compiled for the browser baseline, whatever is being built. Core's adoption beacon says how the page got the
 * components: `__COUNCIL_DELIVERY__` becomes `delivery` here, and is left undefined in the modules tsc publishes
 * to npm (core/src/telemetry/adoption-telemetry.ts).
 */
export const bundleInput = (delivery: ScriptTagDelivery): Pick<InputOptions, 'logLevel' | 'transform'> => ({
  logLevel: 'warn',
  transform: { target: BROWSER_TARGETS, define: { __COUNCIL_DELIVERY__: JSON.stringify(delivery) } },
});

export const BUNDLE_OUTPUT: Pick<OutputOptions, 'format' | 'minify' | 'comments' | 'topLevelVar' | 'sourcemap'> = {
  format: 'es',
  minify: true,
  // Licence comments go to THIRD-PARTY-LICENSES.md instead (thirdPartyLicensesPlugin).
  comments: { legal: false, annotation: false, jsdoc: false },
  topLevelVar: true,
  sourcemap: true,
};
