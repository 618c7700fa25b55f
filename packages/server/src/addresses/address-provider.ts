import type { Address, AddressLanguage } from '@council-components/addresses/address.js';

/** Where addresses come from: OS Places, a vendor, or the council's own gazetteer. */
export interface AddressProvider {
  /** A short name for logs: "os-places", "ideal-postcodes", "getaddress", "gazetteer". */
  readonly name: string;
  /** Every address at a full, normalised postcode; [] when there are none. */
  find(postcode: string, options: { language: AddressLanguage; signal: AbortSignal }): Promise<Address[]>;
}

/**
 * Why a provider could not answer. The handler turns each into a typed error
 * for the component; the upstream's own message and the key never leave the
 * server, and `detail` is for the council's logs only.
 */
export type AddressProviderFailure =
  'postcode-invalid' | 'provider-misconfigured' | 'provider-rate-limited' | 'provider-timeout' | 'provider-unavailable';

export class AddressProviderError extends Error {
  readonly failure: AddressProviderFailure;
  readonly retryAfterSeconds: number | undefined;

  constructor(failure: AddressProviderFailure, detail: string, retryAfterSeconds?: number) {
    super(detail);
    this.name = 'AddressProviderError';
    this.failure = failure;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}
