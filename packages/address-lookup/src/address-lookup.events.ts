import type { Address, AddressFormFields } from '@council-components/addresses/address.js';
import type { InvalidDetail } from '@council-components/core/form/invalid.js';

/** The detail of `council-address-selected`: the normalised address chosen, and what went into the form. */
export interface AddressSelectedDetail {
  address: Address;
  fields: AddressFormFields;
}

/** The detail of `council-address-invalid`, the address lookup's name for core's `council-invalid`. */
export type AddressInvalidDetail = InvalidDetail;
