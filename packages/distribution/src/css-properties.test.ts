import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { councilTokensRead, cssPropertiesRead, readThemeTokens, withCssProperties } from './css-properties.ts';
import type { CustomElementsManifest } from './custom-elements-manifest.ts';

const tokens = {
  defaults: {
    '--council-focus-colour': '#fd0',
    '--council-link-colour': '#1a65a6',
    '--council-text-colour': '#0b0c0c',
  },
  descriptions: {
    '--council-focus-colour': 'Background and outline of the keyboard focus indicator.',
    '--council-link-colour': 'Links.',
    '--council-text-colour': 'Body text, labels and legends.',
  },
};

const bundle =
  'var a="@layer council-components{.ccuk-link{color:var(--council-link-colour)!important}' +
  '.ccuk-link:focus{background:var( --council-focus-colour,#fd0);color:var(--council-text-colour)}' +
  '.ccuk-body{color:var(--council-text-colour)}}";' +
  'el.style.setProperty("--council-brand-colour","red");var b="--council-border-colour: grey";';

describe('councilTokensRead', () => {
  it('lists each token read with var(), once, in name order; a token only set or named is not read', () => {
    expect(councilTokensRead(bundle)).toEqual([
      '--council-focus-colour',
      '--council-link-colour',
      '--council-text-colour',
    ]);
  });

  it('lists nothing for CSS that reads no token', () => {
    expect(councilTokensRead('.ccuk-body{color:var(--other-colour)}')).toEqual([]);
  });
});

describe('cssPropertiesRead', () => {
  it('gives each token read its description and default', () => {
    expect(cssPropertiesRead(bundle, tokens)).toEqual([
      {
        name: '--council-focus-colour',
        description: 'Background and outline of the keyboard focus indicator.',
        default: '#fd0',
      },
      { name: '--council-link-colour', description: 'Links.', default: '#1a65a6' },
      { name: '--council-text-colour', description: 'Body text, labels and legends.', default: '#0b0c0c' },
    ]);
  });

  it('fails, naming it, when the bundle reads a token the theme tokens do not describe', () => {
    expect(() => cssPropertiesRead(`${bundle}.x{color:var(--council-mystery-colour)}`, tokens)).toThrow(
      /reads --council-mystery-colour, which core's theme tokens do not describe/,
    );
  });
});

describe('withCssProperties', () => {
  it('puts the properties on every custom element, and on no other declaration', () => {
    const manifest: CustomElementsManifest = {
      schemaVersion: '2.1.0',
      modules: [
        {
          kind: 'javascript-module',
          path: 'dist/council-x.js',
          declarations: [
            { kind: 'class', name: 'CouncilX', customElement: true, tagName: 'council-x' },
            { kind: 'function', name: 'helper' },
          ],
        },
      ],
    };
    const properties = cssPropertiesRead(bundle, tokens);
    const [element, helper] = withCssProperties(manifest, properties).modules[0]?.declarations ?? [];
    expect(element?.cssProperties).toEqual(properties);
    expect(helper).toEqual({ kind: 'function', name: 'helper' });
    expect(manifest.modules[0]?.declarations?.[0]?.cssProperties).toBeUndefined();
  });
});

describe('readThemeTokens', () => {
  it("reads core's built tokens as a component package depends on them", async () => {
    const read = await readThemeTokens(join(import.meta.dirname, '../../address-lookup'));
    expect(read.defaults['--council-focus-colour']).toBe('#fd0');
    expect(read.descriptions['--council-border-colour']).toBe('Separators and keylines.');
    expect(Object.keys(read.descriptions).sort()).toEqual(Object.keys(read.defaults).sort());
  });
});
