import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'rolldown';
import { describe, expect, it } from 'vitest';
import { collapseTemplateWhitespacePlugin } from './collapse-template-whitespace-plugin.ts';
import { verifiedImportsPlugin } from './verified-imports-plugin.ts';

const sri = (file: string): string => `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;

describe('verifiedImportsPlugin', () => {
  it('gives every lazy import the SRI hashes of the files it still needs, computed from the final files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verified-imports-'));
    writeFileSync(join(dir, 'shared.js'), 'export const shared = () => "shared";\n');
    writeFileSync(join(dir, 'runtime.js'), 'export const runtime = () => "runtime";\n');
    writeFileSync(
      join(dir, 'lazy.js'),
      'import { runtime } from "./runtime.js";\nimport { shared } from "./shared.js";\nexport const lazy = () => runtime() + shared();\n',
    );
    writeFileSync(
      join(dir, 'entry.js'),
      'import { shared } from "./shared.js";\nconsole.log(shared());\nexport const load = () => import("./lazy.js");\n',
    );
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
    const entry = readFileSync(join(dir, 'out/entry.js'), 'utf8');
    expect(entry).not.toContain('CCUKINTEGRITY');
    // The lazy chunk and the runtime it needs, each with its real hash; `shared` is in the entry, already loaded.
    const preloads = [...entry.matchAll(/\[["'`](\.\/[\w.]+)["'`],["'`](sha384-[\w+/=]+)["'`]\]/g)].map(
      ([, file, hash]) => [file, hash],
    );
    expect(preloads).toEqual([
      ['./lazy.js', sri(join(dir, 'out/lazy.js'))],
      ['./runtime.js', sri(join(dir, 'out/runtime.js'))],
    ]);
    expect(entry).toContain('modulepreload');
  });
});

describe('collapseTemplateWhitespacePlugin', () => {
  it('collapses indentation inside html`` templates only', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'collapse-'));
    writeFileSync(
      join(dir, 'entry.ts'),
      'const html = (s: TemplateStringsArray, ...v: unknown[]) => [s.raw, v];\n' +
        'export const a = html`<p>\n      <b>${1}</b>\n    </p>`;\n' +
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
    expect(code).toContain('<p> <b>${1}</b> </p>');
    expect(code).toContain('keep\n      this');
  });
});
