import { defineElement } from '@council-components/core/define.js';
import {
  CouncilAddressLookup,
  type AddressInvalidDetail,
  type AddressSelectedDetail,
} from './council-address-lookup.js';

defineElement('council-address-lookup', CouncilAddressLookup);

declare global {
  interface HTMLElementTagNameMap {
    'council-address-lookup': CouncilAddressLookup;
  }
  interface HTMLElementEventMap {
    'council-address-selected': CustomEvent<AddressSelectedDetail>;
    'council-address-invalid': CustomEvent<AddressInvalidDetail>;
  }
}
