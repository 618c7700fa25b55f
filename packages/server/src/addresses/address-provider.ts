import type { Address, AddressLanguage } from '@council-components/addresses/address.js';

/**
 * Where addresses come from: OS Places, a vendor, or the council's own
 * gazetteer. A provider that cannot answer throws an `UpstreamError`
 * (`../http/upstream-request.js`): the handler turns it into a typed error for
 * the component, and the upstream's own message and the key never leave the server.
 */
export interface AddressProvider {
  /** A short name for logs: "os-places", "ideal-postcodes", "getaddress", "gazetteer". */
  readonly name: string;
  /** Every address at a full, normalised postcode; [] when there are none. */
  find(postcode: string, options: { language: AddressLanguage; signal: AbortSignal }): Promise<Address[]>;
}
