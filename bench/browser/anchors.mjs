// The anchors' files, built or read once per run: Ideal Postcodes' postcode-lookup bundled for the browser as a
// council would ship it, Lit alone (bench/anchors/lit-element-only.js, as bundle-size.bench.mjs builds it), and
// govuk-frontend's minified stylesheet and script.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'rolldown';

const benchRequire = createRequire(new URL('../package.json', import.meta.url));

/** @param {string} specifier a package's file, resolved from the bench workspace package */
const benchFile = (specifier) => benchRequire.resolve(specifier);

/**
 * The global the postcode-lookup bundle sets, as Ideal Postcodes' own pre-bundled script does (`IdealPostcodes`).
 */
export const POSTCODE_LOOKUP_GLOBAL = 'IdealPostcodes';

/**
 * Ideal Postcodes' widget (ESM, with core-axios, axios and jsutil) bundled for the browser: minified, one classic
 * script that sets `window.IdealPostcodes`, like postcode-lookup-bundled.
 * @returns {Promise<string>}
 */
export async function buildPostcodeLookupBundle() {
  const packageJson = benchFile('@ideal-postcodes/postcode-lookup/package.json');
  const entry = join(dirname(packageJson), 'esm', 'index.js');
  const { output } = await build({
    input: entry,
    platform: 'browser',
    logLevel: 'silent',
    write: false,
    transform: { define: { 'process.env.NODE_ENV': '"production"' } },
    output: { format: 'iife', name: POSTCODE_LOOKUP_GLOBAL, minify: true, comments: { legal: false } },
  });
  return output[0].code;
}

/**
 * Lit's runtime alone: the smallest useful Lit element, built as bundle-size.bench.mjs builds it.
 * @returns {Promise<string>}
 */
export async function buildLitAlone() {
  const { output } = await build({
    input: new URL('../anchors/lit-element-only.js', import.meta.url).pathname,
    logLevel: 'silent',
    write: false,
    output: { format: 'es', minify: true, comments: { legal: false } },
  });
  return output[0].code;
}

/** @returns {{ css: Buffer, js: Buffer }} govuk-frontend 6's minified stylesheet and script (an ES module) */
export function readGovukFrontend() {
  const dist = dirname(benchFile('govuk-frontend/package.json'));
  return {
    css: readFileSync(join(dist, 'dist/govuk/govuk-frontend.min.css')),
    js: readFileSync(join(dist, 'dist/govuk/govuk-frontend.min.js')),
  };
}
