/**
 * The script-tag bundles as built (`./council test` builds before it tests):
 * each carries only the stylesheet rules its own code renders, so the GOV.UK
 * parts a component does not use cost its bundle nothing; each runs as a
 * classic script as well as a module; and so does the loader.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { COMPILE_HINT } from './bundle-options.ts';
import { componentPackages } from './component-package.ts';
import { councilClassesOf } from './css-purge.ts';

const packagesDir = join(import.meta.dirname, '../..');

describe.each(componentPackages(packagesDir).map((component) => [component.json.name, component] as const))(
  '%s script-tag bundle',
  (_name, component) => {
    const file = join(component.dir, component.bundle);

    it('runs as a classic script too (no type="module"), declaring nothing on the page: one function’s scope', () => {
      const code = readFileSync(file, 'utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '');
      expect(() => new Script(code, { filename: file })).not.toThrow();
      expect(code).toMatch(/^\/\/[^\n]*\n\(function\(\)\{/);
      expect(code).toMatch(/\}\)\(\);$/);
    });

    it('starts with the compile hint, on its own first line, so that Chromium compiles it as it streams', () => {
      expect(readFileSync(file, 'utf8').split('\n')[0]).toBe(COMPILE_HINT);
    });

    it('carries only the stylesheet rules for classes its code renders', () => {
      expect(existsSync(file), `${file}: build first`).toBe(true);
      const code = readFileSync(file, 'utf8');
      // Each stylesheet (core's, the component's own) is one string literal: from its opening quote to the next
      // quote not escaped.
      const sheets: string[] = [];
      let rest = code;
      for (
        let at = rest.indexOf('@layer council-components{');
        at > 0;
        at = rest.indexOf('@layer council-components{')
      ) {
        const quote = rest[at - 1] ?? '';
        let end = at;
        while (rest[end] !== quote) end += rest[end] === '\\' ? 2 : 1;
        const literal = rest.slice(at - 1, end + 1);
        sheets.push(quote === '`' ? literal.slice(1, -1).replace(/\\(.)/g, '$1') : (JSON.parse(literal) as string));
        rest = rest.slice(0, at - 1) + rest.slice(end + 1);
      }
      const css = sheets.join('');
      const classes = new Set(councilClassesOf(css));
      expect(classes.size).toBeGreaterThan(5);
      for (const name of classes) {
        const written =
          rest.includes(name) ||
          [...rest.matchAll(/ccuk-[\w!-]*-(?=\$\{|`)/g)].some(([prefix]) => name.startsWith(prefix));
        expect(written, `${name} is in the bundle's CSS but nothing in it renders that class`).toBe(true);
      }
    });
  },
);

describe('the address lookup bundle', () => {
  it('leaves out every GOV.UK part it does not render', () => {
    const code = readFileSync(join(packagesDir, 'address-lookup/dist/bundle/council-address-lookup.bundle.js'), 'utf8');
    for (const part of [
      'panel',
      'summary-list',
      'radios',
      'date-input',
      'tag',
      'notification-banner',
      'details',
      'table',
    ]) {
      expect(code, part).not.toContain(`ccuk-${part}`);
    }
    expect(code).toContain('ccuk-inset-text');
  });
});

describe('the loader’s script-tag file', () => {
  const file = join(packagesDir, 'loader/dist/council-components.js');

  it('runs as a classic script too: no import.meta, no export, everything in one function’s scope', () => {
    expect(existsSync(file), `${file}: build first`).toBe(true);
    const code = readFileSync(file, 'utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '');
    expect(() => new Script(code, { filename: file })).not.toThrow();
    expect(code).not.toContain('import.meta');
    expect(code).toMatch(/^\/\/[^\n]*\n\(\(\)=>\{\n/);
    expect(code).toMatch(/\n\}\)\(\);$/);
  });

  it('starts, as each file it fetches for a page does, with the compile hint on its own first line', () => {
    const files = [
      file,
      ...readdirSync(join(packagesDir, 'loader/dist'), { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith('.js') && name.includes('/'))
        .map((name) => join(packagesDir, 'loader/dist', name)),
    ];
    // The entry, the shared runtime, the date words and one file per component.
    expect(files.length).toBeGreaterThanOrEqual(7);
    for (const loaded of files) expect(readFileSync(loaded, 'utf8').split('\n')[0], loaded).toBe(COMPILE_HINT);
  });
});
