import type { PaymentOutcome } from '@council-components/http/payment-status.js';

/**
 * What a resident is told of a payment (`@council-components/http/payment-status.js`), from GOV.UK Pay's state.
 * `failed` carries its reason: `P0020` expired, `P0030` cancelled on Pay's page, `P0050` the card provider's error
 * (a technical error, not the resident's card: "try again later"), anything else declined.
 */
export function outcomeOf(state: { status: string; code?: string | null | undefined }): PaymentOutcome {
  switch (state.status) {
    case 'success':
      return 'paid';
    case 'failed':
      if (state.code === 'P0020') return 'expired';
      if (state.code === 'P0030') return 'cancelled';
      if (state.code === 'P0050') return 'error';
      return 'declined';
    case 'cancelled':
      return 'cancelled';
    case 'error':
      return 'error';
    default:
      return 'in-progress';
  }
}
