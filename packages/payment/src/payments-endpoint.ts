import { requestJson, sleep } from '@council-components/core/provider/provider-client.js';
import { ProviderError } from '@council-components/core/provider/provider-error.js';
import { sendJson } from '@council-components/core/provider/send-json.js';
import {
  paymentCreatedShape,
  paymentStatusShape,
  type PaymentStatus,
} from '@council-components/http/payment-status.js';

/** Where GOV.UK Pay's card pages are. */
const CARD_PAGES = 'https://card.payments.service.gov.uk';

/** How often the back end may say "a request with this key is still being answered" before the resident is told. */
const IN_PROGRESS_WAITS = 5;

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
 * A new key for one attempt at paying, from the browser's random numbers (`crypto.randomUUID` needs a secure page;
 * a council's page may still be served over http).
 */
export function newAttemptKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
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
  for (let wait = 0; ; wait++) {
    try {
      const { nextUrl } = await sendJson(endpoint, {
        method: 'POST',
        // JSON leaves out an `item` that is undefined: a reference to look up.
        body: asked,
        idempotencyKey: key,
        shape: paymentCreatedShape,
        signal,
      });
      const page = cardPageOf(nextUrl, endpoint);
      if (!page) throw new ProviderError('unexpected-response', 'Not GOV.UK Pay');
      return page;
    } catch (error) {
      // The same attempt is still being answered (a retry overtook it): wait as asked, then ask for its answer.
      const again = error instanceof ProviderError && error.code === 'payment-in-progress' && wait < IN_PROGRESS_WAITS;
      if (!again) throw error;
      await sleep((error.retryAfterSeconds ?? 1) * 1000, signal);
    }
  }
}

/** How the payment this browser made went: read again from GOV.UK Pay by the back end, never from the page's URL. */
export function paymentStatus(endpoint: URL, signal: AbortSignal): Promise<PaymentStatus> {
  const url = new URL(endpoint);
  url.pathname = `${url.pathname.replace(/\/$/, '')}/status`;
  url.search = '';
  return requestJson(url, { shape: paymentStatusShape, signal, retries: 1 });
}
