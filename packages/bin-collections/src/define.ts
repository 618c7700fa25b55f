import { defineElement } from '@council-components/core/define.js';
import type { InvalidDetail } from '@council-components/core/form/invalid.js';
import { CouncilBinCollections } from './council-bin-collections.js';

defineElement('council-bin-collections', CouncilBinCollections);

declare global {
  interface HTMLElementTagNameMap {
    'council-bin-collections': CouncilBinCollections;
  }
  interface HTMLElementEventMap {
    'council-invalid': CustomEvent<InvalidDetail>;
  }
}
