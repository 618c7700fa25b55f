import { defineElement } from '@council-components/core/define.js';
import type { InvalidDetail } from '@council-components/core/form/invalid.js';
import { CouncilPayment, type PaymentStartDetail } from './council-payment.js';

defineElement('council-payment', CouncilPayment);

declare global {
  interface HTMLElementTagNameMap {
    'council-payment': CouncilPayment;
  }
  interface HTMLElementEventMap {
    'council-invalid': CustomEvent<InvalidDetail>;
    'council-payment-start': CustomEvent<PaymentStartDetail>;
  }
}
