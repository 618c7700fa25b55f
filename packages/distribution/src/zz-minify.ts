import { build } from 'rolldown';
import { minifySync } from 'rolldown/utils';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { BUNDLE_INPUT, BUNDLE_OUTPUT, bundlePlugins } from './bundle-options.ts';
const dir = process.cwd();
const out = await build({ cwd: dir, input: join(dir, 'src/define.ts'), ...BUNDLE_INPUT, plugins: bundlePlugins('x.md'), write: false, output: { ...BUNDLE_OUTPUT, minify: false, sourcemap: false } });
const code = (out.output[0] as { code: string }).code;
const b = (t: string) => brotliCompressSync(Buffer.from(t)).length;
const variants: Record<string, object> = {
  default: {},
  noJoin: { compress: { joinVars: false } },
  noSeq: { compress: { sequences: false } },
  toplevel: { mangle: { toplevel: true } },
  both: { compress: { joinVars: false, sequences: false }, mangle: { toplevel: true } },
};
for (const [name, options] of Object.entries(variants)) {
  const m = minifySync('x.js', code, { module: true, ...options } as never);
  console.log(name, m.code.length, b(m.code));
}
