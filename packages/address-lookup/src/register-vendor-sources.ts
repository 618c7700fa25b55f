// The vendor add-on: makes `source="ideal-postcodes"` and `source="getaddress"`
// available to <council-address-lookup>, whichever script defined it. Load it
// beside the element (npm: `import '@council-components/address-lookup/register-vendor-sources.js'`;
// script tag: `council-address-lookup-vendor-sources.bundle.js`).
import type { AddressSourceFactory } from '@council-components/core/search/address-sources.js';
import { vendorSourceFactories } from './vendor-sources.js';

interface AcceptsSources {
  registerSource?: (name: string, factory: AddressSourceFactory) => void;
}

void customElements.whenDefined('council-address-lookup').then((element) => {
  const registry = element as CustomElementConstructor & AcceptsSources;
  if (typeof registry.registerSource !== 'function') {
    console.warn('[council-address-lookup] this version of the element cannot take the vendor sources add-on.');
    return;
  }
  for (const [name, factory] of Object.entries(vendorSourceFactories)) registry.registerSource(name, factory);
});
