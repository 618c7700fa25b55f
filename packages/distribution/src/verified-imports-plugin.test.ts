import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'rolldown';
import { describe, expect, it } from 'vitest';
import { collapseTemplateWhitespacePlugin } from './collapse-template-whitespace-plugin.ts';
import { verifiedImportsPlugin } from './verified-imports-plugin.ts';

const sri = (file: string): string => `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;

const buildFixture = async (files: Record<string, string>): Promise<string> => {
  const dir = mkdtempSync(join(tmpdir(), 'verified-imports-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  await build({
    input: join(dir, 'entry.js'),
    logLevel: 'silent',
    plugins: [verifiedImportsPlugin()],
    output: {
      dir: join(dir, 'out'),
      format: 'es',
      minify: true,
      entryFileNames: 'entry.js',
      chunkFileNames: '[name].js',
      codeSplitting: { groups: [{ name: 'runtime', test: /runtime\.js$/ }] },
    },
  });
  return dir;
};

describe('verifiedImportsPlugin', () => {
  it('gives every lazy import the SRI hashes of the files it still needs, computed from the final files', async () => {
    const dir = await buildFixture({
      'runtime.js': 'export const runtime = () => "runtime";\n',
      'lazy.js': 'import { runtime } from "./runtime.js";\nexport const lazy = () => runtime() + "lazy";\n',
      'entry.js': 'export const load = () => import("./lazy.js");\n',
    });
    const entry = readFileSync(join(dir, 'out/entry.js'), 'utf8');
    expect(entry).not.toContain('CCUKINTEGRITY');
    const preloads = [...entry.matchAll(/\[["'`](\.\/[\w.]+)["'`],["'`](sha384-[\w+/=]+)["'`]\]/g)].map(
      ([, file, hash]) => [file, hash],
    );
    expect(preloads).toEqual([
      ['./lazy.js', sri(join(dir, 'out/lazy.js'))],
      ['./runtime.js', sri(join(dir, 'out/runtime.js'))],
    ]);
    expect(entry).toContain('modulepreload');
  });

  it('fails the build when an import() it cannot rewrite would fetch code unchecked', async () => {
    await expect(
      buildFixture({ 'entry.js': 'export const load = (specifier) => import(specifier);\n' }),
    ).rejects.toThrow(/import\(\) the plugin could not check/);
  });

  it("fails the build when an entry imports another file, which a page's integrity attribute would not cover", async () => {
    await expect(
      buildFixture({
        'shared.js': 'export const shared = () => "shared";\n',
        'lazy.js': 'import { shared } from "./shared.js";\nexport const lazy = () => shared();\n',
        'entry.js':
          'import { shared } from "./shared.js";\nconsole.log(shared());\nexport const load = () => import("./lazy.js");\n',
      }),
    ).rejects.toThrow(/entry that imports shared\.js/);
  });
});

describe('collapseTemplateWhitespacePlugin', () => {
  it('collapses indentation inside html`` templates only: to nothing between tags, to one space elsewhere', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'collapse-'));
    writeFileSync(
      join(dir, 'entry.ts'),
      'const html = (s: TemplateStringsArray, ...v: unknown[]) => [s.raw, v];\n' +
        'export const a = html`<p\n  class="x"\n  >\n      <b>${1}</b\n    >\n    </p>`;\n' +
        'export const c = html`<div>\n  <input\n    id="y"\n    class="a b"\n  />\n  ${2} <a href="#${3}">z</a>\n</div>`;\n' +
        'export const b = `keep\n      this`;\n',
    );
    const { output } = await build({
      input: join(dir, 'entry.ts'),
      logLevel: 'silent',
      write: false,
      plugins: [collapseTemplateWhitespacePlugin()],
      output: { format: 'es' },
    });
    const code = output[0].code;
    expect(code).toContain('<p class="x"><b>${1}</b></p>');
    // A self-closing slash means nothing in HTML; a space written between an expression and a tag stays.
    expect(code).toContain('<div><input id="y" class="a b"> ${2} <a href="#${3}">z</a></div>');
    expect(code).toContain('keep\n      this');
  });
});
