import { build } from 'rolldown';
import { join } from 'node:path';
import { BUNDLE_INPUT, BUNDLE_OUTPUT, bundlePlugins } from '/work/main/packages/distribution/src/bundle-options.ts';
const dir = process.cwd();
const out = await build({ cwd: dir, input: join(dir, process.argv[2] ?? 'src/define.ts'), ...BUNDLE_INPUT, plugins: bundlePlugins('x.md'), write: false,
  output: { ...BUNDLE_OUTPUT, minify: false, sourcemap: false } });
for (const c of out.output) if (c.type === 'chunk') {
  const rows = Object.entries(c.modules).map(([id, m]) => [m.renderedLength, id.replace(/.*node_modules\//, '').replace('/work/main/', '')]).sort((a,b)=>Number(b[0])-Number(a[0]));
  for (const [n, id] of rows) console.log(String(n).padStart(7), id);
}
