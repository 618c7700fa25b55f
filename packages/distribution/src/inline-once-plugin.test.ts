import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'rolldown';
import { describe, expect, it } from 'vitest';
import { inlineOncePlugin } from './inline-once-plugin.ts';

/** Builds one module, minified, with or without the plugin; returns the code and its source map. */
async function buildOne(source: string, plugins: ReturnType<typeof inlineOncePlugin>[]) {
  const dir = mkdtempSync(join(tmpdir(), 'inline-once-'));
  writeFileSync(join(dir, 'entry.js'), source);
  await build({
    input: join(dir, 'entry.js'),
    logLevel: 'silent',
    plugins,
    output: { dir: join(dir, 'out'), format: 'es', minify: true, sourcemap: true },
  });
  const code = readFileSync(join(dir, 'out/entry.js'), 'utf8');
  const map = JSON.parse(readFileSync(join(dir, 'out/entry.js.map'), 'utf8')) as {
    sources: string[];
    names: string[];
  };
  return { code, map };
}

const SOURCE = `
function describeBin(colour) {
  return 'Your ' + colour + ' bin';
}
export function announce(colour) {
  globalThis.announced = describeBin(colour);
}
`;

describe('inlineOncePlugin', () => {
  it('folds a function used once into its caller, which oxc alone keeps', async () => {
    const plain = await buildOne(SOURCE, []);
    const inlined = await buildOne(SOURCE, [inlineOncePlugin()]);
    // Without it, oxc keeps the helper as a function of its own.
    expect(plain.code).toMatch(/function \w+\(\w+\)\{return`Your /);
    expect(inlined.code).not.toMatch(/function \w+\(\w+\)\{return`Your /);
    expect(inlined.code.length).toBeLessThan(plain.code.length);
    // Same behaviour.
    const run = async (code: string): Promise<unknown> => {
      const module = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as {
        announce: (colour: string) => void;
      };
      module.announce('green');
      return (globalThis as { announced?: unknown }).announced;
    };
    expect(await run(plain.code.replace(/\/\/# sourceMappingURL.*/, ''))).toBe('Your green bin');
    expect(await run(inlined.code.replace(/\/\/# sourceMappingURL.*/, ''))).toBe('Your green bin');
  });

  it('carries the source map through to the original module and its names', async () => {
    const { map } = await buildOne(SOURCE, [inlineOncePlugin()]);
    expect(map.sources).toEqual([expect.stringMatching(/entry\.js$/)]);
    expect(map.names).toEqual(expect.arrayContaining(['announce', 'colour']));
  });
});
