import { build } from 'rolldown';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { BUNDLE_INPUT, BUNDLE_OUTPUT, bundlePlugins } from './bundle-options.ts';
const dir = process.cwd();
const stub = { name: 'stub', resolveId(id: string, importer?: string) { if (id === './css-tag.js' && importer?.includes('reactive-element')) return '\0css-tag-stub'; return null; },
  load(id: string) { return id === '\0css-tag-stub' ? 'export const getCompatibleStyle = (s) => s; export const adoptStyles = () => { throw new Error("x") }; export const css = () => { throw new Error("x") }; export const unsafeCSS = css; export const supportsAdoptingStyleSheets = true; export class CSSResult {}' : null; } };
const out = await build({ cwd: dir, input: join(dir, 'src/define.ts'), ...BUNDLE_INPUT, plugins: [stub, ...bundlePlugins('x.md')], write: false, output: { ...BUNDLE_OUTPUT, sourcemap: false } });
const code = (out.output[0] as { code: string }).code;
console.log(code.length, brotliCompressSync(Buffer.from(code)).length);
