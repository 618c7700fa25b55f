import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asComponentPackage } from './component-package.ts';
import { elementsOf, readManifest } from './custom-elements-manifest.ts';
import { eventPropName, publishedSpecifier, reactWrapperSource, wrapperModuleName } from './react-wrappers.ts';

// The real address lookup package, as built: its custom-elements.json is what the wrappers are made from.
const addressLookup = asComponentPackage(join(import.meta.dirname, '../../address-lookup'));

describe('custom-elements.json of a component package', () => {
  it('describes the element, its public attributes and typed events, and nothing private', () => {
    if (!addressLookup) throw new Error('the address lookup is not a component package');
    const [element, ...others] = elementsOf(readManifest(addressLookup.dir));
    expect(others).toEqual([]);
    expect(element?.tagName).toBe('council-address-lookup');
    expect(element?.modulePath).toBe('dist/council-address-lookup.js');
    const attributes = element?.declaration.attributes?.map((attribute) => attribute.name) ?? [];
    expect(attributes).toEqual(
      expect.arrayContaining(['name', 'label', 'hint', 'required', 'page-heading', 'strings', 'fill-line-1']),
    );
    expect(attributes).not.toContain('step');
    const members = element?.declaration.members?.map((member) => member.name) ?? [];
    expect(members).toEqual(expect.arrayContaining(['search', 'chooseAddress', 'validate', 'registerSource']));
    expect(members.filter((name) => name.startsWith('#'))).toEqual([]);
    // Inherited from core's base element, named as core publishes it; core's own module is not described here.
    expect(element?.declaration.members?.find((member) => member.name === 'validate')?.inheritedFrom).toEqual({
      name: 'CouncilElement',
      package: '@council-components/core',
      module: 'dist/base-element.js',
    });
    expect(members).not.toContain('checkAnswer');
    expect(readManifest(addressLookup.dir).modules.filter((module) => !module.path.startsWith('dist/'))).toEqual([]);
    expect(element?.declaration.events).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: 'council-address-selected',
          type: { text: 'CustomEvent<AddressSelectedDetail>' },
        }),
      ]),
    );
  });
});

describe('React wrappers', () => {
  it('names props, modules and imports from the package', () => {
    expect(eventPropName('council-address-selected')).toBe('onCouncilAddressSelected');
    expect(publishedSpecifier('@council-components/address-lookup', 'dist/council-address-lookup.js')).toBe(
      '@council-components/address-lookup/council-address-lookup.js',
    );
    expect(wrapperModuleName('@council-components/address-lookup')).toBe('address-lookup');
  });

  it('generates one @lit/react component per element, its events typed by the global event map', () => {
    if (!addressLookup) throw new Error('the address lookup is not a component package');
    const source = reactWrapperSource(addressLookup, readManifest(addressLookup.dir));
    expect(source).toContain("import '@council-components/address-lookup/define.js';");
    expect(source).toContain("tagName: 'council-address-lookup'");
    expect(source).toContain(
      "onCouncilAddressSelected: 'council-address-selected' as EventName<HTMLElementEventMap['council-address-selected']>",
    );
  });
});
