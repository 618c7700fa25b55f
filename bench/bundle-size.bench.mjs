// Script-tag bundle sizes (brotli, as CDNs serve them), beside two anchors
// built or read in the same run: Lit's runtime alone, and govuk-frontend's
// complete stylesheet. Issue 4 sets the budgets; this reports against them.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { build } from 'vite';

const sizes = (bytes) => ({
  raw: bytes.length,
  gzip: gzipSync(bytes).length,
  brotli: brotliCompressSync(bytes).length,
});
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;

const bundles = [{ name: 'council-address-lookup', dir: 'packages/address-lookup/dist/bundle', budgetKb: 14 }];

const anchorOut = await build({
  logLevel: 'silent',
  configFile: false,
  build: {
    write: false,
    minify: true,
    target: 'es2020',
    modulePreload: false,
    rolldownOptions: { input: 'bench/anchors/lit-element-only.js', output: { format: 'es' } },
  },
});
const anchorCode = [anchorOut]
  .flat()
  .flatMap((output) => output.output)
  .find((chunk) => chunk.type === 'chunk').code;
const lit = sizes(Buffer.from(anchorCode));
const govukCss = sizes(
  readFileSync(join('packages/core/node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.css')),
);

console.log('| bundle | raw | gzip | brotli | budget (brotli) |');
console.log('| --- | --- | --- | --- | --- |');
let missed = 0;
for (const bundle of bundles) {
  const file = readdirSync(bundle.dir).find((name) => name.endsWith('.bundle.js'));
  const size = sizes(readFileSync(join(bundle.dir, file)));
  const over = size.brotli > bundle.budgetKb * 1024;
  if (over) missed++;
  console.log(
    `| ${bundle.name} | ${kb(size.raw)} | ${kb(size.gzip)} | ${kb(size.brotli)} | ${bundle.budgetKb} kB ${over ? 'MISSED' : 'met'} |`,
  );
}
console.log(`| anchor: Lit element alone | ${kb(lit.raw)} | ${kb(lit.gzip)} | ${kb(lit.brotli)} | |`);
console.log(
  `| anchor: govuk-frontend full CSS | ${kb(govukCss.raw)} | ${kb(govukCss.gzip)} | ${kb(govukCss.brotli)} | |`,
);
console.log(missed ? `${missed} budget(s) missed` : 'all budgets met');
