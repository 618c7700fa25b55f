import { defineElement } from '@council-components/core/define.js';
import type { InvalidDetail } from '@council-components/core/form/invalid.js';
import type { AddressInvalidDetail, AddressSelectedDetail } from './address-lookup.events.js';
import { CouncilAddressLookup } from './council-address-lookup.js';

defineElement('council-address-lookup', CouncilAddressLookup);

declare global {
  interface HTMLElementTagNameMap {
    'council-address-lookup': CouncilAddressLookup;
  }
  interface HTMLElementEventMap {
    'council-address-selected': CustomEvent<AddressSelectedDetail>;
    'council-address-invalid': CustomEvent<AddressInvalidDetail>;
    'council-invalid': CustomEvent<InvalidDetail>;
  }
}
