/**
 * What a resident is told of a payment, from GOV.UK Pay's state: paid; declined (the card was refused, or the
 * provider failed); expired (not finished within 90 minutes); cancelled (by the resident on Pay's page, or by the
 * council); error (Pay's own); in progress (not finished yet: look again shortly).
 */
export type PaymentOutcome = 'paid' | 'declined' | 'expired' | 'cancelled' | 'error' | 'in-progress';

export function outcomeOf(state: { status: string; code?: string | null | undefined }): PaymentOutcome {
  switch (state.status) {
    case 'success':
      return 'paid';
    case 'failed':
      if (state.code === 'P0020') return 'expired';
      if (state.code === 'P0030') return 'cancelled';
      return 'declined';
    case 'cancelled':
      return 'cancelled';
    case 'error':
      return 'error';
    default:
      return 'in-progress';
  }
}
