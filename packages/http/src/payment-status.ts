import { isNumber, isString, objectOf, oneOf, type Check } from './shape.js';

/**
 * What a resident is told of a payment, from GOV.UK Pay's state: paid; declined (the card was refused); expired (not
 * finished within 90 minutes); cancelled (by the resident on Pay's page, or by the council); error (Pay's or its
 * card provider's); in progress (not finished yet: look again shortly).
 */
export const PAYMENT_OUTCOMES = ['paid', 'declined', 'expired', 'cancelled', 'error', 'in-progress'] as const;
export type PaymentOutcome = (typeof PAYMENT_OUTCOMES)[number];

/** The council's answer to "how did my payment go?" (`GET /api/payments/status`). */
export interface PaymentStatus {
  outcome: PaymentOutcome;
  reference: string;
  /** Pence, as the council priced it. */
  amount: number;
  description: string;
}

export const paymentStatusShape: Check<PaymentStatus> = objectOf({
  outcome: oneOf(...PAYMENT_OUTCOMES),
  reference: isString,
  amount: isNumber,
  description: isString,
});

/**
 * The council's answer to "set up my payment" (`POST /api/payments`): where GOV.UK Pay takes the card. Which
 * addresses may be followed is the component's to decide (`cardPageOf`), not the shape's.
 */
export const paymentCreatedShape: Check<{ nextUrl: string }> = objectOf({ nextUrl: isString });
