import { sleep } from './provider-client.js';
import { ProviderError } from './provider-error.js';
import { sendJson, type SendRequest } from './send-json.js';

/** How often "a request with this key is still being answered" is waited out before the resident is told. */
const IN_PROGRESS_WAITS = 5;

/**
 * A new key for one attempt at something done once (a payment, a booking), from the browser's random numbers
 * (`crypto.randomUUID` needs a secure page; a council's page may still be served over http).
 */
export function newAttemptKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * `sendJson` with an `Idempotency-Key`, for what must happen once: when the back end answers `inProgress` (the same
 * attempt is still being answered: a retry overtook it), waits as asked and asks again for its answer, a few times.
 */
export async function sendOnce<T>(
  url: URL,
  request: SendRequest<T> & { idempotencyKey: string },
  inProgress: string,
): Promise<T> {
  for (let wait = 0; ; wait++) {
    try {
      return await sendJson(url, request);
    } catch (error) {
      const again = error instanceof ProviderError && error.code === inProgress && wait < IN_PROGRESS_WAITS;
      if (!again) throw error;
      await sleep((error.retryAfterSeconds ?? 1) * 1000, request.signal);
    }
  }
}
