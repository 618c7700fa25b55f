import { describe, expect, it } from 'vitest';
import { elementMarkup, snippetFor, type SnippetRelease } from './snippet-markup.ts';

const release: SnippetRelease = {
  package: '@council-components/address-lookup',
  version: '1.4.2',
  tag: 'council-address-lookup',
  bundle: { path: 'dist/bundle/council-address-lookup.bundle.js', integrity: 'sha384-bundle' },
  reactName: 'CouncilAddressLookup',
  loader: { version: '1.1.0', file: { path: 'dist/council-components.js', integrity: 'sha384-loader' } },
};

const attributes = [
  { attribute: 'name', property: 'name', value: 'home-address' },
  { attribute: 'page-heading', property: 'pageHeading', value: 'Where do you live? "Home" & <away>' },
  { attribute: 'required', property: 'required', value: true },
] as const;

describe('the code to paste', () => {
  it('writes the element with its attributes, values escaped, boolean ones bare', () => {
    expect(elementMarkup('council-address-lookup', attributes)).toBe(
      '<council-address-lookup name="home-address" page-heading="Where do you live? &quot;Home&quot; &amp; &lt;away>" required></council-address-lookup>',
    );
  });

  it('by script tag: the release’s own bundle from the CDN, pinned, with its SRI hash', () => {
    expect(snippetFor(release, 'script-tag', attributes.slice(0, 1))).toBe(
      '<script type="module" src="https://cdn.jsdelivr.net/npm/@council-components/address-lookup@1.4.2/dist/bundle/council-address-lookup.bundle.js" integrity="sha384-bundle" crossorigin="anonymous"></script>\n\n' +
        '<council-address-lookup name="home-address"></council-address-lookup>\n',
    );
  });

  it('by the loader: the loader’s release, pinned, with its SRI hash', () => {
    expect(snippetFor(release, 'loader', [])).toBe(
      '<script type="module" src="https://cdn.jsdelivr.net/npm/@council-components/loader@1.1.0/dist/council-components.js" integrity="sha384-loader" crossorigin="anonymous"></script>\n\n' +
        '<council-address-lookup></council-address-lookup>\n',
    );
  });

  it('by npm: the pinned install and the import that defines the element', () => {
    const code = snippetFor(release, 'npm', attributes.slice(2));
    expect(code).toContain('npm install @council-components/address-lookup@1.4.2\n');
    expect(code).toContain("import '@council-components/address-lookup/define.js';");
    expect(code).toContain('<council-address-lookup required></council-address-lookup>');
  });

  it('by React: the wrapper with properties for attributes', () => {
    const code = snippetFor(release, 'react', attributes);
    expect(code).toContain('npm install @council-components/address-lookup@1.4.2 @council-components/react\n');
    expect(code).toContain("import { CouncilAddressLookup } from '@council-components/react/address-lookup.js';");
    expect(code).toContain(
      '<CouncilAddressLookup name="home-address" pageHeading={"Where do you live? \\"Home\\" & <away>"} required />',
    );
  });
});
