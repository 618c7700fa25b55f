import { requestJson } from '@council-components/core/provider/provider-client.js';
import { ProviderError } from '@council-components/core/provider/provider-error.js';
import { sendOnce } from '@council-components/core/provider/send-once.js';
import {
  paymentCreatedShape,
  paymentStatusShape,
  type PaymentStatus,
} from '@council-components/http/payment-status.js';

/** Where GOV.UK Pay's card pages are. */
const CARD_PAGES = 'https://card.payments.service.gov.uk';

/** What the resident asks to pay, as the council's back end takes it (`openapi/payments.openapi.json`). */
export interface PaymentAsked {
  item?: string | undefined;
  reference: string;
  language: 'en' | 'cy';
}

/**
 * Where a resident may be sent to pay: GOV.UK Pay's card pages, or the council's own back end (which may serve them
 * itself, as the sandbox's fake of GOV.UK Pay does). Anything else the back end answered is never followed: a
 * compromised or misconfigured back end cannot send residents to another site.
 */
export function cardPageOf(nextUrl: string, endpoint: URL): URL | undefined {
  let url: URL;
  try {
    url = new URL(nextUrl);
  } catch {
    return undefined;
  }
  if (url.username || url.password) return undefined;
  return url.origin === CARD_PAGES || url.origin === endpoint.origin ? url : undefined;
}

/**
 * Asks the council's back end to set up the payment on GOV.UK Pay, and resolves with the card page to send the
 * resident to. The same `key` for the same attempt: retries after a lost answer give the same payment, never a
 * second. Every failure is a ProviderError.
 */
export async function createPayment(
  endpoint: URL,
  asked: PaymentAsked,
  key: string,
  signal: AbortSignal,
): Promise<URL> {
  const { nextUrl } = await sendOnce(
    endpoint,
    // JSON leaves out an `item` that is undefined: a reference to look up.
    { method: 'POST', body: asked, idempotencyKey: key, shape: paymentCreatedShape, signal },
    'payment-in-progress',
  );
  const page = cardPageOf(nextUrl, endpoint);
  if (!page) throw new ProviderError('unexpected-response', 'Not GOV.UK Pay');
  return page;
}

/** How the payment this browser made went: read again from GOV.UK Pay by the back end, never from the page's URL. */
export function paymentStatus(endpoint: URL, signal: AbortSignal): Promise<PaymentStatus> {
  const url = new URL(endpoint);
  url.pathname = `${url.pathname.replace(/\/$/, '')}/status`;
  url.search = '';
  return requestJson(url, { shape: paymentStatusShape, signal, retries: 1 });
}
