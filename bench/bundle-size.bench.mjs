// Script-tag bundle and loader sizes (brotli, as CDNs serve them) against the
// budgets in bench/budgets.json, beside two anchors built or read in the same
// run: Lit's runtime alone, and govuk-frontend's complete stylesheet.
//
//   node bench/bundle-size.bench.mjs          report
//   node bench/bundle-size.bench.mjs --check  report, and fail when a budget is missed (a gate of ./council test)
//   node bench/bundle-size.bench.mjs --json FILE  report, and write each budgeted figure beside its budget as rows
//                                                 for bench/run.mjs (bench/report.mjs); never changes the exit code
//
// Core's adoption beacon (packages/core/src/telemetry) is weighed where it ships: each component's bundle is built
// again in memory, once as it is and once with the beacon's module left empty, and the two compressed. Brotli moves
// a bundle by up to ±30 B for an unrelated change of a few characters, so the budget is the mean over the
// components' bundles; each bundle's figure is reported too.
//
// Sizes are of the built files: run after the build.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { build } from 'rolldown';
import { componentPackages } from '../packages/distribution/src/component-package.ts';
import { scriptTagBundleOptions } from '../packages/distribution/src/script-tag-bundle.ts';
import { benchRow, jsonFileOf } from './report.mjs';

const budgets = JSON.parse(readFileSync('bench/budgets.json', 'utf8'));
const KIB = 1024;
const sizes = (bytes) => ({
  raw: bytes.length,
  gzip: gzipSync(bytes).length,
  brotli: brotliCompressSync(bytes).length,
});
const add = (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });
const ZERO = { raw: 0, gzip: 0, brotli: 0 };
const kb = (n) => `${(n / KIB).toFixed(1)} kB`;
const sizeOf = (file) => sizes(readFileSync(file));

const rows = [];
const missed = [];
// For --json: each figure that has a budget, beside it (the budgets are the anchors: sizes are the same on every machine).
const budgetRows = [];
const budgetRow = (id, label, bytes, budgetBytes) =>
  budgetRows.push(
    benchRow({
      id,
      label: `${label} (brotli)`,
      section: 'Bytes',
      unit: 'B',
      ours: bytes,
      anchor: 'budget in bench/budgets.json (a gate of ./council test)',
      anchorValue: Math.round(budgetBytes),
    }),
  );
const row = (name, size, budgetKib, id) => {
  const over = budgetKib !== undefined && size.brotli > budgetKib * KIB;
  if (over) missed.push(name);
  if (budgetKib !== undefined && id !== undefined) budgetRow(id, name, size.brotli, budgetKib * KIB);
  rows.push(
    `| ${name} | ${kb(size.raw)} | ${kb(size.gzip)} | ${kb(size.brotli)} | ${budgetKib === undefined ? '' : `${budgetKib} kB ${over ? '**MISSED**' : 'met'}`} |`,
  );
};

// Every component package's script-tag bundle (its unpkg file), and its add-ons.
const components = componentPackages('packages');
for (const { dir, json } of components) {
  const bundle = join(dir, json.unpkg);
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: build first`);
  row(
    `${json.name}: ${json.unpkg.replace(/^\.\/dist\//, '')}`,
    sizeOf(bundle),
    budgets.scriptTagBundle?.[json.name] ?? budgets.eachScriptTagBundle,
    `bytes.budget.${json.name.replace(/^@council-components\//, '')}`,
  );
  for (const addOn of Object.keys(json.scriptTagAddOns ?? {})) {
    row(`${json.name}: ${addOn.replace(/^dist\//, '')} (add-on)`, sizeOf(join(dir, addOn)));
  }
}

// The loader: its entry, the shared runtime and every component chunk.
const loaderDist = 'packages/loader/dist';
const loaderFiles = readdirSync(loaderDist, { recursive: true }).filter((file) => file.endsWith('.js'));
const loaderTotal = loaderFiles.map((file) => sizeOf(join(loaderDist, file))).reduce(add, ZERO);
for (const file of loaderFiles.sort()) row(`@council-components/loader: ${file}`, sizeOf(join(loaderDist, file)));
row(
  `@council-components/loader with all ${components.length} component(s)`,
  loaderTotal,
  budgets.loaderWithEveryComponent,
  'bytes.budget.loader',
);

const anchor = await build({
  input: 'bench/anchors/lit-element-only.js',
  logLevel: 'silent',
  write: false,
  output: { format: 'es', minify: true, comments: { legal: false } },
});
row('anchor: Lit element alone', sizes(Buffer.from(anchor.output[0].code)));
row(
  'anchor: govuk-frontend full CSS',
  sizeOf('packages/core/node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.css'),
);

// The adoption beacon's cost in each component's bundle: built as it ships, and with the beacon's module empty.
const TELEMETRY_MODULE = /[\\/]core[\\/](src|dist)[\\/]telemetry[\\/]adoption-telemetry\.[jt]s$/;
const brotliOfBundle = async (dir, json, withoutTelemetry) => {
  let stubbed = 0;
  const options = scriptTagBundleOptions({ packageDir: resolve(dir), entry: 'src/define.ts', outFile: json.unpkg });
  const stub = {
    name: 'without-adoption-telemetry',
    load(id) {
      if (!TELEMETRY_MODULE.test(id)) return null;
      stubbed += 1;
      return 'export function noteAdoption() {}';
    },
  };
  const { output } = await build({
    ...options,
    logLevel: 'silent',
    write: false,
    plugins: withoutTelemetry ? [stub, ...options.plugins] : options.plugins,
  });
  // A stub that never replaced anything would weigh nothing, and pass.
  if (withoutTelemetry && stubbed !== 1)
    throw new Error(`${json.name}: the beacon's module was not found to leave out`);
  return brotliCompressSync(Buffer.from(output[0].code)).length;
};
const telemetryCosts = [];
for (const { dir, json } of components) {
  const cost = (await brotliOfBundle(dir, json, false)) - (await brotliOfBundle(dir, json, true));
  telemetryCosts.push(cost);
  rows.push(`| ${json.name}: adoption beacon's share of the bundle | | | ${cost} B | |`);
}
const telemetryMean = Math.round(telemetryCosts.reduce((sum, cost) => sum + cost, 0) / telemetryCosts.length);
const telemetryBudget = budgets.adoptionTelemetryPerBundle * KIB;
if (telemetryMean > telemetryBudget) missed.push('adoption beacon');
budgetRow(
  'bytes.budget.adoption-beacon',
  `adoption beacon's share of a component bundle, mean over ${telemetryCosts.length}`,
  telemetryMean,
  telemetryBudget,
);
rows.push(
  `| adoption beacon, mean over ${telemetryCosts.length} component bundles | | | ${telemetryMean} B | ${budgets.adoptionTelemetryPerBundle} kB ${telemetryMean > telemetryBudget ? '**MISSED**' : 'met'} |`,
);

console.log('| file | raw | gzip | brotli | budget (brotli) |');
console.log('| --- | --- | --- | --- | --- |');
for (const line of rows) console.log(line);
console.log(missed.length ? `${missed.length} budget(s) missed: ${missed.join(', ')}` : 'all budgets met');
const jsonFile = jsonFileOf(process.argv);
if (jsonFile) {
  const notes = [
    `Bytes: brotli sizes of the built files against their budgets (bench/budgets.json), ${missed.length ? `${missed.length} missed: ${missed.join(', ')}` : 'all met'}; ` +
      'the budgets are a gate of ./council test (--check), not of this report.',
  ];
  writeFileSync(jsonFile, `${JSON.stringify({ results: budgetRows, notes }, null, 2)}\n`);
}
if (process.argv.includes('--check') && missed.length > 0) process.exit(1);
